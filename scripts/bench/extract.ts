/**
 * Extraction benchmark: per page, Byline's detectArticle + extractArticle against Mozilla Readability's
 * parse (on a clone, as Readability requires, clone included) in the same process on the same parsed
 * documents; warm-up first, then several repetitions, per-page medians, then medians over pages and their
 * ratio. Also the median cost of detectArticle alone on non-article pages (the path most pages take).
 *
 *   npx tsx scripts/bench/extract.ts [dataset folder] [--reps N] [--limit N]
 */
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { detectArticle, extractArticle } from '../../lib/page';
import { datasetArg, flagValue, median, printFigures, printTable } from '../lib/report';
import { datasetFormat, loadPages } from '../eval/pages';

const argv = process.argv.slice(2);
const dir = datasetArg(argv.filter((a, i) => !(argv[i - 1] ?? '').startsWith('--')), 'wcxb-dev');
const reps = Number(flagValue(argv, 'reps') ?? 5);
const limit = Number(flagValue(argv, 'limit') ?? Infinity);
const pages = loadPages(dir).slice(0, limit);

function timeIt(f: () => void, n: number): number {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  return median(times);
}

const ours: number[] = [];
const theirs: number[] = [];
const ratios: number[] = [];
const detectNon: number[] = [];
const detectArt: number[] = [];
for (const page of pages) {
  const doc = parseHTML(page.html).document as unknown as Document;
  const byline = () => {
    const d = detectArticle(doc, page.url);
    extractArticle(doc, page.url, d);
  };
  const readability = () => {
    try {
      new Readability(doc.cloneNode(true) as Document).parse();
    } catch {
      // a page Readability cannot handle still cost what it cost
    }
  };
  const detectOnly = () => detectArticle(doc, page.url);
  // Warm-up: one untimed run of each, so JIT and linkedom caches are alike for both.
  byline();
  readability();
  const a = timeIt(byline, reps);
  const b = timeIt(readability, reps);
  ours.push(a);
  theirs.push(b);
  ratios.push(a / b);
  (page.isArticle ? detectArt : detectNon).push(timeIt(detectOnly, reps));
}

const figures = {
  dataset: datasetFormat(dir),
  pages: pages.length,
  reps,
  bylineMedianMs: round(median(ours)),
  readabilityMedianMs: round(median(theirs)),
  ratioOfMedians: round(median(ours) / median(theirs)),
  medianPerPageRatio: round(median(ratios)),
  detectNonArticleMedianMs: round(median(detectNon)),
  detectArticleMedianMs: round(median(detectArt)),
};
function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

console.log(`dataset ${dir}, ${pages.length} pages, ${reps} timed runs per page after one warm-up (linkedom DOM, Node ${process.version})`);
printTable(
  ['measure', 'median ms', 'n'],
  [
    ['Byline detect + extract', figures.bylineMedianMs, ours.length],
    ['Readability clone + parse', figures.readabilityMedianMs, theirs.length],
    ['ratio Byline / Readability (of medians)', figures.ratioOfMedians, ours.length],
    ['ratio Byline / Readability (median per page)', figures.medianPerPageRatio, ours.length],
    ['detectArticle on non-article pages', figures.detectNonArticleMedianMs, detectNon.length],
    ['detectArticle on article pages', figures.detectArticleMedianMs, detectArt.length],
  ],
);
printFigures(figures);
