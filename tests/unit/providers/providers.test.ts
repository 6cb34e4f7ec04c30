import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gdeltUrl, googleNewsUrl, parseGdelt, parseGoogleNews, ProviderError, providerQueryTerms } from '../../../lib/providers';
import type { Analysis } from '../../../lib/schema';

const fixture = (name: string) => readFileSync(path.join(__dirname, '../../fixtures/providers', name), 'utf8');

const SECRET_TEXT = 'Почти 60% акимами были избраны новые люди';
const analysis: Analysis = {
  version: 1, isArticle: true, detection: { isArticle: true, score: 5, signals: [] },
  article: { title: 'Мажилисмен рассказал', byline: 'Маргарита Малышева', published: '2023-11-05T13:40:00+06:00', modified: null, publisher: 'Altaynews.kz', url: 'https://altaynews.kz/x', language: 'ru', text: SECRET_TEXT },
  languageGuess: null, quotes: [], references: [], sources: [], glossary: [], readerLanguage: 'en', timings: {}, notes: [],
  people: [{ name: 'Марат Башимов', roles: ['депутат'], organizations: [], gender: 'male', isOfficial: true, mentions: 5, mentionSpans: [], latin: [{ system: 'en-common', latin: 'Marat Bashimov' }] }],
};

describe('what providers are sent', () => {
  it('sends quoted names only: never the article text, title or author', () => {
    for (const url of [gdeltUrl(analysis)!, googleNewsUrl(analysis)!]) {
      const decoded = decodeURIComponent(url);
      expect(decoded).not.toContain(SECRET_TEXT.slice(0, 12));
      expect(decoded).not.toContain('Мажилисмен рассказал');
      expect(decoded).not.toContain('Малышева');
    }
    expect(providerQueryTerms(analysis, true)).toEqual(['"Marat Bashimov"']);
  });

  it('asks GDELT in Latin letters around the publication date, Google News in the original script', () => {
    const g = new URL(gdeltUrl(analysis)!);
    expect(g.searchParams.get('query')).toBe('"Marat Bashimov"');
    expect(g.searchParams.get('format')).toBe('json');
    expect(g.searchParams.get('startdatetime')).toBe('20231102074000');
    const n = new URL(googleNewsUrl(analysis)!);
    expect(n.searchParams.get('q')).toBe('"Марат Башимов"');
    expect(n.searchParams.get('ceid')).toBe('RU:ru');
  });

  it('has nothing to ask when the article names nobody', () => {
    expect(gdeltUrl({ ...analysis, people: [] })).toBeNull();
  });
});

describe('reading provider answers', () => {
  it('parses GDELT results, skipping broken records and repairing bad escapes', () => {
    const stories = parseGdelt(200, 'application/json', fixture('gdelt-artlist.json'));
    expect(stories.map((s) => s.site)).toEqual(['example-news.kz', 'example-wire.com']);
    expect(stories[0]!.published).toBe('2023-11-06T04:15:00Z');
    expect(stories[1]!.language).toBe('en');
  });

  it.each([
    [200, 'text/html', fixture('gdelt-error.html'), /error page/],
    [429, 'text/plain', 'Please limit requests to one every 5 seconds', /slow down/],
    [500, 'text/plain', 'oops', /error \(500\)/],
    [200, 'application/json', '{"articles": [', /could not read/],
    [200, 'application/json', '{"articles": "nope"}', /unexpected shape/],
  ])('turns a GDELT %i %s answer into a calm message', (status, type, body, message) => {
    expect(() => parseGdelt(status, type, body)).toThrow(ProviderError);
    expect(() => parseGdelt(status, type, body)).toThrow(message);
  });

  it('reads Google News RSS items, decoding entities and skipping broken ones', () => {
    const stories = parseGoogleNews(200, fixture('google-news.rss'));
    expect(stories.map((s) => s.title)).toEqual(['Выборы районных акимов: что изменится - Example.kz', 'Депутат & эксперты о выборах']);
    expect(stories[0]!.site).toBe('Example.kz');
    expect(stories[0]!.published).toBe('2023-11-05T09:00:00.000Z');
  });

  it('refuses an HTML page where a feed was expected', () => {
    expect(() => parseGoogleNews(200, '<html>consent page</html>')).toThrow(/not a news feed/);
  });
});
