/**
 * The floor of issue 19's pipeline bar: how much of the pipeline's and of Readability's cold cost on an article page is
 * first use of the code (V8 compiling each function and regex, filling its feedback, the world meeting each DOM
 * interface) and how much is the work itself. Each page is loaded once per measurement, in headless Chromium without
 * the extension, and measured in a fresh main world:
 * - `cold`: Byline's gate, detection (both stages) and extraction (scripts/bench/cold/floor-pieces.ts, minified as
 *   the build is) run once on the page, as the probe and the content script run them; Readability:
 *   `new Readability(document.cloneNode(true)).parse()` once, as scripts/bench/browser.ts times it (the clone
 *   also on its own);
 * - `code-warm`: each first run once on a small article made with DOMParser (the demo site's second story), then
 *   timed on the page: code compiled and its feedback filled, DOM interfaces met, the page's own nodes untouched;
 * - `warm`: the second run on the page itself.
 * Anchoring and painting are not here (they need an analysis): the browser bench times them.
 *
 *   npx tsx scripts/bench/cold-floor.ts [dataset folder…] [--limit N] [--isolated] [--compile] [--regexes] [--extra-only]
 *
 * --extra-only: only the --compile and --regexes passes.
 * --isolated: Byline's runs in a fresh isolated world of the page (made over CDP), as the extension's scripts run;
 *   Readability stays in the page's main world, as scripts/bench/browser.ts times it.
 * --compile: one more cold pass with V8's function events logged (`--log-function-events`): the milliseconds V8
 *   spends compiling functions on first call (parse, bytecode, baseline code) inside each run, Byline's and
 *   Readability's, per page, and how much source that parsed (Byline's minified, Readability's as published, comments
 *   and all). Pages that share a renderer process reuse the first one's code (V8's compilation cache): the figures
 *   are per script compiled.
 * --regexes: one more cold pass timing each distinct regex's first exec (compilation and one match) in each run.
 *
 * Dataset folders as for scripts/bench/browser.ts. Prints the per-page totals and the medians; ends with one JSON line.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { defaultDataset, flagValue, median, printTable, type Cell } from '../lib/report';
import { projectRoot } from '../lib/chromium';
import { bundlePieces, runOnPages, stageArticles } from './cold/stage';
import { READABILITY_JS } from './readability-time';

const STEPS = ['gate', 'detect', 'detect2', 'extract'] as const;
const MODES = ['cold', 'code-warm', 'warm'] as const;
type Who = 'byline' | 'readability';
const WARMUP_PAGE = path.join(projectRoot, 'tests', 'fixtures', 'site', 'altaynews', 'second-story.html');
/** V8's function events that are compilation on first call (the script's own top-level parse happens at load). */
const COMPILE_EVENTS = new Set(['parse-function', 'interpreter', 'baseline', 'maglev']);
/** A function of Byline's spanning more than this is the bundle's wrapper, compiled when the script loads. */
const WRAPPER_CHARS = 20_000;

/** The page-side source of one run: its steps' milliseconds (Byline) or the parse's (Readability). */
function runSource(who: Who): string {
  return who === 'byline'
    ? `(doc) => window.__bylineFloor(doc, doc === document ? location.href : 'https://example.org/news/2024/05/story')`
    : `(doc) => { const t0 = performance.now(); const copy = doc.cloneNode(true); const t1 = performance.now(); try { new window.__bylineReadability(copy).parse(); } catch (e) {} return { readability: performance.now() - t0, 'readability clone': t1 - t0 }; }`;
}

function measureSource(who: Who, mode: (typeof MODES)[number]): string {
  return `(() => {
    const run = ${runSource(who)};
    if (${JSON.stringify(mode)} === 'code-warm') run(new DOMParser().parseFromString(window.__bylineWarmupHtml, 'text/html'));
    if (${JSON.stringify(mode)} === 'warm') run(document);
    return run(document);
  })()`;
}

/** Records each distinct regex's first exec (every match, test, split and replace goes through exec once patched). */
const REGEX_PATCH = `(() => {
  const exec = RegExp.prototype.exec;
  const seen = new Map();
  window.__bylineRegexes = seen;
  RegExp.prototype.exec = function (s) {
    const key = this.flags + ' ' + this.source;
    if (seen.has(key)) return exec.call(this, s);
    const t0 = performance.now();
    const r = exec.call(this, s);
    seen.set(key, performance.now() - t0);
    return r;
  };
})();`;

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const folders = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--limit');
  const limit = Number(flagValue(argv, 'limit') ?? 8);
  const datasets = (folders.length ? folders.map((f) => path.resolve(f)) : [defaultDataset('readability'), defaultDataset('wcxb-dev')]).filter((d) => existsSync(d));
  const byline = await bundlePieces(true, 'floor-pieces.ts');
  const warmup = `window.__bylineWarmupHtml = ${JSON.stringify(readFileSync(WARMUP_PAGE, 'utf8'))};`;
  const script = [byline, `${readFileSync(READABILITY_JS, 'utf8')}\n;window.__bylineReadability = Readability;`, warmup].join('\n;\n');
  const isolated = argv.includes('--isolated');
  const root = mkdtempSync(path.join(os.tmpdir(), 'byline-floor-'));
  const files = stageArticles(root, datasets, limit, true);
  /** runOnPages removes the folder it serves: each pass serves its own copy. */
  const pass = (visit: Parameters<typeof runOnPages>[3], args: string[] = [], prefix = '') => {
    const copy = mkdtempSync(path.join(os.tmpdir(), 'byline-floor-pass-'));
    cpSync(root, copy, { recursive: true });
    return runOnPages(copy, files, prefix + script, visit, () => undefined, args);
  };

  const byFile = new Map<string, Record<string, number>>();
  for (const who of argv.includes('--extra-only') ? [] : (['byline', 'readability'] as const)) {
    for (const mode of MODES) {
      await pass(async (tab, file) => {
        const source = measureSource(who, mode);
        const r = (who === 'byline' && isolated ? await inIsolatedWorld(tab, `${byline}\n;\n${warmup}`, source) : await tab.evaluate(source)) as Record<string, number>;
        const row = byFile.get(file) ?? {};
        for (const [k, v] of Object.entries(r)) row[`${mode} ${k}`] = v;
        if (who === 'byline') row[`${mode} byline`] = Object.values(r).reduce((a, b) => a + b, 0);
        byFile.set(file, row);
      });
    }
  }
  const columns = MODES.flatMap((m) => [`${m} byline`, `${m} readability`]);
  const figures: Record<string, number[]> = {};
  const rows: Cell[][] = [];
  for (const [file, row] of byFile) {
    rows.push([file, ...columns.map((c) => round(row[c]))]);
    for (const c of [...columns, ...MODES.flatMap((m) => [...STEPS, 'readability clone'].map((s) => `${m} ${s}`))]) if (row[c] !== undefined) (figures[c] ??= []).push(row[c]!);
    const readability = row['cold readability'];
    if (!readability) continue;
    for (const m of MODES) if (row[`${m} byline`] !== undefined) (figures[`${m} byline / cold readability`] ??= []).push(row[`${m} byline`]! / readability);
  }
  printTable(['page (ms)', ...columns], rows);
  const medians = Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, round(median(v))]));
  console.log('\nmedians (ms; ratios per page):');
  for (const [k, v] of Object.entries(medians)) console.log(`  ${k.padEnd(36)} ${v}`);

  const result: Record<string, unknown> = { pages: byFile.size, medians };
  if (argv.includes('--compile')) result.compileMs = await compilePass(pass, byline.length);
  if (argv.includes('--regexes')) result.regexFirstExecMs = await regexPass(pass);
  rmSync(root, { recursive: true, force: true });
  console.log(JSON.stringify(result));
}

/**
 * `expression`'s value in a fresh isolated world of the page (as a content script's), `setup` evaluated there first
 * (the page script of runOnPages went to the main world only).
 */
async function inIsolatedWorld(tab: Page, setup: string, expression: string): Promise<unknown> {
  const cdp = await tab.context().newCDPSession(tab);
  try {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'byline-floor' });
    await cdp.send('Runtime.evaluate', { expression: setup, contextId: executionContextId });
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true });
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return result.value;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

type Pass = (visit: Parameters<typeof runOnPages>[3], args?: string[], prefix?: string) => Promise<void>;

/** V8's compilation on first call, per script compiled, during one cold run of Byline's pipeline and one of Readability's. */
async function compilePass(pass: Pass, bylineChars: number): Promise<Record<string, number>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'byline-floor-v8-'));
  await pass(async (tab) => {
    await tab.evaluate(measureSource('byline', 'cold'));
    await tab.evaluate(measureSource('readability', 'cold'));
  }, [`--js-flags=--log-function-events --logfile=${path.join(dir, 'v8.log')}`]);
  // One log per isolate; V8 names it after the isolate, in the folder given or in the working directory.
  const logs = [dir, process.cwd()].flatMap((d) => readdirSync(d).filter((f) => /^isolate-.*-v8\.log$/.test(f)).map((f) => path.join(d, f)));
  const found: Record<Who, number[]> = { byline: [], readability: [] };
  const parsed: Record<Who, number[]> = { byline: [], readability: [] };
  for (const log of logs) {
    const lines = readFileSync(log, 'latin1').split('\n');
    if (!log.startsWith(dir)) rmSync(log);
    // The page script: Byline's bundle first (its names are minified), then Readability's source.
    const ids = new Set<string>();
    for (const line of lines) {
      const f = line.split(',');
      if (f[0] === 'function' && f[7] === 'Readability') ids.add(f[2]!);
    }
    for (const id of ids) {
      const sums: Record<Who, number> = { byline: 0, readability: 0 };
      const chars: Record<Who, number> = { byline: 0, readability: 0 };
      for (const line of lines) {
        const f = line.split(',');
        if (f[0] !== 'function' || f[2] !== id || !COMPILE_EVENTS.has(f[1]!)) continue;
        const span = Number(f[4]) - Number(f[3]);
        const who: Who = Number(f[3]) < bylineChars ? 'byline' : 'readability';
        if (who === 'byline' && span > WRAPPER_CHARS) continue;
        sums[who] += Number(f[5]);
        // Each function's source parsed again in full when first called (its inner functions' text included).
        if (f[1] === 'parse-function') chars[who] += span;
      }
      if (sums.readability > 0) for (const who of ['byline', 'readability'] as const) found[who].push(sums[who]), parsed[who].push(chars[who]);
    }
  }
  rmSync(dir, { recursive: true, force: true });
  const out = {
    scripts: found.byline.length,
    byline: round(median(found.byline)) ?? 0,
    readability: round(median(found.readability)) ?? 0,
    bylineParsedKChars: round(median(parsed.byline) / 1000) ?? 0,
    readabilityParsedKChars: round(median(parsed.readability) / 1000) ?? 0,
  };
  console.log('\nV8 compilation on first call, median per script (ms; thousands of source characters parsed):', JSON.stringify(out));
  return out;
}

/** Each distinct regex's first exec, summed per run, Byline's and Readability's; the costliest of Byline's. */
async function regexPass(pass: Pass): Promise<Record<string, unknown>> {
  const sums: Record<Who, number[]> = { byline: [], readability: [] };
  const byRegex = new Map<string, number>();
  let pages = 0;
  await pass(async (tab) => {
    for (const who of ['byline', 'readability'] as const) {
      const first = (await tab.evaluate(`(() => { window.__bylineRegexes.clear(); (${measureSource(who, 'cold')}); return [...window.__bylineRegexes]; })()`)) as [string, number][];
      sums[who].push(first.reduce((a, [, ms]) => a + ms, 0));
      if (who === 'byline') for (const [re, ms] of first) byRegex.set(re, (byRegex.get(re) ?? 0) + ms);
    }
    pages++;
  }, [], `${REGEX_PATCH}\n;\n`);
  const top = [...byRegex].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([re, ms]) => ({ re: re.slice(0, 60), msPerPage: round(ms / pages) }));
  const out = { byline: round(median(sums.byline)) ?? 0, readability: round(median(sums.readability)) ?? 0, top };
  console.log('\nregex first exec, summed per run, median (ms):', JSON.stringify({ byline: out.byline, readability: out.readability }));
  for (const t of top) console.log(`  ${String(t.msPerPage).padStart(6)}  ${t.re}`);
  return out;
}

function round(x: number | undefined): number | null {
  return x === undefined || Number.isNaN(x) ? null : Math.round(x * 100) / 100;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
