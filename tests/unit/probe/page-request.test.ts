/**
 * "Analyse anyway" reads the page through executeScript (lib/extension/page-request.ts): a page beyond what the
 * background reads is refused in the page, its copy never sent, and the reader is told it is too large.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { requestPageHtml, type PageRequestApi } from '../../../lib/extension/page-request';
import { MAX_REQUESTED_HTML_CHARS } from '../../../lib/schema/page-html';

const world = globalThis as unknown as Record<string, unknown>;

/** A page of `html` at `url` (this test's global stands for the page's isolated world), and what crossed back. */
function pageOf(html: string, url = 'https://news.example/a') {
  world.document = { documentElement: { outerHTML: html } };
  world.location = { href: url };
  const crossed: unknown[] = [];
  const api: PageRequestApi = {
    scripting: {
      executeScript: async ({ func, args }) => {
        const result = func(...args);
        crossed.push(result);
        return [{ result }];
      },
    },
  };
  return { api, crossed };
}

afterEach(() => {
  delete world.document;
  delete world.location;
});

describe('the page asked for on request', () => {
  it('is its address and HTML up to the cap', async () => {
    const { api } = pageOf('<html><body><p>x</p></body></html>');
    expect(await requestPageHtml(api, 1)).toEqual({ url: 'https://news.example/a', html: '<html><body><p>x</p></body></html>' });
    const exact = pageOf('x'.repeat(40));
    expect(await requestPageHtml(exact.api, 1, 40)).toEqual({ url: 'https://news.example/a', html: 'x'.repeat(40) });
  });

  it('is "too large" over the cap, and its HTML does not leave the page', async () => {
    const { api, crossed } = pageOf('x'.repeat(41));
    expect(await requestPageHtml(api, 1, 40)).toBe('too-large');
    expect(crossed).toEqual([{ url: 'https://news.example/a', html: null }]);
    // The default cap is the one the background reads on request.
    const big = pageOf('x'.repeat(MAX_REQUESTED_HTML_CHARS + 1));
    expect(await requestPageHtml(big.api, 1)).toBe('too-large');
  });

  it('is null where the page cannot be scripted or answers nonsense (the answer is parsed with RequestedPage)', async () => {
    const refused: PageRequestApi = { scripting: { executeScript: async () => { throw new Error('Cannot access a chrome:// URL'); } } };
    expect(await requestPageHtml(refused, 1)).toBeNull();
    const nothing: PageRequestApi = { scripting: { executeScript: async () => [] } };
    expect(await requestPageHtml(nothing, 1)).toBeNull();
    const odd: PageRequestApi = { scripting: { executeScript: async () => [{ result: { url: 'u', html: 42 } }] } };
    expect(await requestPageHtml(odd, 1)).toBeNull();
    const noUrl: PageRequestApi = { scripting: { executeScript: async () => [{ result: { html: '<p>x</p>' } }] } };
    expect(await requestPageHtml(noUrl, 1)).toBeNull();
  });
});
