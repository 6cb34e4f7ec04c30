/**
 * The popup bar's links (side panel, history, options), with plain DOM: the first paint (main.ts) shows the bar
 * the full popup shows, so nothing moves when preact takes over; the full popup renders the same labels and
 * classes and calls the same actions. Browser objects are read as they are (no polyfill): this runs first.
 */
interface Api {
  chrome: { tabs: { create(o: { url: string }): Promise<unknown> }; runtime: { getURL(path: string): string; openOptionsPage(): Promise<void> } };
  browser?: { sidebarAction?: { open(): Promise<void> } };
}
const api = () => globalThis as unknown as Api & { chrome: { sidePanel?: { open(o: { tabId: number }): Promise<void> } } };

export const openHistory = (): void => void Promise.resolve(api().chrome.tabs.create({ url: api().chrome.runtime.getURL('/reading-history.html') })).catch(() => undefined);
export const openOptions = (): void => void Promise.resolve(api().chrome.runtime.openOptionsPage()).catch(() => undefined);

/**
 * Opens Chrome's side panel or Firefox's sidebar for the tab and closes the popup; null where neither exists.
 * To be called synchronously in the click: both browsers open a panel only in answer to a gesture.
 */
export function panelOpener(): ((tabId: number) => void) | null {
  const firefox = api().browser?.sidebarAction;
  const chrome = api().chrome.sidePanel;
  if (!firefox && !chrome) return null;
  return (tabId) => void (firefox ? firefox.open() : chrome!.open({ tabId })).then(() => window.close(), () => undefined);
}
