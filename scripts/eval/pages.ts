/**
 * Loads evaluation pages from either dataset layout, so eval and bench share one reader:
 * WCXB (`html/NNNN.html.gz` + `ground-truth/NNNN.json`) or the Readability test suite
 * (`<case>/source.html` + `expected-metadata.json` + `expected.html`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
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
}

export type DatasetFormat = 'wcxb' | 'readability';

export function datasetFormat(dir: string): DatasetFormat {
  if (existsSync(path.join(dir, 'html')) && existsSync(path.join(dir, 'ground-truth'))) return 'wcxb';
  return 'readability';
}

export function loadPages(dir: string): EvalPage[] {
  return datasetFormat(dir) === 'wcxb' ? loadWcxb(dir) : loadReadability(dir);
}

function loadWcxb(dir: string): EvalPage[] {
  const out: EvalPage[] = [];
  for (const f of readdirSync(path.join(dir, 'ground-truth')).sort()) {
    if (!f.endsWith('.json')) continue;
    const id = f.replace(/\.json$/, '');
    const gz = path.join(dir, 'html', `${id}.html.gz`);
    const plain = path.join(dir, 'html', `${id}.html`);
    const html = existsSync(gz) ? gunzipSync(readFileSync(gz)).toString('utf8') : existsSync(plain) ? readFileSync(plain, 'utf8') : null;
    if (html === null) continue;
    const t = JSON.parse(readFileSync(path.join(dir, 'ground-truth', f), 'utf8'));
    const g = t.ground_truth ?? {};
    out.push({
      id,
      url: t.url ?? 'http://fakehost/',
      html,
      isArticle: t._internal?.page_type?.primary === 'article',
      title: g.title ?? null,
      author: g.author ?? null,
      date: g.publish_date ?? null,
      mainText: g.main_content ?? null,
    });
  }
  return out;
}

function loadReadability(dir: string): EvalPage[] {
  const out: EvalPage[] = [];
  for (const id of readdirSync(dir).sort()) {
    const src = path.join(dir, id, 'source.html');
    if (!existsSync(src)) continue;
    const metaPath = path.join(dir, id, 'expected-metadata.json');
    const m = existsSync(metaPath) ? JSON.parse(readFileSync(metaPath, 'utf8')) : {};
    const expectedPath = path.join(dir, id, 'expected.html');
    let mainText: string | null = null;
    if (existsSync(expectedPath)) {
      const { document } = parseHTML(`<html><body>${readFileSync(expectedPath, 'utf8')}</body></html>`);
      mainText = document.body.textContent ?? null;
    }
    out.push({
      id,
      // The suite's pages were saved from this placeholder address.
      url: 'http://fakehost/test/page.html',
      html: readFileSync(src, 'utf8'),
      isArticle: m.readerable !== false,
      title: m.title ?? null,
      author: m.byline ?? null,
      date: m.publishedTime ?? null,
      mainText,
    });
  }
  return out;
}
