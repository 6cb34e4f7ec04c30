/**
 * The language data is linted: profiles agree with franc and with each other, alphabets have no
 * duplicates, markers lie inside their alphabet, function words are unique and written in the
 * script of their languages, spelling rules carry a reason and an example.
 */
import { describe, expect, it } from 'vitest';
import { FUNCTION_WORDS } from '../../../lib/lang/language-id/function-words';
import { PROFILES } from '../../../lib/lang/language-id/profiles';
import { SUPPORTED_LANGUAGES } from '../../../lib/analyze/language';

describe('language profiles', () => {
  it('has one profile per language and script', () => {
    const keys = PROFILES.map((p) => `${p.code}/${p.script}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...new Set(PROFILES.map((p) => p.code))]).toEqual([...SUPPORTED_LANGUAGES]);
  });

  it.each(PROFILES.map((p) => [`${p.code}/${p.script}`, p] as const))('%s: alphabet and markers are consistent', (_, p) => {
    const letters = [...p.alphabet];
    expect(new Set(letters).size).toBe(letters.length);
    expect(p.alphabet).toBe(p.alphabet.toLowerCase());
    for (const group of p.markers ?? []) {
      for (const ch of group.letters) expect(p.alphabet).toContain(ch);
      expect(group.rate).toBeGreaterThan(0);
      expect(group.rate).toBeLessThan(0.2);
    }
    for (const rule of p.forbidden ?? []) {
      expect(rule.pattern.flags).toContain('g');
      expect(rule.reason.length).toBeGreaterThan(10);
      expect(rule.example.length).toBeGreaterThan(3);
    }
  });

  it('every language whose script several languages share is known to franc', () => {
    const byScript = new Map<string, number>();
    for (const p of PROFILES) byScript.set(p.script, (byScript.get(p.script) ?? 0) + 1);
    for (const p of PROFILES) if ((byScript.get(p.script) ?? 0) > 1) expect(p.franc).toMatch(/^[a-z]{3}$/);
  });
});

describe('function words', () => {
  it('are unique across groups, lower case, and belong to supported languages', () => {
    const seen = new Set<string>();
    for (const group of FUNCTION_WORDS) {
      for (const code of group.languages) expect(SUPPORTED_LANGUAGES).toContain(code);
      for (const word of group.words) {
        expect(seen.has(word), `${word} appears twice`).toBe(false);
        seen.add(word);
        expect(word).toBe(word.toLowerCase());
        expect(word).toMatch(/^\p{L}+$/u);
      }
    }
  });

  it('are spelt with the letters of every language they are listed for', () => {
    for (const group of FUNCTION_WORDS) {
      for (const code of group.languages) {
        const alphabets = PROFILES.filter((p) => p.code === code).map((p) => p.alphabet);
        for (const word of group.words) {
          const fits = alphabets.some((a) => [...word].every((ch) => a.includes(ch)));
          expect(fits, `${word} is not spelt in ${code}`).toBe(true);
        }
      }
    }
  });
});
