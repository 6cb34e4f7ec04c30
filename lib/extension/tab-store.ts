/**
 * Where per-tab results live: `storage.session` under `tab:<id>`. The background owns writing them;
 * extension pages may read them directly, so the popup can show a result without waiting for the
 * service worker to wake up.
 */
import { browser } from 'wxt/browser';
import { TabState } from '../schema';
import { tabStateKey } from './tab-key';

export { tabStateKey };

/** The stored result for a tab, parsed; null when there is none or it does not parse. */
export async function readStoredTabState(tabId: number): Promise<TabState | null> {
  try {
    const raw = (await browser.storage.session.get(tabStateKey(tabId)))[tabStateKey(tabId)];
    if (raw === undefined) return null;
    const parsed = TabState.safeParse(raw);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
