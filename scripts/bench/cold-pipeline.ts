/**
 * Where detection and extraction spend their time on a fresh page, piece by piece, cold against warm. On a new
 * page V8 compiles every function and regex on first use and runs the code in its interpreter: that, not the
 * work itself, is most of what the content script costs an article page (scripts/bench/browser.ts measures the
 * whole pipeline inside the extension; this takes it apart). The pieces (scripts/bench/cold/pieces.ts) are bundled
 * minified into one script, added to each article page in Chromium without the extension, and run twice: the
 * first run is cold, the second warm.
 *
 *   npx tsx scripts/bench/cold-pipeline.ts [dataset folder…] [--limit N]
 *
 * Dataset folders as for scripts/bench/browser.ts (default ../shared/datasets/readability and wcxb-dev); the
 * demo site's four articles, then `--limit` article pages of each (default 8), spread evenly. Prints a table per
 * page and the medians, and ends with one JSON line.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { chromiumPath, projectRoot } from '../lib/chromium';
import { startStaticServer } from '../lib/static-server';
import { defaultDataset, flagValue, median, printTable, type Cell } from '../lib/report';
import { loadPages } from '../eval/pages';
import { PIECES } from './cold/pieces';

const DEMO_ARTICLES = ['altaynews/akim-elections.html', 'altaynews/second-story.html', 'kaz/akim-sailauy.html', 'tengrinews-en/bashimov-elections.html'];
const DEFAULT_LIMIT = 8;

async function bundle(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: path.join(projectRoot, 'scripts', 'bench', 'cold', 'pieces.ts'), formats: ['iife'], name: 'bylineCold' },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as { output: { type: string; code?: string }[] }[];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
  if (!chunk?.code) throw new Error('no bundle');
  return chunk.code;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const folders = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--limit');
  const limit = Number(flagValue(argv, 'limit') ?? DEFAULT_LIMIT);
  const datasets = (folders.length ? folders.map((f) => path.resolve(f)) : [defaultDataset('readability'), defaultDataset('wcxb-dev')]).filter((d) => existsSync(d));
  const script = await bundle();

  const root = mkdtempSync(path.join(os.tmpdir(), 'byline-cold-'));
  cpSync(path.join(projectRoot, 'tests', 'fixtures', 'site'), path.join(root, 'site'), { recursive: true });
  const files = DEMO_ARTICLES.map((f) => `site/${f}`);
  for (const dir of datasets) {
    const name = path.basename(dir);
    mkdirSync(path.join(root, name), { recursive: true });
    const articles = loadPages(dir).filter((p) => p.isArticle);
    const n = Math.min(limit, articles.length);
    for (let i = 0; i < n; i++) {
      const p = articles[Math.floor((i * articles.length) / n)]!;
      writeFileSync(path.join(root, name, `${p.id}.html`), p.html);
      files.push(`${name}/${p.id}.html`);
    }
  }
  const site = await startStaticServer(root);
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--disable-gpu'] });
  const cold: Record<string, number[]> = {};
  const warm: Record<string, number[]> = {};
  const rows: Cell[][] = [];
  try {
    const context = await browser.newContext();
    // Saved pages point at CDNs: nothing leaves the machine.
    await context.route((url) => url.origin !== site.origin && /^https?:$/.test(url.protocol), (route) => route.abort());
    for (const file of files) {
      const tab = await context.newPage();
      try {
        await tab.goto(`${site.origin}/${file}`, { waitUntil: 'load', timeout: 20_000 }).catch(() => undefined);
        await tab.addScriptTag({ content: script });
        // A string: tsx would wrap a function in helpers the page does not have.
        const first = (await tab.evaluate('window.__bylineCold()')) as Record<string, number>;
        const again = (await tab.evaluate('window.__bylineCold()')) as Record<string, number>;
        for (const p of PIECES) {
          if (first[p] !== undefined) (cold[p] ??= []).push(first[p]);
          if (again[p] !== undefined) (warm[p] ??= []).push(again[p]);
        }
        const sum = (r: Record<string, number>) => PIECES.reduce((a, p) => a + (r[p] ?? 0), 0);
        (cold['all'] ??= []).push(sum(first));
        (warm['all'] ??= []).push(sum(again));
        rows.push([file, ...PIECES.map((p) => round(first[p])), round(sum(first)), round(sum(again))]);
      } catch (error) {
        rows.push([file, ...PIECES.map(() => null), null, error instanceof Error ? error.message.slice(0, 40) : String(error)]);
      } finally {
        await tab.close();
      }
    }
  } finally {
    await browser.close();
    await site.close();
    rmSync(root, { recursive: true, force: true });
  }
  printTable(['page (cold ms)', ...PIECES, 'all cold', 'all warm'], rows);
  const medians = (xs: Record<string, number[]>) => Object.fromEntries(Object.entries(xs).map(([k, v]) => [k, round(median(v))]));
  console.log('\nmedians, cold:', JSON.stringify(medians(cold)), '\nmedians, warm:', JSON.stringify(medians(warm)));
  console.log(JSON.stringify({ pages: cold['all']?.length ?? 0, coldMs: medians(cold), warmMs: medians(warm) }));
}

function round(x: number | undefined): number | null {
  return x === undefined ? null : Math.round(x * 100) / 100;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
