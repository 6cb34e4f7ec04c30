/**
 * What an extension adds to a non-article page's main thread, measured from outside the way issue 19's maintainers
 * did: the page's renderer's script time and JS heap after load, with the extension, minus the same page in a
 * Chromium without extensions. Byline's built extension is read against a minimal extension whose content script
 * (document_idle) reads the title, `og:type` and the count of `<p>` (reference-extension.ts, writeMinimalExtension).
 *
 *   npx tsx scripts/bench/script-time.ts [dataset folder] [--pages N] [--reps N] [--settle MS] [--also <build dir>]… [--no-build]
 *
 * Default: the non-article pages of ../shared/datasets/wcxb-dev, 24 spread over it (probe-worlds.ts's sample), 5
 * repetitions; served from 127.0.0.1, every other request aborted. Each configuration has its own Chromium (same
 * flags; only the extension differs): none, Byline (.output/chrome-mv3, built first unless --no-build), the minimal
 * one, and any --also build (e.g. a copy of another branch's .output/chrome-mv3). For each page and repetition the
 * page is loaded once in every browser, the order rotating, each load in a new tab:
 * - script time: CDP `Performance.getMetrics` of the page, enabled before the navigation, `ScriptDuration` +
 *   `V8CompileDuration`. These are Blink's own counters around the same calls DevTools' Performance panel shows as
 *   Scripting (Evaluate Script, Function Call, timers, idle callbacks: `ScriptDuration`, nested style and layout
 *   excluded as the panel's self time excludes them; Compile Script: `V8CompileDuration`, kept apart by Blink), in
 *   every JS world of the page's main thread, content scripts included. A trace would give the same events, at
 *   the cost of a trace per load; the counters cost nothing. Read in thread time (`timeDomain: threadTicks`: the
 *   main thread's CPU time, which other work on the two shared cores does not inflate); wall-clock time, what the
 *   panel's durations are, is read too (a second CDP session in the default domain) and printed beside it.
 * - heap: `JSHeapUsedSize` (the renderer's V8 heap, every world) after two `HeapProfiler.collectGarbage`.
 * - when: `--settle` ms after `load` (default 1000, the same in every browser): Byline's probe waits for an idle
 *   moment (≤ 1 s) before its gate. After the readings Byline's own timeline is read (lib/extension/page-status.ts,
 *   which itself runs a script in the page, so only afterwards) and a load whose verdict came after the reading is
 *   counted as undecided (raise --settle if any).
 * Per page the median over repetitions of each configuration, minus the no-extension median; over pages the
 * median and the mean of those differences, their ratio Byline / minimal (bars: script ≤ 2×, heap ≤ 1.5×), and the
 * spread: p25–p75 over pages, the repetitions' median absolute deviation, the standard error of the mean.
 * Also per load, from Byline's timeline: which of its scripts ran (the gate stopped the page, or first-stage.js and
 * maybe full.js were injected past it) and the steps' own time, so its added time splits into what its steps
 * measure and the rest (compiling and starting its scripts, the extension's bindings).
 *
 * Ends with one JSON line. Timings include whatever else the machine does: run it under the heavy-work lock.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, chromeBuildDir, chromiumPath, launchWithExtension, projectRoot, type ExtensionBrowser } from '../lib/chromium';
import { startStaticServer, type StaticServer } from '../lib/static-server';
import { datasetArg, flagValue, median, printFigures, printTable, type Cell } from '../lib/report';
import { loadPages } from '../eval/pages';
import { askPageStatusSource } from '../../lib/extension/page-status';
import { writeMinimalExtension } from './reference-extension';

const argv = process.argv.slice(2);
const valued = new Set(['--pages', '--reps', '--settle', '--also']);
const dataset = datasetArg(argv.filter((a, i) => !valued.has(a) && !valued.has(argv[i - 1] ?? '')), 'wcxb-dev');
const pageCount = Number(flagValue(argv, 'pages') ?? 24);
const reps = Number(flagValue(argv, 'reps') ?? 5);
const settleMs = Number(flagValue(argv, 'settle') ?? 1000);
const also = argv.flatMap((a, i) => (argv[i - 1] === '--also' ? [path.resolve(a)] : []));
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
  cpuScriptMs: number;
  cpuCompileMs: number;
  wallScriptMs: number;
  wallCompileMs: number;
  heapKb: number;
  /** Byline only: its verdict, which scripts ran, its steps' own time, decided before the readings. */
  verdict?: string;
  stepsMs?: number;
  steps?: Record<string, number>;
  decided?: boolean;
}

async function main(): Promise<void> {
  if (!argv.includes('--no-build')) {
    console.log('building the extension (npx wxt build)…');
    execFileSync('npx', ['wxt', 'build'], { cwd: projectRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  for (const dir of also) if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`no built extension in ${dir}`);
  const all = loadPages(dataset).filter((p) => !p.isArticle);
  const n = Math.min(pageCount, all.length);
  const pages = Array.from({ length: n }, (_, i) => all[Math.floor((i * all.length) / n)]!);
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
  report(loads, configs.map((c) => c.name));
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
    // Enabled before the navigation, so the counters hold everything the page's main thread runs from its start.
    const cpu = await config.context.newCDPSession(tab);
    await cpu.send('Performance.enable', { timeDomain: 'threadTicks' });
    const wall = await config.context.newCDPSession(tab);
    await wall.send('Performance.enable', { timeDomain: 'timeTicks' });
    await tab.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS }).catch(() => undefined);
    await sleep(settleMs);
    const c = await metrics(cpu);
    const w = await metrics(wall);
    await cpu.send('HeapProfiler.enable');
    await cpu.send('HeapProfiler.collectGarbage');
    await cpu.send('HeapProfiler.collectGarbage');
    const h = await metrics(cpu);
    const load: Load = {
      cpuScriptMs: c.ScriptDuration! * 1000,
      cpuCompileMs: c.V8CompileDuration! * 1000,
      wallScriptMs: w.ScriptDuration! * 1000,
      wallCompileMs: w.V8CompileDuration! * 1000,
      heapKb: h.JSHeapUsedSize! / 1024,
    };
    if (config.byline && config.ext) {
      // The reading's time in the page's clock (ms since navigation start), to tell whether the verdict preceded it.
      const readAt = (w.Timestamp! - w.NavigationStart!) * 1000;
      Object.assign(load, await bylineTimeline(config.ext, tab, readAt));
    }
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

// ---------------------------------------------------------------- report

type Reading = 'cpuScriptMs' | 'cpuCompileMs' | 'wallScriptMs' | 'wallCompileMs' | 'heapKb' | 'cpuTotalMs' | 'wallTotalMs';
const read = (l: Load, what: Reading): number =>
  what === 'cpuTotalMs' ? l.cpuScriptMs + l.cpuCompileMs : what === 'wallTotalMs' ? l.wallScriptMs + l.wallCompileMs : l[what];

function report(loads: Map<string, Map<string, Load[]>>, names: string[]): void {
  const extensions = names.filter((n) => n !== 'none');
  const ids = [...loads.keys()].filter((id) => names.every((n) => loads.get(id)!.get(n)!.length));
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
  console.log('per page: added over no extension (medians over loads; script = ScriptDuration + V8CompileDuration, thread time)');
  printTable(
    ['page', 'none script ms', ...extensions.flatMap((n) => [`${n} +ms`, `${n} +heap kB`]), 'byline verdict', 'byline steps ms'],
    ids.map((id): Cell[] => {
      const b = loads.get(id)!.get('byline')!;
      return [
        id,
        round(median(loads.get(id)!.get('none')!.map((l) => read(l, 'cpuTotalMs')))),
        ...extensions.flatMap((n) => [round(added(id, n, 'cpuTotalMs')), Math.round(added(id, n, 'heapKb'))]),
        [...new Set(b.map((l) => l.verdict))].join(' / '),
        round(median(b.map((l) => l.stepsMs ?? NaN))),
      ];
    }),
  );

  const figures: Record<string, unknown> = { pages: ids.length, reps, settleMs, undecidedLoads: undecided };
  const rows: Cell[][] = [];
  const readings: [string, Reading, string][] = [
    ['script time, thread (bar) ms', 'cpuTotalMs', 'Script'],
    ['  of which compile ms', 'cpuCompileMs', 'Compile'],
    ['script time, wall clock ms', 'wallTotalMs', 'WallScript'],
    ['  of which compile ms', 'wallCompileMs', 'WallCompile'],
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
      const bar = what === 'cpuTotalMs' ? BARS.script : what === 'heapKb' ? BARS.heap : null;
      const ratio = n === 'minimal' ? null : median(xs) / median(minimal);
      const ratioMean = n === 'minimal' ? null : mean(xs) / mean(minimal);
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
        bar === null || ratio === null ? null : `≤ ${bar}: ${ratio <= bar && ratioMean! <= bar ? 'met' : ratio <= bar || ratioMean! <= bar ? 'mixed' : 'NOT MET'}`,
      ]);
    }
  }
  console.log('');
  printTable(['added over no extension', 'extension', 'median', 'mean', 'p25–p75 pages', 'SE of mean', 'rep MAD', '×minimal (medians)', '×minimal (means)', 'bar'], rows);
  console.log(`\nno-extension baseline: script ${round(median(ids.map((id) => median(loads.get(id)!.get('none')!.map((l) => read(l, 'cpuTotalMs'))))))} ms, rep MAD ${round(repSpread('none', 'cpuTotalMs'))} ms (median over pages)`);

  // Where Byline's added time goes: its own steps (as its timeline measures them) and the rest.
  for (const n of extensions.filter((x) => x.startsWith('byline'))) {
    const verdicts = new Map<string, string[]>();
    for (const id of ids) {
      const v = loads.get(id)!.get(n)!.map((l) => l.verdict ?? '?');
      const key = v.every((x) => x === v[0]) ? v[0]! : 'mixed';
      verdicts.set(key, [...(verdicts.get(key) ?? []), id]);
    }
    const stepNames = [...new Set(ids.flatMap((id) => loads.get(id)!.get(n)!.flatMap((l) => Object.keys(l.steps ?? {}))))];
    console.log(`\n${n}: by verdict (pages; medians over them of the per-page medians, ms)`);
    printTable(
      ['verdict', 'pages', 'added script', 'compile', 'its steps', ...stepNames, 'added heap kB'],
      [...verdicts].map(([v, list]): Cell[] => [
        v,
        list.length,
        round(median(list.map((id) => added(id, n, 'cpuTotalMs')))),
        round(median(list.map((id) => added(id, n, 'cpuCompileMs')))),
        round(median(list.map((id) => median(loads.get(id)!.get(n)!.map((l) => l.stepsMs ?? NaN))))),
        ...stepNames.map((s) => round(median(list.map((id) => median(loads.get(id)!.get(n)!.map((l) => l.steps?.[s] ?? 0)))))),
        Math.round(median(list.map((id) => added(id, n, 'heapKb')))),
      ]),
    );
    const key = n.replace(/[@.-](\w)/g, (_, ch: string) => ch.toUpperCase()).replace(/[^\w]/g, '');
    figures[`${key}Verdicts`] = Object.fromEntries([...verdicts].map(([v, list]) => [v, list.length]));
    figures[`${key}StepsMs`] = round(median(ids.map((id) => median(loads.get(id)!.get(n)!.map((l) => l.stepsMs ?? NaN)))));
  }
  if (undecided) console.log(`\n${undecided} Byline load(s) had no verdict before the readings: raise --settle.`);
  printFigures(figures);
}

function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
}

function sd(xs: number[]): number {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / Math.max(1, xs.length - 1));
}

function quantile(values: number[], q: number): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
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
