/**
 * Page words of every supported language (see types.ts), and their unions as lib/page needs them.
 * Adding a language: write `<code>.ts` exporting its `PageWords` and add it to PAGE_WORDS.
 */
import type { PageWords } from './types';
import { cs } from './cs';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { kk } from './kk';
import { ru } from './ru';
import { uk } from './uk';

export type { PageWords } from './types';

export const PAGE_WORDS: Readonly<Record<string, PageWords>> = { en, ru, uk, kk, de, fr, es, cs };

type ListKey = Exclude<keyof PageWords, 'months'>;

/** One list over all languages, without repeats, longest first (so a matcher tries `авторы` before `автор`). */
export function pageWords(key: ListKey): string[] {
  const all = new Set<string>();
  for (const words of Object.values(PAGE_WORDS)) for (const w of words[key] ?? []) all.add(w);
  return [...all].sort((a, b) => b.length - a.length);
}

/** `[month number, its words in every language]`, January first. */
export function monthWords(): Array<[number, string[]]> {
  return Array.from({ length: 12 }, (_, i) => {
    const words = new Set<string>();
    for (const lang of Object.values(PAGE_WORDS)) for (const w of lang.months[i] ?? []) words.add(w);
    return [i + 1, [...words]];
  });
}

/** Problems with one language's page words (empty when valid): 12 months, lower case, trimmed, no repeats. */
export function pageWordProblems(code: string, words: PageWords): string[] {
  const problems: string[] = [];
  if (words.months.length !== 12) problems.push(`${code}: ${words.months.length} months`);
  const lists: Array<[string, readonly string[]]> = words.months.map((m, i) => [`months[${i}]`, m]);
  for (const [key, list] of Object.entries(words)) if (key !== 'months') lists.push([key, list as readonly string[]]);
  for (const [key, list] of lists) {
    if (new Set(list).size !== list.length) problems.push(`${code}.${key}: repeated entry`);
    for (const w of list) {
      if (!w || w !== w.trim() || /\s{2}/.test(w)) problems.push(`${code}.${key}: bad spacing in ${JSON.stringify(w)}`);
      if (w !== w.toLowerCase()) problems.push(`${code}.${key}: not lower case: ${w}`);
    }
  }
  // A month word naming two months would make dates ambiguous.
  const month = new Map<string, number>();
  for (const [m, words] of monthWords()) for (const w of words) {
    if (month.has(w) && month.get(w) !== m) problems.push(`month word ${w} names two months`);
    month.set(w, m);
  }
  return problems;
}
