/**
 * Described speakers in a language without articles (kk, lexicon names.descriptions): "«…», – дейді қария" stands for
 * the person named last in this paragraph or the one before, the one whose gender the noun shows when several are
 * named, or the only one for a noun that shows none ("кейіпкеріміз", our protagonist). Every sentence here was written
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const speaker = (text: string) => analyze('kk', text).quotes[0]?.speaker ?? null;

describe('kk: a description noun after or before the verb', () => {
  it.each([
    // Two persons named, the noun's gender picks one.
    ['Ауылда 85 жастағы Сейіт Омаров тұрады. Оның немересі Айгүл Омарова Алматыда оқиды. «Біздің ауылға жол керек», – дейді қария.', 'Сейіт Омаров'],
    ['Бибігүл Сәрсенова мен Ерлан Омаров ауылда тұрады. «Біздің ауылға жол керек», – дейді әже.', 'Бибігүл Сәрсенова'],
    ['Ерлан Омаров пен Айгүл Омарова ауылда тұрады. «Жол жөнделмеді», – дейді жігіт.', 'Ерлан Омаров'],
    // One person named: a noun with no gender, or one no role list holds.
    ['Ерлан Омаров ауылда қой бағады. «Биыл шөп аз», – дейді кейіпкеріміз.', 'Ерлан Омаров'],
    ['Айгүл Омарова Алматыда оқиды. «Оқу қиын емес», – дейді бойжеткен.', 'Айгүл Омарова'],
    // Before the verb, "thus" between.
    ['Ауылда 85 жастағы Сейіт Омаров тұрады. Оның немересі Айгүл Омарова Алматыда оқиды. Қария былай дейді: «Біздің ауылға жол керек».', 'Сейіт Омаров'],
    ['Ерлан Омаров ауылда қой бағады. Кейіпкеріміз былай дейді: «Биыл шөп аз».', 'Ерлан Омаров'],
  ])('%s', (text, name) => {
    expect(speaker(text)).toBe(name);
  });

  it('a noun with no gender and two persons named stays unresolved', () => {
    expect(speaker('Ерлан Омаров пен Айгүл Омарова ауылда тұрады. «Биыл шөп аз», – дейді кейіпкеріміз.')).toBeNull();
  });

  it('the role a description gives opens with no capital of grammar', () => {
    const r = analyze('kk', 'Ауылда 85 жастағы Сейіт Омаров тұрады. Оның немересі Айгүл Омарова Алматыда оқиды. Қария былай дейді: «Біздің ауылға жол керек».');
    expect(r.people.find((p) => p.name === 'Сейіт Омаров')?.roles).toEqual(['қария']);
  });
});
