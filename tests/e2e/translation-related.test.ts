/**
 * Translation hints and related stories end to end: a reader with an English browser opens the
 * Russian seed article, then an English article on the same event.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPopup, startE2E, stopE2E, tabIdOf, waitForAnalysis, type E2E } from './support';

const SEED = '/altaynews/akim-elections.html';
const ENGLISH = '/tengrinews-en/bashimov-elections.html';

let env: E2E;
const requested: string[] = [];
beforeAll(async () => {
  env = await startE2E();
  env.browser.context.on('request', (r) => requested.push(r.url()));
});
afterAll(async () => stopE2E(env));

async function analysedPopup(path: string) {
  const page = await env.browser.context.newPage();
  await page.goto(env.site.origin + path);
  const tabId = await tabIdOf(env, page);
  const { analysis } = await waitForAnalysis(env, tabId);
  const popup = await openPopup(env, tabId);
  await popup.waitForSelector('[data-field="title"]');
  return { page, popup, analysis };
}

describe('translation hints on the Russian seed page', () => {
  it('explains аким, Мажилис and РК in English, writes the name in Latin letters, offers to translate quotes', async () => {
    const { page, popup, analysis } = await analysedPopup(SEED);
    expect(await popup.isVisible('[data-field="foreign-hint"]')).toBe(true);
    await popup.click('[data-tab="context"]');
    const terms = await popup.$$eval('[data-section="glossary"] dt', (els) => els.map((e) => e.textContent));
    expect(terms).toEqual(expect.arrayContaining(['аким', 'Мажилис', 'РК']));
    const akim = await popup.textContent('[data-section="glossary"] dt[data-term="аким"] + dd');
    expect(akim).toMatch(/Kazakhstan/);
    expect(akim).toMatch(/^[\x20-\x7e’–—]+$/); // written in English
    expect(await popup.getAttribute('[data-section="latin-names"] [data-latin]', 'data-latin')).toBe('Marat Bashimov');
    const offers = await popup.$$('[data-section="translate-quotes"] .translate');
    expect(offers.length).toBe(Math.min(analysis.quotes.length, 12));
    expect(offers.length).toBeGreaterThan(0);
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('related stories from the reading history', () => {
  it("lists the first article in the second one's popup, across languages", async () => {
    const first = await analysedPopup(SEED);
    await first.popup.close();
    const second = await analysedPopup(ENGLISH);
    await second.popup.click('[data-tab="context"]');
    await second.popup.waitForSelector('[data-section="related"]');
    const related = await second.popup.$$eval('[data-related]', (els) => els.map((e) => e.getAttribute('data-related')));
    expect(related).toContain(env.site.origin + SEED);
    expect(related).not.toContain(env.site.origin + ENGLISH);
    await Promise.all([second.popup.close(), first.page.close(), second.page.close()]);
  });

  it('made no request to any host but the local demo site', () => {
    const foreign = requested.filter((u) => !/^(https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|chrome-extension:|data:|blob:)/.test(u));
    expect(requested.length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
  });
});
