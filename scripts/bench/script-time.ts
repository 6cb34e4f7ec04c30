/**
 * What an extension adds to a non-article page's main thread, measured from outside the way issue 19's maintainers
 * did: the page's renderer's script time and JS heap after load, with the extension, minus the same page in a
 * Chromium without extensions. Byline's built extension is read against a minimal extension whose content script
 * (document_idle) reads the title, `og:type` and the count of `<p>` (reference-extension.ts, writeMinimalExtension).
 *
 *   npx tsx scripts/bench/script-time.ts [dataset folder] [--pages N] [--reps N] [--settle MS] [--also <build dir>]… [--no-build]
 *       [--slice A:B] [--save readings.json]     # measure part of the sample, keep its readings
 *   npx tsx scripts/bench/script-time.ts --from a.json --from b.json    # report parts together (runs fit the lock's 8 minutes)
 *
 * Default: the non-article pages of ../shared/datasets/wcxb-dev, 24 spread over it (probe-worlds.ts's sample), 3
 * repetitions; served from 127.0.0.1, every other request aborted. Each configuration has its own Chromium (same
 * flags; only the extension differs): none, Byline (.output/chrome-mv3, built first unless --no-build), the minimal
 * one, and any --also build (e.g. a copy of another branch's .output/chrome-mv3). For each page and repetition the
 * page is loaded once in every browser, the order rotating, each load in a new tab, a trace running from before the
 * navigation until the reading.
 * - script time: what DevTools' Performance panel counts as Scripting on the page's main thread (its renderer's
 *   `CrRendererMain`), from the trace: the outermost of a classic script's top level (`EvaluateScript`: compile +
 *   run), a callback (`v8.callFunction`: the function and the promise jobs run after it), a promise-job checkpoint
 *   of its own (`RunMicrotasks`), module compile and evaluation; style and layout nested in them left out (the
 *   panel's Rendering). Every JS world counts (content scripts run in their own). Thread time (the events' `tdur`:
 *   CPU time of the main thread, which other work on the two shared cores does not inflate); wall time beside it.
 *   Why not CDP `Performance.getMetrics` (ScriptDuration + V8CompileDuration, also printed, "Blink counters"):
 *   Blink stops its script clock when a callback returns, before the promise jobs it queued run, and the probe
 *   does its gate in such a job (its look continues after `await` of an idle callback): the counters miss it.
 * - the extension's own: of those events, the ones that ran its files or in its world (the trace names both), by
 *   file and part (compile, top-level run, callbacks with their promise jobs). Not a difference of two runs, so
 *   free of the page's own variation; a lower bound (work reached through the extension messaging's callbacks is
 *   not named after the extension).
 * - heap: CDP `JSHeapUsedSize` (the renderer's V8 heap, every world) after two `HeapProfiler.collectGarbage`.
 * - when: `--settle` ms after `load` (default 1000, the same in every browser): Byline's probe waits for an idle
 *   moment (≤ 1 s) before its gate. After the readings Byline's own timeline is read (lib/extension/page-status.ts,
 *   which itself runs a script in the page, so only afterwards) and a load whose verdict came after the reading is
 *   counted as undecided (raise --settle if any).
 * Per page the median over repetitions of each configuration, minus the no-extension median; over pages the
 * median and the mean of those differences, their ratio Byline / minimal (bars: script ≤ 2×, heap ≤ 1.5×), and the
 * spread: p25–p75 over pages, the repetitions' median absolute deviation, the standard error of the mean, a 90%
 * interval of the ratio of medians with the pages resampled. Per verdict of Byline's (the gate stopped the page,
 * or first-stage.js and maybe full.js were injected past it) its added time, its own by file and part, and its
 * timeline's steps (wall time, as the probe measures them).
 *
 * Ends with one JSON line. Timings include whatever else the machine does: run it under the heavy-work lock.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, chromeBuildDir, chromiumPath, launchWithExtension, projectRoot, type ExtensionBrowser } from '../lib/chromium';
import { startStaticServer, type StaticServer } from '../lib/static-server';
import { datasetArg, flagValue, median, printFigures, printTable, quantile, type Cell } from '../lib/report';
import { loadPages } from '../eval/pages';
import { askPageStatusSource } from '../../lib/extension/page-status';
import { writeMinimalExtension } from './reference-extension';

const argv = process.argv.slice(2);
const valued = new Set(['--pages', '--reps', '--settle', '--also', '--slice', '--save', '--from']);
const dataset = datasetArg(argv.filter((a, i) => !valued.has(a) && !valued.has(argv[i - 1] ?? '')), 'wcxb-dev');
const pageCount = Number(flagValue(argv, 'pages') ?? 24);
const reps = Number(flagValue(argv, 'reps') ?? 3);
const settleMs = Number(flagValue(argv, 'settle') ?? 1000);
const also = argv.flatMap((a, i) => (argv[i - 1] === '--also' ? [path.resolve(a)] : []));
/** Part of the sample (`--slice 0:12`), its readings kept (`--save file.json`), parts reported together (`--from file.json`…). */
const slice = (flagValue(argv, 'slice') ?? '0:').split(':').map((x) => (x === '' ? undefined : Number(x)));
const saveTo = flagValue(argv, 'save');
const from = argv.flatMap((a, i) => (argv[i - 1] === '--from' ? [path.resolve(a)] : []));
/** Bars of issue 19 (its second): Byline's added script time and heap as ratios to the minimal script's. */
const BARS = { script: 2, heap: 1.5 };
const LOAD_TIMEOUT_MS = 20_000;
const READ_TIMEOUT_MS = 3_000;

interface Config {
  name: string;
  /** A Byline build: its timeline is read after each load. */
  byline: boolean;
  context: BrowserContext;
  ext: ExtensionBrowser | null;
  close(): Promise<void>;
}

/** One page load's readings (ms, kB). */
interface Load {
  /** The trace's script time on the page's main thread (thread time; wall: `traceWallMs`), every world. */
  traceMs: number;
  traceWallMs: number;
  /** Of it, what ran in an extension's world or from its files, by `file part` (thread ms). */
  extension: Record<string, number>;
  /** Blink's counters, `ScriptDuration` + `V8CompileDuration`, thread time (they leave out promise jobs). */
  cdpMs: number;
  cdpCompileMs: number;
  heapKb: number;
  /** Byline only: its verdict, which scripts ran, its steps' own time, decided before the readings. */
  verdict?: string;
  stepsMs?: number;
  steps?: Record<string, number>;
  decided?: boolean;
}

/** What --save writes and --from reads: every load's readings, by page and configuration. */
interface Saved {
  names: string[];
  reps: number;
  settleMs: number;
  loads: Record<string, Record<string, Load[]>>;
}

async function main(): Promise<void> {
  if (from.length) {
    const loads = new Map<string, Map<string, Load[]>>();
    let last: Saved | null = null;
    for (const file of from) {
      last = JSON.parse(readFileSync(file, 'utf8')) as Saved;
      for (const [id, by] of Object.entries(last.loads)) loads.set(id, new Map(Object.entries(by)));
    }
    return report(loads, last!.names, last!);
  }
  if (!argv.includes('--no-build')) {
    console.log('building the extension (npx wxt build)…');
    execFileSync('npx', ['wxt', 'build'], { cwd: projectRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  for (const dir of also) if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`no built extension in ${dir}`);
  const all = loadPages(dataset).filter((p) => !p.isArticle);
  const n = Math.min(pageCount, all.length);
  const pages = Array.from({ length: n }, (_, i) => all[Math.floor((i * all.length) / n)]!).slice(slice[0], slice[1]);
  const root = mkdtempSync(path.join(os.tmpdir(), 'byline-script-time-'));
  // Under the dataset's folder name, as the other benches serve them (the gate reads the path).
  const folder = path.basename(dataset);
  mkdirSync(path.join(root, folder));
  for (const p of pages) writeFileSync(path.join(root, folder, `${p.id}.html`), p.html);
  const site = await startStaticServer(root);
  const configs: Config[] = [];
  const loads = new Map<string, Map<string, Load[]>>();
  const started = Date.now();
  try {
    configs.push(await plainBrowser());
    configs.push(await extensionBrowser('byline', chromeBuildDir, true));
    configs.push(await extensionBrowser('minimal', writeMinimalExtension(), false));
    for (const dir of also) configs.push(await extensionBrowser(`byline@${path.basename(dir)}`, dir, true));
    for (const c of configs) await c.context.route((u) => u.origin !== site.origin && /^https?:$/.test(u.protocol), (r) => r.abort());
    // One load each first, not counted: a browser's first page pays for starting its first renderer.
    for (const c of configs) await measureLoad(c, `${site.origin}/${folder}/${pages[0]!.id}.html`).catch(() => null);
    let turn = 0;
    for (const page of pages) {
      const byConfig = new Map(configs.map((c) => [c.name, [] as Load[]]));
      loads.set(page.id, byConfig);
      for (let r = 0; r < reps; r++, turn++) {
        for (let k = 0; k < configs.length; k++) {
          const c = configs[(turn + k) % configs.length]!;
          const load = await measureLoad(c, `${site.origin}/${folder}/${page.id}.html`).catch(() => null);
          if (load) byConfig.get(c.name)!.push(load);
        }
      }
      process.stdout.write('.');
    }
    process.stdout.write(` ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  } finally {
    for (const c of configs) await c.close();
    await site.close();
    rmSync(root, { recursive: true, force: true });
  }
  const names = configs.map((c) => c.name);
  if (saveTo) {
    const saved: Saved = { names, reps, settleMs, loads: Object.fromEntries([...loads].map(([id, by]) => [id, Object.fromEntries(by)])) };
    writeFileSync(saveTo, JSON.stringify(saved));
  }
  report(loads, names, { reps, settleMs });
}

// ---------------------------------------------------------------- browsers

/** A Chromium without extensions, started as launchWithExtension starts one (same flags, persistent profile). */
async function plainBrowser(): Promise<Config> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'byline-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: CHROMIUM_FLAGS,
  });
  return {
    name: 'none',
    byline: false,
    context,
    ext: null,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

async function extensionBrowser(name: string, dir: string, byline: boolean): Promise<Config> {
  const ext = await launchWithExtension({ headless: true, extensionDir: dir });
  return { name, byline, context: ext.context, ext, close: () => ext.close() };
}

// ---------------------------------------------------------------- one load

async function measureLoad(config: Config, url: string): Promise<Load | null> {
  const tab = await config.context.newPage();
  try {
    // Both started before the navigation, so they hold everything the page's main thread runs from its start.
    const cdp = await config.context.newCDPSession(tab);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES }, transferMode: 'ReportEvents' });
    await tab.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS }).catch(() => undefined);
    await sleep(settleMs);
    const counters = await metrics(cdp);
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await metrics(cdp);
    const trace = scriptTime(events, url);
    if (!trace) return null;
    const load: Load = {
      ...trace,
      cdpMs: (counters.ScriptDuration! + counters.V8CompileDuration!) * 1000,
      cdpCompileMs: counters.V8CompileDuration! * 1000,
      heapKb: heap.JSHeapUsedSize! / 1024,
    };
    // The reading's time in the page's clock (ms since navigation start), to tell whether the verdict preceded it.
    const readAt = (counters.Timestamp! - counters.NavigationStart!) * 1000;
    if (config.byline && config.ext) Object.assign(load, await bylineTimeline(config.ext, tab, readAt));
    return load;
  } finally {
    await tab.close();
  }
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/** Byline's own account of the load (read after the readings: reading it runs a script in the page). */
async function bylineTimeline(ext: ExtensionBrowser, tab: Page, readAt: number): Promise<Pick<Load, 'verdict' | 'stepsMs' | 'steps' | 'decided'>> {
  await tab.bringToFront();
  const tabId = (await ext.worker.evaluate(`chrome.tabs.query({ active: true, lastFocusedWindow: true }).then((t) => t[0]?.id ?? null)`)) as number | null;
  if (tabId === null) return { verdict: 'unread' };
  const status = (await Promise.race([ext.worker.evaluate(askPageStatusSource(tabId)), sleep(READ_TIMEOUT_MS).then(() => null)]).catch(() => null)) as {
    idle?: string | null;
    timings?: { name: string; kind: string; start: number; duration: number }[];
  } | null;
  if (!status) return { verdict: 'unread' };
  const steps: Record<string, number> = {};
  let end = 0;
  for (const t of status.timings ?? []) {
    if (t.kind !== 'step') continue;
    steps[t.name] = (steps[t.name] ?? 0) + t.duration;
    end = Math.max(end, t.start + t.duration);
  }
  const verdict = status.idle === null ? 'analysed' : steps['detect'] !== undefined ? `${status.idle} (past the gate)` : `${status.idle ?? '?'}`;
  const decided = status.idle !== 'pending' && end <= readAt;
  return { verdict, steps, stepsMs: Object.values(steps).reduce((a, b) => a + b, 0), decided };
}

// ---------------------------------------------------------------- the trace

const TRACE_CATEGORIES = ['devtools.timeline', 'v8', 'v8.execute', '__metadata'];
/**
 * Events that run script (DevTools' Scripting): a classic script's top level (`EvaluateScript`, with its compile
 * `v8.compile` and run `v8.run`), a callback (`v8.callFunction`, holding `FunctionCall` and the promise jobs run
 * after it), a checkpoint of promise jobs of its own (`RunMicrotasks`), modules. Only the outermost is counted.
 */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'v8.compile', 'v8.run', 'v8.callFunction', 'FunctionCall', 'RunMicrotasks', 'v8.compileModule', 'v8.evaluateModule']);
/** Style and layout a script forces: DevTools' Rendering, not Scripting. */
const RENDERING_EVENTS = new Set(['Layout', 'UpdateLayoutTree']);

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; worldName?: string; fileName?: string; beginData?: { url?: string }; data?: { url?: string; type?: string } };
}

/**
 * The page's main thread (its renderer's `CrRendererMain`, found by the page's `ParseHTML`): the script events'
 * thread time and wall time, rendering nested in them left out; what ran in an extension's world or from an
 * extension's file, by file and part (`compile`, `run`: its top level; `callbacks`: its callbacks and their
 * promise jobs).
 */
function scriptTime(events: TraceEvent[], url: string): Pick<Load, 'traceMs' | 'traceWallMs' | 'extension'> | null {
  const pid = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url)?.pid;
  const tid = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain')?.tid;
  if (pid === undefined || tid === undefined) return null;
  const thread = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X').sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
  const inside = (outer: TraceEvent, e: TraceEvent) => e !== outer && e.ts >= outer.ts && e.ts + (e.dur ?? 0) <= outer.ts + (outer.dur ?? 0);
  const out = { traceMs: 0, traceWallMs: 0, extension: {} as Record<string, number> };
  let openUntil = -1;
  const scripts = thread.filter((e) => SCRIPT_EVENTS.has(e.name));
  for (const e of scripts) {
    if (e.ts < openUntil) continue;
    openUntil = e.ts + (e.dur ?? 0);
    const nested = thread.filter((x) => x.ts >= e.ts && x.ts < openUntil && inside(e, x));
    const rendering = nested.filter((x) => RENDERING_EVENTS.has(x.name) && !nested.some((y) => RENDERING_EVENTS.has(y.name) && inside(y, x)));
    const ms = cpu(e) - rendering.reduce((a, x) => a + cpu(x), 0);
    out.traceMs += ms;
    out.traceWallMs += ((e.dur ?? 0) - rendering.reduce((a, x) => a + (x.dur ?? 0), 0)) / 1000;
    // Whose: an extension's file (the event's address or a nested one's), or an extension's world (named after it).
    const all = [e, ...nested];
    const file = all.map((x) => x.args?.data?.url ?? x.args?.fileName ?? '').find((u) => u.startsWith('chrome-extension://'));
    const world = all.map((x) => x.args?.worldName ?? '').find((w) => w && !w.startsWith('__playwright'));
    if (!file && !world) continue;
    const name = file ? file.replace(/^chrome-extension:\/\/[a-p]+\//, '') : `(${world})`;
    if (e.name === 'EvaluateScript') {
      const compile = nested.filter((x) => x.name === 'v8.compile').reduce((a, x) => a + cpu(x), 0);
      add(out.extension, `${name} compile`, compile);
      add(out.extension, `${name} run`, ms - compile);
    } else add(out.extension, `${name} ${e.name === 'v8.compile' ? 'compile' : e.name === 'v8.run' ? 'run' : 'callbacks'}`, ms);
  }
  return out;
}

function add(to: Record<string, number>, key: string, ms: number): void {
  to[key] = (to[key] ?? 0) + ms;
}
// ---------------------------------------------------------------- report

type Reading = 'traceMs' | 'traceWallMs' | 'extensionMs' | 'cdpMs' | 'cdpCompileMs' | 'heapKb' | `part:${string}`;
const read = (l: Load, what: Reading): number =>
  what === 'extensionMs'
    ? Object.values(l.extension).reduce((a, b) => a + b, 0)
    : what.startsWith('part:')
      ? (l.extension[what.slice(5)] ?? 0)
      : l[what as Exclude<Reading, 'extensionMs' | `part:${string}`>];

function report(loads: Map<string, Map<string, Load[]>>, names: string[], { reps, settleMs }: { reps: number; settleMs: number }): void {
  const extensions = names.filter((n) => n !== 'none');
  const ids = [...loads.keys()].filter((id) => names.every((n) => loads.get(id)!.get(n)?.length)).sort();
  /** Per page: the configuration's median over repetitions minus the no-extension median. */
  const added = (id: string, name: string, what: Reading) => {
    const of = (n: string) => median(loads.get(id)!.get(n)!.map((l) => read(l, what)));
    return of(name) - of('none');
  };
  const column = (name: string, what: Reading) => ids.map((id) => added(id, name, what));
  /** Median absolute deviation of one configuration's repetitions on a page, the median over pages. */
  const repSpread = (name: string, what: Reading) =>
    median(ids.map((id) => {
      const xs = loads.get(id)!.get(name)!.map((l) => read(l, what));
      const m = median(xs);
      return median(xs.map((x) => Math.abs(x - m)));
    }));
  const bylineLoads = [...loads.values()].flatMap((m) => names.filter((n) => n.startsWith('byline')).flatMap((n) => m.get(n)!));
  const undecided = bylineLoads.filter((l) => l.decided === false || l.verdict === 'unread').length;

  console.log(`\n${ids.length} non-article pages of ${path.basename(dataset)}, ${reps} loads each per configuration (${names.join(', ')}), readings ${settleMs} ms after load`);
  console.log(`Chromium ${chromiumPath()}, headless; ${os.cpus()[0]?.model ?? '?'} × ${os.cpus().length}; load average ${os.loadavg()[0]!.toFixed(1)} at the end\n`);
  console.log('per page: added over no extension (medians over loads; script time from the trace, thread time)');
  printTable(
    ['page', 'none script ms', ...extensions.flatMap((n) => [`${n} +ms`, `${n} +heap kB`]), 'byline verdict', 'byline steps ms'],
    ids.map((id): Cell[] => {
      const b = loads.get(id)!.get('byline')!;
      return [
        id,
        round(median(loads.get(id)!.get('none')!.map((l) => read(l, 'traceMs')))),
        ...extensions.flatMap((n) => [round(added(id, n, 'traceMs')), Math.round(added(id, n, 'heapKb'))]),
        [...new Set(b.map((l) => l.verdict))].join(' / '),
        round(median(b.map((l) => l.stepsMs ?? NaN))),
      ];
    }),
  );

  const figures: Record<string, unknown> = { pages: ids.length, reps, settleMs, undecidedLoads: undecided };
  const rows: Cell[][] = [];
  const readings: [string, Reading, string][] = [
    ['script time, trace, thread (bar) ms', 'traceMs', 'Script'],
    ['  the same, wall clock ms', 'traceWallMs', 'WallScript'],
    ['  the extension\'s own (its world, its files; not a difference) ms', 'extensionMs', 'Own'],
    ['  Blink counters (no promise jobs) ms', 'cdpMs', 'Counters'],
    ['JS heap after GC (bar) kB', 'heapKb', 'Heap'],
  ];
  for (const [label, what, key] of readings) {
    const minimal = column('minimal', what);
    for (const n of extensions) {
      const xs = column(n, what);
      const unit = what === 'heapKb' ? 'Kb' : 'Ms';
      const prefix = n.replace(/[@.-](\w)/g, (_, ch: string) => ch.toUpperCase()).replace(/[^\w]/g, '');
      figures[`${prefix}${key}${unit}`] = round(median(xs));
      figures[`${prefix}${key}Mean${unit}`] = round(mean(xs));
      const bar = what === 'traceMs' ? BARS.script : what === 'heapKb' ? BARS.heap : null;
      // A ratio to a reference that adds nothing measurable (0 or less over the no-extension runs: noise) is no
      // figure at all: NaN, never read as "met".
      const ratioOf = (a: number, b: number) => (b > 0 ? a / b : Number.NaN);
      const ratio = n === 'minimal' ? null : ratioOf(median(xs), median(minimal));
      const ratioMean = n === 'minimal' ? null : ratioOf(mean(xs), mean(minimal));
      if (ratio !== null) {
        figures[`${prefix}${key}VsMinimal`] = round(ratio);
        figures[`${prefix}${key}MeanVsMinimal`] = round(ratioMean!);
      }
      rows.push([
        n === extensions[0] ? label : '',
        n,
        round(median(xs)),
        round(mean(xs)),
        `${round(quantile(xs, 0.25))}–${round(quantile(xs, 0.75))}`,
        round(sd(xs) / Math.sqrt(xs.length)),
        round(repSpread(n, what)),
        ratio === null ? null : round(ratio),
        ratioMean === null ? null : round(ratioMean),
        ratio === null ? null : interval(xs, minimal),
        bar === null || ratio === null ? null : `≤ ${bar}: ${ratio <= bar && ratioMean! <= bar ? 'met' : ratio <= bar ? 'met by medians' : ratioMean! <= bar ? 'met by means' : 'NOT MET'}`,
      ]);
      if (ratio !== null) figures[`${prefix}${key}VsMinimal90`] = interval(xs, minimal);
    }
  }
  console.log('');
  printTable(['added over no extension', 'extension', 'median', 'mean', 'p25–p75 pages', 'SE of mean', 'rep MAD', '×minimal (medians)', '×minimal (means)', 'medians\' 90% (pages resampled)', 'bar'], rows);
  console.log(`\nno-extension baseline: script ${round(median(ids.map((id) => median(loads.get(id)!.get('none')!.map((l) => read(l, 'traceMs'))))))} ms, rep MAD ${round(repSpread('none', 'traceMs'))} ms (median over pages)`);

  // Where Byline's added time goes: its own steps (as its timeline measures them) and the rest.
  for (const n of extensions) {
    const verdicts = new Map<string, string[]>();
    for (const id of ids) {
      const v = loads.get(id)!.get(n)!.map((l) => l.verdict ?? '–');
      const key = v.every((x) => x === v[0]) ? v[0]! : 'mixed';
      verdicts.set(key, [...(verdicts.get(key) ?? []), id]);
    }
    const stepNames = [...new Set(ids.flatMap((id) => loads.get(id)!.get(n)!.flatMap((l) => Object.keys(l.steps ?? {}))))];
    const parts = [...new Set(ids.flatMap((id) => loads.get(id)!.get(n)!.flatMap((l) => Object.keys(l.extension))))].sort();
    const perPage = (id: string, what: Reading) => median(loads.get(id)!.get(n)!.map((l) => read(l, what)));
    console.log(`\n${n}: by verdict (pages; means over them of the per-page medians, ms): added script time, the extension's own by file and part, its timeline's steps (wall)`);
    printTable(
      ['verdict', 'pages', 'added script', 'own', ...parts, 'its steps', ...stepNames, 'added heap kB'],
      [...verdicts].map(([v, list]): Cell[] => [
        v,
        list.length,
        round(mean(list.map((id) => added(id, n, 'traceMs')))),
        round(mean(list.map((id) => perPage(id, 'extensionMs')))),
        ...parts.map((k) => round(mean(list.map((id) => perPage(id, `part:${k}`))))),
        round(mean(list.map((id) => median(loads.get(id)!.get(n)!.map((l) => l.stepsMs ?? NaN))))),
        ...stepNames.map((s) => round(mean(list.map((id) => median(loads.get(id)!.get(n)!.map((l) => l.steps?.[s] ?? 0)))))),
        Math.round(mean(list.map((id) => added(id, n, 'heapKb')))),
      ]),
    );
    const k = n.replace(/[@.-](\w)/g, (_, ch: string) => ch.toUpperCase()).replace(/[^\w]/g, '');
    figures[`${k}OwnByPartMeanMs`] = Object.fromEntries(parts.map((p) => [p, round(mean(ids.map((id) => perPage(id, `part:${p}`))))]));
    const key = n.replace(/[@.-](\w)/g, (_, ch: string) => ch.toUpperCase()).replace(/[^\w]/g, '');
    figures[`${key}Verdicts`] = Object.fromEntries([...verdicts].map(([v, list]) => [v, list.length]));
    figures[`${key}StepsMs`] = round(median(ids.map((id) => median(loads.get(id)!.get(n)!.map((l) => l.stepsMs ?? NaN)))));
  }
  if (undecided) console.log(`\n${undecided} Byline load(s) had no verdict before the readings: raise --settle.`);
  printFigures(figures);
}

/**
 * 90% interval of the ratio of medians when the pages are resampled (bootstrap, paired by page): how far the ratio
 * could move with another sample of pages like these. Seeded, so a run's figures repeat from its readings.
 */
function interval(xs: number[], ys: number[]): string {
  let seed = 19;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const ratios: number[] = [];
  for (let b = 0; b < 2000; b++) {
    const pick = xs.map(() => Math.floor(random() * xs.length));
    ratios.push(median(pick.map((i) => xs[i]!)) / median(pick.map((i) => ys[i]!)));
  }
  return `${round(quantile(ratios, 0.05))}–${round(quantile(ratios, 0.95))}`;
}

function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
}

function sd(xs: number[]): number {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / Math.max(1, xs.length - 1));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

main().catch((error: unknown) => {
  process.stderr.write(`error: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
