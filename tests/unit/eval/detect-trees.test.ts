/** The tree model detect-model.ts fits (scripts/eval/detect-trees.ts): scoring, and each signal's share of a verdict. */
import { describe, expect, it } from 'vitest';
import { emptyScore, treeScore, treeShares, type TreeModel } from '../../../scripts/eval/detect-trees';

// Tree 1: long paragraphs (a) count for much only without prices (c); a price page with them counts against.
// Tree 2: a stump on the link share (b), which lowers the score past 0.5.
const model: TreeModel = {
  features: ['text:paragraph-length', 'text:link-ratio', 'dom:prices'],
  trees: [
    0, 2.5, -1, 0, 2, 0.5, -0.4, -0.4, 1.2, -0.3,
    1, 0.5, -1, 0, -1, 0, 0.1, 0.1, -0.8, -0.8,
  ],
};

describe('detection tree model', () => {
  it('goes left below a cut and right at or above it, on each side its own second split', () => {
    expect(treeScore(model, {})).toBeCloseTo(-0.4 + 0.1);
    expect(treeScore(model, { 'text:paragraph-length': 3 })).toBeCloseTo(1.2 + 0.1);
    expect(treeScore(model, { 'text:paragraph-length': 3, 'dom:prices': 0.7 })).toBeCloseTo(-0.3 + 0.1);
    expect(treeScore(model, { 'text:paragraph-length': 2.5, 'text:link-ratio': 0.5 })).toBeCloseTo(1.2 - 0.8);
  });

  it('splits the score over the signals the page has, adding up to it exactly', () => {
    const pages: Array<Record<string, number>> = [{}, { 'text:paragraph-length': 3 }, { 'text:paragraph-length': 3, 'dom:prices': 0.7 }, { 'text:link-ratio': 0.9, 'dom:prices': 2 }];
    for (const page of pages) {
      const shares = treeShares(model, page);
      const sum = Object.values(shares).reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(treeScore(model, page) - emptyScore(model), 10);
      // A signal the page lacks takes no share.
      for (const name of Object.keys(shares)) expect(page).toHaveProperty(name);
    }
  });

  it('shares an interaction between the two signals that make it', () => {
    // Paragraphs alone: +1.6; prices alone: nothing (prices only count on the right of the first split).
    // Both: +0.1 in all, the interaction's -1.5 split evenly (Shapley), so paragraphs +0.85 and prices -0.75.
    const shares = treeShares(model, { 'text:paragraph-length': 3, 'dom:prices': 0.7 });
    expect(shares['text:paragraph-length']).toBeCloseTo(0.85);
    expect(shares['dom:prices']).toBeCloseTo(-0.75);
    expect(treeShares(model, { 'text:paragraph-length': 3 })['text:paragraph-length']).toBeCloseTo(1.6);
  });
});
