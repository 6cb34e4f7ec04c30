/** Glossary explanations in the reader's language: Russian and Kazakh readers get their own line, not English. */
import { describe, expect, it } from 'vitest';
import { findGlossaryTerms, GLOSSARY_ENTRIES } from '../../../lib/glossary';

const TEXT = 'Аким района встретился с депутатами маслихата, сообщили в ЦИК.';

describe('glossary explanations follow the reader', () => {
  it.each([
    ['ru', /Глава местного исполнительного органа/],
    ['kk', /жергілікті атқарушы органның/],
    ['en', /Head of a local administration/],
  ])('a %s reader gets the %s line', (reader, expected) => {
    const hits = findGlossaryTerms(TEXT, 'ru', reader, { country: 'KZ' });
    const akim = hits.find((h) => h.term === 'аким');
    expect(akim?.explanation).toMatch(expected);
  });

  it('every Kazakhstan entry is explained in English, Russian and Kazakh, each a different line', () => {
    const kz = GLOSSARY_ENTRIES.filter((e) => e.country === 'KZ');
    expect(kz.length).toBeGreaterThan(20);
    for (const entry of kz) {
      expect(entry.explanation.kk, entry.term).toMatch(/[әіңғүұқөһ]/i);
      expect(new Set([entry.explanation.en, entry.explanation.ru, entry.explanation.kk]).size, entry.term).toBe(3);
    }
  });

  it('falls back to English for a reader language no entry has', () => {
    const akim = findGlossaryTerms(TEXT, 'ru', 'ja', { country: 'KZ' }).find((h) => h.term === 'аким');
    expect(akim?.explanation).toMatch(/^Head of a local administration/);
  });
});
