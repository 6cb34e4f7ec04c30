/**
 * Fits detection weights (lib/page/detect.ts WEIGHTS) by logistic regression on the feature dumps of
 * eval:extract, with cross-validation by site: pages are split into folds by host, each fold is scored
 * by weights fitted on the others, and the table shows, fold by fold, the current weights beside the
 * fitted ones (WCXB precision/recall, DAnIEL share detected). A fitted table is worth keeping only when
 * it is better in every fold. Ends with the weights fitted on all pages and one JSON line, which also holds
 * each fold's held-out WCXB AUC (threshold-free: a fold's own threshold moves P and R by about ±0.01).
 *
 *   npx tsx scripts/eval/extract.ts --detect-only --byline-only --dump wcxb.jsonl
 *   npx tsx scripts/eval/extract.ts ../shared/datasets/daniel-dev --detect-only --byline-only --dump daniel.jsonl
 *   npx tsx scripts/eval/detect-cv.ts wcxb.jsonl daniel.jsonl [--folds 5] [--l2 0.01] [--daniel-weight 0.5]
 *     [--keep-hand] [--fix name=w,…] [--drop a,b] [--with a,b] [--all-signs] [--stripped a.jsonl,b.jsonl [--stripped-weight 0.5]]
 *
 * `--stripped`: dumps of the same pages read without their declarations (`eval:extract --strip-meta`): older news
 * sites declare nothing, so the page's shape alone has to carry them. These rows join the fit (weighted by
 * `--stripped-weight`; a page and its stripped copy share a host, so they share a fold) and are reported apart:
 * the DAnIEL share detected without metadata ("bare"), and WCXB precision/recall without metadata.
 */
import { ARTICLE_THRESHOLD, WEIGHTS, scoreOf } from '../../lib/page/detect';
import { flagValue, printFigures, printTable } from '../lib/report';
import { aucOf, fitLogistic, foldOf as foldBySite, judge, readRows, sampleWeighter, worstOf, type Figures, type Row } from './detect-rows';

const argv = process.argv.slice(2);
const valued = new Set(['--folds', '--l2', '--daniel-weight', '--drop', '--fix', '--with', '--stripped', '--stripped-weight']);
const files = argv.filter((a, i) => !a.startsWith('--') && !valued.has(argv[i - 1] ?? ''));
const K = Number(flagValue(argv, 'folds') ?? 5);
const L2 = Number(flagValue(argv, 'l2') ?? 0.001);
/** DAnIEL holds only articles: its rows count less so they do not pull the threshold away from WCXB's balance. */
const DANIEL_WEIGHT = Number(flagValue(argv, 'daniel-weight') ?? 0.5);
const strippedFiles = (flagValue(argv, 'stripped') ?? '').split(',').filter(Boolean);
const STRIPPED_WEIGHT = Number(flagValue(argv, 'stripped-weight') ?? 0.5);

/**
 * `--keep-hand`: the weights set by hand (non-zero in WEIGHTS) keep their proportions and enter the fit as
 * one feature (their score), scaled by one fitted factor; only the features at 0 get weights of their own.
 */
const keepHand = argv.includes('--keep-hand');
const handNames = Object.keys(WEIGHTS).filter((n) => WEIGHTS[n] !== 0);
/** `--fix name=w,…`: weights set by hand and held during the fit (a shape too rare in the data to weigh itself). */
const fixed = new Map((flagValue(argv, 'fix') ?? '').split(',').filter(Boolean).map((kv) => [kv.split('=')[0]!, Number(kv.split('=')[1])] as const));
/** `--drop a,b`: features left out of the fit (weight 0), e.g. those whose fitted sign says more about one corpus than about articles. */
const dropped = new Set((flagValue(argv, 'drop') ?? '').split(',').filter(Boolean));
/** `--with a,b`: features of the dumps not (yet) in WEIGHTS, fitted too: candidates measured by another script. */
const extra = (flagValue(argv, 'with') ?? '').split(',').filter(Boolean);
const names = [...(keepHand ? ['hand', ...Object.keys(WEIGHTS).filter((n) => WEIGHTS[n] === 0).sort()] : Object.keys(WEIGHTS).sort()), ...extra].filter((n) => !dropped.has(n));
const handScore = (f: Record<string, number>) => handNames.reduce((s, n) => s + (WEIGHTS[n]! * (f[n] ?? 0)), 0);

const rows: Row[] = readRows(files, strippedFiles, (f) => (keepHand ? { ...f, hand: handScore(f) } : f));

/** `--all-signs`: hold every measured feature to its direction; else only the hand score, the headline walk, the headline length and the link ratio. */
const allSigns = argv.includes('--all-signs');
/** The direction each measured feature may push: +1 towards article, -1 away. */
const SIGNS: Record<string, 1 | -1> = {
  hand: 1, 'dom:dated-headline': 1, 'text:density': 1, 'text:cluster-share': 1, 'text:br-block': 1, 'text:sentence-ends': 1,
  'text:paragraph-length': 1, 'text:comma-rate': 1, 'dom:headline-words': 1, 'text:link-ratio': -1, 'dom:code-blocks': -1,
  'dom:inputs': -1, 'dom:prices': -1, 'dom:teaser-headings': -1, 'dom:replies': -1, 'dom:buttons': -1, 'dom:list-items': -1,
  'declared:thin-text': -1, 'url:numeric-id': 1, 'dom:short-headline': -1, 'dom:dated-teasers': -1,
  'dom:buttons-per-prose': -1, 'dom:inputs-per-prose': -1, 'dom:inline-code': -1, 'dom:forms': -1, 'text:sentences-per-paragraph': 1,
};

const foldOf = (r: Row) => foldBySite(r, K);
const sampleWeight = sampleWeighter(DANIEL_WEIGHT, STRIPPED_WEIGHT);

const vec = (r: Row) => names.map((n) => r.features[n] ?? 0);

/** The logistic fit with sign constraints and fixed weights (see SIGNS and `--fix`). */
function fit(train: Row[]): { w: number[]; b: number } {
  return fitLogistic(train.map(vec), train.map((r) => (r.isArticle ? 1 : 0)), train.map(sampleWeight), {
    l2: L2,
    // Each shape feature leans one known way (the dated-headline walk also needs a weight ≥ 0 to run only
    // when it can change the answer): a fit that flips one has found a quirk of a corpus, not of articles.
    project: (w) =>
      names.forEach((n, j) => {
        if (fixed.has(n)) w[j] = fixed.get(n)!;
        const sign = allSigns || n === 'hand' || n === 'dom:dated-headline' || n === 'text:link-ratio' || n === 'dom:dated-teasers' || n === 'dom:short-headline' ? SIGNS[n] : undefined;
        if (sign && w[j]! * sign < 0) w[j] = 0;
      }),
  });
}

/**
 * Fitted weights as a WEIGHTS table, and the threshold that does best on the training pages by the bars'
 * measure: the least of WCXB precision, WCXB recall and the DAnIEL share detected.
 */
function asTable(model: { w: number[]; b: number }, train: Row[]): { weights: Record<string, number>; threshold: number } {
  const weights: Record<string, number> = {};
  names.forEach((n, j) => (weights[n] = Math.round(model.w[j]! * 100) / 100));
  const scores = train.map((r) => scoreOf(r.features, weights));
  let best = { threshold: -model.b, worst: -1 };
  for (const t of [...new Set(scores.map((x) => Math.round(x * 100) / 100))].sort((a, b) => a - b)) {
    const f = judge(train, (_, i) => scores[i]! >= t);
    const worst = worstOf(f);
    if (worst > best.worst) best = { threshold: t, worst };
  }
  return { weights, threshold: Math.round(best.threshold * 100) / 100 };
}

/**
 * The additive alternative: per feature a step function (boosted stumps on logistic loss over each
 * feature's quantile bins), so a measure may count differently low and high. `edges[f]` are the
 * bins' upper bounds and `values[f]` each bin's share of the score.
 */
interface Steps { edges: Record<string, number[]>; values: Record<string, number[]>; bias: number }
const BINS = 12;
function fitSteps(train: Row[], rounds = 400, shrink = 0.1): Steps {
  const edges: Record<string, number[]> = {};
  const values: Record<string, number[]> = {};
  const binOf: number[][] = [];
  for (const n of names) {
    const xs = [...new Set(train.map((r) => r.features[n] ?? 0))].sort((a, b) => a - b);
    const cuts: number[] = [];
    for (let q = 1; q < BINS; q++) {
      const x = xs[Math.floor((q * xs.length) / BINS)];
      if (x !== undefined && !cuts.includes(x)) cuts.push(x);
    }
    edges[n] = cuts;
    values[n] = new Array(cuts.length + 1).fill(0);
  }
  const bin = (n: string, x: number) => {
    const cuts = edges[n]!;
    let i = 0;
    while (i < cuts.length && x >= cuts[i]!) i++;
    return i;
  };
  for (const r of train) binOf.push(names.map((n) => bin(n, r.features[n] ?? 0)));
  const y = train.map((r): number => (r.isArticle ? 1 : 0));
  const sw = train.map(sampleWeight);
  const base = y.reduce((a, c, i) => a + c * sw[i]!, 0) / sw.reduce((a, c) => a + c, 0);
  let bias = Math.log(base / (1 - base));
  const z = train.map(() => bias);
  for (let round = 0; round < rounds; round++) {
    const g = z.map((zi, i) => (y[i]! - 1 / (1 + Math.exp(-zi))) * sw[i]!);
    const h = z.map((zi, i) => {
      const p = 1 / (1 + Math.exp(-zi));
      return p * (1 - p) * sw[i]!;
    });
    let best = { gain: 0, f: -1, split: 0, left: 0, right: 0 };
    names.forEach((n, f) => {
      const k = edges[n]!.length + 1;
      const G = new Array<number>(k).fill(0);
      const H = new Array<number>(k).fill(0);
      for (let i = 0; i < train.length; i++) {
        G[binOf[i]![f]!]! += g[i]!;
        H[binOf[i]![f]!]! += h[i]!;
      }
      const GT = G.reduce((a, c) => a + c, 0);
      const HT = H.reduce((a, c) => a + c, 0);
      let gl = 0;
      let hl = 0;
      for (let s = 0; s < k - 1; s++) {
        gl += G[s]!;
        hl += H[s]!;
        const gr = GT - gl;
        const hr = HT - hl;
        if (hl < 1 || hr < 1) continue;
        const gain = (gl * gl) / (hl + 1) + (gr * gr) / (hr + 1) - (GT * GT) / (HT + 1);
        if (gain > best.gain) best = { gain, f, split: s, left: gl / (hl + 1), right: gr / (hr + 1) };
      }
    });
    if (best.f < 0) break;
    const n = names[best.f]!;
    const vals = values[n]!;
    for (let b = 0; b < vals.length; b++) vals[b] = vals[b]! + shrink * (b <= best.split ? best.left : best.right);
    for (let i = 0; i < train.length; i++) z[i] = z[i]! + shrink * (binOf[i]![best.f]! <= best.split ? best.left : best.right);
  }
  // Centre each step function on its value at 0 (a feature a page lacks), moving the rest into the bias.
  for (const n of names) {
    const v0 = values[n]![bin(n, 0)]!;
    values[n] = values[n]!.map((v) => Math.round((v - v0) * 100) / 100);
    bias += v0;
  }
  return { edges, values, bias };
}
function stepScore(m: Steps, r: Row): number {
  let s = m.bias;
  for (const n of names) {
    const cuts = m.edges[n]!;
    const x = r.features[n] ?? 0;
    let i = 0;
    while (i < cuts.length && x >= cuts[i]!) i++;
    s += m.values[n]![i]!;
  }
  return s;
}
function stepThreshold(m: Steps, train: Row[]): number {
  const scores = train.map((r) => stepScore(m, r));
  let best = { t: 0, worst: -1 };
  for (const t of [...new Set(scores.map((x) => Math.round(x * 100) / 100))]) {
    const f = judge(train, (_, i) => scores[i]! >= t);
    const worst = worstOf(f);
    if (worst > best.worst) best = { t, worst };
  }
  return best.t;
}

const current = (r: Row) => scoreOf(r.features, WEIGHTS) >= ARTICLE_THRESHOLD;
const table: Array<Array<string | number | null>> = [];
const perFold: Array<{ fold: number; current: Figures; fitted: Figures; steps: Figures }> = [];
const aucs: Array<{ current: number | null; fitted: number | null; bareCurrent: number | null; bareFitted: number | null }> = [];
for (let k = 0; k < K; k++) {
  const train = rows.filter((r) => foldOf(r) !== k);
  const test = rows.filter((r) => foldOf(r) === k);
  const t = asTable(fit(train), train);
  const a = judge(test, current);
  const c = judge(test, (r) => scoreOf(r.features, t.weights) >= t.threshold);
  const sm = fitSteps(train);
  const st = stepThreshold(sm, train);
  const e = judge(test, (r) => stepScore(sm, r) >= st);
  perFold.push({ fold: k, current: a, fitted: c, steps: e });
  const cur = (r: Row) => scoreOf(r.features, WEIGHTS);
  const fitted = (r: Row) => scoreOf(r.features, t.weights);
  aucs.push({ current: aucOf(test, cur, false), fitted: aucOf(test, fitted, false), bareCurrent: aucOf(test, cur, true), bareFitted: aucOf(test, fitted, true) });
  const bare = (f: Figures) => (strippedFiles.length ? [f.bareDaniel, f.barePrecision, f.bareRecall] : []);
  table.push([`fold ${k} (${test.length} pages)`, a.precision, a.recall, a.danielRecall, ...bare(a), c.precision, c.recall, c.danielRecall, ...bare(c), e.precision, e.recall, e.danielRecall, ...bare(e)]);
}
const bareHead = (x: string) => (strippedFiles.length ? [`${x} bare DAnIEL`, `${x} bare P`, `${x} bare R`] : []);
printTable(['fold', 'cur P', 'cur R', 'cur DAnIEL', ...bareHead('cur'), 'lin P', 'lin R', 'lin DAnIEL', ...bareHead('lin'), 'steps P', 'steps R', 'steps DAnIEL', ...bareHead('steps')], table);
const spread = (f: (x: { current: Figures; fitted: Figures; steps: Figures }) => number | null) => {
  const v = perFold.map(f).filter((x): x is number => x !== null);
  return { min: Math.round(Math.min(...v) * 1000) / 1000, max: Math.round(Math.max(...v) * 1000) / 1000 };
};
function spreads(of: (x: { current: Figures; fitted: Figures; steps: Figures }) => Figures) {
  const keys = ['precision', 'recall', 'danielRecall', 'bareDaniel', 'barePrecision', 'bareRecall'] as const;
  return Object.fromEntries(keys.filter((k) => perFold.some((f) => of(f)[k] !== null)).map((k) => [k, spread((x) => of(x)[k])]));
}
const total = (f: Figures) => f.precision + f.recall + (f.danielRecall ?? 0) + (f.bareDaniel ?? 0);
const all = asTable(fit(rows), rows);
console.log('weights fitted on all pages (threshold ' + all.threshold + '):');
const scale = all.weights['hand'] ?? 1;
for (const n of [...Object.keys(WEIGHTS), ...extra]) {
  const w = keepHand && WEIGHTS[n] !== 0 ? Math.round(WEIGHTS[n]! * scale * 100) / 100 : all.weights[n] ?? 0;
  console.log(`  '${n}': ${w},`);
}
printFigures({
  folds: K,
  pages: rows.length,
  l2: L2,
  danielWeight: DANIEL_WEIGHT,
  strippedWeight: strippedFiles.length ? STRIPPED_WEIGHT : null,
  current: spreads((x) => x.current),
  fitted: spreads((x) => x.fitted),
  steps: spreads((x) => x.steps),
  fittedBetterEveryFold: perFold.every((f) => total(f.fitted) > total(f.current)),
  /** Held-out WCXB AUC per fold (current weights are fitted on all pages, so theirs is not held out). */
  auc: Object.fromEntries((['current', 'fitted', 'bareCurrent', 'bareFitted'] as const).map((k) => [k, aucs.map((x) => (x[k] === null ? null : Math.round(x[k]! * 1000) / 1000))])),
  threshold: all.threshold,
});
