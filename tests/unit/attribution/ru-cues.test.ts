/**
 * Russian reporting patterns (issue 15), from the grammar rather than from annotated articles: past forms by
 * gender and reflexive forms, present forms, negated verbs of admission ("не скрывает"), according-to phrases.
 * Every sentence here was written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

describe('ru: speech verbs in the forms the press uses', () => {
  it.each([
    ['«Бюджета в этом году не хватит», — предположил Олег Петров.', 'Олег Петров'],
    ['«Бюджета в этом году не хватит», — вспоминает Олег Петров.', 'Олег Петров'],
    ['«Бюджета в этом году не хватит», — парировал Олег Петров.', 'Олег Петров'],
    ['«Бюджета в этом году не хватит», — пошутила Ирина Смирнова.', 'Ирина Смирнова'],
    ['«Бюджета в этом году не хватит», — не скрывает Ирина Смирнова.', 'Ирина Смирнова'],
    ['«Бюджета в этом году не хватит», — вздохнула Ирина Смирнова.', 'Ирина Смирнова'],
  ])('%s', (text, speaker) => {
    expect(analyze('ru', text).quotes.map((q) => q.speaker)).toContain(speaker);
  });

  it.each([
    ['Ирина Смирнова допускает, что бюджета в этом году не хватит.', 'Ирина Смирнова'],
    ['Олег Петров выразил уверенность, что бюджета в этом году не хватит.', 'Олег Петров'],
  ])('speaker before the content: %s', (text, speaker) => {
    const { quotes } = analyze('ru', text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.speaker).toBe(speaker);
    expect(quotes[0]!.text).toBe('бюджета в этом году не хватит');
  });

  it.each([
    'По убеждению Ирины Смирновой, бюджета в этом году не хватит.',
    'Со слов Ирины Смирновой, бюджета в этом году не хватит.',
  ])('according-to: %s', (text) => {
    const { quotes } = analyze('ru', text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text.startsWith('бюджета')).toBe(true);
  });

  it('"продолжил" with an object and no complementizer holds no quote', () => {
    expect(analyze('ru', 'Олег Петров продолжил работу в министерстве.').quotes).toEqual([]);
  });
});

describe('ru: an outlet between the verb and the speaker is the audience', () => {
  it('«…», — сказал РБК Олег Петров', () => {
    const { quotes } = analyze('ru', '«Мост откроют в июне», — сказал РБК Олег Петров.');
    expect(quotes.map((q) => q.speaker)).toEqual(['Олег Петров']);
  });
});
