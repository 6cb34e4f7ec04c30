/** English rules: quote conventions, indirect speech without "that", appositions, sources. */
import { describe, expect, it } from 'vitest';
import { allSpans, analyze, expectSpansConsistent } from './helpers';

const quoteRows: Array<{ name: string; paragraphs: string[]; text: string; kind: 'direct' | 'indirect'; speaker: string | null; speakerRef?: string; cue?: string }> = [
  { name: '"Q," said TITLE NAME', paragraphs: ['“We will not back down,” said Transportation Secretary Pete Buttigieg.'], text: 'We will not back down', kind: 'direct', speaker: 'Pete Buttigieg', cue: 'said' },
  { name: '"Q," NAME told reporters', paragraphs: ['Pete Buttigieg visited the site.', '"The bridge will reopen in May," Buttigieg told reporters on Tuesday.'], text: 'The bridge will reopen in May', kind: 'direct', speaker: 'Pete Buttigieg', cue: 'told reporters' },
  { name: "single quotes, pronoun", paragraphs: ['Maria Lopez left the hearing early.', "‘It is over,’ she said."], text: 'It is over', kind: 'direct', speaker: 'Maria Lopez', cue: 'said' },
  { name: "wire copy ''Q''", paragraphs: ["''There is a lot of new complexity,'' Mr. Burman said."], text: 'There is a lot of new complexity', kind: 'direct', speaker: 'Burman' },
  { name: 'S said CONTENT (no that)', paragraphs: ['Sen. Maria Lopez said the bill would pass the Senate next week.'], text: 'the bill would pass the Senate next week', kind: 'indirect', speaker: 'Maria Lopez', cue: 'said' },
  { name: 'S said that CONTENT', paragraphs: ['John Roberts said on Monday that the court would hear the case.'], text: 'the court would hear the case', kind: 'indirect', speaker: 'John Roberts' },
  { name: 'CONTENT, a source said.', paragraphs: ['The deal is dead, a source familiar with the talks said.'], text: 'The deal is dead', kind: 'indirect', speaker: null, speakerRef: 'a source familiar with the talks' },
  { name: 'According to X, CONTENT', paragraphs: ['According to officials, the plant will close next year.'], text: 'the plant will close next year', kind: 'indirect', speaker: null, speakerRef: 'officials', cue: 'According to' },
  { name: 'apposition between name and verb', paragraphs: ['“It is a big day for the city,” Mitch McConnell, the majority leader, said Tuesday.'], text: 'It is a big day for the city', kind: 'direct', speaker: 'Mitch McConnell' },
  { name: 'told X CONTENT: the addressee is not content', paragraphs: ['Officials told CNN the talks had stalled again.'], text: 'the talks had stalled again', kind: 'indirect', speaker: null, speakerRef: 'Officials' },
];

describe('en quotes', () => {
  it.each(quoteRows)('$name', (row) => {
    const r = analyze('en', ...row.paragraphs);
    const q = r.quotes.find((x) => x.text === row.text);
    expect(q, JSON.stringify(r.quotes.map((x) => x.text))).toBeDefined();
    expect(q!.kind).toBe(row.kind);
    expect(q!.speaker).toBe(row.speaker);
    if (row.speakerRef) expect(q!.speakerRef).toBe(row.speakerRef);
    if (row.cue) expect(q!.cue).toBe(row.cue);
    expectSpansConsistent(r.article, allSpans(r));
  });

  it('gives a floating quote in the next paragraph the previous speaker', () => {
    const r = analyze('en', '"There are things the country can do by itself," Barack Obama said.', '"But we must lead on this problem together."');
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Barack Obama', 'Barack Obama']);
  });

  it('joins the parts of one quote around its attribution in a paragraph, leaving the attribution out of the text', () => {
    const text = '"There are things the country can do by itself," Barack Obama said at the summit. "But we must lead on this problem together."';
    const r = analyze('en', text);
    expect(r.quotes).toHaveLength(1);
    const q = r.quotes[0]!;
    expect(q.speaker).toBe('Barack Obama');
    expect(q.text).toBe('There are things the country can do by itself … But we must lead on this problem together.');
    expect(text.slice(q.start, q.end)).toMatch(/^There are things.*together\.$/u);
  });

  it('keeps two quotes apart when the second has a cue of its own', () => {
    const r = analyze('en', '"Taxes will go down," Barack Obama said. "They will not," Mitt Romney replied.');
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Barack Obama', 'Mitt Romney']);
  });

  it('treats a mixed quote inside reported speech as part of it', () => {
    const r = analyze('en', 'Michael Flynn said Donald Trump was “absolutely right” about the generals and the war.');
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.text).toBe('Donald Trump was “absolutely right” about the generals and the war');
  });

  it('continues content after a mid-sentence attribution', () => {
    const r = analyze('en', 'Don Fowler ran the party for years.', 'Though that transition was seamless, he said, replacing her now would be much harder.');
    expect(r.quotes[0]?.text).toBe('Though that transition was seamless replacing her now would be much harder');
    expect(r.quotes[0]?.speaker).toBe('Don Fowler');
  });
});

describe('en people', () => {
  it('links surnames and honorifics to the full name, keeps titles as roles', () => {
    const r = analyze('en', 'Transportation Secretary Pete Buttigieg visited Ohio.', 'Mr. Buttigieg said the bridge would reopen in May.');
    expect(r.people.map((p) => [p.name, p.gender, p.isOfficial, p.mentions])).toEqual([['Pete Buttigieg', 'male', true, 2]]);
    expect(r.people[0]!.roles).toContain('Transportation Secretary');
  });

  it('takes a role from an apposition and stops at a relative clause', () => {
    const r = analyze('en', '"This is in their heads," said Ronald Fieldstone, a Miami lawyer who has worked on the project.');
    expect(r.people[0]?.roles).toEqual(['a Miami lawyer']);
  });

  it('does not make organisations into people', () => {
    const r = analyze('en', 'According to the Census Bureau, the population grew fast this year.');
    expect(r.people).toEqual([]);
    expect(r.quotes[0]?.speakerRef).toBe('the Census Bureau');
  });
});

describe('en sources', () => {
  it.each([
    ['dateline', 'WASHINGTON (Reuters) - The Senate passed the bill on Friday.', 'Reuters', 'agency'],
    ['X reported', 'The Senate passed the bill on Friday, the Associated Press reported.', 'AP', 'agency'],
    ['told X', 'Officials told CNN the talks had stalled.', 'CNN', 'outlet'],
    ['photo credit', 'The president arrives. (AP Photo/Evan Vucci)', 'AP', 'photo'],
    ['according to an outlet', 'The company lost money, according to Reuters.', 'Reuters', 'agency'],
  ])('%s', (_n, text, name, kind) => {
    const r = analyze('en', text);
    expect(r.sources.find((s) => s.name === name)?.kind, JSON.stringify(r.sources)).toBe(kind);
  });
});
