/**
 * Analysis speed: median time of analyzeAttribution (and of the whole analyzeArticle when it
 * loads) on articles of ~500 to ~8,000 words built from real news text, and on one 50,000-word page, with a plain regex
 * tokenisation pass over the same text as the same-process reference.
 *
 *   npm run bench:analyze -- [polnear folder] [--ru nerel folder] [--engine module.ts] [--runs N]
 *
 * English comes from PolNeAR dev texts, Russian from NEREL dev texts, concatenated paragraph by
 * paragraph. growth = time(8000) / time(2000): about 4 means linear, 16 quadratic. Sizes are timed
 * round-robin so load from other processes spreads evenly. Ends with one JSON line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { articleFromText } from '../../lib/analyze/plain-text';
import type { ArticleText } from '../../lib/schema';
import { datasetArg, defaultDataset, flagValue, median, printFigures, printTable } from '../lib/report';
import { loadEngine, type AnalyzeAttribution } from '../eval/attribution/engine';

const SIZES = [500, 1000, 2000, 4000, 8000] as const;
/** A whole long page (a transcript, a long-read with comments): timed on its own, fewer runs. */
const PAGE_WORDS = 50_000;
const PAGE_RUNS = 3;
/** Different articles per size, so one odd text does not set the figure. */
const CHUNKS_PER_SIZE = 3;
/** Timed runs per article after one warm-up run. */
const DEFAULT_RUNS = 7;
/** One reference sample repeats the pass until it has run this long (one pass is too fast to time). */
const MIN_REFERENCE_MS = 5;
const WORD = /[\p{L}\p{N}]+/gu;

type Timed = (article: ArticleText) => unknown;

interface SizeFigures {
  words: number;
  attributionMs: number;
  /** The fastest run: less sensitive than the median to other processes on a shared machine. */
  attributionMinMs: number;
  articleMs: number | null;
  tokenizeMs: number;
  ratio: number;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const runs = Number(flagValue(argv, 'runs') ?? DEFAULT_RUNS);
  const positional = argv.filter((a, i) => !a.startsWith('--') && !['--ru', '--engine', '--runs'].includes(argv[i - 1] ?? ''));
  const polnear = datasetArg(positional, 'polnear');
  const nerel = flagValue(argv, 'ru') ?? defaultDataset('nerel');

  const engine = await loadEngine(flagValue(argv, 'engine'));
  if (typeof engine === 'string') {
    process.stderr.write(`error: ${engine}\n`);
    process.exit(1);
  }
  const analyzeArticle = await loadAnalyzeArticle();

  const corpora: { language: string; paragraphs: string[] }[] = [
    { language: 'en', paragraphs: paragraphsOf(findTexts(polnear, ['data/dev/text', 'dev/text', 'text', '.'])) },
    { language: 'ru', paragraphs: paragraphsOf(findTexts(nerel, ['NEREL-v1.1/dev', 'dev', '.'])) },
  ];

  const figures: Record<string, unknown> = {};
  for (const { language, paragraphs } of corpora) {
    if (paragraphs.length === 0) {
      console.log(`\n(no ${language} texts found, skipped)`);
      continue;
    }
    const rows = measureSizes(paragraphs, language, engine, analyzeArticle, runs);
    const at = (n: number) => rows[SIZES.indexOf(n as (typeof SIZES)[number])]!;
    const growth = at(8000).attributionMs / at(2000).attributionMs;
    const growthMin = at(8000).attributionMinMs / at(2000).attributionMinMs;
    const growthArticle = analyzeArticle ? at(8000).articleMs! / at(2000).articleMs! : null;

    console.log(`\n== ${language}: median ms per article (${CHUNKS_PER_SIZE} articles × ${runs} runs per size)`);
    printTable(
      ['words', 'analyzeAttribution', '(fastest)', 'analyzeArticle', 'regex tokenize', 'attribution / tokenize'],
      rows.map((r) => [r.words, r.attributionMs, r.attributionMinMs, r.articleMs, r.tokenizeMs, r.ratio]),
    );
    console.log(
      `2,000 words: ${at(2000).attributionMs.toFixed(1)} ms attribution` +
        (analyzeArticle ? `, ${at(2000).articleMs!.toFixed(1)} ms whole analysis` : '') +
        `; growth 8000/2000 = ${growth.toFixed(2)} (fastest runs ${growthMin.toFixed(2)}; 4 = linear)` +
        (growthArticle ? `, whole analysis ${growthArticle.toFixed(2)}` : ''),
    );
    // The 50,000-word page: median of a few runs after a warm-up; linear growth from 2,000 words would be ×25.
    const page = articleFromText(buildChunk(paragraphs, PAGE_WORDS, 0), { langHint: language });
    engine(page, language);
    const pageAttribution = median(Array.from({ length: PAGE_RUNS }, () => time(() => engine(page, language))));
    const pageWhole = analyzeArticle ? median(Array.from({ length: PAGE_RUNS }, () => time(() => analyzeArticle(page)))) : null;
    console.log(
      `50,000-word page: ${pageAttribution.toFixed(1)} ms attribution` +
        (pageWhole !== null ? `, ${pageWhole.toFixed(1)} ms whole analysis` : '') +
        `; ×${(pageAttribution / at(2000).attributionMs).toFixed(1)} the 2,000-word time (25 = linear)`,
    );
    figures[language] = {
      ms50000: round(pageAttribution),
      articleMs50000: pageWhole === null ? null : round(pageWhole),
      growth50000over2000: round(pageAttribution / at(2000).attributionMs),
      sizes: Object.fromEntries(rows.map((r) => [r.words, r])),
      ms2000: round(at(2000).attributionMs),
      articleMs2000: analyzeArticle ? round(at(2000).articleMs!) : null,
      growth8000over2000: round(growth),
      growthFastest8000over2000: round(growthMin),
      articleGrowth8000over2000: growthArticle === null ? null : round(growthArticle),
    };
  }
  printFigures(figures);
}

/** lib/analyze/index.ts's analyzeArticle, when it and everything it imports exist. */
async function loadAnalyzeArticle(): Promise<Timed | null> {
  try {
    const mod = (await import(new URL('../../lib/analyze/index.ts', import.meta.url).href)) as { analyzeArticle?: unknown };
    return typeof mod.analyzeArticle === 'function' ? (mod.analyzeArticle as Timed) : null;
  } catch {
    return null;
  }
}

function findTexts(root: string, candidates: string[]): string[] {
  for (const c of candidates) {
    const dir = path.join(root, c);
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    if (files.length) return files.map((f) => readFileSync(path.join(dir, f), 'utf8'));
  }
  return [];
}

function paragraphsOf(texts: string[]): string[] {
  return texts.flatMap((t) => t.split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean));
}

/**
 * The `k`-th article of about `words` words: paragraphs taken in order from a start that differs
 * per chunk, the last one cut so the total is exact.
 */
function buildChunk(paragraphs: string[], words: number, k: number): string {
  const out: string[] = [];
  let count = 0;
  let i = Math.floor((k * paragraphs.length) / CHUNKS_PER_SIZE);
  while (count < words) {
    const p = paragraphs[i++ % paragraphs.length]!;
    const w = p.split(/\s+/);
    const take = w.slice(0, words - count);
    out.push(take.join(' '));
    count += take.length;
  }
  return out.join('\n\n');
}

/**
 * Times every size round-robin (run 1 of each size, then run 2…), so a load spike from other
 * processes falls on all sizes alike instead of inflating one of them.
 */
function measureSizes(
  paragraphs: string[],
  language: string,
  engine: AnalyzeAttribution,
  analyzeArticle: Timed | null,
  runs: number,
): SizeFigures[] {
  const cases = SIZES.flatMap((words) =>
    Array.from({ length: CHUNKS_PER_SIZE }, (_, k) => ({
      words,
      article: articleFromText(buildChunk(paragraphs, words, k), { langHint: language }),
    })),
  );
  const samples = new Map(SIZES.map((w) => [w as number, { attribution: [] as number[], whole: [] as number[], tokenize: [] as number[] }]));
  // Warm-up: the JIT sees every code path before anything is timed.
  for (const c of cases) engine(c.article, language);
  for (let r = 0; r < runs; r++) {
    for (const c of cases) {
      const s = samples.get(c.words)!;
      s.attribution.push(time(() => engine(c.article, language)));
      if (analyzeArticle) s.whole.push(time(() => analyzeArticle(c.article)));
      s.tokenize.push(timeReference(c.article.text));
    }
  }
  return SIZES.map((words) => {
    const s = samples.get(words)!;
    const attributionMs = median(s.attribution);
    const tokenizeMs = median(s.tokenize);
    return {
      words,
      attributionMs: round(attributionMs),
      attributionMinMs: round(Math.min(...s.attribution)),
      articleMs: analyzeArticle ? round(median(s.whole)) : null,
      tokenizeMs: round(tokenizeMs, 4),
      ratio: round(attributionMs / tokenizeMs, 1),
    };
  });
}

/** Milliseconds of one call. */
function time(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** Milliseconds of one regex word-tokenisation pass, averaged over enough repetitions to time. */
function timeReference(text: string): number {
  let sink = 0;
  let reps = 0;
  const started = performance.now();
  while (performance.now() - started < MIN_REFERENCE_MS || reps < 3) {
    sink += (text.match(WORD) ?? []).length;
    reps++;
  }
  if (sink < 0) console.log(sink); // keeps the work observable
  return (performance.now() - started) / reps;
}

function round(v: number, digits = 2): number {
  return Number(v.toFixed(digits));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
