/**
 * Fitting the link-confidence table (lib/analyze/attribution/confidence-data.ts) from judged links:
 * each rule's precision, shrunk toward its group's (and the group's toward its family's) so that a rule
 * judged a few times does not swing to 0 or 1; and the display threshold that maximises F0.5 of the links
 * shown (precision weighted over coverage: "show less when unsure"), cross-validated by document.
 */
import { familyOf, groupOf } from '../../../lib/analyze/attribution/confidence';

/** One judged link: the document it lies in, the rule that made it, and whether it was right. */
export interface JudgedLink {
  doc: string;
  rule: string;
  right: boolean;
}

/** Pseudo-counts of the parent's precision added to a rule's own counts. */
export const PRIOR_WEIGHT = 5;
/** F-beta of the shown links: beta < 1 weighs precision over coverage. */
export const BETA = 0.5;

interface Count {
  right: number;
  judged: number;
}

function tally(links: readonly JudgedLink[], key: (l: JudgedLink) => string): Map<string, Count> {
  const out = new Map<string, Count>();
  for (const l of links) {
    const k = key(l);
    const c = out.get(k) ?? { right: 0, judged: 0 };
    c.judged++;
    if (l.right) c.right++;
    out.set(k, c);
  }
  return out;
}

const shrink = (c: Count, prior: number) => (c.right + PRIOR_WEIGHT * prior) / (c.judged + PRIOR_WEIGHT);

/** The table: family, group and rule precisions, each shrunk toward its parent; rounded to 3 decimals. */
export function fitTable(links: readonly JudgedLink[]): Record<string, number> {
  const table: Record<string, number> = {};
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const families = tally(links, (l) => familyOf(l.rule));
  for (const [k, c] of families) table[k] = round(c.right / c.judged);
  for (const [k, c] of tally(links, (l) => groupOf(l.rule))) table[k] = round(shrink(c, table[familyOf(k)]!));
  for (const [k, c] of tally(links, (l) => l.rule)) table[k] = round(shrink(c, table[groupOf(k)]!));
  return table;
}

export interface Shown {
  precision: number;
  coverage: number;
  f: number;
}

/** Precision and coverage (right links shown / right links) of the links whose confidence reaches t. */
export function shownAt(links: readonly JudgedLink[], confidence: (rule: string) => number, t: number): Shown {
  let shown = 0;
  let shownRight = 0;
  let right = 0;
  for (const l of links) {
    if (l.right) right++;
    if (confidence(l.rule) >= t) {
      shown++;
      if (l.right) shownRight++;
    }
  }
  const precision = shown ? shownRight / shown : 1;
  const coverage = right ? shownRight / right : 1;
  const b2 = BETA * BETA;
  const f = precision + coverage ? ((1 + b2) * precision * coverage) / (b2 * precision + coverage) : 0;
  return { precision, coverage, f };
}

/** Thresholds tried: a coarse grid, so that the choice does not hang on one rule's third decimal. */
export const THRESHOLD_STEP = 0.05;

/** The threshold (a multiple of THRESHOLD_STEP) with the best F0.5 on these links; the lowest on ties. */
export function chooseThreshold(links: readonly JudgedLink[], confidence: (rule: string) => number): number {
  const candidates = Array.from({ length: Math.round(1 / THRESHOLD_STEP) }, (_, i) => Math.round(i * THRESHOLD_STEP * 100) / 100);
  let best = 0;
  let bestF = -1;
  for (const t of candidates) {
    const { f } = shownAt(links, confidence, t);
    if (f > bestF + 1e-12) {
      best = t;
      bestF = f;
    }
  }
  return best;
}

/** A stable fold of a document (FNV-1a of its name). */
export function foldOf(doc: string, folds: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < doc.length; i++) h = Math.imul(h ^ doc.charCodeAt(i), 0x01000193) >>> 0;
  return h % folds;
}
