/**
 * Conventions every registered lexicon must keep: it parses with the Lexicon schema, its word
 * lists are sorted, free of duplicates and stray whitespace, lowercase (abbreviations and quote
 * marks excepted) and written with е for ё, and the registry finds it by code.
 */
import { describe, expect, it } from 'vitest';
import { LEXICONS, getLexicon } from '../../../lib/lang';
import { Lexicon } from '../../../lib/lang/schema';
import { OUTLETS } from '../../../lib/lang/outlets';

/** Every string array inside a lexicon, with its path ("sourceCues.citing"). */
function wordLists(value: unknown, path = ''): Array<[string, string[]]> {
  if (Array.isArray(value)) return value.every((v) => typeof v === 'string') ? [[path, value as string[]]] : [];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (k === 'quotePairs' ? [] : wordLists(v, path ? `${path}.${k}` : k)));
  }
  return [];
}

const entries = Object.entries(LEXICONS);

describe('lexicons', () => {
  it('registers ru, kk and en at least', () => {
    expect(Object.keys(LEXICONS)).toEqual(expect.arrayContaining(['ru', 'kk', 'en']));
  });

  it.each(entries)('%s parses with the Lexicon schema and has its own code', (code, lex) => {
    expect(() => Lexicon.parse(lex)).not.toThrow();
    expect(lex.code).toBe(code);
  });

  it.each(entries)('%s word lists are sorted, unique, trimmed, lowercase, ё-free', (_code, lex) => {
    for (const [path, list] of wordLists(lex)) {
      expect([...list].sort(), `${path} sorted`).toEqual(list);
      expect(new Set(list).size, `${path} unique`).toBe(list.length);
      for (const w of list) {
        expect(w, `${path} trimmed`).toBe(w.trim().replace(/\s+/g, ' '));
        expect(w.includes('ё'), `${path} ё-free: ${w}`).toBe(false);
        if (path !== 'abbreviations') expect(w, `${path} lowercase`).toBe(w.toLowerCase());
      }
    }
  });

  it.each(entries)('%s quote pairs are single marks', (_code, lex) => {
    for (const [o, c] of lex.quotePairs) {
      expect(o).toHaveLength(1);
      expect(c).toHaveLength(1);
    }
  });

  it('finds lexicons by code, region tag and case; none for "und"', () => {
    expect(getLexicon('ru')?.code).toBe('ru');
    expect(getLexicon('ru-RU')?.code).toBe('ru');
    expect(getLexicon('KK')?.code).toBe('kk');
    expect(getLexicon('und')).toBeNull();
    expect(getLexicon('')).toBeNull();
  });

  it('outlet names and aliases are unique', () => {
    const names = OUTLETS.map((o) => o.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    const aliases = OUTLETS.flatMap((o) => o.aliases.map((a) => a.toLowerCase()));
    expect(new Set(aliases).size).toBe(aliases.length);
  });
});
