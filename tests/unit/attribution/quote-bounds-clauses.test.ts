/**
 * Quote boundaries (issue 15) where English syntax, not punctuation alone, draws the content: the phrase after
 * "CONTENT, said NAME," (an apposition of the speaker or a second cue of the attribution, not more content),
 * a cue inside an adverbial clause that opens the sentence (its content ends with that clause), a mixed quote,
 * and speech-verb forms used as nouns.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const spans = (r: ReturnType<typeof analyze>) => r.quotes.map((q) => r.article.text.slice(q.start, q.end));

describe('after "CONTENT, said NAME,"', () => {
  it('leaves out an apposition of the speaker opened by an article, a possessive or a title', () => {
    const r = analyze(
      'en',
      [
        'The harbour will need new cranes within five years, said Alan Moore, a port engineer at the city council.',
        'The budget gap is wider than anyone expected, said Lucy Grant, the council’s finance director.',
        'Ferry traffic has doubled since the bridge closed, said Tom Reed, executive director of the transit board.',
        'Most of the new flats are still empty, said Sarah Cole, Harbourside’s property manager.',
      ].join('\n\n'),
    );
    expect(spans(r)).toEqual([
      'The harbour will need new cranes within five years',
      'The budget gap is wider than anyone expected',
      'Ferry traffic has doubled since the bridge closed',
      'Most of the new flats are still empty',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Alan Moore', 'Lucy Grant', 'Tom Reed', 'Sarah Cole']);
  });

  it('leaves out a second cue of the attribution after its comma, which reports its own content', () => {
    const r = analyze('en', 'The shelter had run out of blankets by midnight, Maria Lopez said, adding more would arrive on Friday.');
    expect(r.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['The shelter had run out of blankets by midnight', 'Maria Lopez'],
      ['more would arrive on Friday', 'Maria Lopez'],
    ]);
  });

  it('still joins the two parts of content that the attribution interrupts', () => {
    const r = analyze(
      'en',
      [
        'In a merger, she said, the smaller bank would keep its name.',
        'It is the board’s job, Mark Hale said, to explain the cuts to the staff.',
      ].join('\n\n'),
    );
    expect(r.quotes.map((q) => q.text)).toEqual([
      'In a merger the smaller bank would keep its name',
      'It is the board’s job to explain the cuts to the staff',
    ]);
  });
});

describe('a cue inside an adverbial clause that opens the sentence', () => {
  it('ends the content at the comma closing the clause; the main clause is the writer’s', () => {
    const r = analyze(
      'en',
      [
        'While the mayor said that the roads were safe, several drivers were stranded overnight.',
        'A week after Lucy Grant announced that the plant would close, the union called a strike.',
        'But if Tom Reed claimed the plan was cheap, his own figures showed otherwise.',
      ].join('\n\n'),
    );
    expect(r.quotes.map((q) => q.text)).toEqual(['the roads were safe', 'the plant would close', 'the plan was cheap']);
  });

  it('keeps the whole content when the clause opener follows the cue', () => {
    const r = analyze('en', 'Lucy Grant said that while the roads were safe, the bridge would stay closed until spring.');
    expect(r.quotes.map((q) => q.text)).toEqual(['while the roads were safe, the bridge would stay closed until spring']);
  });
});

describe('"CONTENT, S said …" with words after the verb', () => {
  it('is no tail attribution when a determiner opens what the verb reports', () => {
    const r = analyze('en', 'Speaking on radio show Morning Jukebox last week, Alan Moore said his band and a producer, Tom Reed, recorded new songs.');
    expect(r.quotes.map((q) => [q.text, q.speaker])).toEqual([['his band and a producer, Tom Reed, recorded new songs', 'Alan Moore']]);
  });

  it('stays a tail attribution after "told" and its addressee', () => {
    const r = analyze('en', 'The plant will close in March, Maria Lopez told the local paper.');
    expect(r.quotes.map((q) => [q.text, q.speaker])).toEqual([['The plant will close in March', 'Maria Lopez']]);
  });
});

describe('a mixed quote: the writer’s words open the sentence, quoted words finish it, the cue follows', () => {
  it('spans the whole sentence', () => {
    const r = analyze('en', 'The ferry service was “a lifeline for the whole island,” Alan Moore said.');
    expect(spans(r)).toEqual(['The ferry service was “a lifeline for the whole island']);
    expect(r.quotes[0]!.speaker).toBe('Alan Moore');
  });

  it('keeps the marks when the opening words hold a cue of their own or an aside in brackets', () => {
    const r = analyze('en', 'Lucy Grant (“We wait for the storm to pass,” Alan Moore said) stayed home.');
    expect(spans(r)).toEqual(['We wait for the storm to pass']);
  });
});

describe('a speech-verb form after a noun marker is a noun', () => {
  it('gives no quote for "her remarks" or "his comments"', () => {
    const r = analyze('en', 'Alan Moore rejected her remarks the next day. Lucy Grant defended his comments the ferry was late again.');
    expect(r.quotes).toEqual([]);
  });
});
