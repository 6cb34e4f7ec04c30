/**
 * Measuring prototype for issue 19's pipeline bar, before building the design: detection and extraction off the
 * page's thread. In real Chromium with the built extension loaded (automatic analysis off, so Byline's own
 * pipeline stays out of the way), on article pages, it times everything the page's thread would still do:
 * - probe side (scripts/bench/offthread/probe-side.ts, evaluated in the isolated world as the probe is): its
 *   evaluation, the gate, the size check, `document.documentElement.outerHTML`, and `runtime.sendMessage` of it;
 * - content side (offthread/paint-side.ts, the content script without detection and extraction: schemas, settings,
 *   highlighter, watcher, budget): its evaluation, reading the background's answer (JSON parse + zod), mapping
 *   element-child paths to live elements, anchoring and painting.
 * Between the two, Node stands in for the background: linkedom parses the serialised page, the same detect and
 * extract code runs, the analysis is made, and each block's element is given as its path. Readability's cold
 * parse of the same page is timed in the page afterwards, as `npm run bench` does.
 *
 *   npx wxt build && npx tsx scripts/bench/offthread-prototype.ts [dataset folder…] [--limit N] [--lean]
 *
 * --lean: the painting script is offthread/paint-lean.ts (no schema, no settings, no watcher; only the highlight
 * items cross), the floor of the design rather than what a real content script would be.
 *
 * Prints a per-page table, medians, and one JSON line.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { parseHTML } from 'linkedom';
import { chromeBuildDir, launchWithExtension, projectRoot } from '../lib/chromium';
import { startStaticServer } from '../lib/static-server';
import { defaultDataset, flagValue, median, printFigures, printTable } from '../lib/report';
import { loadPages } from '../eval/pages';
import { detectArticle, extractArticle } from '../../lib/page';
import { analyzeArticle } from '../../lib/analyze';
import { highlightItems } from '../../lib/highlight/items';
import { DEFAULT_SETTINGS } from '../../lib/schema/settings';
import { pathOf } from './offthread/paths';
import { READABILITY_JS, timeReadability } from './readability-time';

const DEMO_ARTICLES = ['altaynews/akim-elections.html', 'altaynews/second-story.html', 'kaz/akim-sailauy.html', 'tengrinews-en/bashimov-elections.html'];
const PAGE_STEPS = ['init', 'gate', 'size', 'serialise', 'send', 'load', 'receive', 'resolve', 'anchor', 'paint'] as const;

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const limit = Number(flagValue(argv, 'limit') ?? 8);
  const folders = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--limit');
  console.log(`painting script: ${argv.includes('--lean') ? 'lean (paint-lean.ts)' : 'the content script without detection and extraction (paint-side.ts)'}`);
  const datasets = folders.length ? folders.map((f) => path.resolve(f)) : [defaultDataset('readability'), defaultDataset('wcxb-dev')].filter(existsSync);

  // The extension as built, plus the two prototype scripts, in a folder of its own.
  const extDir = mkdtempSync(path.join(os.tmpdir(), 'byline-offthread-ext-'));
  cpSync(chromeBuildDir, extDir, { recursive: true });
  const lean = argv.includes('--lean');
  for (const [name, entry] of [['offthread-paint', lean ? 'paint-lean.ts' : 'paint-side.ts'], ['offthread-probe', 'probe-side.ts']] as const) {
    await build({
      configFile: false, logLevel: 'warn', publicDir: false,
      resolve: { alias: [{ find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' }] },
      build: { outDir: extDir, emptyOutDir: false, minify: true, lib: { entry: path.join(projectRoot, 'scripts/bench/offthread', entry), formats: ['iife'], name: name.replace('-', '_'), fileName: () => `${name}.js` } },
    });
  }
  const root = mkdtempSync(path.join(os.tmpdir(), 'byline-offthread-pages-'));
  cpSync(path.join(projectRoot, 'tests', 'fixtures', 'site'), path.join(root, 'site'), { recursive: true });
  const files = DEMO_ARTICLES.map((p) => `site/${p}`);
  for (const dir of datasets) {
    const name = path.basename(dir);
    mkdirSync(path.join(root, name), { recursive: true });
    const arts = loadPages(dir).filter((p) => p.isArticle);
    for (let i = 0; i < Math.min(limit, arts.length); i++) {
      const p = arts[Math.floor((i * arts.length) / Math.min(limit, arts.length))]!;
      writeFileSync(path.join(root, `${name}/${p.id}.html`), p.html);
      files.push(`${name}/${p.id}.html`);
    }
  }
  const site = await startStaticServer(root);
  const ext = await launchWithExtension({ headless: true, extensionDir: extDir });
  await ext.context.route((url) => url.origin !== site.origin && /^https?:$/.test(url.protocol), (route) => route.abort());
  await ext.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } }).chrome.storage.local.set({ settings: { autoAnalyze: false } }));
  const readability = readFileSync(READABILITY_JS, 'utf8');
  const rows: Record<string, number | string>[] = [];
  try {
    for (const file of files) {
      const tab = await ext.context.newPage();
      try {
        await tab.goto(`${site.origin}/${file}`, { waitUntil: 'load', timeout: 20_000 }).catch(() => undefined);
        await tab.waitForTimeout(300);
        await tab.bringToFront();
        // Strings, not functions: tsx would wrap named inner functions in a helper the worker does not have.
        const exec = (arg: { files?: string[]; code?: string; payload?: string }): Promise<unknown> =>
          ext.worker.evaluate(`(async (a) => {
            const c = globalThis.chrome;
            const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
            const target = { tabId: tab.id, frameIds: [0] };
            if (a.files) return (await c.scripting.executeScript({ target, files: a.files }))[0]?.result;
            const [r] = await c.scripting.executeScript({
              target,
              args: [a.code, a.payload ?? null],
              func: (code, payload) => code === 'probe' ? globalThis.__offthreadProbe.run() : code === 'load' ? globalThis.__offthreadPaint.load : globalThis.__offthreadPaint.paint(payload),
            });
            return r?.result;
          })(${JSON.stringify(arg)})`);
        await exec({ files: ['offthread-probe.js'] });
        const probe = (await exec({ code: 'probe' })) as Record<string, number | string>;
        const html = String(probe.html);
        // The background's part, in Node: parse, detect, extract, analyse; block elements as element-child paths.
        const t0 = performance.now();
        const { document } = parseHTML(html);
        const url = `${site.origin}/${file}`;
        const detection = detectArticle(document as unknown as Document, url);
        const extraction = extractArticle(document as unknown as Document, url, detection);
        const backgroundMs = performance.now() - t0;
        if (!detection.isArticle) {
          rows.push({ page: file, note: 'not an article' });
          continue;
        }
        const analysis = analyzeArticle(extraction.article, { readerLanguage: 'en' });
        const paths = extraction.blockElements.map(pathOf);
        const tags = extraction.blockElements.map((e) => e.localName);
        const payload = lean
          ? JSON.stringify({ items: highlightItems(analysis), blocks: extraction.article.blocks, paths, tags, highlights: DEFAULT_SETTINGS.highlights })
          : JSON.stringify({ state: { status: 'analyzed', analysis, related: [] }, article: extraction.article, paths, tags });
        await exec({ files: ['offthread-paint.js'] });


        const paint = (await exec({ code: 'paint', payload })) as Record<string, number>;
        const loadMs = (await exec({ code: 'load' })) as number;
        const readabilityMs = (await timeReadability(tab, readability, 0))?.cold ?? null;
        const steps: Record<string, number> = { init: Number(probe.init), gate: Number(probe.gate), size: Number(probe.size), serialise: Number(probe.serialise), send: Number(probe.send), load: loadMs, receive: paint.receive!, resolve: paint.resolve!, anchor: paint.anchor!, paint: paint.paint! };
        const total = PAGE_STEPS.reduce((a, s) => a + steps[s]!, 0);
        rows.push({ page: file, kB: Math.round(html.length / 1000), ...steps, total, readability: readabilityMs ?? NaN, ratio: total / (readabilityMs ?? NaN), painted: paint.painted!, failed: paint.failed!, misplaced: paint.misplaced!, blocks: paint.blocks!, background: backgroundMs });
      } finally {
        await tab.close();
      }
      process.stdout.write('.');
    }
  } finally {
    await ext.close();
    await site.close();
    rmSync(root, { recursive: true, force: true });
    rmSync(extDir, { recursive: true, force: true });
  }
  process.stdout.write('\n');
  const done = rows.filter((r) => typeof r.total === 'number');
  const r2 = (x: number) => Math.round(x * 100) / 100;
  printTable(['page', 'kB', ...PAGE_STEPS, 'total', 'readability', 'ratio', 'painted', 'failed', 'misplaced', 'background'], rows.map((r) => [r.page, r.kB, ...PAGE_STEPS.map((s) => (typeof r[s] === 'number' ? r2(r[s] as number) : null)), typeof r.total === 'number' ? r2(r.total) : String(r.note ?? ''), typeof r.readability === 'number' ? r2(r.readability) : null, typeof r.ratio === 'number' ? r2(r.ratio) : null, r.painted, r.failed, r.misplaced, typeof r.background === 'number' ? r2(r.background) : null]));
  const med = (k: string) => r2(median(done.map((r) => r[k] as number)));
  const stepsMs = Object.fromEntries(PAGE_STEPS.map((s) => [s, med(s)]));
  const withoutStarts = done.map((r) => PAGE_STEPS.filter((s) => s !== 'init' && s !== 'load').reduce((a, s) => a + (r[s] as number), 0));
  printFigures({
    pages: done.length,
    stepsMs,
    pageThreadMs: med('total'),
    readabilityColdMs: med('readability'),
    pageThreadVsReadability: r2(median(done.map((r) => r.total as number)) / median(done.map((r) => r.readability as number))),
    medianPerPageRatio: med('ratio'),
    withoutScriptStartsVsReadability: r2(median(withoutStarts) / median(done.map((r) => r.readability as number))),
    misplacedBlocks: done.reduce((a, r) => a + (r.misplaced as number), 0),
    blocks: done.reduce((a, r) => a + (r.blocks as number), 0),
    failedAnchors: done.reduce((a, r) => a + (r.failed as number), 0),
    paintedAnchors: done.reduce((a, r) => a + (r.painted as number), 0),
  });
}


void main();
