/**
 * Screenshots a person can look at (tests/e2e/artifacts/): the popup in light and dark, with an
 * English and a Russian browser UI, and a highlighted article. Each also checks the layout
 * holds at the popup's 400 px width and that the UI speaks the browser's language.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launchWithExtension, projectRoot, type ExtensionBrowser } from '../../scripts/lib/chromium';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';
import { contentStatus, tabIdOf, waitFor, waitForAnalysis, type E2E } from './support';

const OUT = path.join(projectRoot, 'tests/e2e/artifacts');
mkdirSync(OUT, { recursive: true });

const open: { browser: ExtensionBrowser; site: StaticServer }[] = [];
afterAll(async () => {
  for (const o of open) {
    await o.browser.close();
    await o.site.close();
  }
});

async function start(uiLanguage: string): Promise<E2E> {
  const site = await startStaticServer(path.join(projectRoot, 'tests/fixtures/site'));
  const browser = await launchWithExtension({ headless: true, uiLanguage });
  open.push({ browser, site });
  return { site, browser };
}

/** Every tab strip's tabs end inside the strip, and the strip inside the popup (the document may not scroll sideways). */
async function tabStripOverflow(popup: import('playwright-core').Page) {
  return popup.evaluate(() =>
    [...document.querySelectorAll('[role="tablist"]')].map((list) => {
      const edge = Math.min(list.getBoundingClientRect().right, document.documentElement.clientWidth);
      const rights = [...list.querySelectorAll('[role="tab"]')].map((tab) => tab.getBoundingClientRect().right);
      return { tabs: rights.length, lastRight: Math.max(...rights), edge, past: Math.max(0, ...rights.map((r) => r - edge)), scroll: list.scrollWidth - list.clientWidth };
    }),
  );
}

describe.each([
  ['en', 'Quotes'],
  ['ru', 'Цитаты'],
  ['kk', 'Дәйексөздер'],
])('popup with a %s browser UI', (lang, quotesLabel) => {
  it('renders the seed analysis readably in light and dark, without overflow', async () => {
    const env = await start(lang);
    const page = await env.browser.context.newPage();
    await page.goto(env.site.origin + '/altaynews/akim-elections.html');
    const tabId = await tabIdOf(env, page);
    const { analysis } = await waitForAnalysis(env, tabId);
    await waitFor(() => contentStatus(env, tabId), (s) => !!s?.highlights, 'highlights');
    // Glossary explanations come in the reader's (UI) language, not English.
    const explanations = (analysis.glossary as { explanation: string }[]).map((g) => g.explanation);
    expect(explanations.length).toBeGreaterThan(0);
    const inReaderLanguage = { en: /^[\x00-\u024f«»—–’‘“”]+$/u, ru: /[а-яё]/i, kk: /[әіңғүұқөһ]/i }[lang]!;
    expect(explanations.filter((e) => !inReaderLanguage.test(e))).toEqual([]);
    if (lang === 'en') {
      await page.evaluate(() => document.querySelector('article p')?.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: path.join(OUT, 'page-highlighted.png') });
    }
    for (const scheme of ['light', 'dark'] as const) {
      const popup = await env.browser.context.newPage();
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(`chrome-extension://${env.browser.extensionId}/popup.html?tabId=${tabId}`);
      await popup.waitForSelector('[data-field="title"]');
      expect(await popup.textContent('[data-tab="quotes"]')).toContain(quotesLabel);
      const overflow = await popup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
      const strips = await tabStripOverflow(popup);
      expect(strips.length).toBeGreaterThan(0);
      for (const strip of strips) {
        expect(strip.tabs).toBeGreaterThan(1);
        expect(strip, 'a tab runs past its strip or the popup').toMatchObject({ past: 0, scroll: 0 });
        expect(strip.lastRight).toBeLessThanOrEqual(400);
      }
      if (lang === 'kk') {
        // Kazakh dates and language names are words, whatever the browser's Intl data holds.
        const published = (await popup.textContent('[data-field="published"]'))!;
        expect(published).not.toMatch(/M\d/);
        expect(published).toMatch(/қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан/);
        expect((await popup.textContent('[data-field="language"]'))!).toMatch(/тілі \([a-z]{2}\)/);
      }
      const colors = await popup.evaluate(() => {
        const s = getComputedStyle(document.body);
        return [s.backgroundColor, s.color];
      });
      // Dark scheme really is dark: background darker than text.
      const lum = (rgb: string) => (rgb.match(/\d+/g) ?? []).slice(0, 3).reduce((a, v) => a + Number(v), 0);
      expect(scheme === 'dark' ? lum(colors[0]!) < lum(colors[1]!) : lum(colors[0]!) > lum(colors[1]!)).toBe(true);
      // WCAG AA: every visible text element against the page background, 4.5:1 at least.
      const worst = await popup.evaluate(() => {
        const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
        const lum = ([r, g, b]: number[]) => {
          const ch = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
          return 0.2126 * ch(r!) + 0.7152 * ch(g!) + 0.0722 * ch(b!);
        };
        const backgroundOf = (el: Element | null): number[] => {
          for (let e = el; e; e = e.parentElement) {
            const bg = parse(getComputedStyle(e).backgroundColor);
            if (bg.length >= 3 && (bg[3] ?? 1) > 0.5) return bg;
          }
          return parse(getComputedStyle(document.body).backgroundColor);
        };
        let min = { ratio: 99, text: '' };
        for (const el of document.querySelectorAll('body *')) {
          const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
          if (!own || !(el as HTMLElement).offsetParent) continue;
          const fg = lum(parse(getComputedStyle(el).color));
          const bg = lum(backgroundOf(el));
          const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
          if (ratio < min.ratio) min = { ratio, text: el.textContent!.trim().slice(0, 40) };
        }
        return min;
      });
      expect(worst.ratio, `lowest contrast "${worst.text}"`).toBeGreaterThanOrEqual(4.5);
      await popup.screenshot({ path: path.join(OUT, `popup-${lang}-${scheme}.png`), fullPage: true });
      await popup.close();
    }
    if (lang === 'kk') {
      const options = await env.browser.context.newPage();
      await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
      await options.waitForSelector('select option', { state: 'attached' });
      const names = await options.$$eval('option', (os) => os.map((o) => o.textContent!.trim()).filter((t) => /\([a-z]{2}\)$|^[a-z]{2}$/.test(t)));
      expect(names.length).toBeGreaterThanOrEqual(3);
      // "орыс тілі (ru)", never a bare "ru".
      expect(names.filter((n) => /^[a-z]{2}$/.test(n))).toEqual([]);
      await options.close();
    }
  });
});
