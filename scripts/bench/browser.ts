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
 * - content-script cost: the steps the probe and the content script time (probe start `init`, gate, size, the
 *   page's serialisation and its sending; the content script's start `load`, reading the background's answer,
 *   resolving block paths, anchor, paint; first pass of each, size slices summed), read from their shared timeline
 *   as the popup reads them (lib/extension/page-status.ts: `scripting.executeScript` in the probe's world, `bg:status`
 *   to the content script where it runs). Detection, extraction and analysis run in the background (README, "Two
 *   stages"), off the page's thread: they are not page cost and are not in these figures.
 *   Non-article pages = pages where nothing was extracted: their cost is every step on the page, start
 *   included (the probe's; pages past the gate that the background found no article pay serialise + send too).
 *   Article pages = pages extracted: the pipeline is every page-thread step of it (scripts/bench/pipeline-steps.ts:
 *   gate + size + serialise + send + receive + resolve + anchor + paint). Printed beside it, the same with the
 *   content script's start (`load`), which that sum leaves out.
 * - long tasks: a main-world PerformanceObserver (`longtask`, buffered) on every page; a long task counts
 *   against Byline when one of Byline's steps lies inside it.
 * - Readability: @mozilla/readability's Readability.js injected into the same page's main world after
 *   Byline has finished, `new Readability(document.cloneNode(true)).parse()` timed in the page (clone
 *   included, as Readability needs it). Cold = its first run, like the content script's single run.
 * - popup: `popup.html?tabId=N` opened in a tab; an init script's MutationObserver stamps
 *   `performance.now()` (ms since navigation start) when the first paint (`[data-first-paint]`), `[data-field="title"]`
 *   or `[data-state]` appears. Byline's popup and the reference's page are opened in turn in one Chromium with both
 *   extensions loaded (which goes first alternates, a short pause before each open): both share the machine's
 *   load of the moment, and neither figure carries one browser instance's luck (in separate browsers the two
 *   pages' domInteractive alone differed by 5–15 ms either way from run to run).
 * - popup breakdown (navigation timing): loading the page (to domInteractive), its scripts (fetch and
 *   evaluation of the module scripts: domInteractive to DOMContentLoaded), then to first render.
 * - bundles: gzip (zlib default level 6) of .output/chrome-mv3/probe.js and full.js (the content script).
 * - memory: CDP `Performance.getMetrics` JSHeapUsedSize of the page's renderer (all JS worlds, the
 *   content script's included) after `HeapProfiler.collectGarbage`, with the extension minus a second
 *   Chromium without it, same pages; median of per-page differences. On non-article pages Byline's reading is
 *   taken in a second load of the page that nothing polls, as the reference's and the baseline's are (the status
 *   polling of the timed load costs the isolated world ~70 kB of message handling; that reading is printed too).
 * - background analysis: the sum of `analysis.timings` the background stored for the tab.
 * - reference (reference-extension.ts): a minimal extension in a third Chromium, same pages, same machine,
 *   same run: its content script's time to read what a detector needs on the non-article pages and the heap it
 *   adds there; its one-script page's time to show one stored value is taken in the popup's browser (above). Byline's figures are given as
 *   ratios to these (medians over the same pages; each figure states its sample count and p25–p75 spread).
 * Prints a table, appends a row to BENCHMARKS.md at the repository root (compared with the previous row),
 * and ends with one JSON line.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromeBuildDir, chromiumPath, launchWithExtension, projectRoot, unpackedExtensionId, type ExtensionBrowser } from '../lib/chromium';
import { startStaticServer, type StaticServer } from '../lib/static-server';
import { defaultDataset, flagValue, median, printFigures, printTable, quantile, type Cell } from '../lib/report';
import { datasetFormat, loadPages, type EvalPage } from '../eval/pages';
import { askPageStatusSource } from '../../lib/extension/page-status';
import { REFERENCE_LOG_PREFIX, REFERENCE_PAGE, writeReferenceExtension } from './reference-extension';
import { READABILITY_JS, timeReadability } from './readability-time';
import { EXTRA_STEPS, firstRunSteps, STEPS } from './pipeline-steps';

/** Article pages taken from each dataset (at most half of it where it also has non-articles). */
const DEFAULT_LIMIT = 16;
/** Non-article pages taken from a dataset that labels them: with the demo's two, ≥ 15 page loads per figure. */
const NON_ARTICLE_LIMIT = 16;
/** Warm Readability runs after the cold one, per page. */
const DEFAULT_REPS = 3;
/** Popup opens per demo tab, and as many of the reference's page: 48 of each. */
const DEFAULT_POPUP_OPENS = 8;
/** Before each popup open: the previous popup's last messages settle, for Byline's and the reference's alike. */
const POPUP_SETTLE_MS = 150;
/** Demo-site pages, as a reader would meet them: two non-articles, four articles. */
const DEMO_PAGES = [
  'index.html',
  'search.html',
  'altaynews/akim-elections.html',
  'altaynews/second-story.html',
  'kaz/akim-sailauy.html',
  'tengrinews-en/bashimov-elections.html',
];
/** How long to wait for the content script to run at all, then for the analysis to come back and be painted. */
const DETECT_TIMEOUT_MS = 10_000;
const PAINT_TIMEOUT_MS = 20_000;
/** One page's whole run with the extension, at most. */
const PAGE_TIMEOUT_MS = 60_000;
/** One read of Byline's state in a page, at most. */
const READ_TIMEOUT_MS = 3_000;
/** Loading a saved page whose resources are all aborted is quick; some pages never fire `load`. */
const LOAD_TIMEOUT_MS = 20_000;
/** Selector of the full popup's first real content (the article card's title, or a state panel). */
const POPUP_READY = '[data-field="title"], [data-state]';
/** The first render: the popup's plain-DOM paint of the stored result (main.ts), or the full popup's if first. */
const POPUP_FIRST = `[data-first-paint], ${POPUP_READY}`;
/** Bars from issue 19: ratios to the reference extension (or Readability) in the same run, bundle sizes. */
const BARS = { nonArticleVsReference: 1.2, heapVsReference: 1.5, popupVsReference: 1.2, pipelineVsReadability: 0.6, probeGzipKb: 8, contentGzipKb: 35, longTasksOver50: 0 };
const RECORD_FILE = path.join(projectRoot, 'BENCHMARKS.md');
/** The content script (entrypoints/full, an unlisted script the background injects). */
const BUNDLE = path.join(chromeBuildDir, 'full.js');
const PROBE_BUNDLE = path.join(chromeBuildDir, 'probe.js');
/** The hover card's script, injected the first time the reader points at a painted page (entrypoints/hover-card). */
const CARD_BUNDLE = path.join(chromeBuildDir, 'hover-card.js');
/** Main-world observer of long tasks, installed before any page script runs. A string: see timeReadability (readability-time.ts). */
const LONG_TASK_OBSERVER = `(() => {
  const tasks = [];
  Object.defineProperty(window, '__bylineBenchLongTasks', { value: tasks });
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch (e) { /* no longtask support: nothing counted */ }
})()`;

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
  /** Every step Byline ran on the page (starts included): what a non-article page pays in all. */
  totalMs: number | null;
  /** The probe's start: evaluating its modules, from its first line to its main function. */
  initMs: number | null;
  /** The content script's start, on pages it was injected into. */
  loadMs: number | null;
  /**
   * The pipeline with what `pipelineMs` leaves out: the start of the script injected for it (the content script's
   * `load`). Null when not extracted.
   */
  pipelineAllMs: number | null;
  /** What pipelineAllMs adds, each (first run; 0 when the step did not run). */
  extraSteps: Record<(typeof EXTRA_STEPS)[number], number>;
  /** Long tasks (≥ 50 ms) that hold one of Byline's steps. */
  longTasks: number;
  referenceHeapKb: number | null;
  /** The reference content script's reading time on this page (non-article pages only). */
  referenceMs: number | null;
  /** Every step's duration by name, summed (what `totalMs` adds up): where a non-article page's time goes. */
  stepTotals: Record<string, number>;
  painted: boolean;
  readabilityColdMs: number | null;
  readabilityWarmMs: number | null;
  analysisMs: number | null;
  heapWithKb: number | null;
  /**
   * Non-article pages: the heap in a second load of the page that nobody asks Byline anything (no status polling,
   * which costs the isolated world message handling the reference is never asked for), read as the others are.
   */
  heapUnpolledKb: number | null;
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
    pipelineAllMs: null,
    extraSteps: { load: 0 },
    totalMs: null,
    initMs: null,
    loadMs: null,
    longTasks: 0,
    referenceHeapKb: null,
    referenceMs: null,
    stepTotals: {},
    painted: false,
    readabilityColdMs: null,
    readabilityWarmMs: null,
    analysisMs: null,
    heapWithKb: null,
    heapUnpolledKb: null,
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
    await ext.context.addInitScript(LONG_TASK_OBSERVER);
    const readabilitySource = readFileSync(READABILITY_JS, 'utf8');
    const runs: PageRun[] = [];
    for (const page of pages) {
      // A page that never settles is reported as undecided rather than stalling the run.
      runs.push((await withTimeout(PAGE_TIMEOUT_MS, runWithExtension(ext, site, page, readabilitySource, reps))) ?? emptyRun(page, `${site.origin}/${page.file}`));
      process.stdout.write('.');
    }
    process.stdout.write(` ${elapsed()}\n`);
    await ext.close();
    ext = null;
    const popup = await measurePopup(site, popupOpens);
    console.log(`popup measured ${elapsed()}`);
    await measureWithoutExtension(site, runs);
    console.log(`baseline without the extension measured ${elapsed()}`);
    const reference = await measureReference(site, runs);
    console.log(`reference extension measured ${elapsed()}`);
    report(runs, popup.byline, { ...reference, ...popup.reference }, datasets);
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

/** Up to NON_ARTICLE_LIMIT pages labelled non-article (where there are any) and `limit` less half as many articles, evenly spread. */
function sample(all: EvalPage[], limit: number): EvalPage[] {
  const non = all.filter((p) => !p.isArticle);
  const art = all.filter((p) => p.isArticle);
  const nonCount = Math.min(non.length, NON_ARTICLE_LIMIT);
  return [...spread(non, nonCount), ...spread(art, limit - Math.min(non.length, Math.floor(limit / 2)))];
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
    if (run.tabId !== null) await waitForContentScript(ext, run.tabId, run, tab);
    if (run.extracted && run.tabId !== null) run.analysisMs = await storedAnalysisMs(ext, run.tabId);
    // As long after its decision as the reference extension's reading and the run without extensions.
    if (run.extracted === false) await sleep(300);
    run.heapWithKb = await heapUsedKb(ext.context, tab);
    const readability = await timeReadability(tab, readabilitySource, reps);
    run.readabilityColdMs = readability?.cold ?? null;
    run.readabilityWarmMs = readability ? median(readability.warm) : null;
  } catch (error) {
    console.log(`\n${page.file}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await tab.close();
  }
  if (run.extracted === false) run.heapUnpolledKb = await heapAfterLoadKb(ext.context, url, 300);
  return run;
}

/** The page loaded in a new tab and left alone for `settleMs`, then its heap (null when it cannot be read). */
async function heapAfterLoadKb(context: BrowserContext, url: string, settleMs: number): Promise<number | null> {
  const tab = await context.newPage();
  try {
    await tab.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS }).catch(() => undefined);
    await sleep(settleMs);
    return await heapUsedKb(context, tab);
  } catch {
    return null;
  } finally {
    await tab.close();
  }
}

/**
 * Polls Byline's state in the page (over the extension's channel) until the probe, or the content script it
 * handed the page to, has decided; on articles until the analysis is painted.
 */
async function waitForContentScript(ext: ExtensionBrowser, tabId: number, run: PageRun, tab?: Page): Promise<void> {
  const read = async () => {
    // Bounded: a page that navigates itself away mid-run once left this call unanswered, and the whole bench with it.
    const status = (await withTimeout(READ_TIMEOUT_MS, ext.worker.evaluate(askPageStatusSource(tabId)))) as
      | { idle?: string | null; timings?: { name: string; kind: string; start: number; duration: number }[] }
      | null
      | undefined;
    return { idle: status ? (status.idle ?? null) : 'pending', measures: (status?.timings ?? []).filter((t) => t.kind === 'step') };
  };
  const started = Date.now();
  let { idle, measures } = await read();
  while (idle === 'pending' && Date.now() - started < DETECT_TIMEOUT_MS) {
    await sleep(50);
    ({ idle, measures } = await read());
  }
  // Decided: by the gate (clear non-articles) or by detection.
  if (idle === 'pending' || !measures.some((m) => m.name === 'detect' || m.name === 'gate')) return;
  run.extracted = idle === null;
  if (run.extracted) {
    while (!measures.some((m) => m.name === 'paint') && Date.now() - started < PAINT_TIMEOUT_MS) {
      await sleep(50);
      ({ measures } = await read());
    }
  }
  run.painted = measures.some((m) => m.name === 'paint');
  run.steps = firstRunSteps(measures);
  run.pipelineMs = Object.values(run.steps).reduce((a, b) => a + b, 0);
  run.initMs = measures.find((m) => m.name === 'init')?.duration ?? null;
  run.loadMs = measures.find((m) => m.name === 'load')?.duration ?? null;
  for (const step of EXTRA_STEPS) run.extraSteps[step] = measures.find((m) => m.name === step)?.duration ?? 0;
  run.pipelineAllMs = run.pipelineMs + EXTRA_STEPS.reduce((a, step) => a + run.extraSteps[step], 0);
  run.totalMs = measures.reduce((a, m) => a + m.duration, 0);
  for (const m of measures) run.stepTotals[m.name] = (run.stepTotals[m.name] ?? 0) + m.duration;
  if (tab) run.longTasks = await longTasksHolding(tab, measures);
}

/** Long tasks the page's observer saw that hold one of Byline's steps (all tasks of one thread: a step lies inside one). */
async function longTasksHolding(tab: Page, steps: { start: number; duration: number }[]): Promise<number> {
  const tasks = ((await tab.evaluate('window.__bylineBenchLongTasks ?? []').catch(() => [])) as [number, number][]) ?? [];
  return tasks.filter(([start, duration]) => steps.some((m) => m.start >= start - 1 && m.start + m.duration <= start + duration + 1)).length;
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
    const timings = await withTimeout(READ_TIMEOUT_MS, ext.worker.evaluate(async (id) => {
      const c = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
      const key = `tab:${id}`;
      const state = (await c.storage.session.get(key))[key] as { status?: string; analysis?: { timings?: Record<string, number> } } | undefined;
      return state?.status === 'analyzed' ? (state.analysis?.timings ?? null) : null;
    }, tabId));
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
 * Popup time to first render: Byline's popup on each demo page's tab (articles and the front page), `opens` times
 * each, and as many opens of the reference's page, in turn, in one Chromium with both extensions loaded.
 */
async function measurePopup(site: StaticServer, opens: number): Promise<{ byline: { article: number[]; other: number[] }; reference: Pick<Reference, 'popup' | 'popupParts'> }> {
  const byline = { article: [] as number[], other: [] as number[] };
  const reference: Pick<Reference, 'popup' | 'popupParts'> = { popup: [], popupParts: newParts() };
  const referenceDir = writeReferenceExtension();
  const referenceId = unpackedExtensionId(referenceDir);
  const ext = await launchWithExtension({ headless: true, alongside: [referenceDir] });
  let n = 0;
  try {
    await keepOffline(ext.context, site);
    for (const file of DEMO_PAGES) {
      const tab = await ext.context.newPage();
      try {
        await tab.goto(`${site.origin}/site/${file}`, { waitUntil: 'load' });
        const probe = emptyRun({ file, source: 'demo', labelArticle: null }, '');
        const tabId = await activeTabId(ext, tab);
        if (tabId === null) continue;
        await waitForContentScript(ext, tabId, probe);
        const openByline = async () => {
          const ms = await popupFirstRender(ext, `chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
          if (ms !== null) (probe.extracted ? byline.article : byline.other).push(ms);
        };
        // The reference's page reads a key its extension never stored, as in its own browser.
        const openReference = async () => {
          const ms = await popupFirstRender(ext, `chrome-extension://${referenceId}/${REFERENCE_PAGE}?tabId=${n}`, reference.popupParts);
          if (ms !== null) reference.popup.push(ms);
        };
        for (let i = 0; i < opens; i++, n++) {
          for (const open of n % 2 ? [openReference, openByline] : [openByline, openReference]) {
            await sleep(POPUP_SETTLE_MS);
            await open();
          }
        }
      } finally {
        await tab.close();
      }
    }
  } finally {
    await ext.close();
  }
  return { byline, reference };
}

/**
 * Where a page's first render goes (navigation timing, ms): loading the HTML (to domInteractive), its module
 * scripts (fetched and evaluated between domInteractive and DOMContentLoaded), then to the first render.
 */
interface PopupParts {
  interactive: number[];
  scripts: number[];
  afterScripts: number[];
  /** When the full popup (Preact, schemas) had rendered. */
  full: number[];
}
const newParts = (): PopupParts => ({ interactive: [], scripts: [], afterScripts: [], full: [] });
const popupParts = newParts();

async function popupFirstRender(ext: ExtensionBrowser, url: string, parts: PopupParts = popupParts): Promise<number | null> {
  const popup = await ext.context.newPage();
  try {
    await popup.setViewportSize({ width: 400, height: 700 });
    // A string for the same reason as in timeReadability.
    await popup.addInitScript(`(() => {
      const observer = new MutationObserver(() => {
        if (window.__bylineFirstRender === undefined && document.querySelector(${JSON.stringify(POPUP_FIRST)})) {
          window.__bylineFirstRender = performance.now();
        }
        if (document.querySelector(${JSON.stringify(POPUP_READY)})) {
          window.__bylineFullRender = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true, attributes: true });
    })()`);
    await popup.goto(url);
    await popup.waitForSelector(POPUP_READY, { timeout: 10_000 });
    const timing = (await popup.evaluate(`({
      render: window.__bylineFirstRender ?? null,
      full: window.__bylineFullRender ?? null,
      interactive: performance.getEntriesByType('navigation')[0]?.domInteractive ?? null,
      dcl: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? null,
    })`)) as { render: number | null; full: number | null; interactive: number | null; dcl: number | null };
    if (timing.full !== null) parts.full.push(timing.full);
    if (timing.interactive !== null && timing.dcl !== null && timing.render !== null) {
      parts.interactive.push(timing.interactive);
      parts.scripts.push(timing.dcl - timing.interactive);
      parts.afterScripts.push(Math.max(0, timing.render - timing.dcl));
    }
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
    // About as long after load as the extension run spent before its heap reading.
    for (const run of runs) run.heapWithoutKb = await heapAfterLoadKb(context, run.url, run.extracted ? 1_000 : 300);
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
  popupParts: PopupParts;
}

/** The minimal extension (reference-extension.ts) on the pages Byline called non-articles (its page: measurePopup). */
async function measureReference(site: StaticServer, runs: PageRun[]): Promise<Omit<Reference, 'popup' | 'popupParts'>> {
  const out: Omit<Reference, 'popup' | 'popupParts'> = { content: [] };
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
        if (ms !== null && Number.isFinite(ms)) out.content.push((run.referenceMs = ms));
        // As long after its script as Byline's heap reading came after its decision.
        await sleep(300);
        run.referenceHeapKb = await heapUsedKb(ext.context, tab);
      } finally {
        await tab.close();
      }
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
  /** Non-article pages: every Byline step, starts included (start + work). */
  nonArticleMs: number;
  nonArticleP90Ms: number;
  initNonArticleMs: number;
  /** The content script's start where it was injected (article pages). */
  loadArticleMs: number;
  pipelineMs: number;
  stepsMs: Record<string, number>;
  readabilityColdMs: number;
  readabilityWarmMs: number;
  pipelineVsReadability: number;
  medianPerPageRatio: number;
  /** The pipeline with its scripts' starts and the reading of the background's answer (not in the bar's figure before 2026-12-05). */
  pipelineAllMs: number;
  pipelineAllVsReadability: number;
  extraStepsMs: Record<string, number>;
  popupMs: number;
  popupArticleMs: number;
  popupOtherMs: number;
  popupInteractiveMs: number;
  popupScriptsMs: number;
  popupAfterScriptsMs: number;
  probeGzipKb: number;
  contentGzipKb: number;
  contentRawKb: number;
  hoverCardGzipKb: number;
  heapAddedArticleKb: number;
  heapAddedNonArticleKb: number;
  /** The same pages' heap in the run whose status was polled over the extension's channel (until 2026-12-05 the figure above). */
  heapAddedNonArticlePolledKb: number;
  referenceHeapAddedKb: number;
  heapVsReference: number;
  analysisMs: number;
  unpainted: number;
  longTasksOver50: number;
  referenceContentMs: number;
  nonArticleVsReference: number;
  referencePopupMs: number;
  referencePopupScriptsMs: number;
  popupVsReference: number;
}

/** "p25–p75 (n)" of a sample: the spread beside each median. */
function spreadOf(values: number[]): string {
  if (!values.length) return '–';
  return `${round(quantile(values, 0.25))}–${round(quantile(values, 0.75))} (n=${values.length})`;
}

function report(runs: PageRun[], popup: { article: number[]; other: number[] }, reference: Reference, datasets: string[]): void {
  const articles = runs.filter((r) => r.extracted === true);
  const others = runs.filter((r) => r.extracted === false);
  const paired = articles.filter((r) => r.painted && r.pipelineMs !== null && r.readabilityColdMs !== null);
  const content = readFileSync(BUNDLE);
  const probe = readFileSync(PROBE_BUNDLE);
  const card = readFileSync(CARD_BUNDLE);
  const nums = (list: (number | null)[]) => list.filter((x): x is number => x !== null);
  const heapAdded = (list: PageRun[], withKb: (r: PageRun) => number | null) =>
    nums(list.map((r) => (withKb(r) !== null && r.heapWithoutKb !== null ? withKb(r)! - r.heapWithoutKb : null)));
  const nonArticleTimes = nums(others.map((r) => r.totalMs));
  const popupTimes = [...popup.article, ...popup.other];
  // Read as the reference's is: after load, nothing asked of the extension (the polled reading is kept beside it).
  const heapNon = heapAdded(others, (r) => r.heapUnpolledKb);
  const heapNonPolled = heapAdded(others, (r) => r.heapWithKb);
  const heapRef = heapAdded(others, (r) => r.referenceHeapKb);
  const pipelines = paired.map((r) => r.pipelineMs!);
  const readabilities = paired.map((r) => r.readabilityColdMs!);

  const f: Figures = {
    pages: runs.length,
    articlePages: articles.length,
    nonArticlePages: others.length,
    nonArticleMs: round(median(nonArticleTimes)),
    nonArticleP90Ms: round(quantile(nonArticleTimes, 0.9)),
    initNonArticleMs: round(median(nums(others.map((r) => r.initMs)))),
    loadArticleMs: round(median(nums(articles.map((r) => r.loadMs)))),
    pipelineMs: round(median(pipelines)),
    stepsMs: Object.fromEntries(STEPS.map((s) => [s, round(median(nums(paired.map((r) => r.steps[s] ?? null))))])),
    readabilityColdMs: round(median(readabilities)),
    readabilityWarmMs: round(median(nums(paired.map((r) => r.readabilityWarmMs)))),
    pipelineVsReadability: round(median(pipelines) / median(readabilities)),
    medianPerPageRatio: round(median(paired.map((r) => r.pipelineMs! / r.readabilityColdMs!))),
    pipelineAllMs: round(median(nums(paired.map((r) => r.pipelineAllMs)))),
    pipelineAllVsReadability: round(median(nums(paired.map((r) => r.pipelineAllMs))) / median(readabilities)),
    extraStepsMs: Object.fromEntries(EXTRA_STEPS.map((s) => [s, round(median(paired.map((r) => r.extraSteps[s])))])),
    popupMs: round(median(popupTimes)),
    popupArticleMs: round(median(popup.article)),
    popupOtherMs: round(median(popup.other)),
    popupInteractiveMs: round(median(popupParts.interactive)),
    popupScriptsMs: round(median(popupParts.scripts)),
    popupAfterScriptsMs: round(median(popupParts.afterScripts)),
    probeGzipKb: round(gzipSync(probe).length / 1000),
    contentGzipKb: round(gzipSync(content).length / 1000),
    contentRawKb: round(content.length / 1000),
    hoverCardGzipKb: round(gzipSync(card).length / 1000),
    heapAddedArticleKb: round(median(heapAdded(articles, (r) => r.heapWithKb))),
    heapAddedNonArticleKb: round(median(heapNon)),
    heapAddedNonArticlePolledKb: round(median(heapNonPolled)),
    referenceHeapAddedKb: round(median(heapRef)),
    heapVsReference: round(median(heapNon) / median(heapRef)),
    analysisMs: round(median(nums(articles.map((r) => r.analysisMs)))),
    unpainted: articles.length - articles.filter((r) => r.painted).length,
    longTasksOver50: runs.reduce((a, r) => a + r.longTasks, 0),
    referenceContentMs: round(median(reference.content)),
    nonArticleVsReference: round(median(nonArticleTimes) / median(reference.content)),
    referencePopupMs: round(median(reference.popup)),
    referencePopupScriptsMs: round(median(reference.popupParts.scripts)),
    popupVsReference: round(median(popupTimes) / median(reference.popup)),
  };

  console.log(`\n${runs.length} pages (${articles.length} extracted, ${others.length} not articles, ${runs.length - articles.length - others.length} never decided); datasets: demo site${datasets.map((d) => ', ' + path.basename(d)).join('')}`);
  console.log(`Chromium ${chromiumPath()}, headless; ${os.cpus()[0]?.model ?? '?'} × ${os.cpus().length}, Node ${process.version}, load average ${startLoad.toFixed(1)} at start, ${os.loadavg()[0]!.toFixed(1)} at the end\n`);
  const bar = (value: number, limit: number) => `≤ ${limit}: ${value <= limit ? 'met' : 'NOT MET'}`;
  printTable(
    ['figure (medians)', 'Byline', 'reference', 'ratio', 'Byline p25–p75 (n)', 'reference p25–p75 (n)', 'bar'],
    [
      ['non-article page: start + work ms', f.nonArticleMs, f.referenceContentMs, f.nonArticleVsReference, spreadOf(nonArticleTimes), spreadOf(reference.content), bar(f.nonArticleVsReference, BARS.nonArticleVsReference)],
      ['  of which the probe’s start ms', f.initNonArticleMs, null, null, spreadOf(nums(others.map((r) => r.initMs))), null, null],
      ['  90th percentile ms', f.nonArticleP90Ms, null, null, null, null, null],
      ['non-article page: JS heap added kB', f.heapAddedNonArticleKb, f.referenceHeapAddedKb, f.heapVsReference, spreadOf(heapNon), spreadOf(heapRef), bar(f.heapVsReference, BARS.heapVsReference)],
      ['  the same, status polled (old reading) kB', f.heapAddedNonArticlePolledKb, null, null, spreadOf(heapNonPolled), null, null],
      ['popup: first render ms', f.popupMs, f.referencePopupMs, f.popupVsReference, spreadOf(popupTimes), spreadOf(reference.popup), bar(f.popupVsReference, BARS.popupVsReference)],
      ['  loading the page (to domInteractive) ms', f.popupInteractiveMs, round(median(reference.popupParts.interactive)), null, spreadOf(popupParts.interactive), spreadOf(reference.popupParts.interactive), null],
      ['  its scripts (domInteractive → DOMContentLoaded) ms', f.popupScriptsMs, f.referencePopupScriptsMs, null, spreadOf(popupParts.scripts), spreadOf(reference.popupParts.scripts), null],
      ['  then to first render ms', f.popupAfterScriptsMs, round(median(reference.popupParts.afterScripts)), null, spreadOf(popupParts.afterScripts), spreadOf(reference.popupParts.afterScripts), null],
      ['  the full popup (Preact, schemas) rendered ms', round(median(popupParts.full)), null, null, spreadOf(popupParts.full), null, null],
      ['  article tabs / non-article tabs ms', `${f.popupArticleMs} / ${f.popupOtherMs}`, null, null, null, null, null],
      ['article page: pipeline vs Readability cold parse ms', f.pipelineMs, f.readabilityColdMs, f.pipelineVsReadability, spreadOf(pipelines), spreadOf(readabilities), bar(f.pipelineVsReadability, BARS.pipelineVsReadability)],
      ...STEPS.map((s): Cell[] => [`  ${s} ms`, f.stepsMs[s], null, null, spreadOf(nums(paired.map((r) => r.steps[s] ?? null))), null, null]),
      ['  median per-page ratio', f.medianPerPageRatio, null, null, null, null, null],
      ['  with its scripts’ starts and the answer’s reading ms', f.pipelineAllMs, f.readabilityColdMs, f.pipelineAllVsReadability, spreadOf(nums(paired.map((r) => r.pipelineAllMs))), null, null],
      ...EXTRA_STEPS.map((s): Cell[] => [`    ${s} ms`, f.extraStepsMs[s], null, null, spreadOf(paired.map((r) => r.extraSteps[s])), null, null]),
      ['  Readability warm runs ms', null, f.readabilityWarmMs, null, null, null, null],
      ['  content script’s start where injected ms', f.loadArticleMs, null, null, spreadOf(nums(articles.map((r) => r.loadMs))), null, null],
      ['long tasks (≥ 50 ms) holding a Byline step, all pages', f.longTasksOver50, null, null, `(n=${runs.length} pages)`, null, bar(f.longTasksOver50, BARS.longTasksOver50)],
      ['probe.js gzip kB', f.probeGzipKb, null, null, null, null, bar(f.probeGzipKb, BARS.probeGzipKb)],
      ['content script (full.js) gzip kB', f.contentGzipKb, null, null, null, null, bar(f.contentGzipKb, BARS.contentGzipKb)],
      ['  hover card (hover-card.js, loaded on the first pointer move) gzip kB', f.hoverCardGzipKb, null, null, null, null, null],
      ['JS heap added, article pages kB', f.heapAddedArticleKb, null, null, null, null, null],
      ['background analysis per article ms', f.analysisMs, null, null, null, null, null],
      ['article pages never painted', f.unpainted, null, null, null, null, null],
    ],
  );
  console.log('\nper page (ms): Byline steps in all / pipeline / Readability first run / background analysis / heap added kB (Byline, reference)');
  printTable(
    ['page', 'byline', 'all steps', 'pipeline', 'readability', 'analysis', 'heap+', 'ref heap+', 'long tasks'],
    runs.map((r) => [
      r.page.file,
      r.extracted === null ? 'undecided' : r.extracted ? (r.painted ? 'article' : 'unpainted') : 'not article',
      r.totalMs === null ? null : round(r.totalMs),
      r.pipelineMs === null || !r.extracted ? null : round(r.pipelineMs),
      r.readabilityColdMs === null ? null : round(r.readabilityColdMs),
      r.analysisMs === null ? null : round(r.analysisMs),
      r.heapWithKb !== null && r.heapWithoutKb !== null ? Math.round(r.heapWithKb - r.heapWithoutKb) : null,
      r.referenceHeapKb !== null && r.heapWithoutKb !== null ? Math.round(r.referenceHeapKb - r.heapWithoutKb) : null,
      r.longTasks,
    ]),
  );
  printNonArticleSteps(others);
  if (recordRun) record(f);
  printFigures(f as unknown as Record<string, unknown>);
}

/** Where each non-article page's time went, step by step (probe start, gate, size, first stage…), beside the reference's reading. */
function printNonArticleSteps(others: PageRun[]): void {
  const names = [...new Set(others.flatMap((r) => Object.keys(r.stepTotals)))];
  console.log('\nnon-article pages, by step (ms, every run of a step summed):');
  printTable(
    ['page', ...names, 'all', 'reference'],
    others.map((r) => [r.page.file, ...names.map((n) => (r.stepTotals[n] === undefined ? null : round(r.stepTotals[n]!))), r.totalMs === null ? null : round(r.totalMs), r.referenceMs === null ? null : round(r.referenceMs)]),
  );
}

// ---------------------------------------------------------------- the record file

/** Columns of the record table: header, and how to read the figure from a run. */
const COLUMNS: [string, (f: Figures) => number][] = [
  ['pages', (f) => f.pages],
  ['non-article ms', (f) => f.nonArticleMs],
  ['ref ms', (f) => f.referenceContentMs],
  ['non-article ×ref', (f) => f.nonArticleVsReference],
  ['heap+ non-article kB', (f) => f.heapAddedNonArticleKb],
  ['ref heap+ kB', (f) => f.referenceHeapAddedKb],
  ['heap ×ref', (f) => f.heapVsReference],
  ['popup ms', (f) => f.popupMs],
  ['ref popup ms', (f) => f.referencePopupMs],
  ['popup ×ref', (f) => f.popupVsReference],
  ['pipeline ms', (f) => f.pipelineMs],
  ['Readability ms', (f) => f.readabilityColdMs],
  ['pipeline ×Readability', (f) => f.pipelineVsReadability],
  ['probe gzip kB', (f) => f.probeGzipKb],
  ['content gzip kB', (f) => f.contentGzipKb],
  ['long tasks', (f) => f.longTasksOver50],
];
/** `load` is the 1-minute load average when the run started: timings on a busy machine are not comparable. */
const FIXED_COLUMNS = ['date', 'machine', 'cores', 'node', 'load'];

/** Appends this run to the record (under a new table when the columns changed) and prints the change from the last row. */
function record(f: Figures): void {
  const header = [...FIXED_COLUMNS, ...COLUMNS.map(([name]) => name)];
  const headerLine = `| ${header.join(' | ')} |`;
  if (!existsSync(RECORD_FILE)) writeFileSync(RECORD_FILE, '# Browser benchmark record\n\nOne row per `npm run bench` (scripts/bench/browser.ts; its header says how each figure is taken).\n');
  const text = readFileSync(RECORD_FILE, 'utf8');
  const current = text.lastIndexOf(headerLine);
  if (current < 0) {
    appendFileSync(
      RECORD_FILE,
      `\nFrom issue 19 on (two-stage content script), ratios to the reference extension measured in the same run; medians over ≥ 15 page loads.\n` +
        `Bars: non-article ×ref ≤ ${BARS.nonArticleVsReference}, heap ×ref ≤ ${BARS.heapVsReference}, popup ×ref ≤ ${BARS.popupVsReference}, ` +
        `pipeline ×Readability ≤ ${BARS.pipelineVsReadability}, probe ≤ ${BARS.probeGzipKb} kB gzip, content ≤ ${BARS.contentGzipKb} kB gzip, no long task.\n\n` +
        `${headerLine}\n|${header.map(() => '---').join('|')}|\n`,
    );
  }
  const previous = current < 0 ? null : lastRow(text.slice(current), header);
  const cpu = os.cpus()[0]?.model.replace(/\|/g, '/').trim() ?? '?';
  const row = [new Date().toISOString().slice(0, 16).replace('T', ' '), cpu, String(os.cpus().length), process.version, startLoad.toFixed(1), ...COLUMNS.map(([, get]) => String(get(f)))];
  appendFileSync(RECORD_FILE, `| ${row.join(' | ')} |\n`);
  console.log(`\nrecorded in ${path.relative(projectRoot, RECORD_FILE)}`);
  if (!previous) return;
  console.log(`compared with the previous row (${previous.date}, ${previous.machine}, load ${previous.load}):`);
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

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

const startedAt = Date.now();
const startLoad = os.loadavg()[0] ?? 0;
function elapsed(): string {
  return `(${((Date.now() - startedAt) / 1000).toFixed(0)} s)`;
}

/** `promise`, or undefined once `ms` have passed without an answer. */
function withTimeout<T>(ms: number, promise: Promise<T>): Promise<T | undefined> {
  return Promise.race([promise, sleep(ms).then(() => undefined)]);
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

main().catch((error: unknown) => {
  process.stderr.write(`error: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
