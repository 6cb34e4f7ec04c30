/**
 * The local reading history in `storage.local`, always read through the zod schema, bounded by
 * the reader's limits. It never leaves the device; the options page exports or clears it.
 */
import { browser } from 'wxt/browser';
import { HISTORY_VERSION, HistoryRecord, StoredHistory, type Settings } from '../schema';
import { pruneHistory } from '../related';

const HISTORY_KEY = 'history';
/** Set when stored history was unreadable and was started afresh, until the options page shows it. */
const RESET_NOTICE_KEY = 'historyResetNotice';

export async function loadHistory(): Promise<HistoryRecord[]> {
  const raw = (await browser.storage.local.get(HISTORY_KEY))[HISTORY_KEY];
  if (raw === undefined) return [];
  const parsed = StoredHistory.safeParse(raw);
  if (parsed.success) return parsed.data.records;
  // Keep the records that still parse; drop the rest and say so once.
  const salvaged = salvage(raw);
  await browser.storage.local.set({ [HISTORY_KEY]: wrap(salvaged), [RESET_NOTICE_KEY]: true });
  return salvaged;
}

function salvage(raw: unknown): HistoryRecord[] {
  const records = raw && typeof raw === 'object' && Array.isArray((raw as { records?: unknown }).records)
    ? (raw as { records: unknown[] }).records
    : [];
  return records.flatMap((r) => {
    const one = HistoryRecord.safeParse(r);
    return one.success ? [one.data] : [];
  });
}

const wrap = (records: HistoryRecord[]): StoredHistory => ({ version: HISTORY_VERSION, records });

/** Adds (or refreshes) a record and applies the count and age limits. */
export async function remember(record: HistoryRecord, settings: Settings): Promise<HistoryRecord[]> {
  const { maxArticles, maxAgeDays } = settings.history;
  const next = pruneHistory([record, ...(await loadHistory())], maxArticles, maxAgeDays, record.analyzedAt);
  await browser.storage.local.set({ [HISTORY_KEY]: wrap(next) });
  return next;
}

export async function clearHistory(): Promise<void> {
  await browser.storage.local.remove(HISTORY_KEY);
}

/** Replaces the history with imported records (after validation); returns how many were kept. */
export async function importHistory(raw: unknown, settings: Settings): Promise<number> {
  const records = pruneHistory(salvage(raw), settings.history.maxArticles, settings.history.maxAgeDays, Date.now());
  await browser.storage.local.set({ [HISTORY_KEY]: wrap(records) });
  return records.length;
}

export async function takeHistoryResetNotice(): Promise<boolean> {
  const shown = (await browser.storage.local.get(RESET_NOTICE_KEY))[RESET_NOTICE_KEY] === true;
  if (shown) await browser.storage.local.remove(RESET_NOTICE_KEY);
  return shown;
}
