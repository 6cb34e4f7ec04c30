/**
 * Gradient-boosted trees for detection's gate (lib/page/gate.ts), fitted by scripts/eval/gate.ts: logistic loss,
 * complete trees of a fixed depth (a node with nothing worth splitting splits on nothing: every value goes left),
 * Newton leaf values with an L2 penalty, split thresholds at midpoints between quantiles of each feature.
 * The fitted model is one flat array of numbers in the layout `treeScore` (gate.ts) reads.
 */

export interface TreeOptions {
  depth: number;
  rounds: number;
  /** Shrinkage of each tree's leaf values. */
  rate: number;
  /** L2 penalty on leaf values (as in XGBoost's lambda). */
  lambda: number;
  /** Fewest training rows a leaf may hold. */
  minLeaf: number;
  /** Candidate thresholds per feature (quantile midpoints). */
  bins: number;
}

export const TREE_DEFAULTS: TreeOptions = { depth: 2, rounds: 60, rate: 0.3, lambda: 1, minLeaf: 8, bins: 24 };

/** A fitted model: the starting score and the trees, `(2^depth - 1)` (feature, threshold) pairs then `2^depth` leaves each. */
export interface Trees {
  depth: number;
  base: number;
  trees: number[];
}

/** The model's score of one reading (values in feature order): the same walk as gate.ts's `treeScore`. */
export function scoreTrees(model: Trees, x: readonly number[]): number {
  const splits = (1 << model.depth) - 1;
  const stride = 2 * splits + splits + 1;
  let score = model.base;
  for (let o = 0; o < model.trees.length; o += stride) {
    let node = 0;
    for (let d = 0; d < model.depth; d++) node = 2 * node + (x[model.trees[o + 2 * node]!]! >= model.trees[o + 2 * node + 1]! ? 2 : 1);
    score += model.trees[o + 2 * splits + node - splits]!;
  }
  return score;
}

export function fitTrees(X: readonly (readonly number[])[], y: readonly number[], options: Partial<TreeOptions> = {}): Trees {
  const o = { ...TREE_DEFAULTS, ...options };
  const n = X.length;
  const d = X[0]?.length ?? 0;
  const candidates = Array.from({ length: d }, (_, j) => thresholds(X.map((r) => r[j]!), o.bins));
  const positives = y.reduce((a, b) => a + b, 0);
  const base = Math.log((positives + 1) / (n - positives + 1));
  const score = new Array<number>(n).fill(base);
  const trees: number[] = [];
  const splits = (1 << o.depth) - 1;
  for (let round = 0; round < o.rounds; round++) {
    const g = new Array<number>(n);
    const h = new Array<number>(n);
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-score[i]!));
      g[i] = p - y[i]!;
      h[i] = Math.max(p * (1 - p), 1e-6);
    }
    // Rows at each node of the current level, level by level (breadth-first, as the array layout).
    const nodeSplits: [number, number][] = [];
    let level: number[][] = [Array.from({ length: n }, (_, i) => i)];
    for (let depth = 0; depth < o.depth; depth++) {
      const next: number[][] = [];
      for (const rows of level) {
        const best = bestSplit(rows, X, g, h, candidates, o);
        nodeSplits.push(best ?? [0, Infinity]);
        const left: number[] = [];
        const right: number[] = [];
        for (const i of rows) (best && X[i]![best[0]]! >= best[1] ? right : left).push(i);
        next.push(left, right);
      }
      level = next;
    }
    const leaves = level.map((rows) => {
      let G = 0;
      let H = 0;
      for (const i of rows) {
        G += g[i]!;
        H += h[i]!;
      }
      return rows.length ? round4((-G / (H + o.lambda)) * o.rate) : 0;
    });
    for (const [f, t] of nodeSplits) trees.push(f, t);
    trees.push(...leaves);
    const model: Trees = { depth: o.depth, base: 0, trees: trees.slice(trees.length - (3 * splits + 1)) };
    for (let i = 0; i < n; i++) score[i] = score[i]! + scoreTrees(model, X[i]!);
  }
  return { depth: o.depth, base: round4(base), trees };
}

function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/** Midpoints between the distinct values at `bins` quantiles (rounded to 4 places: the model is shipped as text). */
function thresholds(values: number[], bins: number): number[] {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  if (sorted.length < 2) return [];
  const picks = new Set<number>();
  const all = [...values].sort((a, b) => a - b);
  for (let k = 1; k < bins; k++) {
    const q = all[Math.floor((k * all.length) / bins)]!;
    const at = sorted.indexOf(q);
    if (at > 0) picks.add(round4((sorted[at - 1]! + q) / 2));
  }
  // Every distinct value of a feature with few of them (yes/no readings, small counts).
  if (sorted.length <= bins) for (let k = 1; k < sorted.length; k++) picks.add(round4((sorted[k - 1]! + sorted[k]!) / 2));
  return [...picks];
}

function bestSplit(rows: number[], X: readonly (readonly number[])[], g: number[], h: number[], candidates: number[][], o: TreeOptions): [number, number] | null {
  let G = 0;
  let H = 0;
  for (const i of rows) {
    G += g[i]!;
    H += h[i]!;
  }
  const parent = (G * G) / (H + o.lambda);
  let best: [number, number] | null = null;
  let bestGain = 1e-6;
  for (let f = 0; f < candidates.length; f++) {
    const ts = candidates[f]!;
    if (!ts.length) continue;
    // Sums of g and h of the rows at or above each threshold.
    const gAbove = new Array<number>(ts.length).fill(0);
    const hAbove = new Array<number>(ts.length).fill(0);
    const nAbove = new Array<number>(ts.length).fill(0);
    for (const i of rows) {
      const v = X[i]![f]!;
      for (let k = 0; k < ts.length; k++) {
        if (v >= ts[k]!) {
          gAbove[k]! += g[i]!;
          hAbove[k]! += h[i]!;
          nAbove[k]!++;
        }
      }
    }
    for (let k = 0; k < ts.length; k++) {
      const nr = nAbove[k]!;
      if (nr < o.minLeaf || rows.length - nr < o.minLeaf) continue;
      const gr = gAbove[k]!;
      const hr = hAbove[k]!;
      const gl = G - gr;
      const hl = H - hr;
      const gain = (gl * gl) / (hl + o.lambda) + (gr * gr) / (hr + o.lambda) - parent;
      if (gain > bestGain) {
        bestGain = gain;
        best = [f, ts[k]!];
      }
    }
  }
  return best;
}
