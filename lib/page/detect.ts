/**
 * Is this page one article? A cheap, explainable score: declared metadata (JSON-LD type, OpenGraph,
 * microdata), the URL's shape, and bounded text evidence (paragraph density in words, share of text in
 * links), each a named signal with a weight. Declarations are cross-checked with text evidence, because
 * CMSs stamp `NewsArticle` on section fronts and homepages too.
 */
import type { Detection, DetectionSignal } from '../schema/article';
import { ARTICLE_TYPES, NON_ARTICLE_TYPES, readJsonLd, type JsonLd } from './jsonld';
import { parseTextDate } from './dates';
import { metaFirst, readMeta, type MetaMap } from './meta';
import { contentRoot, countWords, insideLink, sameText } from './text';
import { slugWords, urlShape } from './url-shape';

/** Sum of weights at or above which the page is an article. */
export const ARTICLE_THRESHOLD = 5;
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
/** Prose paragraphs after the dated headline for some weight, and for full weight (a whole short story). */
const DATED_HEADLINE_MIN_PROSE = 3;
const DATED_HEADLINE_FULL_PROSE = 4;
const DATED_HEADLINE_MAX_WEIGHT = 3;
/** …and most of the page's prose sits together in one container (one story, not a thread of posts). */
const DATED_MIN_CLUSTER_SHARE = 0.5;
/** Subtrees the headline scan steps over: icons, scripts and widgets carry no dates or prose. */
const SCAN_SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'nav', 'aside', 'footer', 'button', 'form', 'select']);

interface Context {
  meta: MetaMap;
  ld: JsonLd;
}

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
}

export function detectFirstStage(doc: Document, url: string): FirstStage {
  try {
    // One walk of the whole page gathers what every signal needs: most pages are not articles, and
    // each selector query is a walk of its own in DOMs without indexes (such as the CLI's).
    const body = contentRoot(doc);
    const walk = collectPage(doc, body);
    const ctx = { meta: readMeta(doc, walk.metas), ld: readJsonLd(doc, walk.jsonLd) };
    return firstStage(doc, url, ctx, body ? walk.tags : null);
  } catch (err) {
    return { detection: failed(err), pending: null };
  }
}

/** The verdict once the first stage is known: the dated-headline walk runs only when it can change it. */
export function finishDetection(first: FirstStage): Detection {
  if (!first.pending) return first.detection;
  try {
    const signals = first.detection.signals.slice();
    datedHeadline(first.pending, (name, weight, detail) => signals.push(detail ? { name, weight, detail: detail.slice(0, 200) } : { name, weight }));
    return verdict(signals);
  } catch (err) {
    return failed(err);
  }
}

function failed(err: unknown): Detection {
  return { isArticle: false, score: 0, signals: [{ name: 'error', weight: 0, detail: String(err).slice(0, 200) }] };
}

/** Detection with the head already read (extraction reuses the same meta and JSON-LD). */
export function detectWith(doc: Document, url: string, ctx: Context, walked?: Tags | null): Detection {
  return finishDetection(firstStage(doc, url, ctx, walked));
}

function firstStage(doc: Document, url: string, ctx: Context, walked?: Tags | null): FirstStage {
  const signals: DetectionSignal[] = [];
  const add = (name: string, weight: number, detail?: string) => signals.push(detail ? { name, weight, detail: detail.slice(0, 200) } : { name, weight });

  // One walk collects every element the signals need (each getElementsByTagName or querySelector is a walk
  // of its own in DOMs without cached collections, such as the CLI's).
  const body = contentRoot(doc);
  const tags = walked !== undefined ? walked : body ? collectPage(doc, body).tags : null;
  // Step 1: declarations in the head (cheap).
  declaredSignals(doc, ctx, add, tags);
  // Step 2: the URL's shape.
  urlSignals(url, add);
  // Step 3: bounded text evidence, which also checks the declarations.
  const headline = body && tags ? textSignals(body, tags, add, ctx.ld.types.has('liveblogposting')) : noBody(add);
  // Step 4 (finishDetection): the dated-headline walk only when it can change the answer (the cheap signals left it just short).
  const before = sum(signals);
  const pending = headline && before < ARTICLE_THRESHOLD && before >= ARTICLE_THRESHOLD - DATED_HEADLINE_MAX_WEIGHT ? headline : null;
  return { detection: verdict(signals), pending };
}

function sum(signals: DetectionSignal[]): number {
  return signals.reduce((s, x) => s + x.weight, 0);
}

function verdict(signals: DetectionSignal[]): Detection {
  const score = Math.round(sum(signals) * 100) / 100;
  return { isArticle: score >= ARTICLE_THRESHOLD, score, signals: signals.slice(0, 64) };
}

type Add = (name: string, weight: number, detail?: string) => void;

function noBody(add: Add): null {
  add('text:no-body', -5);
  return null;
}

function declaredSignals(doc: Document, { meta, ld }: Context, add: Add, tags: Tags | null): void {
  const articleTypes = [...ld.types].filter((t) => ARTICLE_TYPES.has(t));
  if (articleTypes.length) add('jsonld:article-type', 2, articleTypes.join(','));
  const nonArticle = [...ld.types].filter((t) => NON_ARTICLE_TYPES.has(t));
  if (nonArticle.length) add('jsonld:non-article-type', articleTypes.length ? 0 : -2, nonArticle.join(','));

  // A declared headline that is also the page's one visible headline: the declaration is about this page.
  const headline = ld.article?.['headline'];
  const h1s = tags?.h1 ?? [];
  if (typeof headline === 'string' && h1s.length === 1 && sameText(headline, h1s[0]!.textContent ?? '')) add('jsonld:headline-is-h1', 1);

  const ogType = metaFirst(meta, 'og:type')?.toLowerCase();
  if (ogType === 'article' || ogType === 'news' || ogType === 'blog' || ogType === 'newsarticle') add('og:type', 2, ogType);
  else if (ogType && NON_ARTICLE_OG_TYPES.some((t) => ogType.includes(t))) add('og:type', -1, ogType);

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
    add('url:homepage', -4, u.pathname);
    return;
  }
  if (shape.listing) add('url:listing', -1, shape.path);
  if (shape.dated) add('url:dated', 0.5, shape.path);
  // The first telling folder decides: `/docs/guides/…` is documentation, `/blog/products/…` a post.
  if (shape.section?.kind === 'article') add('url:article-section', 2.5, `/${shape.section.folder}/`);
  else if (shape.section) add('url:non-article-section', -2, `/${shape.section.folder}`);
  if (slugWords(shape.slug).length >= 4) add('url:long-slug', 2.5, shape.slug);
}

/** Adds the text signals; returns the headline worth the dated-headline walk, if any. */
function textSignals(body: Element, tags: Tags, add: Add, liveBlog: boolean): Element | null {
  // Paragraph density in words (Readability counts characters, which favours long-word languages).
  // Sentence-like paragraphs count even when short (one-sentence news paragraphs), and text that sits
  // together under one parent counts again: listings scatter their teasers over many cards.
  const ps = tags.p;
  let density = 0;
  let paragraphWords = 0;
  let prose = 0;
  let proseWords = 0;
  const byParent = new Map<Element | null, number>();
  for (let i = 0; i < ps.length && i < MAX_PARAGRAPHS; i++) {
    const p = ps[i]!;
    const text = p.textContent ?? '';
    const words = countWords(text);
    paragraphWords += words;
    if (words < PROSE_MIN_WORDS) continue;
    if (words < PARAGRAPH_MIN_WORDS && !endsSentence(text)) continue;
    density += Math.sqrt(words - PROSE_MIN_WORDS + 1);
    prose++;
    proseWords += words;
    // Parent and grandparent: live blogs and page builders wrap each paragraph or update in its own box.
    const parent = p.parentElement;
    byParent.set(parent, (byParent.get(parent) ?? 0) + words);
    const grand = parent?.parentElement ?? null;
    if (grand) byParent.set(grand, (byParent.get(grand) ?? 0) + words);
  }
  let cluster = 0;
  let clusterEl: Element | null = null;
  for (const [el, w] of byParent) if (w > cluster) [cluster, clusterEl] = [w, el];
  const d = Math.round(density * 10) / 10;
  const detail = `density ${d}, ${prose} prose paragraphs, ${cluster} words together`;
  if (density >= 40) add('text:paragraphs', 0.5, detail);
  else if (density >= 20) add('text:paragraphs', -0.5, detail);
  else if (density >= 10) add('text:paragraphs', -0.5, detail);
  else if (density >= 5) add('text:paragraphs', -1, detail);
  else add('text:paragraphs', -2, detail);
  if (cluster >= 150) add('text:contiguous', 1.5, `${cluster} words`);
  else if (cluster >= 50) add('text:contiguous', 1, `${cluster} words`);
  // One headline right above the text block: the shape of an article page.
  const h1s = tags.h1;
  if (h1s.length === 1 && clusterEl && cluster >= 50) {
    const scope = clusterEl.parentElement ?? clusterEl;
    if (scope.contains(h1s[0]!)) add('dom:headline-over-text', 0.5);
  }

  // Share of words inside links: listings, homepages and search results are mostly links.
  const links = tags.a;
  const linkWords = sampledWords(links, LINK_SAMPLE);
  const share = linkWords / Math.max(1, linkWords + paragraphWords);
  const shareDetail = `${Math.round(share * 100)}% of ${linkWords + paragraphWords} words`;
  if (share > 0.75) add('text:link-share', -1.5, shareDetail);
  else if (share > 0.6) add('text:link-share', -1, shareDetail);
  else if (share < 0.35) add('text:link-share', 1, shareDetail);

  // Forums and listings stamp every post or teaser with its own time (so does a declared live blog).
  const times = tags.time;
  if (times >= MANY_TIMESTAMPS && !liveBlog) add('dom:many-timestamps', -1.5, `${times} <time> elements`);

  // Threads and Q&A pages date a headline too, but spread their text over many posts.
  const dated = h1s.length >= 1 && h1s.length <= 2 && cluster >= DATED_MIN_CLUSTER_SHARE * proseWords ? h1s[0]! : null;

  const articles = tags.article;
  if (articles === 1) add('dom:article-element', 1.5);
  else if (articles >= 4) add('dom:many-article-elements', -0.5, `${articles} <article> elements`);
  return dated;
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
  time: number;
  article: number;
  /** The first microdata type naming an article or blog post, if any. */
  itemtype: string | null;
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
  const empty: Element[] = [];
  if (!body) return { metas: doc.getElementsByTagName('meta'), jsonLd, tags: { p: empty, a: empty, h1: empty, time: 0, article: 0, itemtype: null } };
  const itemtypeEl = body.querySelector(ARTICLE_ITEMTYPE_SELECTOR);
  return {
    metas: doc.getElementsByTagName('meta'),
    jsonLd,
    tags: {
      p: body.getElementsByTagName('p'),
      a: body.getElementsByTagName('a'),
      h1: body.getElementsByTagName('h1'),
      time: body.getElementsByTagName('time').length,
      article: body.getElementsByTagName('article').length,
      itemtype: itemtypeEl?.getAttribute('itemtype') ?? null,
    },
  };
}

/** The walk for index-less DOMs: one pass, bounded lists. */
function walkPage(doc: Document, body: Element | null): Collected {
  const metas: Element[] = [];
  const jsonLd: Element[] = [];
  const tags = { p: [] as Element[], a: [] as Element[], h1: [] as Element[], time: 0, article: 0, itemtype: null as string | null };
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

function countTag(el: Element, name: string, tags: { p: Element[]; a: Element[]; h1: Element[]; time: number; article: number; itemtype: string | null }): void {
  switch (name) {
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

/** Step: a headline with its date next to it and a run of prose paragraphs that no other date interrupts. */
function datedHeadline(h1: Element, add: Add): void {
  if (countWords(h1.textContent ?? '') < 3) return;
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
      if (dated ? prose > 0 : prose > 1) return;
      if (i <= DATE_MAX_DISTANCE) dated = true;
      el = nextOutside(el);
      continue;
    }
    el = nextInside(el);
  }
  if (!dated || prose < DATED_HEADLINE_MIN_PROSE) return;
  add('dom:dated-headline', prose >= DATED_HEADLINE_FULL_PROSE ? DATED_HEADLINE_MAX_WEIGHT : 2, `${prose}+ prose paragraphs after a dated headline`);
}
