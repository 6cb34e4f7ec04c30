/**
 * Per-rule figures across datasets: how often each rule id fired and, where the dataset can judge
 * it, how often it was right. A rule fires once per output item carrying its id (quote, speaker
 * link, mention, source); precision is right / judged on that dataset.
 */
import { printTable, type Cell } from '../../lib/report';
import { round } from './text';

export interface RuleCell {
  fired: number;
  judged: number;
  right: number;
}

/** rule id → dataset → counts. */
export type RuleTally = Map<string, Map<string, RuleCell>>;

export function emptyRuleTally(): RuleTally {
  return new Map();
}

/** Records one firing; `right` null when the dataset cannot judge it. */
export function recordRule(tally: RuleTally, rule: string | undefined, dataset: string, right: boolean | null): void {
  const id = rule ?? '(none)';
  const byDataset = tally.get(id) ?? new Map<string, RuleCell>();
  tally.set(id, byDataset);
  const cell = byDataset.get(dataset) ?? { fired: 0, judged: 0, right: 0 };
  byDataset.set(dataset, cell);
  cell.fired++;
  if (right !== null) {
    cell.judged++;
    if (right) cell.right++;
  }
}

/** { rule: { dataset: { n, judged, p } } }, rules sorted by id. */
export function ruleFigures(tally: RuleTally): Record<string, Record<string, { n: number; judged: number; p: number | null }>> {
  const out: Record<string, Record<string, { n: number; judged: number; p: number | null }>> = {};
  for (const id of [...tally.keys()].sort()) {
    const row: Record<string, { n: number; judged: number; p: number | null }> = {};
    for (const [dataset, c] of tally.get(id)!) row[dataset] = { n: c.fired, judged: c.judged, p: round(c.judged ? c.right / c.judged : null, 3) };
    out[id] = row;
  }
  return out;
}

/** One row per rule, one "fired / precision" column per dataset ("–" when not judged there). */
export function printRuleTable(tally: RuleTally, datasets: readonly string[]): void {
  const rows: Cell[][] = [];
  for (const id of [...tally.keys()].sort()) {
    const byDataset = tally.get(id)!;
    let fired = 0;
    let judged = 0;
    let right = 0;
    const cells = datasets.map((d) => {
      const c = byDataset.get(d);
      if (!c) return '';
      fired += c.fired;
      judged += c.judged;
      right += c.right;
      return c.judged ? `${c.fired} / ${(c.right / c.judged).toFixed(2)}` : `${c.fired} / –`;
    });
    rows.push([id, fired, judged ? Number((right / judged).toFixed(3)) : null, ...cells]);
  }
  printTable(['rule (fired / precision)', 'fired', 'P', ...datasets], rows);
}
