/**
 * Finds a text-quote selector in a text, robust to whitespace and invisible characters:
 * the page's DOM text and the extracted text differ exactly there (collapsed spaces, line
 * breaks between inline elements, soft hyphens). Pure: no DOM.
 */
import type { TextQuoteSelector } from '../schema';
export { selectorFor } from '../schema';

/**
 * Characters ignored when comparing: whitespace (what `\s` matches), soft hyphen, zero-width
 * characters, word joiner and BOM. Tested by char code: folding runs over whole article texts.
 */
function isIgnored(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0xad || code === 0x1680 || (code >= 0x2000 && code <= 0x200d) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x2060 ||
    code === 0x3000 || code === 0xfeff
  );
}

/** How much a matching prefix/suffix character counts against distance from the expected position. */
const CONTEXT_WEIGHT = 20;
/**
 * Occurrences weighed at most when the fast path fails: a quote repeated thousands of times in one
 * block would otherwise make anchoring quadratic. The first ones in text order are kept.
 */
const MAX_CANDIDATES = 64;

export interface Folded {
  /** The text without ignored characters. */
  text: string;
  /** `index[i]` is the offset in the original text of folded character i. */
  index: number[];
}

/** Drops ignored characters, remembering where each kept character came from. */
export function fold(text: string): Folded {
  const index: number[] = [];
  const kept: string[] = [];
  let runStart = -1;
  for (let i = 0; i <= text.length; i++) {
    const ignored = i === text.length || isIgnored(text.charCodeAt(i));
    if (!ignored) {
      if (runStart < 0) runStart = i;
      index.push(i);
    } else if (runStart >= 0) {
      // Copy runs of kept characters at once: far cheaper than one concatenation per character.
      kept.push(text.slice(runStart, i));
      runStart = -1;
    }
  }
  return { text: kept.join(''), index };
}

export interface Match {
  start: number;
  end: number;
}

/**
 * Locates `selector.exact` in `haystack`. Among several occurrences it prefers the one whose
 * prefix and suffix agree with the selector's, then the one nearest `hint` (an expected start
 * offset in `haystack`). Returns offsets in the original `haystack`, or null.
 */
export function matchQuote(haystack: string, selector: TextQuoteSelector, hint?: number): Match | null {
  return matchFolded(fold(haystack), selector, hint);
}

/** `matchQuote` on a haystack folded once by the caller: anchoring many spans in one text folds it once. */
export function matchFolded(folded: Folded, selector: TextQuoteSelector, hint?: number): Match | null {
  const exact = fold(selector.exact).text;
  if (!exact) return null;
  const prefix = fold(selector.prefix).text;
  const suffix = fold(selector.suffix).text;

  const contextAt = (at: number) =>
    commonSuffixLength(folded.text.slice(Math.max(0, at - prefix.length), at), prefix) +
    commonPrefixLength(folded.text.slice(at + exact.length, at + exact.length + suffix.length), suffix);
  const toMatch = (at: number): Match => ({ start: folded.index[at]!, end: folded.index[at + exact.length - 1]! + 1 });

  // Fast path: the page hasn't moved the text, so the quote sits at the expected place with its full context.
  if (hint !== undefined) {
    const expected = lowerBound(folded.index, hint);
    if (folded.text.startsWith(exact, expected) && contextAt(expected) === prefix.length + suffix.length) return toMatch(expected);
  }

  let best: { at: number; score: number } | null = null;
  let seen = 0;
  for (let at = folded.text.indexOf(exact); at !== -1 && seen < MAX_CANDIDATES; at = folded.text.indexOf(exact, at + 1)) {
    seen++;
    const distance = hint === undefined ? 0 : Math.abs((folded.index[at] ?? 0) - hint);
    const score = contextAt(at) * CONTEXT_WEIGHT - distance;
    if (!best || score > best.score) best = { at, score };
  }
  return best ? toMatch(best.at) : null;
}

/** First position whose original offset is ≥ `offset` (binary search over ascending offsets). */
function lowerBound(index: number[], offset: number): number {
  let lo = 0;
  let hi = index.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
