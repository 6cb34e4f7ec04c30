/**
 * Where the cold pipeline's time goes, by function: scripts/bench/cold-pipeline.ts's pieces (detection and
 * extraction on a fresh page), run once cold under the CDP sampling profiler in Chromium without the extension.
 * Self time per function summed over the pages (the bundle is not minified, so names are the source's); V8's
 * lazy compilation of a function shows as self time of its caller or as `(program)`.
 *
 *   npx tsx scripts/bench/cold-profile.ts [dataset folder…] [--limit N] [--top N] [--whole]
 *
 * `--whole` profiles the pipeline once as the content script runs it (detection, then extraction with the head
 * detection read), not piece by piece (the pieces run extraction twice).
 *
 * Ends with one JSON line: the pages profiled and the top functions with their self milliseconds.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import path from 'node:path';
import { defaultDataset, flagValue, printTable } from '../lib/report';
import os from 'node:os';
import { bundlePieces, runOnPages, stageArticles } from './cold/stage';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const folders = argv.filter((a, i) => !a.startsWith('--') && !['--limit', '--top'].includes(argv[i - 1] ?? ''));
  const limit = Number(flagValue(argv, 'limit') ?? 8);
  const top = Number(flagValue(argv, 'top') ?? 40);
  const whole = argv.includes('--whole');
  const datasets = (folders.length ? folders.map((f) => path.resolve(f)) : [defaultDataset('wcxb-dev')]).filter((d) => existsSync(d));
  const script = (await bundlePieces(false)) + '\n//# sourceURL=byline-cold.js';
  const root = mkdtempSync(path.join(os.tmpdir(), 'byline-profile-'));
  const files = stageArticles(root, datasets, limit, false);
  const self = new Map<string, number>();
  let totalMs = 0;
  await runOnPages(root, files, script, async (tab) => {
    const cdp = await tab.context().newCDPSession(tab);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 25 });
    await cdp.send('Profiler.start');
    await tab.evaluate(whole ? 'window.__bylineWhole()' : 'window.__bylineCold()');
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    for (let i = 0; i < profile.samples.length; i++) {
      const f = byId.get(profile.samples[i]!)!.callFrame;
      if (f.functionName === '(idle)') continue;
      const key = `${f.functionName || '(anonymous)'} ${f.url ? path.basename(f.url) : ''}:${f.lineNumber + 1}`;
      const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      self.set(key, (self.get(key) ?? 0) + ms);
      totalMs += ms;
    }
  }, (file, error) => console.log(`${file}: ${error instanceof Error ? error.message.slice(0, 80) : String(error)}`));
  const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, top);
  printTable(['function (self time, all pages)', 'ms', 'share'], rows.map(([k, v]) => [k, Math.round(v * 100) / 100, `${Math.round((v / totalMs) * 1000) / 10}%`]));
  console.log(JSON.stringify({ pages: files.length, totalMs: Math.round(totalMs * 10) / 10, top: Object.fromEntries(rows.map(([k, v]) => [k, Math.round(v * 100) / 100])) }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
