/**
 * Issue 18, attacks 1, 4 and 7 at the unit level: oversized page fields are cut at the schema's
 * boundary (never a reason to reject the article), site lists are read entry by entry, and the
 * highlight names and styles say nothing of Byline.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzeArticle } from '../../../lib/analyze';
import { droppedSiteEntries, loadSettings, saveSettings } from '../../../lib/extension/settings-store';
import { randomHighlightName, stylesheetText } from '../../../lib/highlight/paint';
import { ArticleText, DEFAULT_SETTINGS, isSiteDisabled } from '../../../lib/schema';
import { ARTICLE_LIMITS, cutString, fitArticle } from '../../../lib/schema/limits';

const article = (over: Partial<ArticleText> = {}): ArticleText => ({
  url: 'https://news.example/story',
  title: 'Akim met residents',
  byline: null,
  published: null,
  modified: null,
  publisher: 'News',
  langHint: 'en',
  text: 'The akim said: "We will build the school." Residents agreed.',
  blocks: [{ kind: 'paragraph', start: 0, end: 60 }],
  detection: { isArticle: true, score: 3, signals: [] },
  truncated: false,
  ...over,
});

describe('attack 4: truncate, never reject', () => {
  it('the limits are the schema\'s own: one over each is rejected, the limit itself accepted', () => {
    for (const field of ['url', 'title', 'byline', 'publisher', 'langHint'] as const) {
      const max = ARTICLE_LIMITS[field];
      expect(ArticleText.safeParse(article({ [field]: 'a'.repeat(max) })).success, field).toBe(true);
      expect(ArticleText.safeParse(article({ [field]: 'a'.repeat(max + 1) })).success, field).toBe(false);
    }
    const blocks = Array.from({ length: ARTICLE_LIMITS.blocks + 1 }, () => ({ kind: 'paragraph' as const, start: 0, end: 1 }));
    expect(ArticleText.safeParse(article({ text: 'a', blocks })).success).toBe(false);
    expect(ArticleText.safeParse(article({ text: 'a', blocks: blocks.slice(1) })).success).toBe(true);
  });

  it('an <h1> of 10,000 chars, og:site_name of 600, a URL of 9,000 and 100,001 blocks: cut, parsed, analysed, noted', () => {
    const blocks = Array.from({ length: 100_001 }, (_, i) => ({ kind: 'paragraph' as const, start: i * 2, end: i * 2 + 1 }));
    const raw = article({
      title: 'Headline '.repeat(1200),
      publisher: 'S'.repeat(600),
      url: `https://news.example/?q=${'x'.repeat(9000)}`,
      text: 'a\n'.repeat(100_001),
      blocks,
    });
    expect(ArticleText.safeParse(raw).success).toBe(false);
    const fitted = fitArticle(raw);
    const parsed = ArticleText.safeParse(fitted);
    expect(parsed.success).toBe(true);
    expect(fitted.title.length).toBe(2000);
    expect(fitted.publisher!.length).toBe(500);
    expect(fitted.url.length).toBe(8192);
    expect(fitted.blocks.length).toBe(100_000);
    expect(fitted.text.length).toBe(fitted.blocks.at(-1)!.end);
    expect(new Set(fitted.cut)).toEqual(new Set(['title', 'publisher', 'url', 'blocks']));
    const analysis = analyzeArticle(parsed.data!);
    expect(analysis.notes.join(' ')).toMatch(/title was cut to 2,000 characters/);
    expect(analysis.notes.join(' ')).toMatch(/site name was cut to 500 characters/);
    expect(analysis.notes.join(' ')).toMatch(/address was cut to 8,192 characters/);
    expect(analysis.notes.join(' ')).toMatch(/list of paragraphs was cut to 100,000 paragraphs/);
  });

  it('an article within bounds is left exactly as it was', () => {
    const a = article();
    expect(fitArticle(a)).toEqual(a);
    expect(analyzeArticle(a).notes.some((n) => /was cut/.test(n))).toBe(false);
  });

  it('never cuts between the halves of a surrogate pair', () => {
    expect(cutString('ab😀', 3)).toBe('ab');
    expect(cutString('ab😀', 4)).toBe('ab😀');
  });
});

describe('attack 7: a bad entry in a stored site list is dropped alone', () => {
  beforeEach(() => fakeBrowser.reset());

  it('["127.0.0.1", "bad site!"] keeps Byline off on 127.0.0.1 and tells the reader which entry went', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, disabledSites: ['127.0.0.1', 'bad site!'], alwaysOnSites: ['ok.example', 42] } });
    const settings = await loadSettings();
    expect(settings.disabledSites).toEqual(['127.0.0.1']);
    expect(settings.alwaysOnSites).toEqual(['ok.example']);
    expect(isSiteDisabled(settings, '127.0.0.1')).toBe(true);
    expect(await droppedSiteEntries()).toEqual(['bad site!', '42']);
    // Read again (the popup, another tab): the notice stays until the reader saves the options.
    await loadSettings();
    expect(await droppedSiteEntries()).toEqual(['bad site!', '42']);
    await saveSettings(settings);
    expect(await droppedSiteEntries()).toEqual([]);
  });
});

describe('attacks 1–2: nothing in the page names Byline', () => {
  it('highlight names are random identifiers, different each time, and the sheet uses only them', () => {
    const names = new Set(Array.from({ length: 50 }, () => randomHighlightName()));
    expect(names.size).toBe(50);
    for (const n of names) expect(n).toMatch(/^[a-z][a-z0-9]{10}$/);
    const css = stylesheetText(DEFAULT_SETTINGS.highlights, (key) => `n${key.length}`);
    expect(css).not.toMatch(/byline/i);
    expect(css).toMatch(/::highlight\(n\d+\)/);
  });
});
