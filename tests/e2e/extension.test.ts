/**
 * The foundation end to end in Debian Chromium: the extension loaded unpacked, demo pages on
 * 127.0.0.1, the popup opened as a page for the tab under test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentStatus, openPopup, startE2E, stopE2E, storedState, tabIdOf, waitFor, waitForAnalysis, type E2E } from './support';

const SEED = '/altaynews/akim-elections.html';

let env: E2E | undefined;
beforeAll(async () => {
  env = await startE2E();
});
afterAll(async () => {
  await stopE2E(env);
});

describe('article page (the seed)', () => {
  it('is detected, analysed in the background and shown in the popup', async () => {
    const page = await env!.browser.context.newPage();
    await page.goto(env!.site.origin + SEED);
    const tabId = await tabIdOf(env!, page);
    const { analysis } = await waitForAnalysis(env!, tabId);
    expect(analysis.isArticle).toBe(true);
    expect(analysis.article.language).toBe('ru');

    const popup = await openPopup(env!, tabId);
    await popup.waitForSelector('[data-field="title"]');
    expect(await popup.textContent('[data-field="title"]')).toBe(
      'Мажилисмен рассказал, что принесут стране выборы районных акимов',
    );
    expect(await popup.textContent('[data-field="byline"]')).toBe('Маргарита Малышева');
    expect(await popup.getAttribute('[data-field="published"]', 'data-value')).toMatch(/^2023-11-05/);
    expect(await popup.getAttribute('[data-field="language"]', 'data-value')).toBe('ru');
    // The visible date is the wall-clock date the page states, in the UI language (English here).
    expect(await popup.textContent('[data-field="published"]')).toContain('2023');
    expect(await popup.textContent('[data-field="publisher"]')).toMatch(/altaynews/i);
    await popup.close();
    await page.close();
  });

  it('shows a badge on the article tab', async () => {
    const page = await env!.browser.context.newPage();
    await page.goto(env!.site.origin + SEED);
    const tabId = await tabIdOf(env!, page);
    await waitForAnalysis(env!, tabId);
    const badge = await env!.browser.worker.evaluate(async (id) => {
      const c = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
      return c.action.getBadgeText({ tabId: id });
    }, tabId);
    expect(badge).not.toBe('');
    await page.close();
  });
});

describe('non-article page (the homepage)', () => {
  it('gets the not-an-article state, and "Analyse anyway" works', async () => {
    const page = await env!.browser.context.newPage();
    await page.goto(env!.site.origin + '/');
    const tabId = await tabIdOf(env!, page);
    const popup = await openPopup(env!, tabId);
    const panel = await popup.waitForSelector('[data-state]');
    // The content script may still be deciding on a slow start: re-open until it has.
    for (let i = 0; i < 20 && (await panel.getAttribute('data-state')) === 'pending'; i++) {
      await popup.reload();
      await popup.waitForSelector('[data-state]');
    }
    expect(await popup.getAttribute('[data-state]', 'data-state')).toBe('not-article');
    expect(await storedState(env!, tabId)).toBeNull();

    await popup.click('button.button--primary');
    await popup.waitForSelector('[data-field="title"]');
    const { analysis } = await waitForAnalysis(env!, tabId);
    expect(analysis.isArticle).toBe(false);
    expect((await popup.textContent('[data-field="title"]'))!.length).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });
});

describe("the popup's first paint (plain DOM, before preact)", () => {
  /** Where the bar and the first content sit, and what they say, at the first paint and once the full popup has rendered. */
  const handover = async (tabId: number, content: string) => {
    const popup = await env!.browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 700 });
    await popup.addInitScript(`(() => {
      const at = () => ['.popup__bar', ${JSON.stringify(content)}].map((sel) => {
        const el = document.querySelector(sel);
        const r = el && el.getBoundingClientRect();
        return el && { sel, top: r.top, left: r.left, width: r.width, height: r.height, text: el.textContent };
      });
      const observer = new MutationObserver(() => {
        if (!window.__first && document.querySelector('[data-first-paint]')) window.__first = at();
        if (document.querySelector('[data-field="title"], [data-state]')) { window.__full = at(); observer.disconnect(); }
      });
      observer.observe(document, { childList: true, subtree: true, attributes: true });
    })()`);
    await popup.goto(`chrome-extension://${env!.browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('[data-field="title"], [data-state]');
    const seen = (await popup.evaluate('({ first: window.__first ?? null, full: window.__full ?? null })')) as { first: unknown[] | null; full: unknown[] | null };
    await popup.close();
    return seen;
  };

  it('shows the stored title and the whole bar where the full popup shows them: nothing moves when preact takes over', async () => {
    const page = await env!.browser.context.newPage();
    await page.goto(env!.site.origin + SEED);
    const tabId = await tabIdOf(env!, page);
    await waitForAnalysis(env!, tabId);
    const { first, full } = await handover(tabId, '.card__title');
    expect(first).not.toBeNull();
    expect(first).toEqual(full);
    expect(JSON.stringify(first)).toContain('Мажилисмен рассказал');
    await page.close();
  });

  it("shows the page's word on a non-article where the full popup shows it", async () => {
    const page = await env!.browser.context.newPage();
    await page.goto(env!.site.origin + '/');
    const tabId = await tabIdOf(env!, page);
    await waitFor(async () => (await contentStatus(env!, tabId))?.idle, (idle) => idle === 'not-article', 'the probe’s verdict');
    const { first, full } = await handover(tabId, '.state h2');
    expect(first).not.toBeNull();
    expect(first).toEqual(full);
    await page.close();
  });
});

describe('two stages: the probe on every page, the content script only on candidates', () => {
  /** How many times each step ran in the page (the probe's `init`, the content script's `load`, …). */
  const stepCounts = async (tabId: number) => {
    const status = await contentStatus(env!, tabId);
    const counts: Record<string, number> = {};
    for (const t of (status?.timings ?? []) as { name: string; kind: string }[]) if (t.kind === 'step') counts[t.name] = (counts[t.name] ?? 0) + 1;
    return { idle: status?.idle, counts };
  };

  it('stops at the probe’s gate on a clear non-article page: the page is neither serialised nor sent, and the content script is not loaded', async () => {
    const page = await env!.browser.context.newPage();
    await page.goto(env!.site.origin + '/');
    const tabId = await tabIdOf(env!, page);
    const { counts } = await waitFor(() => stepCounts(tabId), (s) => s.idle === 'not-article', 'the probe’s verdict');
    expect(counts.init).toBe(1);
    expect(counts.gate).toBe(1);
    // Stopped by the gate: never serialised or sent, no content script.
    expect(counts.serialise).toBeUndefined();
    expect(counts.send).toBeUndefined();
    expect(counts.load).toBeUndefined();
    // The verdict names the gate and what it read.
    const status = await contentStatus(env!, tabId);
    expect(status?.detection?.signals.map((s: { name: string }) => s.name)).toEqual(['gate:not-article']);
    await page.close();
  });

  it('loads the content script once on an article, and an SPA route change re-runs the probe, not the script', async () => {
    const page = await env!.browser.context.newPage();
    await page.goto(env!.site.origin + '/spa/');
    const tabId = await tabIdOf(env!, page);
    await waitFor(async () => (await waitForAnalysis(env!, tabId, 20_000)).analysis, (a) => /Irrigation canal/.test(a.article.title), 'the first story');
    const before = (await stepCounts(tabId)).counts;
    expect(before.load).toBe(1);
    await page.click('#to-second');
    await waitFor(
      async () => (await waitForAnalysis(env!, tabId, 20_000).catch(() => ({ analysis: { article: { title: '' } } }))).analysis,
      (a) => /night train/.test(a.article.title),
      'the second story',
      20_000,
    );
    const after = (await stepCounts(tabId)).counts;
    expect(after.load).toBe(1);
    expect(after.init).toBe(1);
    // The new route was sent to the background again (by the probe).
    expect(after.send).toBeGreaterThan(before.send!);
    await page.close();
  });
});

describe('options', () => {
  it('"sites where Byline stays off" stops analysis on that site only', async () => {
    const options = await env!.browser.context.newPage();
    await options.goto(`chrome-extension://${env!.browser.extensionId}/options.html`);
    await options.fill('#disabledSites', 'localhost');
    await options.locator('#disabledSites').blur();
    await options.waitForSelector('[data-saved="yes"]');

    const off = await env!.browser.context.newPage();
    await off.goto(`http://localhost:${env!.site.port}${SEED}`);
    const offTab = await tabIdOf(env!, off);
    const popup = await openPopup(env!, offTab);
    await popup.waitForSelector('[data-state="site-disabled"]');
    expect(await storedState(env!, offTab)).toBeNull();

    // The same article on another host is still analysed.
    const on = await env!.browser.context.newPage();
    await on.goto(env!.site.origin + SEED);
    const { analysis } = await waitForAnalysis(env!, await tabIdOf(env!, on));
    expect(analysis.isArticle).toBe(true);

    await options.fill('#disabledSites', '');
    await options.locator('#disabledSites').blur();
    await Promise.all([popup.close(), off.close(), on.close(), options.close()]);
  });
});
