/**
 * Byline in Firefox: the Firefox MV3 build, installed as a temporary add-on in Firefox ESR,
 * paints its highlights on the seed demo page with the CSS Custom Highlight API, leaves the
 * page's DOM as the page made it, and raises no errors. Everything is observed from the page's
 * own world (Firefox shares the highlight registry and DOM with it, not the content script's globals).
 * The popup and options pages are covered in Chromium: Firefox's automation refuses moz-extension:// pages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/chromium';
import { firefoxBuildDir, firefoxPath, launchFirefoxWithExtension, type FirefoxWithExtension } from '../../scripts/lib/firefox';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';

const SEED = '/altaynews/akim-elections.html';
/** Analysis runs in the background after document_idle; painting follows within a few seconds here. */
const PAINT_TIMEOUT_MS = 20_000;
/** Where the browser has no highlight API: how long to watch that nothing is painted or changed. */
const UNSUPPORTED_SETTLE_MS = 5_000;

const FIREFOX = firefoxPath();
const SKIP_REASON = 'Firefox not installed (apt-get install -y firefox-esr, or set FIREFOX_PATH): Firefox e2e skipped';
if (!FIREFOX) console.warn(SKIP_REASON);
const title = (name: string) => (FIREFOX ? name : `${name} [${SKIP_REASON}]`);

let site: StaticServer | undefined;
let firefox: FirefoxWithExtension | undefined;

beforeAll(async () => {
  if (!FIREFOX) return;
  site = await startStaticServer(path.join(projectRoot, 'tests/fixtures/site'));
  firefox = await launchFirefoxWithExtension({ headless: true });
}, 120_000);
afterAll(async () => {
  await firefox?.close();
  await site?.close();
});

interface Opened {
  page: Page;
  /** Uncaught page errors and Byline's own error reports (it logs them as "[Byline] …"). */
  problems: string[];
  highlightApi: boolean;
}

/** Opens a demo page with the page's DOM recorded at DOMContentLoaded, before any content script runs. */
async function open(pathname: string): Promise<Opened> {
  const page = await firefox!.browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${String(error)}`));
  page.on('console', (message) => {
    if (message.text().startsWith('[Byline]')) problems.push(`console.${message.type()}: ${message.text()}`);
  });
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { __domBefore: string }).__domBefore = document.documentElement.outerHTML;
    });
  });
  await page.goto(site!.origin + pathname, { waitUntil: 'load' });
  const highlightApi = await page.evaluate(
    () => typeof (window as unknown as { Highlight?: unknown }).Highlight === 'function' && !!(CSS as unknown as { highlights?: unknown }).highlights,
  );
  return { page, problems, highlightApi };
}

/**
 * Byline's quote highlights as the page's world sees the registry: name → number of ranges. Byline's names are
 * random per page (and the demo page registers none of its own); quotes are the names whose `::highlight()` style,
 * as the page computes it, is a quote style (dark text on a tint, or the indirect-speech underline offset). Computed,
 * not read from a sheet: in Firefox the content script cannot adopt a sheet into the page (Xray wrappers), and the
 * background inserts the rules (`scripting.insertCSS`) where no page script can list them.
 */
function pageHighlights(page: Page, only: 'quotes' | 'direct' = 'quotes'): Promise<Record<string, number>> {
  return page.evaluate((only) => {
    const out: Record<string, number> = {};
    (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.forEach((h, name) => {
      const style = getComputedStyle(document.body, `::highlight(${name})`);
      const direct = style.color === 'rgb(17, 17, 17)';
      if (direct || (only === 'quotes' && style.textUnderlineOffset === '3px')) out[name] = h.size;
    });
    return out;
  }, only);
}

async function waitForHighlights(page: Page): Promise<Record<string, number>> {
  const deadline = Date.now() + PAINT_TIMEOUT_MS;
  for (;;) {
    const found = await pageHighlights(page);
    if (Object.keys(found).length > 0) return found;
    if (Date.now() > deadline) throw new Error(`no Byline quote highlights after ${PAINT_TIMEOUT_MS} ms; registry: ${JSON.stringify(found)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The page's DOM before (at DOMContentLoaded) and now, with Byline's hover-card host left out. */
function domBeforeAndAfter(page: Page): Promise<[string, string]> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    // Byline's card host: an element child of <html> besides <head> and <body> (parsed HTML puts nothing there).
    for (const child of Array.from(clone.children)) if (child.localName !== 'head' && child.localName !== 'body') child.remove();
    return [(window as unknown as { __domBefore: string }).__domBefore, clone.outerHTML] as [string, string];
  });
}

describe('Byline in Firefox', () => {
  it.skipIf(!FIREFOX)(title('installs the Firefox MV3 build as a temporary add-on'), () => {
    // Installed under the id the build declares (permanent on addons.mozilla.org), not one Firefox made up.
    const manifest = JSON.parse(readFileSync(path.join(firefoxBuildDir, 'manifest.json'), 'utf8'));
    expect(firefox!.addonId).toBe(manifest.browser_specific_settings.gecko.id);
    expect(firefox!.addonId).toBe('byline@byline-reader.org');
    console.info(`Firefox e2e on ${firefox!.version}`);
  });

  it.skipIf(!FIREFOX)(title('paints quote highlights on the seed page, each on real text of the article'), async () => {
    const { page, problems, highlightApi } = await open(SEED);
    if (!highlightApi) {
      // Firefox before 140 has no CSS Custom Highlight API: Byline must then paint nothing and change nothing.
      await new Promise((r) => setTimeout(r, UNSUPPORTED_SETTLE_MS));
      const [before, after] = await domBeforeAndAfter(page);
      expect(after).toBe(before);
      expect(problems).toEqual([]);
      await page.close();
      return;
    }
    const registry = await waitForHighlights(page);
    const quoteRanges = Object.values(registry).reduce((sum, size) => sum + size, 0);
    expect(quoteRanges).toBeGreaterThan(0);

    const check = await page.evaluate((names) => {
      const body = (document.body.textContent ?? '').replace(/\s+/g, ' ');
      const texts: string[] = [];
      (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((h, name) => {
        if (names.includes(name)) h.forEach((r) => texts.push(r.toString().replace(/\s+/g, ' ').trim()));
      });
      // The styles reach the page (pageHighlights found them computed) from no sheet the page can list (the DOM is
      // checked unchanged below).
      const sheets = [...document.styleSheets, ...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText));
      return {
        texts,
        inBody: texts.every((t) => t.length > 0 && body.includes(t)),
        visibleRules: sheets.filter((r) => r.includes('::highlight(')).length,
      };
    }, Object.keys(registry));
    expect(check.texts.length).toBe(quoteRanges);
    expect(check.inBody).toBe(true);
    expect(check.visibleRules).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it.skipIf(!FIREFOX)(title("leaves the page's own DOM byte-identical, hover card included, with no errors"), async () => {
    const { page, problems, highlightApi } = await open(SEED);
    if (highlightApi) {
      await waitForHighlights(page);
      const direct = Object.keys(await pageHighlights(page, 'direct'));
      // Hover the first direct quote: the card is the only node Byline adds, outside the page's tree.
      const point = await page.evaluate((direct) => {
        let rect: DOMRect | null = null;
        (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((h, name) => {
          const range = direct.includes(name) ? [...h][0] : undefined;
          if (rect || !range) return;
          range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
          rect = range.getClientRects()[0] ?? null;
        });
        const r = rect as DOMRect | null;
        return r ? { x: r.x + 4, y: r.y + r.height / 2, bottom: r.y + r.height } : null;
      }, direct);
      expect(point).not.toBeNull();
      await page.mouse.move(point!.x, point!.y);
      // The card's host appears outside <body> with a closed shadow root (the page sees no root, and cannot attach
      // one), and the card covers some of the viewport.
      await page.waitForFunction(
        (p: { x: number; bottom: number }) => {
          const host = Array.from(document.documentElement.children).find((c) => c.localName !== 'head' && c.localName !== 'body');
          if (!host || host.shadowRoot !== null) return false;
          try {
            host.attachShadow({ mode: 'open' });
            return false;
          } catch {
            // The card sits below the whole quote (or above it), somewhere in the viewport: the page's own hit test
            // answers the host there (it cannot see the card inside).
            for (let y = 4; y < innerHeight; y += 12) {
              for (let x = 4; x < innerWidth; x += 24) if (document.elementFromPoint(x, y) === host) return true;
            }
            return false;
          }
        },
        { timeout: 10_000 },
        point!,
      );
    } else {
      await new Promise((r) => setTimeout(r, UNSUPPORTED_SETTLE_MS));
    }
    const [before, after] = await domBeforeAndAfter(page);
    expect(before.length).toBeGreaterThan(1000);
    expect(after).toBe(before);
    expect(problems).toEqual([]);
    await page.close();
  });
});
