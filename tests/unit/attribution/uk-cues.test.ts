/**
 * Ukrainian reporting patterns (issue 15), from the grammar rather than from annotated articles: past forms by
 * gender, present forms, short adjectives of conviction, according-to phrases. Every sentence here was written
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

describe('uk: speech verbs in the forms the press uses', () => {
  it.each([
    ['«Бюджету цього року не вистачить», – припустив Олег Петренко.', 'Олег Петренко'],
    ['«Бюджету цього року не вистачить», – застеріг Олег Петренко.', 'Олег Петренко'],
    ['«Бюджету цього року не вистачить», – упевнений Олег Петренко.', 'Олег Петренко'],
    ['«Бюджету цього року не вистачить», – обурилася Ірина Коваль.', 'Ірина Коваль'],
    ['«Бюджету цього року не вистачить», – підкреслює Ірина Коваль.', 'Ірина Коваль'],
  ])('%s', (text, speaker) => {
    expect(analyze('uk', text).quotes.map((q) => q.speaker)).toContain(speaker);
  });

  it('a past form shows the speaker\'s gender: the feminine verb skips the man named last', () => {
    const { quotes } = analyze('uk', 'Ірина Коваль зустрілася з Олегом Петренком. «Бюджету цього року не вистачить», – застерегла вона.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.speaker).toBe('Ірина Коваль');
  });

  it('"на переконання X": the speaker follows the phrase', () => {
    const { quotes } = analyze('uk', 'На переконання Ірини Коваль, бюджету цього року не вистачить.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text.startsWith('бюджету цього року')).toBe(true);
  });
});
