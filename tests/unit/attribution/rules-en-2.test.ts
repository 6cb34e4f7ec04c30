/**
 * English rules, second set: participle cues, long appositions, verb tails before a colon, signatures,
 * colon introductions, according-to with outlets and long noun phrases, speaker phrases that must be
 * noun phrases, and names that look like verbs ("the United States").
 */
import { describe, expect, it } from 'vitest';
import { allSpans, analyze, expectSpansConsistent } from './helpers';

type Row = { name: string; paragraphs: string[]; text: string; kind: 'direct' | 'indirect'; speaker: string | null; speakerRef?: string; cue?: string | null };

const rows: Row[] = [
  {
    name: 'participle: the main clause subject speaks ("…, saying …")',
    paragraphs: ['Donald Trump unleashed a series of tweets early Friday, saying his rival had shown bad judgment.'],
    text: 'his rival had shown bad judgment',
    kind: 'indirect',
    speaker: 'Donald Trump',
    cue: 'saying',
  },
  {
    name: 'participle after an indirect quote inherits its speaker ("…, adding that …")',
    paragraphs: ['Maria Lopez said the bill would pass next week, adding that the vote count was secure.'],
    text: 'the vote count was secure',
    kind: 'indirect',
    speaker: 'Maria Lopez',
    cue: 'adding',
  },
  {
    name: 'participle before a marked quote ("X asking “…?”")',
    paragraphs: ['Hillary Clinton closed her speech asking, “Why are we not fifty points ahead of him today?”'],
    text: 'Why are we not fifty points ahead of him today?',
    kind: 'direct',
    speaker: 'Hillary Clinton',
  },
  {
    name: 'long apposition with inner commas between name and verb',
    paragraphs: [
      'David Kamin, an outside adviser to the campaign and a professor of law at New York University, a large private school, said that the plan raised taxes on the top earners.',
    ],
    text: 'the plan raised taxes on the top earners',
    kind: 'indirect',
    speaker: 'David Kamin',
  },
  {
    name: '"X, who said …": the relative pronoun stands for the name',
    paragraphs: ['The bill was blocked by Lindsey Graham, who said the committee needed more time to read it.'],
    text: 'the committee needed more time to read it',
    kind: 'indirect',
    speaker: 'Lindsey Graham',
  },
  {
    name: 'a time word between the verb and the colon ("said Monday: “…”")',
    paragraphs: ['Tulsa police Chief Chuck Jordan said Monday: “I will just make this promise to you: we will achieve justice.”'],
    text: 'I will just make this promise to you: we will achieve justice.',
    kind: 'direct',
    speaker: 'Chuck Jordan',
    cue: 'said',
  },
  {
    name: 'organisation words inside the title before a name after a quote',
    paragraphs: ['“We will achieve justice in this case,” Tulsa police Chief Chuck Jordan said on Monday.'],
    text: 'We will achieve justice in this case',
    kind: 'direct',
    speaker: 'Chuck Jordan',
  },
  {
    name: 'a signature after a dash, no verb (“Q.” ― Name)',
    paragraphs: ['“He is ignorant of our culture and our lives, and he does not care.” ― Pamela Padilla'],
    text: 'He is ignorant of our culture and our lives, and he does not care.',
    kind: 'direct',
    speaker: 'Pamela Padilla',
    cue: null,
  },
  {
    name: 'a colon after a short clause introduces the quote ("X continued: “…”")',
    paragraphs: ['Rush Limbaugh continued: “They are demanding this, and they are putting all kinds of pressure on the network.”'],
    text: 'They are demanding this, and they are putting all kinds of pressure on the network.',
    kind: 'direct',
    speaker: 'Rush Limbaugh',
  },
  {
    name: 'an outlet reporting with a colon',
    paragraphs: ['The New York Times reports: “Without this online network, the campaign is being made to work much harder.”'],
    text: 'Without this online network, the campaign is being made to work much harder.',
    kind: 'direct',
    speaker: null,
    speakerRef: 'The New York Times',
  },
  {
    name: 'according to an outlet, sentence-initial',
    paragraphs: ['According to Politico, both of these areas are highly populated with young voters.'],
    text: 'both of these areas are highly populated with young voters',
    kind: 'indirect',
    speaker: null,
    speakerRef: 'Politico',
  },
  {
    name: 'according to a long noun phrase',
    paragraphs: ['According to a new Washington Post-ABC News national poll, the two candidates are virtually tied.'],
    text: 'the two candidates are virtually tied',
    kind: 'indirect',
    speaker: null,
    speakerRef: 'a new Washington Post-ABC News national poll',
  },
  {
    name: 'a title keeps its capitalised modifiers ("The Indiana governor")',
    paragraphs: ['The Indiana governor said Democrats and the media are to blame for the confusion.'],
    text: 'Democrats and the media are to blame for the confusion',
    kind: 'indirect',
    speaker: null,
    speakerRef: 'The Indiana governor',
  },
  {
    name: 'interrupted wire-copy quote: the second part joins the first, the attribution left out',
    paragraphs: ["''This is not tax reform,'' said Douglas Holtz-Eakin, an economist. ''It is anti-reform and it adds complexity.''"],
    text: 'This is not tax reform … It is anti-reform and it adds complexity.',
    kind: 'direct',
    speaker: 'Douglas Holtz-Eakin',
  },
  {
    name: 'interrupted quote in one sentence: “A,” S said, “B.” is one quote',
    paragraphs: ['"We owe the miners honesty," Mr. Obama said, "and to say that the economy is shifting fast."'],
    text: 'We owe the miners honesty … and to say that the economy is shifting fast.',
    kind: 'direct',
    speaker: 'Obama',
  },
  {
    name: 'a straight opening mark closed by a curly one',
    paragraphs: ['"Oz has a huge bully pulpit, with the entire empire behind him,” said David Gorski, a professor of surgery.'],
    text: 'Oz has a huge bully pulpit, with the entire empire behind him',
    kind: 'direct',
    speaker: 'David Gorski',
  },
  {
    name: '"called for" takes its object as content',
    paragraphs: ['Donald Trump has called for the complete repeal of the health care law.'],
    text: 'the complete repeal of the health care law',
    kind: 'indirect',
    speaker: 'Donald Trump',
  },
];

describe('en quotes, second set', () => {
  it.each(rows)('$name', (row) => {
    const r = analyze('en', ...row.paragraphs);
    const q = r.quotes.find((x) => x.text === row.text);
    expect(q, JSON.stringify(r.quotes.map((x) => [x.text, x.speaker, x.speakerRef]))).toBeDefined();
    expect(q!.kind).toBe(row.kind);
    expect(q!.speaker).toBe(row.speaker);
    if (row.speakerRef !== undefined) expect(q!.speakerRef).toBe(row.speakerRef);
    if (row.cue !== undefined) expect(q!.cue).toBe(row.cue);
    expectSpansConsistent(r.article, allSpans(r));
  });
});

describe('en false attributions', () => {
  it('takes no prepositional opener for reported content ("In an essay last week, S wrote …")', () => {
    const r = analyze('en', 'In a Wall Street Journal essay last week, Ivanka Trump wrote about it.');
    expect(r.quotes.map((q) => q.text)).not.toContain('In a Wall Street Journal essay last week');
  });

  it('does not read "States" in "the United States" as a speech verb', () => {
    const r = analyze('en', 'Saudi Arabia and its most powerful ally, the United States, are members of the rights council.');
    expect(r.quotes).toEqual([]);
  });

  it.each([
    ['a conjunction', 'Jill Stein and her press secretary and said the police asked them to leave the area.'],
    ['a preposition phrase', 'On Twitter said the police asked them to leave the area.'],
    ['an adverb-ended fragment', 'Those electors in said the police asked them to leave the area.'],
  ])('gives no speaker phrase that ends on %s', (_, text) => {
    const r = analyze('en', text);
    for (const q of r.quotes) expect([q.speakerRef ?? ''].some((s) => /\b(?:and|in|on)$/i.test(s))).toBe(false);
  });
});
