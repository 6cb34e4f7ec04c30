/**
 * Where Byline's own time goes on article pages, in Chromium with the built extension loaded: the CDP sampling
 * profiler runs on each page from before it loads until the highlights are painted, and the self time of every
 * function in Byline's injected scripts (probe, first stage, content script) is summed over the pages, the native
 * calls it makes (DOM, regexes, garbage collection during it) included. Build
 * unminified for readable names (`BYLINE_MINIFY=0 npx wxt build`: the bundle's names are the source's then).
 *
 *   npx tsx scripts/bench/extension-profile.ts [dataset folder…] [--limit N] [--top N]
 *
 * Ends with one JSON line: pages, Byline's total self milliseconds, and the top functions.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchWithExtension } from '../lib/chromium';
import { startStaticServer } from '../lib/static-server';
import { defaultDataset, flagValue, printTable } from '../lib/report';
import { askPageStatusSource } from '../../lib/extension/page-status';
import { stageArticles } from './cold/stage';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const folders = argv.filter((a, i) => !a.startsWith('--') && !['--limit', '--top'].includes(argv[i - 1] ?? ''));
  const limit = Number(flagValue(argv, 'limit') ?? 8);
  const top = Number(flagValue(argv, 'top') ?? 50);
  const datasets = (folders.length ? folders.map((f) => path.resolve(f)) : [defaultDataset('readability'), defaultDataset('wcxb-dev')]).filter((d) => existsSync(d));
  const root = mkdtempSync(path.join(os.tmpdir(), 'byline-ext-profile-'));
  const files = stageArticles(root, datasets, limit, true);
  const site = await startStaticServer(root);
  const ext = await launchWithExtension({ headless: true });
  await ext.context.route((url) => url.origin !== site.origin && /^https?:$/.test(url.protocol), (route) => route.abort());
  const self = new Map<string, number>();
  /** Time with the function anywhere on the stack (once per sample), and self time by the Byline caller. */
  const inclusive = new Map<string, number>();
  const callers = new Map<string, Map<string, number>>();
  const natives = new Map<string, Map<string, number>>();
  let totalMs = 0;
  let pages = 0;
  try {
    for (const file of files) {
      const tab = await ext.context.newPage();
      try {
        const cdp = await ext.context.newCDPSession(tab);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 25 });
        await cdp.send('Profiler.start');
        await tab.goto(`${site.origin}/${file}`, { waitUntil: 'load', timeout: 20_000 }).catch(() => undefined);
        const tabId = (await ext.worker.evaluate(`chrome.tabs.query({ active: true, currentWindow: true }).then((t) => t[0]?.id ?? null)`)) as number | null;
        const started = Date.now();
        for (; tabId !== null && Date.now() - started < 15_000; ) {
          const status = (await ext.worker.evaluate(askPageStatusSource(tabId)).catch(() => null)) as { idle?: string | null; timings?: { name: string }[] } | null;
          if (status && status.idle !== 'pending' && (status.idle !== null || status.timings?.some((t) => t.name === 'paint'))) break;
          await new Promise((r) => setTimeout(r, 50));
        }
        const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
        pages++;
        const byId = new Map(profile.nodes.map((n) => [n.id, n]));
        const parent = new Map<number, number>();
        for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
        for (let i = 0; i < profile.samples.length; i++) {
          // A native frame (a DOM call, a regex, the collector) counts for the Byline function that called it.
          let id: number | undefined = profile.samples[i]!;
          while (id !== undefined && !byId.get(id)!.callFrame.url.startsWith('chrome-extension://')) id = parent.get(id);
          if (id === undefined) continue;
          const keyOf = (n: number) => {
            const f = byId.get(n)!.callFrame;
            return `${f.functionName || '(anonymous)'} ${path.basename(f.url)}:${f.lineNumber + 1}`;
          };
          const key = keyOf(id);
          const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
          self.set(key, (self.get(key) ?? 0) + ms);
          totalMs += ms;
          const onStack = new Set<string>();
          let caller: string | null = null;
          for (let a: number | undefined = id; a !== undefined; a = parent.get(a)) {
            if (!byId.get(a)!.callFrame.url.startsWith('chrome-extension://')) continue;
            const k = keyOf(a);
            if (a !== id && caller === null && k !== key) caller = k;
            onStack.add(k);
          }
          for (const k of onStack) inclusive.set(k, (inclusive.get(k) ?? 0) + ms);
          const byCaller = callers.get(key) ?? new Map<string, number>();
          callers.set(key, byCaller);
          byCaller.set(caller ?? '(top)', (byCaller.get(caller ?? '(top)') ?? 0) + ms);
          // What the sample was doing inside it: its own code, or a native call (named).
          const top = profile.samples[i]!;
          const what = top === id ? '(own)' : byId.get(top)!.callFrame.functionName || '(native)';
          const inside = natives.get(key) ?? new Map<string, number>();
          natives.set(key, inside);
          inside.set(what, (inside.get(what) ?? 0) + ms);
        }
      } catch (error) {
        console.log(`${file}: ${error instanceof Error ? error.message.slice(0, 80) : String(error)}`);
      } finally {
        await tab.close();
      }
    }
  } finally {
    await ext.close();
    await site.close();
    rmSync(root, { recursive: true, force: true });
  }
  const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, top);
  const r2 = (v: number) => Math.round(v * 100) / 100;
  printTable(
    ['function in Byline’s page scripts (self time, all pages)', 'ms', 'share', 'callers (ms)', 'inside (ms)'],
    rows.map(([k, v]) => {
      const top3 = (m: Map<string, number> | undefined) => [...(m ?? [])].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([c, x]) => `${c.split(' ')[0]} ${r2(x)}`).join(', ');
      return [k, r2(v), `${Math.round((v / totalMs) * 1000) / 10}%`, top3(callers.get(k)), top3(natives.get(k))];
    }),
  );
  console.log('');
  printTable(['function (inclusive: on the stack, all pages)', 'ms'], [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top * 3).map(([k, v]) => [k, r2(v)]));
  console.log(JSON.stringify({ pages, totalMs: Math.round(totalMs * 10) / 10, top: Object.fromEntries(rows.map(([k, v]) => [k, Math.round(v * 100) / 100])) }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
