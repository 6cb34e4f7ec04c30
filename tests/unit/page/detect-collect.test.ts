/**
 * Detection reads the page two ways: through the browser's tag indexes (live collections) or, in DOMs
 * without them, in one walk. Both must give the same decision, score and signals on every page.
 * linkedom has no HTMLCollection, so the test stands its NodeList in for one to drive the native path.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { detectArticle } from '../../../lib/page';
import { docOf, fixtureHtml } from './helpers';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/page');
const pages = readdirSync(fixtures).filter((f) => f.endsWith('.html'));
const URL_OF = 'https://news.example.kz/2023/11/05/some-story-about-elections';

function withNativeIndexes<T>(doc: Document, fn: () => T): T {
  const g = globalThis as { HTMLCollection?: unknown };
  g.HTMLCollection = doc.getElementsByTagName('p').constructor;
  try {
    return fn();
  } finally {
    delete g.HTMLCollection;
  }
}

describe('detection reads the page the same way with and without tag indexes', () => {
  afterEach(() => {
    delete (globalThis as { HTMLCollection?: unknown }).HTMLCollection;
  });

  it.each(pages)('%s', (file) => {
    const html = fixtureHtml(file);
    const walked = detectArticle(docOf(html), URL_OF);
    const doc = docOf(html);
    const indexed = withNativeIndexes(doc, () => detectArticle(doc, URL_OF));
    expect(indexed).toEqual(walked);
    // The walk ran (no error signal), and the page was read: a real score with text evidence.
    expect(walked.signals.some((s) => s.name === 'error')).toBe(false);
    expect(walked.signals.some((s) => s.name.startsWith('text:'))).toBe(true);
  });

  it('finds microdata on a nested element either way', () => {
    const html = `<html><body><div><section itemscope itemtype="https://schema.org/NewsArticle"><h1>A headline of some length</h1>
      <p>${'Words of a story. '.repeat(20)}</p></section></div></body></html>`;
    const walked = detectArticle(docOf(html), URL_OF);
    const doc = docOf(html);
    const indexed = withNativeIndexes(doc, () => detectArticle(doc, URL_OF));
    expect(walked.signals.find((s) => s.name === 'microdata:article')?.detail).toContain('NewsArticle');
    expect(indexed).toEqual(walked);
  });
});
