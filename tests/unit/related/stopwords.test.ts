/**
 * The related-stories stop list: per-language data (lib/lang/stopwords.ts), compared like with like
 * (stop words stemmed as article words are), and the same-event fixture ranks each article's siblings first.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../lib/analyze';
import { extractKeywords, keywordStem, stopStemsFor } from '../../../lib/analyze/keywords';
import { articleFromText } from '../../../lib/analyze/plain-text';
import { STOP_WORDS } from '../../../lib/lang/stopwords';
import { findRelated, historyRecord } from '../../../lib/related';

describe('stop words', () => {
  it('are dropped after stemming: "However" no longer survives as "howeve"', () => {
    const text = 'However, the Senate voted. However, Hartley said. However, Hartley spoke. However late.';
    const kw = extractKeywords(text, '', 'en');
    expect(keywordStem('However')).toBe('howeve');
    expect(kw).not.toContain('howeve');
    expect(kw).toContain('hartle');
  });

  it('catch inflected reporting words in Russian and Kazakh', () => {
    const ru = extractKeywords('Теперь Абдиров заявил. Теперь Абдиров сообщил. По словам Абдирова, теперь всё.', '', 'ru');
    expect(ru).toContain('abdiro');
    expect(ru).not.toContain('teper');
    const kk = extractKeywords('Енді Әбдіров деді. Енді Әбдіров айтты. Енді Әбдіров хабарлады.', '', 'kk');
    expect(kk).toContain('abdiro');
    expect(kk).not.toContain('yendi');
  });

  it('use the article language’s list, or every list when the language is unknown', () => {
    expect(stopStemsFor('ru').has(keywordStem('однако'))).toBe(true);
    expect(stopStemsFor('en').has(keywordStem('однако'))).toBe(false);
    expect(stopStemsFor('und').has(keywordStem('однако'))).toBe(true);
    expect(stopStemsFor('ru-RU')).toBe(stopStemsFor('ru'));
  });

  it('hold single words only (a phrase can never meet a one-word stem) in every language', () => {
    for (const [language, words] of Object.entries(STOP_WORDS)) {
      for (const word of words) expect(word, language).toMatch(/^[\p{L}'’-]+$/u);
    }
  });

  it('never swallow the names the related-stories tests rely on', () => {
    for (const name of ['Kazakhstan', 'Казахстан', 'Қазақстан', 'Astana', 'Tokayev', 'Aktau', 'Balkhash']) {
      expect(stopStemsFor('und').has(keywordStem(name)), name).toBe(false);
    }
  });
});

describe('same-event fixture (tests/fixtures/related)', () => {
  const dir = path.resolve(__dirname, '../../fixtures/related');
  const entries = JSON.parse(readFileSync(path.join(dir, 'articles.json'), 'utf8')) as {
    id: string; event: string; language: string; title: string; url: string; published: string; file: string;
  }[];
  const records = entries.map((e, i) =>
    historyRecord(
      analyzeArticle(articleFromText(readFileSync(path.join(dir, e.file), 'utf8'), { title: e.title, url: e.url, published: e.published, langHint: e.language })),
      i + 1,
    ),
  );

  it('holds ru, kk and en tellings of each event', () => {
    const events = new Set(entries.map((e) => e.event));
    for (const event of events) expect(entries.filter((e) => e.event === event).map((e) => e.language).sort()).toEqual(['en', 'kk', 'ru']);
  });

  it.each(entries.map((e, i) => [e.id, i] as const))('%s ranks its siblings first', (_, i) => {
    const entry = entries[i]!;
    const ranked = findRelated(records[i]!, records).map((r) => entries.find((e) => e.url === r.url)!.event);
    expect(ranked.slice(0, 2)).toEqual([entry.event, entry.event]);
  });
});
