/**
 * Matchers built from the page words of every language (lib/lang/page): the code here knows the shapes
 * (a line that starts with a label, a prefix before a name), the data knows the words.
 */
import { pageWords, type PageWords } from '../lang/page';
import { isWordChar } from './text';

/** A word list longest first (the order an alternation tries them), in their order among equal lengths. */
export function byLength(words: readonly string[]): string[] {
  return [...words].sort((a, b) => b.length - a.length);
}

/** A word list as a regex alternation, longest first; a space in an entry matches any run of spaces. */
export function alternation(words: readonly string[]): string {
  return byLength(words)
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

/** Lookahead for a word's end in any script (`\b` only knows ASCII letters). */
export const WORD_END = '(?![\\p{L}\\p{N}])';

/**
 * Characters that an `iu` regex takes for a letter of the page words while their lower case is another character
 * (or two): long s, dotted capital I, Old Cyrillic letter variants. tests/unit/page/words.test.ts checks every
 * code unit against every letter of the words, so a language whose letters need more fails there.
 */
const FOLDS_UNLIKE_LOWER = /[\u0130\u017f\u1c80-\u1c88]/;

/**
 * A case-insensitive pattern over the page words (all lower case) that a fresh page can afford: V8 compiles an
 * `iu` regex by closing every character of every word over its case variants (0.1–0.5 ms per regex, paid again in
 * each page), so the pattern runs without `i` on the text in lower case instead, which matches the same (same
 * length, same positions) unless the text holds a character from FOLDS_UNLIKE_LOWER: then the `iu` regex itself
 * answers. The pattern's other parts must not hold letters. Matched strings are in lower case; indexes are the text's.
 */
export class CaselessPattern {
  private lowerRe: RegExp | null = null;
  private foldRe: RegExp | null = null;

  /** `source` is compiled with the `u` flag (and `i` where it must). */
  constructor(private readonly source: string) {}

  exec(text: string): RegExpExecArray | null {
    if (FOLDS_UNLIKE_LOWER.test(text)) return (this.foldRe ??= new RegExp(this.source, 'iu')).exec(text);
    return (this.lowerRe ??= new RegExp(this.source, 'u')).exec(text.toLowerCase());
  }

  /** The text without its first match (what `text.replace(regex, '')` gives). */
  cut(text: string): string {
    const m = this.exec(text);
    return m ? text.slice(0, m.index) + text.slice(m.index + m[0].length) : text;
  }
}

/**
 * Does a text start with one of the words, as a whole word (`^(?:words)(?![\\p{L}\\p{N}])`, case-insensitive)? The
 * first word starting the text is found without the lookahead (a `\\p{…}` class, the costliest part to compile) and
 * its end checked here; only when it runs on into a longer word (`Shares …`) may a shorter listed word still end
 * there, and the full regex answers.
 */
export class StartsWithWord {
  private readonly start: CaselessPattern;
  private full: RegExp | null = null;

  /** `words`: an alternation of lower-case words. */
  constructor(private readonly words: string) {
    this.start = new CaselessPattern(`^(?:${words})`);
  }

  test(text: string): boolean {
    const m = this.start.exec(text);
    if (!m) return false;
    if (!isWordChar(text.codePointAt(m[0].length))) return true;
    return (this.full ??= new RegExp(`^(?:${this.words})${WORD_END}`, 'iu')).test(text);
  }
}
