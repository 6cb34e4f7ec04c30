/**
 * Two builds of the extension on the same article pages, in turn (each round runs every page with one build, then
 * with the other; which goes first alternates), so both meet the machine's load of the same minutes: the article pipeline's steps (scripts/bench/pipeline-steps.ts)
 * of build A and build B, their medians and the median of the per-page ratios B/A. For a change's effect on a
 * busy machine, where two separate runs of scripts/bench/browser.ts differ by more than the change.
 *
 *   npx tsx scripts/bench/pipeline-ab.ts --a <build dir> --b <build dir> [dataset folder…] [--limit N] [--rounds N]
 *
 * Build dirs as `.output/chrome-mv3` (B defaults to this checkout's). Pages: the demo site's four articles and
 * `--limit` article pages of each dataset (default: the Readability suite and WCXB dev, 8 each). Ends with one JSON line.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { chromeBuildDir, type ExtensionBrowser } from '../lib/chromium';
import { startStaticServer } from '../lib/static-server';
import { defaultDataset, flagValue, median, printTable, type Cell } from '../lib/report';
import { askPageStatusSource } from '../../lib/extension/page-status';
import { bounded, launchForSite, stageArticles } from './cold/stage';
import { EXTRA_STEPS, firstRunSteps, STEPS, type Measure } from './pipeline-steps';

const PAINT_TIMEOUT_MS = 20_000;

type Steps = Partial<Record<string, number>>;

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const valued = ['--a', '--b', '--limit', '--rounds'];
  const folders = argv.filter((a, i) => !a.startsWith('--') && !valued.includes(argv[i - 1] ?? ''));
  const dirA = path.resolve(flagValue(argv, 'a') ?? '');
  const dirB = path.resolve(flagValue(argv, 'b') ?? chromeBuildDir);
  const limit = Number(flagValue(argv, 'limit') ?? 8);
  const rounds = Number(flagValue(argv, 'rounds') ?? 2);
  const datasets = (folders.length ? folders.map((f) => path.resolve(f)) : [defaultDataset('readability'), defaultDataset('wcxb-dev')]).filter((d) => existsSync(d));
  const root = mkdtempSync(path.join(os.tmpdir(), 'byline-ab-'));
  const files = stageArticles(root, datasets, limit, true);
  const site = await startStaticServer(root);
  /** runs[build][page] = each round's steps (with `pipeline` and `all`: the sum of STEPS, and with EXTRA_STEPS). */
  const runs: Steps[][][] = [files.map(() => []), files.map(() => [])];
  /** Pages a build did not paint in the first round (not an article for it, or it navigates away): not loaded again. */
  const skipped = new Set<number>();
  try {
    // One browser at a time; each round runs every page with one build, then with the other, in alternating order.
    for (let r = 0; r < rounds; r++) {
      for (const b of r % 2 === 0 ? [0, 1] : [1, 0]) {
        const launch = () => launchForSite(b === 0 ? dirA : dirB, site.origin);
        let ext = await launch();
        try {
          for (let i = 0; i < files.length; i++) {
            if (skipped.has(i)) continue;
            let closed = false;
            const steps = await pipelineOf(ext, `${site.origin}/${files[i]}`).catch((error: unknown) => {
              const message = error instanceof Error ? error.message : String(error);
              closed = /has been closed/.test(message);
              console.log(`\n${files[i]}: ${message.slice(0, 80)}`);
              return null;
            });
            if (steps) runs[b]![i]!.push(steps);
            else if (r === 0) skipped.add(i);
            // A page that navigates itself away can take the browser down with it: the next pages get a new one.
            if (closed) {
              await bounded(ext.close());
              ext = await launch();
            }
          }
        } finally {
          await bounded(ext.close());
        }
        process.stdout.write('.');
      }
    }
  } finally {
    await site.close();
    rmSync(root, { recursive: true, force: true });
  }
  console.log('');
  const figures = [...STEPS, 'pipeline', ...EXTRA_STEPS, 'all'];
  // Per page: the median over rounds; then the median over pages (pages painted by both builds only).
  const both = files.map((_, i) => i).filter((i) => runs[0]![i]!.length && runs[1]![i]!.length);
  const pageMedian = (b: number, i: number, f: string) => median(runs[b]![i]!.map((s) => s[f] ?? 0));
  const rows: Cell[][] = figures.map((f) => {
    const a = median(both.map((i) => pageMedian(0, i, f)));
    const b = median(both.map((i) => pageMedian(1, i, f)));
    const ratios = both.map((i) => pageMedian(0, i, f)).every((x) => x > 0) ? median(both.map((i) => pageMedian(1, i, f) / pageMedian(0, i, f))) : null;
    return [f, round(a), round(b), a ? round(b / a) : null, ratios === null ? null : round(ratios)];
  });
  printTable(['step (ms, median over pages of each page’s median)', 'A', 'B', 'B/A', 'median per-page B/A'], rows);
  console.log(`\n${both.length} pages painted by both builds, ${rounds} rounds; A = ${dirA}, B = ${dirB}`);
  console.log(JSON.stringify({ pages: both.length, rounds, a: dirA, b: dirB, ms: Object.fromEntries(rows.map((r) => [r[0], { a: r[1], b: r[2], ratio: r[3], perPage: r[4] }])) }));
}

/** One load of `url` in a fresh tab: the first run's steps once the highlights are painted; null when they never are. */
async function pipelineOf(ext: ExtensionBrowser, url: string): Promise<Steps | null> {
  const tab: Page = await ext.context.newPage();
  try {
    await tab.goto(url, { waitUntil: 'load', timeout: 20_000 }).catch(() => undefined);
    await tab.bringToFront();
    const tabId = (await bounded(ext.worker.evaluate(`chrome.tabs.query({ active: true, lastFocusedWindow: true }).then((t) => t[0]?.id ?? null)`))) as number | null;
    const started = Date.now();
    while (tabId !== null && Date.now() - started < PAINT_TIMEOUT_MS) {
      const status = (await bounded(ext.worker.evaluate(askPageStatusSource(tabId)))) as { idle?: string | null; timings?: (Measure & { kind: string })[] } | null;
      const measures = (status?.timings ?? []).filter((t) => t.kind === 'step');
      if (status && status.idle !== 'pending' && status.idle !== null) return null;
      if (measures.some((m) => m.name === 'paint')) {
        const steps: Steps = firstRunSteps(measures);
        steps['pipeline'] = STEPS.reduce((a, s) => a + (steps[s] ?? 0), 0);
        for (const s of EXTRA_STEPS) steps[s] = measures.find((m) => m.name === s)?.duration ?? 0;
        steps['all'] = steps['pipeline']! + EXTRA_STEPS.reduce((a, s) => a + (steps[s] ?? 0), 0);
        return steps;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    return null;
  } finally {
    // Bounded: closing a tab whose page navigated itself away has hung the run.
    await bounded(tab.close());
  }
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
