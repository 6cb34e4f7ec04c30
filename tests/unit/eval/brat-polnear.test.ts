// BRAT reading and the PolNeAR quote scorer, on hand-made snippets (offsets computed, not typed).
import { describe, expect, it } from 'vitest';
import { countOffsetMismatches, parseBrat } from '../../../scripts/eval/attribution/brat';
import {
  emptyPolnearTally,
  isSpeechCue,
  midSentenceCapitals,
  nameTokens,
  readPolnear,
  scorePolnearDoc,
  speakerMatches,
  verbForms,
  type PredictedQuote,
} from '../../../scripts/eval/attribution/polnear';

/** Offsets of the first occurrence of `part` in `text`, as "start end". */
function at(text: string, part: string, from = 0): string {
  const s = text.indexOf(part, from);
  if (s < 0) throw new Error(`"${part}" not in text`);
  return `${s} ${s + part.length}`;
}

const TEXT =
  'Officials met on Monday. The mayor, John Smith, said the budget would be cut by half next year. ' +
  'Critics believe the plan will fail in court. “We will win this fight,” Smith told reporters.';

function ann(): string {
  const lines = [
    `T1\tSource ${at(TEXT, 'The mayor, John Smith,')}\tThe mayor, John Smith,`,
    `T2\tCue ${at(TEXT, 'said')}\tsaid`,
    `T3\tContent ${at(TEXT, 'the budget would be cut by half next year')}\tthe budget would be cut by half next year`,
    `E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1`,
    `T4\tSource ${at(TEXT, 'Critics')}\tCritics`,
    `T5\tCue ${at(TEXT, 'believe')}\tbelieve`,
    `T6\tContent ${at(TEXT, 'the plan will fail in court')}\tthe plan will fail in court`,
    `E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4`,
    `T7\tSource ${at(TEXT, 'Smith', TEXT.indexOf('fight'))}\tSmith`,
    `T8\tCue ${at(TEXT, 'told reporters')}\ttold reporters`,
    `T9\tContent ${at(TEXT, '“We will win this fight,”')}\t“We will win this fight,”`,
    `E3\tAttribution:T8 Content:T9 Cue:T8 Source:T7`,
  ];
  return lines.join('\n');
}

function quote(part: string, speaker: string | null, kind: 'direct' | 'indirect' = 'indirect', length = part.length): PredictedQuote {
  const start = TEXT.indexOf(part);
  return { start, end: start + length, text: TEXT.slice(start, start + length), kind, speaker, speakerRef: null };
}

describe('parseBrat', () => {
  it('reads entities (also discontinuous), relations and events', () => {
    const doc = parseBrat('T1\tContent 0 5;10 15\tab cd\nR1\tWORKS_AS Arg1:T2 Arg2:T3\t\nE1\tAttribution:T4 Content:T1 Content2:T5\n#1\tNote T1\tx');
    expect(doc.entities.get('T1')).toEqual({ id: 'T1', type: 'Content', ranges: [[0, 5], [10, 15]], text: 'ab cd' });
    expect(doc.relations).toEqual([{ id: 'R1', type: 'WORKS_AS', arg1: 'T2', arg2: 'T3' }]);
    expect(doc.events[0]!.args.map((a) => a.role)).toEqual(['Content', 'Content2']);
  });

  it('counts entities whose text does not sit at their offsets', () => {
    const doc = parseBrat('T1\tX 0 5\thello\nT2\tX 6 11\twrong');
    expect(countOffsetMismatches(doc, 'hello world')).toBe(1);
  });
});

describe('speech cues', () => {
  it.each([
    ['said', true], ['has said', true], ['told reporters', true], ['according to', true], ['replied', true],
    ['emphasised', true], ['admitted', true], ['called for', true], ['believe', false], ['found', false],
    ['shows', false], ['―', false], [':', false],
  ])('%s → %s', (cue, speech) => expect(isSpeechCue(cue)).toBe(speech));

  it('builds regular and irregular verb forms', () => {
    expect(verbForms('reply')).toEqual(expect.arrayContaining(['replies', 'replied', 'replying']));
    expect(verbForms('note')).toEqual(expect.arrayContaining(['notes', 'noted', 'noting']));
    expect(verbForms('stress')).toEqual(expect.arrayContaining(['stresses', 'stressed']));
    expect(verbForms('write')).toEqual(expect.arrayContaining(['wrote', 'written', 'writing']));
  });
});

describe('readPolnear', () => {
  it('ties source, cue and content and flags speech attributions', () => {
    const gold = readPolnear(TEXT, ann());
    expect(gold.map((g) => [g.cue, g.speech])).toEqual([['said', true], ['believe', false], ['told reporters', true]]);
    expect(gold[0]!.sourceNames).toEqual(['john', 'smith']);
    // "Critics" only opens a sentence: a sentence-initial capital alone is no proof of a name.
    expect(gold[1]!.sourceNames).toEqual([]);
    expect(gold[2]!.sourceNames).toEqual(['smith']);
  });

  it('skips sentence-initial common words and function words when collecting names', () => {
    const text = 'Sources said so. Post editors agreed. The sources told The Post.';
    const range = (part: string) => [[text.indexOf(part), text.indexOf(part) + part.length] as const];
    const proper = midSentenceCapitals(text);
    expect([...proper]).toEqual(['post']);
    expect(nameTokens(text, range('Sources'), proper)).toEqual([]);
    // Opens a sentence, but the article capitalises it mid-sentence too.
    expect(nameTokens(text, range('Post editors'), proper)).toEqual(['post']);
    expect(nameTokens(text, range('The Post.'), proper)).toEqual(['post']);
  });
});

describe('scorePolnearDoc', () => {
  it('matches at 30% and 80% of the annotated tokens, recall split by speech', () => {
    const tally = emptyPolnearTally();
    const gold = readPolnear(TEXT, ann());
    // 3 of 9 content tokens ("the budget would") = 33%: a match at 0.3, not at 0.8.
    const partial = quote('the budget would', 'John Smith');
    // The belief attribution, fully covered: right for precision, found only in "all".
    const belief = quote('the plan will fail in court', null);
    const outside = quote('Officials met on Monday', null);
    scorePolnearDoc(tally, 'doc', TEXT, gold, [partial, belief, outside]);
    expect(tally.gold).toEqual({ all: 3, speech: 2 });
    expect(tally.byThreshold['0.3']).toEqual({ predRight: 2, allFound: 2, speechFound: 1 });
    expect(tally.byThreshold['0.8']).toEqual({ predRight: 1, allFound: 1, speechFound: 0 });
    expect(tally.examples.falsePositives).toHaveLength(1);
    expect(tally.examples.missedSpeech).toHaveLength(1);
    // 3 + 6 predicted tokens inside Contents, 4 outside.
    expect([tally.predTokensInContent, tally.predTokens]).toEqual([9, 13]);
  });

  it('does not match below 30% of the tokens', () => {
    const tally = emptyPolnearTally();
    // 2 of 9 tokens = 22%.
    scorePolnearDoc(tally, 'doc', TEXT, readPolnear(TEXT, ann()), [quote('the budget', 'John Smith')]);
    expect(tally.byThreshold['0.3']!.predRight).toBe(0);
  });

  it('scores speakers on matched quotes with a named source, by kind', () => {
    const tally = emptyPolnearTally();
    const gold = readPolnear(TEXT, ann());
    scorePolnearDoc(tally, 'doc', TEXT, gold, [
      quote('the budget would be cut by half next year', 'John Smith', 'indirect'),
      quote('“We will win this fight,”', 'Jane Doe', 'direct'),
      quote('the plan will fail in court', 'Critics'), // unnamed source: not counted
    ]);
    expect(tally.speaker.eligible).toBe(2);
    expect(tally.speaker.right).toBe(1);
    expect(tally.speaker.indirect).toEqual({ eligible: 1, right: 1, none: 0 });
    expect(tally.speaker.direct).toEqual({ eligible: 1, right: 0, none: 0 });
  });

  it('counts quotes left without any speaker apart from wrong names', () => {
    const tally = emptyPolnearTally();
    scorePolnearDoc(tally, 'doc', TEXT, readPolnear(TEXT, ann()), [quote('“We will win this fight,”', null, 'direct')]);
    expect(tally.speaker.direct).toEqual({ eligible: 1, right: 0, none: 1 });
  });

  it('scores the pieces of an interrupted quote in the fragments diagnostic only', () => {
    const text = '“It is a movement,” DuVernay said. “By the end of the film you will understand how this moment came to be and how it grows.”';
    const a = text.indexOf('“It');
    const b = text.indexOf('“By');
    const ann = [
      `T1\tSource ${text.indexOf('DuVernay')} ${text.indexOf('DuVernay') + 8}\tDuVernay`,
      `T2\tCue ${text.indexOf('said')} ${text.indexOf('said') + 4}\tsaid`,
      `T3\tContent ${a} ${text.indexOf(' DuVernay')};${b} ${text.length}\tx`,
      'E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1',
    ].join('\n');
    const gold = readPolnear(text, ann);
    const piece = (s: number, e: number): PredictedQuote => ({ start: s, end: e, text: text.slice(s, e), kind: 'direct', speaker: 'Ava DuVernay', speakerRef: null });
    const tally = emptyPolnearTally();
    // The first piece covers 4 of 23 tokens (< 30%); the second covers 19.
    scorePolnearDoc(tally, 'doc', text, gold, [piece(a, text.indexOf(' DuVernay')), piece(b, text.length)]);
    expect(tally.byThreshold['0.3']).toEqual({ predRight: 1, allFound: 1, speechFound: 1 });
    expect(tally.fragments).toEqual({ predRight: 2, allFound: 1, speechFound: 1 });
  });

  it('accepts a speaker reference and possessives as sharing a name token', () => {
    const q = { start: 0, end: 1, text: '', kind: 'direct' as const, speaker: null, speakerRef: "Smith's campaign" };
    expect(speakerMatches(q, ['smith'])).toBe(true);
    expect(speakerMatches({ ...q, speakerRef: 'a source' }, ['smith'])).toBe(false);
  });
});
