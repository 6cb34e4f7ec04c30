/**
 * Fuzz: the page layer on random documents (arbitrary trees of common tags, random attributes and
 * head declarations, adversarial text, raw tag soup) parsed with linkedom. detectArticle and
 * extractArticle must never fail, not even silently, and must hand over text the schema accepts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectArticle, extractArticle } from '../../../lib/page';
import { ArticleText, Detection, MAX_ARTICLE_CHARS } from '../../../lib/schema';
import { expectValidBlocks, htmlDocument, params, parseDocument, timeoutFor } from './arbitraries';

const URLS = ['https://example.kz/news/2023/11/05/akim-elections.html', 'http://127.0.0.1:8377/', 'about:blank', 'not a url', ''];
const RUNS = 150;

describe('fuzz: detectArticle and extractArticle', () => {
  it('never throw, never fail silently, and give schema-valid text with blocks inside it', () => {
    fc.assert(
      fc.property(htmlDocument, fc.constantFrom(...URLS), (html, url) => {
        const doc = parseDocument(html);
        const detection = detectArticle(doc, url);
        Detection.parse(detection);
        // Both functions catch their own errors and report them as a signal: that is a failure here.
        expect(detection.signals.map((s) => s.name)).not.toContain('error');
        const { article, blockElements } = extractArticle(doc, url, detection);
        expect(article.detection.signals.map((s) => s.name)).not.toContain('extract:error');
        ArticleText.parse(article);
        expect(article.text.length).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
        expect(blockElements.length).toBe(article.blocks.length);
        expectValidBlocks(article.blocks, article.text);
      }),
      params(RUNS),
    );
  }, timeoutFor(RUNS, 40));

  it('leave the page as it was', () => {
    fc.assert(
      fc.property(htmlDocument, (html) => {
        const doc = parseDocument(html);
        const before = doc.documentElement?.outerHTML ?? '';
        extractArticle(doc, 'https://example.com/a', detectArticle(doc, 'https://example.com/a'));
        expect(doc.documentElement?.outerHTML ?? '').toBe(before);
      }),
      params(Math.round(RUNS / 3)),
    );
  }, timeoutFor(RUNS, 20));
});
