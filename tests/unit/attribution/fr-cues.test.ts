/**
 * French reporting patterns (issue 15), from the grammar rather than from annotated articles: inversion
 * in the perfect, pluperfect and imperfect ("avait-il assuré", "expliquait-elle", "a-t-il averti"), verbs
 * the press uses after a quote ("glisse X", "a martelé X"), "à ses yeux". Every sentence here was written
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

describe('fr: inverted speech verbs', () => {
  it.each([
    ['Pierre Martin a visité le chantier. « Les travaux seront terminés en juin », avait-il assuré.', 'Pierre Martin'],
    ['Pierre Martin a visité le chantier. « Les travaux seront terminés en juin », expliquait-il.', 'Pierre Martin'],
    ['Pierre Martin a visité le chantier. « Les travaux seront terminés en juin », a-t-il averti.', 'Pierre Martin'],
    ['Claire Dubois a visité le chantier. « Les travaux seront terminés en juin », a-t-elle constaté.', 'Claire Dubois'],
    ['« Les travaux seront terminés en juin », glisse Pierre Martin.', 'Pierre Martin'],
    ['« Les travaux seront terminés en juin », avance Pierre Martin.', 'Pierre Martin'],
    ['Pierre Martin a soutenu que les travaux seront terminés en juin prochain.', 'Pierre Martin'],
    ['La ministre Claire Dubois a visité le chantier. À ses yeux, les travaux seront terminés en juin prochain.', 'Claire Dubois'],
    // Pronominal verbs and verbs of manner, in the present, imperfect and perfect, inverted after the quote.
    ['« Les travaux seront terminés en juin », s’agace Pierre Martin.', 'Pierre Martin'],
    ["« Les travaux seront terminés en juin », se félicite Claire Dubois.", 'Claire Dubois'],
    ["« Les travaux seront terminés en juin », s'inquiétait Claire Dubois.", 'Claire Dubois'],
    ["Claire Dubois a visité le chantier. « Les travaux seront terminés en juin », s'est-elle réjouie.", 'Claire Dubois'],
    ['« Les travaux seront terminés en juin », sourit Pierre Martin.', 'Pierre Martin'],
    ['« Les travaux seront terminés en juin », a soupiré Pierre Martin.', 'Pierre Martin'],
    ['« Les travaux seront terminés en juin », lâche Pierre Martin.', 'Pierre Martin'],
    ['Pierre Martin a visité le chantier. « Les travaux seront terminés en juin », renchérit-il.', 'Pierre Martin'],
  ])('%s', (text, speaker) => {
    const qs = analyze('fr', text).quotes;
    const q = qs.find((x) => /^les travaux/iu.test(x.text));
    expect(q, JSON.stringify(qs.map((x) => x.text))).toBeDefined();
    expect(q!.speaker).toBe(speaker);
  });
});

describe('fr: a description after the verb stands for the person of its gender named last', () => {
  it.each([
    ["L'adjointe au maire Claire Dubois a visité le chantier. « Les travaux seront terminés en juin », a réagi l'élue.", 'Claire Dubois'],
    ["Pierre Martin a rencontré Claire Dubois. « Les travaux seront terminés en juin », a assuré l'élue.", 'Claire Dubois'],
    ["Claire Dubois a rencontré Pierre Martin. « Les travaux seront terminés en juin », a assuré l'élue.", 'Claire Dubois'],
    ['Claire Dubois a rencontré Pierre Martin. « Les travaux seront terminés en juin », a assuré la sexagénaire.', 'Claire Dubois'],
    ["Claire Dubois a visité le chantier. Selon l'élue, les travaux seront terminés en juin prochain.", 'Claire Dubois'],
  ])('%s', (text, speaker) => {
    const q = analyze('fr', text).quotes.find((x) => /^les travaux/iu.test(x.text));
    expect(q?.speaker).toBe(speaker);
  });

  it('two persons of the description’s gender: nobody is sure', () => {
    const q = analyze('fr', "Claire Dubois a rencontré Anne Roux. « Les travaux seront terminés en juin », a assuré l'élue.").quotes[0];
    expect(q?.speaker ?? null).toBeNull();
  });
});

describe("fr: « C'est ce qu'a annoncé X » reports the sentence before", () => {
  it.each([
    "Les travaux seront terminés en juin prochain. C'est ce qu'a annoncé Pierre Martin lundi.",
    'Les travaux seront terminés en juin prochain. C’est ce qu’a déclaré lundi Pierre Martin.',
    "Les travaux seront terminés en juin prochain. C'est ce qu'affirme Pierre Martin.",
  ])('%s', (text) => {
    const q = analyze('fr', text).quotes.find((x) => x.text.startsWith('Les travaux'));
    expect(q?.speaker).toBe('Pierre Martin');
  });
});
