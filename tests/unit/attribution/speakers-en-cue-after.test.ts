/**
 * English speakers after a closing mark (issue 15, own sentences): a determiner and lowercase
 * modifiers before the speaker's head ("one senior Democrat said"); a word the lexicon does not list
 * that ends the clause after a named speaker ("“Q,” Rubio continued."); the second part of a split
 * quote after a verb with a short tail ("said late last month, “B.”"); a clause opener before the
 * phrase ("“Q,” and the crowd cheered") gives no speaker.
 */
import { describe, expect, it } from 'vitest';
import { analyze, speakerRows, type SpeakerRow } from './helpers';

const rows: SpeakerRow[] = [
  {
    name: 'determiner and modifier before an unnamed head',
    paragraphs: ['The meeting ran late.', '“The campaign has been far too slow to answer these attacks,” one senior Democrat said.'],
    text: 'The campaign has been far too slow to answer these attacks',
    speaker: null,
    speakerRef: 'Democrat',
  },
  {
    name: 'lowercase modifiers before a title and a name',
    paragraphs: ['Marco Rubio spoke first.', '“Cruz and Rubio are moving up in every poll,” former presidential candidate Herman Cain said.'],
    text: 'Cruz and Rubio are moving up in every poll',
    speaker: 'Herman Cain',
  },
  {
    name: 'an unlisted cue after a known speaker',
    paragraphs: ['Marco Rubio spoke in Iowa on Monday.', '“We face a very significant threat from abroad,” Rubio continued.'],
    text: 'We face a very significant threat from abroad',
    speaker: 'Marco Rubio',
  },
  {
    name: 'the second part of a split quote after a verb with a short tail',
    paragraphs: ['Marco Rubio spoke in Iowa on Monday.', '“That does not mean no response,” Rubio said late last month, “but a muted one rather than an alarm.”'],
    text: 'That does not mean no response',
    speaker: 'Marco Rubio',
  },
];

describe('English speakers after a closing mark', () => {
  speakerRows('en', rows);

  it('joins the split quote into one', () => {
    const { quotes } = analyze('en', 'Marco Rubio spoke in Iowa on Monday.', '“That does not mean no response,” Rubio said late last month, “but a muted one rather than an alarm.”');
    const q = quotes.find((x) => x.text.startsWith('That does not'));
    expect(q?.text).toContain('but a muted one');
  });

  it('a clause opener before the phrase gives no speaker', () => {
    const { quotes } = analyze('en', 'Marco Rubio spoke in Iowa on Monday.', '“This is a disaster for the whole party,” and the crowd cheered loudly.');
    const q = quotes.find((x) => x.text.startsWith('This is a disaster'));
    expect(q?.speaker ?? null).toBeNull();
    expect(q?.speakerRef ?? null).toBeNull();
  });
});
