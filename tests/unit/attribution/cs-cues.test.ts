/**
 * Czech reporting patterns (issue 15), from the grammar rather than from annotated articles: l-participles by
 * gender, present forms, reflexive verbs with the clitic before the verb ("Novák se domnívá") or after it
 * ("svěřila se Malá"), according-to phrases. Every sentence here was written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

function speakerOf(text: string): (string | null)[] {
  return analyze('cs', text).quotes.map((q) => q.speaker);
}

describe('cs: speech verbs in the forms the press uses', () => {
  it.each([
    ['„Rozpočet letos nevyjde,“ glosoval Petr Novák.', 'Petr Novák'],
    ['„Rozpočet letos nevyjde,“ přiblížil Petr Novák.', 'Petr Novák'],
    ['„Rozpočet letos nevyjde,“ vzkazuje Jana Malá.', 'Jana Malá'],
    ['„Rozpočet letos nevyjde,“ pochvaluje si Petr Novák.', 'Petr Novák'],
    ['„Rozpočet letos nevyjde,“ svěřila se novinářům Jana Malá.', 'Jana Malá'],
    ['„Rozpočet letos nevyjde,“ podotkla Jana Malá.', 'Jana Malá'],
    ['„Rozpočet letos nevyjde,“ míní Petr Novák.', 'Petr Novák'],
  ])('%s', (text, speaker) => {
    expect(speakerOf(text)).toContain(speaker);
  });

  it.each([
    ['Jana Malá se svěřila, že rozpočet letos nevyjde.', 'Jana Malá'],
    ['Petr Novák se domnívá, že rozpočet letos nevyjde.', 'Petr Novák'],
    ['Petr Novák si myslí, že rozpočet letos nevyjde.', 'Petr Novák'],
    ['Petr Novák naznačil, že rozpočet letos nevyjde.', 'Petr Novák'],
  ])('a clitic between subject and verb: %s', (text, speaker) => {
    const { quotes } = analyze('cs', text);
    expect(quotes.map((q) => q.text)).toContain('rozpočet letos nevyjde');
    expect(quotes[0]!.speaker).toBe(speaker);
  });

  it('a sentence with "se" but no speech verb holds no quote', () => {
    expect(analyze('cs', 'Petr Novák se v pondělí vrátil do Prahy.').quotes).toEqual([]);
  });
});

describe('cs: an outlet between the verb and the speaker is the audience, not the speaker', () => {
  it.each([
    ['„Rozpočet letos nevyjde,“ uvedl pro Deník N Petr Novák.', 'Petr Novák'],
    ['„Rozpočet letos nevyjde,“ řekla ČTK Jana Malá.', 'Jana Malá'],
    ['Petr Novák pro Deník N uvedl, že rozpočet letos nevyjde.', 'Petr Novák'],
    ['Náměstek primátora Petr Novák na dotaz Deníku odpověděl, že rozpočet letos nevyjde.', 'Petr Novák'],
  ])('%s', (text, speaker) => {
    expect(speakerOf(text)).toEqual([speaker]);
  });
});
