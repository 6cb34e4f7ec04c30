/** Shared set-up for end-to-end tests: the demo site on 127.0.0.1 and Chromium with Byline loaded. */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, projectRoot, type ExtensionBrowser } from '../../scripts/lib/chromium';
import { activeTabId, storedTabState, waitForStoredAnalysis } from '../../scripts/lib/demo';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';
import { askPageStatusSource } from '../../lib/extension/page-status';

export interface E2E {
  site: StaticServer;
  browser: ExtensionBrowser;
}

export async function startE2E(): Promise<E2E> {
  const site = await startStaticServer(path.join(projectRoot, 'tests/fixtures/site'));
  const browser = await launchWithExtension({ headless: true });
  return { site, browser };
}

export async function stopE2E(env: E2E | undefined): Promise<void> {
  await env?.browser.close();
  await env?.site.close();
}

/** The browser's id of the tab showing `page` (made active first, as a reader's click would). */
export async function tabIdOf(env: E2E, page: Page): Promise<number> {
  return activeTabId(env.browser, page);
}

/** Reads what the background stored for a tab (null while nothing is stored). */
export async function storedState(env: E2E, tabId: number): Promise<unknown> {
  return storedTabState(env.browser, tabId);
}

/** Polls until the background has an analysis for the tab, or fails after `timeoutMs`. */
export async function waitForAnalysis(env: E2E, tabId: number, timeoutMs = 15_000): Promise<{ analysis: Record<string, any> }> {
  return waitForStoredAnalysis(env.browser, tabId, timeoutMs);
}

export async function openPopup(env: E2E, tabId: number): Promise<Page> {
  const popup = await env.browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 700 });
  await popup.goto(`chrome-extension://${env.browser.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/** What the page reports for a tab (detection, idle reason, highlights), asked from the worker as the popup asks (lib/extension/page-status.ts). */
export async function contentStatus(env: E2E, tabId: number): Promise<Record<string, any> | null> {
  return (await env.browser.worker.evaluate(askPageStatusSource(tabId))) as Record<string, any> | null;
}

/** Polls `probe` until `accept` says yes, or fails with the last value seen. */
export async function waitFor<T>(probe: () => Promise<T>, accept: (v: T) => boolean, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await probe();
  while (!accept(last)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)?.slice(0, 400)}`);
    await new Promise((r) => setTimeout(r, 150));
    last = await probe();
  }
  return last;
}

/**
 * Byline's highlights as the page's own world sees the registry, keyed `byline-<style key>` ("byline-quote-direct-0",
 * "byline-source"): the registry names themselves are random per page, and only the extension's status maps them.
 */
export async function pageHighlights(env: E2E, page: Page): Promise<Record<string, number>> {
  const names = await highlightNames(env, page);
  const sizes = await page.evaluate((wanted) => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    const out: Record<string, number> = {};
    registry?.forEach((h, name) => {
      if (wanted.includes(name)) out[name] = h.size;
    });
    return out;
  }, Object.keys(names));
  return Object.fromEntries(Object.entries(sizes).map(([name, size]) => [`byline-${names[name]}`, size]));
}

/** This page's random highlight names → style key, from the content script's status. */
export async function highlightNames(env: E2E, page: Page): Promise<Record<string, string>> {
  const status = await contentStatus(env, await tabIdOf(env, page));
  return (status?.highlights?.names as Record<string, string> | undefined) ?? {};
}

/** What the hover card shows, from the content script (its shadow root is closed to the page and to Playwright). */
export interface CardView {
  visible: boolean;
  who: string;
  text: string;
  rect: { x: number; y: number; width: number; height: number } | null;
}

export async function hoverCardView(env: E2E, page: Page): Promise<CardView | null> {
  return ((await contentStatus(env, await tabIdOf(env, page)))?.card as CardView | undefined) ?? null;
}

/** Polls until the hover card is shown with a name in it. */
export function waitForCard(env: E2E, page: Page, timeoutMs = 10_000): Promise<CardView> {
  return waitFor(() => hoverCardView(env, page), (c) => !!c?.visible && c.who.length > 0, 'the hover card', timeoutMs) as Promise<CardView>;
}

/**
 * The page's DOM without what Byline adds (its card's host: an element child of <html> besides <head> and
 * <body>, where parsed HTML puts nothing), as a function for page.evaluate.
 */
export function domWithoutByline(): string {
  const clone = document.documentElement.cloneNode(true) as HTMLElement;
  for (const child of Array.from(clone.children)) if (child.localName !== 'head' && child.localName !== 'body') child.remove();
  return clone.outerHTML;
}

/** Sets one setting through the options page, as a reader would. */
export async function withOptionsPage<T>(env: E2E, act: (options: Page) => Promise<T>): Promise<T> {
  const options = await env.browser.context.newPage();
  await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
  await options.waitForSelector('h1');
  try {
    return await act(options);
  } finally {
    await options.close();
  }
}

/** Scrolls the first highlighted direct quote into view and returns its first line box. */
export async function firstQuoteRect(env: E2E, page: Page) {
  const names = Object.entries(await highlightNames(env, page))
    .filter(([, key]) => key.startsWith('quote-direct'))
    .map(([name]) => name);
  const rect = await page.evaluate((quoteNames) => {
    let found: DOMRect | null = null;
    (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((h, name) => {
      if (found || !quoteNames.includes(name)) return;
      const range = [...h][0];
      if (!range) return;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      found = range.getClientRects()[0] ?? null;
    });
    return found ? { x: (found as DOMRect).x, y: (found as DOMRect).y, width: (found as DOMRect).width, height: (found as DOMRect).height } : null;
  }, names);
  if (!rect) throw new Error('no direct quote highlighted');
  return rect;
}
