import { describe, expect, it } from 'vitest';
import { historySearch } from '../../../entrypoints/reading-history/search';
import type { HistoryRecord } from '../../../lib/schema';

const rec = (url: string, title: string, people: string[], sources: string[], publisher: string | null = null, quotes: string[] = []): HistoryRecord => ({
  url, title, site: new URL(url).hostname, publisher, published: null, language: 'ru', analyzedAt: 0,
  people, peopleKeys: [], sources, keywords: [], quotes,
});

const records = [
  rec('https://altaynews.kz/a', 'Выборы районных акимов', ['Марат Башимов'], ['Kazinform'], 'Алтай Ньюс'),
  rec('https://tengrinews.kz/b', 'Bashimov on the elections', ['Marat Bashimov'], ['Reuters']),
  rec('https://zakon.kz/c', 'Погода в Астане', [], [], 'Zakon.kz', ['Морозы продлятся до конца недели']),
];

describe('history search', () => {
  const search = historySearch(records);
  it('finds articles by person, outlet, title and site, by word prefix', () => {
    expect(search('Башимов').map((r) => r.url)).toEqual(['https://altaynews.kz/a']);
    expect(search('bashim').map((r) => r.url)).toEqual(['https://tengrinews.kz/b']);
    expect(search('Kazinform').map((r) => r.url)).toEqual(['https://altaynews.kz/a']);
    expect(search('погода').map((r) => r.url)).toEqual(['https://zakon.kz/c']);
    expect(search('zakon').map((r) => r.url)).toEqual(['https://zakon.kz/c']);
    expect(search('морозы недели').map((r) => r.url)).toEqual(['https://zakon.kz/c']);
  });
  it('all words must match; an empty query lists everything', () => {
    expect(search('Bashimov Reuters')).toHaveLength(1);
    expect(search('Bashimov Kazinform')).toHaveLength(0);
    expect(search('  ')).toHaveLength(3);
  });
});
