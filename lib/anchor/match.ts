/**
 * Finds a text-quote selector in a text, robust to whitespace and invisible characters:
 * the page's DOM text and the extracted text differ exactly there (collapsed spaces, line
 * breaks between inline elements, soft hyphens). Pure: no DOM.
 */
import type { TextQuoteSelector } from '../schema';
export { selectorFor } from '../schema/selector';

/**
 * Runs of characters ignored when comparing: whitespace (what `\s` matches), soft hyphen, zero-width characters,
 * word joiner and BOM. Found by a native regex: folding runs over whole article texts and every quote, and a fresh
 * page would run a loop over their characters in the interpreter.
 */
const IGNORED_RUN = /[\s\u00ad\u200b-\u200d\u2060]+/g;

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
  /** Each run of kept characters: where it starts in the folded text (ascending)… */
  runAt: number[];
  /** …and in the original text. */
  runFrom: number[];
}

/** Drops ignored characters, remembering where each run of kept characters came from. */
export function fold(text: string): Folded {
  const kept = text.split(IGNORED_RUN);
  const gaps = text.match(IGNORED_RUN);
  const runAt: number[] = [];
  const runFrom: number[] = [];
  let at = 0;
  let from = 0;
  for (let i = 0; i < kept.length; i++) {
    const piece = kept[i]!;
    if (piece) {
      runAt.push(at);
      runFrom.push(from);
      at += piece.length;
    }
    from += piece.length + (gaps?.[i]?.length ?? 0);
  }
  return { text: kept.join(''), runAt, runFrom };
}

/** `fold(text).text` alone: one native pass, without the map back to the original offsets. */
export function foldedText(text: string): string {
  return text.replace(IGNORED_RUN, '');
}

/** The run holding folded character `at` (the last run starting at or before it; -1 before the first). */
function runOf(runStarts: number[], at: number): number {
  let lo = 0;
  let hi = runStarts.length - 1;
  if (hi < 0 || runStarts[0]! > at) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (runStarts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The offset in the original text of folded character `at`. */
export function originalOffset(folded: Folded, at: number): number {
  const r = Math.max(0, runOf(folded.runAt, at));
  return (folded.runFrom[r] ?? 0) + at - (folded.runAt[r] ?? 0);
}

/** The first folded character whose original offset is ≥ `offset`. */
function foldedAtOrAfter(folded: Folded, offset: number): number {
  const r = runOf(folded.runFrom, offset);
  if (r < 0) return 0;
  const end = r + 1 < folded.runAt.length ? folded.runAt[r + 1]! : folded.text.length;
  return Math.min(end, folded.runAt[r]! + offset - folded.runFrom[r]!);
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
  const exact = foldedText(selector.exact);
  if (!exact) return null;
  const prefix = foldedText(selector.prefix);
  const suffix = foldedText(selector.suffix);

  const contextAt = (at: number) =>
    commonSuffixLength(folded.text.slice(Math.max(0, at - prefix.length), at), prefix) +
    commonPrefixLength(folded.text.slice(at + exact.length, at + exact.length + suffix.length), suffix);
  const toMatch = (at: number): Match => ({ start: originalOffset(folded, at), end: originalOffset(folded, at + exact.length - 1) + 1 });

  // Fast path: the page hasn't moved the text, so the quote sits at the expected place with its full context.
  if (hint !== undefined) {
    const expected = foldedAtOrAfter(folded, hint);
    if (folded.text.startsWith(exact, expected) && contextAt(expected) === prefix.length + suffix.length) return toMatch(expected);
  }

  let best: { at: number; score: number } | null = null;
  let seen = 0;
  for (let at = folded.text.indexOf(exact); at !== -1 && seen < MAX_CANDIDATES; at = folded.text.indexOf(exact, at + 1)) {
    seen++;
    const distance = hint === undefined ? 0 : Math.abs(originalOffset(folded, at) - hint);
    const score = contextAt(at) * CONTEXT_WEIGHT - distance;
    if (!best || score > best.score) best = { at, score };
  }
  return best ? toMatch(best.at) : null;
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
