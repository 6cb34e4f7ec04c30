/**
 * Is this page one article? A cheap, explainable score: declared metadata (JSON-LD type, OpenGraph,
 * microdata), the URL's shape, bounded text evidence (paragraph density in words, share of text in links,
 * one dominant block of prose, paragraph rhythm, a dated headline over it) and the shapes of other pages
 * (code blocks, prices, buttons, dated teasers), each a named signal with a weight. Declarations are
 * cross-checked with text evidence, because CMSs stamp `NewsArticle` on section fronts and homepages too.
 */
import type { Detection, DetectionSignal } from '../schema/article';
import { ARTICLE_TYPES, NON_ARTICLE_TYPES, readJsonLd, type JsonLd } from './jsonld';
import { parseTextDate } from './dates';
import { metaFirst, readMeta, type MetaMap } from './meta';
import { ARTICLE_OG_TYPES } from './gate';
import { commaCount, contentRoot, countWords, insideLink, isDigit, normalizeSpace, sameText } from './text';
import { slugWords, urlShape } from './url-shape';

/** Sum of weights at or above which the page is an article (fitted with WEIGHTS). */
export const ARTICLE_THRESHOLD = 3.13;
/** Bounds of the DOM scan, so a huge page costs no more than a normal one. */
const MAX_PARAGRAPHS = 300;
/** Links read for the share of text in links: an even sample of the page's links, scaled to all of them. */
const LINK_SAMPLE = 150;
/** A paragraph shorter than this (in words) is a label, teaser or caption, not running text. */
const PARAGRAPH_MIN_WORDS = 15;
/** Shorter paragraphs still count as prose when they end like a sentence (one-sentence news paragraphs). */
const PROSE_MIN_WORDS = 5;
/** Characters that end a sentence, closing quotes and brackets included. */
const SENTENCE_END_CHARS = new Set(['.', '!', '?', '…', '»', '"', '”', ')']);

function endsSentence(text: string): boolean {
  const t = text.trimEnd();
  return SENTENCE_END_CHARS.has(t[t.length - 1] ?? '');
}

/** og:type values (or parts of them) for pages that are not articles. */
const NON_ARTICLE_OG_TYPES = ['product', 'profile', 'video', 'music', 'book', 'business', 'place', 'restaurant'];

/** This many `<time>` elements means many posts or teasers on one page. */
const MANY_TIMESTAMPS = 6;

/** Pages with this many prose paragraphs are not laid out with line breaks: the br block is not read. */
const BR_BLOCK_MAX_PROSE = 3;
/** Single-break lines this long on average are paragraphs (a forum post's lines are a sentence each). */
const BR_LINE_MIN_WORDS = 20;
/** Child elements besides twice the line breaks that a line-break block may hold (images, links, emphasis). */
const BR_BLOCK_EXTRA_ELEMENTS = 30;
/** Line breaks and sub-headings read, at most. */
const MAX_BRS = 2000;
/** Line-break blocks whose words are counted, at most. */
const MAX_BR_BLOCKS = 100;
/** A line-break block with fewer words outside links is no story (the signal needs this many too). */
const BR_BLOCK_MIN_WORDS = 50;
/** A line-break block and its like blocks (same tag and class) hold at most this many times its words when it is a story alone. */
const BR_BLOCK_ALONE = 1.25;
const MAX_SUBHEADS = 60;

/**
 * Short news without metadata: a headline with its publication date right above or below it, then a run
 * of prose paragraphs that no other date interrupts (teaser lists repeat dates between short texts).
 */
const HEADLINE_SCAN_ELEMENTS = 60;
/** Elements before the headline (its own and its parent's previous siblings) that may hold the date. */
const HEADLINE_SCAN_BEFORE = 3;
/** How far below the headline the date may sit, in elements. */
const DATE_MAX_DISTANCE = 12;
/** A date line is short; longer text is a paragraph that mentions a date. */
const DATE_LINE_MAX_CHARS = 120;
/** Prose paragraphs after the dated headline that make a whole short story. */
const DATED_HEADLINE_FULL_PROSE = 4;
/** …and most of the page's prose sits together in one container (one story, not a thread of posts). */
const DATED_MIN_CLUSTER_SHARE = 0.5;
/** Subtrees the headline scan steps over: icons, scripts and widgets carry no dates or prose. */
const SCAN_SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'nav', 'aside', 'footer', 'button', 'form', 'select']);

/**
 * The weight of each feature (a feature is 1 when a yes/no signal holds, else a measure in a small range);
 * the score is the sum of weight × feature over the signals present. Fitted (2026-12-05) by logistic
 * regression on WCXB dev (1,497 pages) and DAnIEL dev (1,423 older news pages), all weights at once, folds by site:
 * `npx tsx scripts/eval/detect-cv.ts wcxb.jsonl daniel.jsonl --fix dom:dated-teasers=-2,text:no-body=-3.05`
 * (dated teasers are too rare in the data to weigh themselves and keep a hand weight; no dev page lacks a body).
 * Signs are the fit's: measures that move together (density, sentence ends, paragraph length) share one
 * effect, so one of them may lean the other way. Held-out spread over 5 folds, each fold scored by weights fitted
 * on the others: WCXB precision 0.885–0.952, recall 0.890–0.956, DAnIEL detected 0.973–0.989; the weights before
 * (2026-12-04): 0.867–0.937, 0.878–0.932, 0.900–0.967, so better on each measure in every fold. Features that
 * did not help every fold are gone (bucketed paragraphs and link share, headline over text, thin declared text,
 * like cards, comment/reply and form counts).
 */
/** The second stage's walk (the content script needs these weights only, so the first stage's table stays out of its bundle). */
const WALK_WEIGHTS: Readonly<Record<string, number>> = {
  'dom:dated-teasers': -2,
  'dom:dated-headline': 1.42,
};
export const WEIGHTS: Readonly<Record<string, number>> = {
  ...WALK_WEIGHTS,
  'jsonld:article-type': 1.01,
  'jsonld:non-article-type': -1.89,
  'jsonld:headline-is-h1': 0.81,
  'og:type-article': 0.71,
  'og:type-other': -1.25,
  'meta:published-time': 0.26,
  'meta:author': 1.14,
  'microdata:article': 0.26,
  'url:homepage': -1.83,
  'url:listing': -0.35,
  'url:dated': 1,
  'url:article-section': 1.66,
  'url:non-article-section': -2.19,
  'url:long-slug': 0.97,
  'url:numeric-id': -0.5,
  'text:density': -0.21,
  'text:contiguous': 1.08,
  'text:cluster-share': 2.69,
  'text:link-ratio': 0,
  'text:br-block': 0.11,
  'text:sentence-ends': -0.95,
  'dom:many-timestamps': -0.76,
  'dom:article-element': 0.59,
  'dom:many-article-elements': -0.4,
  'dom:no-h1': 0.53,
  'dom:many-h1': 0.49,
  'dom:code-blocks': -0.24,
  'dom:inputs': 0.24,
  'dom:prices': -0.58,
  'dom:headline-words': 0.77,
  'dom:short-headline': -0.31,
  'dom:buttons': -0.29,
  'dom:list-items': 0.24,
  'text:paragraph-length': 0.36,
  'text:comma-rate': 0.95,
  'text:no-body': -3.05,
  'dom:buttons-per-prose': -0.93,
  'dom:inputs-per-prose': -0.29,
  'dom:subheads-per-prose': -0.46,
  'dom:images-per-prose': 0.52,
  'dom:tables': 0.39,
  'dom:inline-code': -0.71,
  'dom:teaser-headings': 0.19,
  'text:sentences-per-paragraph': 0.12,
};
/** The dated-headline feature by the prose paragraphs found after it: a whole short story (four) is 1, three 2/3. */
const DATED_HEADLINE_VALUES = [0, 0, 0, 2 / 3, 1];

/** Detects whether `doc` is an article page. Never throws; on error returns "not an article" with the reason. */
export function detectArticle(doc: Document, url: string): Detection {
  return finishDetection(detectFirstStage(doc, url));
}

/**
 * Detection's cheap first stage: every signal but the dated-headline walk. `pending` is the headline that
 * walk would start from when it could still change the answer; when null, `detection` is already the final
 * verdict. The every-page probe runs this alone (it needs no date parsing), the content script finishes it.
 */
export interface FirstStage {
  detection: Detection;
  pending: Element | null;
  /** The page's head as the first stage read it (null after an error): extraction reads it from here instead of again. */
  head: PageHead | null;
}

/** The `<meta>` map and JSON-LD of a page, read once for detection and extraction. */
export interface PageHead {
  meta: MetaMap;
  ld: JsonLd;
}

export function detectFirstStage(doc: Document, url: string): FirstStage {
  try {
    const measured = measurePage(doc, url);
    const before = scoreOf(measured.features);
    const { headline } = measured;
    // The walk adds at most the dated-headline weight, or takes the dated-teasers weight away.
    const canFlip =
      headline !== null &&
      (before < ARTICLE_THRESHOLD
        ? before + (WALK_WEIGHTS['dom:dated-headline'] ?? 0) + 0.01 >= ARTICLE_THRESHOLD
        : before + (WALK_WEIGHTS['dom:dated-teasers'] ?? 0) - 0.01 < ARTICLE_THRESHOLD);
    return { detection: toDetection(measured.features, measured.details, WEIGHTS), pending: canFlip ? headline : null, head: measured.head };
  } catch (err) {
    return { detection: failed(err), pending: null, head: null };
  }
}

/** The verdict once the first stage is known: the dated-headline walk runs only when it can change it. */
export function finishDetection(first: Omit<FirstStage, 'head'>): Detection {
  if (!first.pending) return first.detection;
  try {
    const signals = first.detection.signals.slice();
    const walk = featureSet();
    datedHeadlineFeature(first.pending, walk.add);
    signals.push(...toDetection(walk.features, walk.details, WALK_WEIGHTS).signals);
    const score = Math.round(signals.reduce((sum, x) => sum + x.weight, 0) * 100) / 100;
    return { isArticle: score >= ARTICLE_THRESHOLD, score, signals: signals.slice(0, 64) };
  } catch (err) {
    return failed(err);
  }
}

/** Detection and every feature value behind it, the dated-headline walk included (for fitting the weights). */
export function detectArticleWithFeatures(doc: Document, url: string): { detection: Detection; features: Record<string, number> } {
  try {
    const { features, details, add, headline } = measurePage(doc, url);
    if (headline) datedHeadlineFeature(headline, add);
    return { detection: toDetection(features, details, WEIGHTS), features };
  } catch (err) {
    return { detection: failed(err), features: {} };
  }
}

function failed(err: unknown): Detection {
  return { isArticle: false, score: 0, signals: [{ name: 'error', weight: 0, detail: String(err).slice(0, 200) }] };
}

/** Feature values and their explanations, filled through `add`. */
function featureSet(): { features: Record<string, number>; details: Record<string, string>; add: Add } {
  const features: Record<string, number> = {};
  const details: Record<string, string> = {};
  const add: Add = (name, value, detail) => {
    features[name] = value;
    if (detail) details[name] = detail.slice(0, 200);
  };
  return { features, details, add };
}

/** Steps 1-3: the page's features without the headline walk, and the headline that walk would start from. */
function measurePage(doc: Document, url: string): ReturnType<typeof featureSet> & { headline: Element | null; head: PageHead } {
  // One walk of the whole page gathers what every signal needs: most pages are not articles, and
  // each selector query is a walk of its own in DOMs without indexes (such as the CLI's).
  const body = contentRoot(doc);
  const walk = collectPage(doc, body);
  const ctx: PageHead = { meta: readMeta(doc, walk.metas), ld: readJsonLd(doc, walk.jsonLd) };
  const tags = body ? walk.tags : null;
  const { features, details, add } = featureSet();
  // Step 1: declarations in the head (cheap).
  declaredSignals(doc, ctx, add, tags);
  // Step 2: the URL's shape.
  urlSignals(url, add);
  // Step 3: bounded text and shape evidence, which also checks the declarations.
  if (body && tags) textSignals(tags, add, ctx.ld.types.has('liveblogposting'), body);
  else add('text:no-body', 1);
  return { features, details, add, headline: tags?.datedCandidate ?? null, head: ctx };
}

/**
 * Step 4: the walk from the headline (bounded: a few dozen elements): a date beside it over a run of
 * prose is a story; dates between the first paragraphs are teaser cards.
 */
function datedHeadlineFeature(headline: Element, add: Add): void {
  const prose = datedHeadline(headline);
  if (prose < 0) add('dom:dated-teasers', 1, 'dates between the first paragraphs under the headline');
  else if (DATED_HEADLINE_VALUES[prose]) add('dom:dated-headline', DATED_HEADLINE_VALUES[prose]!, `${prose}+ prose paragraphs after a dated headline`);
}

/** The verdict and its explanation from feature values. */
function toDetection(features: Record<string, number>, details: Record<string, string>, weights: Readonly<Record<string, number>>): Detection {
  const sum = sumOf(features, weights);
  const signals: DetectionSignal[] = [];
  for (const [name, value] of Object.entries(features)) {
    const weight = weightOf(name, value, weights);
    if (weight === 0 && !details[name]) continue;
    signals.push(details[name] ? { name, weight, detail: details[name] } : { name, weight });
  }
  const score = Math.round(sum * 100) / 100;
  return { isArticle: score >= ARTICLE_THRESHOLD, score, signals: signals.slice(0, 64) };
}

/** One signal's share of the score, to the hundredth. */
function weightOf(name: string, value: number, weights: Readonly<Record<string, number>>): number {
  return Math.round((weights[name] ?? 0) * value * 100) / 100;
}

/** The score of a page's features (the dated-headline feature counts when present). */
export function scoreOf(features: Readonly<Record<string, number>>, weights: Readonly<Record<string, number>> = WEIGHTS): number {
  return sumOf(features, weights);
}

/** `scoreOf` without a default table, so a bundle that scores only the walk leaves WEIGHTS out. */
function sumOf(features: Readonly<Record<string, number>>, weights: Readonly<Record<string, number>>): number {
  let sum = 0;
  for (const name in features) sum += weightOf(name, features[name]!, weights);
  return sum;
}

type Add = (name: string, value: number, detail?: string) => void;

function declaredSignals(doc: Document, { meta, ld }: PageHead, add: Add, tags: Tags | null): void {
  const articleTypes = [...ld.types].filter((t) => ARTICLE_TYPES.has(t));
  if (articleTypes.length) add('jsonld:article-type', 1, articleTypes.join(','));
  const nonArticle = [...ld.types].filter((t) => NON_ARTICLE_TYPES.has(t));
  if (nonArticle.length) add('jsonld:non-article-type', articleTypes.length ? 0 : 1, nonArticle.join(','));

  // A declared headline that is also the page's one visible headline: the declaration is about this page.
  const headline = ld.article?.['headline'];
  const h1s = tags?.h1 ?? [];
  if (typeof headline === 'string' && h1s.length === 1 && sameText(headline, h1s[0]!.textContent ?? '')) add('jsonld:headline-is-h1', 1);

  const ogType = metaFirst(meta, 'og:type')?.toLowerCase();
  if (ogType && ARTICLE_OG_TYPES.has(ogType)) add('og:type-article', 1, ogType);
  else if (ogType && NON_ARTICLE_OG_TYPES.some((t) => ogType.includes(t))) add('og:type-other', 1, ogType);

  if (metaFirst(meta, 'article:published_time', 'og:published_time', 'datepublished', 'parsely-pub-date', 'sailthru.date', 'pubdate', 'publishdate'))
    add('meta:published-time', 1);
  if (meta.has('article:author') || meta.has('author') || meta.has('parsely-author')) add('meta:author', 1);

  // Microdata often sits on <html> or <body> themselves, outside the walk.
  const rootType = [doc.documentElement, doc.body].map((el) => el?.getAttribute('itemtype') ?? '').find(isArticleItemtype);
  const itemtype = rootType ?? tags?.itemtype;
  if (itemtype && !articleTypes.length) add('microdata:article', 1, itemtype);
}

function urlSignals(url: string, add: Add): void {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return;
  }
  const shape = urlShape(u);
  if (shape.homepage) {
    add('url:homepage', 1, u.pathname);
    return;
  }
  if (shape.listing) add('url:listing', 1, shape.path);
  if (shape.dated) add('url:dated', 1, shape.path);
  // The first telling folder decides: `/docs/guides/…` is documentation, `/blog/products/…` a post.
  if (shape.section?.kind === 'article') add('url:article-section', 1, `/${shape.section.folder}/`);
  else if (shape.section) add('url:non-article-section', 1, `/${shape.section.folder}`);
  if (slugWords(shape.slug).length >= 4) add('url:long-slug', 1, shape.slug);
  else if (shape.slug.length >= 4 && isDigits(shape.slug)) add('url:numeric-id', 1, shape.slug);
}

function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return s.length > 0;
}

/** Adds the text and shape signals; notes the headline worth the dated-headline walk, if any. */
function textSignals(tags: Tags, add: Add, liveBlog: boolean, body: Element | null = null): void {
  // Paragraph density in words (Readability counts characters, which favours long-word languages).
  // Sentence-like paragraphs count even when short (one-sentence news paragraphs), and text that sits
  // together under one parent counts again: listings scatter their teasers over many cards.
  const para = readParagraphs(tags.p);
  // Old layouts set each paragraph as a `<div>` (or a cell) of bare text: read those when `<p>` gives no story.
  if (para.prose < BR_BLOCK_MAX_PROSE && body) readParagraphs(textDivs(body), para);
  // Old layouts set the story as text and `<br>`s in one cell or div, without paragraphs: its paragraphs count for
  // the rhythm of the text (not again for its words).
  const [brBlock, brBlocks, brElement] = para.prose < BR_BLOCK_MAX_PROSE ? brBlockWords(tags.br) : [0, 0, null];
  // Only a block alone of its kind: one post of a thread of like blocks is not a story's run of paragraphs.
  if (brBlock >= BR_BLOCK_MIN_WORDS && brElement && brBlocks <= brBlock * BR_BLOCK_ALONE) readBrParagraphs(brElement, para);
  const { density, paragraphWords, prose, proseWords, sentences, candidates, commas, sentenceCount, byParent } = para;
  let cluster = 0;
  for (const w of byParent.values()) if (w > cluster) cluster = w;
  const d = Math.round(density * 10) / 10;
  const detail = `density ${d}, ${prose} prose paragraphs, ${cluster} words together`;
  add('text:density', Math.log1p(density), detail);
  if (cluster >= 50) add('text:contiguous', cluster >= 150 ? 1.5 : 1, `${cluster} words`);
  if (candidates >= 3) add('text:sentence-ends', sentences / candidates, `${sentences} of ${candidates} paragraphs end a sentence`);
  // Paragraph rhythm: news paragraphs run to a few dozen words with commas; docs and shops write short lines.
  if (prose > 0) {
    add('text:paragraph-length', Math.log1p(proseWords / prose), `${Math.round(proseWords / prose)} words per prose paragraph`);
    add('text:comma-rate', Math.min(1, (commas * 10) / Math.max(1, proseWords)));
  }
  // Lists outweighing paragraphs: menus of services, docs, feature lists.
  add('dom:list-items', Math.log1p(tags.li / (prose + 1)));
  const h1s = tags.h1;
  // Article headlines are sentences; product, docs and service pages name a thing in a word or two.
  const headlineWords = countWords((h1s[0] ?? null)?.textContent ?? '');
  if (headlineWords > 0) add('dom:headline-words', Math.min(headlineWords, 20) / 10, `${headlineWords} words in the headline`);
  if (headlineWords > 0 && headlineWords <= 2) add('dom:short-headline', 1);
  if (h1s.length === 0) add('dom:no-h1', 1);
  else if (h1s.length >= 3) add('dom:many-h1', 1, `${h1s.length} <h1>`);

  if (brBlock >= BR_BLOCK_MIN_WORDS) add('text:br-block', Math.log1p(brBlock), `${brBlock} words between line breaks`);

  // Share of words inside links: listings, homepages and search results are mostly links. The text of a
  // line-break block counts as text, like paragraphs.
  const links = tags.a;
  const linkWords = sampledWords(links, LINK_SAMPLE);
  const textWords = paragraphWords + (brBlock >= BR_BLOCK_MIN_WORDS ? brBlocks : 0);
  const share = linkWords / Math.max(1, linkWords + textWords);
  add('text:link-ratio', share, `${Math.round(share * 100)}% of ${linkWords + textWords} words`);
  // The dominant block of text, paragraphs or a line-break block: one story holds most of the page's words,
  // a thread or a listing spreads them over many posts or cards.
  const block = Math.max(cluster, brBlock >= BR_BLOCK_MIN_WORDS ? brBlock : 0);
  if (block > 0) add('text:cluster-share', block / Math.max(1, linkWords + textWords), `${block} of ${linkWords + textWords} words in one block`);

  // Forums and listings stamp every post or teaser with its own time (so does a declared live blog).
  if (tags.time >= MANY_TIMESTAMPS && !liveBlog) add('dom:many-timestamps', 1, `${tags.time} <time> elements`);
  if (tags.article === 1) add('dom:article-element', 1);
  else if (tags.article >= 4) add('dom:many-article-elements', 1, `${tags.article} <article> elements`);
  // Docs show code, shops prices and forms, listings a headline with a link per card.
  if (tags.pre > 0) add('dom:code-blocks', Math.log1p(tags.pre), `${tags.pre} <pre>`);
  if (tags.inputs > 0) add('dom:inputs', Math.log1p(tags.inputs), `${tags.inputs} form fields`);
  if (tags.prices > 0) add('dom:prices', Math.log1p(tags.prices), `${tags.prices} price elements`);
  if (tags.buttons > 0) add('dom:buttons', Math.log1p(tags.buttons), `${tags.buttons} buttons`);
  // The same shapes beside the running text: a long story carries a share bar, a service page a button per line.
  const perProse = (n: number) => Math.log1p(n / (prose + 1));
  add('dom:buttons-per-prose', perProse(tags.buttons));
  add('dom:inputs-per-prose', perProse(tags.inputs));
  add('dom:subheads-per-prose', perProse(Math.min(tags.subheads.length, MAX_SUBHEADS)));
  add('dom:images-per-prose', perProse(tags.img));
  if (tags.table > 0) add('dom:tables', Math.log1p(tags.table), `${tags.table} tables`);
  if (tags.code > 0) add('dom:inline-code', Math.log1p(tags.code), `${tags.code} <code>`);
  const teasers = teaserHeadings(tags.subheads);
  if (teasers > 0) add('dom:teaser-headings', Math.log1p(teasers), `${teasers} linked sub-headings`);
  // Paragraph rhythm: a news paragraph holds a sentence or a few; a docs or shop line holds a phrase.
  if (prose > 0) add('text:sentences-per-paragraph', Math.min(5, sentenceCount / prose) / 5, `${Math.round((sentenceCount / prose) * 10) / 10} sentences per prose paragraph`);

  // Threads and Q&A pages date a headline too, but spread their text over many posts.
  if (cluster < DATED_MIN_CLUSTER_SHARE * proseWords) return;
  if (h1s.length >= 1 && h1s.length <= 2) tags.datedCandidate = h1s[0]!;
  // Older layouts set the headline as an `<h2>` or `<h3>`: the one whose words the page's title repeats.
  else if (h1s.length === 0 && body) tags.datedCandidate = titledSubhead(tags.subheads, body.ownerDocument.title);
}

interface Paragraphs {
  density: number;
  paragraphWords: number;
  prose: number;
  proseWords: number;
  sentences: number;
  candidates: number;
  commas: number;
  sentenceCount: number;
  byParent: Map<Element | null, number>;
}

/**
 * Paragraph measures over `ps` (added to `into` when given). Sentence-like paragraphs count even when short
 * (one-sentence news paragraphs), and text that sits together under one parent counts again.
 */
function readParagraphs(ps: ArrayLike<Element>, into?: Paragraphs): Paragraphs {
  const r: Paragraphs = into ?? { density: 0, paragraphWords: 0, prose: 0, proseWords: 0, sentences: 0, candidates: 0, commas: 0, sentenceCount: 0, byParent: new Map() };
  for (let i = 0; i < ps.length && i < MAX_PARAGRAPHS; i++) {
    const p = ps[i]!;
    const text = p.textContent ?? '';
    const words = countWords(text);
    r.paragraphWords += words;
    if (!readRhythm(r, text, words)) continue;
    // Parent and grandparent: live blogs and page builders wrap each paragraph or update in its own box.
    const parent = p.parentElement;
    r.byParent.set(parent, (r.byParent.get(parent) ?? 0) + words);
    const grand = parent?.parentElement ?? null;
    if (grand) r.byParent.set(grand, (r.byParent.get(grand) ?? 0) + words);
  }
  return r;
}

/** One paragraph's sentence ends, commas and length; true when it is prose. */
function readRhythm(r: Paragraphs, text: string, words: number): boolean {
  if (words < PROSE_MIN_WORDS) return false;
  r.candidates++;
  const ends = endsSentence(text);
  if (ends) r.sentences++;
  if (words < PARAGRAPH_MIN_WORDS && !ends) return false;
  r.commas += commaCount(text);
  r.density += Math.sqrt(words - PROSE_MIN_WORDS + 1);
  r.prose++;
  r.proseWords += words;
  r.sentenceCount += sentencesIn(text);
  return true;
}

/**
 * The paragraphs of a line-break block (text between `<br><br>`), for the rhythm measures only: its words and
 * its cluster are counted as the block's already. A block of single-break lines (a forum post) has no paragraphs
 * of its own: its lines are paragraphs when they run as long as paragraphs do.
 */
function readBrParagraphs(block: Element, r: Paragraphs): void {
  const lines = brLines(block);
  // A blank line (nothing but spaces or empty elements between two breaks) parts two paragraphs.
  const pieces: string[] = [];
  let text = '';
  for (const line of lines) {
    if (line.trim()) text = text ? `${text} ${line}` : line;
    else {
      if (text && pieces.length < MAX_PARAGRAPHS) pieces.push(text);
      text = '';
    }
  }
  if (text && pieces.length < MAX_PARAGRAPHS) pieces.push(text);
  if (pieces.length >= 2) {
    for (const piece of pieces) readRhythm(r, piece, countWords(piece));
    return;
  }
  const filled = lines.filter((l) => l.trim()).slice(0, MAX_PARAGRAPHS);
  const counts = filled.map((l) => countWords(l));
  let words = 0;
  for (const w of counts) words += w;
  if (filled.length < 2 || words < filled.length * BR_LINE_MIN_WORDS) return;
  filled.forEach((l, i) => readRhythm(r, l, counts[i]!));
}

/** The text between a block's `<br>` children, line by line, blank lines kept. */
function brLines(block: Element): string[] {
  const lines: string[] = [];
  let text = '';
  for (let n = block.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).localName.toLowerCase() === 'br') {
      lines.push(text);
      text = '';
    } else text += n.textContent ?? '';
  }
  lines.push(text);
  return lines;
}

/** The first of the sub-headings whose text (three words or more) the page's `<title>` holds, if any. */
function titledSubhead(heads: ArrayLike<Element>, title: string): Element | null {
  const t = normalizeSpace(title).toLowerCase();
  if (!t) return null;
  for (let i = 0; i < heads.length && i < MAX_SUBHEADS; i++) {
    const text = normalizeSpace(heads[i]!.textContent ?? '').toLowerCase();
    if (countWords(text) >= 3 && t.includes(text)) return heads[i]!;
  }
  return null;
}

/** Tags that make an element a container of blocks rather than a paragraph of text. */
const BLOCK_CHILD_TAGS = new Set(['div', 'p', 'table', 'tbody', 'tr', 'td', 'ul', 'ol', 'li', 'dl', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'form', 'blockquote', 'pre', 'header', 'footer', 'nav', 'aside', 'main', 'iframe', 'script', 'br']);
/** `<div>`s and cells looked at, at most, for text set without paragraphs. */
const MAX_TEXT_DIVS = 1500;

/** Text of a paragraph (fifteen words or more, ending a sentence), most of it outside links. */
function proseOwnText(el: Element): boolean {
  const text = el.textContent ?? '';
  const words = countWords(text);
  if (words < PARAGRAPH_MIN_WORDS || !endsSentence(text)) return false;
  const links = el.getElementsByTagName('a');
  let inLinks = 0;
  for (let i = 0; i < links.length; i++) inLinks += countWords(links[i]!.textContent ?? '');
  return inLinks * 2 < words;
}

/** Sibling text `<div>`s (or cells) read as paragraphs only in a run of this many under one parent. */
const TEXT_DIV_RUN = 3;

/**
 * `<div>`s and table cells that hold only text and inline elements (no blocks, no line breaks: the br
 * block reads those), each a paragraph of prose mostly outside links, three or more under one parent: the
 * paragraphs of layouts without `<p>`. Cards and tiles hold a line or two each, one per parent.
 */
function textDivs(body: Element): Element[] {
  const byParent = new Map<Element | null, Element[]>();
  let seen = 0;
  for (const tag of ['div', 'td']) {
    const els = body.getElementsByTagName(tag);
    for (let i = 0; i < els.length && seen < MAX_TEXT_DIVS; i++, seen++) {
      const el = els[i]!;
      let inline = true;
      for (let c = el.firstElementChild; c && inline; c = c.nextElementSibling) inline = !BLOCK_CHILD_TAGS.has(c.localName.toLowerCase());
      if (!inline || !el.firstChild || !proseOwnText(el)) continue;
      const list = byParent.get(el.parentElement);
      if (list) list.push(el);
      else byParent.set(el.parentElement, [el]);
    }
  }
  const out: Element[] = [];
  for (const run of byParent.values()) if (run.length >= TEXT_DIV_RUN) out.push(...run.slice(0, MAX_PARAGRAPHS - out.length));
  return out;
}

/**
 * Words (outside links) of the element with several `<br>` children that holds the most of them, and of it and
 * its like blocks (same tag and class, each with line breaks): a thread's posts, where a story is one block; and
 * that element.
 */
function brBlockWords(brs: ArrayLike<Element>): [number, number, Element | null] {
  const perParent = new Map<Element, number>();
  let best: Element | null = null;
  let most = 0;
  for (let i = 0; i < brs.length && i < MAX_BRS; i++) {
    const parent = brs[i]!.parentElement;
    if (!parent) continue;
    const n = (perParent.get(parent) ?? 0) + 1;
    perParent.set(parent, n);
    if (n > most) [most, best] = [n, parent];
  }
  // A story set with line breaks holds them and a few inline elements; a wrapper of many blocks is no such cell.
  const isCell = (el: Element, n: number) => n >= 2 && el.childElementCount <= n * 2 + BR_BLOCK_EXTRA_ELEMENTS;
  let words = best && isCell(best, most) ? textOutsideLinks(best) : 0;
  // A menu set with line breaks may hold more of them than the story: then the block with the most words is the one.
  if (words < BR_BLOCK_MIN_WORDS) {
    best = null;
    words = 0;
    let read = 0;
    for (const [el, n] of perParent) {
      if (!isCell(el, n) || read++ >= MAX_BR_BLOCKS) continue;
      const w = textOutsideLinks(el);
      if (w > words) [words, best] = [w, el];
    }
  }
  if (!best) return [0, 0, null];
  const kind = best.localName + ' ' + best.getAttribute('class');
  let all = 0;
  for (const [el, n] of perParent) if (n >= 2 && el.localName + ' ' + el.getAttribute('class') === kind) all += el === best ? words : textOutsideLinks(el);
  return [words, all, best];
}

function textOutsideLinks(el: Element): number {
  const links = el.getElementsByTagName('a');
  let inLinks = 0;
  for (let i = 0; i < links.length && i < LINK_SAMPLE; i++) inLinks += countWords(links[i]!.textContent ?? '');
  return Math.max(0, countWords(el.textContent ?? '') - inLinks);
}

/**
 * Sentence ends inside a paragraph: `.`, `!`, `?` before a space, line feed, no-break space or the end, and `\u3002`
 * (ideographic full stop). Counted by native regexes: a fresh page would run a character loop in the interpreter.
 */
const SENTENCE_END = /[.!?](?=[ \n\u00a0]|$)|\u3002/g;
function sentencesIn(text: string): number {
  return text.match(SENTENCE_END)?.length ?? 0;
}

/** Words in `els`, read from an even sample of at most `max` of them and scaled to the whole list. */
function sampledWords(els: ArrayLike<Element>, max: number): number {
  const n = els.length;
  const step = Math.max(1, n / max);
  let words = 0;
  let read = 0;
  for (let x = 0; x < n; x += step, read++) words += countWords(els[Math.floor(x)]!.textContent ?? '');
  return read ? Math.round((words * n) / read) : 0;
}

interface Tags {
  p: ArrayLike<Element>;
  a: ArrayLike<Element>;
  h1: ArrayLike<Element>;
  br: ArrayLike<Element>;
  /** `h2` and `h3`. */
  subheads: ArrayLike<Element>;
  time: number;
  article: number;
  pre: number;
  li: number;
  table: number;
  code: number;
  img: number;
  /** Form fields: `input`, `select`, `textarea`. */
  inputs: number;
  /** Elements whose class or itemprop says price. */
  prices: number;
  /** Buttons and elements styled as buttons. */
  buttons: number;
  /** The first microdata type naming an article or blog post, if any. */
  itemtype: string | null;
  /** The headline worth the dated-headline walk, set by the text signals. */
  datedCandidate?: Element | null;
}

function isArticleItemtype(type: string): boolean {
  const t = type.toLowerCase();
  return t.includes('article') || t.includes('blogposting');
}
const ARTICLE_ITEMTYPE_SELECTOR = '[itemtype*="article" i], [itemtype*="blogposting" i]';

interface Collected {
  metas: ArrayLike<Element>;
  jsonLd: Element[];
  tags: Tags;
}

/**
 * Every element detection looks at: `<meta>` and JSON-LD scripts anywhere, and under `body` the paragraphs,
 * links and headlines, times, articles, microdata. Browsers keep tag indexes, and touching an element from
 * script costs a wrapper object the first time, so there the native collections are read and only the
 * elements used are touched; DOMs without indexes (the CLI's) answer each query with a walk of their own,
 * so there one iterative walk gathers everything. Both give the same lists.
 */
function collectPage(doc: Document, body: Element | null): Collected {
  return hasNativeIndexes(doc) ? collectNative(doc, body) : walkPage(doc, body);
}

function hasNativeIndexes(doc: Document): boolean {
  const Live = (globalThis as { HTMLCollection?: abstract new () => unknown }).HTMLCollection;
  return typeof Live === 'function' && doc.getElementsByTagName('p') instanceof Live;
}

function collectNative(doc: Document, body: Element | null): Collected {
  const jsonLd = Array.from(doc.querySelectorAll('script[type="application/ld+json"]'));
  if (!body) return { metas: doc.getElementsByTagName('meta'), jsonLd, tags: emptyTags() };
  const itemtypeEl = body.querySelector(ARTICLE_ITEMTYPE_SELECTOR);
  const count = (tag: string) => body.getElementsByTagName(tag).length;
  return {
    metas: doc.getElementsByTagName('meta'),
    jsonLd,
    tags: {
      p: body.getElementsByTagName('p'),
      a: body.getElementsByTagName('a'),
      h1: body.getElementsByTagName('h1'),
      br: body.getElementsByTagName('br'),
      subheads: body.querySelectorAll('h2, h3'),
      time: count('time'),
      article: count('article'),
      pre: count('pre'),
      li: count('li'),
      table: count('table'),
      code: count('code'),
      img: count('img'),
      inputs: count('input') + count('select') + count('textarea'),
      ...countMarked(body.querySelectorAll(`${PRICE_SELECTOR}, ${BUTTON_SELECTOR}`)),
      itemtype: itemtypeEl?.getAttribute('itemtype') ?? null,
    },
  };
}

/** The walk for index-less DOMs: one pass, bounded lists. */
function walkPage(doc: Document, body: Element | null): Collected {
  const metas: Element[] = [];
  const jsonLd: Element[] = [];
  const tags = emptyTags();
  // From the document itself: broken pages put elements beside <html>, and selector queries find them too.
  let inBody = false;
  let el: Element | null = doc.firstElementChild;
  while (el) {
    if (el === body) inBody = true;
    const name = el.localName;
    if (name === 'meta') metas.push(el);
    else if (name === 'script') {
      if (el.getAttribute('type') === 'application/ld+json') jsonLd.push(el);
    } else if (inBody && el !== body) {
      countTag(el, name, tags);
    }
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && !el.nextElementSibling) {
      el = el.parentElement;
      if (el === body) inBody = false;
    }
    if (el === body) inBody = false;
    el = el ? el.nextElementSibling : null;
  }
  return { metas, jsonLd, tags };
}

function emptyTags(): WalkedTags {
  return { p: [], a: [], h1: [], br: [], subheads: [], time: 0, article: 0, pre: 0, li: 0, table: 0, code: 0, img: 0, inputs: 0, prices: 0, buttons: 0, itemtype: null };
}

/** Sub-headings (`h2`, `h3`) that hold a link: the titles of teaser cards. */
function teaserHeadings(heads: ArrayLike<Element>): number {
  let n = 0;
  for (let i = 0; i < heads.length && i < MAX_SUBHEADS; i++) if (heads[i]!.getElementsByTagName('a').length > 0 || insideLink(heads[i]!)) n++;
  return n;
}

type WalkedTags = Tags & { p: Element[]; a: Element[]; h1: Element[]; br: Element[]; subheads: Element[] };

/** `[class*="price" i], [itemprop="price"]`, as the walk tests it (`cls` in lower case). */
function isPrice(el: Element, cls: string): boolean {
  return cls.includes('price') || (el.hasAttribute('itemprop') && el.getAttribute('itemprop') === 'price');
}
const PRICE_SELECTOR = '[itemprop="price"], [class*="price" i]';
/** `button, [class*="btn" i]`, as the walk tests it: calls to action. */
function isButton(name: string, cls: string): boolean {
  return name === 'button' || cls.includes('btn');
}
const BUTTON_SELECTOR = 'button, [class*="btn" i]';

/** Prices and buttons among elements found by one selector query (one native pass, not two). */
function countMarked(els: ArrayLike<Element>): { prices: number; buttons: number } {
  const counts = { prices: 0, buttons: 0 };
  for (let i = 0; i < els.length; i++) countMarks(els[i]!, els[i]!.localName, (els[i]!.getAttribute('class') ?? '').toLowerCase(), counts);
  return counts;
}

function countMarks(el: Element, name: string, cls: string, counts: { prices: number; buttons: number }): void {
  if (isPrice(el, cls)) counts.prices++;
  if (isButton(name, cls)) counts.buttons++;
}

function countTag(el: Element, name: string, tags: WalkedTags): void {
  // The class as written: DOMs without tag indexes (linkedom) rebuild it from a token list on getAttribute.
  countMarks(el, name, (el.getAttributeNode('class')?.value ?? '').toLowerCase(), tags);
  switch (name) {
    case 'br':
      if (tags.br.length < MAX_BRS) tags.br.push(el);
      break;
    case 'h2':
    case 'h3':
      if (tags.subheads.length < MAX_SUBHEADS) tags.subheads.push(el);
      break;
    case 'pre':
      tags.pre++;
      break;
    case 'li':
      tags.li++;
      break;
    case 'table':
      tags.table++;
      break;
    case 'code':
      tags.code++;
      break;
    case 'img':
      tags.img++;
      break;
    case 'input':
    case 'select':
    case 'textarea':
      tags.inputs++;
      break;
    case 'p':
      if (tags.p.length < MAX_PARAGRAPHS) tags.p.push(el);
      break;
    case 'a':
      tags.a.push(el);
      break;
    case 'h1':
      tags.h1.push(el);
      break;
    case 'time':
      tags.time++;
      break;
    case 'article':
      tags.article++;
      break;
  }
  if (tags.itemtype === null && el.hasAttribute('itemtype')) {
    const type = el.getAttribute('itemtype') ?? '';
    if (isArticleItemtype(type)) tags.itemtype = type;
  }
}

/** The element after `el` in document order, not entering `el` itself; null past `root`. */
function nextOutside(el: Element): Element | null {
  for (let a: Element | null = el; a; a = a.parentElement) if (a.nextElementSibling) return a.nextElementSibling;
  return null;
}

/** The element after `el` in document order, entering it unless it is a skipped subtree. */
function nextInside(el: Element): Element | null {
  if (!SCAN_SKIP.has(el.localName.toLowerCase()) && el.firstElementChild) return el.firstElementChild;
  return nextOutside(el);
}

/** A `<time datetime>`, or a short line (few child elements) whose text holds a date outside any link. */
function dateIn(el: Element): boolean {
  if (el.localName.toLowerCase() === 'time' && el.getAttribute('datetime')) return true;
  if (el.childElementCount > 3) return false;
  // Only shallow elements: reading the text of a wrapper would cost the whole article.
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (c.childElementCount > 2) return false;
  const text = el.textContent ?? '';
  if (text.length < 6 || text.length > DATE_LINE_MAX_CHARS) return false;
  // The line's own date, not one inside a teaser link.
  if (insideLink(el)) return false;
  return parseTextDate(text) !== null;
}

function isProse(text: string): boolean {
  const words = countWords(text);
  return words >= PARAGRAPH_MIN_WORDS || (words >= PROSE_MIN_WORDS && endsSentence(text));
}

/**
 * Step: a headline with its date next to it and a run of prose paragraphs that no other date interrupts.
 * Returns how many prose paragraphs follow (up to four), 0 when the headline is not dated, -1 when teasers follow.
 */
function datedHeadline(h1: Element): number {
  // A name of a section (`Society`) heads teasers, never a story; its teasers still tell.
  const story = countWords(h1.textContent ?? '') >= 3;
  // The date above the headline: the previous siblings of the headline and of its parent.
  let dated = false;
  for (const start of [h1, h1.parentElement]) {
    let sib = start?.previousElementSibling ?? null;
    for (let i = 0; sib && i < HEADLINE_SCAN_BEFORE && !dated; i++, sib = sib.previousElementSibling) dated = dateIn(sib);
  }
  // Below: walk on in document order; a date after the first prose paragraph means teasers, not one story.
  let prose = 0;
  let el = nextOutside(h1);
  for (let i = 0; el && i < HEADLINE_SCAN_ELEMENTS && prose < DATED_HEADLINE_FULL_PROSE; i++) {
    const tag = el.localName.toLowerCase();
    if (tag === 'p' && isProse(el.textContent ?? '')) {
      prose++;
      el = nextOutside(el);
      continue;
    }
    if (dateIn(el)) {
      // A lead paragraph may come before the date line; a date after the text has begun is the next teaser.
      // A date after most of a short story (three paragraphs) starts its comments or related stories instead.
      if (dated ? prose > 0 : prose > 1) return dated && prose >= DATED_HEADLINE_FULL_PROSE - 1 && story ? prose : -1;
      if (i <= DATE_MAX_DISTANCE) dated = true;
      el = nextOutside(el);
      continue;
    }
    el = nextInside(el);
  }
  return dated && story ? prose : 0;
}
