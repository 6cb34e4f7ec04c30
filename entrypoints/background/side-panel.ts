/**
 * The side panel's part of the background: the shortcut that opens it (Chrome; Firefox opens its sidebar
 * with the built-in `_execute_sidebar_action`), and the shortcut that steps through the tab's quotes,
 * scrolling to each and opening its card, so quotes and cards are reachable without a mouse.
 */
import { browser } from 'wxt/browser';
import { getTabState } from './tab-states';

/** Declared in wxt.config.ts `commands`. */
export const OPEN_PANEL_COMMAND = 'open-side-panel';
export const NEXT_QUOTE_COMMAND = 'next-quote';

/** Chrome's side panel API (absent from the polyfill's types and from Firefox). */
interface SidePanelApi {
  open(options: { windowId?: number; tabId?: number }): Promise<void>;
}
const sidePanel = (): SidePanelApi | undefined => (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome?.sidePanel;

/** The quote each tab's shortcut showed last (forgotten with the tab). */
const cursor = new Map<number, number>();

export function registerSidePanel(sendToTab: (tabId: number, message: unknown) => Promise<unknown>): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === OPEN_PANEL_COMMAND) {
      // Called straight from the shortcut's handler: Chrome allows opening only in answer to a user gesture.
      if (tab?.windowId !== undefined) void sidePanel()?.open({ windowId: tab.windowId }).catch(() => undefined);
      return;
    }
    if (command !== NEXT_QUOTE_COMMAND) return;
    void activeTabId(tab?.id).then(async (tabId) => {
      if (tabId === null) return;
      const state = await getTabState(tabId);
      const count = state?.status === 'analyzed' ? state.analysis.quotes.length : 0;
      if (count === 0) return;
      const index = ((cursor.get(tabId) ?? -1) + 1) % count;
      cursor.set(tabId, index);
      await sendToTab(tabId, { type: 'bg:reveal', target: { list: 'quotes', index } });
    });
  });
  browser.tabs.onRemoved.addListener((tabId) => cursor.delete(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') cursor.delete(tabId);
  });
}

async function activeTabId(given: number | undefined): Promise<number | null> {
  if (given !== undefined) return given;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
