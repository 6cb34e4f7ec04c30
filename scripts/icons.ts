/**
 * Renders the toolbar and store icon (store/icon.svg, drawn once) to public/icon/<size>.png in Chromium,
 * so the PNGs WXT puts in both manifests come from one drawing. Run after editing the SVG:
 * `npm run icons` (the PNGs are committed, so builds need no image library).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, projectRoot } from './lib/chromium';

export const ICON_SIZES = [16, 32, 48, 128] as const;

async function main(): Promise<void> {
  const svg = readFileSync(path.join(projectRoot, 'store/icon.svg'), 'utf8');
  const outDir = path.join(projectRoot, 'public/icon');
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--disable-gpu'] });
  try {
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const sized = svg.replace(/width="\d+" height="\d+"/, `width="${size}" height="${size}"`);
      await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
      const file = path.join(outDir, `${size}.png`);
      await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      await page.close();
      console.log(file);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
