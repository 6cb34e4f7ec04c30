/**
 * Matchers built from the page words of every language (lib/lang/page): the code here knows the shapes
 * (a line that starts with a label, a prefix before a name), the data knows the words.
 */
import { pageWords, type PageWords } from '../lang/page';

/** A word list as a regex alternation, longest first; a space in an entry matches any run of spaces. */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/** `alternation` of one list over all languages. */
export function wordsOf(key: Exclude<keyof PageWords, 'months'>): string {
  return alternation(pageWords(key));
}

/** Each word as written in running text: lower case, capitalised, and in capitals. */
export function casings(words: readonly string[]): string[] {
  const out = new Set<string>();
  for (const w of words) {
    out.add(w);
    out.add(w.charAt(0).toUpperCase() + w.slice(1));
    out.add(w.toUpperCase());
  }
  return [...out];
}

/** Lookarounds for whole words in any script (`\b` only knows ASCII letters). */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
export const WORD_END = '(?![\\p{L}\\p{N}])';
