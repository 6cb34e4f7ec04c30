/**
 * Extraction evaluation: Byline's detectArticle/extractArticle and Mozilla Readability side by side on
 * the same pages (WCXB dev by default, or the Readability suite), one table and one JSON line.
 *
 *   npx tsx scripts/eval/extract.ts [dataset folder] [--verbose]
 *
 * Comparisons: detection = precision/recall of "is an article"; text = word-level F1 (WCXB metric) of the
 * main text, mean over truth articles; title = equal after lower-casing and dropping non-letters;
 * byline = right when at least half of the truth's name tokens appear in the answer (pages whose truth
 * has an author); date = same calendar day, in the page's zone or UTC (pages whose truth has a date).
 */
import { parseHTML } from 'linkedom';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { detectArticle, extractArticle } from '../../lib/page';
import { datasetArg, printFigures, printTable, wordF1, wordTokens } from '../lib/report';
import { datasetFormat, loadPages } from './pages';

const argv = process.argv.slice(2);
const dir = datasetArg(argv, 'wcxb-dev');
const verbose = argv.includes('--verbose');
/** `--byline-only` skips Readability (quick runs while tuning). */
const bylineOnly = argv.includes('--byline-only');
const format = datasetFormat(dir);
const pages = loadPages(dir);

interface Tally {
  tp: number; fp: number; fn: number; tn: number;
  f1: number[]; title: number[]; byline: number[]; date: number[];
}
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0, tn: 0, f1: [], title: [], byline: [], date: [] });
const ours = tally();
const theirs = tally();

const normTitle = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
function bylineRight(pred: string | null | undefined, truth: string): boolean {
  const t = new Set(wordTokens(truth).filter((w) => w.length > 1));
  const p = new Set(wordTokens(pred ?? ''));
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

for (const page of pages) {
  // Byline: parse once, detect then extract (what the content script does).
  const { document } = parseHTML(page.html);
  const det = detectArticle(document as unknown as Document, page.url);
  const ex = extractArticle(document as unknown as Document, page.url, det);
  // Readability: its own parse of the same HTML, on a clone as its README says.
  const rdoc = bylineOnly ? null : parseHTML(page.html).document;
  const readerable = rdoc ? safe(() => isProbablyReaderable(rdoc as unknown as Document), false) : false;
  const r = rdoc ? safe(() => new Readability(rdoc.cloneNode(true) as unknown as Document).parse(), null) : null;

  for (const [t, said] of [[ours, det.isArticle], [theirs, readerable]] as const) {
    if (said && page.isArticle) t.tp++;
    else if (said) t.fp++;
    else if (page.isArticle) t.fn++;
    else t.tn++;
  }
  if (!page.isArticle) {
    if (verbose && det.isArticle) console.log(`FP ${page.id} ${det.score} ${page.url}`);
    continue;
  }
  if (verbose && !det.isArticle) console.log(`FN ${page.id} ${det.score} ${page.url} ${det.signals.map((s) => `${s.name}${s.weight}`).join(' ')}`);
  if (page.mainText) {
    const a = wordF1(ex.article.text, page.mainText);
    const b = wordF1(r?.textContent ?? '', page.mainText);
    ours.f1.push(a.f1);
    theirs.f1.push(b.f1);
    if (verbose && a.f1 < 0.8) console.log(`TEXT ${page.id} ours ${a.f1.toFixed(2)} (p ${a.precision.toFixed(2)} r ${a.recall.toFixed(2)}) readability ${b.f1.toFixed(2)} ${page.url}`);
  }
  if (page.title) {
    ours.title.push(+(normTitle(ex.article.title) === normTitle(page.title)));
    theirs.title.push(+(normTitle(r?.title) === normTitle(page.title)));
    if (verbose && normTitle(ex.article.title) !== normTitle(page.title)) console.log(`TITLE ${page.id} ${JSON.stringify(ex.article.title)} vs ${JSON.stringify(page.title)}`);
  }
  if (page.author) {
    ours.byline.push(+bylineRight(ex.article.byline, page.author));
    theirs.byline.push(+bylineRight(r?.byline, page.author));
    if (verbose && !bylineRight(ex.article.byline, page.author)) console.log(`BYLINE ${page.id} ${JSON.stringify(ex.article.byline)} vs ${JSON.stringify(page.author)}`);
  }
  if (page.date) {
    ours.date.push(+sameDay(ex.article.published, page.date));
    theirs.date.push(+sameDay(r?.publishedTime, page.date));
    if (verbose && !sameDay(ex.article.published, page.date)) console.log(`DATE ${page.id} ${ex.article.published} vs ${page.date} ${page.url}`);
  }
}

function safe<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
const summary = (t: Tally) => ({
  precision: t.tp + t.fp ? t.tp / (t.tp + t.fp) : null,
  recall: t.tp + t.fn ? t.tp / (t.tp + t.fn) : null,
  textF1: mean(t.f1),
  title: mean(t.title),
  byline: mean(t.byline),
  date: mean(t.date),
});
const a = summary(ours);
const b = summary(theirs);
const round = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);

console.log(`dataset ${dir} (${format}), ${pages.length} pages, ${pages.filter((p) => p.isArticle).length} articles` +
  (format === 'readability' ? ' (article truth = Readability\'s own readerable flag)' : ''));
printTable(
  ['metric', 'Byline', 'Readability', 'n'],
  [
    ['detection precision', a.precision, b.precision, ours.tp + ours.fp],
    ['detection recall', a.recall, b.recall, ours.tp + ours.fn],
    ['text word F1 (mean, articles)', a.textF1, b.textF1, ours.f1.length],
    ['title (normalised equality)', a.title, b.title, ours.title.length],
    ['byline (≥½ name tokens)', a.byline, b.byline, ours.byline.length],
    ['date (same day)', a.date, b.date, ours.date.length],
  ],
);
printFigures({
  dataset: format,
  pages: pages.length,
  byline: Object.fromEntries(Object.entries(a).map(([k, v]) => [k, round(v)])),
  readability: Object.fromEntries(Object.entries(b).map(([k, v]) => [k, round(v)])),
});
