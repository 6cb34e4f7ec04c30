/**
 * English speakers (issue 15): after "told" the words are the addressee, not the speaker; a quote
 * ending in a nested question ("…?’”") still takes the cue after it; a phrase set off by a comma at
 * the sentence start ("Last month, …") is not the subject a participle cue inherits.
 */
import { describe } from 'vitest';
import { speakerRows, type SpeakerRow } from './helpers';

const rows: SpeakerRow[] = [
  {
    name: '"X told the council: “…”": the subject speaks, not the addressee',
    paragraphs: ['Maria Lopez told the council: “We will not accept this budget.”'],
    text: 'We will not accept this budget.',
    speaker: 'Maria Lopez',
  },
  {
    name: '"X told Y: “…”" with a named addressee',
    paragraphs: ['Donald Trump told Sean Hannity: “We will build the wall and Mexico will pay for it.”'],
    text: 'We will build the wall and Mexico will pay for it.',
    speaker: 'Donald Trump',
  },
  {
    name: 'nested question before the closing mark ("…?’” Weaver said.")',
    paragraphs: ['Jeff Weaver is here.', '“We want people to reach out and ask, ‘What can I do? What kind of help do you need?’” Weaver said.'],
    text: 'We want people to reach out and ask, ‘What can I do? What kind of help do you need?’',
    speaker: 'Jeff Weaver',
  },
  {
    name: 'sentence-opening phrase before the subject of a participle cue',
    paragraphs: ['Minutes later, Maria Lopez issued a statement, saying that the senator meant every word of it.'],
    text: 'the senator meant every word of it',
    speaker: 'Maria Lopez',
  },
];

describe('English speakers: addressees, nested questions, openers', () => {
  speakerRows('en', rows);
});
