/**
 * German reporting patterns (issue 15), from the grammar rather than from annotated articles: present,
 * preterite and perfect forms, separable verbs with the particle at the clause end, inverted speakers after
 * the content, a dative outlet in marks after the speaker, compound titles standing for the person named.
 * Every sentence here was written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

function find(text: string, start: string) {
  const qs = analyze('de', text).quotes;
  return { q: qs.find((x) => x.text.startsWith(start)), all: qs.map((x) => x.text) };
}

describe('de: speech verbs in every tense the press uses', () => {
  it.each([
    ['Klaus Weber erläutert, die Stadt habe kein Geld für neue Straßen.', 'die Stadt habe kein Geld'],
    ['Klaus Weber bekräftigte, die Stadt habe kein Geld für neue Straßen.', 'die Stadt habe kein Geld'],
    ['Klaus Weber hat am Montag gesagt, die Stadt habe kein Geld für neue Straßen.', 'die Stadt habe kein Geld'],
    ['Klaus Weber hatte im Stadtrat betont, die Stadt habe kein Geld für neue Straßen.', 'die Stadt habe kein Geld'],
    ['Klaus Weber stellte fest, dass die Stadt kein Geld für neue Straßen habe.', 'die Stadt kein Geld'],
    ['Klaus Weber führte im Ausschuss aus, die Stadt habe kein Geld für neue Straßen.', 'die Stadt habe kein Geld'],
    ['Klaus Weber teilte am Montag mit, die Stadt habe kein Geld für neue Straßen.', 'die Stadt habe kein Geld'],
    ['Die Stadt habe kein Geld für neue Straßen, hat Klaus Weber am Montag gesagt.', 'Die Stadt habe kein Geld'],
    ['Die Stadt habe kein Geld für neue Straßen, merkte Klaus Weber an.', 'Die Stadt habe kein Geld'],
  ])('%s', (text, start) => {
    const { q, all } = find(text, start);
    expect(q, JSON.stringify(all)).toBeDefined();
    expect(q!.speaker).toBe('Klaus Weber');
    // The content starts after the verb's own clause ("am Montag gesagt," is no part of it).
    expect(q!.text.startsWith(start)).toBe(true);
  });

  it('a perfect whose clause ends the sentence holds an object, not speech', () => {
    expect(analyze('de', 'Die Staatsanwaltschaft hatte fünf Jahre Haft gefordert.').quotes).toEqual([]);
    expect(analyze('de', 'Die Gewerkschaft hat für Montag zu einem Warnstreik aufgerufen.').quotes).toEqual([]);
  });

  it('a separable verb followed by its own clause is not a tail attribution of its subject', () => {
    const { quotes } = analyze('de', 'Die Vorsitzende der Grünen, Katrin Weber, warf der Verwaltung vor, falsch zu sparen.');
    expect(quotes.some((q) => q.text.startsWith('Die Vorsitzende'))).toBe(false);
  });
});

describe('de: the speaker after the content', () => {
  it('a dative outlet in marks after the speaker', () => {
    const { q } = find('Die Ministerin Anna Roth war in Dresden. Die Schulen bräuchten mehr Geld, sagte sie der „Freien Presse“.', 'Die Schulen');
    expect(q?.speaker).toBe('Anna Roth');
  });

  it('a compound title standing for the person named before ("erklärte der Verbandschef")', () => {
    const { q } = find('Der Geschäftsführer des Verbands, Thorsten Schaper, war in Hannover. Die Tarife würden die Betriebe viel Geld kosten, erklärte der Verbandschef.', 'Die Tarife');
    expect(q?.speaker).toBe('Thorsten Schaper');
  });
});

describe('de: reflexive verbs after the quote', () => {
  it.each([
    '„Die Stadt hat kein Geld für neue Straßen“, ärgert sich Klaus Weber.',
    '„Die Stadt hat kein Geld für neue Straßen“, beschwerte sich Klaus Weber.',
    '„Die Stadt hat kein Geld für neue Straßen“, wundert sich Klaus Weber.',
  ])('%s', (text) => {
    const { q, all } = find(text, 'Die Stadt hat kein Geld');
    expect(q, JSON.stringify(all)).toBeDefined();
    expect(q!.speaker).toBe('Klaus Weber');
  });
});

describe('de: a description after the verb stands for the person of its gender named last', () => {
  it.each([
    ['Sabine Hartwig traf Klaus Weber. „Die Stadt hat kein Geld für neue Straßen“, sagte die 54-Jährige.', 'Sabine Hartwig'],
    ['Klaus Weber sprach mit Sabine Hartwig. Die Stadt habe kein Geld für neue Straßen, sagte die Bürgermeisterin.', 'Sabine Hartwig'],
  ])('%s', (text, speaker) => {
    expect(find(text, 'Die Stadt ha').q?.speaker).toBe(speaker);
  });
});
