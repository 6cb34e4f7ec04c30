/**
 * A non-linear model over detection's named signals, as detect-model.ts fits it: boosted trees of depth two (a
 * split, then one split on each side), so a signal may count differently on pages with and without another one
 * (a long paragraph on a page of prices, a dated URL without a declared type). Kept as plain numbers, so a page
 * could score it cheaply; each verdict stays explained by its signals: a tree's share of the score is spread over
 * the signals it reads by their Shapley values against an empty page (every feature 0), so a signal a page lacks
 * gets nothing, and the shares and the empty page's score add up to the model's score exactly.
 * Not shipped: held out by site it ranks pages no better than the linear weights (README, detection).
 */

/**
 * Trees as one flat list, ten numbers each: root feature and cut, left child's feature and cut, right child's
 * feature and cut (feature -1: no split), then the four leaf values (left-left, left-right, right-left,
 * right-right). A value below a cut goes left. Features are indexes into `features`.
 */
export interface TreeModel {
  features: readonly string[];
  trees: readonly number[];
}

export const TREE_SIZE = 10;

/** One tree's output for feature values `x` (indexed like the model's features). */
function treeAt(trees: readonly number[], t: number, x: ArrayLike<number>): number {
  const f = trees[t]!;
  const right = x[f]! >= trees[t + 1]!;
  const cf = trees[t + (right ? 4 : 2)]!;
  const deep = cf >= 0 && x[cf]! >= trees[t + (right ? 5 : 3)]!;
  return trees[t + 6 + (right ? 2 : 0) + (deep ? 1 : 0)]!;
}

/** The model's raw score (sum of the trees) for feature values by name (absent: 0). */
export function treeScore(model: TreeModel, features: Readonly<Record<string, number>>): number {
  const x = model.features.map((n) => features[n] ?? 0);
  let s = 0;
  for (let t = 0; t < model.trees.length; t += TREE_SIZE) s += treeAt(model.trees, t, x);
  return s;
}

/** The score of a page with no features: what the signals' shares are counted from. */
export function emptyScore(model: TreeModel): number {
  const x = model.features.map(() => 0);
  let s = 0;
  for (let t = 0; t < model.trees.length; t += TREE_SIZE) s += treeAt(model.trees, t, x);
  return s;
}

/** Each signal's share of `treeScore - emptyScore` (Shapley values per tree, against feature values of 0). */
export function treeShares(model: TreeModel, features: Readonly<Record<string, number>>): Record<string, number> {
  const x = model.features.map((n) => features[n] ?? 0);
  const shares = new Array<number>(x.length).fill(0);
  const { trees } = model;
  const masked = x.slice();
  for (let t = 0; t < trees.length; t += TREE_SIZE) {
    // The features this tree reads that the page has (at most three).
    const used: number[] = [];
    for (const k of [t, t + 2, t + 4]) {
      const f = trees[k]!;
      if (f >= 0 && x[f] !== 0 && !used.includes(f)) used.push(f);
    }
    if (!used.length) continue;
    for (let i = 0; i < masked.length; i++) masked[i] = 0;
    const n = used.length;
    // v(S): the tree with only the features of subset S (a bit mask over `used`) at the page's values.
    const v: number[] = [];
    for (let s = 0; s < 1 << n; s++) {
      for (let j = 0; j < n; j++) masked[used[j]!] = s & (1 << j) ? x[used[j]!]! : 0;
      v.push(treeAt(trees, t, masked));
    }
    for (let j = 0; j < n; j++) {
      let phi = 0;
      for (let s = 0; s < 1 << n; s++) {
        if (s & (1 << j)) continue;
        const size = popCount(s);
        phi += (FACT[size]! * FACT[n - size - 1]! * (v[s | (1 << j)]! - v[s]!)) / FACT[n]!;
      }
      shares[used[j]!]! += phi;
    }
  }
  const out: Record<string, number> = {};
  model.features.forEach((name, i) => {
    if (shares[i]) out[name] = shares[i]!;
  });
  return out;
}

const FACT = [1, 1, 2, 6];

function popCount(s: number): number {
  let c = 0;
  for (; s; s &= s - 1) c++;
  return c;
}
