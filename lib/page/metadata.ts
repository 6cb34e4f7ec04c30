/**
 * Article metadata: title, byline, published/modified dates, publisher, canonical URL and language
 * hint, each from the most trustworthy source the page offers (JSON-LD, then meta tags, then
 * microdata and `<time>`, then visible text near the headline).
 */
import { authorNames, textProp, type JsonLd } from './jsonld';
import { metaFirst, type MetaMap } from './meta';
import { parseMachineDate, parseTextDate } from './dates';
import { pageWords } from '../lang/page';
import { alternation, byLength, CaselessPattern, casings, wordsOf } from './words';
import { classHints, HINT_AUTHOR, HINT_DATE } from './class-hints';
import { classAndId, codePointBefore, containsLetter, dropBareNumbers, countWords, insideLink, isWordChar, normalizeSpace, sameText, skipSpaces } from './text';

/** Separators between a headline and the site name in `<title>`/`og:title` (`Headline | Site`). */
const TITLE_SEPARATORS = /\s+[|\-–—:·•»«/]\s+|\s+::\s+/;

/** Words that introduce a byline (`By`, `Written by`, `Автор:`, `Von`, `Par`, `Por`…), then a separator. */
const BYLINE_PREFIX = new CaselessPattern(`^(?:(?:${wordsOf('bylineLeads')})\\s+)?(?:${wordsOf('bylinePrefixes')})\\s*[:\\uff1a\\-\\u2013\\u2014]?\\s+`);
/** A byline introduced inside a longer line; group 1 is the first letter of the name. */
const BYLINE_IN_LINE = new RegExp(`(?:^|[\\s|\\u2022\\u00b7,])(?:${alternation(casings(pageWords('bylineInLine')))})\\s*[:\\uff1a]?\\s+(\\p{Lu})`, 'u');
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/g;
const URLISH = /https?:\/\/\S+|www\.\S+/g;
const HANDLE = /(?:^|\s)@\w+/g;
/** Joiners between several authors: punctuation, or a joining word in lower case or capitals (not `A.`, an initial). */
const AUTHOR_JOINERS = byLength(pageWords('authorJoiners').flatMap((w) => (w.length > 1 ? [w, w.toUpperCase()] : [w])));
/**
 * Where a split may fall: the joiners found as they are (group 2) behind their spaces (group 1); whether one stands
 * as a whole word is checked by splitAuthors, not by `\\p{…}` lookarounds, the costliest thing to compile in a new page.
 */
const AUTHOR_SPLIT_AT = new RegExp(`(\\s*)(?:,|;|\\/|&|\\||(${alternation(AUTHOR_JOINERS)}))\\s*`, 'gu');
/** Longest plausible personal or desk name, in words. */
const MAX_NAME_WORDS = 6;
/** Words a byline trails after the names (`Jean Dupont, le`, `Par Jean Dupont - Publié le`), with the separator before them. */
const BYLINE_TRAILER = new CaselessPattern(`(?:^|[\\s,;:|\\-\\u2013\\u2014]+)(?:${wordsOf('bylineTrailers')})$`);
/** How far into the body text the visible date of a headline may sit. */
const MAX_DATE_SCAN_ELEMENTS = 60;

/** A label that introduces the publication date, in the supported languages (not "updated"). */
const PUBLISHED_LABEL = new RegExp(`(?:${wordsOf('publishedLabels')})\\s*[:\\uff1a]?\\s*`, 'giu');
/** How many labels to try before giving up (each costs a parse of the text after it). */
const MAX_LABELLED_DATES = 20;
/** `<time>` elements read before giving up. */
const MAX_TIME_ELEMENTS = 5;
/** A dated path: `/2023/11/05/`, `/2023-11-05-`. */
const URL_DATE = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/-]|$)/;

const PUBLISHED_META = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'published_time', 'datepublished',
  'pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date', 'date', 'dc.date', 'dc.date.issued',
  'dcterms.created', 'dcterms.issued', 'sailthru.date', 'parsely-pub-date', 'article.published', 'citation_publication_date',
];
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'og:article:modified_time', 'datemodified', 'dcterms.modified', 'last-modified', 'lastmod'];
const AUTHOR_META = ['author', 'article:author', 'og:article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl', 'citation_author'];

export interface Metadata {
  title: string;
  byline: string | null;
  published: string | null;
  modified: string | null;
  publisher: string | null;
  url: string;
  langHint: string | null;
  /** The headline element, so extraction can leave it out of the body. */
  titleElement: Element | null;
  /** Elements that hold the byline/date line, also left out of the body. */
  metaElements: Element[];
}

export function readMetadata(doc: Document, pageUrl: string, meta: MetaMap, ld: JsonLd, scope: Element | null): Metadata {
  const publisher = readPublisher(meta, ld, pageUrl, normalizeSpace(doc.querySelector('title')?.textContent ?? ''));
  const { title, titleElement } = readTitle(doc, meta, ld, publisher, scope);
  const metaElements: Element[] = [];
  const byline = readByline(doc, meta, ld, titleElement, scope, metaElements);
  const published = readPublished(doc, pageUrl, meta, ld, titleElement, scope, metaElements);
  const modified =
    parseMachineDate(textProp(ld.article, 'dateModified')) ??
    parseMachineDate(metaFirst(meta, ...MODIFIED_META)) ??
    parseMachineDate(doc.querySelector('[itemprop="dateModified"]')?.getAttribute('datetime') ?? doc.querySelector('[itemprop="dateModified"]')?.getAttribute('content'));
  return {
    title,
    byline,
    published,
    modified,
    publisher,
    url: readCanonical(doc, meta, pageUrl),
    langHint: readLang(doc, meta),
    titleElement,
    metaElements,
  };
}

// ---------- title ----------

function readTitle(doc: Document, meta: MetaMap, ld: JsonLd, publisher: string | null, scope: Element | null) {
  const h1 = findHeadline(doc, scope);
  const h1Text = h1 ? normalizeSpace(h1.textContent ?? '') : '';
  const docTitle = normalizeSpace(doc.querySelector('title')?.textContent ?? '');
  const candidates = [textProp(ld.article, 'headline'), metaFirst(meta, 'og:title', 'twitter:title'), docTitle]
    .filter((t): t is string => !!t)
    .map((t) => normalizeSpace(t));

  // The visible headline wins when the declared titles agree with it (they then only add a site suffix),
  // or when it is the one headline of the page or of the article container.
  const h1Agrees = candidates.some((c) => sameText(c, h1Text) || c.toLowerCase().includes(h1Text.toLowerCase()));
  if (h1 && countWords(h1Text) >= 2 && (h1Agrees || h1IsTheHeadline(doc, h1, scope))) return { title: h1Text, titleElement: h1 };
  const headline = textProp(ld.article, 'headline');
  if (headline && !/…$|\.\.\.$/.test(headline)) return { title: normalizeSpace(headline), titleElement: h1 };
  const declared = metaFirst(meta, 'og:title', 'twitter:title') ?? docTitle;
  if (declared) return { title: stripSiteName(normalizeSpace(declared), publisher), titleElement: h1 };
  return { title: h1Text, titleElement: h1 };
}

/** An `<h1>` that is alone on the page, or sits right before the article text, is the headline. */
function h1IsTheHeadline(doc: Document, h1: Element, scope: Element | null): boolean {
  if (countWords(h1.textContent ?? '') < 3) return false;
  if (doc.getElementsByTagName('h1').length === 1) return true;
  return !!scope && (scope.contains(h1) || !!scope.parentElement?.contains(h1));
}

/** The first `<h1>` inside the article scope, else in the page (skipping logo headings). */
function findHeadline(doc: Document, scope: Element | null): Element | null {
  const pick = (list: ArrayLike<Element>) => {
    for (let i = 0; i < list.length && i < 10; i++) {
      const el = list[i]!;
      if (countWords(el.textContent ?? '') >= 2) return el;
    }
    return null;
  };
  // The selector query (a walk of the whole document) only when the scope has no headline.
  return (scope && pick(scope.getElementsByTagName('h1'))) ?? doc.querySelector('article h1, main h1, [itemprop="headline"]') ?? pick(doc.getElementsByTagName('h1'));
}

/** `Headline | Site` → `Headline`: drop the part that is the site name, else the shortest end part. */
export function stripSiteName(title: string, publisher: string | null): string {
  const parts = title.split(TITLE_SEPARATORS);
  if (parts.length < 2) return title;
  if (publisher) {
    const rest = parts.filter((p) => !sameText(p, publisher) && !p.toLowerCase().includes(publisher.toLowerCase()));
    if (rest.length && rest.length < parts.length) return rest.join(' – ');
  }
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (countWords(last) <= 4 && countWords(first) > countWords(last)) return parts.slice(0, -1).join(' – ');
  if (countWords(first) <= 4 && countWords(last) > countWords(first)) return parts.slice(1).join(' – ');
  return title;
}

/** Longest first line of a plain-text file taken as its title, in words and characters. */
const MAX_TEXT_TITLE_WORDS = 25;
const MAX_TEXT_TITLE_CHARS = 250;

/**
 * A plain-text file's title: its first line that holds text, when that line is short and more text follows
 * (a file of one line is all body, and a first line of 40 words is the first paragraph). Else ''.
 */
export function plainTextTitle(text: string): string {
  const lines = text.split(/\r\n|\r|\n/);
  const first = lines.findIndex((l) => containsLetter(l));
  if (first < 0) return '';
  const line = normalizeSpace(lines[first]!);
  if (line.length > MAX_TEXT_TITLE_CHARS || countWords(line) > MAX_TEXT_TITLE_WORDS) return '';
  return lines.slice(first + 1).some((l) => containsLetter(l)) ? line : '';
}

// ---------- byline ----------

function readByline(doc: Document, meta: MetaMap, ld: JsonLd, title: Element | null, scope: Element | null, metaEls: Element[]): string | null {
  const fromLd = authorNames(ld.article, ld.nodes);
  if (fromLd.length) {
    const cleaned = cleanByline(fromLd.join(', '));
    if (cleaned) return cleaned;
  }
  const el = findAuthorElement(doc, title, scope);
  if (el) {
    const cleaned = cleanByline(el.textContent ?? '');
    if (cleaned) {
      metaEls.push(el);
      return cleaned;
    }
  }
  const fromLine = bylineFromLine(title, scope, metaEls);
  if (fromLine) return fromLine;
  const fromMeta = (AUTHOR_META.flatMap((k) => meta.get(k) ?? [])).filter((v) => !/^https?:|^www\./.test(v));
  if (fromMeta.length) return cleanByline([...new Set(fromMeta)].join(', '));
  return null;
}

function findAuthorElement(doc: Document, title: Element | null, scope: Element | null): Element | null {
  const explicit = doc.querySelector('[itemprop="author"] [itemprop="name"], [itemprop="author"], [rel="author"], .byline, .author');
  if (explicit && countWords(explicit.textContent ?? '') <= 20) return explicit;
  // Else the nearest element after the headline whose class/id says author.
  const start = title?.parentElement ?? scope;
  if (!start) return null;
  // querySelectorAll, because linkedom's getElementsByTagName('*') returns nothing.
  const all = start.querySelectorAll('*');
  for (let i = 0; i < all.length && i < 200; i++) {
    const el = all[i]!;
    // No attribute, no class or id (and no hint): two reads fewer on the bare elements.
    if (!el.hasAttributes()) continue;
    const ci = classAndId(el);
    if (classHints(ci) & HINT_AUTHOR && !/avatar|image|photo|img/.test(ci)) {
      const w = countWords(el.textContent ?? '');
      if (w > 0 && w <= 20) return el;
    }
  }
  return null;
}

/** A short line near the headline that introduces names (`21.01.2025 | Автор: Иван Петров`, `By Jane Doe`). */
function bylineFromLine(title: Element | null, scope: Element | null, metaEls: Element[]): string | null {
  const area = title?.parentElement ?? scope;
  if (!area) return null;
  const all = area.querySelectorAll('*');
  for (let i = 0; i < all.length && i < 200; i++) {
    const el = all[i]!;
    // A caption's "Photo by …" credits the photographer, not the article's author (issue 15: credits stay in the text).
    if (el.closest('figcaption, figure')) continue;
    const text = normalizeSpace(el.textContent ?? '');
    if (!text || text.length > 160) continue;
    const m = BYLINE_IN_LINE.exec(text);
    if (!m) continue;
    const cleaned = cleanByline(text.slice(m.index + m[0].length - m[1]!.length));
    if (cleaned) {
      metaEls.push(el);
      return cleaned;
    }
  }
  return null;
}

/** `By Jane Doe and John Roe, jane@x.com, 5 Nov 2023` → `Jane Doe, John Roe`. */
export function cleanByline(raw: string): string | null {
  // Each pattern only where its one fixed character or word is (a fresh page compiles each regex it runs).
  let s = normalizeSpace(raw);
  if (s.includes('@')) s = s.replace(EMAIL, ' ');
  if (s.includes('http') || s.includes('www.')) s = s.replace(URLISH, ' ');
  if (s.includes('@')) s = s.replace(HANDLE, ' ');
  // Cut out dates, times and counters that share the byline line.
  for (let i = 0; i < 3; i++) {
    const d = parseTextDate(s);
    if (!d) break;
    s = `${s.slice(0, d.index)} ${s.slice(d.index + d.length)}`;
  }
  s = dropBareNumbers(s.includes(':') ? s.replace(/\b\d{1,2}:\d{2}\b/g, ' ') : s);
  s = normalizeSpace(s);
  for (let i = 0; i < 2; i++) s = BYLINE_PREFIX.cut(s);
  const parts: string[] = [];
  for (let part of splitAuthors(s)) {
    part = normalizeSpace(BYLINE_PREFIX.cut(part).replace(/^[\s:•·|–—-]+|[\s:•·|–—-]+$/g, ''));
    if (!part || !containsLetter(part)) continue;
    if (countWords(part) > MAX_NAME_WORDS) continue;
    parts.push(part);
  }
  // Names are capitalised: when some part is, the words in lower case after a name and the parts
  // without a capital are the line's particles (`Jean Dupont, le`, `Jane Doe on`), not names.
  const named = parts.some(hasCapital);
  const names: string[] = [];
  for (let part of parts) {
    part = dropTrailers(part);
    if (!part) continue;
    if (named) {
      if (!hasCapital(part)) continue;
      part = dropTrailingLowerWords(part);
    }
    if (!names.some((n) => n.toLowerCase() === part.toLowerCase())) names.push(part);
  }
  return names.length ? names.join(', ') : null;
}

/**
 * The names of a byline line: what `s.split(regex)` gives for `\\s*(?:,|;|\\/|&|\\||(?<![\\p{L}\\p{N}])(?:joiners)(?![\\p{L}\\p{N}]))\\s*`.
 * A joiner found inside a word (`a` in `Jane`) is no split: the listed joiners are tried there in the regex's order
 * as whole words, and the search goes on from the next character when none is one.
 */
export function splitAuthors(s: string): string[] {
  const out: string[] = [];
  const re = AUTHOR_SPLIT_AT;
  let from = 0;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    let end = re.lastIndex;
    if (m[2] !== undefined) {
      const start = m.index + m[1]!.length;
      const word = isWordChar(codePointBefore(s, start)) ? -1 : wholeJoinerEnd(s, start);
      if (word < 0) {
        re.lastIndex = m.index + 1;
        continue;
      }
      end = skipSpaces(s, word);
    }
    out.push(s.slice(from, m.index));
    re.lastIndex = from = end;
  }
  out.push(s.slice(from));
  return out;
}

/** The end of the first listed joiner (single words all, as the tests check) at `at` that ends a word there, or -1. */
function wholeJoinerEnd(s: string, at: number): number {
  for (const joiner of AUTHOR_JOINERS) if (s.startsWith(joiner, at) && !isWordChar(s.codePointAt(at + joiner.length))) return at + joiner.length;
  return -1;
}

/** Holds an upper-case letter (scripts without case never do). */
function hasCapital(s: string): boolean {
  return s !== s.toLowerCase();
}

/**
 * `Jean Dupont Le` → `Jean Dupont`, `Le` → ``: the language's trailing particles, whatever their case; a
 * two-word name keeps its last word (`Thanh Le`).
 */
function dropTrailers(part: string): string {
  for (;;) {
    const m = BYLINE_TRAILER.exec(part);
    if (!m) return part;
    const rest = part.slice(0, m.index).trim();
    if (rest && countWords(rest) < 2) return part;
    part = rest;
    if (!part) return part;
  }
}

/** `Jean Dupont le` → `Jean Dupont`: trailing words that have case but no capital. */
function dropTrailingLowerWords(part: string): string {
  const words = part.split(' ');
  let n = words.length;
  while (n > 1 && !hasCapital(words[n - 1]!) && words[n - 1] !== words[n - 1]!.toUpperCase()) n--;
  return words.slice(0, n).join(' ');
}

// ---------- dates ----------

function readPublished(doc: Document, pageUrl: string, meta: MetaMap, ld: JsonLd, title: Element | null, scope: Element | null, metaEls: Element[]): string | null {
  // Step 1: declarations about the article (JSON-LD, meta tags, microdata).
  const fromLd = parseMachineDate(textProp(ld.article, 'datePublished') ?? textProp(ld.article, 'dateCreated') ?? textProp(ld.article, 'uploadDate'));
  if (fromLd) return fromLd;
  const fromMeta = parseMachineDate(metaFirst(meta, ...PUBLISHED_META));
  if (fromMeta) return fromMeta;
  const itemprop = doc.querySelector('[itemprop="datePublished"]');
  if (itemprop) {
    const d = parseMachineDate(itemprop.getAttribute('datetime') ?? itemprop.getAttribute('content') ?? itemprop.textContent);
    if (d) return d;
  }
  // Step 2: what the reader sees: `<time>` in the article, a date line near the headline.
  const inScope = firstTime(scope);
  if (inScope) return inScope;
  const near = visibleDate(doc, title, scope, metaEls) ?? dateAfterHeadline(title, metaEls) ?? dateBeforeHeadline(title, metaEls);
  if (near) return near;
  // Step 3: weaker evidence: a WebPage node's date, the page's first `<time>`, a labelled date, the URL.
  const pageNode = ld.nodes.find((n) => typeof n['datePublished'] === 'string' || typeof n['uploadDate'] === 'string');
  const fromPage = parseMachineDate(textProp(pageNode, 'datePublished') ?? textProp(pageNode, 'uploadDate'));
  if (fromPage) return fromPage;
  return firstTime(doc.body) ?? labelledDate(doc.body) ?? urlDate(doc, meta, pageUrl);
}

/** The first `<time>` under `root` that gives a date (its `datetime`, else its text). */
function firstTime(root: Element | null): string | null {
  if (!root) return null;
  const times = root.getElementsByTagName('time');
  for (let i = 0; i < times.length && i < MAX_TIME_ELEMENTS; i++) {
    const t = times[i]!;
    const d = parseMachineDate(t.getAttribute('datetime')) ?? parseTextDate(t.textContent ?? '')?.iso;
    if (d) return d;
  }
  return null;
}

/** A date written near the headline: elements with a date/meta class first, then short lines after it. */
function visibleDate(doc: Document, title: Element | null, scope: Element | null, metaEls: Element[]): string | null {
  const area = title?.parentElement?.parentElement ?? scope?.parentElement ?? doc.body;
  if (!area) return null;
  const all = area.querySelectorAll('*');
  let fallback: { iso: string; el: Element } | null = null;
  for (let i = 0, seen = 0; i < all.length && seen < MAX_DATE_SCAN_ELEMENTS * 10; i++, seen++) {
    const el = all[i]!;
    // A count, not `children` (a collection object per element on a fresh page).
    if (el.childElementCount > 3) continue;
    const text = el.textContent ?? '';
    if (text.length > 200 || text.length < 6) continue;
    const d = parseTextDate(text);
    if (!d) continue;
    const ci = classAndId(el);
    if (classHints(ci) & HINT_DATE) {
      metaEls.push(el);
      return d.iso;
    }
    if (!fallback) fallback = { iso: d.iso, el };
  }
  if (fallback) metaEls.push(fallback.el);
  return fallback?.iso ?? null;
}

/** The first short line with a date after the headline in document order (bylines sit outside its box). */
function dateAfterHeadline(title: Element | null, metaEls: Element[]): string | null {
  if (!title) return null;
  let el: Element | null = nextOutside(title);
  for (let i = 0; el && i < MAX_DATE_SCAN_ELEMENTS * 2; i++) {
    const tag = el.localName.toLowerCase();
    if (tag === 'script' || tag === 'style' || tag === 'svg' || tag === 'a') {
      el = nextOutside(el);
      continue;
    }
    if (el.childElementCount <= 3) {
      const text = el.textContent ?? '';
      if (text.length >= 6 && text.length <= 200) {
        const d = parseTextDate(text);
        if (d) {
          metaEls.push(el);
          return d.iso;
        }
        el = nextOutside(el);
        continue;
      }
    }
    el = el.firstElementChild ?? nextOutside(el);
  }
  return null;
}

/** A short dated line just above the headline (some layouts put the byline and date over it). */
function dateBeforeHeadline(title: Element | null, metaEls: Element[]): string | null {
  if (!title) return null;
  let el: Element = title;
  // While climbing the headline's own ancestors there is nothing to read: each holds the headline.
  let ancestorOfTitle = true;
  for (let i = 0; i < MAX_DATE_SCAN_ELEMENTS / 2; i++) {
    let prev = el.previousElementSibling;
    if (prev) {
      while (prev.lastElementChild && prev.localName.toLowerCase() !== 'svg') prev = prev.lastElementChild;
      el = prev;
      ancestorOfTitle = false;
    } else {
      const parent = el.parentElement;
      if (!parent) return null;
      el = parent;
      if (ancestorOfTitle) continue;
    }
    if (el.childElementCount > 3 || insideLink(el)) continue;
    const text = el.textContent ?? '';
    if (text.length < 6 || text.length > 200) continue;
    const d = parseTextDate(text);
    if (d) {
      metaEls.push(el);
      return d.iso;
    }
  }
  return null;
}

function nextOutside(el: Element): Element | null {
  for (let a: Element | null = el; a; a = a.parentElement) if (a.nextElementSibling) return a.nextElementSibling;
  return null;
}

/** `Published July 8, 2025`, `Posted on …`, `Опубликовано: …`, `Жарияланды: …` anywhere in the page's text. */
function labelledDate(body: Element | null): string | null {
  if (!body) return null;
  const text = body.textContent ?? '';
  let tried = 0;
  for (const m of text.matchAll(PUBLISHED_LABEL)) {
    const at = m.index + m[0].length;
    const d = parseTextDate(text.slice(at, at + 40));
    if (d && d.index <= 3) return d.iso;
    if (++tried >= MAX_LABELLED_DATES) break;
  }
  return null;
}

/** `/2023/11/05/` or `/2023-11-05-` in the canonical or page URL. */
function urlDate(doc: Document, meta: MetaMap, pageUrl: string): string | null {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaFirst(meta, 'og:url') ?? '';
  const m = URL_DATE.exec(canonical) ?? URL_DATE.exec(pageUrl);
  if (!m) return null;
  return parseMachineDate(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`);
}

// ---------- publisher, url, language ----------

function readPublisher(meta: MetaMap, ld: JsonLd, pageUrl: string, docTitle: string): string | null {
  const fromLd = textProp(ld.article, 'publisher');
  if (fromLd) return normalizeSpace(fromLd);
  const site = metaFirst(meta, 'og:site_name', 'application-name');
  if (site) return normalizeSpace(site);
  const org = ld.nodes.find((n) => /organization|website/i.test(String(n['@type'])));
  const orgName = textProp(org, 'name');
  if (orgName) return normalizeSpace(orgName);
  // A suffix that only spells the address is the bare host.
  const fromTitle = titleSuffix(docTitle);
  if (fromTitle && fromTitle.toLowerCase() !== readableHost(pageUrl)) return fromTitle;
  const handle = metaFirst(meta, 'twitter:site');
  if (handle) return normalizeSpace(handle.replace(/^@/, ''));
  return readableHost(pageUrl);
}

/** `Headline – The Outlet` → `The Outlet`: a short last part after a longer headline. */
export function titleSuffix(title: string): string | null {
  const parts = title.split(TITLE_SEPARATORS);
  if (parts.length < 2) return null;
  const last = normalizeSpace(parts[parts.length - 1]!);
  const words = countWords(last);
  if (words === 0 || words > 4 || !containsLetter(last)) return null;
  return countWords(parts.slice(0, -1).join(' ')) > words ? last : null;
}

/** `https://www.altaynews.kz/ru/…` → `altaynews.kz`. */
export function readableHost(pageUrl: string): string | null {
  try {
    const host = new URL(pageUrl).hostname.replace(/^(www\d?|m|amp|mobile)\./, '');
    return host || null;
  } catch {
    return null;
  }
}

function readCanonical(doc: Document, meta: MetaMap, pageUrl: string): string {
  const href = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaFirst(meta, 'og:url');
  if (href) {
    try {
      const u = new URL(href.trim(), pageUrl);
      if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
    } catch {
      // fall through to the page URL
    }
  }
  return pageUrl;
}

function readLang(doc: Document, meta: MetaMap): string | null {
  const lang = doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang');
  if (lang && lang.trim()) return lang.trim().slice(0, 35);
  const locale = metaFirst(meta, 'og:locale', 'content-language', 'language');
  return locale ? locale.replace('_', '-').slice(0, 35) : null;
}
