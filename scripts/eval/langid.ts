/**
 * Language identification on the langid sentences (lingua-py's test data from the Leipzig corpora).
 *
 * Each language's sentences are split in two halves: A (1st, 3rd, 5th... sentence) is the half the
 * evidence weights may be tuned on (`--tune`), B is the held-out half they are judged on. For each
 * half: Byline without a hint, plain franc restricted to the languages Byline supports, plain franc
 * restricted to the bar languages (the comparison), and the published CLD3 figure for the
 * same corpus. Then, on all sentences: short passages (3 sentences) and articles (25 sentences) with
 * the true and with a misleading page declaration, and the median time on a 2,000-word text.
 *
 * Last, a check on text of another kind: news sentences from the attribution corpora next to the
 * langid folder (KazNERD kk, NEREL dev ru, PolNeAR dev en), never used for tuning.
 *
 *   npm run eval:langid -- [folder] [--tune]     (default ../shared/datasets/langid)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { franc } from 'franc';
import {
  DEFAULT_WEIGHTS,
  detectLanguage,
  detectLanguageWeighted,
  SUPPORTED_LANGUAGES,
  type EvidenceWeights,
} from '../../lib/analyze/language';
import { PROFILES } from '../../lib/lang/language-id/profiles';
import { datasetArg, median, printFigures, printTable } from '../lib/report';

/** Sentences joined into one "article" (~25 sentences = 400-600 words) and one short passage. */
const ARTICLE_SENTENCES = 25;
const PASSAGE_SENTENCES = 3;
const TIMING_WORDS = 2000;
const TIMING_RUNS = 200;
/** The languages the bar is set on. */
const BAR_LANGUAGES = ['kk', 'ru', 'uk', 'be', 'en', 'de', 'fr', 'es', 'cs'];
/** A misleading page declaration per language: its most confusable neighbour (Kazakh sites declaring ru...). */
const MISLEADING_HINT: Record<string, string> = {
  kk: 'ru', ru: 'kk', uk: 'ru', be: 'ru', bg: 'ru', mk: 'bg', sr: 'mk', ky: 'kk', mn: 'ky',
  en: 'fr', de: 'nl', fr: 'en', es: 'pt', pt: 'es', it: 'es', nl: 'de', pl: 'cs', cs: 'pl', tr: 'en',
};
/** franc's codes for the languages whose script alone decides in Byline (no franc code in the profiles). */
const FRANC_CODES: Record<string, string> = { el: 'ell', hy: 'hye', he: 'heb', ka: 'kat', th: 'tha', ko: 'kor', ja: 'jpn', zh: 'cmn' };
/** The CSV names languages in English ("Kazakh"); a few differ from Intl's names. */
const NAME_OVERRIDES: Record<string, string> = { nb: 'Bokmal', nn: 'Nynorsk', sl: 'Slovene', st: 'Sotho' };

type Half = 'A' | 'B';
type Detect = (text: string, hint?: string | null) => string;

function readCld3(dir: string): Map<string, number> {
  const file = path.join(dir, 'peer-accuracy-sentences.csv');
  const peers = new Map<string, number>();
  if (!existsSync(file)) return peers;
  const [header, ...rows] = readFileSync(file, 'utf8').trim().split('\n');
  const iName = header!.split(',').indexOf('language');
  const iCld3 = header!.split(',').indexOf('cld3');
  for (const row of rows) {
    const cells = row.split(',');
    const x = Number(cells[iCld3]);
    if (!Number.isNaN(x)) peers.set(cells[iName]!, x / 100);
  }
  return peers;
}

const displayNames = new Intl.DisplayNames(['en'], { type: 'language' });
const englishName = (code: string): string => NAME_OVERRIDES[code] ?? displayNames.of(code) ?? code;

/** Plain franc, restricted to the given ISO 639-1 languages, answering in ISO 639-1. */
function francRestrictedTo(codes: readonly string[]): Detect {
  const to3 = new Map<string, string>();
  for (const code of codes) to3.set(code, PROFILES.find((p) => p.code === code && p.franc)?.franc ?? FRANC_CODES[code] ?? code);
  const back = new Map([...to3].map(([two, three]) => [three, two]));
  const only = [...to3.values()];
  return (text) => back.get(franc(text, { only, minLength: 1 })) ?? 'und';
}

function readSentences(dir: string, code: string): string[] {
  return readFileSync(path.join(dir, `${code}.txt`), 'utf8')
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
}

const half = (sentences: string[], h: Half): string[] => sentences.filter((_, i) => i % 2 === (h === 'A' ? 0 : 1));

function accuracy(sentences: string[], code: string, detect: Detect, hint: string | null = null): number {
  if (sentences.length === 0) return NaN;
  let right = 0;
  for (const s of sentences) if (detect(s, hint) === code) right++;
  return right / sentences.length;
}

/** Consecutive sentences joined into texts of `size` sentences. */
function joined(sentences: string[], size: number): string[] {
  const texts: string[] = [];
  for (let i = 0; i + size <= sentences.length; i += size) texts.push(sentences.slice(i, i + size).join(' '));
  return texts;
}

/**
 * Grid search of the evidence weights on half A only: the objective is the worst language's margin
 * over franc restricted to the supported languages, then the mean accuracy. Prints the best few.
 */
function tune(corpus: Map<string, string[]>, francAll: Detect): void {
  const francA = new Map([...corpus].map(([code, s]) => [code, accuracy(half(s, 'A'), code, francAll)]));
  const results: { w: EvidenceWeights; worst: number; mean: number }[] = [];
  for (const alphabet of [6, 8, 10, 12, 15])
    for (const functionWord of [0, 0.5, 1, 2])
      for (const marker of [0, 1, 2, 3, 5]) {
        const w = { ...DEFAULT_WEIGHTS, alphabet, functionWord, marker };
        const detect: Detect = (t, h) => detectLanguageWeighted(t, h, w).language;
        let worst = Infinity;
        let sum = 0;
        for (const [code, s] of corpus) {
          const acc = accuracy(half(s, 'A'), code, detect);
          worst = Math.min(worst, acc - francA.get(code)!);
          sum += acc;
        }
        results.push({ w, worst, mean: sum / corpus.size });
      }
  results.sort((a, b) => b.mean - a.mean || b.worst - a.worst);
  console.log('Tuning on half A (best 10 by mean accuracy; worst = the lowest margin over franc-restricted)\n');
  printTable(
    ['alphabet', 'functionWord', 'marker', 'mean A', 'worst vs franc'],
    results.slice(0, 10).map((r) => [r.w.alphabet, r.w.functionWord, r.w.marker, round(r.mean), round(r.worst)]),
  );
  console.log(`\ncurrent defaults: ${JSON.stringify(DEFAULT_WEIGHTS)}\n`);
}

/** Sentences of a plain text: split after . ! ? and at line ends; short scraps dropped. */
function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((x) => x.trim())
    .filter((x) => x.length > 20);
}

function textFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** News sentences per language from the corpora beside the langid folder (whichever are there). */
function newsSentences(datasets: string): Map<string, string[]> {
  const news = new Map<string, string[]>();
  const kaznerd = path.join(datasets, 'kaznerd', 'IOB2_valid.txt');
  if (existsSync(kaznerd)) {
    // One token per line, sentences separated by blank lines; glue punctuation back to its word.
    const sentences = readFileSync(kaznerd, 'utf8')
      .split(/\n\s*\n/)
      .map((block) => block.split('\n').map((line) => line.split(' ')[0]).join(' ').replace(/ ([.,!?:;»)])/g, '$1').replace(/([«(]) /g, '$1'))
      .filter((x) => x.length > 20);
    news.set('kk', sentences);
  }
  const nerel = textFiles(path.join(datasets, 'nerel', 'NEREL-v1.1', 'dev')).flatMap((f) => splitSentences(readFileSync(f, 'utf8')));
  if (nerel.length) news.set('ru', nerel);
  const polnear = textFiles(path.join(datasets, 'polnear', 'data', 'dev', 'text')).flatMap((f) => splitSentences(readFileSync(f, 'utf8')));
  if (polnear.length) news.set('en', polnear);
  return news;
}

function main(): void {
  const argv = process.argv.slice(2);
  const dir = datasetArg(argv, 'langid');
  const cld3 = readCld3(dir);
  const sentenceDir = path.join(dir, 'sentences');
  const languages = SUPPORTED_LANGUAGES.filter((c) => existsSync(path.join(sentenceDir, `${c}.txt`)));
  const corpus = new Map(languages.map((c) => [c, readSentences(sentenceDir, c)]));
  const byline: Detect = (t, h) => detectLanguage(t, h).language;
  const francSupported = francRestrictedTo(SUPPORTED_LANGUAGES);
  const francBar = francRestrictedTo(BAR_LANGUAGES);
  if (argv.includes('--tune')) tune(corpus, francSupported);

  const rows: (string | number | null)[][] = [];
  const figures: Record<Half, Record<string, { byline: number; franc: number; francBar: number | null }>> = { A: {}, B: {} };
  const worseThanFranc: string[] = [];
  const shortOfCld3: string[] = [];
  const pageRows: (string | number | null)[][] = [];
  const pages: Record<string, Record<string, number>> = {};
  for (const [code, sentences] of corpus) {
    const bar = BAR_LANGUAGES.includes(code);
    const cells: (string | number | null)[] = [code];
    for (const h of ['A', 'B'] as const) {
      const s = half(sentences, h);
      const f = { byline: round(accuracy(s, code, byline)), franc: round(accuracy(s, code, francSupported)), francBar: bar ? round(accuracy(s, code, francBar)) : null };
      figures[h][code] = f;
      cells.push(f.byline, f.franc, f.francBar);
    }
    const b = figures.B[code]!;
    const peer = cld3.get(englishName(code)) ?? null;
    if (b.byline < b.franc || (b.francBar !== null && b.byline < b.francBar)) worseThanFranc.push(code);
    if (peer !== null && b.byline < peer - 1e-9) shortOfCld3.push(code);
    cells.push(peer, peer === null ? '–' : b.byline >= peer - 1e-9 ? 'yes' : 'NO');
    rows.push(cells);

    // Passages and articles with the true and with a misleading declaration (all sentences).
    const wrong = MISLEADING_HINT[code] ?? null;
    const passages = joined(sentences, PASSAGE_SENTENCES);
    const articles = joined(sentences, ARTICLE_SENTENCES);
    const p = {
      sentenceTrueHint: round(accuracy(sentences, code, byline, code)),
      sentenceWrongHint: wrong ? round(accuracy(sentences, code, byline, wrong)) : NaN,
      passage: round(accuracy(passages, code, byline)),
      passageWrongHint: wrong ? round(accuracy(passages, code, byline, wrong)) : NaN,
      article: round(accuracy(articles, code, byline)),
      articleWrongHint: wrong ? round(accuracy(articles, code, byline, wrong)) : NaN,
    };
    pages[code] = p;
    pageRows.push([code, p.sentenceTrueHint, wrong ? `${p.sentenceWrongHint.toFixed(3)} (${wrong})` : null, p.passage, wrong ? p.passageWrongHint : null, p.article, wrong ? p.articleWrongHint : null]);
  }

  console.log(`Sentence accuracy without a hint, half A (tuning) and half B (held out) (${dir})\n`);
  printTable(['lang', 'A byline', 'A franc', 'A franc-bar', 'B byline', 'B franc', 'B franc-bar', 'cld3', 'B ≥ CLD3?'], rows);
  console.log('\nfranc: plain franc restricted to the languages Byline supports. franc-bar: restricted to the bar languages only.');
  console.log('cld3: published accuracy on the same corpus (lingua-py), compared with the held-out half B.\n');
  printTable(['lang', 'sent. true hint', 'sent. wrong hint', '3-sent.', '3-sent. wrong', 'article', 'article wrong'], pageRows);
  console.log('\nwrong hint: a confusable neighbour declared instead (the text must still win).');

  const news = newsSentences(path.dirname(dir));
  const newsFigures: Record<string, { n: number; byline: number; francBar: number }> = {};
  for (const [code, sentences] of news) {
    newsFigures[code] = { n: sentences.length, byline: round(accuracy(sentences, code, byline)), francBar: round(accuracy(sentences, code, francBar)) };
  }
  if (news.size) {
    console.log('\nNews sentences from other corpora (never tuned on): KazNERD valid (kk), NEREL dev (ru), PolNeAR dev (en)\n');
    printTable(['lang', 'n', 'byline', 'franc-bar'], Object.entries(newsFigures).map(([c, f]) => [c, f.n, f.byline, f.francBar]));
  }

  const ruSentences = corpus.get('ru') ?? [];
  const words = ruSentences.join(' ').split(/\s+/).filter(Boolean).slice(0, TIMING_WORDS);
  const longText = words.join(' ');
  const times: number[] = [];
  for (let i = 0; i < TIMING_RUNS; i++) {
    const t0 = performance.now();
    detectLanguage(longText, 'ru-RU');
    times.push(performance.now() - t0);
  }
  const medianMs = median(times);
  console.log(`\nMedian time on a ${words.length}-word text: ${medianMs.toFixed(3)} ms (${TIMING_RUNS} runs)`);

  const mean = (h: Half, key: 'byline' | 'franc', only?: string[]) => {
    const values = Object.entries(figures[h])
      .filter(([c]) => !only || only.includes(c))
      .map(([, f]) => f[key]);
    return round(values.reduce((a, b) => a + b, 0) / values.length);
  };
  printFigures({
    weights: DEFAULT_WEIGHTS,
    heldOut: Object.fromEntries(Object.entries(figures.B).map(([c, f]) => [c, f.byline])),
    tuning: Object.fromEntries(Object.entries(figures.A).map(([c, f]) => [c, f.byline])),
    francHeldOut: Object.fromEntries(Object.entries(figures.B).map(([c, f]) => [c, f.franc])),
    francBarHeldOut: Object.fromEntries(Object.entries(figures.B).filter(([, f]) => f.francBar !== null).map(([c, f]) => [c, f.francBar])),
    meanHeldOut: mean('B', 'byline'),
    meanFrancHeldOut: mean('B', 'franc'),
    meanBarHeldOut: mean('B', 'byline', BAR_LANGUAGES),
    worseThanFranc,
    shortOfCld3,
    barShortOfCld3: shortOfCld3.filter((c) => BAR_LANGUAGES.includes(c)),
    pages: summarisePages(pages),
    news: newsFigures,
    medianMs2000Words: Number(medianMs.toFixed(3)),
  });
}

/** Per measure, the mean over languages of sentences with hints and the worst language on passages and articles. */
function summarisePages(pages: Record<string, Record<string, number>>): Record<string, number> {
  const values = (key: string) => Object.values(pages).map((p) => p[key]!).filter((v) => !Number.isNaN(v));
  const mean = (key: string) => round(values(key).reduce((a, b) => a + b, 0) / values(key).length);
  const worst = (key: string) => Math.min(...values(key));
  return {
    sentenceTrueHintMean: mean('sentenceTrueHint'),
    sentenceWrongHintMean: mean('sentenceWrongHint'),
    passageWorst: worst('passage'),
    passageWrongHintWorst: worst('passageWrongHint'),
    articleWorst: worst('article'),
    articleWrongHintWorst: worst('articleWrongHint'),
  };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

main();
