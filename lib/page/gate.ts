/**
 * Detection's gate: a cheap reading of about what a minimal content script reads anyway (tag counts, og:type,
 * JSON-LD types, the path, then paragraph text lengths), run by the every-page probe before anything else, in
 * stages (GATE_STAGES). Its score is a small logistic model of the full detector's verdict; a page scoring under the
 * gate's threshold is one the detector would almost surely refuse, so the probe stops there and detection's
 * first stage (detect.ts) is never loaded. Everything else goes on to the first stage, which decides.
 * Weights and threshold are fitted by scripts/eval/gate.ts with folds by site, so that the gate refuses
 * almost none of the articles the detector accepts.
 */
import type { Detection } from '../schema/article';

/**
 * Paragraphs read, at most: the first hundred tell a story from a listing as well as three hundred did (2026-12-05
 * refit, session 14: held out, the same articles refused and one more non-article stopped), and a long page's
 * reading costs a third.
 */
const MAX_PARAGRAPHS = 100;
/** A paragraph shorter than this (characters) is a label, teaser or caption, not running text. */
const PARAGRAPH_CHARS = 30;
/** A paragraph this long (characters) is a paragraph of a story or an essay. */
const LONG_PARAGRAPH_CHARS = 200;
/**
 * Tags counted, each per prose paragraph: docs show code, shops and apps buttons and icons, cards and navigation.
 * Counted natively (a collection's length): no element is touched, but each count walks the whole document, so
 * only counts that weigh are read (list items, `<h2>`s, inputs, times and line breaks were dropped in the
 * 2026-12-05 refit, `<pre>` and `<img>` in the session-11 one, `<h1>` in session 12: the held-out figures stayed the
 * same or got better without them).
 */
export const COUNTED = ['button', 'code', 'nav'] as const;
/** …and those read only if the first reading of the text and the first three counts did not stop the page. */
export const COUNTED_LAST = ['table', 'svg', 'span'] as const;
/** JSON-LD blocks read, at most. */
const MAX_LD = 8;
/** og:type values that declare an article (detect.ts reads them too). */
export const ARTICLE_OG_TYPES = new Set(['article', 'news', 'blog', 'newsarticle']);
/**
 * A JSON-LD type of an article (`Article`, `NewsArticle`, `BlogPosting`, `Report`, …), found in the raw text as a
 * type name's end and its closing quote. Plain substring searches: on every page a regex is compiled anew.
 */
const LD_ARTICLE = ['Article"', 'BlogPosting"', 'Report"'];
/** …and of pages that are not articles (products, listings, profiles, Q&A, forums, apps, events, jobs, recipes), quoted. */
const LD_OTHER = ['"Product"', '"CollectionPage"', '"SearchResultsPage"', '"ItemList"', '"OfferCatalog"', '"ProfilePage"', '"QAPage"', '"DiscussionForumPosting"', '"SoftwareApplication"', '"Event"', '"JobPosting"', '"Recipe"'];
/** Declarations read in the page's `<head>` only (a few dozen elements), not the whole document. */
const AUTHOR_META = 'meta[name="author"],meta[property="article:author"]';
const PUBLISHED_META = 'meta[property="article:published_time"],meta[name="pubdate"],meta[itemprop="datePublished"],meta[property="article:modified_time"]';
const LARGE_CARD_META = 'meta[name="twitter:card"][content="summary_large_image"]';

/**
 * The gate reads a page in stages, each reading more (each native count walks the whole document) and scoring every
 * value read so far with its own weights; a page scoring under a stage's threshold is stopped there:
 * - stage 0: counts and declarations only, no text (the number of `<p>` and `<a>` elements, og:type, the head's
 *   declarations, JSON-LD, the path);
 * - stage 1: the paragraphs' text and three tag counts (buttons, code, navigation);
 * - stage 2: three more tag counts and the `<article>`s; its threshold is the gate's.
 * The first two stages' thresholds are set to refuse fewer articles than the last's (held out, stage 0 alone stops
 * ~30% of the non-articles, stages 0 and 1 ~55%, all three ~69%, refusing 1, 3 and 8 of 2,252 accepted articles).
 * The first two stages also let a page through early, unread further, when it scores at or over their upper
 * threshold (`early`), set so that few pages the whole gate would stop go on (held out: 47.7% of the accepted
 * articles pass at stage 0 and 50.3% at stage 1, skipping the text and the counts or the last counts; 5 of the 712
 * non-articles that the whole gate stops pass early, 0.7%, each paying a serialise and a send, ~1.5 ms).
 * Weights and thresholds fitted 2026-12-05, session 14 (`npx tsx scripts/eval/gate.ts`, see its header). Each
 * feature is 1 when a yes/no reading holds, else a measure. The weights are in GATE_FEATURES order, one per feature
 * the stage has read (lines as GATE_FEATURES'): the probe scores with them by position, and ships no feature name
 * (`namedWeights` names them, for the explanation, the fit and the tests).
 */
export const GATE_STAGES: readonly GateStage[] = [
  {
    length: 16,
    threshold: -3.05,
    early: 0.75,
    weights: [
      -1.88, -0.01, -0.06,
      1.57, 1.51, -0.16, -0.9, -1.82, 2.91, -2.05,
      -2.48, -2.56, 0.42, 1.26, 1.65, 1.79,
    ],
  },
  {
    length: 26,
    threshold: -2.02,
    early: 0.49,
    weights: [
      -0.89, 0.12, 0.32,
      1.47, 1.36, -0.34, -0.27, -1.3, 2.72, -1.49,
      -1.87, -1.35, 1.09, 0.94, 0.9, 0.95,
      0.04, -1.09, -0.77, 1.25, 0.94, 0.54, -0.56, -2.83, -2.8, -2.19,
    ],
  },
  {
    length: 31,
    threshold: -0.37,
    weights: [
      -1.25, 0.08, 0.56,
      1.38, 1.5, -0.31, -0.21, -1.09, 2.65, -1.24,
      -1.73, -0.93, 1.19, 0.78, 0.83, 0.99,
      -0.03, -1.18, -0.58, 1.12, 1.13, 0.45, -0.43, -2.32, -2.76, -1.77,
      1.6, -0.86, -0.49, 0.66, -0.6,
    ],
  },
];

/**
 * The features, in the order the page reading gives their values: stage 0's first, then stage 1's, then stage 2's
 * (GATE_STAGES' lengths). A reading is one array of numbers made by plain loops: on a page the gate stops, the probe runs in a
 * fresh world where every function is compiled on its first call and every property access is first seen, so the
 * fewer of each, the cheaper the page (the named record is made only for the explanation and the fit). The tags
 * counted are named as COUNTED and COUNTED_LAST (written out, not spread: a spread would stay in the probe).
 */
export const GATE_FEATURES = [
  'no-p', 'all-paragraphs', 'links',
  'og-article', 'head-author', 'published', 'large-card', 'ld', 'ld-article', 'ld-other',
  'homepage', 'path-depth', 'long-slug', 'numeric-id', 'year-path', 'slug-length',
  'no-paragraphs', 'paragraphs', 'long-paragraphs', 'cluster', 'cluster-share', 'prose', 'longest', 'button', 'code', 'nav',
  'table', 'svg', 'span', 'one-article', 'many-articles',
] as const;
/** Where GATE_FEATURES has the values the readings and the late checks read back (positions, so the probe ships no name). */
export const ALL_PARAGRAPHS_AT = 1;
export const LINKS_AT = 2;
export const PARAGRAPHS_AT = 17;

/** A stage: how many of GATE_FEATURES it has read (the first), its weights (in their order) and its threshold. */
export interface GateStage {
  length: number;
  weights: readonly number[];
  threshold: number;
  /** Over this score the page goes straight on to detection, the later stages unread (the first stages only). */
  early?: number;
}

/** A stage's weights by feature name (those not 0). */
export function namedWeights(stage: GateStage): Record<string, number> {
  const named: Record<string, number> = {};
  stage.weights.forEach((w, i) => {
    if (w) named[GATE_FEATURES[i]!] = w;
  });
  return named;
}

/**
 * Stage 0's reading: counts and declarations, no text (values in GATE_FEATURES order). A parenthesised function
 * expression: V8 compiles it with the script instead of parsing it twice (a pre-parse at load, the full parse at the
 * first call, which was ~0.3 ms of the probe's gate step on every page); it is called on every page, so nothing is
 * compiled in vain.
 */
const countsAndDeclarations = (function countsAndDeclarations(doc: Document, ps: HTMLCollectionOf<Element>, url: string, values: number[]): void {
  // The whole document's elements, not the body's: DOMs that do not repair broken pages leave text outside it.
  // Each native count walks the document; the links are counted here for the probe's late checks (gateGrowth).
  values.push(ps.length ? 0 : 1, Math.log1p(ps.length), Math.log1p(doc.getElementsByTagName('a').length));
  // (linkedom's `head` throws on a document without a root; a browser's is null.)
  const head = doc.documentElement ? doc.head : null;
  const og = (head ?? doc).querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
  values.push(og && ARTICLE_OG_TYPES.has(og) ? 1 : 0);
  values.push(head?.querySelector(AUTHOR_META) ? 1 : 0, head?.querySelector(PUBLISHED_META) ? 1 : 0, head?.querySelector(LARGE_CARD_META) ? 1 : 0);
  const lds = doc.querySelectorAll('script[type="application/ld+json"]');
  let ldArticle = 0;
  let ldOther = 0;
  for (let i = 0; i < lds.length && i < MAX_LD; i++) {
    const text = lds[i]!.textContent ?? '';
    for (let k = 0; k < LD_ARTICLE.length && !ldArticle; k++) if (text.includes(LD_ARTICLE[k]!)) ldArticle = 1;
    for (let k = 0; k < LD_OTHER.length && !ldOther; k++) if (text.includes(LD_OTHER[k]!)) ldOther = 1;
  }
  values.push(lds.length ? 1 : 0, ldArticle, ldOther);
  // The path's shape, read with string operations (not regexes, not a URL object): the homepage, how deep the page
  // sits, a slug of several words (`/2024/05/mayor-wins-vote`), a long number, a year, the slug's length.
  const scheme = url.indexOf('://');
  if (scheme <= 0) {
    values.push(0, 0, 0, 0, 0, 0);
    return;
  }
  let end = url.length;
  const queryAt = url.indexOf('?', scheme + 3);
  const hashAt = url.indexOf('#', scheme + 3);
  if (queryAt >= 0) end = queryAt;
  if (hashAt >= 0 && hashAt < end) end = hashAt;
  const slash = url.indexOf('/', scheme + 3);
  const path = slash < 0 || slash >= end ? '/' : url.slice(slash, end);
  let segments = 0;
  let last = '';
  let year = 0;
  for (let from = 0; from < path.length; ) {
    let to = path.indexOf('/', from);
    if (to < 0) to = path.length;
    if (to > from) {
      segments++;
      last = path.slice(from, to);
      if (to - from === 4) {
        const n = +last;
        if (n >= 1995 && n <= 2030) year = 1;
      }
    }
    from = to + 1;
  }
  // The last segment without a final `.ext` of word characters (as `/\.\w+$/`).
  const dot = last.lastIndexOf('.');
  if (dot >= 0 && dot < last.length - 1) {
    let word = true;
    for (let i = dot + 1; i < last.length && word; i++) {
      const c = last.charCodeAt(i);
      word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    }
    if (word) last = last.slice(0, dot);
  }
  // Words of the slug (parts between `-`, `_`, `+`) and its longest run of digits, in one pass.
  let words = 0;
  let inWord = false;
  let run = 0;
  let digits = 0;
  for (let i = 0; i < last.length; i++) {
    const c = last.charCodeAt(i);
    const separator = c === 45 || c === 95 || c === 43;
    if (!separator && !inWord) words++;
    inWord = !separator;
    run = c >= 48 && c <= 57 ? run + 1 : 0;
    if (run > digits) digits = run;
  }
  values.push(
    segments === 0 || (segments === 1 && last.toLowerCase() === 'index') ? 1 : 0, (segments < 6 ? segments : 6) / 6,
    words >= 4 ? 1 : 0, digits >= 5 ? 1 : 0, year, (last.length < 100 ? last.length : 100) / 100,
  );
});

/** Stage 1's reading, added to stage 0's values: the paragraphs' text and the first tag counts. Compiled with the script, as above. */
const textAndTags = (function textAndTags(doc: Document, ps: HTMLCollectionOf<Element>, url: string, values: number[]): void {
  const read = ps.length < MAX_PARAGRAPHS ? ps.length : MAX_PARAGRAPHS;
  let prose = 0;
  let paragraphs = 0;
  let long = 0;
  let longest = 0;
  // Prose under one parent: a story holds its paragraphs together, a listing spreads its teasers over cards.
  const byParent = new Map<Element | null, number>();
  let cluster = 0;
  for (let i = 0; i < read; i++) {
    const p = ps[i]!;
    // Untrimmed: the surrounding whitespace of indented markup is a few characters, and trimming each paragraph's
    // text cost ~0.015 ms a page for nothing the refit could tell apart.
    const length = (p.textContent ?? '').length;
    if (length > longest) longest = length;
    if (length < PARAGRAPH_CHARS) continue;
    prose += length;
    paragraphs++;
    if (length >= LONG_PARAGRAPH_CHARS) long++;
    const parent = p.parentElement;
    const together = (byParent.get(parent) ?? 0) + length;
    byParent.set(parent, together);
    if (together > cluster) cluster = together;
  }
  values.push(
    paragraphs === 0 ? 1 : 0, Math.log1p(paragraphs), Math.log1p(long), Math.log1p(cluster / 100), cluster / (prose > 1 ? prose : 1),
    Math.log1p(prose / 100), Math.log1p(longest / 100),
  );
  // Counted natively (a collection's length): no element is touched.
  for (let i = 0; i < COUNTED.length; i++) values.push(Math.log1p(doc.getElementsByTagName(COUNTED[i]!).length / (paragraphs + 1)));
});

/** Stage 2's reading: the last tag counts, per prose paragraph as stage 1's (read back from its values), and the `<article>`s. */
const lastTags = (function lastTags(doc: Document, ps: HTMLCollectionOf<Element>, url: string, values: number[]): void {
  const paragraphs = Math.round(Math.expm1(values[PARAGRAPHS_AT]!));
  for (let i = 0; i < COUNTED_LAST.length; i++) values.push(Math.log1p(doc.getElementsByTagName(COUNTED_LAST[i]!).length / (paragraphs + 1)));
  const articles = doc.getElementsByTagName('article').length;
  values.push(articles === 1 ? 1 : 0, articles >= 4 ? 1 : 0);
});
/** Each stage's reading, in GATE_STAGES order. */
const READINGS = [countsAndDeclarations, textAndTags, lastTags];

/** The gate's whole reading of a page (every stage's), as values in GATE_FEATURES order. */
export function gateValues(doc: Document, url: string): number[] {
  const ps = doc.getElementsByTagName('p');
  const values: number[] = [];
  for (const reading of READINGS) reading(doc, ps, url, values);
  return values;
}

/**
 * The page's paragraphs and links at the reading, from its values (each read as `log1p` of its count): what the
 * probe's late checks compare with, so a stopped page is not counted again.
 */
export function gateGrowth(values: readonly number[]): number {
  return Math.round(Math.expm1(values[ALL_PARAGRAPHS_AT] ?? 0)) + Math.round(Math.expm1(values[LINKS_AT] ?? 0));
}

/** The values as named features (those that are not 0). */
export function namedFeatures(values: readonly number[]): Record<string, number> {
  const f: Record<string, number> = {};
  GATE_FEATURES.forEach((name, i) => {
    if (values[i]) f[name] = values[i]!;
  });
  return f;
}

/** What the gate reads, as named features (the fit's and the tests' view of `gateValues`). */
export function gateFeatures(doc: Document, url: string): Record<string, number> {
  return namedFeatures(gateValues(doc, url));
}

/** The gate's score of its features. */
export function gateScore(f: Readonly<Record<string, number>>, weights: Readonly<Record<string, number>>): number {
  let sum = 0;
  for (const name in f) sum += (weights[name] ?? 0) * f[name]!;
  return sum;
}

/**
 * The gate's verdict on a page: the stage that decided (where it stopped or passed early; the last when it passed
 * every stage), the values read (GATE_FEATURES order, up to that stage's) and that stage's score.
 */
export interface GateReading {
  pass: boolean;
  stage: number;
  score: number;
  values: number[];
}

/**
 * Reads the page a stage at a time, and stops at the first stage that scores it under its threshold, or lets it
 * through at the first that scores it at or over its upper threshold (`early`; the last stage has none): whether
 * it may be an article (then detection's first stage decides), and
 * why. Compiled with the script, as the readings.
 */
export const readGate = (function readGate(doc: Document, url: string): GateReading {
  try {
    const ps = doc.getElementsByTagName('p');
    const values: number[] = [];
    let score = 0;
    for (let k = 0; k < GATE_STAGES.length; k++) {
      const { weights, threshold, early } = GATE_STAGES[k]!;
      READINGS[k]!(doc, ps, url, values);
      score = 0;
      for (let i = 0; i < values.length; i++) score += weights[i]! * values[i]!;
      if (score < threshold) return { pass: false, stage: k, score, values };
      if (early !== undefined && score >= early) return { pass: true, stage: k, score, values };
    }
    return { pass: true, stage: GATE_STAGES.length - 1, score, values };
  } catch {
    // A page the gate cannot read is left to detection, which never throws either.
    return { pass: true, stage: GATE_STAGES.length - 1, score: 0, values: [] };
  }
});

/** The verdict on a page the gate stops: not an article, the deciding stage's score as its one named signal. */
export function gateDetection(reading: { stage: number; score: number; values: readonly number[] }): Detection {
  const stage = GATE_STAGES[reading.stage] ?? GATE_STAGES[GATE_STAGES.length - 1]!;
  const { threshold } = stage;
  const weights = namedWeights(stage);
  // The readings that weighed most, either way, each with its share of the score.
  const shares = Object.entries(namedFeatures(reading.values))
    .map(([name, value]): [string, number] => [name, Math.round((weights[name] ?? 0) * value * 100) / 100])
    .filter(([, share]) => share !== 0)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  const shown = shares.map(([name, share]) => `${name} ${share > 0 ? '+' : ''}${share}`).join(', ');
  const detail = `gate stage ${reading.stage} score ${Math.round(reading.score * 100) / 100} < ${threshold}: ${shown}`;
  return { isArticle: false, score: 0, signals: [{ name: 'gate:not-article', weight: 0, detail: detail.slice(0, 200) }] };
}
