import { describe, expect, it } from 'vitest';
import { ArticleText, MAX_PAGE_HTML_CHARS, ToBackgroundMessage, ToContentMessage } from '../../../lib/schema';
import { MAX_PAGE_URL_CHARS } from '../../../lib/schema/page-html';
import { articleFromText } from '../../../lib/analyze/plain-text';

describe('runtime messages', () => {
  it('accepts the popup and content messages it knows', () => {
    expect(ToBackgroundMessage.safeParse({ type: 'popup:get-state', tabId: 3 }).success).toBe(true);
    expect(ToBackgroundMessage.safeParse({ type: 'popup:analyze', tabId: 3 }).success).toBe(true);
    expect(ToBackgroundMessage.safeParse({ type: 'content:navigated' }).success).toBe(true);
    expect(ToBackgroundMessage.safeParse({ type: 'page:html', url: 'https://a.example/x', html: '<html></html>', force: false }).success).toBe(true);
    expect(ToContentMessage.safeParse({ type: 'bg:status' }).success).toBe(true);
  });

  it.each([
    null,
    'popup:get-state',
    { type: 'popup:get-state' },
    { type: 'popup:get-state', tabId: -1 },
    { type: 'popup:get-state', tabId: '3' },
    { type: 'admin:erase-everything' },
    { type: 'content:article', article: { text: 'x' } },
    // The page's copy: a string of bounded length, its address, and whether to extract whatever the verdict.
    { type: 'page:html', url: 'https://a.example/x', html: '<html></html>' },
    { type: 'page:html', url: 'https://a.example/x', html: 7, force: false },
    { type: 'page:html', url: 'https://a.example/x', html: { toString: '<html>' }, force: false },
  ])('rejects %j', (raw) => {
    expect(ToBackgroundMessage.safeParse(raw).success).toBe(false);
  });

  it('takes a page’s copy up to its bounds, and nothing longer', () => {
    const page = (url: string, html: string) => ({ type: 'page:html', url, html, force: false });
    expect(ToBackgroundMessage.safeParse(page('x'.repeat(MAX_PAGE_URL_CHARS), 'x'.repeat(MAX_PAGE_HTML_CHARS))).success).toBe(true);
    expect(ToBackgroundMessage.safeParse(page('x'.repeat(MAX_PAGE_URL_CHARS + 1), '')).success).toBe(false);
    expect(ToBackgroundMessage.safeParse(page('https://a.example/x', 'x'.repeat(MAX_PAGE_HTML_CHARS + 1))).success).toBe(false);
  });

  it('rejects an article whose blocks point outside its text', () => {
    const article = articleFromText('One paragraph.\n\nAnother one.');
    expect(ArticleText.safeParse(article).success).toBe(true);
    const broken = { ...article, blocks: [{ kind: 'paragraph', start: 0, end: 999 }] };
    expect(ArticleText.safeParse(broken).success).toBe(false);
  });
});

describe('articleFromText', () => {
  it('splits paragraphs on blank lines and keeps the original offsets', () => {
    const text = '  First line.\n\n\nSecond, - said X.  \n\nThird.';
    const article = articleFromText(text);
    expect(article.blocks.map((b) => text.slice(b.start, b.end))).toEqual(['First line.', 'Second, - said X.', 'Third.']);
    expect(article.text).toBe(text);
  });

  it('falls back to single newlines when there are no blank lines', () => {
    const article = articleFromText('a\nb\nc');
    expect(article.blocks).toHaveLength(3);
  });
});
