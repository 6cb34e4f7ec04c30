/**
 * Where the cold pipeline's time goes, by function: scripts/bench/cold-pipeline.ts's pieces (detection and
 * extraction on a fresh page), run once cold under the CDP sampling profiler in Chromium without the extension.
 * Self time per function summed over the pages (the bundle is not minified, so names are the source's); V8's
 * lazy compilation of a function shows as self time of its caller or as `(program)`.
 *
 *   npx tsx scripts/bench/cold-profile.ts [dataset folder…] [--limit N] [--top N]
 *
 * Ends with one JSON line: the pages profiled and the top functions with their self milliseconds.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { chromiumPath, projectRoot } from '../lib/chromium';
import { startStaticServer } from '../lib/static-server';
import { defaultDataset, flagValue, printTable } from '../lib/report';
import { loadPages } from '../eval/pages';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

async function bundle(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: false, lib: { entry: path.join(projectRoot, 'scripts', 'bench', 'cold', 'pieces.ts'), formats: ['iife'], name: 'bylineCold' } },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as { output: { type: string; code?: string }[] }[];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
  if (!chunk?.code) throw new Error('no bundle');
  return chunk.code + '\n//# sourceURL=byline-cold.js';
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const folders = argv.filter((a, i) => !a.startsWith('--') && !['--limit', '--top'].includes(argv[i - 1] ?? ''));
  const limit = Number(flagValue(argv, 'limit') ?? 8);
  const top = Number(flagValue(argv, 'top') ?? 40);
  const datasets = (folders.length ? folders.map((f) => path.resolve(f)) : [defaultDataset('wcxb-dev')]).filter((d) => existsSync(d));
  const script = await bundle();
  const root = mkdtempSync(path.join(os.tmpdir(), 'byline-profile-'));
  const files: string[] = [];
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
  const self = new Map<string, number>();
  let totalMs = 0;
  try {
    const context = await browser.newContext();
    await context.route((url) => url.origin !== site.origin && /^https?:$/.test(url.protocol), (route) => route.abort());
    for (const file of files) {
      const tab = await context.newPage();
      try {
        await tab.goto(`${site.origin}/${file}`, { waitUntil: 'load', timeout: 20_000 }).catch(() => undefined);
        await tab.addScriptTag({ content: script });
        const cdp = await tab.context().newCDPSession(tab);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 25 });
        await cdp.send('Profiler.start');
        await tab.evaluate('window.__bylineCold()');
        const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
        const byId = new Map(profile.nodes.map((n) => [n.id, n]));
        for (let i = 0; i < profile.samples.length; i++) {
          const node = byId.get(profile.samples[i]!)!;
          const f = node.callFrame;
          if (f.functionName === '(idle)') continue;
          const key = `${f.functionName || '(anonymous)'} ${f.url ? path.basename(f.url) : ''}:${f.lineNumber + 1}`;
          const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
          self.set(key, (self.get(key) ?? 0) + ms);
          totalMs += ms;
        }
      } catch (error) {
        console.log(`${file}: ${error instanceof Error ? error.message.slice(0, 80) : String(error)}`);
      } finally {
        await tab.close();
      }
    }
  } finally {
    await browser.close();
    await site.close();
    rmSync(root, { recursive: true, force: true });
  }
  const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, top);
  printTable(['function (self time, all pages)', 'ms', 'share'], rows.map(([k, v]) => [k, Math.round(v * 100) / 100, `${Math.round((v / totalMs) * 1000) / 10}%`]));
  console.log(JSON.stringify({ pages: files.length, totalMs: Math.round(totalMs * 10) / 10, top: Object.fromEntries(rows.map(([k, v]) => [k, Math.round(v * 100) / 100])) }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
