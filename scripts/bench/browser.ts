/**
 * Browser benchmark: what Byline costs a reader in real Chromium with the built extension loaded.
 * Pages are served from 127.0.0.1 (the demo site plus a sample of saved real pages, copied to a temp
 * folder, .gz decompressed; every request off 127.0.0.1 is aborted, so nothing leaves the machine).
 *
 *   npm run bench                     # bench:extract, bench:analyze, then this
 *   npx tsx scripts/bench/browser.ts [dataset folder…] [--limit N] [--reps N] [--popup-opens N] [--no-build] [--no-record]
 *
 * Dataset folders are the Readability test suite (`<case>/source.html`) or WCXB (`html/*.html.gz`);
 * default: ../shared/datasets/readability, plus ../shared/datasets/wcxb-dev when present (WCXB is
 * where the non-article pages are). Figures, and how each is taken:
 * - content-script cost: the steps the content script times around size / detect / extract / anchor /
 *   paint (first pass of each; extraction slices summed), read from its own timeline over the extension's
 *   channel (`bg:status`). Non-article pages = pages where the content script stopped after detect;
 *   article pages = pages it extracted. Reported beside them (not in them): the script's start, from its
 *   first line to its main function (evaluating its modules), which every page pays.
 * - Readability: @mozilla/readability's Readability.js injected into the same page's main world after
 *   Byline has finished, `new Readability(document.cloneNode(true)).parse()` timed in the page (clone
 *   included, as Readability needs it). Cold = its first run, like the content script's single run.
 * - popup: `popup.html?tabId=N` opened in a tab; an init script's MutationObserver stamps
 *   `performance.now()` (ms since navigation start) when `[data-field="title"]` or `[data-state]` appears.
 * - bundle: gzip (zlib default level 6) of .output/chrome-mv3/content-scripts/content.js.
 * - memory: CDP `Performance.getMetrics` JSHeapUsedSize of the page's renderer (all JS worlds, the
 *   content script's included) after `HeapProfiler.collectGarbage`, with the extension minus a second
 *   Chromium without it, same pages; median of per-page differences.
 * - background analysis: the sum of `analysis.timings` the background stored for the tab.
 * - reference (reference-extension.ts): a minimal extension in a third Chromium, same pages, same machine,
 *   same run: its content script's time to read what a detector needs on the non-article pages, and its
 *   one-script page's time to show one stored value. Byline's figures are also given as ratios to these.
 * Prints a table, appends a row to scripts/bench/BENCHMARKS.md (compared with the previous row), and
 * ends with one JSON line.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromeBuildDir, chromiumPath, launchWithExtension, projectRoot, type ExtensionBrowser } from '../lib/chromium';
import { startStaticServer, type StaticServer } from '../lib/static-server';
import { defaultDataset, flagValue, median, printFigures, printTable, type Cell } from '../lib/report';
import { datasetFormat, loadPages, type EvalPage } from '../eval/pages';
import { REFERENCE_LOG_PREFIX, REFERENCE_PAGE, writeReferenceExtension } from './reference-extension';

/** Pages taken from each dataset (half labelled article, half not, where the labels allow). */
const DEFAULT_LIMIT = 16;
/** Warm Readability runs after the cold one, per page. */
const DEFAULT_REPS = 3;
/** Popup opens per tab. */
const DEFAULT_POPUP_OPENS = 5;
/** Demo-site pages, as a reader would meet them: two non-articles, four articles. */
const DEMO_PAGES = [
  'index.html',
  'search.html',
  'altaynews/akim-elections.html',
  'altaynews/second-story.html',
  'kaz/akim-sailauy.html',
  'tengrinews-en/bashimov-elections.html',
];
/**
 * The content-script steps, in pipeline order; their measures are `byline:<step>`. `size` (the bounded look
 * at the page's size) and `detect` are what a non-article page costs; `extract` may be spread over several
 * slices (tasks), which are summed.
 */
const STEPS = ['size', 'detect', 'extract', 'anchor', 'paint'] as const;
/** How long to wait for the content script to run at all, then for the analysis to come back and be painted. */
const DETECT_TIMEOUT_MS = 10_000;
const PAINT_TIMEOUT_MS = 20_000;
/** Time between detection and the first extraction slice, at most (one yielded task, even on a busy machine). */
const EXTRACT_GRACE_MS = 300;
/** Loading a saved page whose resources are all aborted is quick; some pages never fire `load`. */
const LOAD_TIMEOUT_MS = 20_000;
/** Selector of the popup's first real content (the article card's title, or a state panel). */
const POPUP_READY = '[data-field="title"], [data-state]';
/** Bars from issue 7. */
const BARS = { ratio: 1.0, ratioAim: 0.5, popupMs: 100, bundleGzipKb: 60 };
const RECORD_FILE = path.join(projectRoot, 'scripts', 'bench', 'BENCHMARKS.md');
const READABILITY_JS = path.join(projectRoot, 'node_modules', '@mozilla', 'readability', 'Readability.js');
const BUNDLE = path.join(chromeBuildDir, 'content-scripts', 'content.js');

interface BenchPage {
  /** Path under the temp web root. */
  file: string;
  source: string;
  /** The dataset's label, when it has one (demo pages: from the site README). */
  labelArticle: boolean | null;
}

interface PageRun {
  page: BenchPage;
  url: string;
  /** Did the content script extract (true) or stop after detect (false); null when it never ran. */
  extracted: boolean | null;
  steps: Partial<Record<(typeof STEPS)[number], number>>;
  pipelineMs: number | null;
  /** The content script's start: evaluating its modules, from its first line to its main function. */
  initMs: number | null;
  painted: boolean;
  readabilityColdMs: number | null;
  readabilityWarmMs: number | null;
  analysisMs: number | null;
  heapWithKb: number | null;
  heapWithoutKb: number | null;
  tabId: number | null;
}

function emptyRun(page: BenchPage, url: string): PageRun {
  return {
    page,
    url,
    extracted: null,
    steps: {},
    pipelineMs: null,
    initMs: null,
    painted: false,
    readabilityColdMs: null,
    readabilityWarmMs: null,
    analysisMs: null,
    heapWithKb: null,
    heapWithoutKb: null,
    tabId: null,
  };
}

/** Trial runs (--no-record) leave the record file alone. */
let recordRun = true;

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const valued = new Set(['--limit', '--reps', '--popup-opens']);
  const folders = argv.filter((a, i) => !a.startsWith('--') && !valued.has(argv[i - 1] ?? ''));
  const limit = Number(flagValue(argv, 'limit') ?? DEFAULT_LIMIT);
  const reps = Number(flagValue(argv, 'reps') ?? DEFAULT_REPS);
  const popupOpens = Number(flagValue(argv, 'popup-opens') ?? DEFAULT_POPUP_OPENS);
  recordRun = !argv.includes('--no-record');

  const datasets = resolveDatasets(folders);
  if (!argv.includes('--no-build')) build();
  const root = mkdtempSync(path.join(os.tmpdir(), 'byline-bench-'));
  const pages = stagePages(root, datasets, limit);
  const site = await startStaticServer(root);
  let ext: ExtensionBrowser | null = null;
  try {
    console.log(`serving ${pages.length} pages from ${root} at ${site.origin}`);
    ext = await launchWithExtension({ headless: true });
    await keepOffline(ext.context, site);
    const readabilitySource = readFileSync(READABILITY_JS, 'utf8');
    const runs: PageRun[] = [];
    for (const page of pages) {
      runs.push(await runWithExtension(ext, site, page, readabilitySource, reps));
      process.stdout.write('.');
    }
    process.stdout.write(` ${elapsed()}\n`);
    const popup = await measurePopup(ext, site, popupOpens);
    await ext.close();
    ext = null;
    console.log(`popup measured ${elapsed()}`);
    await measureWithoutExtension(site, runs);
    console.log(`baseline without the extension measured ${elapsed()}`);
    const reference = await measureReference(site, runs, popupOpens * DEMO_PAGES.length);
    console.log(`reference extension measured ${elapsed()}`);
    report(runs, popup, reference, datasets);
  } finally {
    await ext?.close();
    await site.close();
    rmSync(root, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- set-up

function resolveDatasets(folders: string[]): string[] {
  if (folders.length) {
    const dirs = folders.map((f) => path.resolve(f));
    const missing = dirs.find((d) => !existsSync(d));
    if (missing) {
      process.stderr.write(`error: dataset folder not found: ${missing}\n`);
      process.exit(2);
    }
    return dirs;
  }
  const dirs = [defaultDataset('readability'), defaultDataset('wcxb-dev')].filter((d) => existsSync(d));
  if (!dirs.length) console.log('(no dataset found under ../shared/datasets: demo site only)');
  return dirs;
}

/** The figures must be of the current source, so the extension is built first (skip with --no-build). */
function build(): void {
  console.log('building the extension (npx wxt build)…');
  execFileSync('npx', ['wxt', 'build'], { cwd: projectRoot, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Copies the demo site and a sample of each dataset into the web root; WCXB pages are gunzipped by loadPages. */
function stagePages(root: string, datasets: string[], limit: number): BenchPage[] {
  const siteDir = path.join(projectRoot, 'tests', 'fixtures', 'site');
  cpSync(siteDir, path.join(root, 'site'), { recursive: true });
  const pages: BenchPage[] = DEMO_PAGES.map((p) => ({
    file: `site/${p}`,
    source: 'demo',
    labelArticle: !['index.html', 'search.html'].includes(p),
  }));
  for (const dir of datasets) {
    const name = path.basename(dir);
    mkdirSync(path.join(root, name), { recursive: true });
    for (const p of sample(loadPages(dir), limit)) {
      const file = `${name}/${p.id}.html`;
      writeFileSync(path.join(root, file), p.html);
      pages.push({ file, source: `${name} (${datasetFormat(dir)})`, labelArticle: p.isArticle });
    }
  }
  return pages;
}

/** Up to `limit` pages: half labelled non-article (where there are any), the rest articles, evenly spread. */
function sample(all: EvalPage[], limit: number): EvalPage[] {
  const non = all.filter((p) => !p.isArticle);
  const art = all.filter((p) => p.isArticle);
  const nonCount = Math.min(non.length, Math.floor(limit / 2));
  return [...spread(non, nonCount), ...spread(art, limit - nonCount)];
}

function spread<T>(items: T[], n: number): T[] {
  if (n >= items.length) return items;
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]!);
}

/** Saved pages point at CDNs and trackers: abort everything not on our server, quickly and alike in both runs. */
async function keepOffline(context: BrowserContext, site: StaticServer): Promise<void> {
  await context.route(
    (url) => url.origin !== site.origin && /^https?:$/.test(url.protocol),
    (route) => route.abort(),
  );
}

// ---------------------------------------------------------------- with the extension

async function runWithExtension(ext: ExtensionBrowser, site: StaticServer, page: BenchPage, readabilitySource: string, reps: number): Promise<PageRun> {
  const url = `${site.origin}/${page.file}`;
  const tab = await ext.context.newPage();
  const run = emptyRun(page, url);
  try {
    await tab.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS }).catch(() => undefined);
    run.tabId = await activeTabId(ext, tab);
    if (run.tabId !== null) await waitForContentScript(ext, run.tabId, run);
    if (run.extracted && run.tabId !== null) run.analysisMs = await storedAnalysisMs(ext, run.tabId);
    run.heapWithKb = await heapUsedKb(ext.context, tab);
    const readability = await timeReadability(tab, readabilitySource, reps);
    run.readabilityColdMs = readability?.cold ?? null;
    run.readabilityWarmMs = readability ? median(readability.warm) : null;
  } catch (error) {
    console.log(`\n${page.file}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await tab.close();
  }
  return run;
}

/** Polls the content script's own timeline (over the extension's channel) until it has detected, and on articles painted. */
async function waitForContentScript(ext: ExtensionBrowser, tabId: number, run: PageRun): Promise<void> {
  const read = async () => {
    const timings = await ext.worker.evaluate(async (id) => {
      const c = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
      try {
        const status = (await c.tabs.sendMessage(id, { type: 'bg:status' }, { frameId: 0 })) as { timings?: { name: string; kind: string; start: number; duration: number }[] } | undefined;
        return status?.timings ?? [];
      } catch {
        return [];
      }
    }, tabId);
    return timings.filter((t) => t.kind === 'step');
  };
  const started = Date.now();
  let measures = await read();
  while (!measures.some((m) => m.name === 'detect') && Date.now() - started < DETECT_TIMEOUT_MS) {
    await sleep(50);
    measures = await read();
  }
  if (!measures.some((m) => m.name === 'detect')) return;
  // Extraction starts one task after detection: give it a moment before calling the page a non-article.
  await sleep(EXTRACT_GRACE_MS);
  measures = await read();
  run.extracted = measures.some((m) => m.name === 'extract');
  if (run.extracted) {
    while (!measures.some((m) => m.name === 'paint') && Date.now() - started < PAINT_TIMEOUT_MS) {
      await sleep(50);
      measures = await read();
    }
  }
  run.painted = measures.some((m) => m.name === 'paint');
  const firstAnchor = measures.find((m) => m.name === 'anchor')?.start ?? Infinity;
  for (const step of STEPS) {
    const first = measures.find((m) => m.name === step);
    if (!first) continue;
    // The first run's slices of extraction (before its anchoring), not later re-extractions.
    run.steps[step] = step === 'extract' ? measures.filter((m) => m.name === step && m.start < firstAnchor).reduce((a, m) => a + m.duration, 0) : first.duration;
  }
  run.pipelineMs = Object.values(run.steps).reduce((a, b) => a + b, 0);
  run.initMs = measures.find((m) => m.name === 'init')?.duration ?? null;
}

/** The id of the tab showing `tab` (brought to the front first; no `tabs` permission needed for ids). */
async function activeTabId(ext: ExtensionBrowser, tab: Page): Promise<number | null> {
  await tab.bringToFront();
  return ext.worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
    const [active] = await c.tabs.query({ active: true, lastFocusedWindow: true });
    return active?.id ?? null;
  });
}

/** Sum of the stage timings the background stored with the tab's analysis (null when none was stored). */
async function storedAnalysisMs(ext: ExtensionBrowser, tabId: number): Promise<number | null> {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    const timings = await ext.worker.evaluate(async (id) => {
      const c = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
      const key = `tab:${id}`;
      const state = (await c.storage.session.get(key))[key] as { status?: string; analysis?: { timings?: Record<string, number> } } | undefined;
      return state?.status === 'analyzed' ? (state.analysis?.timings ?? null) : null;
    }, tabId);
    if (timings) return Object.values(timings).reduce((a, b) => a + b, 0);
    await sleep(100);
  }
  return null;
}

/** JS heap in use by the page's renderer after a full GC, in kB. */
async function heapUsedKb(context: BrowserContext, tab: Page): Promise<number | null> {
  const cdp = await context.newCDPSession(tab);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
    return used === undefined ? null : used / 1024;
  } catch {
    return null;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * Readability's parse in the page itself: the script is added to the main world (as a script tag; a
 * page whose CSP refuses inline scripts gets it through the debugger instead, which CSP does not see).
 */
async function timeReadability(tab: Page, source: string, reps: number): Promise<{ cold: number; warm: number[] } | null> {
  const install = `${source}\n;window.__bylineBenchReadability = Readability;`;
  await tab.addScriptTag({ content: install }).catch(() => undefined);
  const loaded = () => tab.evaluate(() => typeof (window as unknown as Record<string, unknown>).__bylineBenchReadability === 'function');
  if (!(await loaded())) await tab.evaluate(install).catch(() => undefined);
  if (!(await loaded())) return null;
  // A string, not a function: tsx would wrap named inner functions in a helper the page does not have.
  return tab.evaluate(`(() => {
    const R = window.__bylineBenchReadability;
    const times = [];
    for (let i = 0; i <= ${reps}; i++) {
      const t0 = performance.now();
      try { new R(document.cloneNode(true)).parse(); } catch (e) { /* a page Readability cannot parse still cost what it cost */ }
      times.push(performance.now() - t0);
    }
    return { cold: times[0], warm: times.slice(1) };
  })()`);
}

/** Popup time to first render on each demo page's tab (articles and the front page), `opens` times each. */
async function measurePopup(ext: ExtensionBrowser, site: StaticServer, opens: number): Promise<{ article: number[]; other: number[] }> {
  const out = { article: [] as number[], other: [] as number[] };
  for (const file of DEMO_PAGES) {
    const tab = await ext.context.newPage();
    try {
      await tab.goto(`${site.origin}/site/${file}`, { waitUntil: 'load' });
      const probe = emptyRun({ file, source: 'demo', labelArticle: null }, '');
      const tabId = await activeTabId(ext, tab);
      if (tabId === null) continue;
      await waitForContentScript(ext, tabId, probe);
      for (let i = 0; i < opens; i++) {
        const ms = await popupFirstRender(ext, `chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
        if (ms !== null) (probe.extracted ? out.article : out.other).push(ms);
      }
    } finally {
      await tab.close();
    }
  }
  return out;
}

/** The popup's DOMContentLoaded times (ms since navigation start): how much of first render is loading the page itself. */
const popupDcl: number[] = [];

async function popupFirstRender(ext: ExtensionBrowser, url: string, dcl: number[] = popupDcl): Promise<number | null> {
  const popup = await ext.context.newPage();
  try {
    await popup.setViewportSize({ width: 400, height: 700 });
    // A string for the same reason as in timeReadability.
    await popup.addInitScript(`(() => {
      const observer = new MutationObserver(() => {
        if (window.__bylineFirstRender === undefined && document.querySelector(${JSON.stringify(POPUP_READY)})) {
          window.__bylineFirstRender = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true, attributes: true });
    })()`);
    await popup.goto(url);
    await popup.waitForSelector(POPUP_READY, { timeout: 10_000 });
    const timing = (await popup.evaluate(`({
      render: window.__bylineFirstRender ?? null,
      dcl: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? null,
    })`)) as { render: number | null; dcl: number | null };
    if (timing.dcl !== null) dcl.push(timing.dcl);
    return timing.render;
  } catch {
    return null;
  } finally {
    await popup.close();
  }
}

// ---------------------------------------------------------------- without the extension

/** The same pages in a Chromium without Byline, same flags and offline routing: the heap baseline. */
async function measureWithoutExtension(site: StaticServer, runs: PageRun[]): Promise<void> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-gpu'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    await keepOffline(context, site);
    for (const run of runs) {
      const tab = await context.newPage();
      try {
        await tab.goto(run.url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS }).catch(() => undefined);
        // About as long as the extension run spent before its heap reading.
        await sleep(run.extracted ? 1_000 : 300);
        run.heapWithoutKb = await heapUsedKb(context, tab);
      } finally {
        await tab.close();
      }
    }
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------- the reference extension

interface Reference {
  /** The reference content script's time on each non-article page, ms. */
  content: number[];
  /** The reference page's time to first render, ms. */
  popup: number[];
}

/** The minimal extension (reference-extension.ts) on the pages Byline called non-articles, then its page `opens` times. */
async function measureReference(site: StaticServer, runs: PageRun[], opens: number): Promise<Reference> {
  const out: Reference = { content: [], popup: [] };
  const ext = await launchWithExtension({ headless: true, extensionDir: writeReferenceExtension() });
  try {
    await keepOffline(ext.context, site);
    for (const run of runs.filter((r) => r.extracted === false)) {
      const tab = await ext.context.newPage();
      try {
        const logged = new Promise<number>((resolve) => {
          tab.on('console', (message) => {
            const [prefix, ms] = message.text().split(' ');
            if (prefix === REFERENCE_LOG_PREFIX) resolve(Number(ms));
          });
        });
        await tab.goto(run.url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS }).catch(() => undefined);
        const ms = await Promise.race([logged, sleep(DETECT_TIMEOUT_MS).then(() => null)]);
        if (ms !== null && Number.isFinite(ms)) out.content.push(ms);
      } finally {
        await tab.close();
      }
    }
    const dcl: number[] = [];
    for (let i = 0; i < opens; i++) {
      const ms = await popupFirstRender(ext, `chrome-extension://${ext.extensionId}/${REFERENCE_PAGE}?tabId=${i}`, dcl);
      if (ms !== null) out.popup.push(ms);
    }
  } finally {
    await ext.close();
  }
  return out;
}

// ---------------------------------------------------------------- report

interface Figures {
  pages: number;
  articlePages: number;
  nonArticlePages: number;
  nonArticleMs: number;
  nonArticleP90Ms: number;
  initNonArticleMs: number;
  initArticleMs: number;
  pipelineMs: number;
  stepsMs: Record<string, number>;
  readabilityColdMs: number;
  readabilityWarmMs: number;
  ratio: number;
  medianPerPageRatio: number;
  popupMs: number;
  popupArticleMs: number;
  popupOtherMs: number;
  popupDomContentLoadedMs: number;
  bundleGzipKb: number;
  bundleRawKb: number;
  heapAddedArticleKb: number;
  heapAddedNonArticleKb: number;
  analysisMs: number;
  unpainted: number;
  referenceContentMs: number;
  nonArticleVsReference: number;
  referencePopupMs: number;
  popupVsReference: number;
}

function report(runs: PageRun[], popup: { article: number[]; other: number[] }, reference: Reference, datasets: string[]): void {
  const articles = runs.filter((r) => r.extracted === true);
  const others = runs.filter((r) => r.extracted === false);
  const paired = articles.filter((r) => r.painted && r.pipelineMs !== null && r.readabilityColdMs !== null);
  const bundle = readFileSync(BUNDLE);
  const heapDiff = (list: PageRun[]) =>
    median(list.filter((r) => r.heapWithKb !== null && r.heapWithoutKb !== null).map((r) => r.heapWithKb! - r.heapWithoutKb!));
  const nums = (list: (number | null)[]) => list.filter((x): x is number => x !== null);
  const nonArticleTimes = nums(others.map((r) => r.pipelineMs));
  const popupTimes = [...popup.article, ...popup.other];
  const initNonArticle = nums(others.map((r) => r.initMs));
  const initArticle = nums(articles.map((r) => r.initMs));

  const f: Figures = {
    pages: runs.length,
    articlePages: articles.length,
    nonArticlePages: others.length,
    nonArticleMs: round(median(nonArticleTimes)),
    nonArticleP90Ms: round(quantile(nonArticleTimes, 0.9)),
    initNonArticleMs: round(median(initNonArticle)),
    initArticleMs: round(median(initArticle)),
    pipelineMs: round(median(paired.map((r) => r.pipelineMs!))),
    stepsMs: Object.fromEntries(STEPS.map((s) => [s, round(median(nums(paired.map((r) => r.steps[s] ?? null))))])),
    readabilityColdMs: round(median(paired.map((r) => r.readabilityColdMs!))),
    readabilityWarmMs: round(median(nums(paired.map((r) => r.readabilityWarmMs)))),
    ratio: round(median(paired.map((r) => r.pipelineMs!)) / median(paired.map((r) => r.readabilityColdMs!))),
    medianPerPageRatio: round(median(paired.map((r) => r.pipelineMs! / r.readabilityColdMs!))),
    popupMs: round(median(popupTimes)),
    popupArticleMs: round(median(popup.article)),
    popupOtherMs: round(median(popup.other)),
    popupDomContentLoadedMs: round(median(popupDcl)),
    bundleGzipKb: round(gzipSync(bundle).length / 1000),
    bundleRawKb: round(bundle.length / 1000),
    heapAddedArticleKb: round(heapDiff(articles)),
    heapAddedNonArticleKb: round(heapDiff(others)),
    analysisMs: round(median(nums(articles.map((r) => r.analysisMs)))),
    unpainted: articles.length - articles.filter((r) => r.painted).length,
    referenceContentMs: round(median(reference.content)),
    nonArticleVsReference: round(median(nonArticleTimes) / median(reference.content)),
    referencePopupMs: round(median(reference.popup)),
    popupVsReference: round(median(popupTimes) / median(reference.popup)),
  };

  console.log(`\n${runs.length} pages (${articles.length} extracted, ${others.length} stopped after detect, ${runs.length - articles.length - others.length} never ran); datasets: demo site${datasets.map((d) => ', ' + path.basename(d)).join('')}`);
  console.log(`Chromium ${chromiumPath()}, headless; ${os.cpus()[0]?.model ?? '?'} × ${os.cpus().length}, Node ${process.version}, load average ${startLoad.toFixed(1)} at start\n`);
  const bar = (ok: boolean) => (ok ? 'ok' : 'OVER');
  printTable(
    ['measure', 'median', 'n', 'bar'],
    [
      ['content script, non-article pages (detect) ms', f.nonArticleMs, others.length, null],
      ['  same, 90th percentile ms', f.nonArticleP90Ms, others.length, null],
      ['  before it: the script’s start (evaluating its modules) ms', f.initNonArticleMs, initNonArticle.length, null],
      ['  reference content script (reads what detection needs, no library) ms', f.referenceContentMs, reference.content.length, null],
      ['  ratio Byline / reference', f.nonArticleVsReference, others.length, null],
      ['content script, article pages (detect+extract+anchor+paint) ms', f.pipelineMs, paired.length, null],
      ...STEPS.map((s): Cell[] => [`  ${s} ms`, f.stepsMs[s], paired.length, null]),
      ['  before it: the script’s start ms', f.initArticleMs, initArticle.length, null],
      ['Readability clone+parse in the same page, first run ms', f.readabilityColdMs, paired.length, null],
      ['  same, warm runs ms', f.readabilityWarmMs, paired.length, null],
      ['ratio Byline pipeline / Readability (of medians)', f.ratio, paired.length, `≤ ${BARS.ratio} (aim ${BARS.ratioAim}): ${bar(f.ratio <= BARS.ratio)}`],
      ['  median per-page ratio', f.medianPerPageRatio, paired.length, null],
      ['popup time to first render ms', f.popupMs, popupTimes.length, `≤ ${BARS.popupMs}: ${bar(f.popupMs <= BARS.popupMs)}`],
      ['  article tabs ms', f.popupArticleMs, popup.article.length, null],
      ['  non-article tabs ms', f.popupOtherMs, popup.other.length, null],
      ['  of which loading the popup page (DOMContentLoaded) ms', f.popupDomContentLoadedMs, popupDcl.length, null],
      ['  reference page (one script, one stored value) ms', f.referencePopupMs, reference.popup.length, null],
      ['  ratio Byline / reference', f.popupVsReference, popupTimes.length, null],
      ['content.js gzip kB', f.bundleGzipKb, 1, `≤ ${BARS.bundleGzipKb}: ${bar(f.bundleGzipKb <= BARS.bundleGzipKb)}`],
      ['  raw kB', f.bundleRawKb, 1, null],
      ['JS heap added to the page, article pages kB', f.heapAddedArticleKb, articles.length, null],
      ['JS heap added to the page, non-article pages kB', f.heapAddedNonArticleKb, others.length, null],
      ['background analysis per article (analysis.timings) ms', f.analysisMs, nums(articles.map((r) => r.analysisMs)).length, null],
      ['article pages never painted (no byline:paint)', f.unpainted, articles.length, null],
    ],
  );
  console.log('\nper page (ms): pipeline / Readability first run / background analysis / heap added kB');
  printTable(
    ['page', 'byline', 'pipeline', 'readability', 'analysis', 'heap+'],
    runs.map((r) => [
      r.page.file,
      r.extracted === null ? 'no run' : r.extracted ? (r.painted ? 'article' : 'unpainted') : 'not article',
      r.pipelineMs === null ? null : round(r.pipelineMs),
      r.readabilityColdMs === null ? null : round(r.readabilityColdMs),
      r.analysisMs === null ? null : round(r.analysisMs),
      r.heapWithKb !== null && r.heapWithoutKb !== null ? Math.round(r.heapWithKb - r.heapWithoutKb) : null,
    ]),
  );
  if (recordRun) record(f);
  printFigures(f as unknown as Record<string, unknown>);
}

// ---------------------------------------------------------------- the record file

/** Columns of the record table: header, and how to read the figure from a run. */
const COLUMNS: [string, (f: Figures) => number][] = [
  ['pages', (f) => f.pages],
  ['non-article ms', (f) => f.nonArticleMs],
  ['pipeline ms', (f) => f.pipelineMs],
  ['Readability ms', (f) => f.readabilityColdMs],
  ['ratio', (f) => f.ratio],
  ['popup ms', (f) => f.popupMs],
  ['content.js gzip kB', (f) => f.bundleGzipKb],
  ['heap+ article kB', (f) => f.heapAddedArticleKb],
  ['heap+ non-article kB', (f) => f.heapAddedNonArticleKb],
  ['analysis ms', (f) => f.analysisMs],
  ['script start ms', (f) => f.initNonArticleMs],
  ['reference content ms', (f) => f.referenceContentMs],
  ['reference popup ms', (f) => f.referencePopupMs],
];
/** `load` is the 1-minute load average when the run started: timings on a busy machine are not comparable. */
const FIXED_COLUMNS = ['date', 'machine', 'cores', 'node', 'load'];

/** Appends this run to the record (creating it with its header) and prints the change from the last row. */
function record(f: Figures): void {
  const header = [...FIXED_COLUMNS, ...COLUMNS.map(([name]) => name)];
  if (!existsSync(RECORD_FILE)) {
    writeFileSync(
      RECORD_FILE,
      '# Browser benchmark record\n\n' +
        'One row per `npx tsx scripts/bench/browser.ts` run (appended by the script; see its header for how each figure is taken).\n' +
        'Bars: ratio ≤ 1.0 (aim 0.5), popup ≤ 100 ms, content.js ≤ 60 kB gzip.\n\n' +
        `| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|\n`,
    );
  }
  const previous = lastRow(readFileSync(RECORD_FILE, 'utf8'), header);
  const cpu = os.cpus()[0]?.model.replace(/\|/g, '/').trim() ?? '?';
  const row = [new Date().toISOString().slice(0, 16).replace('T', ' '), cpu, String(os.cpus().length), process.version, startLoad.toFixed(1), ...COLUMNS.map(([, get]) => String(get(f)))];
  appendFileSync(RECORD_FILE, `| ${row.join(' | ')} |\n`);
  console.log(`\nrecorded in ${path.relative(projectRoot, RECORD_FILE)}`);
  if (!previous) return;
  console.log(`compared with the previous row (${previous.date}, ${previous.machine}):`);
  printTable(
    ['figure', 'previous', 'now', 'change'],
    COLUMNS.map(([name, get]) => {
      const before = Number(previous[name]);
      const now = get(f);
      return [name, Number.isFinite(before) ? before : null, now, Number.isFinite(before) && before !== 0 ? `${(((now - before) / before) * 100).toFixed(0)}%` : null];
    }),
  );
}

function lastRow(markdown: string, header: string[]): Record<string, string> | null {
  const rows = markdown.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| date'));
  const last = rows.at(-1);
  if (!last) return null;
  const cells = last.slice(2, -2).split(' | ');
  return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
}

// ---------------------------------------------------------------- small helpers

function quantile(values: number[], q: number): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

const startedAt = Date.now();
const startLoad = os.loadavg()[0] ?? 0;
function elapsed(): string {
  return `(${((Date.now() - startedAt) / 1000).toFixed(0)} s)`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

main().catch((error: unknown) => {
  process.stderr.write(`error: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
