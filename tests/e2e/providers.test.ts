/**
 * Opt-in web providers end to end. Off by default: no request leaves for them. Turned on in the
 * options, GDELT is asked (answers come from a local fixture server, through request routing)
 * and its results appear in the popup. Uses the provider test build (see wxt.config.ts): the
 * only difference is that the host permission is granted at install instead of by a prompt.
 */
import { execSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, projectRoot } from '../../scripts/lib/chromium';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';
import { openPopup, tabIdOf, waitForAnalysis, withOptionsPage, type E2E } from './support';

const BUILD = path.join(projectRoot, '.output/e2e-providers/chrome-mv3');
let env: E2E;
let fixtures: StaticServer;
const providerRequests: string[] = [];

beforeAll(async () => {
  execSync('npx wxt build', { cwd: projectRoot, env: { ...process.env, BYLINE_E2E_GRANT_PROVIDERS: '1' }, stdio: 'ignore' });
  fixtures = await startStaticServer(path.join(projectRoot, 'tests/fixtures/providers'));
  const site = await startStaticServer(path.join(projectRoot, 'tests/fixtures/site'));
  const browser = await launchWithExtension({ headless: true, extensionDir: BUILD });
  env = { site, browser };
  // Requests to the providers are answered by the local fixture server, and recorded.
  await browser.context.route('https://api.gdeltproject.org/**', async (route) => {
    providerRequests.push(route.request().url());
    const local = await route.fetch({ url: `${fixtures.origin}/gdelt-artlist.json` });
    await route.fulfill({ response: local, contentType: 'application/json' });
  });
  await browser.context.route('https://news.google.com/**', async (route) => {
    providerRequests.push(route.request().url());
    await route.fulfill({ response: await route.fetch({ url: `${fixtures.origin}/google-news.rss` }) });
  });
});
afterAll(async () => {
  await env?.browser.close();
  await env?.site.close();
  await fixtures?.close();
});

async function popupForSeed() {
  const page = await env.browser.context.newPage();
  await page.goto(env.site.origin + '/altaynews/akim-elections.html');
  const tabId = await tabIdOf(env, page);
  const { analysis } = await waitForAnalysis(env, tabId);
  const popup = await openPopup(env, tabId);
  await popup.waitForSelector('[data-field="title"]');
  await popup.click('[data-tab="context"]');
  return { page, popup, analysis };
}

describe('web providers', () => {
  it('stay silent while off (the default)', async () => {
    const { page, popup } = await popupForSeed();
    await popup.waitForSelector('[data-section="related"]');
    expect(await popup.$$('[data-provider]')).toHaveLength(0);
    expect(providerRequests).toEqual([]);
    await Promise.all([popup.close(), page.close()]);
  });

  it('when GDELT is turned on, asks it with names only and shows what it found', async () => {
    await withOptionsPage(env, async (options) => {
      await options.check('input[name="provider-gdelt"]');
      await options.waitForSelector('[data-saved="yes"]');
    });
    const { page, popup, analysis } = await popupForSeed();
    await popup.waitForSelector('[data-provider="gdelt"] [data-web-related]');
    const found = await popup.$$eval('[data-provider="gdelt"] [data-web-related]', (els) => els.map((e) => e.getAttribute('data-web-related')));
    expect(found).toEqual([
      'https://www.example-news.kz/politics/district-akim-elections-results',
      'https://www.example-wire.com/asia/kazakhstan-votes-2023-11-05',
    ]);
    expect(providerRequests).toHaveLength(1);
    const sent = [...new URL(providerRequests[0]!).searchParams.values()].join(' ');
    expect(sent).toContain('Marat Bashimov');
    // Not one sentence of the article goes out.
    for (const sentence of analysis.article.text.split(/(?<=[.!?])\s+/).filter((s: string) => s.length > 30)) {
      expect(sent).not.toContain(sentence.slice(0, 30));
    }
    // A second look at the same article comes from the cache: no new request.
    await popup.reload();
    await popup.click('[data-tab="context"]');
    await popup.waitForSelector('[data-provider="gdelt"] [data-web-related]');
    expect(providerRequests).toHaveLength(1);
    await Promise.all([popup.close(), page.close()]);
  });
});
