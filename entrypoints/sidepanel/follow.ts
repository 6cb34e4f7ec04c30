/**
 * What the side panel shows: the active tab of its window, followed through tab switches and navigations.
 * Tests (and a panel opened as a page) name the window with `?windowId=N`; Byline's own pages are skipped.
 */
import { browser } from 'wxt/browser';

async function panelWindowId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('windowId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  return (await browser.windows.getCurrent().catch(() => null))?.id ?? null;
}

const ownPage = (url: string | undefined) => !!url && url.startsWith(browser.runtime.getURL('/'));
/**
 * The panel's own tab where it is opened as a page (null in the side panel): Chromium 150 gives an extension page's
 * tab no `url` without the `tabs` permission, so `ownPage` alone no longer tells the panel's tab from a web page's.
 */
const ownTab = (): Promise<number | null> => browser.tabs.getCurrent().then((tab) => tab?.id ?? null, () => null);

/** Calls `show` with the tab to show now and after every switch or navigation; returns the unsubscribe. */
export function followActiveTab(show: (tabId: number) => void): () => void {
  let windowId: number | null = null;
  let current: number | null = null;
  const pick = (tabId: number) => {
    current = tabId;
    show(tabId);
  };
  const own = ownTab();
  const onActivated = ({ tabId, windowId: w }: { tabId: number; windowId: number }) => {
    if (w !== windowId) return;
    // The panel opened as a tab of its own window shows the tab the reader was on before.
    void Promise.all([own, browser.tabs.get(tabId)]).then(([ownId, tab]) => tabId !== ownId && !ownPage(tab.url) && pick(tabId), () => undefined);
  };
  const onUpdated = (tabId: number, change: { status?: string; url?: string }) => {
    // A navigation in the shown tab: the new page's result replaces the old one when it is stored.
    if (tabId === current && (change.url !== undefined || change.status === 'complete')) show(tabId);
  };
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  void panelWindowId().then(async (id) => {
    windowId = id;
    if (id === null) return;
    const [[tab], ownId] = await Promise.all([browser.tabs.query({ active: true, windowId: id }), own]);
    if (tab?.id !== undefined && tab.id !== ownId && !ownPage(tab.url) && current === null) pick(tab.id);
  });
  return () => {
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
  };
}
