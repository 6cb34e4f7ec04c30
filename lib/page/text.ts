/**
 * Small text helpers shared by detection, extraction and metadata: whitespace normalisation and a
 * word count that treats every script fairly (Cyrillic and Latin by letter runs, CJK by characters).
 */

/**
 * Runs of whitespace (what `\s` matches, and the zero-width space pages use for layout) that are not one plain
 * space already: replacing only these gives what replacing every run gives, and most text then needs no new string.
 */
const SPACE_RUN_TO_FIX = /[\s\u200b]{2,}|[\t-\r\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/g;

/** Han, kana: scripts without spaces between words, where about two characters carry one word. */
const CJK_CHARS_PER_WORD = 2;

export function normalizeSpace(s: string): string {
  return s.replace(SPACE_RUN_TO_FIX, ' ').trim();
}

/**
 * Words in any script: runs of letters and digits (any script, combining marks included); CJK ideographs and kana
 * count one word per two characters. The classes are plain code-unit ranges counted by native regexes: no `\p{L}`
 * regex (a Unicode-property regex costs a millisecond or more to compile in each new page), and no character loop
 * either, which a fresh page runs in the interpreter (three to five times slower over a page's paragraphs).
 * tests/unit/page/text-chars.test.ts spells the classes out block by block and checks every code unit.
 */
export function countWords(s: string): number {
  const runs = s.match(WORD_RUN);
  const words = runs ? runs.length : 0;
  return HAS_CJK.test(s) ? words + Math.ceil(s.replace(NOT_CJK_RUN, '').length / CJK_CHARS_PER_WORD) : words;
}

/** Runs of word code units, and CJK ones (no `u` flag: astral characters, emoji mostly, are two units of neither). */
const WORD_RUN = /[0-9A-Za-z\xaa\xb5\xba\xc0-\xd6\xd8-\xf6\xf8-\u1fff\u2c00-\u2dff\u3100-\u33ff\u4dc0-\u4dff\ua000-\ud7ff\ufb00-\ufe0f\ufe70-\ufeff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff66-\uffdf]+/g;
const HAS_CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const NOT_CJK_RUN = /[^\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;

/** Commas: `,`, fullwidth `\uff0c`, ideographic `\u3001`, Arabic `\u060c`. */
const COMMA = /[,\uff0c\u3001\u060c]/g;
export function commaCount(text: string): number {
  return text.match(COMMA)?.length ?? 0;
}

/** Whether `s` holds an ASCII digit. */
export function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isDigit(s.charCodeAt(i))) return true;
  return false;
}

/** An ASCII digit's character code (what `\d` matches). */
export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** A year of 1900–2099 (`(19|20)\d\d`) written at `at`. */
export function isYearAt(s: string, at: number): boolean {
  return (s.startsWith('19', at) || s.startsWith('20', at)) && isDigit(s.charCodeAt(at + 2)) && isDigit(s.charCodeAt(at + 3));
}

/** JavaScript's `\s`. */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Where the run of spaces (`\s`) at `i` ends. */
export function skipSpaces(t: string, i: number): number {
  while (i < t.length && isSpace(t.charCodeAt(i))) i++;
  return i;
}

/** The lower-cased class and id of an element, for boilerplate and role matching. */
export function classAndId(el: Element): string {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  if (!cls && !id) return '';
  return `${cls ?? ''} ${id ?? ''}`.toLowerCase();
}

/**
 * The page's `<body>`. Parsers that repair broken markup (linkedom on some real pages) can leave an
 * empty first body and put the content in a second one; take the body that holds the most.
 */
export function contentRoot(doc: Document): Element | null {
  const body = doc.body;
  if (body && body.firstElementChild) return body;
  let best: Element | null = body;
  const bodies = doc.querySelectorAll('body');
  for (let i = 0; i < bodies.length; i++) {
    const c = bodies[i]!;
    if (c.childElementCount > (best?.childElementCount ?? 0)) best = c;
  }
  return best ?? doc.documentElement;
}

/** Teaser links wrap their date or title a level or two deep; a bounded climb (`closest` climbs to the root). */
const LINK_CLIMB = 6;
export function insideLink(el: Element): boolean {
  let a: Element | null = el;
  for (let i = 0; a && i < LINK_CLIMB; i++, a = a.parentElement) if (a.localName.toLowerCase() === 'a') return true;
  return false;
}

// \p{L} and \p{N} without compiling a Unicode-property regex on common text: ASCII, Latin-1 and Cyrillic
// are answered here, anything else by a regex built the first time it is needed.
let letterRe: RegExp | null = null;
let numberRe: RegExp | null = null;

export function isLetter(cp: number): boolean {
  if (cp < 0x80) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  if (cp < 0x100) return cp === 0xaa || cp === 0xb5 || cp === 0xba || (cp >= 0xc0 && cp !== 0xd7 && cp !== 0xf7);
  if (cp >= 0x400 && cp <= 0x4ff) return cp < 0x482 || cp > 0x489;
  if (isSymbolOnly(cp)) return false;
  return (letterRe ??= /\p{L}/u).test(String.fromCodePoint(cp));
}

export function isNumber(cp: number): boolean {
  if (cp < 0x80) return isDigit(cp);
  if (cp < 0x100) return cp === 0xb2 || cp === 0xb3 || cp === 0xb9 || (cp >= 0xbc && cp <= 0xbe);
  if (cp >= 0x400 && cp <= 0x4ff) return false;
  if (isSymbolOnly(cp)) return false;
  return (numberRe ??= /\p{N}/u).test(String.fromCodePoint(cp));
}

/**
 * Blocks with neither letters nor numbers that news text is full of: typographic quotes, dashes and
 * spaces (General Punctuation), currency signs, arrows and maths, box drawing and shapes, emoji.
 */
function isSymbolOnly(cp: number): boolean {
  return (cp >= 0x2000 && cp < 0x2070) || (cp >= 0x20a0 && cp < 0x2100) || (cp >= 0x2190 && cp < 0x2460) || (cp >= 0x2500 && cp < 0x2776) || (cp >= 0x1f300 && cp < 0x1fb00);
}

export function isWordChar(cp: number | undefined): boolean {
  return cp !== undefined && (isLetter(cp) || isNumber(cp));
}

/** The code point ending right before i (a surrogate pair read whole). */
export function codePointBefore(t: string, i: number): number | undefined {
  if (i <= 0) return undefined;
  const lo = t.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = t.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return t.codePointAt(i - 2);
  }
  return lo;
}

/** Does `s` hold a letter of any script (`\p{L}`)? */
export function containsLetter(s: string): boolean {
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    if (isLetter(cp)) return true;
    i += cp > 0xffff ? 2 : 1;
  }
  return false;
}

/**
 * Do two texts read the same, ignoring case, spaces and punctuation (letters and numbers compared)?
 * Character by character rather than with a `\p{…}` regex, which costs a millisecond to compile on each page.
 */
export function sameText(a: string, b: string): boolean {
  return lettersAndNumbers(a.toLowerCase()) === lettersAndNumbers(b.toLowerCase());
}

/**
 * `s` with each run of ASCII digits that no letter touches replaced by a space: what
 * `s.replace(/(?<![\p{L}])\d+(?![\p{L}])/gu, ' ')` gives (a run followed by a letter loses its last digit to the
 * lookahead, as the regex backtracks: `a123b` → `a1 3b`), without compiling the `\p{L}` classes on each page.
 */
export function dropBareNumbers(s: string): string {
  if (!hasDigit(s)) return s;
  let out = '';
  let kept = 0;
  for (let i = 0; i < s.length; ) {
    const before = codePointBefore(s, i);
    if (!isDigit(s.charCodeAt(i)) || (before !== undefined && isLetter(before))) {
      i++;
      continue;
    }
    let end = i;
    while (end < s.length && isDigit(s.charCodeAt(end))) end++;
    // The greedy run backs off one digit when a letter follows it (the digit before a letter is no letter).
    if (end < s.length && isLetter(s.codePointAt(end)!)) end--;
    if (end === i) {
      i++;
      continue;
    }
    out += s.slice(kept, i) + ' ';
    kept = i = end;
  }
  return kept === 0 ? s : out + s.slice(kept);
}

function lettersAndNumbers(s: string): string {
  let out = '';
  let kept = 0;
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (!isWordChar(cp)) {
      out += s.slice(kept, i);
      kept = i + width;
    }
    i += width;
  }
  return kept === 0 ? s : out + s.slice(kept);
}
