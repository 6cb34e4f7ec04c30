/**
 * Finds a text-quote selector in a text, robust to whitespace and invisible characters:
 * the page's DOM text and the extracted text differ exactly there (collapsed spaces, line
 * breaks between inline elements, soft hyphens). Pure: no DOM.
 */
import type { TextQuoteSelector } from '../schema';

/** Characters ignored when comparing: whitespace, soft hyphen, zero-width and BOM. */
const IGNORED = /[\s\u00ad\u200b-\u200d\u2060\ufeff]/u;

/** How much a matching prefix/suffix character counts against distance from the expected position. */
const CONTEXT_WEIGHT = 20;

export interface Folded {
  /** The text without ignored characters. */
  text: string;
  /** `index[i]` is the offset in the original text of folded character i. */
  index: number[];
}

/** Drops ignored characters, remembering where each kept character came from. */
export function fold(text: string): Folded {
  let out = '';
  const index: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (IGNORED.test(ch)) continue;
    out += ch;
    index.push(i);
  }
  return { text: out, index };
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
  const exact = fold(selector.exact).text;
  if (!exact) return null;
  const folded = fold(haystack);
  const prefix = fold(selector.prefix).text;
  const suffix = fold(selector.suffix).text;

  let best: { at: number; score: number } | null = null;
  for (let at = folded.text.indexOf(exact); at !== -1; at = folded.text.indexOf(exact, at + 1)) {
    const context =
      commonSuffixLength(folded.text.slice(Math.max(0, at - prefix.length), at), prefix) +
      commonPrefixLength(folded.text.slice(at + exact.length, at + exact.length + suffix.length), suffix);
    const distance = hint === undefined ? 0 : Math.abs((folded.index[at] ?? 0) - hint);
    const score = context * CONTEXT_WEIGHT - distance;
    if (!best || score > best.score) best = { at, score };
  }
  if (!best) return null;
  const start = folded.index[best.at]!;
  const end = folded.index[best.at + exact.length - 1]! + 1;
  return { start, end };
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

/** Builds a selector for [start, end) of `text`, with `context` characters each side. */
export function selectorFor(text: string, start: number, end: number, context = 32): TextQuoteSelector {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - context), start),
    suffix: text.slice(end, end + context),
  };
}
