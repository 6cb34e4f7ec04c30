/**
 * What detection's fitting scripts (detect-cv.ts, detect-model.ts) share: the pages of eval:extract's feature
 * dumps as rows with their site, folds by site, the bars' figures (WCXB precision/recall, DAnIEL share detected,
 * the same without declarations), held-out AUC, the threshold chosen by the bars' measure, and a logistic fit.
 */
import { readFileSync } from 'node:fs';

export interface Row {
  host: string;
  dataset: string;
  /** Read without its declarations (`eval:extract --strip-meta`). */
  stripped: boolean;
  isArticle: boolean;
  features: Record<string, number>;
}

/** Rows of `files` and of `strippedFiles` (dumps of the same pages read without declarations). */
export function readRows(files: string[], strippedFiles: string[], features: (f: Record<string, number>) => Record<string, number> = (f) => f): Row[] {
  return [...files.map((f) => [f, false] as const), ...strippedFiles.map((f) => [f, true] as const)].flatMap(([f, stripped]) =>
    readFileSync(f, 'utf8').split('\n').filter(Boolean).map((line) => {
      const r = JSON.parse(line) as { id: string; url: string; isArticle: boolean; features: Record<string, number> };
      const dataset = /^\d{8}_/.test(r.id) ? 'daniel' : 'wcxb';
      // DAnIEL ids name the site; its URLs are partly stand-ins (see pages.ts).
      const host = dataset === 'daniel' ? r.id.split('_')[1]! : hostOf(r.url) ?? r.id;
      return { host, dataset, stripped, isArticle: r.isArticle, features: features(r.features) };
    }),
  );
}

/** A page's site: its host without a leading www. */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\d?\./, '');
  } catch {
    return null;
  }
}

/** A stable hash of a site's name (FNV-1a), so folds by site are the same on every run. */
export function hashHost(h: string): number {
  let x = 0x811c9dc5;
  for (let i = 0; i < h.length; i++) x = Math.imul(x ^ h.charCodeAt(i), 0x01000193) >>> 0;
  return x;
}
/** The fold of a row among `k`, by its site (a page and its stripped copy share one). */
export const foldOf = (r: Row, k: number) => hashHost(r.host) % k;

/** DAnIEL holds only articles and stripped copies repeat pages: both count less in a fit. */
export function sampleWeighter(danielWeight: number, strippedWeight: number): (r: Row) => number {
  return (r) => (r.dataset === 'daniel' ? danielWeight : 1) * (r.stripped ? strippedWeight : 1);
}

export interface Figures {
  precision: number;
  recall: number;
  danielRecall: number | null;
  /** Without declarations: DAnIEL share detected, WCXB precision and recall. */
  bareDaniel: number | null;
  barePrecision: number | null;
  bareRecall: number | null;
}
export function judge(test: Row[], said: (r: Row, i: number) => boolean): Figures {
  const n = { tp: [0, 0], fp: [0, 0], fn: [0, 0], dTp: [0, 0], dN: [0, 0] };
  for (let i = 0; i < test.length; i++) {
    const r = test[i]!;
    const s = said(r, i);
    const k = r.stripped ? 1 : 0;
    if (r.dataset === 'daniel') {
      n.dN[k]!++;
      if (s) n.dTp[k]!++;
      continue;
    }
    if (s && r.isArticle) n.tp[k]!++;
    else if (s) n.fp[k]!++;
    else if (r.isArticle) n.fn[k]!++;
  }
  const p = (k: number) => n.tp[k]! / Math.max(1, n.tp[k]! + n.fp[k]!);
  const rc = (k: number) => n.tp[k]! / Math.max(1, n.tp[k]! + n.fn[k]!);
  const d = (k: number) => (n.dN[k] ? n.dTp[k]! / n.dN[k]! : null);
  const anyBareWcxb = n.tp[1]! + n.fp[1]! + n.fn[1]! > 0;
  return { precision: p(0), recall: rc(0), danielRecall: d(0), bareDaniel: d(1), barePrecision: anyBareWcxb ? p(1) : null, bareRecall: anyBareWcxb ? rc(1) : null };
}

/** The bars' measure a threshold is chosen by: the least of WCXB precision and recall and the DAnIEL shares detected. */
export function worstOf(f: Figures): number {
  return Math.min(f.precision, f.recall, f.danielRecall ?? 1, f.bareDaniel ?? 1);
}

/** The threshold (to the hundredth) on `scores` of `rows` that does best by the bars' measure. */
export function bestThreshold(rows: Row[], scores: number[], fallback: number): number {
  let best = { t: fallback, worst: -1 };
  for (const t of [...new Set(scores.map((x) => Math.round(x * 100) / 100))].sort((a, b) => a - b)) {
    const worst = worstOf(judge(rows, (_, i) => scores[i]! >= t));
    if (worst > best.worst) best = { t, worst };
  }
  return best.t;
}

/**
 * Held-out WCXB ranking quality without a threshold: the chance that an article scores above a non-article
 * (area under the ROC curve; ties count half), for pages read with (`stripped` false) or without declarations.
 */
export function aucOf(test: Row[], score: (r: Row) => number, stripped: boolean): number | null {
  const pos: number[] = [];
  const neg: number[] = [];
  for (const r of test) if (r.dataset === 'wcxb' && r.stripped === stripped) (r.isArticle ? pos : neg).push(score(r));
  if (!pos.length || !neg.length) return null;
  neg.sort((a, b) => a - b);
  let wins = 0;
  for (const p of pos) {
    let lo = 0;
    let hi = neg.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (neg[mid]! < p) lo = mid + 1;
      else hi = mid;
    }
    let ties = 0;
    for (let j = lo; j < neg.length && neg[j] === p; j++) ties++;
    wins += lo + ties / 2;
  }
  return wins / (pos.length * neg.length);
}

/**
 * L2-regularised logistic regression by gradient descent (Adam), with an intercept. `offset` is a fixed part of
 * each row's score; `project` may move the weights after each step (fixed weights, sign constraints).
 */
export function fitLogistic(
  X: number[][],
  y: number[],
  sw: number[],
  opts: { l2: number; iterations?: number; offset?: number[]; project?: (w: number[]) => void },
): { w: number[]; b: number } {
  const total = sw.reduce((a, c) => a + c, 0);
  const d = X[0]?.length ?? 0;
  const w = new Array<number>(d).fill(0);
  let b = 0;
  const m = new Array<number>(d + 1).fill(0);
  const v = new Array<number>(d + 1).fill(0);
  const lr = 0.05;
  for (let it = 1; it <= (opts.iterations ?? 3000); it++) {
    const g = new Array<number>(d + 1).fill(0);
    for (let i = 0; i < X.length; i++) {
      const x = X[i]!;
      let z = b + (opts.offset?.[i] ?? 0);
      for (let j = 0; j < d; j++) z += w[j]! * x[j]!;
      const p = 1 / (1 + Math.exp(-z));
      const e = (p - y[i]!) * sw[i]!;
      for (let j = 0; j < d; j++) g[j]! += e * x[j]!;
      g[d]! += e;
    }
    for (let j = 0; j <= d; j++) {
      const grad = g[j]! / total + (j < d ? opts.l2 * w[j]! : 0);
      m[j] = 0.9 * m[j]! + 0.1 * grad;
      v[j] = 0.999 * v[j]! + 0.001 * grad * grad;
      const step = (lr * (m[j]! / (1 - 0.9 ** it))) / (Math.sqrt(v[j]! / (1 - 0.999 ** it)) + 1e-8);
      if (j < d) w[j] = w[j]! - step;
      else b -= step;
    }
    opts.project?.(w);
  }
  return { w, b };
}
