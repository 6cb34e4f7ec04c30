/**
 * Never break the page, stay fast: Byline end to end in Chromium on pages built to break guests
 * (tests/fixtures/hostile/generate.ts) and on the demo pages. For each page: no uncaught error from
 * the extension, the page's DOM and behaviour unchanged, Byline's work bounded in time, the popup in a
 * clear state, and the main-thread cost of each content-script step recorded (from the content script's own
 * timeline, reported over the extension's channel; the page's performance timeline must show nothing of Byline).
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CDPSession, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeHostileSite, type HostilePage } from '../fixtures/hostile/generate';
import { ATTACK_TITLE, MANY_BLOCKS, writeAttackPages } from '../fixtures/hostile/attacks';
import { chromeBuildDir, launchWithExtension, projectRoot } from '../../scripts/lib/chromium';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';
import { contentStatus, openPopup, tabIdOf, waitFor, waitForAnalysis, type E2E } from './support';

/** A Byline step over this (ms) is a long task of its own making. */
const LONG_TASK_MS = 50;
/** Byline must have analysed the page, or said why not, within this long after load. */
const SETTLE_LIMIT_MS = 30_000;
/** The rewriting page's watcher must give up within this long. */
const WATCH_GIVE_UP_MS = 30_000;
/** Pages beyond any article: Byline must leave them alone (and say so) rather than freeze them in extraction. */
const TOO_LARGE = new Set(['/big-article.html', '/many-paragraphs.html']);

let env: E2E;
let hostile: StaticServer;
let pages: HostilePage[];
/** The issue-18 attack pages (tests/fixtures/hostile/attacks.ts). */
let attack: Record<string, string>;
let siteDir: string;
let extensionDir: string;
/** Figures printed at the end: one row per page. */
const figures: Record<string, unknown>[] = [];

beforeAll(async () => {
  siteDir = mkdtempSync(path.join(os.tmpdir(), 'byline-hostile-'));
  hostile = await startStaticServer(siteDir);
  pages = writeHostileSite(siteDir, `http://localhost:${hostile.port}`);
  attack = writeAttackPages(siteDir);
  const site = await startStaticServer(path.join(projectRoot, 'tests/fixtures/site'));
  // A private copy of the build: a rebuild elsewhere in the checkout mid-run must not pull it away.
  extensionDir = mkdtempSync(path.join(os.tmpdir(), 'byline-extension-'));
  cpSync(chromeBuildDir, extensionDir, { recursive: true });
  const browser = await launchWithExtension({ headless: true, extensionDir });
  env = { site, browser };
  await browser.context.addInitScript(installProbes);
});

afterAll(async () => {
  console.log(`\nmain-thread figures (ms):\n${figures.map((f) => JSON.stringify(f)).join('\n')}`);
  await env?.browser.close();
  await env?.site.close();
  await hostile?.close();
  rmSync(siteDir, { recursive: true, force: true });
  rmSync(extensionDir, { recursive: true, force: true });
});

// ── Probes ──────────────────────────────────────────────────────────────────────────────────────

/**
 * Runs in every frame's main world before the page's scripts: records long tasks and long animation
 * frames (buffered), keeps the DOM as the page made it at DOMContentLoaded, and exposes
 * `__bylineProbe()`, which answers a JSON string built only with built-ins saved here, before the
 * page could replace them (the tampered page does).
 */
function installProbes(): void {
  const w = window as unknown as Record<string, unknown>;
  const push = Array.prototype.push;
  const stringify = JSON.stringify;
  const startsWith = String.prototype.startsWith;
  const entriesByType = Performance.prototype.getEntriesByType;
  const cloneNode = Node.prototype.cloneNode;
  const removeChild = Node.prototype.removeChild;
  const outerHTML = Object.getOwnPropertyDescriptor(Element.prototype, 'outerHTML')!.get!;
  const childrenOf = Object.getOwnPropertyDescriptor(Element.prototype, 'children')!.get!;
  const localNameOf = Object.getOwnPropertyDescriptor(Element.prototype, 'localName')!.get!;
  const perf = performance;
  const doc = document;
  const longTasks: { start: number; duration: number }[] = [];
  const extensionScripts: { start: number; duration: number; source: string }[] = [];
  let domBefore = '';
  /** CSP violations the page is told of (an inline style or script from Byline would be one on the strict-CSP page). */
  const violations: string[] = [];
  doc.addEventListener(
    'securitypolicyviolation',
    (e) => void push.call(violations, `${e.violatedDirective} ${e.sourceFile} ${e.blockedURI}`),
    true,
  );
  /** Window messages that carry Byline's (WXT's) start-up announcement: a page must never receive one. */
  const announcements: string[] = [];
  window.addEventListener('message', (e) => {
    let text = '';
    try {
      text = stringify(e.data) ?? '';
    } catch {
      return;
    }
    if (text.includes('wxt') || text.includes('content-script-started')) push.call(announcements, text.slice(0, 200));
  });
  try {
    new PerformanceObserver((list) => {
      const entries = list.getEntries();
      for (let i = 0; i < entries.length; i++) push.call(longTasks, { start: entries[i]!.startTime, duration: entries[i]!.duration });
    }).observe({ type: 'longtask', buffered: true });
    // Long animation frames name the scripts that ran in them, extension scripts included.
    new PerformanceObserver((list) => {
      const entries = list.getEntries() as unknown as { scripts?: { sourceURL: string; startTime: number; duration: number }[] }[];
      for (let i = 0; i < entries.length; i++) {
        const scripts = entries[i]!.scripts ?? [];
        for (let j = 0; j < scripts.length; j++) {
          const s = scripts[j]!;
          if (startsWith.call(String(s.sourceURL), 'chrome-extension://')) push.call(extensionScripts, { start: s.startTime, duration: s.duration, source: s.sourceURL });
        }
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // An engine without these entry types: the Byline measures still count.
  }
  doc.addEventListener('DOMContentLoaded', () => {
    domBefore = outerHTML.call(doc.documentElement);
  });
  const bylineEntries = (type: string) => {
    const out: { name: string; start: number; duration: number }[] = [];
    const all = entriesByType.call(perf, type);
    for (let i = 0; i < all.length; i++) {
      const e = all[i]!;
      if (startsWith.call(e.name, 'byline:')) push.call(out, { name: e.name, start: e.startTime, duration: e.duration });
    }
    return out;
  };
  const highlights = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
  /** Scrolls the first painted direct quote (of the registry names given) into view and answers its first line box, as JSON. */
  w.__bylineFirstQuote = (names: string[]) => {
    let rect: DOMRect | null = null;
    highlights?.forEach((h, name) => {
      if (rect || names.indexOf(name) < 0) return;
      const range = h.values().next().value as Range | undefined;
      if (!range) return;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      rect = range.getClientRects()[0] ?? null;
    });
    const r = rect as DOMRect | null;
    return stringify(r ? { x: r.x, y: r.y, height: r.height } : null);
  };
  w.__bylineProbe = () => {
    // The DOM now, without Byline's card host (the one thing it adds: an element child of <html> besides
    // <head> and <body>, where parsed HTML puts nothing).
    const clone = cloneNode.call(doc.documentElement, true) as Element;
    const children = childrenOf.call(clone) as HTMLCollection;
    for (let i = children.length - 1; i >= 0; i--) {
      const name = localNameOf.call(children[i]!);
      if (name !== 'head' && name !== 'body') removeChild.call(clone, children[i]!);
    }
    return stringify({
      domBefore,
      domNow: outerHTML.call(clone),
      longTasks,
      extensionScripts,
      pageEntries: bylineEntries('measure').length + bylineEntries('mark').length,
      violations,
      announcements,
    });
  };
}

interface Probe {
  domBefore: string;
  domNow: string;
  longTasks: { start: number; duration: number }[];
  extensionScripts: { start: number; duration: number; source: string }[];
  /** Entries in the page's own performance timeline that look like Byline's: the page must see none. */
  pageEntries: number;
  /** CSP violations reported to the page while Byline ran. */
  violations: string[];
  /** Messages from Byline's start-up that reached the page's window. */
  announcements: string[];
  /** Byline's steps and events, from the content script's own timeline (asked over the extension's channel). */
  measures: { name: string; duration: number; start: number }[];
  marks: { name: string }[];
}

/** Evaluates in the top frame's main world through the protocol (not Playwright's injected helpers, which a tampered page breaks). */
async function mainWorld<T>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
    if (exceptionDetails) throw new Error(`${expression}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

const tabIds = new WeakMap<Page, number>();

async function probe(target: Page | Frame): Promise<Probe> {
  const json = 'mainFrame' in target ? await mainWorld<string>(target, 'window.__bylineProbe()') : await target.evaluate('window.__bylineProbe()');
  const inPage = JSON.parse(json as string) as Omit<Probe, 'measures' | 'marks'>;
  let timeline: { name: string; kind: string; start: number; duration: number }[] = [];
  if ('mainFrame' in target) {
    let tabId = tabIds.get(target);
    if (tabId === undefined) tabIds.set(target, (tabId = await tabIdOf(env, target)));
    timeline = (await contentStatus(env, tabId))?.timings ?? [];
  }
  return {
    ...inPage,
    measures: timeline.filter((t) => t.kind === 'step').map((t) => ({ name: `byline:${t.name}`, start: t.start, duration: t.duration })),
    marks: timeline.filter((t) => t.kind === 'event').map((t) => ({ name: `byline:${t.name}` })),
  };
}

/** Polls a main-world expression until it is true. */
async function pageDoes(page: Page, expression: string, timeoutMs: number): Promise<void> {
  await waitFor(() => mainWorld<boolean>(page, `Boolean(${expression})`), (ok) => ok, expression, timeoutMs);
}

/** Errors from the extension, caught at the protocol level: exceptions and console errors in Byline's world or scripts. */
interface ErrorLog {
  extension: string[];
  /** Errors Byline caught and logged (`[Byline] …` debug lines): contained, but worth knowing. */
  contained: string[];
  page: string[];
}

async function watchErrors(page: Page): Promise<ErrorLog> {
  const log: ErrorLog = { extension: [], contained: [], page: [] };
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const extensionContexts = new Set<number>();
  const fromExtension = (contextId: number | undefined, urls: (string | undefined)[]) =>
    (contextId !== undefined && extensionContexts.has(contextId)) || urls.some((u) => !!u && u.startsWith('chrome-extension://'));
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin.startsWith('chrome-extension://')) extensionContexts.add(context.id);
  });
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
    const text = `${d.text} ${d.exception?.description ?? ''}`.trim();
    const urls = [d.url, ...(d.stackTrace?.callFrames.map((f) => f.url) ?? [])];
    (fromExtension(d.executionContextId, urls) ? log.extension : log.page).push(text);
  });
  cdp.on('Runtime.consoleAPICalled', (e) => {
    const text = e.args.map((a) => a.value ?? a.description ?? '').join(' ');
    const urls = e.stackTrace?.callFrames.map((f) => f.url) ?? [];
    if (!fromExtension(e.executionContextId, urls)) return;
    if (e.type === 'error' || e.type === 'assert') log.extension.push(text);
    else if (/^\[Byline\]/.test(text)) log.contained.push(text);
  });
  cdp.on('Log.entryAdded', ({ entry }) => {
    if (entry.level !== 'error') return;
    const urls = [entry.url, ...(entry.stackTrace?.callFrames.map((f) => f.url) ?? [])];
    if (urls.some((u) => !!u && u.startsWith('chrome-extension://'))) log.extension.push(`${entry.source}: ${entry.text}`);
  });
  page.on('pageerror', (error) => {
    if (/chrome-extension:\/\//.test(error.stack ?? '')) log.extension.push(`pageerror: ${error.message}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && message.location().url.startsWith('chrome-extension://')) log.extension.push(`console: ${message.text()}`);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  return log;
}

/** Per step, the longest Byline measure; and the longest long task that overlaps one. */
function summarise(t: Probe) {
  const steps: Record<string, number> = {};
  for (const m of t.measures) {
    const step = m.name.slice('byline:'.length);
    steps[step] = Math.max(steps[step] ?? 0, round(m.duration));
  }
  const overlapping = t.longTasks.filter((task) =>
    t.measures.some((m) => m.start < task.start + task.duration && task.start < m.start + m.duration),
  );
  return {
    steps,
    runs: t.measures.filter((m) => m.name === 'byline:send').length,
    longTaskMax: round(Math.max(0, ...t.longTasks.map((x) => x.duration))),
    bylineLongTaskMax: round(Math.max(0, ...overlapping.map((x) => x.duration))),
    extensionScriptMax: round(Math.max(0, ...t.extensionScripts.map((x) => x.duration))),
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The longest single Byline measure of a page load (every measure is one task). */
const longestStep = (summary: { steps: Record<string, number> }) => Math.max(0, ...Object.values(summary.steps));

// ── Page checks ─────────────────────────────────────────────────────────────────────────────────

/** For pages that change themselves: tags and attribute names in the DOM now that the page never used. */
async function unknownVocabulary(page: Page): Promise<string[]> {
  const { domBefore } = await probe(page);
  return page.evaluate((domBefore) => {
    const vocabulary = (root: ParentNode, skip: (el: Element) => boolean) => {
      const words = new Set<string>();
      for (const el of Array.from(root.querySelectorAll('*'))) {
        if (skip(el)) continue;
        words.add(`<${el.localName}>`);
        for (const a of Array.from(el.attributes)) words.add(`@${a.name}`);
      }
      return words;
    };
    const before = new DOMParser().parseFromString(domBefore, 'text/html');
    const known = vocabulary(before, () => false);
    const host = (el: Element) => el.parentElement === document.documentElement && el.localName !== 'head' && el.localName !== 'body';
    const now = vocabulary(document, host);
    return [...now].filter((w) => !known.has(w));
  }, domBefore);
}

/** This page's registry names for Byline's direct quotes (random per page: only the extension's status maps them). */
async function directQuoteNames(tabId: number): Promise<string[]> {
  const names = ((await contentStatus(env, tabId))?.highlights?.names ?? {}) as Record<string, string>;
  return Object.entries(names).filter(([, key]) => key.startsWith('quote-direct')).map(([name]) => name);
}

interface Card {
  visible: boolean;
  who: string;
  text: string;
  rect: { x: number; y: number; width: number; height: number } | null;
}

/**
 * Hovers the first quote (found through the protocol: the page may have tampered with its world); answers what
 * the card shows, from the content script (the card's shadow root is closed to the page and to the test alike).
 */
async function hoverCard(page: Page, tabId: number): Promise<Card | null> {
  const names = JSON.stringify(await directQuoteNames(tabId));
  const rect = JSON.parse(await mainWorld<string>(page, `window.__bylineFirstQuote(${names})`)) as { x: number; y: number; height: number } | null;
  if (!rect) throw new Error(`no direct quote to hover; Byline's names: ${names}; registry: ${await mainWorld<string>(page, 'JSON.stringify([...CSS.highlights.keys()])')}`);
  await page.mouse.move(rect.x + 4, rect.y + rect.height / 2);
  const read = async () => ((await contentStatus(env, tabId))?.card as Card | undefined) ?? null;
  return waitFor(read, (c) => !!c?.visible && c.who.length > 0, 'the hover card', 5000);
}

type Outcome = { kind: 'analyzed'; title: string } | { kind: 'idle'; reason: string } | { kind: 'other'; state: string };

/** Waits until Byline has painted its highlights, or settled on a reason not to; returns which, and how long it took. */
async function settle(tabId: number): Promise<{ settled: string; ms: number }> {
  const started = Date.now();
  const status = await waitFor(
    () => contentStatus(env, tabId),
    (s) => !!s && (!!s.highlights || (typeof s.idle === 'string' && s.idle !== 'pending')),
    'Byline to settle',
    SETTLE_LIMIT_MS,
  );
  return { settled: status?.highlights ? 'painted' : String(status?.idle), ms: Date.now() - started };
}

/** What the popup says: the analysis title, or the named state; never left on "Reading the page…". */
async function popupSays(tabId: number): Promise<Outcome> {
  const popup = await openPopup(env, tabId);
  try {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const shown = await popup.waitForSelector('[data-state], [data-field="title"]', { timeout: 10_000 });
      const state = await shown.getAttribute('data-state');
      if (state === null) return { kind: 'analyzed', title: (await popup.textContent('[data-field="title"]')) ?? '' };
      if (state !== 'pending' || Date.now() > deadline) {
        return ['not-article', 'too-large'].includes(state) ? { kind: 'idle', reason: state } : { kind: 'other', state };
      }
      await new Promise((r) => setTimeout(r, 500));
      await popup.reload();
    }
  } finally {
    await popup.close();
  }
}

async function open(url: string): Promise<{ page: Page; errors: ErrorLog; tabId: number }> {
  const page = await env.browser.context.newPage();
  const errors = await watchErrors(page);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const tabId = await tabIdOf(env, page);
  return { page, errors, tabId };
}

// ── The suite ───────────────────────────────────────────────────────────────────────────────────

describe('hostile pages', () => {
  it('generates pages as described (big ones really big)', () => {
    expect(pages.length).toBeGreaterThanOrEqual(13);
    const size = (name: string) => statSync(path.join(siteDir, name)).size;
    expect(size('big-article.html')).toBeGreaterThan(5 * 1024 * 1024);
    expect(readdirSync(siteDir)).toContain('csp.html.headers.json');
  });

  it.each([
    ['/big-article.html'], ['/many-paragraphs.html'], ['/deep-nesting.html'], ['/csp.html'], ['/tampered.html'],
    ['/iframes.html'], ['/infinite-scroll.html'], ['/rewriter.html'], ['/throws.html'], ['/cp1251.html'], ['/koi8r.html'],
    ['/rtl.html'], ['/markup-quote.html'],
  ])('%s: no error from Byline, page untouched and working, work bounded, popup clear', async (pagePath) => {
    const spec = pages.find((p) => p.path === pagePath)!;
    const { page, errors, tabId } = await open(hostile.origin + pagePath);

    const { settled, ms } = await settle(tabId);
    if (TOO_LARGE.has(pagePath)) expect(settled).toBe('too-large');
    else if (spec.expectTitle) expect(settled).toBe('painted');

    // The page's own behaviour.
    if (pagePath === '/infinite-scroll.html') {
      for (let i = 0; i < 6; i++) {
        await page.mouse.wheel(0, 20_000);
        await page.waitForTimeout(150);
      }
    }
    await pageDoes(page, spec.pageWorks, 15_000);

    if (pagePath === '/rewriter.html') {
      // The watcher follows a page that never goes quiet for a few rounds, then stops.
      const gaveUp = (p: Probe) => p.marks.some((m) => m.name === 'byline:watch-gave-up');
      const runs = (p: Probe) => p.measures.filter((m) => m.name === 'byline:send').length;
      const atStop = await waitFor(() => probe(page), gaveUp, 'the watcher to give up', WATCH_GIVE_UP_MS);
      await page.waitForTimeout(2500);
      expect(runs(await probe(page))).toBe(runs(atStop));
    }

    // The hover card works here too (strict CSP, tampered built-ins, RTL): shown, styled, with a name.
    if (settled === 'painted' && !spec.selfChanging && spec.expectTitle) {
      expect(await hoverCard(page, tabId)).toMatchObject({ visible: true });
    }

    // The page's DOM: byte-identical, or (pages that change themselves) nothing Byline's.
    if (spec.selfChanging) {
      expect(await unknownVocabulary(page)).toEqual([]);
    } else {
      for (const frame of page.frames()) {
        const { domBefore, domNow } = await probe(frame === page.mainFrame() ? page : frame);
        expect(domBefore.length, `DOM captured in ${frame.url()}`).toBeGreaterThan(0);
        expect(domNow, `DOM of ${frame.url()}`).toBe(domBefore);
      }
    }

    const said = await popupSays(tabId);
    if (TOO_LARGE.has(pagePath)) expect(said).toEqual({ kind: 'idle', reason: 'too-large' });
    else if (spec.expectTitle) expect(said).toEqual({ kind: 'analyzed', title: spec.expectTitle });
    else expect(said.kind === 'analyzed' || said.kind === 'idle').toBe(true);

    const final = await probe(page);
    const summary = summarise(final);
    figures.push({ page: pagePath, settleMs: ms, settled, ...summary, contained: errors.contained.length });
    // Byline's timings stay in its own world: the page's performance timeline shows nothing of it.
    expect(final.pageEntries).toBe(0);
    // Nothing Byline does trips the page's security policy (the page would be told, and learn Byline is there).
    expect(final.violations).toEqual([]);
    // Nor does Byline announce itself to the page's message listeners.
    expect(final.announcements).toEqual([]);
    expect(final.measures.some((m) => m.name === 'byline:size')).toBe(true);
    expect(errors.extension).toEqual([]);
    expect(errors.contained).toEqual([]);
    await page.close();

    // No Byline step (each one task) over the long-task line. The machine running the tests may be busy:
    // judged by the best of up to three loads, as the demo pages are below.
    let best = longestStep(summary);
    for (let attempt = 1; attempt < 3 && best >= LONG_TASK_MS; attempt++) {
      const again = await open(hostile.origin + pagePath);
      await settle(again.tabId);
      await again.page.waitForTimeout(pagePath === '/rewriter.html' ? 3000 : 300);
      const retry = summarise(await probe(again.page));
      figures.push({ page: pagePath, attempt, ...retry });
      best = Math.min(best, longestStep(retry));
      await again.page.close();
    }
    expect(best).toBeLessThan(LONG_TASK_MS);
  });
});

describe('a page too large to read on its own', () => {
  it('is still analysed when the reader asks ("Analyse anyway"), within a bound', async () => {
    const { page, errors, tabId } = await open(hostile.origin + '/big-article.html');
    expect((await settle(tabId)).settled).toBe('too-large');
    const popup = await openPopup(env, tabId);
    await popup.waitForSelector('[data-state="too-large"]');
    const started = Date.now();
    await popup.click('button.button--primary');
    await popup.waitForSelector('[data-field="title"], [data-state="error"]', { timeout: 90_000 });
    const ms = Date.now() - started;
    const title = await popup.textContent('[data-field="title"]').catch(() => null);
    const t = await probe(page);
    figures.push({ page: '/big-article.html (on request)', analyseMs: ms, ...summarise(t) });
    expect(title).toBe(pages.find((p) => p.path === '/big-article.html')!.expectTitle);
    expect(errors.extension).toEqual([]);
    await popup.close();
    await page.close();
  }, 150_000);
});

describe('main-thread budget on the demo pages', () => {
  const demoPages = ['/altaynews/akim-elections.html', '/altaynews/second-story.html', '/kaz/akim-sailauy.html', '/tengrinews-en/bashimov-elections.html', '/', '/search.html'];

  /**
   * The machine running the tests may be busy (other test runs, two cores): a step is judged by its
   * best of up to three page loads, the way a benchmark takes its fastest run as the code's own cost.
   */
  it.each(demoPages.map((p) => [p]))(`%s: every Byline step under ${LONG_TASK_MS} ms`, async (pagePath) => {
    const attempts: ReturnType<typeof summarise>[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const { page, errors, tabId } = await open(env.site.origin + pagePath);
      const { ms } = await settle(tabId);
      const t = await probe(page);
      expect(t.measures.length).toBeGreaterThan(0);
      expect(errors.extension).toEqual([]);
      const summary = summarise(t);
      attempts.push(summary);
      figures.push({ page: `site${pagePath}`, attempt, settleMs: ms, ...summary });
      await page.close();
      if (Math.max(...Object.values(summary.steps)) < LONG_TASK_MS) break;
    }
    const best = Math.min(...attempts.map((a) => Math.max(...Object.values(a.steps))));
    expect(best).toBeLessThan(LONG_TASK_MS);
  });
});

// ── Issue 18: what a page can do to Byline's own output and budget ─────────────────────────────

/** Counts storage calls in the service worker (analyses store one tab state each; history writes go to storage.local). */
async function countStorageCalls(): Promise<void> {
  await env.browser.worker.evaluate(() => {
    const g = globalThis as unknown as { chrome: any; __bylineCounts?: Record<string, number> };
    g.__bylineCounts = { sessionSet: 0, sessionRemove: 0, localSet: 0 };
    const wrap = (area: any, method: string, key: string) => {
      const original = (area.__original ??= {})[method] ??= area[method].bind(area);
      area[method] = (...args: unknown[]) => {
        g.__bylineCounts![key]!++;
        return original(...args);
      };
    };
    wrap(g.chrome.storage.session, 'set', 'sessionSet');
    wrap(g.chrome.storage.session, 'remove', 'sessionRemove');
    wrap(g.chrome.storage.local, 'set', 'localSet');
  });
}

async function storageCalls(): Promise<Record<string, number>> {
  return env.browser.worker.evaluate(() => (globalThis as unknown as { __bylineCounts: Record<string, number> }).__bylineCounts);
}

async function setStoredSettings(settings: unknown): Promise<void> {
  await env.browser.worker.evaluate(async (value) => {
    const c = (globalThis as unknown as { chrome: any }).chrome;
    await c.storage.local.remove(['settings', 'settingsDroppedSites']);
    if (value !== null) await c.storage.local.set({ settings: value });
  }, settings);
}

describe('issue 18: the page cannot read, rewrite or hijack what Byline shows', () => {
  it("attack 1: the card's host has a closed shadow root, its content out of the page's reach; no name says Byline", async () => {
    const { page, errors, tabId } = await open(hostile.origin + attack.article);
    expect((await settle(tabId)).settled).toBe('painted');
    const card = await hoverCard(page, tabId);
    expect(card).toMatchObject({ visible: true });
    const seen = await mainWorld<Record<string, unknown>>(page, `(() => {
      const hosts = Array.from(document.documentElement.children).filter((c) => c.localName !== 'head' && c.localName !== 'body');
      const host = hosts[0];
      let attach = 'attached';
      try { host.attachShadow({ mode: 'open' }); } catch (e) { attach = e.name; }
      // The page tries to write into what it can reach.
      try { host.textContent = 'verified ✔'; } catch (e) {}
      const names = [];
      CSS.highlights.forEach((h, name) => names.push(name));
      const rules = document.adoptedStyleSheets.flatMap((s) => Array.from(s.cssRules).map((r) => r.cssText)).join('\\n');
      return {
        hosts: hosts.length,
        tag: host && host.localName,
        shadowRoot: host ? host.shadowRoot === null ? 'none visible' : 'open' : 'no host',
        attach,
        customElement: customElements.get('byline-card') === undefined,
        bylineNames: names.filter((n) => /byline/i.test(n)).length,
        names: names.length,
        bylineInRules: /byline/i.test(rules),
      };
    })()`);
    expect(seen).toMatchObject({
      hosts: 1, tag: 'div', shadowRoot: 'none visible', attach: 'NotSupportedError', customElement: true,
      bylineNames: 0, bylineInRules: false,
    });
    expect(seen.names).toBeGreaterThan(0);
    // The page's write went nowhere the reader sees: the card still shows Byline's text only.
    const after = await hoverCard(page, tabId);
    expect(after?.text).not.toContain('verified');
    expect(after?.who).toBe(card!.who);
    expect(errors.extension).toEqual([]);
    await page.close();
  });

  it('attack 2: a page defining its own byline-card element and hooking attachShadow does not break the card', async () => {
    const { page, errors, tabId } = await open(hostile.origin + attack.hijack);
    expect((await settle(tabId)).settled).toBe('painted');
    for (let i = 0; i < 3; i++) {
      await page.mouse.move(5, 5);
      expect(await hoverCard(page, tabId)).toMatchObject({ visible: true });
    }
    const hijack = await mainWorld<Record<string, number>>(page, 'window.__hijack');
    // Byline's host was added (the page sees that much), but no constructor of the page's ran on it,
    // the page's hook was never called, and the page could neither read its root nor attach its own.
    expect(hijack).toEqual({ constructed: 0, added: 1, readable: 0, attached: 0, hooked: 0 });
    expect((await hoverCard(page, tabId))?.text).not.toContain('verified');
    expect(errors.extension).toEqual([]);
    expect(errors.contained).toEqual([]);
    await page.close();
  });

  it("attack 3: a page that replaces document.adoptedStyleSheets gets Byline's highlight styles back, and status stays honest", async () => {
    const { page, errors, tabId } = await open(hostile.origin + attack.article);
    expect((await settle(tabId)).settled).toBe('painted');
    const names = await directQuoteNames(tabId);
    expect(names.length).toBeGreaterThan(0);
    const styled = `document.adoptedStyleSheets.some((s) => Array.from(s.cssRules).some((r) => r.cssText.includes('::highlight(${names[0]})')))`;
    expect(await mainWorld<boolean>(page, styled)).toBe(true);
    // Swapped and checked in one task: Byline's once-a-second check cannot run in between.
    expect(await mainWorld<boolean>(page, `document.adoptedStyleSheets = []; ${styled}`)).toBe(false);
    await pageDoes(page, styled, 5000);
    // And when the page empties the sheet itself, or deletes a registry entry.
    await mainWorld(page, `document.adoptedStyleSheets.forEach((s) => s.replaceSync('')); CSS.highlights.delete(${JSON.stringify(names[0])}); true`);
    await pageDoes(page, `${styled} && CSS.highlights.has(${JSON.stringify(names[0])})`, 5000);
    const status = await contentStatus(env, tabId);
    expect(status?.highlights).toMatchObject({ visible: true });
    expect(errors.extension).toEqual([]);
    await page.close();
  });
});

describe('issue 18: the page cannot switch Byline off or make it work without bound', () => {
  it('attack 4: an <h1> over 2,000 chars, og:site_name over 500, a URL over 8,192: analysed, fields cut with a note', async () => {
    const url = `${hostile.origin}${attack.oversized}?ref=${'x'.repeat(9000)}`;
    const { page, errors, tabId } = await open(url);
    expect((await settle(tabId)).settled).toBe('painted');
    const { analysis } = await waitForAnalysis(env, tabId);
    expect(analysis.article.title.length).toBeLessThanOrEqual(2000);
    expect(analysis.article.title.startsWith(ATTACK_TITLE)).toBe(true);
    expect(analysis.article.publisher.length).toBeLessThanOrEqual(500);
    expect(analysis.article.url.length).toBe(8192);
    expect(analysis.quotes.length).toBeGreaterThan(0);
    const notes = (analysis.notes as string[]).join(' ');
    expect(notes).toMatch(/title was cut to 2,000/);
    expect(notes).toMatch(/site name was cut to 500/);
    expect(notes).toMatch(/address was cut to 8,192/);
    const said = await popupSays(tabId);
    expect(said.kind).toBe('analyzed');
    expect(errors.extension).toEqual([]);
    await page.close();
  });

  it(`attack 4: more than 100,000 blocks (${MANY_BLOCKS}), analysed on request: cut to 100,000 with a note, not "unreadable"`, async () => {
    const { page, errors, tabId } = await open(hostile.origin + attack.manyBlocks);
    expect((await settle(tabId)).settled).toBe('too-large');
    const popup = await openPopup(env, tabId);
    await popup.waitForSelector('[data-state="too-large"]');
    await popup.click('button.button--primary');
    await popup.waitForSelector('[data-field="title"], [data-state="error"]', { timeout: 120_000 });
    expect(await popup.textContent('[data-field="title"]').catch(() => null)).toBe(ATTACK_TITLE);
    const { analysis } = await waitForAnalysis(env, tabId);
    expect((analysis.notes as string[]).join(' ')).toMatch(/cut to 100,000 paragraphs/);
    const summary = summarise(await probe(page));
    figures.push({ page: `${attack.manyBlocks} (on request)`, ...summary });
    expect(errors.extension).toEqual([]);
    await popup.close();
    await page.close();
  }, 180_000);

  it('attack 5: history.replaceState every 50 ms for 20 s: few full runs, analyses and storage writes', async () => {
    await countStorageCalls();
    const { page, errors, tabId } = await open(hostile.origin + attack.replaceState);
    await pageDoes(page, 'window.__stormOver === true', 40_000);
    await page.waitForTimeout(4000);
    const replaced = await mainWorld<number>(page, 'window.__replaced');
    const t = await probe(page);
    const calls = await storageCalls();
    const runs = t.measures.filter((m) => m.name === 'byline:send').length;
    figures.push({ page: attack.replaceState, replaced, fullRuns: runs, ...calls, ...summarise(t) });
    expect(replaced).toBeGreaterThan(300);
    // The instrument works: the first run was stored.
    expect(calls.sessionSet).toBeGreaterThan(0);
    // One budget for every trigger: at most 6 automatic runs a minute, so a 20-second storm gets a handful.
    expect(runs).toBeLessThanOrEqual(7);
    expect(calls.sessionSet).toBeLessThanOrEqual(8);
    expect(calls.sessionRemove).toBeLessThanOrEqual(8);
    // The article never changed: it goes into the history once.
    expect(calls.localSet).toBeLessThanOrEqual(2);
    // Still analysed and painted at the end.
    const status = await contentStatus(env, tabId);
    expect(status?.highlights?.painted ?? 0).toBeGreaterThan(0);
    expect(errors.extension).toEqual([]);
    await page.close();
  }, 90_000);

  it.each([['grow2mb'], ['grow8mb']])('attack 6: a page served small that adds one huge paragraph (%s): no step over 50 ms', async (which) => {
    let best = Infinity;
    for (let attempt = 0; attempt < 3 && best >= LONG_TASK_MS; attempt++) {
      const { page, errors, tabId } = await open(hostile.origin + attack[which]);
      const grown = await mainWorld<number>(page, 'window.__grown');
      expect(grown).toBeGreaterThan(1_900_000);
      // Too large for an article: what is actually in the page counts, not the bytes it was served in.
      expect((await settle(tabId)).settled).toBe('too-large');
      const summary = summarise(await probe(page));
      figures.push({ page: attack[which], attempt, ...summary });
      best = Math.min(best, longestStep(summary));
      expect(errors.extension).toEqual([]);
      await page.close();
    }
    expect(best).toBeLessThan(LONG_TASK_MS);
  });
});

describe('issue 18: stored data', () => {
  it('attack 7: one bad entry in the disabled sites keeps Byline off on 127.0.0.1, with a notice in popup and options', async () => {
    const defaults = await env.browser.worker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: any }).chrome;
      return (await c.storage.local.get('settings')).settings ?? null;
    });
    await setStoredSettings({ ...(defaults ?? { version: 2 }), disabledSites: ['127.0.0.1', 'bad site!'] });
    try {
      const { page, tabId } = await open(env.site.origin + '/altaynews/akim-elections.html');
      expect((await settle(tabId)).settled).toBe('site-disabled');
      const popup = await openPopup(env, tabId);
      const notice = await popup.waitForSelector('.notice', { timeout: 10_000 });
      expect(await notice.textContent()).toContain('bad site!');
      expect(await popup.waitForSelector('[data-state="site-disabled"]')).toBeTruthy();
      await popup.close();
      const options = await env.browser.context.newPage();
      await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
      expect(await (await options.waitForSelector('.notice')).textContent()).toContain('bad site!');
      await options.close();
      await page.close();
    } finally {
      await setStoredSettings(defaults);
    }
  });

  it('attack 9: history import accepts only http(s) records: javascript:, data: and chrome-extension: are dropped', async () => {
    const now = Date.now();
    const record = (url: string) => ({
      url, title: 'Canal contracts', site: 'example.org', publisher: null, published: null, language: 'en', analyzedAt: now,
      people: ['Mara Oldfield'], peopleKeys: ['oldfield'], sources: [], keywords: ['canal'],
    });
    const file = {
      version: 1,
      records: [
        record('https://example.org/canal'),
        record('javascript:alert(document.domain)'),
        record('data:text/html,<script>alert(1)</script>'),
        record(`chrome-extension://${env.browser.extensionId}/options.html`),
      ],
    };
    const options = await env.browser.context.newPage();
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    await options.waitForSelector('h1');
    await options.setInputFiles('input[type="file"]', { name: 'history.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await options.waitForFunction(() => /Imported/.test(document.body.innerText));
    expect(await options.evaluate(() => document.body.innerText)).toMatch(/Imported 1 articles/);
    const urls = await env.browser.worker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: any }).chrome;
      const all = await c.storage.local.get(null);
      return Object.entries(all)
        .filter(([key]) => key.startsWith('history:b:'))
        .flatMap(([, records]) => (records as { url: string }[]).map((r) => r.url));
    });
    expect(urls).toEqual(['https://example.org/canal']);
    await options.close();
  });
});
