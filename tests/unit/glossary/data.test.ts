import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { GLOSSARY_DATA_FILES, GLOSSARY_ENTRIES, GlossaryEntry } from '../../../lib/glossary';
import { compilePattern } from '../../../lib/glossary/pattern';

/** Minimum entries per country, so coverage can't silently shrink. */
const MINIMUM_ENTRIES: Record<string, number> = { KZ: 25, RU: 12, UA: 12, DE: 12, FR: 12 };

describe.each(GLOSSARY_DATA_FILES.map((f) => [f.name, f.entries] as const))('data file %s', (_name, entries) => {
  it('parses with the GlossaryEntry schema', () => {
    const parsed = z.array(GlossaryEntry).safeParse(entries);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('has no duplicate headword within a language', () => {
    const keys = entries.map((e) => `${e.language}:${e.term.toLowerCase()}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('has English and Russian explanations on one line each', () => {
    for (const e of entries) {
      expect(e.explanation.en, e.term).toMatch(/^[^\n]{10,}$/);
      expect(e.explanation.ru, e.term).toMatch(/^[^\n]{10,}$/);
      expect(e.explanation.ru, e.term).toMatch(/\p{Script=Cyrillic}/u);
    }
  });

  it('has patterns that compile to valid regexes with no stray whitespace', () => {
    for (const e of entries) {
      for (const form of [...e.forms, ...(e.exclude ?? [])]) {
        expect(form, e.term).toBe(form.trim());
        expect(() => new RegExp(compilePattern(form, { caseSensitive: e.caseSensitive ?? false }), 'u')).not.toThrow();
      }
    }
  });
});

it('covers every country with enough entries', () => {
  const counts = new Map<string, number>();
  for (const e of GLOSSARY_ENTRIES) counts.set(e.country, (counts.get(e.country) ?? 0) + 1);
  for (const [country, minimum] of Object.entries(MINIMUM_ENTRIES)) {
    expect(counts.get(country) ?? 0, country).toBeGreaterThanOrEqual(minimum);
  }
});

it('rejects malformed entries', () => {
  const base = { term: 'x', language: 'ru', country: 'KZ', forms: ['x'], explanation: { en: 'An explanation.', ru: 'Объяснение тут.' } };
  expect(GlossaryEntry.safeParse(base).success).toBe(true);
  expect(GlossaryEntry.safeParse({ ...base, explanation: { en: 'An explanation.' } }).success).toBe(false);
  expect(GlossaryEntry.safeParse({ ...base, forms: ['аким{@nope}'] }).success).toBe(false);
  expect(GlossaryEntry.safeParse({ ...base, forms: ['аким{а'] }).success).toBe(false);
  expect(GlossaryEntry.safeParse({ ...base, country: 'kz' }).success).toBe(false);
  expect(GlossaryEntry.safeParse({ ...base, explanation: { en: 'Two\nlines here.', ru: 'Объяснение тут.' } }).success).toBe(false);
});
