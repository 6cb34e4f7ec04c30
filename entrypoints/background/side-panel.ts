/**
 * The side panel's part of the background: the shortcut that opens it (Chrome; Firefox opens its sidebar
 * with the built-in `_execute_sidebar_action`), and the shortcut that steps through the tab's quotes,
 * scrolling to each and opening its card, so quotes and cards are reachable without a mouse.
 */
import { browser } from 'wxt/browser';
import { getTabState } from './tab-states';
import { loadToolbarOpens, watchToolbarOpens, type ToolbarOpens } from '../../lib/extension/toolbar';

/** Declared in wxt.config.ts `commands`. */
export const OPEN_PANEL_COMMAND = 'open-side-panel';
export const NEXT_QUOTE_COMMAND = 'next-quote';

/** Chrome's side panel API and Firefox's sidebar (absent from the polyfill's types). */
interface SidePanelApi {
  open(options: { windowId?: number; tabId?: number }): Promise<void>;
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}
const sidePanel = (): SidePanelApi | undefined => (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome?.sidePanel;
const sidebarAction = (): { toggle(): Promise<void> } | undefined =>
  (globalThis as { browser?: { sidebarAction?: { toggle(): Promise<void> } } }).browser?.sidebarAction;

const POPUP_PAGE = 'popup.html';
let toolbarOpens: ToolbarOpens = 'popup';

/** The toolbar button opens the popup, or (with no popup set) the side panel. */
async function applyToolbar(value: ToolbarOpens): Promise<void> {
  toolbarOpens = value;
  await browser.action.setPopup({ popup: value === 'panel' ? '' : POPUP_PAGE }).catch(() => undefined);
  await sidePanel()?.setPanelBehavior({ openPanelOnActionClick: value === 'panel' }).catch(() => undefined);
}

/** The quote each tab's shortcut showed last (forgotten with the tab). */
const cursor = new Map<number, number>();

export function registerSidePanel(sendToTab: (tabId: number, message: unknown) => Promise<unknown>): void {
  void loadToolbarOpens().then(applyToolbar, () => undefined);
  watchToolbarOpens((value) => void applyToolbar(value));
  // Firefox: with no popup the click comes here (Chrome opens its panel itself, by the behaviour above).
  browser.action.onClicked.addListener(() => {
    if (toolbarOpens === 'panel') void sidebarAction()?.toggle().catch(() => undefined);
  });
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
