/**
 * The background reads a copy of the page (its `outerHTML`, parsed with linkedom): its detection and extraction must
 * be the live page's, and each block's element path must lead back to the same element in the live page. Here the
 * "live page" is the fixture parsed with linkedom (the browser's own round trip is checked by the e2e tests and
 * scripts/eval/page-copy.ts); every fixture page is read at a neutral address and forced extraction.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectArticle, extractArticle } from '../../../lib/page';
import { elementAt, elementsAt, pathOf } from '../../../lib/page/paths';
import { parseCopy, readPage } from '../../../entrypoints/background/page-read';
import { docOf, htmlFilesUnder } from './helpers';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');
const URL = 'https://example.org/news/2024/05/01/a-long-story-about-the-budget-vote';

describe('element-child paths', () => {
  const doc = docOf('<html><head><title>t</title></head><body><div><p>a</p><!-- c --><p>b <b>x</b></p></div>text<main><p>c</p></main></body></html>');
  it('lead from <html> to the element, comments and text not counted', () => {
    const [a, b, c] = Array.from(doc.querySelectorAll('p'));
    expect(pathOf(a!)).toEqual([1, 0, 0]);
    expect(pathOf(b!)).toEqual([1, 0, 1]);
    expect(pathOf(c!)).toEqual([1, 1, 0]);
    expect(pathOf(doc.documentElement)).toEqual([]);
    for (const el of [a!, b!, c!, doc.querySelector('b')!]) expect(elementAt(doc, pathOf(el), el.localName)).toBe(el);
  });
  it('lead to the same elements walked together, each from where it leaves the path before', () => {
    const all = Array.from(doc.querySelectorAll('*'));
    // In document order, reversed, and with paths that lead nowhere or to another element between them.
    const paths = [...all.map(pathOf), [1, 0, 5], null, [1, 0, 1, 0], [9, 0], [1, 0, 0, 0], [], [1, 1, 0]];
    const tags = [...all.map((el) => el.localName), 'p', 'p', 'b', 'body', 'x', 'html', 'div'];
    /** Walked in `order`, read back by index. */
    const walked = (order: number[]) => {
      const found = elementsAt(doc, order.map((j) => paths[j]!), order.map((j) => tags[j]!));
      return paths.map((_, i) => found[order.indexOf(i)]);
    };
    const expected = paths.map((p, i) => (p ? elementAt(doc, p, tags[i]!) : null));
    const forward = paths.map((_, i) => i);
    expect(elementsAt(doc, paths, tags)).toEqual(expected);
    expect(walked([...forward].reverse())).toEqual(expected);
    expect(expected.slice(0, all.length)).toEqual(all);
    expect(expected.slice(all.length)).toEqual([null, null, doc.querySelector('b'), null, null, doc.documentElement, null]);
  });
  it('find nothing where the page has no such element, or another one', () => {
    expect(elementAt(doc, [1, 0, 5], 'p')).toBeNull();
    expect(elementAt(doc, [1, 0, 0, 0, 0], 'p')).toBeNull();
    expect(elementAt(doc, [1, 0, 1], 'div')).toBeNull();
    expect(elementAt(doc, [9], 'body')).toBeNull();
  });
});

describe('the background’s copy of the page', () => {
  const files = htmlFilesUnder(fixtures).filter((f) => !f.includes(`${path.sep}hostile${path.sep}`));
  it('detects and extracts what the page does, and names every block’s element', () => {
    expect(files.length).toBeGreaterThan(10);
    let blocks = 0;
    let articles = 0;
    for (const file of files) {
      const live = docOf(readFileSync(file, 'utf8'));
      const detection = detectArticle(live, URL);
      const { article, blockElements } = extractArticle(live, URL, detection);
      const copy = readPage(live.documentElement.outerHTML, URL, true);
      const name = path.relative(fixtures, file);
      expect(copy.detection, name).toEqual(detection);
      expect(copy.article?.text, name).toBe(article.text);
      expect(copy.article?.blocks, name).toEqual(article.blocks);
      expect(copy.paths.length, name).toBe(blockElements.length);
      copy.paths.forEach((p, i) => expect(p && elementAt(live, p, copy.tags[i]!), `${name} block ${i}`).toBe(blockElements[i]));
      blocks += blockElements.length;
      if (detection.isArticle) articles++;
      // Not forced, a page that is no article comes back without one.
      if (!detection.isArticle) expect(readPage(live.documentElement.outerHTML, URL, false).article).toBeNull();
    }
    expect(articles).toBeGreaterThan(3);
    expect(blocks).toBeGreaterThan(100);
  });

  it('holds <noscript> and <template> content as a page running scripts does', () => {
    const html = '<html><head><noscript><img src="x.gif"></noscript></head><body><noscript><p>Enable JavaScript.</p><p>Please.</p></noscript><template><p>Hidden</p></template><p>One</p></body></html>';
    const doc = parseCopy(html);
    expect(doc.querySelectorAll('p').length).toBe(1);
    expect(doc.querySelector('body noscript')?.children.length).toBe(0);
    expect(doc.querySelector('body noscript')?.textContent).toContain('<p>Enable JavaScript.</p>');
    expect(doc.querySelector('template')?.childNodes.length).toBe(0);
    expect(pathOf(doc.querySelector('body > p')!)).toEqual([1, 2]);
  });
});
