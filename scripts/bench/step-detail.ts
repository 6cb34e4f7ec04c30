/**
 * Every step the page's timeline records on its first run (not only the pipeline's, scripts/bench/pipeline-steps.ts),
 * by name (a second run as `name#2`, when there is one by then), in one build on the article pages: for temporary
 * finer `timed()` marks while looking for where a step's
 * time goes. Median over pages of each page's median over rounds, with the spread (quartiles) over pages.
 *
 *   npx tsx scripts/bench/step-detail.ts [--dir <build dir>] [--limit N] [--rounds N]
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromeBuildDir } from '../lib/chromium';
import { startStaticServer } from '../lib/static-server';
import { defaultDataset, flagValue, median, printTable } from '../lib/report';
import { askPageStatusSource } from '../../lib/extension/page-status';
import { bounded, launchForSite, stageArticles } from './cold/stage';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const dir = path.resolve(flagValue(argv, 'dir') ?? chromeBuildDir);
  const limit = Number(flagValue(argv, 'limit') ?? 8);
  const rounds = Number(flagValue(argv, 'rounds') ?? 2);
  const datasets = [defaultDataset('readability'), defaultDataset('wcxb-dev')].filter((d) => existsSync(d));
  const root = mkdtempSync(path.join(os.tmpdir(), 'byline-detail-'));
  const files = stageArticles(root, datasets, limit, true);
  const site = await startStaticServer(root);
  const runs: Map<string, number[]>[] = files.map(() => new Map());
  try {
    for (let r = 0; r < rounds; r++) {
      const ext = await launchForSite(dir, site.origin);
      try {
        for (let i = 0; i < files.length; i++) {
          const tab = await ext.context.newPage();
          try {
            await bounded(tab.goto(`${site.origin}/${files[i]}`, { waitUntil: 'load', timeout: 20_000 }));
            await tab.bringToFront();
            const tabId = (await bounded(ext.worker.evaluate(`chrome.tabs.query({ active: true, lastFocusedWindow: true }).then((t) => t[0]?.id ?? null)`))) as number | null;
            const started = Date.now();
            while (tabId !== null && Date.now() - started < 15_000) {
              const status = (await bounded(ext.worker.evaluate(askPageStatusSource(tabId)))) as { idle?: string | null; timings?: { name: string; kind: string; duration: number }[] } | null;
              if (status && status.idle !== 'pending' && status.idle !== null) break;
              const steps = (status?.timings ?? []).filter((t) => t.kind === 'step');
              if (steps.some((m) => m.name === 'paint')) {
                const seen = new Map<string, number>();
                for (const s of steps) {
                  const n = (seen.get(s.name) ?? 0) + 1;
                  seen.set(s.name, n);
                  if (n > 2) continue;
                  const name = n === 1 ? s.name : `${s.name}#2`;
                  const list = runs[i]!.get(name) ?? [];
                  list.push(s.duration);
                  runs[i]!.set(name, list);
                }
                break;
              }
              await new Promise((res) => setTimeout(res, 50));
            }
          } finally {
            process.stdout.write(runs[i]!.has('paint') ? '+' : '-');
            await bounded(tab.close());
          }
        }
      } finally {
        await bounded(ext.close());
      }
      process.stdout.write('.');
    }
  } finally {
    await site.close();
    rmSync(root, { recursive: true, force: true });
  }
  console.log('');
  const names = [...new Set(runs.flatMap((m) => [...m.keys()]))];
  const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor(p * (xs.length - 1))] ?? 0;
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  const rows = names.map((n) => {
    const per = runs.filter((m) => m.has(n)).map((m) => median(m.get(n)!));
    return [n, per.length, r3(median(per)), r3(q(per, 0.25)), r3(q(per, 0.75))];
  });
  printTable(['step (first run)', 'pages', 'median ms', 'q1', 'q3'], rows);
  console.log(JSON.stringify(Object.fromEntries(rows.map((r) => [r[0], r[2]]))));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
