/**
 * Never leak: with default settings Byline makes no request beyond the machine (every request of the
 * browser context, pages and the extension's service worker alike, goes to loopback or the extension
 * itself), the web page cannot drive Byline through messages, and page text that looks like markup
 * stays text in the hover card and the popup.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeHostileSite } from '../fixtures/hostile/generate';
import { chromeBuildDir, launchWithExtension, projectRoot } from '../../scripts/lib/chromium';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';
import { readPage } from '../../entrypoints/background/page-read';
import { highlightItems } from '../../lib/highlight/items';
import { toWire } from '../../lib/highlight/paint-wire';
import { parseStoredSettings, type Analysis } from '../../lib/schema';
import { contentStatus, firstQuoteRect, openPopup, pageHighlights, waitForCard, storedState, tabIdOf, waitFor, waitForAnalysis, type E2E } from './support';

const SITE_ROOT = path.join(projectRoot, 'tests/fixtures/site');
/** Where a request may go: this machine, or the extension's own files. */
const ALLOWED = /^(?:https?:\/\/(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?\/|chrome-extension:\/\/|data:|blob:|about:)/;

let env: E2E;
let hostile: StaticServer;
let tmp: string;
const requests: { url: string; from: string }[] = [];

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'byline-privacy-'));
  hostile = await startStaticServer(path.join(tmp, 'site'));
  writeHostileSite(path.join(tmp, 'site'), `http://localhost:${hostile.port}`);
  cpSync(chromeBuildDir, path.join(tmp, 'extension'), { recursive: true });
  const site = await startStaticServer(SITE_ROOT);
  const browser = await launchWithExtension({ headless: true, extensionDir: path.join(tmp, 'extension') });
  env = { site, browser };
  // Every request of the context: pages, popup, options, and (in Chromium) the service worker's own.
  browser.context.on('request', (request: Request) => requests.push({ url: request.url(), from: origin(request) }));
});

afterAll(async () => {
  await env?.browser.close();
  await env?.site.close();
  await hostile?.close();
  rmSync(tmp, { recursive: true, force: true });
});

function origin(request: Request): string {
  if (request.serviceWorker()) return `service worker ${request.serviceWorker()!.url()}`;
  try {
    return request.frame().url();
  } catch {
    return 'navigation';
  }
}

/** Every .html file of the demo site, as server paths. */
function demoPages(dir = SITE_ROOT, prefix = '/'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? demoPages(path.join(dir, entry.name), `${prefix}${entry.name}/`) : entry.name.endsWith('.html') ? [prefix + entry.name] : [],
  );
}

/** Opens the popup for a tab and visits each of its tabs, as a curious reader would. */
async function browsePopup(tabId: number): Promise<void> {
  const popup = await openPopup(env, tabId);
  await popup.waitForSelector('[data-state], [data-field="title"]', { timeout: 20_000 });
  for (const tab of await popup.$$('[role="tab"]')) {
    await tab.click();
    await popup.waitForTimeout(200);
  }
  await popup.close();
}

describe('zero outbound requests with default settings', () => {
  it("sees the service worker's requests (the interception works)", async () => {
    const url = `${hostile.origin}/frame-child.html?from=worker`;
    await env.browser.worker.evaluate(async (u) => void (await fetch(u)).text(), url);
    await expect.poll(() => requests.find((r) => r.url === url)?.from ?? '').toMatch(/^service worker chrome-extension:/);
  });

  it('every request of a run through the demo pages, popup and options stays on this machine', async () => {
    const visited: string[] = [];
    for (const pagePath of demoPages()) {
      const page = await env.browser.context.newPage();
      await page.goto(env.site.origin + pagePath);
      const tabId = await tabIdOf(env, page);
      await waitFor(() => contentStatus(env, tabId), (s) => !!s?.highlights || (!!s?.idle && s.idle !== 'pending'), `Byline on ${pagePath}`, 20_000);
      await browsePopup(tabId);
      visited.push(pagePath);
      await page.close();
    }
    // The client-rendered page and its in-app navigation.
    const spa = await env.browser.context.newPage();
    await spa.goto(env.site.origin + '/spa/');
    const spaTab = await tabIdOf(env, spa);
    await waitForAnalysis(env, spaTab, 20_000);
    await spa.click('#to-second').catch(() => undefined);
    await spa.waitForTimeout(2500);
    await browsePopup(spaTab);
    await spa.close();

    const options = await env.browser.context.newPage();
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    await options.waitForSelector('h1');
    await options.waitForTimeout(500);
    await options.close();

    expect(visited.length).toBeGreaterThanOrEqual(5);
    expect(requests.length).toBeGreaterThan(visited.length);
    expect(requests.filter((r) => !ALLOWED.test(r.url))).toEqual([]);
  });
});

describe('the web page cannot drive Byline', () => {
  it('ignores runtime messages, posted messages and spoofed route changes from the page world', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.site.origin + '/altaynews/akim-elections.html');
    const tabId = await tabIdOf(env, page);
    await waitForAnalysis(env, tabId);
    const before = await waitFor(() => contentStatus(env, tabId), (s) => s?.highlights?.painted > 0, 'highlights');
    const storedBefore = JSON.stringify(await storedState(env, tabId));
    await page.evaluate(() => window.scrollTo(0, 0));

    const attempts = await page.evaluate((extensionId) => {
      const messages = [
        { type: 'bg:toggle-highlights' },
        { type: 'bg:reveal', target: { list: 'quotes', index: 3 } },
        { type: 'bg:extract', force: true },
        { type: 'content:navigated' },
        { type: 'popup:analyze', tabId: 1 },
      ];
      const outcome: string[] = [];
      // The page world has no extension messaging (no externally_connectable).
      const runtime = (window as unknown as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => unknown } } }).chrome?.runtime;
      for (const m of messages) {
        try {
          if (typeof runtime?.sendMessage !== 'function') outcome.push('no sendMessage');
          else outcome.push(String(runtime.sendMessage(extensionId, m)));
        } catch (error) {
          outcome.push(`threw: ${(error as Error).message.slice(0, 60)}`);
        }
        window.postMessage(m, '*');
      }
      // WXT's own signals, under the names a page would guess.
      window.postMessage({ type: 'wxt:content-script-started', contentScriptName: 'content', messageId: 'page' }, '*');
      window.dispatchEvent(new Event('wxt:locationchange'));
      return outcome;
    }, env.browser.extensionId);
    expect(attempts.every((a) => a === 'no sendMessage' || a.startsWith('threw'))).toBe(true);

    await page.waitForTimeout(1500);
    const after = await contentStatus(env, tabId);
    expect(after?.highlights?.painted).toBe(before!.highlights.painted);
    expect(after?.highlights?.visible).toBe(true);
    expect(Object.keys(await pageHighlights(env, page)).length).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(JSON.stringify(await storedState(env, tabId))).toBe(storedBefore);
    await page.close();
  });

  it('a page that knows the extension id cannot fake a route change to make Byline drop its highlights', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.site.origin + '/altaynews/akim-elections.html');
    const tabId = await tabIdOf(env, page);
    await waitForAnalysis(env, tabId);
    await waitFor(() => contentStatus(env, tabId), (s) => s?.highlights?.painted > 0, 'highlights');
    const storedBefore = JSON.stringify(await storedState(env, tabId));
    const id = env.browser.extensionId;
    // WXT names its location event `<extension id>:<entrypoint>:wxt:locationchange`; the URL did not change.
    await page.evaluate((name) => window.dispatchEvent(new Event(name)), `${id}:content:wxt:locationchange`);
    await page.waitForTimeout(200);
    expect(Object.keys(await pageHighlights(env, page)).length).toBeGreaterThan(0);
    expect(JSON.stringify(await storedState(env, tabId))).toBe(storedBefore);
    await page.close();
  });

  it("a page that knows the extension id cannot stop Byline with WXT's 'newer script started' event", async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.site.origin + '/altaynews/akim-elections.html');
    const tabId = await tabIdOf(env, page);
    await waitForAnalysis(env, tabId);
    await waitFor(() => contentStatus(env, tabId), (s) => s?.highlights?.painted > 0, 'highlights');
    const name = `${env.browser.extensionId}:content:wxt:content-script-started`;
    await page.evaluate((n) => document.dispatchEvent(new CustomEvent(n, { detail: { contentScriptName: 'content', messageId: 'page' } })), name);
    await page.waitForTimeout(300);
    expect(Object.keys(await pageHighlights(env, page)).length).toBeGreaterThan(0);
    await page.close();
  });
});

describe('page text is shown as text, never parsed', () => {
  it('a quote holding <img onerror> is text in the popup', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(hostile.origin + '/markup-quote.html');
    const tabId = await tabIdOf(env, page);
    const { analysis } = await waitForAnalysis(env, tabId);
    expect(analysis.quotes.some((q: { text: string }) => q.text.includes('<img'))).toBe(true);

    const popup = await openPopup(env, tabId);
    await popup.waitForSelector('[data-field="title"]');
    for (const tab of await popup.$$('[role="tab"]')) {
      await tab.click();
      expect(await popup.$$eval('img, b', (found) => found.length)).toBe(0);
    }
    await popup.click('[data-tab="quotes"]').catch(() => undefined);
    expect(await popup.textContent('body')).toContain('<img src=x onerror=window.__pwned=1> and <b>bold</b> claims');
    expect(await popup.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await popup.close();
    await page.close();
  });

  it('names and roles holding markup are text in the hover card', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(hostile.origin + '/markup-quote.html');
    const tabId = await tabIdOf(env, page);
    const { analysis } = await waitForAnalysis(env, tabId);
    await waitFor(() => contentStatus(env, tabId), (s) => s?.highlights?.painted > 0, 'highlights');

    // The analysis as a hostile page could shape it: markup wherever page text reaches the card.
    const markup = '<img src=x onerror="window.__pwned=1"><b>Mara</b>';
    const shaped = structuredClone(analysis) as { quotes: { speaker: string | null; cue: string | null }[]; people: { name: string; roles: string[] }[] };
    for (const q of shaped.quotes) {
      q.speaker = markup;
      q.cue = markup;
    }
    for (const p of shaped.people) {
      p.name = markup;
      p.roles = [markup];
    }
    // What the background sends after an analysis the reader asked for: the page read as the background reads it,
    // the shaped analysis' highlights, and the shaped analysis itself for the card.
    const read = readPage(await page.evaluate(() => document.documentElement.outerHTML), analysis.article.url, true);
    const reply = toWire(analysis.article.url, highlightItems(shaped as unknown as Analysis), read.article!.blocks, read.paths, read.tags, parseStoredSettings({}).settings.highlights);
    await env.browser.worker.evaluate(
      async ({ id, analysis, reply }) => {
        const c = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
        await c.tabs.sendMessage(id, { type: 'bg:paint', reply, analysis }, { frameId: 0 });
      },
      { id: tabId, analysis: shaped, reply: JSON.parse(JSON.stringify(reply)) },
    );
    const rect = await firstQuoteRect(env, page);
    await page.mouse.move(rect.x + 4, rect.y + rect.height / 2);
    // The markup is the card's text, character for character: it was never parsed into elements.
    expect((await waitForCard(env, page)).who).toBe(markup);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });
});

