/**
 * An attribution inside one pair of quotation marks, between the quote's two parts (es «… —explicó X— …», fr « …, a
 * expliqué X, … », ru/uk «…, — сказал X. — …», de/cs/en with commas): the whole quote is the speaker's, and its text is
 * the two parts with the attribution left out (as for parts in marks of their own). Every sentence here was written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

describe('an attribution inside the marks gives both parts their speaker', () => {
  it.each([
    ['es', '«Vamos a abrir el centro en marzo —explicó la alcaldesa Ana Ruiz—, aunque faltan fondos».', 'Ana Ruiz', 'Vamos a abrir el centro en marzo … aunque faltan fondos'],
    ['fr', '« Nous allons ouvrir le centre en mars, a expliqué Anne Roux, mais il manque des fonds. »', 'Anne Roux', 'Nous allons ouvrir le centre en mars … mais il manque des fonds.'],
    ['ru', '«Мы откроем центр в марте, — сказал Иван Петров. — Но денег не хватает».', 'Иван Петров', 'Мы откроем центр в марте … Но денег не хватает'],
    ['uk', '«Ми відкриємо центр у березні, — сказав Іван Петренко. — Але грошей бракує».', 'Іван Петренко', 'Ми відкриємо центр у березні … Але грошей бракує'],
    ['de', '„Wir öffnen das Zentrum im März, sagte Anna Roth, aber es fehlt Geld.“', 'Anna Roth', 'Wir öffnen das Zentrum im März … aber es fehlt Geld.'],
    ['en', '"We will open the center in March, Ann Ross said, but we still need funds."', 'Ann Ross', 'We will open the center in March … but we still need funds.'],
    // The speaker in the cue, or left out where the language drops subjects.
    ['fr', 'Anne Roux a visité le quartier. « Nous allons ouvrir le centre en mars, explique-t-elle, mais il manque des fonds. »', 'Anne Roux', 'Nous allons ouvrir le centre en mars … mais il manque des fonds.'],
    ['es', 'La alcaldesa Ana Ruiz visitó el barrio. «Vamos a abrir el centro en marzo —dijo—, aunque faltan fondos».', 'Ana Ruiz', 'Vamos a abrir el centro en marzo … aunque faltan fondos'],
    ['cs', 'Starostka Jana Malá navštívila školu. „Školu otevřeme v září, řekla, ale chybí peníze.“', 'Jana Malá', 'Školu otevřeme v září … ale chybí peníze.'],
  ])('%s: %s', (lang, text, speaker, quote) => {
    const q = analyze(lang, text).quotes.find((x) => x.kind === 'direct');
    expect(q?.speaker).toBe(speaker);
    expect(q?.text).toBe(quote);
  });

  // Words of the speaker's own about speaking, not an attribution: no cue between a comma or dash and a speaker.
  it.each([
    ['fr', '« C’est une bonne nouvelle, je pense, pour le quartier. »'],
    ['en', '"I told him, and I said it again yesterday, that we need funds."'],
    ['es', '«Le dije, y lo repito, que faltan fondos».'],
  ])('%s: %s', (lang, text) => {
    const q = analyze(lang, text).quotes[0];
    expect(q?.speaker ?? null).toBeNull();
    expect(q?.rule).toBe('quote.marked.unattributed');
  });
});
