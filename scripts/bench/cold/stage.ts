/**
 * What the cold benches share (scripts/bench/cold-pipeline.ts, scripts/bench/cold-profile.ts): the pipeline's
 * pieces bundled into one page script, and the article pages they run on, written into a folder to serve.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { chromium, type Page } from 'playwright-core';
import { chromiumPath, launchWithExtension, projectRoot, type ExtensionBrowser } from '../../lib/chromium';
import { startStaticServer } from '../../lib/static-server';
import { loadPages } from '../../eval/pages';

const DEMO_ARTICLES = ['altaynews/akim-elections.html', 'altaynews/second-story.html', 'kaz/akim-sailauy.html', 'tengrinews-en/bashimov-elections.html'];

/**
 * scripts/bench/cold/pieces.ts (or another `entry` of this folder, or an absolute path) as one script
 * (`window.__bylineCold`); unminified keeps the source's names for a profile.
 */
export async function bundlePieces(minify: boolean, entry = 'pieces.ts'): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify, lib: { entry: path.resolve(projectRoot, 'scripts', 'bench', 'cold', entry), formats: ['iife'], name: 'bylineCold' } },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as { output: { type: string; code?: string }[] }[];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
  if (!chunk?.code) throw new Error('no bundle');
  return chunk.code;
}

/**
 * Writes `limit` article pages of each dataset (spread evenly) under `root`, after the demo site's four articles
 * when `demo`; returns their paths relative to `root`.
 */
export function stageArticles(root: string, datasets: string[], limit: number, demo: boolean): string[] {
  const files: string[] = [];
  if (demo) {
    cpSync(path.join(projectRoot, 'tests', 'fixtures', 'site'), path.join(root, 'site'), { recursive: true });
    files.push(...DEMO_ARTICLES.map((f) => `site/${f}`));
  }
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
  return files;
}

/** Headless Chromium with the extension built in `dir`, every request off `origin` (the staged site) aborted. */
export async function launchForSite(dir: string, origin: string): Promise<ExtensionBrowser> {
  const ext = await launchWithExtension({ headless: true, extensionDir: dir });
  await ext.context.route((url) => url.origin !== origin && /^https?:$/.test(url.protocol), (route) => route.abort());
  return ext;
}

/** How long one read of a page or one close may take: a page that navigates itself away can leave either hanging. */
const BOUNDED_MS = 3_000;

/** `read`'s answer, or null when it fails or takes longer than BOUNDED_MS. */
export function bounded<T>(read: Promise<T>): Promise<T | null> {
  return Promise.race([read.catch(() => null), new Promise<null>((r) => setTimeout(() => r(null), BOUNDED_MS))]);
}

/**
 * Serves `root` and, in headless Chromium without the extension, opens each file in a fresh tab with `script`
 * added, then `visit`s it; a page that fails (one navigates itself away) goes to `failed`. Removes `root` after.
 * `args`: more Chromium switches (V8 flags).
 */
export async function runOnPages(root: string, files: string[], script: string, visit: (tab: Page, file: string) => Promise<void>, failed: (file: string, error: unknown) => void, args: string[] = []): Promise<void> {
  const site = await startStaticServer(root);
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--disable-gpu', ...args] });
  try {
    const context = await browser.newContext();
    // Saved pages point at CDNs: nothing leaves the machine.
    await context.route((url) => url.origin !== site.origin && /^https?:$/.test(url.protocol), (route) => route.abort());
    for (const file of files) {
      const tab = await context.newPage();
      try {
        await tab.goto(`${site.origin}/${file}`, { waitUntil: 'load', timeout: 20_000 }).catch(() => undefined);
        await tab.addScriptTag({ content: script });
        await visit(tab, file);
      } catch (error) {
        failed(file, error);
      } finally {
        await tab.close();
      }
    }
  } finally {
    await browser.close();
    await site.close();
    rmSync(root, { recursive: true, force: true });
  }
}
