import { describe, expect, it } from 'vitest';
import { ArticleText, ToBackgroundMessage, ToContentMessage } from '../../../lib/schema';
import { articleFromText } from '../../../lib/analyze/plain-text';

describe('runtime messages', () => {
  it('accepts the popup and content messages it knows', () => {
    expect(ToBackgroundMessage.safeParse({ type: 'popup:get-state', tabId: 3 }).success).toBe(true);
    expect(ToBackgroundMessage.safeParse({ type: 'popup:analyze', tabId: 3 }).success).toBe(true);
    expect(ToBackgroundMessage.safeParse({ type: 'content:navigated' }).success).toBe(true);
    expect(ToContentMessage.safeParse({ type: 'bg:extract', force: true }).success).toBe(true);
  });

  it.each([
    null,
    'popup:get-state',
    { type: 'popup:get-state' },
    { type: 'popup:get-state', tabId: -1 },
    { type: 'popup:get-state', tabId: '3' },
    { type: 'admin:erase-everything' },
    { type: 'content:article', article: { text: 'x' } },
  ])('rejects %j', (raw) => {
    expect(ToBackgroundMessage.safeParse(raw).success).toBe(false);
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
