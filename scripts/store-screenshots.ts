/**
 * Store screenshots (1280×800, what the Chrome Web Store and addons.mozilla.org take): for an English,
 * a Russian and a Kazakh browser, the demo article with its highlights and the first quote's hover card
 * beside the popup in that language, captured in real Chromium and laid side by side in Chromium too.
 *
 *   npm run store:screenshots      (builds first; writes store/screenshot-<n>-<lang>.png)
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension, projectRoot } from './lib/chromium';
import { captureDemo } from './lib/demo';
import { startStaticServer } from './lib/static-server';

const WIDTH = 1280;
const HEIGHT = 800;
const POPUP_WIDTH = 400;
const ARTICLE_WIDTH = WIDTH - POPUP_WIDTH - 24;

const SHOTS = [
  { lang: 'en', article: '/tengrinews-en/bashimov-elections.html', caption: 'Who said what, who reported it — on the page and in the popup' },
  { lang: 'ru', article: '/altaynews/akim-elections.html', caption: 'Кто что сказал и кто об этом сообщил — прямо в статье' },
  { lang: 'kk', article: '/kaz/akim-sailauy.html', caption: 'Кім не деді, кім хабарлады — мақаланың өзінде' },
] as const;

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) execSync('npx wxt build', { cwd: projectRoot, stdio: 'inherit' });
  const outDir = path.join(projectRoot, 'store');
  mkdirSync(outDir, { recursive: true });
  const site = await startStaticServer(path.join(projectRoot, 'tests/fixtures/site'));
  try {
    for (const [i, shot] of SHOTS.entries()) {
      const browser = await launchWithExtension({ headless: true, uiLanguage: shot.lang });
      try {
        const demo = await captureDemo(browser, site.origin + shot.article, {
          viewport: { width: ARTICLE_WIDTH, height: HEIGHT - 56 },
          popupWidth: POPUP_WIDTH,
        });
        // Laid out in Chromium too: the article on the left, the top of the popup on the right, one caption.
        const canvas = await browser.context.newPage();
        await canvas.setViewportSize({ width: WIDTH, height: HEIGHT });
        await canvas.setContent(`<!doctype html><html><body style="margin:0;width:${WIDTH}px;height:${HEIGHT}px;overflow:hidden;
          background:#1f4f8a;font:600 22px/56px system-ui,sans-serif;color:#fff">
          <div style="height:56px;padding:0 24px;white-space:nowrap;overflow:hidden">${shot.caption}</div>
          <div style="display:flex;gap:12px;padding:0 0 0 0">
            <img src="${dataUrl(demo.article)}" style="display:block;width:${ARTICLE_WIDTH}px;height:${HEIGHT - 56}px;object-fit:cover;object-position:top left">
            <div style="width:${POPUP_WIDTH}px;height:${HEIGHT - 56 - 12}px;overflow:hidden;border-radius:8px;background:#fff;box-shadow:0 6px 24px rgba(0,0,0,.35)">
              <img src="${dataUrl(demo.popup)}" style="display:block;width:${POPUP_WIDTH}px">
            </div>
          </div></body></html>`);
        await canvas.waitForFunction(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0));
        const file = path.join(outDir, `screenshot-${i + 1}-${shot.lang}.png`);
        writeFileSync(file, await canvas.screenshot({ clip: { x: 0, y: 0, width: WIDTH, height: HEIGHT } }));
        console.log(`${file} (${demo.quotes} quotes)`);
      } finally {
        await browser.close();
      }
    }
  } finally {
    await site.close();
  }
}

main().catch((error: unknown) => {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
