/**
 * Extraction evaluation: Byline's detectArticle/extractArticle and Mozilla Readability side by side on
 * the same pages (WCXB dev by default, DAnIEL older news, or the Readability suite), one table and one JSON line.
 *
 *   npx tsx scripts/eval/extract.ts [dataset folder] [--limit N | --sample N] [--jobs N] [--verbose]
 *     [--byline-only] [--detect-only] [--strip-meta] [--text-signals] [--dump pages.jsonl]
 *
 * Comparisons: detection = precision/recall of "is an article"; text = word-level F1 (WCXB metric) of the
 * main text, mean over truth articles, for extraction alone (whatever detection said) and for detection +
 * extraction (a page Byline does not take for an article contributes F1 0; for Readability, a page
 * `isProbablyReaderable` refuses); title = equal after lower-casing and dropping non-letters;
 * byline = right when at least half of the truth's name tokens appear in the answer (pages whose truth
 * has an author); date = same calendar day, in the page's zone or UTC (pages whose truth has a date).
 * Han and kana count one token per character (the bag-of-words metric would otherwise compare whole
 * Chinese clauses). Pages are judged with their own URL (WCXB's `url`; for DAnIEL see pages.ts).
 * `--jobs N` spreads pages over N worker threads; results are the same for any N.
 * `--dump` writes one JSON line per page (signals, scores, F1) for cross-validation (scripts/eval/detect-cv.ts).
 */
import { availableParallelism } from 'node:os';
import { writeFileSync } from 'node:fs';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { parseHTML } from 'linkedom';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { extractArticle } from '../../lib/page';
import { detectArticleWithFeatures } from '../../lib/page/detect';
import { textFeatures } from './detect-text';
import { datasetArg, flagValue, printFigures, printTable, wordF1 } from '../lib/report';
import { datasetFormat, loadPage, pageIds, stripDeclarations, type DatasetFormat, type EvalPage } from './pages';

/** What one page yields; the main thread only sums these. */
export interface PageResult {
  id: string;
  url: string;
  group: string;
  isArticle: boolean;
  ours: Judged;
  theirs: Judged;
  score: number;
  signals: Array<[string, number]>;
  /** Feature values behind the score (for fitting the weights). */
  features: Record<string, number>;
  ms: number;
}
interface Judged {
  detected: boolean;
  f1: number | null;
  precision: number | null;
  recall: number | null;
  title: number | null;
  byline: number | null;
  date: number | null;
}

interface Options {
  dir: string;
  format: DatasetFormat;
  bylineOnly: boolean;
  detectOnly: boolean;
  /** Pages read without their declarations (JSON-LD, og:/article: meta, microdata): shape alone must carry detection. */
  stripMeta?: boolean;
  textSignals?: boolean;
}

/** Lower-case tokens of letters and digits; each Han or kana character a token of its own. */
function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])[\p{L}\p{N}])+/gu) ?? [];
}

const normTitle = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
function bylineRight(pred: string | null | undefined, truth: string): boolean {
  const t = new Set(tokens(truth).filter((w) => w.length > 1));
  const p = new Set(tokens(pred ?? ''));
  if (t.size === 0) return true;
  let hit = 0;
  for (const w of t) if (p.has(w)) hit++;
  return hit / t.size >= 0.5;
}
/**
 * Same calendar day as the truth, read in the page's own time zone or in UTC: WCXB's dates are
 * sometimes the UTC day of a local evening time (19:30 at -07:00 is the next day in UTC).
 */
const sameDay = (pred: string | null | undefined, truth: string) => {
  if (!pred) return false;
  if (pred.slice(0, 10) === truth.slice(0, 10)) return true;
  const instant = /[+-]\d{2}:?\d{2}$|Z$/.test(pred) ? Date.parse(pred) : NaN;
  return Number.isFinite(instant) && new Date(instant).toISOString().slice(0, 10) === truth.slice(0, 10);
};

function safe<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

function judge(page: EvalPage, detected: boolean, text: string | null, title: string | null | undefined, byline: string | null | undefined, date: string | null | undefined): Judged {
  const f = page.isArticle && page.mainText && text !== null ? wordF1(text, page.mainText, tokens) : null;
  return {
    detected,
    f1: f?.f1 ?? null,
    precision: f?.precision ?? null,
    recall: f?.recall ?? null,
    title: page.isArticle && page.title && title !== undefined ? +(normTitle(title) === normTitle(page.title)) : null,
    byline: page.isArticle && page.author && byline !== undefined ? +bylineRight(byline, page.author) : null,
    date: page.isArticle && page.date && date !== undefined ? +sameDay(date, page.date) : null,
  };
}

function evaluate(page: EvalPage, o: Options): PageResult {
  if (o.stripMeta) page = { ...page, html: stripDeclarations(page.html) };
  const t0 = performance.now();
  // Byline: parse once, detect then extract (what the content script does).
  const { document } = parseHTML(page.html);
  const { detection: det, features: shipped } = detectArticleWithFeatures(document as unknown as Document, page.url);
  // `--text-signals`: candidate signals from the main block's text (scripts/eval/detect-text.ts), for detect-cv --with.
  const features = o.textSignals ? { ...shipped, ...textFeatures(document as unknown as Document) } : shipped;
  const ex = o.detectOnly || !page.isArticle ? null : extractArticle(document as unknown as Document, page.url, det);
  const ms = performance.now() - t0;
  // Readability: its own parse of the same HTML, on a clone as its README says.
  const rdoc = o.bylineOnly ? null : parseHTML(page.html).document;
  const readerable = rdoc ? safe(() => isProbablyReaderable(rdoc as unknown as Document), false) : false;
  const r = rdoc && !o.detectOnly && page.isArticle ? safe(() => new Readability(rdoc.cloneNode(true) as unknown as Document).parse(), null) : null;
  const a = ex?.article;
  return {
    id: page.id,
    url: page.url,
    group: page.group,
    isArticle: page.isArticle,
    ours: judge(page, det.isArticle, a ? a.text : null, a?.title, a?.byline, a?.published),
    theirs: judge(page, readerable, rdoc && !o.detectOnly ? (r?.textContent ?? '') : null, rdoc ? r?.title ?? null : undefined, rdoc ? r?.byline ?? null : undefined, rdoc ? r?.publishedTime ?? null : undefined),
    score: det.score,
    signals: det.signals.map((s) => [s.name, s.weight]),
    features,
    ms,
  };
}

function runWorker(): void {
  const { o, ids } = workerData as { o: Options; ids: string[] };
  for (const id of ids) {
    const page = loadPage(o.dir, o.format, id);
    parentPort!.postMessage(page ? evaluate(page, o) : null);
  }
  parentPort!.postMessage('done');
}

/** A stable pseudo-random order of ids (FNV-1a of the id), for `--sample`. */
function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Workers start as plain JavaScript: register tsx's loader, then load this file (which sees it is a worker). */
const WORKER_BOOT = `import('tsx/esm/api').then((t) => { t.register(); return import(require('node:worker_threads').workerData.file); });`;

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const valued = new Set(['--limit', '--sample', '--jobs', '--dump']);
  const dir = datasetArg(argv.filter((a, i) => !valued.has(argv[i - 1] ?? '')), 'wcxb-dev');
  const verbose = argv.includes('--verbose');
  const o: Options = { dir, format: datasetFormat(dir), bylineOnly: argv.includes('--byline-only'), detectOnly: argv.includes('--detect-only'), stripMeta: argv.includes('--strip-meta'), textSignals: argv.includes('--text-signals') };
  let ids = pageIds(dir, o.format);
  const sample = flagValue(argv, 'sample');
  if (sample) ids = [...ids].sort((x, y) => hashId(x) - hashId(y)).slice(0, Number(sample)).sort();
  const limit = flagValue(argv, 'limit');
  if (limit) ids = ids.slice(0, Number(limit));
  const jobs = Math.max(1, Math.min(Number(flagValue(argv, 'jobs') ?? 1), availableParallelism(), ids.length));

  const results = new Map<string, PageResult>();
  if (jobs === 1) {
    for (const id of ids) {
      const page = loadPage(dir, o.format, id);
      if (page) results.set(id, evaluate(page, o));
    }
  } else {
    // Interleaved shares, so each worker gets a like mix of pages.
    await Promise.all(
      Array.from({ length: jobs }, (_, j) => new Promise<void>((resolve, reject) => {
        const w = new Worker(WORKER_BOOT, { eval: true, workerData: { o, ids: ids.filter((_, i) => i % jobs === j), file: import.meta.url } });
        w.on('message', (m: PageResult | null | 'done') => {
          if (m === 'done') void w.terminate().then(() => resolve());
          else if (m) results.set(m.id, m);
        });
        w.on('error', reject);
      })),
    );
  }
  const all = ids.flatMap((id) => results.get(id) ?? []);
  report(all, o, verbose);
  const dump = flagValue(argv, 'dump');
  if (dump) writeFileSync(dump, all.map((r) => JSON.stringify(r)).join('\n') + '\n');
}

const mean = (xs: Array<number | null>) => {
  const v = xs.filter((x): x is number => x !== null);
  return v.length ? v.reduce((a, b) => a + b, 0) / v.length : null;
};
const round = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);

function summary(rs: PageResult[], side: 'ours' | 'theirs') {
  let tp = 0, fp = 0, fn = 0;
  for (const r of rs) {
    const d = r[side].detected;
    if (d && r.isArticle) tp++;
    else if (d) fp++;
    else if (r.isArticle) fn++;
  }
  const arts = rs.filter((r) => r.isArticle && r[side].f1 !== null);
  return {
    precision: tp + fp ? tp / (tp + fp) : null,
    recall: tp + fn ? tp / (tp + fn) : null,
    textF1: mean(arts.map((r) => r[side].f1)),
    textF1Detected: arts.length ? mean(arts.map((r) => (r[side].detected ? r[side].f1 : 0))) : null,
    title: mean(rs.map((r) => r[side].title)),
    byline: mean(rs.map((r) => r[side].byline)),
    date: mean(rs.map((r) => r[side].date)),
  };
}
const rounded = (s: Record<string, number | null>) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, round(v)]));

function report(rs: PageResult[], o: Options, verbose: boolean): void {
  if (verbose) {
    for (const r of rs) {
      const sig = r.signals.map(([n, w]) => `${n}${w}`).join(' ');
      if (!r.isArticle && r.ours.detected) console.log(`FP ${r.id} [${r.group}] ${r.score} ${r.url} ${sig}`);
      if (r.isArticle && !r.ours.detected) console.log(`FN ${r.id} ${r.score} ${r.url} ${sig}`);
      if (r.ours.f1 !== null && r.ours.f1 < 0.8)
        console.log(`TEXT ${r.id} ours ${r.ours.f1.toFixed(2)} (p ${r.ours.precision!.toFixed(2)} r ${r.ours.recall!.toFixed(2)}) readability ${r.theirs.f1?.toFixed(2) ?? '-'} ${r.url}`);
    }
  }
  const a = summary(rs, 'ours');
  const b = summary(rs, 'theirs');
  const n = (f: (r: PageResult) => boolean) => rs.filter(f).length;
  console.log(`dataset ${o.dir} (${o.format}), ${rs.length} pages, ${n((r) => r.isArticle)} articles` +
    (o.format === 'readability' ? ' (article truth = Readability\'s own readerable flag)' : ''));
  printTable(
    ['metric', 'Byline', 'Readability', 'n'],
    [
      ['detection precision', a.precision, b.precision, n((r) => r.ours.detected)],
      ['detection recall', a.recall, b.recall, n((r) => r.isArticle)],
      ['text word F1, extraction alone', a.textF1, b.textF1, n((r) => r.ours.f1 !== null)],
      ['text word F1, detection + extraction', a.textF1Detected, b.textF1Detected, n((r) => r.ours.f1 !== null)],
      ['title (normalised equality)', a.title, b.title, n((r) => r.ours.title !== null)],
      ['byline (≥½ name tokens)', a.byline, b.byline, n((r) => r.ours.byline !== null)],
      ['date (same day)', a.date, b.date, n((r) => r.ours.date !== null)],
    ],
  );
  const groups = [...new Set(rs.map((r) => r.group))].sort();
  const byGroup: Record<string, unknown> = {};
  if (groups.length > 1) {
    const rows = groups.map((g) => {
      const gs = rs.filter((r) => r.group === g);
      const x = summary(gs, 'ours');
      const y = summary(gs, 'theirs');
      const detectedShare = gs.filter((r) => r.ours.detected).length / gs.length;
      byGroup[g] = { pages: gs.length, detected: round(detectedShare), textF1: round(x.textF1), readabilityF1: round(y.textF1) };
      return [g, gs.length, detectedShare, x.textF1, y.textF1];
    });
    printTable(['group', 'pages', 'Byline says article', 'Byline F1', 'Readability F1'], rows);
  }
  printFigures({
    dataset: o.format,
    pages: rs.length,
    byline: rounded(a),
    readability: rounded(b),
    groups: byGroup,
  });
}

if (isMainThread) void main();
else runWorker();
