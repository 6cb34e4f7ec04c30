/**
 * Fits and cross-validates a non-linear model of detection (scripts/eval/detect-trees.ts): boosted trees of
 * depth two over the named signals of eval:extract's feature dumps, on logistic loss, the dated-headline walk's two
 * signals kept as plain weights outside the trees (the walk runs only when it can change the verdict, so its share
 * must be known before it runs). `--on-linear`: the trees fit what a linear fit of the same signals leaves (the
 * linear weights and a handful of interaction trees); `--depth 1`: boosted stumps. Folds by site: each fold is
 * judged by a model and threshold fitted on the other folds (the threshold from the training folds' own held-out
 * scores), beside the linear logistic fit of the same signals judged the same way, with each fold's held-out WCXB
 * AUC. A model is worth shipping only when it is better in every fold. Deterministic: same dumps and options, same trees.
 *
 *   npx tsx scripts/eval/extract.ts ../shared/datasets/wcxb-dev --detect-only --byline-only --dump wcxb.jsonl   (and daniel-dev; --strip-meta for the stripped copies)
 *   npx tsx scripts/eval/detect-model.ts wcxb.jsonl daniel.jsonl --stripped wcxb-s.jsonl,daniel-s.jsonl
 *     [--folds 5] [--rounds 150] [--shrink 0.1] [--depth 2] [--lambda 5] [--min-hessian 10] [--bins 16] [--on-linear]
 *     [--daniel-weight 0.5] [--stripped-weight 0.5] [--drop a,b] [--with a,b] [--no-linear]
 */
import { WEIGHTS } from '../../lib/page/detect';
import { TREE_SIZE, emptyScore, treeScore, treeShares, type TreeModel } from './detect-trees';
import { flagValue, printFigures, printTable } from '../lib/report';
import { aucOf, bestThreshold, fitLogistic, foldOf, judge, readRows, sampleWeighter, worstOf, type Figures, type Row } from './detect-rows';

const argv = process.argv.slice(2);
const valued = new Set(['--folds', '--rounds', '--shrink', '--depth', '--lambda', '--min-hessian', '--bins', '--daniel-weight', '--stripped-weight', '--stripped', '--drop', '--with', '--l2']);
const files = argv.filter((a, i) => !a.startsWith('--') && !valued.has(argv[i - 1] ?? ''));
const num = (name: string, d: number) => Number(flagValue(argv, name) ?? d);
const K = num('folds', 5);
const ROUNDS = num('rounds', 150);
const SHRINK = num('shrink', 0.1);
const DEPTH = num('depth', 2);
const LAMBDA = num('lambda', 5);
const MIN_HESSIAN = num('min-hessian', 10);
const BINS = num('bins', 16);
const L2 = num('l2', 0.001);
const strippedFiles = (flagValue(argv, 'stripped') ?? '').split(',').filter(Boolean);
const sampleWeight = sampleWeighter(num('daniel-weight', 0.5), num('stripped-weight', 0.5));
const dropped = new Set((flagValue(argv, 'drop') ?? '').split(',').filter(Boolean));
const extra = (flagValue(argv, 'with') ?? '').split(',').filter(Boolean);

/** The walk's signals: plain weights, added after the trees. Dated teasers are too rare to weigh themselves (a hand weight). */
const WALK = ['dom:dated-headline', 'dom:dated-teasers'] as const;
const TEASERS_WEIGHT = -2;
/** No dev page lacks a body: its weight is set by hand, outside the trees (as in the linear fit). */
const NO_BODY = 'text:no-body';
const NO_BODY_WEIGHT = -3.05;
const OUTSIDE = new Set<string>([...WALK, NO_BODY]);
const names = [...Object.keys(WEIGHTS), ...extra].filter((n) => !OUTSIDE.has(n) && !dropped.has(n)).sort();

const rows = readRows(files, strippedFiles);

/** A fitted model: trees over `names`, a bias and the walk's weights. */
interface Fitted {
  model: TreeModel;
  bias: number;
  walk: Record<string, number>;
  /** The linear backbone's score, when the trees were fitted on top of one (`--on-linear`). */
  linear?: (r: Row) => number;
}

/** Cuts per feature: midpoints between distinct values at even quantiles of the training rows, rounded. */
function cutsOf(train: Row[]): number[][] {
  return names.map((n) => {
    const xs = [...new Set(train.map((r) => r.features[n] ?? 0))].sort((a, b) => a - b);
    const cuts: number[] = [];
    for (let q = 1; q < BINS; q++) {
      const k = Math.floor((q * xs.length) / BINS);
      if (k < 1 || k >= xs.length) continue;
      const mid = (xs[k - 1]! + xs[k]!) / 2;
      let cut = Math.round(mid * 1000) / 1000;
      if (!(cut > xs[k - 1]! && cut <= xs[k]!)) cut = mid;
      if (!cuts.includes(cut)) cuts.push(cut);
    }
    return cuts.sort((a, b) => a - b);
  });
}

const walkOf = (r: Row, walk: Record<string, number>) => WALK.reduce((s, n) => s + (walk[n] ?? 0) * (r.features[n] ?? 0), 0) + NO_BODY_WEIGHT * (r.features[NO_BODY] ?? 0);

function fitTrees(train: Row[], offset?: (r: Row) => number): Fitted {
  const cuts = cutsOf(train);
  const n = train.length;
  const d = names.length;
  // Each row's bin per feature: how many cuts its value reaches.
  const bins = train.map((r) =>
    Uint8Array.from(names, (name, f) => {
      const x = r.features[name] ?? 0;
      let b = 0;
      while (b < cuts[f]!.length && x >= cuts[f]![b]!) b++;
      return b;
    }),
  );
  const y = train.map((r) => (r.isArticle ? 1 : 0));
  const sw = train.map(sampleWeight);
  const swSum = sw.reduce((a, c) => a + c, 0);
  const base = y.reduce((a: number, c, i) => a + c * sw[i]!, 0) / swSum;
  let bias = offset ? 0 : Math.log(base / (1 - base));
  // On a linear backbone (`offset`), the trees fit what it leaves; its weights hold the walk's signals.
  const walk: Record<string, number> = offset ? {} : { 'dom:dated-headline': 0, 'dom:dated-teasers': TEASERS_WEIGHT };
  const z = train.map((r) => bias + (offset ? offset(r) : walkOf(r, walk)));
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const trees: number[] = [];

  /** The best split of rows `idx`: feature, bin (rows at or past it go right), gain; null when none gains. */
  const bestSplit = (idx: number[]): { f: number; s: number; gain: number } | null => {
    let best: { f: number; s: number; gain: number } | null = null;
    let GT = 0;
    let HT = 0;
    for (const i of idx) {
      GT += g[i]!;
      HT += h[i]!;
    }
    const parent = (GT * GT) / (HT + LAMBDA);
    for (let f = 0; f < d; f++) {
      const k = cuts[f]!.length + 1;
      if (k < 2) continue;
      const G = new Float64Array(k);
      const H = new Float64Array(k);
      for (const i of idx) {
        const b = bins[i]![f]!;
        G[b]! += g[i]!;
        H[b]! += h[i]!;
      }
      let gl = 0;
      let hl = 0;
      for (let s = 1; s < k; s++) {
        gl += G[s - 1]!;
        hl += H[s - 1]!;
        const gr = GT - gl;
        const hr = HT - hl;
        if (hl < MIN_HESSIAN || hr < MIN_HESSIAN) continue;
        const gain = (gl * gl) / (hl + LAMBDA) + (gr * gr) / (hr + LAMBDA) - parent;
        if (gain > 1e-9 && (!best || gain > best.gain)) best = { f, s, gain };
      }
    }
    return best;
  };
  const leaf = (idx: number[]) => {
    let G = 0;
    let H = 0;
    for (const i of idx) {
      G += g[i]!;
      H += h[i]!;
    }
    return Math.round(((-SHRINK * G) / (H + LAMBDA)) * 1000) / 1000;
  };

  const all = train.map((_, i) => i);
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-z[i]!));
      g[i] = (p - y[i]!) * sw[i]!;
      h[i] = Math.max(1e-6, p * (1 - p)) * sw[i]!;
    }
    const root = bestSplit(all);
    if (!root) break;
    const side = (idx: number[], sp: { f: number; s: number }, right: boolean) => idx.filter((i) => bins[i]![sp.f]! >= sp.s === right);
    const L = side(all, root, false);
    const R = side(all, root, true);
    const node: number[] = [root.f, cuts[root.f]![root.s - 1]!];
    const leaves: number[] = [];
    for (const part of [L, R]) {
      const sp = DEPTH >= 2 ? bestSplit(part) : null;
      if (sp) {
        node.push(sp.f, cuts[sp.f]![sp.s - 1]!);
        leaves.push(leaf(side(part, sp, false)), leaf(side(part, sp, true)));
      } else {
        node.push(-1, 0);
        const v = leaf(part);
        leaves.push(v, v);
      }
    }
    const tree = [...node, ...leaves];
    trees.push(...tree);
    const one: TreeModel = { features: names, trees: tree };
    for (let i = 0; i < n; i++) z[i] = z[i]! + treeScore(one, train[i]!.features);
    // One Newton step each for the bias and the dated-headline weight (kept ≥ 0: the walk only ever adds).
    for (const which of offset ? (['bias'] as const) : (['bias', 'dom:dated-headline'] as const)) {
      let G = 0;
      let H = 0;
      for (let i = 0; i < n; i++) {
        const p = 1 / (1 + Math.exp(-z[i]!));
        const x = which === 'bias' ? 1 : train[i]!.features[which] ?? 0;
        G += (p - y[i]!) * sw[i]! * x;
        H += Math.max(1e-6, p * (1 - p)) * sw[i]! * x * x;
      }
      let step = -G / (H + LAMBDA);
      if (which === 'bias') bias += step;
      else {
        const next = Math.max(0, walk[which]! + step);
        step = next - walk[which]!;
        walk[which] = next;
      }
      for (let i = 0; i < n; i++) z[i] = z[i]! + step * (which === 'bias' ? 1 : train[i]!.features[which] ?? 0);
    }
  }
  return { model: { features: names, trees }, bias, walk };
}

const scoreWith = (m: Fitted, r: Row) => m.bias + treeScore(m.model, r.features) + (m.linear ? m.linear(r) : walkOf(r, m.walk));

const onLinear = argv.includes('--on-linear');
function fitModel(train: Row[]): Fitted {
  if (!onLinear) return fitTrees(train);
  const linear = fitLinear(train).score;
  return { ...fitTrees(train, linear), linear };
}
/** A model and a threshold chosen on held-out scores of the training rows (inner folds by site). */
function fitWithThreshold(train: Row[]): { m: Fitted; threshold: number } {
  const inner = 4;
  const scores = new Array<number>(train.length).fill(0);
  for (let k = 0; k < inner; k++) {
    const m = fitModel(train.filter((r) => foldOf(r, 7919) % inner !== k));
    train.forEach((r, i) => {
      if (foldOf(r, 7919) % inner === k) scores[i] = scoreWith(m, r);
    });
  }
  return { m: fitModel(train), threshold: bestThreshold(train, scores, 0) };
}

/** The linear baseline: every signal one weight (the walk's and the missing body's held as in the shipped fit). */
function fitLinear(train: Row[]): { score: (r: Row) => number; threshold: number } {
  const lin = [...names, 'dom:dated-headline'];
  const vec = (r: Row) => lin.map((n) => r.features[n] ?? 0);
  const offset = train.map((r) => TEASERS_WEIGHT * (r.features['dom:dated-teasers'] ?? 0) + NO_BODY_WEIGHT * (r.features[NO_BODY] ?? 0));
  const { w, b } = fitLogistic(train.map(vec), train.map((r) => (r.isArticle ? 1 : 0)), train.map(sampleWeight), {
    l2: L2,
    offset,
    project: (w) => {
      if (w[lin.length - 1]! < 0) w[lin.length - 1] = 0;
    },
  });
  const score = (r: Row) => vec(r).reduce((s, x, j) => s + w[j]! * x, b) + TEASERS_WEIGHT * (r.features['dom:dated-teasers'] ?? 0) + NO_BODY_WEIGHT * (r.features[NO_BODY] ?? 0);
  const t = bestThreshold(train, train.map(score), 0);
  return { score, threshold: t };
}

const table: Array<Array<string | number | null>> = [];
const perFold: Array<{ linear: Figures; trees: Figures; aucLinear: number | null; aucTrees: number | null }> = [];
for (let k = 0; k < K; k++) {
  const train = rows.filter((r) => foldOf(r, K) !== k);
  const test = rows.filter((r) => foldOf(r, K) === k);
  // `--no-linear`: no baseline (quicker while trying options).
  const linear = argv.includes('--no-linear') ? { score: () => 0, threshold: 1 } : fitLinear(train);
  const { m, threshold } = fitWithThreshold(train);
  const a = judge(test, (r) => linear.score(r) >= linear.threshold);
  const c = judge(test, (r) => scoreWith(m, r) >= threshold);
  const linScore = linear.score;
  const f = { linear: a, trees: c, aucLinear: aucOf(test, linScore, false), aucTrees: aucOf(test, (r) => scoreWith(m, r), false) };
  perFold.push(f);
  const show = (x: Figures) => [x.precision, x.recall, x.danielRecall, x.bareDaniel, x.barePrecision, x.bareRecall];
  table.push([`fold ${k} (${test.length} rows)`, ...show(a), f.aucLinear, ...show(c), f.aucTrees]);
}
const heads = (x: string) => [`${x} P`, `${x} R`, `${x} DAnIEL`, `${x} bare DAn`, `${x} bare P`, `${x} bare R`, `${x} AUC`];
printTable(['fold', ...heads('lin'), ...heads('trees')], table);

const spread = (of: (f: (typeof perFold)[number]) => number | null) => {
  const v = perFold.map(of).filter((x): x is number => x !== null);
  return [Math.round(Math.min(...v) * 1000) / 1000, Math.round(Math.max(...v) * 1000) / 1000];
};
const keys = ['precision', 'recall', 'danielRecall', 'bareDaniel', 'barePrecision', 'bareRecall'] as const;
const spreads = (which: 'linear' | 'trees') => Object.fromEntries(keys.map((key) => [key, spread((f) => f[which][key])]));

const fitted = fitWithThreshold(rows);
const final = { ...fitted.m, threshold: fitted.threshold };
const size = final.model.trees.length / TREE_SIZE;
const empty = emptyScore(final.model);
/** Scored as the signals' shares (walk included) against the empty page, the threshold moves by the constant part. */
const articleThreshold = Math.round((final.threshold - final.bias - empty) * 100) / 100;
// How the shares explain verdicts: the signals carrying the most score over all pages.
const carry = new Map<string, number>();
for (const r of rows) for (const [n, v] of Object.entries(treeShares(final.model, r.features))) carry.set(n, (carry.get(n) ?? 0) + Math.abs(v) / rows.length);
console.log('mean |share| by signal: ' + [...carry].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([n, v]) => `${n} ${v.toFixed(2)}`).join(', '));
const total = (f: Figures) => f.precision + f.recall + (f.danielRecall ?? 0) + (f.bareDaniel ?? 0);
printFigures({
  folds: K,
  rows: rows.length,
  options: { rounds: ROUNDS, shrink: SHRINK, depth: DEPTH, lambda: LAMBDA, minHessian: MIN_HESSIAN, bins: BINS },
  linear: spreads('linear'),
  trees: spreads('trees'),
  auc: { linear: perFold.map((f) => f.aucLinear && Math.round(f.aucLinear * 1000) / 1000), trees: perFold.map((f) => f.aucTrees && Math.round(f.aucTrees * 1000) / 1000) },
  treesBetterEveryFold: perFold.every((f) => total(f.trees) > total(f.linear)),
  treesWorstBetterEveryFold: perFold.every((f) => worstOf(f.trees) >= worstOf(f.linear)),
  treeCount: size,
  threshold: articleThreshold,
  walk: final.walk,
});
