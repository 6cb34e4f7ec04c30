/** The annotated-sentence scorer (scripts/eval/attribution/sentences.ts) on hand-made predictions. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  emptySentenceTally,
  foundPrf,
  loadSentences,
  scoreSentence,
  tokenPrf,
  type PredictedAttribution,
  type SentenceItem,
} from '../../../scripts/eval/attribution/sentences';

const text = '„Rozpočet je napjatý,“ řekl ministr Tomáš Havelka.';
const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
const item: SentenceItem = {
  id: 't1',
  text,
  attributions: [{ kind: 'direct', source: [span('ministr Tomáš Havelka')], cue: [span('řekl')], content: [span('Rozpočet je napjatý')] }],
};
const at = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];
const predicted = (content: string, speaker: string | null, source: string | null): PredictedAttribution => ({
  start: at(content)[0],
  end: at(content)[1],
  kind: 'direct',
  speaker,
  speakerRef: null,
  speakerSpan: source ? at(source) : null,
  cueSpan: at('řekl'),
});

describe('sentence scorer', () => {
  it('counts a quote covering a third of the content as found, and scores tokens', () => {
    const t = emptySentenceTally();
    scoreSentence(t, item, [predicted('Rozpočet', 'Tomáš Havelka', 'Tomáš Havelka')]);
    expect(foundPrf(t.all)).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(foundPrf(t.all, true).recall).toBe(0);
    expect(tokenPrf(t.content)).toEqual({ precision: 1, recall: 1 / 3, f1: 0.5 });
    expect(tokenPrf(t.source)).toEqual({ precision: 1, recall: 2 / 3, f1: 0.8 });
    expect(t.speaker).toEqual({ eligible: 1, right: 1 });
  });

  it('matches the speaker by word stem, so an inflected source still counts', () => {
    const t = emptySentenceTally();
    scoreSentence(t, item, [predicted('Rozpočet je napjatý', 'Tomáše Havelky', null)]);
    expect(t.speaker.right).toBe(1);
    const wrong = emptySentenceTally();
    scoreSentence(wrong, item, [predicted('Rozpočet je napjatý', 'Jana Malá', null)]);
    expect(wrong.speaker).toEqual({ eligible: 1, right: 0 });
  });

  it('counts a quote outside every content against precision, and a missed content against recall', () => {
    const t = emptySentenceTally();
    scoreSentence(t, item, [predicted('ministr Tomáš', null, null)]);
    expect(foundPrf(t.all)).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(t.misses).toHaveLength(2);
  });

  it('loads the Czech fixture, every span matching its text', () => {
    const items = loadSentences(path.resolve(__dirname, '../../fixtures/attribution/cs'));
    expect(items.length).toBeGreaterThanOrEqual(60);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it.each(['kk', 'ru'])('loads the %s fixture (issue 15): at least 100 sentences, unique ids, every span matching its text', (lang) => {
    const items = loadSentences(path.resolve(__dirname, `../../fixtures/attribution/${lang}`));
    expect(items.length).toBeGreaterThanOrEqual(100);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    expect(items.every((i) => i.language === lang)).toBe(true);
    expect(items.filter((i) => i.attributions.length > 0).length).toBeGreaterThanOrEqual(100);
  });
});
