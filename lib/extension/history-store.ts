/**
 * The local reading history in `storage.local`, always read through the zod schema, bounded by
 * the reader's limits. It never leaves the device; the options page exports or clears it.
 *
 * Layout (version 2): records are spread over BUCKETS keys by a hash of their URL, with a small index
 * (per bucket: how many records, the oldest time). Remembering an article rewrites one bucket and the
 * index (plus, past the limits, the bucket holding the oldest record), never the whole history: with
 * 10,000 records that is ~25 kB per analysis instead of ~5.5 MB. The version-1 layout (one `history`
 * key holding every record) is migrated on first use.
 */
import { browser } from 'wxt/browser';
import type { HistoryRecord, Settings } from '../schema';
import { pruneHistory } from '../related';
import { validHistoryRecord } from '../schema/limits';

/** The version-1 key: every record in one value. */
const LEGACY_KEY = 'history';
const INDEX_KEY = 'history:index';
const BUCKETS = 256;
const bucketKey = (n: number) => `history:b:${n}`;
const ALL_BUCKET_KEYS = Array.from({ length: BUCKETS }, (_, n) => bucketKey(n));
/** Set when stored history was unreadable and was started afresh, until the options page shows it. */
const RESET_NOTICE_KEY = 'historyResetNotice';
const DAY_MS = 86_400_000;

interface BucketInfo {
  count: number;
  /** analyzedAt of the oldest record in the bucket (Infinity when empty). */
  oldest: number;
}
type Index = BucketInfo[];

/** FNV-1a of the URL: the same URL always lands in the same bucket (so re-reading an article replaces it). */
function bucketOf(url: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < url.length; i++) h = Math.imul(h ^ url.charCodeAt(i), 0x01000193);
  return (h >>> 0) % BUCKETS;
}

/** Writes to the history run one at a time (analyses from several tabs arrive together). */
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}

/** Keeps the records that parse and point at a web page; counts the others. */
function salvage(raw: unknown): { records: HistoryRecord[]; dropped: number } {
  const list = Array.isArray(raw) ? raw : [];
  const records: HistoryRecord[] = [];
  for (const r of list) {
    const one = validHistoryRecord(r);
    if (one) records.push(one);
  }
  return { records, dropped: list.length - records.length };
}

function infoOf(records: readonly HistoryRecord[]): BucketInfo {
  let oldest = Infinity;
  for (const r of records) oldest = Math.min(oldest, r.analyzedAt);
  return { count: records.length, oldest };
}

function readIndex(raw: unknown): Index | null {
  if (!raw || typeof raw !== 'object' || (raw as { version?: unknown }).version !== 2) return null;
  const buckets = (raw as { buckets?: unknown }).buckets;
  if (!Array.isArray(buckets) || buckets.length !== BUCKETS) return null;
  const index: Index = [];
  for (const b of buckets) {
    if (!Array.isArray(b) || typeof b[0] !== 'number' || (typeof b[1] !== 'number' && b[1] !== null)) return null;
    index.push({ count: b[0], oldest: b[1] ?? Infinity });
  }
  return index;
}

/** Stored compactly: [count, oldest] per bucket (JSON has no Infinity). */
const storedIndex = (index: Index) => ({
  version: 2,
  buckets: index.map((b) => [b.count, Number.isFinite(b.oldest) ? b.oldest : null]),
});

/** Every bucket as stored (salvaged), plus the index rebuilt from them; migrates the version-1 layout. */
async function readAll(): Promise<{ buckets: HistoryRecord[][]; index: Index }> {
  const stored = await browser.storage.local.get([LEGACY_KEY, INDEX_KEY, ...ALL_BUCKET_KEYS]);
  const buckets: HistoryRecord[][] = [];
  let dropped = 0;
  for (const key of ALL_BUCKET_KEYS) {
    const { records, dropped: lost } = salvage(stored[key]);
    buckets.push(records);
    dropped += lost + (stored[key] !== undefined && !Array.isArray(stored[key]) ? 1 : 0);
  }
  const legacy = stored[LEGACY_KEY];
  if (legacy !== undefined) {
    const list = legacy && typeof legacy === 'object' ? (legacy as { records?: unknown }).records : undefined;
    const { records, dropped: lost } = salvage(list);
    if (!Array.isArray(list) || lost > 0) dropped++;
    for (const r of records) buckets[bucketOf(r.url)]!.push(r);
  }
  const index = buckets.map(infoOf);
  const nothingStored = Object.keys(stored).length === 0;
  const indexStale = !nothingStored && (legacy !== undefined || dropped > 0 || JSON.stringify(storedIndex(index)) !== JSON.stringify(stored[INDEX_KEY]));
  if (indexStale) {
    // Migration or repair: write the layout out once, cleanly.
    const write: Record<string, unknown> = { [INDEX_KEY]: storedIndex(index) };
    buckets.forEach((records, n) => {
      if (records.length > 0 || stored[bucketKey(n)] !== undefined) write[bucketKey(n)] = records;
    });
    if (dropped > 0) write[RESET_NOTICE_KEY] = true;
    await browser.storage.local.set(write);
    if (legacy !== undefined) await browser.storage.local.remove(LEGACY_KEY);
  }
  return { buckets, index };
}

/** The index as stored, or rebuilt from every bucket when missing or damaged (and after migration). */
async function loadIndex(): Promise<Index> {
  const stored = await browser.storage.local.get([INDEX_KEY, LEGACY_KEY]);
  const index = stored[LEGACY_KEY] === undefined ? readIndex(stored[INDEX_KEY]) : null;
  return index ?? (await readAll()).index;
}

async function loadBucket(n: number): Promise<HistoryRecord[]> {
  return salvage((await browser.storage.local.get(bucketKey(n)))[bucketKey(n)]).records;
}

/** Every record, newest first. */
export async function loadHistory(): Promise<HistoryRecord[]> {
  const { buckets } = await serial(readAll);
  return buckets.flat().sort((a, b) => b.analyzedAt - a.analyzedAt);
}

/**
 * Adds (or refreshes) a record and applies the count and age limits, touching only the buckets that
 * change. Returns how many records the history holds afterwards.
 */
export function remember(record: HistoryRecord, settings: Settings): Promise<number> {
  return serial(async () => {
    const valid = validHistoryRecord(record);
    if (!valid) return (await loadIndex()).reduce((sum, b) => sum + b.count, 0);
    const { maxArticles, maxAgeDays } = settings.history;
    const index = await loadIndex();
    const changed = new Map<number, HistoryRecord[]>();
    const bucket = async (n: number) => changed.get(n) ?? (await loadBucket(n));
    const home = bucketOf(valid.url);
    changed.set(home, [valid, ...(await bucket(home)).filter((r) => r.url !== valid.url)]);
    index[home] = infoOf(changed.get(home)!);
    // Too old: only buckets whose oldest record is past the limit are read.
    const cutoff = valid.analyzedAt - maxAgeDays * DAY_MS;
    for (let n = 0; n < BUCKETS; n++) {
      if (index[n]!.oldest >= cutoff) continue;
      changed.set(n, (await bucket(n)).filter((r) => r.analyzedAt >= cutoff));
      index[n] = infoOf(changed.get(n)!);
    }
    // Too many: drop the oldest records, one bucket read per eviction (usually one in all).
    let total = index.reduce((sum, b) => sum + b.count, 0);
    while (total > maxArticles) {
      let n = 0;
      for (let i = 1; i < BUCKETS; i++) if (index[i]!.oldest < index[n]!.oldest) n = i;
      const records = [...(await bucket(n))];
      let at = 0;
      records.forEach((r, i) => {
        if (r.analyzedAt < records[at]!.analyzedAt) at = i;
      });
      records.splice(at, 1);
      changed.set(n, records);
      index[n] = infoOf(records);
      total--;
    }
    const write: Record<string, unknown> = { [INDEX_KEY]: storedIndex(index) };
    for (const [n, records] of changed) write[bucketKey(n)] = records;
    await browser.storage.local.set(write);
    return total;
  });
}

export function clearHistory(): Promise<void> {
  return serial(() => browser.storage.local.remove([LEGACY_KEY, INDEX_KEY, ...ALL_BUCKET_KEYS]));
}

/**
 * Replaces the history with imported records: each one is checked on its own (a web URL, bounded
 * fields), the rest dropped. Returns how many were kept.
 */
export function importHistory(raw: unknown, settings: Settings): Promise<number> {
  return serial(async () => {
    const list = raw && typeof raw === 'object' ? (raw as { records?: unknown }).records : undefined;
    const records = pruneHistory(salvage(list).records, settings.history.maxArticles, settings.history.maxAgeDays, Date.now());
    const buckets: HistoryRecord[][] = Array.from({ length: BUCKETS }, () => []);
    for (const r of records) buckets[bucketOf(r.url)]!.push(r);
    await browser.storage.local.remove([LEGACY_KEY, INDEX_KEY, ...ALL_BUCKET_KEYS]);
    const write: Record<string, unknown> = { [INDEX_KEY]: storedIndex(buckets.map(infoOf)) };
    buckets.forEach((b, n) => {
      if (b.length > 0) write[bucketKey(n)] = b;
    });
    await browser.storage.local.set(write);
    return records.length;
  });
}

export async function takeHistoryResetNotice(): Promise<boolean> {
  const shown = (await browser.storage.local.get(RESET_NOTICE_KEY))[RESET_NOTICE_KEY] === true;
  if (shown) await browser.storage.local.remove(RESET_NOTICE_KEY);
  return shown;
}
