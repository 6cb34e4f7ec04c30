import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearHistory, importHistory, loadHistory, remember, takeHistoryResetNotice } from '../../../lib/extension/history-store';
import { DEFAULT_SETTINGS, type HistoryRecord } from '../../../lib/schema';

const rec = (url: string, analyzedAt: number): HistoryRecord => ({
  url, title: 'T ' + url, site: 'example.kz', publisher: null, published: null, language: 'ru', analyzedAt,
  people: ['Марат Башимов'], peopleKeys: ['bashim'], sources: [], keywords: ['kazakh'],
});

describe('history store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('remembers records within the limits and survives a reload', async () => {
    const settings = { ...DEFAULT_SETTINGS, history: { ...DEFAULT_SETTINGS.history, maxArticles: 2 } };
    const now = Date.now();
    await remember(rec('a', now - 2), settings);
    await remember(rec('b', now - 1), settings);
    await remember(rec('c', now), settings);
    expect((await loadHistory()).map((r) => r.url)).toEqual(['c', 'b']);
  });

  it('salvages what it can from corrupted storage and says so once', async () => {
    await fakeBrowser.storage.local.set({ history: { version: 1, records: [rec('good', Date.now()), { url: 42 }, 'junk'] } });
    expect((await loadHistory()).map((r) => r.url)).toEqual(['good']);
    expect(await takeHistoryResetNotice()).toBe(true);
    expect(await takeHistoryResetNotice()).toBe(false);
  });

  it('treats a stored value of the wrong type as empty, without throwing', async () => {
    await fakeBrowser.storage.local.set({ history: 'not a history' });
    expect(await loadHistory()).toEqual([]);
  });

  it('round-trips an export through import, and clears', async () => {
    const now = Date.now();
    await remember(rec('a', now), DEFAULT_SETTINGS);
    const exported = JSON.parse(JSON.stringify({ version: 1, records: await loadHistory() }));
    await clearHistory();
    expect(await loadHistory()).toEqual([]);
    expect(await importHistory(exported, DEFAULT_SETTINGS)).toBe(1);
    expect((await loadHistory())[0]).toEqual(rec('a', now));
  });
});
