/**
 * `npm start`: builds the extension, serves the demo site on 127.0.0.1 and opens Chromium with
 * Byline loaded on the demo article. Without a display it says so, runs headless, and writes
 * screenshots of the article and of the popup to demo-output/.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromiumPath, launchWithExtension, projectRoot } from './lib/chromium';
import { startStaticServer } from './lib/static-server';

const DEMO_PORT = Number(process.env.BYLINE_DEMO_PORT ?? 8377);
const DEMO_ARTICLE = '/altaynews/akim-elections.html';
const OUTPUT_DIR = path.join(projectRoot, 'demo-output');

function ensureChromium(): void {
  try {
    chromiumPath();
  } catch {
    const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
    if (!canApt) throw new Error('Chromium is missing: install it (Debian: sudo apt-get install -y chromium) and run again.');
    console.log('Installing Debian chromium (one time)…');
    execSync('apt-get update -qq && apt-get install -y -qq chromium', { stdio: 'inherit' });
  }
}

async function main(): Promise<void> {
  ensureChromium();
  console.log('Building the extension…');
  execSync('npx wxt build', { cwd: projectRoot, stdio: 'inherit' });

  const site = await startStaticServer(path.join(projectRoot, 'tests/fixtures/site'), DEMO_PORT).catch(() =>
    startStaticServer(path.join(projectRoot, 'tests/fixtures/site'), 0),
  );
  console.log(`Demo site: ${site.origin}/`);

  const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  if (headless) console.log('No display found: running Chromium headless and saving screenshots instead.');
  const browser = await launchWithExtension({ headless });
  const page = await browser.context.newPage();
  await page.goto(site.origin + DEMO_ARTICLE);

  if (!headless) {
    console.log('Chromium is open with Byline loaded. Click the Byline icon in the toolbar. Ctrl-C to stop.');
    browser.context.on('close', () => void site.close().then(() => process.exit(0)));
    return;
  }

  mkdirSync(OUTPUT_DIR, { recursive: true });
  await page.bringToFront();
  const tabId = await browser.worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
    const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
  // Give the content script and background a moment to finish the analysis.
  await page.waitForTimeout(1500);
  await page.screenshot({ path: path.join(OUTPUT_DIR, 'article.png') });
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('[data-field="title"], [data-state]', { timeout: 10_000 });
  await popup.screenshot({ path: path.join(OUTPUT_DIR, 'popup.png'), fullPage: true });
  console.log(`Screenshots: ${path.join(OUTPUT_DIR, 'article.png')} and ${path.join(OUTPUT_DIR, 'popup.png')}`);
  await browser.close();
  await site.close();
}

main().catch((error: unknown) => {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
