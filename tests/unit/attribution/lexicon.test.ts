/**
 * Conventions every registered lexicon must keep: it parses with the Lexicon schema, its word
 * lists are sorted, free of duplicates and stray whitespace, lowercase (abbreviations and quote
 * marks excepted) and written with е for ё, and the registry finds it by code. No entry is dead:
 * every word the phrase matcher reads is a word it can see, every ending a token can end with, every
 * row of a morphology table reachable; no invented verb forms.
 */
import { describe, expect, it } from 'vitest';
import { LEXICONS, getLexicon } from '../../../lib/lang';
import { Lexicon } from '../../../lib/lang/schema';
import { OUTLETS } from '../../../lib/lang/outlets';
import { EAST_SLAVIC } from '../../../lib/lang/morphology/east-slavic';
import { TURKIC } from '../../../lib/lang/morphology/turkic';
import { Morphology, NO_MORPHOLOGY } from '../../../lib/lang/morphology/types';

/** A word as the engine's tokeniser sees it: letters and digits with inner apostrophes or hyphens. */
const TOKEN_RE = /^[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*$/u;

/** A dotted abbreviation ("u.s."). */
const DOTTED_RE = /^(?:\p{L}\.)+$/u;

/** Lists the engine reads through the phrase matcher or as single tokens (abbreviations are read with their dots). */
const TOKEN_LISTS = /^(?:speechVerbs|participles|splitSpeechVerbs|speakerGap|relativizers|quoteClosers|postQuoteMarkers|backReferences|accordingPronoun\.|accordingTo\.|sourceCues\.|titles|roles|honorifics\.|collectiveSpeakers|pronouns\.|selfPronouns|nonNames|placePrepositions|orgWords|rolePhrases\.(?:verbs|joins|notRoles)|names\.(?:firstNames|particles|adjectiveLike)\.?)/;

/** Irregular English verbs: their regular-looking past ("sayed") is no word. */
const IRREGULAR_PAST: Record<string, string> = { say: 'said', tell: 'told', write: 'wrote', speak: 'spoke', give: 'gave', think: 'thought', hold: 'held', bring: 'brought' };

/** A group (of endings) is dead when every ending of it ends with an ending of a group tried before it. */
function shadowedGroups(groups: readonly { endings: readonly string[] }[]): number[] {
  const dead: number[] = [];
  groups.forEach((g, i) => {
    const earlier = groups.slice(0, i).flatMap((x) => x.endings);
    if (g.endings.every((e) => earlier.some((x) => e.endsWith(x)))) dead.push(i);
  });
  return dead;
}

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
      // Morphology rows are tried in order (restore endings, case classes): their order is data.
      if (!path.startsWith('morphology.')) expect([...list].sort(), `${path} sorted`).toEqual(list);
      expect(new Set(list).size, `${path} unique`).toBe(list.length);
      for (const w of list) {
        expect(w, `${path} trimmed`).toBe(w.trim().replace(/\s+/g, ' '));
        expect(w.includes('ё'), `${path} ё-free: ${w}`).toBe(false);
        if (path !== 'abbreviations') expect(w, `${path} lowercase`).toBe(w.toLowerCase());
      }
    }
  });

  it.each(entries)('%s has no dead entry: every word is a token the engine can see', (_code, lex) => {
    const dead: string[] = [];
    for (const [path, list] of wordLists(lex)) {
      if (!TOKEN_LISTS.test(path)) continue;
      // Dotted abbreviations ("u.s.") are read whole, with their dots, by the title-gap check.
      for (const entry of list) for (const w of entry.split(' ')) if (!TOKEN_RE.test(w.replace(/\.$/, '')) && !DOTTED_RE.test(w)) dead.push(`${path}: ${entry}`);
    }
    // A token never ends with an apostrophe or hyphen: such a case ending is never stripped.
    // ("'s" is an ending: "trump's" is one token.)
    for (const e of lex.names.caseEndings) if (!/^['’]?[\p{L}\p{M}]+$/u.test(e)) dead.push(`names.caseEndings: ${e}`);
    expect(dead).toEqual([]);
  });

  it('English verb forms are real words (no "sayed", "telled", "point outed")', () => {
    const en = LEXICONS.en!;
    const forms = [...en.speechVerbs, ...(en.participles ?? [])];
    for (const [base, past] of Object.entries(IRREGULAR_PAST)) {
      const regular = [`${base}ed`, `${base}d`, `${base.replace(/e$/, '')}ed`];
      expect(forms.filter((f) => regular.includes(f.split(' ')[0]!)), `${base} → ${past}`).toEqual([]);
    }
    // An inflection goes on the verb, not on its particle ("pointed out", not "point outed").
    expect(forms.filter((f) => /^\S+ (?:out|up|on|in|for)(?:ed|s)$/.test(f))).toEqual([]);
  });

  it.each([
    ['east-slavic', EAST_SLAVIC],
    ['turkic', TURKIC],
    ['none', NO_MORPHOLOGY],
  ] as const)('morphology table %s parses, has unique rows and no unreachable row', (_name, table) => {
    expect(() => Morphology.parse(table)).not.toThrow();
    for (const [path, list] of wordLists(table)) expect(new Set(list).size, `${path} unique`).toBe(list.length);
    const n = table.names;
    // Restore rows are keyed by the ending they put back: a key no restore list holds is never read.
    for (const key of Object.keys(n.restoreFrom)) expect(n.firstNameRestore, `restoreFrom.${key}`).toContain(key);
    for (const key of Object.keys(n.adjectivalCases)) expect([...n.femaleRestore, ...n.maleRestore], `adjectivalCases.${key}`).toContain(key);
    // First matching group decides: a group whose endings an earlier group always catches is dead.
    expect(shadowedGroups(table.roles.plural), 'roles.plural').toEqual([]);
    expect(shadowedGroups(table.roles.caseClasses), 'roles.caseClasses').toEqual([]);
  });

  it('finds a shadowed morphology row', () => {
    expect(shadowedGroups([{ endings: ['и'] }, { endings: ['ами', 'ями'] }])).toEqual([1]);
    expect(shadowedGroups([{ endings: ['ами', 'ями'] }, { endings: ['и'] }])).toEqual([]);
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
