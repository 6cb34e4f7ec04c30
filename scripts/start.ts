/**
 * `npm start`: builds the extension, serves the demo site on 127.0.0.1 and opens Chromium with
 * Byline loaded on the demo article. Without a display it says so, runs headless, waits for the
 * analysis, opens the first quote's hover card and writes screenshots of the article and of the
 * whole popup (and the side panel, when the build has one) to demo-output/.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromiumPath, launchWithExtension, projectRoot } from './lib/chromium';
import { captureDemo } from './lib/demo';
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
  await page.close();
  // Waits for the analysis and the highlights (no fixed sleep), opens the first quote's card, captures the whole popup.
  const shots = await captureDemo(browser, site.origin + DEMO_ARTICLE);
  const files = { article: path.join(OUTPUT_DIR, 'article.png'), popup: path.join(OUTPUT_DIR, 'popup.png'), sidePanel: path.join(OUTPUT_DIR, 'side-panel.png') };
  writeFileSync(files.article, shots.article);
  writeFileSync(files.popup, shots.popup);
  if (shots.sidePanel) writeFileSync(files.sidePanel, shots.sidePanel);
  console.log(`${shots.quotes} quotes found. Screenshots: ${files.article}, ${files.popup}${shots.sidePanel ? `, ${files.sidePanel}` : ''}`);
  await browser.close();
  await site.close();
}

main().catch((error: unknown) => {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
