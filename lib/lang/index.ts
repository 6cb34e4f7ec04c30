/**
 * Registry of attribution lexicons by ISO 639-1 code. Adding a language: write `<code>.ts`
 * exporting a `Lexicon`, add it to LEXICONS below; the engine needs no change.
 */
import type { Lexicon } from './schema';
import { cs } from './cs';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { kk } from './kk';
import { ru } from './ru';
import { uk } from './uk';

export type { Lexicon } from './schema';

export const LEXICONS: Readonly<Record<string, Lexicon>> = { cs, de, en, es, fr, kk, ru, uk };

/** The lexicon for a language code ("ru", "ru-RU", "RU"), or null when none is registered. */
export function getLexicon(language: string): Lexicon | null {
  const code = language.toLowerCase().split(/[-_]/)[0] ?? '';
  return LEXICONS[code] ?? null;
}
