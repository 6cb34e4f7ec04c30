/**
 * Opt-in providers of related coverage from the web: GDELT DOC 2.0 and Google News RSS.
 * Pure: builds request URLs from names and keywords (never the article's text) and parses
 * responses through zod. The background does the fetching, only when the reader turned a provider on.
 */
import { z } from '../schema/zod';
import type { Analysis, RelatedStory } from '../schema';

export const PROVIDERS = ['gdelt', 'googleNews'] as const;
export type Provider = (typeof PROVIDERS)[number];

export const PROVIDER_ORIGINS: Record<Provider, string> = {
  gdelt: 'https://api.gdeltproject.org/*',
  googleNews: 'https://news.google.com/*',
};
const GDELT_ENDPOINT = 'https://api.gdeltproject.org/api/v2/doc/doc';
const GOOGLE_NEWS_ENDPOINT = 'https://news.google.com/rss/search';

/** GDELT asks for at most one request every five seconds. */
export const GDELT_MIN_INTERVAL_MS = 5000;
/** Names sent at most: enough to find the event, no more than needed. */
const MAX_NAMES = 3;
const MAX_RESULTS = 10;
/** Days around the publication date searched on GDELT. */
const DAYS_BEFORE = 3;
const DAYS_AFTER = 7;

/** GDELT's source language names for the article languages we know. */
const GDELT_LANGUAGE: Record<string, string> = {
  ru: 'russian', kk: 'kazakh', uk: 'ukrainian', en: 'english', de: 'german', fr: 'french', es: 'spanish',
};
/** Google News edition (hl, gl) for an article language, when the site's country isn't known. */
const NEWS_EDITION: Record<string, [string, string]> = {
  ru: ['ru', 'RU'], kk: ['kk', 'KZ'], uk: ['uk', 'UA'], en: ['en', 'US'], de: ['de', 'DE'], fr: ['fr', 'FR'], es: ['es', 'ES'],
};

export class ProviderError extends Error {}

/** What is sent: quoted names only. Exposed so the popup can show the reader exactly that. */
export function providerQueryTerms(analysis: Analysis, latin: boolean): string[] {
  return analysis.people
    .filter((p) => p.name.includes(' '))
    .sort((a, b) => Number(b.isOfficial) - Number(a.isOfficial) || b.mentions - a.mentions)
    .slice(0, MAX_NAMES)
    .map((p) => `"${latin ? (p.latin?.[0]?.latin ?? p.name) : p.name}"`);
}

/** The GDELT request for an analysis, or null when there is nothing to search for. */
export function gdeltUrl(analysis: Analysis): string | null {
  const names = providerQueryTerms(analysis, true);
  if (names.length === 0) return null;
  // GDELT searches English machine translations: Latin names work across source languages.
  const query = names.length > 1 ? `(${names.join(' OR ')})` : names[0]!;
  const params = new URLSearchParams({ query, mode: 'artlist', format: 'json', maxrecords: String(MAX_RESULTS), sort: 'HybridRel' });
  const published = analysis.article.published ? Date.parse(analysis.article.published) : NaN;
  if (Number.isFinite(published)) {
    params.set('startdatetime', gdeltDate(published - DAYS_BEFORE * 86_400_000));
    params.set('enddatetime', gdeltDate(published + DAYS_AFTER * 86_400_000));
  } else {
    params.set('timespan', '7d');
  }
  return `${GDELT_ENDPOINT}?${params.toString()}`;
}

function gdeltDate(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

export function googleNewsUrl(analysis: Analysis): string | null {
  const names = providerQueryTerms(analysis, false);
  if (names.length === 0) return null;
  const [hl, gl] = NEWS_EDITION[analysis.article.language] ?? ['en', 'US'];
  const params = new URLSearchParams({ q: names.join(' OR '), hl, gl, ceid: `${gl}:${hl}` });
  return `${GOOGLE_NEWS_ENDPOINT}?${params.toString()}`;
}

export function providerUrl(provider: Provider, analysis: Analysis): string | null {
  return provider === 'gdelt' ? gdeltUrl(analysis) : googleNewsUrl(analysis);
}

const GdeltArticle = z.object({
  url: z.url(),
  title: z._default(z.string(), ''),
  seendate: z.optional(z.string()),
  domain: z._default(z.string(), ''),
  language: z._default(z.string(), ''),
});
const GdeltResponse = z.object({ articles: z._default(z.array(z.unknown()), []) });

/** GDELT answers errors as HTML or plain text, and sometimes emits invalid JSON escapes. */
export function parseGdelt(status: number, contentType: string, body: string): RelatedStory[] {
  if (status === 429 || /one every 5 seconds/i.test(body)) throw new ProviderError('GDELT asks to slow down: try again in a few seconds.');
  if (status >= 400) throw new ProviderError(`GDELT answered with an error (${status}).`);
  const trimmed = body.trim();
  if (!trimmed) return [];
  if (/html/i.test(contentType) || trimmed.startsWith('<')) throw new ProviderError('GDELT answered with an error page instead of results.');
  let json: unknown;
  try {
    json = JSON.parse(trimmed.replace(/\\(?!["\\/bfnrtu])/g, '\\\\'));
  } catch {
    throw new ProviderError('GDELT sent results Byline could not read.');
  }
  const parsed = GdeltResponse.safeParse(json);
  if (!parsed.success) throw new ProviderError('GDELT sent results in an unexpected shape.');
  return parsed.data.articles.flatMap((raw) => {
    const a = GdeltArticle.safeParse(raw);
    if (!a.success) return [];
    return [{
      url: a.data.url,
      title: a.data.title,
      site: a.data.domain,
      published: gdeltSeenDate(a.data.seendate),
      language: a.data.language.slice(0, 2).toLowerCase() || 'und',
      score: 0,
      sharedPeople: [],
      origin: 'gdelt' as const,
    }];
  }).slice(0, MAX_RESULTS);
}

/** "20231105T063400Z" → "2023-11-05T06:34:00Z". */
function gdeltSeenDate(s: string | undefined): string | null {
  const m = s ? /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(s) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : null;
}

const RssItem = z.object({ title: z.string().check(z.minLength(1)), link: z.url(), pubDate: z.optional(z.string()), source: z.optional(z.string()) });

/** Google News RSS, read with a small tolerant scanner (service workers have no DOMParser). */
export function parseGoogleNews(status: number, body: string): RelatedStory[] {
  if (status === 429 || status === 503) throw new ProviderError('Google News asks to slow down: try again later.');
  if (status >= 400) throw new ProviderError(`Google News answered with an error (${status}).`);
  if (!/<rss[\s>]/i.test(body)) throw new ProviderError('Google News answered with something that is not a news feed.');
  const out: RelatedStory[] = [];
  for (const m of body.matchAll(/<item>([\s\S]*?)<\/item>/gi)) {
    const field = (name: string) => {
      const f = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`, 'i').exec(m[1]!);
      return f ? decodeXml(f[1]!.trim()) : undefined;
    };
    const item = RssItem.safeParse({ title: field('title'), link: field('link'), pubDate: field('pubDate'), source: field('source') });
    if (!item.success) continue;
    const date = item.data.pubDate ? Date.parse(item.data.pubDate) : NaN;
    out.push({
      url: item.data.link,
      title: item.data.title,
      site: item.data.source ?? '',
      published: Number.isFinite(date) ? new Date(date).toISOString() : null,
      language: 'und',
      score: 0,
      sharedPeople: [],
      origin: 'google-news',
    });
    if (out.length >= MAX_RESULTS) break;
  }
  return out;
}

function decodeXml(s: string): string {
  return s
    .replace(/^<!\[CDATA\[([\s\S]*)\]\]>$/, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}
