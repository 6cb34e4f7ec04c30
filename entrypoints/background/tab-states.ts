/**
 * Per-tab results. Kept in `storage.session` so they survive the service worker being
 * stopped and restarted (MV3 does that after 30 s idle), with an in-memory copy for speed.
 */
import { browser } from 'wxt/browser';
import { TabState } from '../../lib/schema';
import { tabStateKey as keyOf } from '../../lib/extension/tab-store';

const memory = new Map<number, TabState>();

export async function getTabState(tabId: number): Promise<TabState | null> {
  const cached = memory.get(tabId);
  if (cached) return cached;
  const raw = (await browser.storage.session.get(keyOf(tabId)))[keyOf(tabId)];
  if (raw === undefined) return null;
  const parsed = TabState.safeParse(raw);
  if (!parsed.success) {
    await browser.storage.session.remove(keyOf(tabId));
    return null;
  }
  memory.set(tabId, parsed.data);
  return parsed.data;
}

export async function setTabState(tabId: number, state: TabState): Promise<void> {
  memory.set(tabId, state);
  try {
    await browser.storage.session.set({ [keyOf(tabId)]: state });
  } catch {
    // Session storage is bounded (10 MB in Chrome): keep the analysis without the article's text
    // (the popup never shows it), so the result outlives the worker's sleep.
    if (state.status !== 'analyzed') return;
    const trimmed: TabState = {
      ...state,
      analysis: { ...state.analysis, article: { ...state.analysis.article, text: '' } },
    };
    await browser.storage.session.set({ [keyOf(tabId)]: trimmed }).catch(() => undefined);
  }
}

export async function clearTabState(tabId: number): Promise<void> {
  memory.delete(tabId);
  await browser.storage.session.remove(keyOf(tabId));
}
