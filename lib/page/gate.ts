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
 * 2026-12-05 refit: the held-out figures stayed the same without them).
 */
const COUNTED = ['pre', 'code', 'button', 'img', 'table', 'nav', 'svg', 'span'];
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
const LD_OTHER = ['Product', 'CollectionPage', 'SearchResultsPage', 'ItemList', 'OfferCatalog', 'ProfilePage', 'QAPage', 'DiscussionForumPosting', 'SoftwareApplication', 'Event', 'JobPosting', 'Recipe'].map((t) => `"${t}"`);

/**
 * The gate's weights (fitted 2026-12-05: `npx tsx scripts/eval/gate.ts`, see its header) and its threshold:
 * a page scoring below it is not an article. Each feature is 1 when a yes/no reading holds, else a measure.
 */
export const GATE_WEIGHTS: Readonly<Record<string, number>> = {
  author: 1.43,
  button: -2.39,
  cluster: 1.13,
  'cluster-share': 1.33,
  code: -2.41,
  headline: 1.43,
  homepage: -1.98,
  img: 0.57,
  ld: -1.27,
  'ld-article': 2.75,
  'ld-other': -1.17,
  links: 0.44,
  'long-paragraphs': -0.5,
  'long-slug': 1.32,
  'many-articles': -0.57,
  nav: -1.71,
  'no-h1': 0.81,
  'no-paragraphs': -0.42,
  'numeric-id': 0.72,
  'og-article': 1.23,
  'one-article': 0.82,
  'one-h1': -0.51,
  paragraphs: -0.61,
  'path-depth': -0.79,
  pre: -0.18,
  span: -0.54,
  svg: -0.94,
  table: 0.99,
};
export const GATE_THRESHOLD = 0.2;

/** What the gate read, as features (named for the detection verdict's explanation). */
export function gateFeatures(doc: Document, url: string): Record<string, number> {
  const f: Record<string, number> = {};
  // The whole document's elements, not the body's: DOMs that do not repair broken pages leave text outside it.
  const ps = doc.getElementsByTagName('p');
  let prose = 0;
  let paragraphs = 0;
  let long = 0;
  // Prose under one parent: a story holds its paragraphs together, a listing spreads its teasers over cards.
  const byParent = new Map<Element | null, number>();
  let cluster = 0;
  for (let i = 0; i < ps.length && i < MAX_PARAGRAPHS; i++) {
    const length = (ps[i]!.textContent ?? '').trim().length;
    if (length < PARAGRAPH_CHARS) continue;
    prose += length;
    paragraphs++;
    if (length >= LONG_PARAGRAPH_CHARS) long++;
    const parent = ps[i]!.parentElement;
    const together = (byParent.get(parent) ?? 0) + length;
    byParent.set(parent, together);
    if (together > cluster) cluster = together;
  }
  if (paragraphs === 0) f['no-paragraphs'] = 1;
  f['paragraphs'] = Math.log1p(paragraphs);
  f['long-paragraphs'] = Math.log1p(long);
  f['cluster'] = Math.log1p(cluster / 100);
  f['cluster-share'] = cluster / Math.max(1, prose);
  const count = (tag: string) => doc.getElementsByTagName(tag).length;
  for (const tag of COUNTED) f[tag] = Math.log1p(count(tag) / (paragraphs + 1));
  f['links'] = Math.log1p(count('a'));
  const articles = count('article');
  if (articles === 1) f['one-article'] = 1;
  else if (articles >= 4) f['many-articles'] = 1;
  const h1s = doc.getElementsByTagName('h1');
  if (h1s.length === 0) f['no-h1'] = 1;
  else f['headline'] = Math.min(60, (h1s[0]!.textContent ?? '').trim().length) / 60;
  if (h1s.length === 1) f['one-h1'] = 1;
  metaFeatures(doc, f);
  const lds = doc.querySelectorAll('script[type="application/ld+json"]');
  if (lds.length) f['ld'] = 1;
  for (let i = 0; i < lds.length && i < MAX_LD; i++) {
    const text = lds[i]!.textContent ?? '';
    if (LD_ARTICLE.some((t) => text.includes(t))) f['ld-article'] = 1;
    if (LD_OTHER.some((t) => text.includes(t))) f['ld-other'] = 1;
  }
  pathFeatures(url, f);
  return f;
}

/**
 * The author and og:type declarations, in one walk over the `<meta>`s (two selector queries walked the whole
 * document twice where a page has neither): an author meta anywhere, og:type from the first that declares one.
 */
function metaFeatures(doc: Document, f: Record<string, number>): void {
  const metas = doc.getElementsByTagName('meta');
  let og: string | null = null;
  let ogSeen = false;
  for (let i = 0; i < metas.length; i++) {
    const meta = metas[i]!;
    const property = meta.getAttribute('property');
    if (property === 'article:author' || meta.getAttribute('name') === 'author') f['author'] = 1;
    if (property === 'og:type' && !ogSeen) {
      ogSeen = true;
      og = meta.getAttribute('content');
    }
  }
  og = og?.trim().toLowerCase() ?? null;
  if (og && ARTICLE_OG_TYPES.has(og)) f['og-article'] = 1;
}

/**
 * The path's shape: the homepage, how deep the page sits, a slug of several words (`/2024/05/mayor-wins-vote`).
 * Read with string operations, not regexes or a URL object: this runs on every page, in a fresh world.
 */
function pathFeatures(url: string, f: Record<string, number>): void {
  const path = pathOf(url);
  if (path === null) return;
  const segments = path.split('/').filter(Boolean);
  const last = dropExtension(segments[segments.length - 1] ?? '');
  if (segments.length === 0 || (segments.length === 1 && last.toLowerCase() === 'index')) f['homepage'] = 1;
  f['path-depth'] = Math.min(segments.length, 6) / 6;
  if (slugWords(last) >= 4) f['long-slug'] = 1;
  if (longestDigitRun(last) >= 5) f['numeric-id'] = 1;
}

/** The path of an absolute URL (as `new URL(url).pathname` for the serialised addresses a browser gives), null if none. */
function pathOf(url: string): string | null {
  const scheme = url.indexOf('://');
  if (scheme <= 0) return null;
  let end = url.length;
  for (const stop of ['?', '#']) {
    const at = url.indexOf(stop, scheme + 3);
    if (at >= 0 && at < end) end = at;
  }
  const slash = url.indexOf('/', scheme + 3);
  return slash < 0 || slash >= end ? '/' : url.slice(slash, end);
}

const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** The segment without a final `.ext` of word characters (as `/\.\w+$/`). */
function dropExtension(segment: string): string {
  const dot = segment.lastIndexOf('.');
  if (dot < 0 || dot === segment.length - 1) return segment;
  for (let i = dot + 1; i < segment.length; i++) if (!isWordChar(segment.charCodeAt(i))) return segment;
  return segment.slice(0, dot);
}

/** How many non-empty parts `-`, `_` and `+` cut the segment into. */
function slugWords(segment: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    const separator = c === '-' || c === '_' || c === '+';
    if (!separator && !inWord) words++;
    inWord = !separator;
  }
  return words;
}

function longestDigitRun(segment: string): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < segment.length; i++) {
    const c = segment.charCodeAt(i);
    run = c >= 48 && c <= 57 ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

/** The gate's score of its features. */
export function gateScore(f: Readonly<Record<string, number>>, weights: Readonly<Record<string, number>> = GATE_WEIGHTS): number {
  let sum = 0;
  for (const name in f) sum += (weights[name] ?? 0) * f[name]!;
  return sum;
}

/** Reads the page once: whether it may be an article (then detection's first stage decides), and why. */
export function readGate(doc: Document, url: string): { pass: boolean; score: number; features: Record<string, number> } {
  try {
    const features = gateFeatures(doc, url);
    const score = gateScore(features);
    return { pass: score >= GATE_THRESHOLD, score, features };
  } catch {
    // A page the gate cannot read is left to detection, which never throws either.
    return { pass: true, score: 0, features: {} };
  }
}

/** The verdict on a page the gate stops: not an article, the gate's score as its one named signal. */
export function gateDetection(reading: { score: number; features: Record<string, number> }): Detection {
  // The readings that weighed most, either way, each with its share of the score.
  const shares = Object.entries(reading.features)
    .map(([name, value]): [string, number] => [name, Math.round((GATE_WEIGHTS[name] ?? 0) * value * 100) / 100])
    .filter(([, share]) => share !== 0)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  const shown = shares.map(([name, share]) => `${name} ${share > 0 ? '+' : ''}${share}`).join(', ');
  const detail = `gate score ${Math.round(reading.score * 100) / 100} < ${GATE_THRESHOLD}: ${shown}`;
  return { isArticle: false, score: 0, signals: [{ name: 'gate:not-article', weight: 0, detail: detail.slice(0, 200) }] };
}
