/**
 * Loads evaluation pages from any of the dataset layouts, so eval and bench share one reader:
 * WCXB (`html/NNNN.html.gz` + `ground-truth/NNNN.json`), DAnIEL (`html/<id>.html.gz` + `reference/<id>.txt`
 * + `doc_lg.json`) or the Readability test suite (`<case>/source.html` + `expected-metadata.json` + `expected.html`).
 * Pages can be listed first and read one at a time (`pageIds` + `loadPage`), so worker threads each read their own.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from '../cli/decode';
import { parseHTML } from 'linkedom';

export interface EvalPage {
  id: string;
  url: string;
  html: string;
  /** Truth: is this page an article (WCXB label, or Readability's own `readerable` verdict). */
  isArticle: boolean;
  title: string | null;
  author: string | null;
  date: string | null;
  /** Truth main text; for the Readability suite, the text of `expected.html`. */
  mainText: string | null;
  /** A sub-population to report apart: WCXB page type, DAnIEL language. */
  group: string;
}

export type DatasetFormat = 'wcxb' | 'daniel' | 'readability';

export function datasetFormat(dir: string): DatasetFormat {
  if (existsSync(path.join(dir, 'html')) && existsSync(path.join(dir, 'ground-truth'))) return 'wcxb';
  if (existsSync(path.join(dir, 'html')) && existsSync(path.join(dir, 'reference'))) return 'daniel';
  return 'readability';
}

export function loadPages(dir: string): EvalPage[] {
  const format = datasetFormat(dir);
  return pageIds(dir, format).flatMap((id) => loadPage(dir, format, id) ?? []);
}

/** The dataset's page ids, sorted. */
export function pageIds(dir: string, format = datasetFormat(dir)): string[] {
  if (format === 'wcxb') return readdirSync(path.join(dir, 'ground-truth')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
  if (format === 'daniel') return readdirSync(path.join(dir, 'reference')).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
  return readdirSync(dir).filter((id) => existsSync(path.join(dir, id, 'source.html'))).sort();
}

/** One page, or null when its HTML is missing. */
export function loadPage(dir: string, format: DatasetFormat, id: string): EvalPage | null {
  return format === 'wcxb' ? loadWcxb(dir, id) : format === 'daniel' ? loadDaniel(dir, id) : loadReadability(dir, id);
}

function readHtml(dir: string, id: string): string | null {
  const gz = path.join(dir, 'html', `${id}.html.gz`);
  const plain = path.join(dir, 'html', `${id}.html`);
  // Decoded as the CLI decodes a saved page (declared charset, then what the bytes show), not assumed UTF-8.
  const bytes = existsSync(gz) ? gunzipSync(readFileSync(gz)) : existsSync(plain) ? readFileSync(plain) : null;
  return bytes && decode(bytes, { html: true }).text;
}

function loadWcxb(dir: string, id: string): EvalPage | null {
  const html = readHtml(dir, id);
  if (html === null) return null;
  const t = JSON.parse(readFileSync(path.join(dir, 'ground-truth', `${id}.json`), 'utf8'));
  const g = t.ground_truth ?? {};
  return {
    id,
    url: t.url ?? 'http://fakehost/',
    html,
    isArticle: t._internal?.page_type?.primary === 'article',
    title: g.title ?? null,
    author: g.author ?? null,
    date: g.publish_date ?? null,
    mainText: g.main_content ?? null,
    group: t._internal?.page_type?.primary ?? 'unknown',
  };
}

let danielLanguages: { dir: string; map: Record<string, string> } | null = null;

/**
 * DAnIEL pages (2011-2012 news, every one an article). The id is `<date>_<host>_<hash>`; the corpus keeps no
 * address, so the page's own canonical / og:url is used when it names the same host, else `http://<host>/<hash>`:
 * a path that says nothing either way, so detection has to judge the page itself.
 */
function loadDaniel(dir: string, id: string): EvalPage | null {
  const html = readHtml(dir, id);
  if (html === null) return null;
  if (danielLanguages?.dir !== dir) {
    const f = path.join(dir, 'doc_lg.json');
    danielLanguages = { dir, map: existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : {} };
  }
  const [, host = 'fakehost', hash = id] = id.split('_');
  const reference = readFileSync(path.join(dir, 'reference', `${id}.txt`), 'utf8');
  const paragraphs = [...reference.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]!.trim());
  const mainText = (paragraphs.length ? paragraphs : [reference]).join('\n\n');
  return {
    id,
    url: declaredUrl(html, host) ?? `http://${host}/${hash.slice(0, 16)}`,
    html,
    isArticle: true,
    title: null,
    author: null,
    date: null,
    mainText,
    group: danielLanguages.map[id] ?? 'unknown',
  };
}

/** The page's canonical or og:url address when it is on `host`. */
function declaredUrl(html: string, host: string): string | null {
  const head = html.slice(0, 200_000);
  const patterns = [
    /<link[^>]+rel=["']?canonical["']?[^>]*href=["']([^"']+)["']/i,
    /<link[^>]+href=["']([^"']+)["'][^>]*rel=["']?canonical/i,
    /<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)["']/i,
    /<meta[^>]+content=["']([^"']+)["'][^>]*property=["']og:url["']/i,
  ];
  for (const re of patterns) {
    const m = re.exec(head);
    if (!m) continue;
    try {
      const u = new URL(m[1]!, `http://${host}/`);
      if (u.hostname === host) return u.href;
    } catch {
      // not an address
    }
  }
  return null;
}

function loadReadability(dir: string, id: string): EvalPage | null {
  const src = path.join(dir, id, 'source.html');
  if (!existsSync(src)) return null;
  const metaPath = path.join(dir, id, 'expected-metadata.json');
  const m = existsSync(metaPath) ? JSON.parse(readFileSync(metaPath, 'utf8')) : {};
  const expectedPath = path.join(dir, id, 'expected.html');
  let mainText: string | null = null;
  if (existsSync(expectedPath)) {
    const { document } = parseHTML(`<html><body>${readFileSync(expectedPath, 'utf8')}</body></html>`);
    mainText = document.body.textContent ?? null;
  }
  return {
    id,
    // The suite's pages were saved from this placeholder address.
    url: 'http://fakehost/test/page.html',
    html: readFileSync(src, 'utf8'),
    isArticle: m.readerable !== false,
    title: m.title ?? null,
    author: m.byline ?? null,
    date: m.publishedTime ?? null,
    mainText,
    group: m.readerable === false ? 'not-readerable' : 'readerable',
  };
}

/**
 * The page without its declarations: JSON-LD scripts, OpenGraph / article / author / date `<meta>`s and
 * microdata types. Older news sites declare none of these, so detection run on stripped pages shows
 * whether the page's own shape carries the verdict.
 */
export function stripDeclarations(html: string): string {
  return html
    .replace(/<script[^>]*application\/ld\+json[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<meta\b[^>]*(?:property|name|itemprop)\s*=\s*["']?(?:og:|article:|twitter:|author|parsely|sailthru|pubdate|publishdate|datepublished|date|dc\.|dcterms)[^>]*>/gi, '')
    .replace(/\sitem(?:type|scope|prop)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/gi, '');
}
