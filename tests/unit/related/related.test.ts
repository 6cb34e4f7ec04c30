import { describe, expect, it } from 'vitest';
import { extractKeywords, keywordStem } from '../../../lib/analyze/keywords';
import { findRelated, historyRecord, personKey, pruneHistory } from '../../../lib/related';
import type { Analysis, HistoryRecord } from '../../../lib/schema';

function analysis(url: string, title: string, text: string, people: { name: string; latin?: string }[]): Analysis {
  return {
    version: 1, isArticle: true, detection: { isArticle: true, score: 5, signals: [] },
    article: { title, byline: null, published: null, modified: null, publisher: null, url, language: 'ru', text },
    languageGuess: null, quotes: [], references: [], sources: [], glossary: [], readerLanguage: 'en', timings: {}, notes: [],
    people: people.map((p) => ({
      name: p.name, roles: [], organizations: [], gender: null, isOfficial: false, mentions: 1, mentionSpans: [],
      latin: p.latin ? [{ system: 'en-common', latin: p.latin }] : [],
    })),
  };
}

describe('keywords across scripts', () => {
  it.each([
    ['Казахстан', 'kazakh'],
    ['Казахстане', 'kazakh'],
    ['Kazakhstan', 'kazakh'],
    ['Астана', 'astana'],
  ])('stems %s to %s', (word, stem) => {
    expect(keywordStem(word)).toBe(stem);
  });

  it('weighs names inside sentences above sentence openers and common words', () => {
    const kw = extractKeywords('Выборы прошли спокойно. В Казахстане выбирали акимов, сообщил Башимов. Башимов доволен.', 'Выборы в Казахстане');
    expect(kw.slice(0, 2)).toEqual(expect.arrayContaining(['kazakh', 'bashim']));
  });
});

describe('related stories', () => {
  const seed = historyRecord(
    analysis('https://altaynews.kz/1', 'Мажилисмен о выборах акимов', 'Марат Башимов рассказал о выборах в Казахстане. Башимов сказал…', [{ name: 'Марат Башимов', latin: 'Marat Bashimov' }]),
    1,
  );
  const english = historyRecord(
    analysis('https://tengrinews.kz/2', 'Kazakhstan elects district akims', 'Marat Bashimov said the elections in Kazakhstan matter. Bashimov added…', [{ name: 'Marat Bashimov' }]),
    2,
  );
  const unrelated = historyRecord(
    analysis('https://example.com/3', 'Football results', 'The Astana club won against Kairat on Sunday, coach Ivan Petrov said.', [{ name: 'Ivan Petrov' }]),
    3,
  );
  const syndicated = { ...english, url: 'https://mirror.example/2', site: 'mirror.example' };

  it('keys people by their Latin surname', () => {
    expect(personKey('Marat Bashimov')).toBe('bashim');
    expect(seed.peopleKeys).toEqual(english.peopleKeys);
  });

  it('finds the same story across languages, ranks it, and leaves out unrelated ones and the article itself', () => {
    const related = findRelated(seed, [seed, unrelated, english]);
    expect(related.map((r) => r.url)).toEqual(['https://tengrinews.kz/2']);
    expect(related[0]!.sharedPeople).toEqual(['Marat Bashimov']);
  });

  it('shows a story syndicated on two sites once', () => {
    expect(findRelated(seed, [english, syndicated]).length).toBe(1);
  });

  it('has nothing to say with an empty history', () => {
    expect(findRelated(seed, [])).toEqual([]);
  });
});

describe('history limits', () => {
  const rec = (url: string, analyzedAt: number): HistoryRecord => ({
    url, title: url, site: 'x', publisher: null, published: null, language: 'en', analyzedAt, people: [], peopleKeys: [], sources: [], keywords: [],
  });
  const day = 86_400_000;

  it('keeps the newest within count and age, one per URL', () => {
    const now = 100 * day;
    const kept = pruneHistory([rec('a', now - 1), rec('b', now - 2), rec('a', now - 50), rec('old', now - 40 * day), rec('c', now - 3)], 2, 30, now);
    expect(kept.map((r) => [r.url, r.analyzedAt])).toEqual([['a', now - 1], ['b', now - 2]]);
  });
});
