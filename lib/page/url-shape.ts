/**
 * What a URL's shape says about its page: homepage, listing or search, dated post, article or
 * non-article section, long slug. Plain string work on path segments rather than regexes: this runs on
 * every page the reader opens, in a fresh script context each time, where every regex is compiled anew
 * (about a millisecond each in Chromium) and set lookups cost nothing to prepare.
 */

import { countWords, hasDigit, isDigit, isYearAt } from './text';

/** Segments of listings, searches and navigation (`/tag/x`, `/category/y`); `page/<n>` too. */
const LISTING_SEGMENTS = new Set([
  'tag', 'tags', 'category', 'categories', 'topic', 'topics', 'section', 'sections', 'rubric', 'rubrika', 'author', 'authors',
  'archive', 'search', 'shop', 'product', 'products', 'catalog', 'collection', 'collections', 'cart', 'login', 'account',
]);
/** Query parameters of site search. */
const SEARCH_PARAMS = new Set(['q', 's', 'query', 'search', 'text']);
/** Folders where sites keep posts (`/blog/…`, `/news/…`, `/novosti/…`): followed by the post's own segment. */
const ARTICLE_SEGMENTS = new Set([
  'blog', 'blogs', 'news', 'novosti', 'zhanalyqtar', 'nachrichten', 'noticias', 'actualites', 'article', 'articles', 'post',
  'posts', 'stories', 'story', 'insight', 'insights', 'magazine', 'journal', 'press', 'report', 'reports', 'review', 'reviews',
  'guide', 'guides', 'learn', 'resources', 'tips', 'advice', 'opinion', 'feature', 'features',
]);
/** Folders where sites keep other things. */
const NON_ARTICLE_SEGMENTS = new Set([
  'product', 'products', 'shop', 'store', 'service', 'services', 'solutions', 'pricing', 'plans', 'doc', 'docs', 'documentation',
  'api', 'reference', 'manual', 'forum', 'forums', 'thread', 'threads', 'discussion', 'discussions', 'community', 'questions',
  'support', 'help', 'kb', 'catalog', 'collection', 'collections', 'course', 'courses', 'jobs', 'careers', 'event', 'events', 'wiki',
]);
/** Forum thread folders, when a numbered thread follows (`/t/some-topic/123`, `/showthread.php/456`). */
const THREAD_SEGMENTS = new Set(['t', 'd', 'topic', 'showthread.php']);

export interface UrlShape {
  /** The path without a trailing `/` or `/index.html`. */
  path: string;
  /** The site's front page (`/`, `/en`, `/en-us`). */
  homepage: boolean;
  /** A listing folder or a search query. */
  listing: boolean;
  /** A date in the path (`/2023/11/05/`, `/2023-11-05-`, `/20231105`). */
  dated: boolean;
  /** The first telling folder: `article` (`/news/x`), `non-article` (`/docs/x`), or none; with the folder. */
  section: { kind: 'article' | 'non-article'; folder: string } | null;
  /** The last segment, without a file extension. */
  slug: string;
}

export function urlShape(url: URL): UrlShape {
  const path = stripIndex(url.pathname);
  const segments = path.toLowerCase().split('/').slice(1);
  // `/index.php?newsid=123`, `/?p=45`: older engines serve every story from the front script.
  const homepage = (path === '' || (segments.length === 1 && isLanguageSegment(segments[0]!))) && !hasItemParam(url);
  return {
    path,
    homepage,
    listing: isListing(segments) || hasSearchParam(url),
    dated: segments.some((_, i) => datedAt(segments, i)),
    section: firstSection(segments),
    slug: stripExtension(path.slice(path.lastIndexOf('/') + 1)),
  };
}

/** Words of a slug (`some-story_here+now`, `%20`-separated too) that hold a letter. */
export function slugWords(slug: string): string[] {
  const words: string[] = [];
  let start = 0;
  const s = slug.split('%20').join('-');
  for (let i = 0; i <= s.length; i++) {
    if (i < s.length && s[i] !== '-' && s[i] !== '_' && s[i] !== '+') continue;
    const w = s.slice(start, i);
    if (hasLetter(decodeSafe(w))) words.push(w);
    start = i + 1;
  }
  return words;
}

/** A letter of any script, as countWords reads them (a slug word, not a number or an id). */
function hasLetter(s: string): boolean {
  return countWords(s.replace(ASCII_DIGITS, '')) > 0;
}
const ASCII_DIGITS = /[0-9]+/g;

function stripIndex(pathname: string): string {
  if (pathname.endsWith('/')) return pathname.slice(0, -1);
  const slash = pathname.lastIndexOf('/');
  const last = pathname.slice(slash + 1);
  const dot = last.indexOf('.');
  if (dot === 5 && last.startsWith('index') && dot < last.length - 1 && isWordChars(last.slice(dot + 1))) return pathname.slice(0, slash);
  return pathname;
}

function stripExtension(segment: string): string {
  const dot = segment.lastIndexOf('.');
  const ext = dot >= 0 ? segment.slice(dot + 1) : '';
  return ext.length >= 2 && ext.length <= 5 && isWordChars(ext) ? segment.slice(0, dot) : segment;
}

/** `en`, `ru`, `en-us`. */
function isLanguageSegment(s: string): boolean {
  const letters = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (s.charCodeAt(i) < 0x61 || s.charCodeAt(i) > 0x7a) return false;
    return true;
  };
  return (s.length === 2 && letters(0, 2)) || (s.length === 5 && s[2] === '-' && letters(0, 2) && letters(3, 5));
}

function isListing(segments: string[]): boolean {
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    if (LISTING_SEGMENTS.has(s)) return true;
    if (s === 'page' && i + 1 < segments.length && isDigits(segments[i + 1]!)) return true;
  }
  return false;
}

/** Query parameters that page through a list, not name an item. */
const PAGING_PARAMS = new Set(['page', 'start', 'from', 'offset', 'limit', 'per_page', 'pg', 'p_page', 'lang', 'year', 'month']);

/** A parameter naming one item by number (`id=123`, `newsid=45`, `p=678`), read from the raw query string. */
function hasItemParam(url: URL): boolean {
  for (const part of url.search.slice(1).split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0 && eq < part.length - 1 && isDigits(part.slice(eq + 1)) && !PAGING_PARAMS.has(part.slice(0, eq).toLowerCase())) return true;
  }
  return false;
}

/** A search parameter with a value (`?q=…`), read from the raw query string. */
function hasSearchParam(url: URL): boolean {
  for (const part of url.search.slice(1).split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0 && SEARCH_PARAMS.has(part.slice(0, eq).toLowerCase())) return true;
  }
  return false;
}

function firstSection(segments: string[]): UrlShape['section'] {
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    const next = segments[i + 1];
    // A post folder counts only when the post's own segment follows it.
    if (ARTICLE_SEGMENTS.has(s) && next) return { kind: 'article', folder: s };
    // `/doc/<number>` as the whole rest of the path is a numbered document (news sites such as kommersant.ru
    // keep every story so), not a documentation folder, which names its pages.
    if (NON_ARTICLE_SEGMENTS.has(s) && !(s === 'doc' && i + 2 === segments.length && isDigits(next!))) return { kind: 'non-article', folder: s };
    if (THREAD_SEGMENTS.has(s) && next !== undefined && hasDigit(next)) return { kind: 'non-article', folder: s };
  }
  return null;
}

/** A date starting at segment `i`: `2023/11[/…]`, `2023-11-05-slug`, `20231105…`. */
function datedAt(segments: string[], i: number): boolean {
  const s = segments[i]!;
  if (s.length < 4 || !isYearAt(s, 0)) return false;
  if (s.length === 4) {
    // `/2023/11/…` or `/2023/11`
    const next = segments[i + 1];
    if (next === undefined) return false;
    const end = monthAt(next, 0);
    return end > 0 && (end === next.length || next[end] === '-');
  }
  if (s[4] === '-') {
    // `/2023-11`, `/2023-11-…`
    const end = monthAt(s, 5);
    return end > 0 && (end === s.length || s[end] === '-');
  }
  // `/20231105` followed by a non-digit or the end.
  return (
    s.length >= 8 && isDigits(s.slice(4, 8)) && validMonth(Number(s.slice(4, 6))) && validDay(Number(s.slice(6, 8))) &&
    (s.length === 8 || !isDigit(s.charCodeAt(8)))
  );
}

/** Where a month (`1`–`12`, `01`–`09`) starting at `at` ends, or 0 when there is none. */
function monthAt(s: string, at: number): number {
  const d1 = s.charCodeAt(at);
  if (!isDigit(d1)) return 0;
  const d2 = s.charCodeAt(at + 1);
  if (isDigit(d2)) return validMonth(Number(s.slice(at, at + 2))) ? at + 2 : 0;
  return d1 !== 0x30 ? at + 1 : 0;
}

const validMonth = (m: number) => m >= 1 && m <= 12;
const validDay = (d: number) => d >= 1 && d <= 31;
function isDigits(s: string): boolean {
  if (!s) return false;
  for (let i = 0; i < s.length; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}
/** Letters, digits and `_` (a regex `\w`). */
function isWordChars(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f)) return false;
  }
  return s.length > 0;
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
