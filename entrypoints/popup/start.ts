/**
 * What the popup starts from, read as raw data by its first script (main.ts) without schemas or the API
 * polyfill: the tab it is about, the result storage holds for it, and, when none, the page's own word on why.
 * The first paint shows it at once; the full popup (PopupApp) parses the same answers with the schemas.
 */
import { tabStateKey } from '../../lib/extension/tab-key';
import { askPageStatus, type PageStatusApi } from '../../lib/extension/page-status';

interface ChromeApi extends PageStatusApi {
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
  tabs: PageStatusApi['tabs'] & { query(query: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]> };
}
const api = () => (globalThis as unknown as { chrome: ChromeApi }).chrome;

export interface RawStart {
  tabId: number | null;
  /** The stored result, unparsed (undefined: none). */
  stored: unknown;
  /** The page's status (lib/extension/page-status.ts), unparsed, when nothing is stored (null: no answer). */
  live: unknown;
}

/** Tests (and the demo's screenshot) open the popup as a page with `?tabId=N`. */
export async function targetTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await api().tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Read once, as the popup's first script begins; it hands the same promise to the full popup. */
export async function readRawStart(): Promise<RawStart> {
  const tabId = await targetTabId();
  if (tabId === null) return { tabId, stored: undefined, live: null };
  const key = tabStateKey(tabId);
  // Both asked at once: on a page with nothing stored, the page's word ("not an article") then costs no second
  // round trip after the storage read. Asked directly, it needs no service worker woken.
  const asked = askPageStatus(api(), tabId);
  const stored = (await api().storage.session.get(key).catch((): Record<string, unknown> => ({})))[key];
  return { tabId, stored, live: stored === undefined ? await asked : null };
}
