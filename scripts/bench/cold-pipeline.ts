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
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultDataset, flagValue, median, printTable, type Cell } from '../lib/report';
import { PIECES } from './cold/pieces';
import { bundlePieces, runOnPages, stageArticles } from './cold/stage';

const DEFAULT_LIMIT = 8;

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const folders = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--limit');
  const limit = Number(flagValue(argv, 'limit') ?? DEFAULT_LIMIT);
  const datasets = (folders.length ? folders.map((f) => path.resolve(f)) : [defaultDataset('readability'), defaultDataset('wcxb-dev')]).filter((d) => existsSync(d));
  const script = await bundlePieces(true);

  const root = mkdtempSync(path.join(os.tmpdir(), 'byline-cold-'));
  const files = stageArticles(root, datasets, limit, true);
  const cold: Record<string, number[]> = {};
  const warm: Record<string, number[]> = {};
  const rows: Cell[][] = [];
  await runOnPages(root, files, script, async (tab, file) => {
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
  }, (file, error) => rows.push([file, ...PIECES.map(() => null), null, error instanceof Error ? error.message.slice(0, 40) : String(error)]));
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
