/**
 * The side panel end to end in Chromium. Headless automation cannot click Chrome's toolbar to open the real
 * side panel (sidePanel.open needs a user gesture), so the panel's page is opened as a tab of the same window
 * with `?windowId=N`: the same page and code, following that window's active tab as the side panel does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { contentStatus, pageHighlights, startE2E, stopE2E, storedState, tabIdOf, waitFor, waitForAnalysis, withOptionsPage, type E2E } from './support';
import { shownSpeaker } from '../../lib/highlight/sure';

const SEED = '/altaynews/akim-elections.html';
const SECOND = '/altaynews/second-story.html';
const ENGLISH = '/tengrinews-en/bashimov-elections.html';

let env: E2E | undefined;
beforeAll(async () => {
  env = await startE2E();
});
afterAll(async () => {
  await stopE2E(env);
});

async function windowOf(tabId: number): Promise<number> {
  return env!.browser.worker.evaluate(async (id) => {
    const c = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
    return (await c.tabs.get(id)).windowId!;
  }, tabId);
}

async function openArticle(path: string): Promise<{ page: Page; tabId: number; analysis: Record<string, any> }> {
  const page = await env!.browser.context.newPage();
  await page.goto(env!.site.origin + path);
  const tabId = await tabIdOf(env!, page);
  const { analysis } = await waitForAnalysis(env!, tabId);
  return { page, tabId, analysis };
}

async function openPanel(windowId: number): Promise<Page> {
  const panel = await env!.browser.context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(`chrome-extension://${env!.browser.extensionId}/sidepanel.html?windowId=${windowId}`);
  await panel.waitForSelector('main.panel');
  return panel;
}

const panelTitle = (panel: Page) => panel.evaluate(() => document.querySelector('[data-field="title"]')?.textContent ?? null);
const painted = async (tabId: number) => ((await contentStatus(env!, tabId))?.highlights?.painted as number | undefined) ?? 0;

/** Merges `patch` into the stored settings (as another window of options would). */
async function setSettings(patch: Record<string, any>): Promise<void> {
  await env!.browser.worker.evaluate(async (p) => {
    const c = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
    const merge = (into: Record<string, any>, from: Record<string, any>) => {
      for (const [k, v] of Object.entries(from)) {
        if (v && typeof v === 'object' && !Array.isArray(v)) merge((into[k] ??= {}), v);
        else into[k] = v;
      }
    };
    const s = ((await c.storage.local.get('settings')).settings ?? {}) as Record<string, any>;
    merge(s, p);
    await c.storage.local.set({ settings: s });
  }, patch);
}

async function optionsInOwnWindow(): Promise<Page> {
  const opened = env!.browser.context.waitForEvent('page', (p) => p.url().includes('/options.html'));
  await env!.browser.worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
    await c.windows.create({ url: c.runtime.getURL('/options.html') });
  });
  const page = await opened;
  await page.waitForSelector('h1');
  return page;
}

describe('side panel', () => {
  it('is declared as the side panel, and shows the active tab\'s analysis, following tab switches and navigation', async () => {
    const options = await env!.browser.worker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { sidePanel: { getOptions(o: object): Promise<{ path?: string; enabled?: boolean }> } } }).chrome;
      return c.sidePanel.getOptions({});
    });
    expect(options.path).toBe('sidepanel.html');

    const a = await openArticle(SEED);
    const b = await openArticle(ENGLISH);
    const panel = await openPanel(await windowOf(a.tabId));
    await panel.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    await a.page.bringToFront();
    await waitFor(() => panelTitle(panel), (t) => t === a.analysis.article.title, 'the panel to show tab A');
    expect(await panel.getAttribute('main.panel', 'data-tab-id')).toBe(String(a.tabId));

    await b.page.bringToFront();
    await waitFor(() => panelTitle(panel), (t) => t === b.analysis.article.title, 'the panel to follow the switch to tab B');

    // A navigation in the shown tab: the panel shows the new page once it is analysed.
    await b.page.goto(env!.site.origin + SECOND);
    const { analysis: second } = await waitFor(
      async () => ((await storedState(env!, b.tabId)) as { analysis?: Record<string, any> } | null) ?? {},
      (s) => s.analysis?.article?.url?.endsWith(SECOND) === true,
      'the second story analysed',
    ) as { analysis: Record<string, any> };
    await waitFor(() => panelTitle(panel), (t) => t === second.article.title, 'the panel to follow the navigation');
    expect(await panel.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await Promise.all([panel.close(), a.page.close(), b.page.close()]);
  });

  it('a quote clicked in the panel scrolls the page to it and flashes it', async () => {
    const a = await openArticle(SEED);
    await a.page.setViewportSize({ width: 900, height: 500 });
    const panel = await openPanel(await windowOf(a.tabId));
    await a.page.bringToFront();
    await panel.waitForSelector('[data-quote]');
    const last = a.analysis.quotes.length - 1;
    expect(await a.page.evaluate(() => window.scrollY)).toBe(0);
    await panel.click(`[data-quote="${last}"]`);
    await waitFor(() => a.page.evaluate(() => window.scrollY), (y) => y > 0, 'the page to scroll to the quote');
    const flashed = await waitFor(
      // Highlight names are random per page: the extension's status maps them to their kind.
      async () => (await pageHighlights(env!, a.page))['byline-flash'] ?? 0,
      (n) => n > 0,
      'the quote to flash',
      5000,
    );
    expect(flashed).toBeGreaterThan(0);
    await Promise.all([panel.close(), a.page.close()]);
  });
});

describe('settings apply at once', () => {
  it('changing the reading language in options updates the open panel without a reload', async () => {
    await setSettings({ readerLanguage: 'en' });
    const a = await openArticle(SEED); // a Russian article: foreign to an English reader
    const panel = await openPanel(await windowOf(a.tabId));
    await a.page.bringToFront();
    await panel.waitForSelector('[data-field="foreign-hint"]');
    await panel.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    // The options in a window of their own, so the panel's window keeps the article as its active tab.
    const options = await optionsInOwnWindow();
    await options.selectOption('#readerLanguage', 'ru');
    await options.waitForSelector('[data-saved="yes"]');
    await options.close();
    await waitFor(() => panel.$('[data-field="foreign-hint"]'), (el) => el === null, 'the foreign-language hint to go');
    // The glossary is asked for anew, in the new reading language.
    await waitFor(
      async () => ({
        stored: ((await storedState(env!, a.tabId)) as { analysis?: { readerLanguage?: string } } | null)?.analysis?.readerLanguage,
        panel: (await panel.textContent('main.panel'))?.slice(0, 160),
      }),
      (s) => s.stored === 'ru',
      'the analysis redone for a Russian reader',
    );
    expect(await panel.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await setSettings({ readerLanguage: 'auto' });
    await Promise.all([panel.close(), a.page.close()]);
  });

  it('"Turn off on this site" removes the highlights from the open tab; turning it on paints them again', async () => {
    const a = await openArticle(SEED);
    await waitFor(() => painted(a.tabId), (n) => n > 0, 'highlights painted');
    const panel = await openPanel(await windowOf(a.tabId));
    await a.page.bringToFront();
    await panel.click('[data-action="site-off"]');
    await waitFor(() => painted(a.tabId), (n) => n === 0, 'the highlights to go');
    await panel.waitForSelector('[data-state="site-disabled"]');
    expect((await contentStatus(env!, a.tabId))?.idle).toBe('site-disabled');
    expect(await storedState(env!, a.tabId)).toBeNull();

    await panel.click('[data-action="site-on"]');
    await waitFor(() => painted(a.tabId), (n) => n > 0, 'the highlights to come back');
    await panel.waitForSelector('[data-field="title"]');
    await Promise.all([panel.close(), a.page.close()]);
  });

  it('a highlight kind switched off in options leaves the open tab at once', async () => {
    const a = await openArticle(SEED);
    const kinds = () => contentStatus(env!, a.tabId).then((s) => (s?.highlights?.byKind ?? {}) as Record<string, number>);
    await waitFor(kinds, (k) => (k['quote-direct'] ?? 0) > 0, 'direct quotes painted');
    await withOptionsPage(env!, async (options) => {
      await options.uncheck('input[name="kind-quote-direct"]');
      await options.waitForSelector('[data-saved="yes"]');
    });
    await waitFor(kinds, (k) => !k['quote-direct'] && Object.keys(k).length > 0, 'direct quotes gone, the rest kept');
    await setSettings({ highlights: { kinds: { 'quote-direct': true } } });
    await waitFor(kinds, (k) => (k['quote-direct'] ?? 0) > 0, 'direct quotes back');
    await a.page.close();
  });
});

describe('reader actions', () => {
  it('copy with citation yields a text-fragment link that scrolls to the quote when opened', async () => {
    const a = await openArticle(SEED);
    const panel = await openPanel(await windowOf(a.tabId));
    await a.page.bringToFront();
    await panel.waitForSelector('[data-cite]');
    const index = a.analysis.quotes.length - 1;
    const quote = a.analysis.quotes[index];
    // The clipboard needs a focused document: the panel's tab comes forward (it keeps showing tab A).
    await panel.bringToFront();
    await panel.click(`[data-cite="${index}"]`);
    await panel.waitForSelector(`[data-cite="${index}"][data-copied="yes"]`);
    // Read back through the system clipboard, from a page of the site (an extension origin can't be granted it).
    await env!.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env!.site.origin });
    await a.page.bringToFront();
    const citation = await a.page.evaluate(() => navigator.clipboard.readText());
    expect(citation).toContain(quote.text.replace(/\s+/g, ' ').trim());
    // A citation names the speaker only when the link is sure enough to show.
    if (shownSpeaker(quote)) expect(citation).toContain(quote.speaker);
    expect(citation).toContain(a.analysis.article.publisher);
    const link = /(https?:\/\/\S+#:~:text=\S+)$/.exec(citation)?.[1];
    expect(link).toBeTruthy();

    const reader = await env!.browser.context.newPage();
    await reader.setViewportSize({ width: 900, height: 500 });
    await reader.goto(link!);
    // Chromium scrolls a matched text fragment into view (centred); an unmatched one leaves the page at the top.
    const where = await waitFor(
      () =>
        reader.evaluate((exact: string) => {
          const words = exact.replace(/\s+/g, ' ').trim().split(' ').slice(0, 4).join(' ');
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const at = (n.textContent ?? '').replace(/\s+/g, ' ').indexOf(words);
            if (at < 0) continue;
            const range = document.createRange();
            range.selectNodeContents(n);
            const rect = range.getBoundingClientRect();
            return { scrollY: window.scrollY, top: rect.top, bottom: rect.bottom, height: window.innerHeight };
          }
          return null;
        }, quote.selector.exact as string),
      (w) => !!w && w.scrollY > 0,
      'the page to scroll to the fragment',
    );
    expect(where!.bottom).toBeGreaterThan(0);
    expect(where!.top).toBeLessThan(where!.height);
    // The control: a fragment that matches nothing leaves the same page at the top.
    const control = await env!.browser.context.newPage();
    await control.setViewportSize({ width: 900, height: 500 });
    await control.goto(`${link!.split('#')[0]}#:~:text=${encodeURIComponent('no such words in this article')}`);
    await control.waitForTimeout(1000);
    expect(await control.evaluate(() => window.scrollY)).toBe(0);
    await control.close();
    await Promise.all([reader.close(), panel.close(), a.page.close()]);
  });
});

describe('history page', () => {
  it('finds analysed articles by person and deletes one', async () => {
    const a = await openArticle(SEED);
    const b = await openArticle(ENGLISH);
    const person = (b.analysis.people as { name: string }[])[0]!.name;
    const page = await env!.browser.context.newPage();
    await page.goto(`chrome-extension://${env!.browser.extensionId}/reading-history.html`);
    await page.waitForSelector(`li[data-url="${a.analysis.article.url}"]`);
    const total = await page.$$eval('li[data-url]', (els) => els.length);
    expect(total).toBeGreaterThanOrEqual(2);

    await page.fill('input[name="historySearch"]', person);
    await waitFor(() => page.$$eval('li[data-url]', (els) => els.map((e) => e.getAttribute('data-url'))), (urls) => urls.includes(b.analysis.article.url) && urls.length < total, 'the search to narrow');

    await page.fill('input[name="historySearch"]', '');
    await page.click(`li[data-url="${a.analysis.article.url}"] button`);
    await waitFor(() => page.$(`li[data-url="${a.analysis.article.url}"]`), (el) => el === null, 'the article to be deleted');
    const stored = await env!.browser.worker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
      return JSON.stringify(await c.storage.local.get(null));
    });
    expect(stored).not.toContain(a.analysis.article.url);
    expect(stored).toContain(b.analysis.article.url);
    await Promise.all([page.close(), a.page.close(), b.page.close()]);
  });
});
