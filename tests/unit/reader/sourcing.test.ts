import { describe, expect, it } from 'vitest';
import { Analysis, selectorFor } from '../../../lib/schema';
import { quoteOrigin, sourcingSummary } from '../../../components/sourcing';
import { analysisToCsv, analysisToMarkdown } from '../../../components/export';

const span = { start: 0, end: 1, block: 0, selector: selectorFor('x', 0, 1) };
const quote = (speaker: string | null, speakerRef: string | null = null) => ({
  ...span, text: 'q', kind: 'direct' as const, speaker, speakerRef, cue: 'said',
});

const analysis = Analysis.parse({
  version: 1,
  isArticle: true,
  detection: { isArticle: true, score: 1, signals: [] },
  article: { title: 't', byline: null, published: null, publisher: null, url: 'https://a.example/', language: 'en', text: 'x' },
  languageGuess: null,
  quotes: [
    quote('Marat Bashimov'), quote('Marat Bashimov'), quote('Aigul Sarsenova'),
    quote(null, 'the ministry'), quote(null, 'sources'), quote(null, 'according to Kazinform'), quote('Reuters'),
  ],
  people: [
    { name: 'Marat Bashimov', roles: ['deputy'], mentions: 2, isOfficial: true },
    { name: 'Aigul Sarsenova', roles: ['teacher'], mentions: 1 },
  ],
  references: [
    { ...span, text: 'the ministry', isOfficial: true },
    { ...span, text: 'sources', isOfficial: false },
  ],
  sources: [
    { name: 'Kazinform', kind: 'agency', evidence: 'according to Kazinform', spans: [span, span] },
    { name: 'Reuters', kind: 'agency', evidence: 'Reuters reported', spans: [span] },
    { name: 'Facebook', kind: 'social', evidence: 'wrote on Facebook' },
  ],
  timings: {},
});

describe('sourcing summary', () => {
  it('sorts each quote by whom it comes from', () => {
    expect(analysis.quotes.map((q) => quoteOrigin(analysis, q))).toEqual([
      'official', 'official', 'named', 'official', 'anonymous', 'agency', 'agency',
    ]);
  });

  it('counts origins, ranks speakers and lists the outlets relied on (not social posts)', () => {
    const s = sourcingSummary(analysis);
    expect(s.total).toBe(7);
    expect(s.byOrigin).toEqual({ named: 1, official: 3, anonymous: 1, agency: 2 });
    expect(s.topSpeakers[0]).toEqual({ name: 'Marat Bashimov', quotes: 2 });
    expect(s.outlets.map((o) => o.name)).toEqual(['Kazinform', 'Reuters']);
  });
});

describe('unsure speaker links are not counted or exported as the speaker', () => {
  const unsure = Analysis.parse({
    ...analysis,
    quotes: [
      { ...quote('Marat Bashimov'), speakerConfidence: 0.95 },
      { ...quote('Marat Bashimov'), speakerConfidence: 0.3 },
      { ...quote('Aigul Sarsenova', 'the teacher'), speakerConfidence: 0.2 },
    ],
  });

  it('counts an unsure link as unnamed in the sourcing summary', () => {
    expect(unsure.quotes.map((q) => quoteOrigin(unsure, q))).toEqual(['official', 'anonymous', 'anonymous']);
    expect(sourcingSummary(unsure).topSpeakers).toEqual([{ name: 'Marat Bashimov', quotes: 1 }]);
  });

  it('lists an unsure quote under "Unresolved speaker" in Markdown and moves the name to its own CSV column', () => {
    const md = analysisToMarkdown(unsure);
    expect(md).toMatch(/### Unresolved speaker\n\n- \(direct/);
    expect(md.match(/### Marat Bashimov/g)).toHaveLength(1);
    expect(md).not.toContain('### Aigul Sarsenova');
    const rows = analysisToCsv(unsure).trim().split('\r\n').map((r) => r.split(','));
    const col = (name: string) => rows[0]!.indexOf(name);
    expect(rows.slice(1).map((r) => r[col('speaker')])).toEqual(['Marat Bashimov', '', '']);
    expect(rows.slice(1).map((r) => r[col('unsure_speaker')])).toEqual(['', 'Marat Bashimov', 'Aigul Sarsenova']);
    expect(rows.slice(1).map((r) => r[col('speaker_confidence')])).toEqual(['0.95', '0.3', '0.2']);
    expect(rows[3]![col('speaker_reference')]).toBe('the teacher');
  });
});
