/**
 * Demo captures shared by `npm start` (headless) and the store screenshots: open an article with Byline
 * loaded, wait until the analysis is stored and the highlights are painted, close the page's cookie
 * banner as a reader would, reveal the first quote from the popup (the page scrolls to it and opens its
 * hover card), and capture the article and the whole popup (its quote list unclipped).
 */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './chromium';

type Chrome = typeof import('webextension-polyfill');

/** What the background stored for a tab, or null while nothing is stored. */
export async function storedTabState(browser: ExtensionBrowser, tabId: number): Promise<unknown> {
  return browser.worker.evaluate(async (id) => {
    const c = (globalThis as unknown as { chrome: Chrome }).chrome;
    const key = `tab:${id}`;
    return (await c.storage.session.get(key))[key] ?? null;
  }, tabId);
}

/** Polls until the background has an analysis for the tab, or fails after `timeoutMs`. */
export async function waitForStoredAnalysis(browser: ExtensionBrowser, tabId: number, timeoutMs = 15_000): Promise<{ analysis: Record<string, any> }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = (await storedTabState(browser, tabId)) as { status?: string; analysis?: Record<string, any> } | null;
    if (state?.status === 'analyzed' && state.analysis) return { analysis: state.analysis };
    if (Date.now() > deadline) throw new Error(`no analysis for tab ${tabId} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** The id of the active tab (the page just brought to front). */
export async function activeTabId(browser: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  return browser.worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: Chrome }).chrome;
    const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
    if (!tab?.id) throw new Error('no active tab');
    return tab.id;
  });
}

/** Waits until the content script reports painted highlights for the tab. */
async function waitForHighlights(browser: ExtensionBrowser, tabId: number, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await browser.worker.evaluate(async (id) => {
      const c = (globalThis as unknown as { chrome: Chrome }).chrome;
      try {
        return (await c.tabs.sendMessage(id, { type: 'bg:status' }, { frameId: 0 })) as { highlights?: { painted?: number } } | null;
      } catch {
        return null;
      }
    }, tabId);
    if ((status?.highlights?.painted ?? 0) > 0) return;
    if (Date.now() > deadline) throw new Error(`no highlights in tab ${tabId} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

export interface DemoShots {
  /** The article scrolled to its first quote, hover card open. */
  article: Buffer;
  /** The whole popup, every quote visible. */
  popup: Buffer;
  /** The side panel, when the build has one. */
  sidePanel: Buffer | null;
  quotes: number;
}

export async function captureDemo(
  browser: ExtensionBrowser,
  articleUrl: string,
  options: { viewport?: { width: number; height: number }; popupWidth?: number; colorScheme?: 'light' | 'dark' } = {},
): Promise<DemoShots> {
  const page = await browser.context.newPage();
  await page.setViewportSize(options.viewport ?? { width: 1200, height: 900 });
  if (options.colorScheme) await page.emulateMedia({ colorScheme: options.colorScheme });
  await page.goto(articleUrl);
  const tabId = await activeTabId(browser, page);
  const { analysis } = await waitForStoredAnalysis(browser, tabId);
  await waitForHighlights(browser, tabId);
  // The reader closes the cookie banner (the fixture pages' banners close with a label click).
  const banner = page.locator('[role="dialog"][aria-label*="ookie"] label').first();
  if (await banner.isVisible().catch(() => false)) await banner.click();

  const popup = await openExtensionPage(browser, `popup.html?tabId=${tabId}`, options.popupWidth ?? 400, options.colorScheme);
  await popup.waitForSelector('[data-field="title"]');
  const quotes = (analysis.quotes as unknown[]).length;
  if (quotes > 0) {
    // Revealing from the popup scrolls the page to the quote and opens its card: the product's own path.
    await popup.click('[data-quote="0"]');
    await page.bringToFront();
    await page.locator('byline-card >> .who').waitFor({ state: 'visible', timeout: 10_000 });
  }
  const article = await page.screenshot();
  const popupShot = await fullExtensionPage(popup);
  let sidePanel: Buffer | null = null;
  const panelFile = await browser.worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: Chrome }).chrome;
    return (c.runtime.getManifest() as { side_panel?: { default_path?: string } }).side_panel?.default_path ?? null;
  });
  if (panelFile) {
    const panel = await openExtensionPage(browser, `${panelFile}?tabId=${tabId}`, options.popupWidth ?? 400, options.colorScheme);
    await panel.waitForSelector('[data-field="title"]', { timeout: 10_000 }).catch(() => undefined);
    sidePanel = await fullExtensionPage(panel);
    await panel.close();
  }
  await popup.close();
  await page.close();
  return { article, popup: popupShot, sidePanel, quotes };
}

async function openExtensionPage(browser: ExtensionBrowser, file: string, width: number, scheme?: 'light' | 'dark'): Promise<Page> {
  const page = await browser.context.newPage();
  if (scheme) await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize({ width, height: 600 });
  await page.goto(`chrome-extension://${browser.extensionId}/${file}`);
  return page;
}

/** The page at full height: the tab panel's own scroll box is opened up so nothing is cut mid-sentence. */
async function fullExtensionPage(page: Page): Promise<Buffer> {
  await page.addStyleTag({ content: '.tabs__panel { max-height: none !important; overflow: visible !important; }' });
  return page.screenshot({ fullPage: true });
}
