/**
 * Kazakh reporting patterns (issue 15), from the grammar rather than from annotated articles: «…» – деп + verb
 * + speaker, verb phrases with сөзін / ой / пікір, and postposed according-to (-ның айтқанындай, сөзіне қарағанда).
 * Every sentence here was written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

describe('kk: деп-verbs in the forms the press uses', () => {
  it.each([
    ['«Биыл бюджет жетпейді», – деп сөзін түйіндеді Айгүл Нұрланова.', 'Айгүл Нұрланова'],
    ['«Биыл бюджет жетпейді», – деп пайымдайды Айгүл Нұрланова.', 'Айгүл Нұрланова'],
    ['«Биыл бюджет жетпейді», – деп ой бөлісті Айгүл Нұрланова.', 'Айгүл Нұрланова'],
    ['«Биыл бюджет жетпейді», – деп қынжылды Айгүл Нұрланова.', 'Айгүл Нұрланова'],
    ['«Биыл бюджет жетпейді», – деп алаңдаушылық білдірді Айгүл Нұрланова.', 'Айгүл Нұрланова'],
  ])('%s', (text, speaker) => {
    const { quotes } = analyze('kk', text);
    expect(quotes.map((q) => q.speaker)).toContain(speaker);
  });

  it.each([
    ['Ерлан Сәрсенов биыл бюджет жетпейді деп болжайды.', 'Ерлан Сәрсенов'],
    ['Ерлан Сәрсенов биыл бюджет жетпейді деп қауіптенеді.', 'Ерлан Сәрсенов'],
  ])('speaker before the content: %s', (text, speaker) => {
    const { quotes } = analyze('kk', text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.speaker).toBe(speaker);
  });

  it.each([
    'Ерлан Сәрсеновтің айтқанындай, биыл бюджет жетпейді.',
    'Ерлан Сәрсеновтің сөзіне қарағанда, биыл бюджет жетпейді.',
  ])('postposed according-to: %s', (text) => {
    const { quotes } = analyze('kk', text);
    expect(quotes.map((q) => q.speaker)).toContain('Ерлан Сәрсенов');
    expect(quotes[0]!.text.startsWith('биыл бюджет')).toBe(true);
  });
});

describe('kk: «Бұл туралы» with the speaker’s title and the circumstances before the verb', () => {
  it.each([
    'Облыста 12 бөгет жөнделді. Бұл туралы облыстық полиция департаментінің ресми өкілі Айгүл Нұрланова Tengrinews.kz порталына берген сұхбатында айтты.',
    'Облыста 12 бөгет жөнделді. Бұл туралы «Қазселденқорғау» мекемесінің директоры Айгүл Нұрланова брифингте айтты.',
  ])('%s', (text) => {
    const { quotes } = analyze('kk', text);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['Облыста 12 бөгет жөнделді', 'Айгүл Нұрланова']]);
  });
});
