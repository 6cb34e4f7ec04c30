/** Fitting the link-confidence table and its threshold (scripts/eval/attribution/confidence-fit.ts). */
import { describe, expect, it } from 'vitest';
import { chooseThreshold, fitTable, foldOf, PRIOR_WEIGHT, shownAt, type JudgedLink } from '../../../scripts/eval/attribution/confidence-fit';
import { confidenceOf } from '../../../lib/analyze/attribution/confidence';

const links = (rule: string, right: number, wrong: number, doc = 'd'): JudgedLink[] => [
  ...Array.from({ length: right }, (_, i) => ({ doc: `${doc}${i}`, rule, right: true })),
  ...Array.from({ length: wrong }, (_, i) => ({ doc: `${doc}w${i}`, rule, right: false })),
];

describe('confidence table', () => {
  const data = [...links('speaker.before-cue', 90, 10), ...links('speaker.before-cue+antecedent', 3, 7), ...links('speaker.after-cue+antecedent', 1, 0)];
  const table = fitTable(data);

  it('rates each rule by its precision, shrunk toward its group', () => {
    expect(table.speaker).toBe(0.847);
    expect(table['speaker.*']).toBeCloseTo((90 + PRIOR_WEIGHT * 0.847) / (100 + PRIOR_WEIGHT), 3);
    // One right link does not make a rule sure: it stays near its group.
    expect(table['speaker.after-cue+antecedent']!).toBeLessThan(0.6);
    expect(table['speaker.before-cue+antecedent']!).toBeLessThan(table['speaker.before-cue']!);
  });

  it('picks the threshold that hides the unsure rule and keeps the sure ones', () => {
    const conf = (rule: string) => confidenceOf(rule, table) ?? 0;
    const t = chooseThreshold(data, conf);
    expect(t).toBeGreaterThan(table['speaker.before-cue+antecedent']!);
    expect(t).toBeLessThanOrEqual(table['speaker.before-cue']!);
    const shown = shownAt(data, conf, t);
    // Shown: before-cue (90 of 100) and the one right after-cue+antecedent link.
    expect(shown.precision).toBeCloseTo(91 / 101, 5);
    expect(shown.coverage).toBeCloseTo(91 / 94, 5);
  });

  it('puts a document in the same fold every time', () => {
    expect(foldOf('polnear/a', 5)).toBe(foldOf('polnear/a', 5));
    const folds = new Set(Array.from({ length: 50 }, (_, i) => foldOf(`doc${i}`, 5)));
    expect(folds.size).toBe(5);
  });
});
