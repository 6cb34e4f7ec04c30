/**
 * Starts Debian Chromium with the built extension loaded unpacked, through playwright-core:
 * shared by `npm start`, the end-to-end tests and the browser benchmark.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const chromeBuildDir = path.join(projectRoot, '.output', 'chrome-mv3');

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error('Chromium not found. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.');
  }
  return found;
}

/** Flags of every Chromium started here (a bench's run without extensions uses them too, so only the extension differs). */
export const CHROMIUM_FLAGS = [
  // The machine has no network beyond loopback: keep Chromium from trying.
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-gpu',
];

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker, to read its storage in tests. */
  worker: Worker;
  close(): Promise<void>;
}

export async function launchWithExtension(options: {
  headless: boolean;
  extensionDir?: string;
  /** Browser UI language (what `browser.i18n` answers), e.g. 'ru'. */
  uiLanguage?: string;
  /** Other unpacked extensions loaded beside it (the benchmark's reference, measured in the same browser). */
  alongside?: string[];
}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? chromeBuildDir;
  const loaded = [extensionDir, ...(options.alongside ?? [])].join(',');
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npx wxt build\` first.`);
  }
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'byline-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless,
    viewport: { width: 1200, height: 900 },
    ...(options.uiLanguage ? { locale: options.uiLanguage, env: { ...process.env, LANGUAGE: options.uiLanguage, LANG: `${options.uiLanguage}.UTF-8` } } : {}),
    args: [
      `--disable-extensions-except=${loaded}`,
      `--load-extension=${loaded}`,
      ...CHROMIUM_FLAGS,
      ...(options.uiLanguage ? [`--lang=${options.uiLanguage}`] : []),
    ],
  });
  // With others beside it, its worker is the one at its own id.
  const ours = (w: Worker) => !options.alongside?.length || new URL(w.url()).host === unpackedExtensionId(extensionDir);
  const worker = context.serviceWorkers().find(ours) ?? (await context.waitForEvent('serviceworker', { predicate: ours, timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Chromium's id for an extension loaded unpacked: the SHA-256 of its folder's path, first 32 hex digits as a–p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}
