/**
 * The probe against the reference's reading, on the same non-article pages, in fresh isolated worlds of one loaded
 * page: a quick and steady A/B of what the browser bench's non-article figure measures (scripts/bench/browser.ts
 * runs each extension in its own browser, at another moment, once per page). Each repetition makes a new isolated
 * world (CDP `Page.createIsolatedWorld`: its DOM bindings are set up anew, as in a content script's world) for each
 * contestant, in turn, the order rotating:
 * - `reference`: the reference extension's content script (reference-extension.ts), its own timing;
 * - `minimal`: the maintainers' minimal content script (title, og:type, count of `<p>`), timed around it;
 * - `probe`: the built probe (`.output/chrome-mv3/probe.js`), evaluated as the browser would, with a stand-in
 *   `chrome` (empty storage; the page a probe sends, `page:html`, is answered "not an article", as the background
 *   would on these pages; a build from before that message, with `first-stage.js`, has it evaluated in the same world on
 *   `probe:first-stage`, as the background's injection did; a page past the gate has `probe-pass.js`, where the build
 *   has one, evaluated there on `probe:pass`, as the background injects it); its cost is its own timeline (every step, starts
 *   included: the bench's figure);
 * - `probe@<dir>`: the same for another build (--also <dir>, e.g. a copy of the build before a change).
 * Per page the median over repetitions; the figure is the median over pages, and each probe's ratio to the
 * reference's (and to the minimal script's).
 *
 *   npx tsx scripts/bench/probe-worlds.ts [dataset folder] [--pages N] [--reps N] [--also <build dir>]…
 *
 * Default: ../shared/datasets/wcxb-dev (its non-article pages), 24 pages spread over it, 7 repetitions.
 * Pages are served cross-origin isolated (COOP and COEP headers), so that `performance.now()` counts in 5 µs steps, not
 * 100 µs: a gate step of a few tenths of a millisecond is then measured, not rounded.
 * Timings include whatever else the machine does: run under the heavy-work lock, read ratios of the same run.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type CDPSession } from 'playwright-core';
import { chromeBuildDir, chromiumPath } from '../lib/chromium';
import { startStaticServer } from '../lib/static-server';
import { datasetArg, flagValue, median, printFigures, printTable } from '../lib/report';
import { loadPages } from '../eval/pages';
import { CONTENT_SCRIPT } from './reference-extension';

const argv = process.argv.slice(2);
const valued = new Set(['--pages', '--reps', '--also', '--script']);
const dataset = datasetArg(argv.filter((a, i) => !valued.has(a) && !valued.has(argv[i - 1] ?? '')), 'wcxb-dev');
const pageCount = Number(flagValue(argv, 'pages') ?? 24);
const reps = Number(flagValue(argv, 'reps') ?? 7);
const also = argv.flatMap((a, i) => (argv[i - 1] === '--also' ? [path.resolve(a)] : []));
/** Scripts of one's own (an expression resolving to `{ ms }`), measured beside the others: --script <file.js>. */
const scripts = argv.flatMap((a, i) => (argv[i - 1] === '--script' ? [path.resolve(a)] : []));
/** Response headers that make a page cross-origin isolated (its requests elsewhere are aborted anyway). */
const ISOLATED_HEADERS = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
/** How long a probe may take to decide, at most. */
const DECIDE_TIMEOUT_MS = 5_000;

/**
 * A contestant: the source evaluated in a fresh world, resolving to its cost in ms (and the probe's steps). Each
 * world's source is its own (a comment with the world's number): nothing compiled in an earlier world is reused,
 * as in a fresh page's renderer.
 */
interface Contestant {
  name: string;
  source: (world: number) => string;
}

const reference: Contestant = {
  name: 'reference',
  source: (world) => `(() => { let out = ''; const console = { log: (s) => { out = s; } }; ${CONTENT_SCRIPT}; return { ms: Number(out.split(' ')[1]) }; })() //${world}`,
};
const minimal: Contestant = {
  name: 'minimal',
  source: (world) => `(() => { const t = performance.now(); const r = { title: document.title, og: document.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? null, p: document.getElementsByTagName('p').length }; globalThis.__r = r; return { ms: performance.now() - t }; })() //${world}`,
};

/** The built probe in a world with a stand-in extension API, resolved once it has decided. */
function probeContestant(name: string, dir: string): Contestant {
  const probe = readFileSync(path.join(dir, 'probe.js'), 'utf8');
  const firstStageFile = path.join(dir, 'first-stage.js');
  const firstStage = existsSync(firstStageFile) ? readFileSync(firstStageFile, 'utf8') : '';
  const passFile = path.join(dir, 'probe-pass.js');
  const pass = existsSync(passFile) ? readFileSync(passFile, 'utf8') : '';
  return {
    name,
    source: (world) => `(async () => {
      let outcome = 'stopped';
      const firstStage = ${JSON.stringify(firstStage)} + '//${world}';
      const pass = ${JSON.stringify(pass)} + '//${world}';
      globalThis.chrome = {
        runtime: { id: 'bench', sendMessage: async (m) => {
          if (m.type === 'probe:first-stage') (0, eval)(firstStage);
          if (m.type === 'probe:pass') (0, eval)(pass);
          if (m.type === 'probe:candidate') outcome = 'candidate';
          if (m.type === 'page:html') return { status: 'idle', reason: 'not-article', detection: null };
        } },
        storage: { local: { get: async () => ({}) } },
      };
      (0, eval)(${JSON.stringify(probe)} + '//${world}');
      const state = globalThis[Symbol.for('byline.page-state')];
      const until = performance.now() + ${DECIDE_TIMEOUT_MS};
      while ((state.idle === 'pending' && outcome !== 'candidate') && performance.now() < until) await new Promise((r) => setTimeout(r, 20));
      const steps = {};
      for (const t of state.timeline) if (t.kind === 'step') steps[t.name] = (steps[t.name] ?? 0) + t.duration;
      return { ms: Object.values(steps).reduce((a, b) => a + b, 0), steps, idle: state.idle, outcome };
    })()`,
  };
}

function scriptContestant(file: string): Contestant {
  const source = readFileSync(file, 'utf8');
  return { name: path.basename(file, '.js'), source: (world) => `${source}\n//${world}` };
}

interface Reading {
  ms: number;
  steps?: Record<string, number>;
  idle?: string;
  outcome?: string;
}

async function inFreshWorld(cdp: CDPSession, frameId: string, world: string, source: string): Promise<Reading | null> {
  // A change to the document first, in the page's own world: the browser keeps each element collection's length
  // until the document changes, and a page seen for the first time has none kept.
  await cdp.send('Runtime.evaluate', { expression: `(() => { const root = document.body ?? document.documentElement; if (root) root.appendChild(document.createElement('div')).remove(); })()` });
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId, worldName: world });
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression: source, contextId: executionContextId, awaitPromise: true, returnByValue: true });
  if (exceptionDetails) return null;
  return result.value as Reading;
}

async function main(): Promise<void> {
  const contestants = [reference, minimal, probeContestant('probe', chromeBuildDir), ...also.map((dir) => probeContestant(`probe@${path.basename(dir)}`, dir)), ...scripts.map(scriptContestant)];
  for (const dir of [chromeBuildDir, ...also]) if (!existsSync(path.join(dir, 'probe.js'))) throw new Error(`no probe.js in ${dir}: run \`npx wxt build\``);
  const all = loadPages(dataset).filter((p) => !p.isArticle);
  const pages = Array.from({ length: Math.min(pageCount, all.length) }, (_, i) => all[Math.floor((i * all.length) / Math.min(pageCount, all.length))]!);
  const root = mkdtempSync(path.join(os.tmpdir(), 'byline-probe-worlds-'));
  // Under the dataset's folder name, as the browser bench serves them (the gate reads the path).
  const folder = path.basename(dataset);
  mkdirSync(path.join(root, folder));
  for (const p of pages) {
    writeFileSync(path.join(root, folder, `${p.id}.html`), p.html);
    // Cross-origin isolated: the page's clock (every world's) counts in 5 µs steps instead of 100 µs.
    writeFileSync(path.join(root, folder, `${p.id}.html.headers.json`), JSON.stringify(ISOLATED_HEADERS));
  }
  const site = await startStaticServer(root);
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-gpu'] });
  const rows: { id: string; by: Record<string, Reading[]> }[] = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    await context.route((u) => u.origin !== site.origin && /^https?:$/.test(u.protocol), (r) => r.abort());
    let world = 0;
    for (const page of pages) {
      const tab = await context.newPage();
      const by: Record<string, Reading[]> = Object.fromEntries(contestants.map((c) => [c.name, []]));
      try {
        await tab.goto(`${site.origin}/${folder}/${page.id}.html`, { waitUntil: 'load', timeout: 20_000 }).catch(() => undefined);
        const cdp = await context.newCDPSession(tab);
        const { frameTree } = await cdp.send('Page.getFrameTree');
        for (let r = 0; r < reps; r++) {
          for (let k = 0; k < contestants.length; k++) {
            const c = contestants[(r + k) % contestants.length]!;
            const reading = await inFreshWorld(cdp, frameTree.frame.id, `bench-${world}`, c.source(world++)).catch(() => null);
            if (reading && Number.isFinite(reading.ms)) by[c.name]!.push(reading);
          }
        }
        await cdp.detach();
      } finally {
        await tab.close();
      }
      rows.push({ id: page.id, by });
      process.stdout.write('.');
    }
  } finally {
    await browser.close();
    await site.close();
    rmSync(root, { recursive: true, force: true });
  }
  process.stdout.write('\n');
  report(rows, contestants.map((c) => c.name));
}

function report(rows: { id: string; by: Record<string, Reading[]> }[], names: string[]): void {
  const perPage = (row: { by: Record<string, Reading[]> }, name: string) => (row.by[name]!.length ? median(row.by[name]!.map((r) => r.ms)) : NaN);
  const probes = names.filter((n) => n.startsWith('probe'));
  const stepNames = [...new Set(rows.flatMap((r) => r.by['probe']!.flatMap((x) => Object.keys(x.steps ?? {}))))];
  console.log(`${rows.length} non-article pages of ${path.basename(dataset)}, ${reps} fresh worlds each per contestant; load average ${os.loadavg()[0]!.toFixed(1)}\n`);
  printTable(
    ['page', ...names, ...stepNames.map((s) => `probe ${s}`), 'probe decided'],
    rows.map((row) => [
      row.id,
      ...names.map((n) => round(perPage(row, n))),
      ...stepNames.map((s) => round(median(row.by['probe']!.map((x) => x.steps?.[s] ?? 0)))),
      row.by['probe']![0] ? `${row.by['probe']![0]!.idle ?? 'candidate'}` : '–',
    ]),
  );
  const med = (name: string) => median(rows.map((r) => perPage(r, name)).filter(Number.isFinite));
  const figures: Record<string, number> = { pages: rows.length, reps, referenceMs: round(med('reference')), minimalMs: round(med('minimal')) };
  // Means over every reading: finer than the medians where the clock counts in tenths of a millisecond.
  for (const n of names) {
    const all = rows.flatMap((r) => r.by[n]!.map((x) => x.ms));
    figures[`${n}MeanMs`] = round(all.reduce((a, b) => a + b, 0) / Math.max(1, all.length));
  }
  for (const p of probes) {
    figures[`${p}Ms`] = round(med(p));
    figures[`${p}VsReference`] = round(med(p) / med('reference'));
    figures[`${p}VsMinimal`] = round(med(p) / med('minimal'));
    // The per-page ratio's median: steadier when the pages' sizes differ a lot.
    figures[`${p}PerPageVsReference`] = round(median(rows.map((r) => perPage(r, p) / perPage(r, 'reference')).filter(Number.isFinite)));
  }
  const stopped = rows.filter((r) => r.by['probe']![0]?.steps?.['detect'] === undefined && r.by['probe']![0]?.steps?.['send'] === undefined).length;
  figures['gateStopped'] = stopped;
  console.log('');
  printTable(['figure', 'value'], Object.entries(figures).map(([k, v]) => [k, v]));
  printFigures(figures);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

main().catch((error: unknown) => {
  process.stderr.write(`error: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
