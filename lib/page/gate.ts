/**
 * Detection's gate: one cheap pass over about what a minimal content script reads anyway (paragraph text
 * lengths, a few tag counts, `<h1>`s, og:type, JSON-LD types, the path), run by the every-page probe before
 * anything else. Its score is a small logistic model of the full detector's verdict; a page scoring under the
 * gate's threshold is one the detector would almost surely refuse, so the probe stops there and detection's
 * first stage (detect.ts) is never loaded. Everything else goes on to the first stage, which decides.
 * Weights and threshold are fitted by scripts/eval/gate.ts with folds by site, so that the gate refuses
 * almost none of the articles the detector accepts.
 */
import type { Detection } from '../schema/article';

/** Paragraphs read, at most (as the first stage). */
const MAX_PARAGRAPHS = 300;
/** A paragraph shorter than this (characters) is a label, teaser or caption, not running text. */
const PARAGRAPH_CHARS = 30;
/** A paragraph this long (characters) is a paragraph of a story or an essay. */
const LONG_PARAGRAPH_CHARS = 200;
/**
 * Tags counted, each per prose paragraph: docs show code, shops and apps buttons and icons, cards and navigation.
 * Counted natively (a collection's length): no element is touched, but each count walks the whole document, so
 * only counts that weigh are read (list items, `<h2>`s, inputs, times and line breaks were dropped in the
 * 2026-12-05 refit, `<pre>` and `<img>` in the session-11 one: the held-out figures stayed the same without them).
 */
const COUNTED = ['code', 'button', 'table', 'nav', 'svg', 'span'] as const;
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
 * The gate's weights (fitted 2026-12-05, session 11: `npx tsx scripts/eval/gate.ts`, see its header) and its threshold:
 * a page scoring below it is not an article. Each feature is 1 when a yes/no reading holds, else a measure.
 */
export const GATE_WEIGHTS: Readonly<Record<string, number>> = {
  'all-paragraphs': 0.17,
  'button': -2.31,
  'cluster': 1.03,
  'cluster-share': 1.42,
  'code': -2.55,
  'head-author': 1.49,
  'headline': 1.42,
  'homepage': -1.83,
  'large-card': -0.21,
  'ld': -1.14,
  'ld-article': 2.67,
  'ld-other': -1.16,
  'links': 0.57,
  'long-paragraphs': -0.5,
  'long-slug': 1.08,
  'longest': -0.35,
  'many-articles': -0.54,
  'nav': -1.84,
  'no-h1': 0.76,
  'no-paragraphs': -0.48,
  'numeric-id': 0.75,
  'og-article': 1.32,
  'one-article': 0.81,
  'one-h1': -0.54,
  'paragraphs': -1.15,
  'path-depth': -1.05,
  'prose': 0.35,
  'published': -0.32,
  'slug-length': 0.81,
  'span': -0.46,
  'svg': -0.95,
  'table': 1.39,
  'year-path': 0.81,
};
export const GATE_THRESHOLD = -0.11;

/**
 * The features, in the order the page reading gives their values (`gateValues`). A reading is one array of
 * numbers made by one function with plain loops: on a page the gate stops, the probe runs in a fresh world where
 * every function is compiled on its first call and every property access is first seen, so the fewer of each,
 * the cheaper the page (the named record is made only for the explanation and the fit).
 */
export const GATE_FEATURES = [
  'no-paragraphs', 'paragraphs', 'long-paragraphs', 'cluster', 'cluster-share', 'prose', 'all-paragraphs', 'longest',
  ...COUNTED,
  'links', 'one-article', 'many-articles', 'no-h1', 'headline', 'one-h1',
  'og-article', 'head-author', 'published', 'large-card', 'ld', 'ld-article', 'ld-other',
  'homepage', 'path-depth', 'long-slug', 'numeric-id', 'year-path', 'slug-length',
] as const;

/**
 * The gate's reading of a page, as values in GATE_FEATURES order. A parenthesised function expression: V8 compiles
 * it with the script instead of parsing it twice (a pre-parse at load, the full parse at the first call, which
 * was ~0.3 ms of the probe's gate step on every page); it is called on every page, so nothing is compiled in vain.
 */
export const gateValues = (function gateValues(doc: Document, url: string): number[] {
  // The whole document's elements, not the body's: DOMs that do not repair broken pages leave text outside it.
  const ps = doc.getElementsByTagName('p');
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
    const length = (p.textContent ?? '').trim().length;
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
  const values = [
    paragraphs === 0 ? 1 : 0, Math.log1p(paragraphs), Math.log1p(long), Math.log1p(cluster / 100), cluster / (prose > 1 ? prose : 1),
    Math.log1p(prose / 100), Math.log1p(ps.length), Math.log1p(longest / 100),
  ];
  // Counted natively (a collection's length): no element is touched.
  for (let i = 0; i < COUNTED.length; i++) values.push(Math.log1p(doc.getElementsByTagName(COUNTED[i]!).length / (paragraphs + 1)));
  values.push(Math.log1p(doc.getElementsByTagName('a').length));
  const articles = doc.getElementsByTagName('article').length;
  values.push(articles === 1 ? 1 : 0, articles >= 4 ? 1 : 0);
  const h1s = doc.getElementsByTagName('h1');
  const headline = h1s.length ? (h1s[0]!.textContent ?? '').trim().length : 0;
  values.push(h1s.length === 0 ? 1 : 0, h1s.length ? (headline < 60 ? headline : 60) / 60 : 0, h1s.length === 1 ? 1 : 0);
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
    return values;
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
  return values;
});

/**
 * The page's paragraphs and links at the reading, from its values (each read as `log1p` of its count): what the
 * probe's late checks compare with, so a stopped page is not counted again.
 */
export function gateGrowth(values: readonly number[]): number {
  let count = 0;
  for (const name of ['all-paragraphs', 'links'] as const) count += Math.round(Math.expm1(values[GATE_FEATURES.indexOf(name)] ?? 0));
  return count;
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
export function gateScore(f: Readonly<Record<string, number>>, weights: Readonly<Record<string, number>> = GATE_WEIGHTS): number {
  let sum = 0;
  for (const name in f) sum += (weights[name] ?? 0) * f[name]!;
  return sum;
}

/** The gate's verdict on a page: its values (GATE_FEATURES order) and their score. */
export interface GateReading {
  pass: boolean;
  score: number;
  values: number[];
}

/** Reads the page once: whether it may be an article (then detection's first stage decides), and why. Compiled with the script, as gateValues. */
export const readGate = (function readGate(doc: Document, url: string): GateReading {
  try {
    const values = gateValues(doc, url);
    let score = 0;
    for (let i = 0; i < values.length; i++) if (values[i]) score += (GATE_WEIGHTS[GATE_FEATURES[i]!] ?? 0) * values[i]!;
    return { pass: score >= GATE_THRESHOLD, score, values };
  } catch {
    // A page the gate cannot read is left to detection, which never throws either.
    return { pass: true, score: 0, values: [] };
  }
});

/** The verdict on a page the gate stops: not an article, the gate's score as its one named signal. */
export function gateDetection(reading: { score: number; values: readonly number[] }): Detection {
  // The readings that weighed most, either way, each with its share of the score.
  const shares = Object.entries(namedFeatures(reading.values))
    .map(([name, value]): [string, number] => [name, Math.round((GATE_WEIGHTS[name] ?? 0) * value * 100) / 100])
    .filter(([, share]) => share !== 0)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  const shown = shares.map(([name, share]) => `${name} ${share > 0 ? '+' : ''}${share}`).join(', ');
  const detail = `gate score ${Math.round(reading.score * 100) / 100} < ${GATE_THRESHOLD}: ${shown}`;
  return { isArticle: false, score: 0, signals: [{ name: 'gate:not-article', weight: 0, detail: detail.slice(0, 200) }] };
}
