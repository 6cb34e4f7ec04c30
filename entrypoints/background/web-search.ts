/**
 * Related coverage from opt-in web providers. Runs only when the reader turned the provider on
 * and granted its host permission; sends names, never article text; one GDELT request per 5 s;
 * results cached per article for the browser session; every failure a calm sentence.
 */
import { browser } from 'wxt/browser';
import type { Analysis, WebSearchResult } from '../../lib/schema';
import { GDELT_MIN_INTERVAL_MS, parseGdelt, parseGoogleNews, PROVIDER_ORIGINS, ProviderError, providerUrl, type Provider } from '../../lib/providers';
import { loadSettings } from '../../lib/extension/settings-store';

const TIMEOUT_MS = 10_000;
const LAST_GDELT_KEY = 'gdelt:last-request';

export async function searchWeb(provider: Provider, analysis: Analysis): Promise<WebSearchResult> {
  const settings = await loadSettings();
  if (!settings.providers[provider]) return { ok: false, message: 'This provider is off in the options.' };
  if (!(await browser.permissions.contains({ origins: [PROVIDER_ORIGINS[provider]] }))) {
    return { ok: false, message: 'Byline needs your permission to reach this provider: turn it on again in the options.' };
  }
  const url = providerUrl(provider, analysis);
  if (!url) return { ok: false, message: 'No named people in this article to search for.' };
  const query = new URL(url).searchParams.get(provider === 'gdelt' ? 'query' : 'q') ?? '';

  const cacheKey = `web:${provider}:${url}`;
  const cached = (await browser.storage.session.get(cacheKey))[cacheKey];
  if (Array.isArray(cached)) return { ok: true, stories: cached, query, cached: true };

  if (provider === 'gdelt') {
    const last = Number((await browser.storage.session.get(LAST_GDELT_KEY))[LAST_GDELT_KEY] ?? 0);
    const wait = last + GDELT_MIN_INTERVAL_MS - Date.now();
    if (wait > 0) return { ok: false, message: `GDELT allows one search every 5 seconds: try again in ${Math.ceil(wait / 1000)} s.` };
    await browser.storage.session.set({ [LAST_GDELT_KEY]: Date.now() });
  }

  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), credentials: 'omit', referrerPolicy: 'no-referrer' });
    const body = await response.text();
    const stories =
      provider === 'gdelt'
        ? parseGdelt(response.status, response.headers.get('content-type') ?? '', body)
        : parseGoogleNews(response.status, body);
    await browser.storage.session.set({ [cacheKey]: stories }).catch(() => undefined);
    return { ok: true, stories, query, cached: false };
  } catch (error) {
    if (error instanceof ProviderError) return { ok: false, message: error.message };
    if (error instanceof DOMException && error.name === 'TimeoutError') return { ok: false, message: 'The provider did not answer in time.' };
    return { ok: false, message: 'The provider could not be reached.' };
  }
}
