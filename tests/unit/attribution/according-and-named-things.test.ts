/**
 * Two defects a reader saw (noted in session 12): an according-to phrase read again as the subject of its own
 * noun ("According to media reports": "media" reports nothing), an outlet named in marks after "laut" whose closing
 * mark opened the content („Spiegel“; in « » or " " no quote was found at all). Every sentence here was written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

describe('according-to phrases and names in marks', () => {
  it('en: content after "According to media reports" is one quote, read by the according-to rule', () => {
    const quotes = analyze('en', 'According to media reports, the minister will resign next week after the scandal.').quotes;
    expect(quotes.map((q) => [q.rule, q.text])).toEqual([['quote.according.before', 'the minister will resign next week after the scandal']]);
  });

  it('en: a plain subject before "reports" still gives its quote', () => {
    const quotes = analyze('en', 'The ministry reports the plant will close in March after the inspection.').quotes;
    expect(quotes.map((q) => q.rule)).toEqual(['quote.indirect.after-verb']);
  });

  it('de: an outlet in marks after "laut" is the name inside them, and the content starts after the closing mark', () => {
    const { quotes, sources } = analyze('de', 'Laut „Spiegel“ soll der Minister in der kommenden Woche zurücktreten.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe('soll der Minister in der kommenden Woche zurücktreten');
    expect(quotes[0]!.speakerSpan?.selector.exact).toBe('Spiegel');
    expect(sources.map((s) => s.name)).toContain('Der Spiegel');
  });

  it.each([
    ['ru', 'Согласно «Коммерсанту», завод закроют в марте следующего года.', 'завод закроют в марте следующего года', 'Коммерсанту'],
    ['fr', 'Selon « Le Monde », le ministre quittera ses fonctions la semaine prochaine.', 'le ministre quittera ses fonctions la semaine prochaine', 'Le Monde'],
    ['es', 'Según «El País», el ministro dimitirá la próxima semana tras el escándalo.', 'el ministro dimitirá la próxima semana tras el escándalo', 'El País'],
    ['en', 'According to "Politico", the senator will resign next week after the scandal.', 'the senator will resign next week after the scandal', 'Politico'],
  ])('%s: the same with other marks: %s', (lang, text, content, name) => {
    const { quotes } = analyze(lang, text);
    expect(quotes.map((q) => [q.rule, q.text, q.speakerSpan?.selector.exact])).toEqual([['quote.according.before', content, name]]);
  });

  it('en: words in marks that are no name after "according to" are not taken for one', () => {
    const { quotes } = analyze('en', 'According to "sources close to the minister", the senator will resign next week.');
    expect(quotes.every((q) => q.speakerSpan?.selector.exact !== 'sources close to the minister')).toBe(true);
  });
});
