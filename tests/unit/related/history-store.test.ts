import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearHistory, importHistory, loadHistory, remember, takeHistoryResetNotice } from '../../../lib/extension/history-store';
import { DEFAULT_SETTINGS, type HistoryRecord } from '../../../lib/schema';

const rec = (path: string, analyzedAt: number): HistoryRecord => ({
  url: `https://example.kz/${path}`, title: 'T ' + path, site: 'example.kz', publisher: null, published: null, language: 'ru', analyzedAt,
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
    expect((await loadHistory()).map((r) => r.url)).toEqual([rec('c', 0).url, rec('b', 0).url]);
  });

  it('salvages what it can from corrupted storage and says so once', async () => {
    await fakeBrowser.storage.local.set({ history: { version: 1, records: [rec('good', Date.now()), { url: 42 }, 'junk'] } });
    expect((await loadHistory()).map((r) => r.url)).toEqual([rec('good', 0).url]);
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

/** Bytes handed to storage.local.set, counted as JSON (what Chrome serialises and writes). */
function countWrites(): { bytes: () => number; keys: () => string[] } {
  let bytes = 0;
  const keys: string[] = [];
  const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
  fakeBrowser.storage.local.set = async (items: Record<string, unknown>) => {
    bytes += JSON.stringify(items).length;
    keys.push(...Object.keys(items));
    return set(items);
  };
  return { bytes: () => bytes, keys: () => keys };
}

describe('hostile input: history store (issue 18)', () => {
  beforeEach(() => fakeBrowser.reset());

  const many = (n: number, now: number) =>
    Array.from({ length: n }, (_, i) => ({ ...rec(`story-${i}?utm=${'x'.repeat(300)}`, now - i * 1000), people: ['Марат Башимов', 'Айгуль Сапарова'] }));

  it('attack 10: with 10,000 records one analysis rewrites a bucket and the index, not the whole store', async () => {
    const now = Date.now();
    const settings = { ...DEFAULT_SETTINGS, history: { ...DEFAULT_SETTINGS.history, maxArticles: 10_000 } };
    // The old layout, as a long-time reader has it: migrated once, on first use.
    const records = many(10_000, now - 60_000);
    await fakeBrowser.storage.local.set({ history: { version: 1, records } });
    const whole = JSON.stringify(records).length;
    expect(whole).toBeGreaterThan(4_000_000);
    expect((await loadHistory()).length).toBe(10_000);
    expect((await fakeBrowser.storage.local.get('history')).history).toBeUndefined();

    const writes = countWrites();
    await remember(rec('new-story', now), settings);
    // The new record, its bucket (~40 of 10,000), the index; the oldest record evicted from its own bucket.
    console.info(JSON.stringify({ attack: 10, records: 10_000, storeBytes: whole, writtenBytes: writes.bytes(), keysWritten: writes.keys().length }));
    expect(writes.bytes()).toBeLessThan(whole / 50);
    expect(writes.keys().length).toBeLessThanOrEqual(3);
    const after = await loadHistory();
    expect(after.length).toBe(10_000);
    expect(after[0]!.url).toBe(rec('new-story', 0).url);
    expect(after.some((r) => r.url === records[records.length - 1]!.url)).toBe(false);
  });

  it('attack 10: limits still hold across buckets (count and age), newest kept', async () => {
    const now = Date.now();
    const settings = { ...DEFAULT_SETTINGS, history: { ...DEFAULT_SETTINGS.history, maxArticles: 10, maxAgeDays: 1 } };
    for (let i = 0; i < 30; i++) await remember(rec(`s${i}`, now - (30 - i) * 1000), settings);
    const kept = await loadHistory();
    expect(kept.map((r) => r.url)).toEqual(Array.from({ length: 10 }, (_, i) => rec(`s${29 - i}`, 0).url));
    await remember(rec('old', now - 3 * 86_400_000), settings);
    await remember(rec('fresh', now + 1000), settings);
    expect((await loadHistory()).map((r) => r.url)).not.toContain(rec('old', 0).url);
    // Re-reading an article replaces its record instead of adding one.
    await remember(rec('fresh', now + 2000), settings);
    expect((await loadHistory()).filter((r) => r.url === rec('fresh', 0).url)).toHaveLength(1);
  });

  it('attack 9: import keeps only http(s) records with bounded fields', async () => {
    const now = Date.now();
    const good = rec('ok', now);
    const bad = [
      { ...good, url: 'javascript:alert(document.domain)' },
      { ...good, url: 'data:text/html,<script>alert(1)</script>' },
      { ...good, url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/options.html' },
      { ...good, url: 'JAVASCRIPT://%0aalert(1)' },
      { ...good, url: 'https://example.kz/long', title: 'x'.repeat(5000) },
      { ...good, url: 'https://example.kz/inf', analyzedAt: 'soon' },
    ];
    expect(await importHistory({ version: 1, records: [good, ...bad] }, DEFAULT_SETTINGS)).toBe(1);
    expect((await loadHistory()).map((r) => r.url)).toEqual([good.url]);
  });

  it('attack 9: a stored javascript: record is dropped on load, not shown as a related link', async () => {
    const good = rec('ok', Date.now());
    await fakeBrowser.storage.local.set({ history: { version: 1, records: [good, { ...good, url: 'javascript:alert(1)' }] } });
    expect((await loadHistory()).map((r) => r.url)).toEqual([good.url]);
    expect(await takeHistoryResetNotice()).toBe(true);
  });
});
