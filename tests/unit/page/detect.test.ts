import { describe, expect, it } from 'vitest';
import { ArticleText, Detection } from '../../../lib/schema/article';
import { detectArticle, extractArticle } from '../../../lib/page';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { docOf, fixtureDoc } from './helpers';

describe('detectArticle', () => {
  it.each([
    ['seed-altaynews.html', 'https://altaynews.kz/ru/news/mazhilismen-rasskazal-chto-prinesut-vybory', true],
    ['split-by-ads.html', 'https://metropost.example/news/rail-strike-called-off', true],
    ['liveblog.html', 'https://herald.example/live/election-night-results', true],
    ['cyrillic-short-paragraphs.html', 'https://pavlodarnews.kz/news/v-pavlodare-ogranichat-dvizhenie-po-mostu', true],
    ['kazakh-news.html', 'https://altay.kz/kk/news/44123', true],
    ['homepage.html', 'https://courier.example/', false],
    ['search.html', 'https://tagesblatt.example/suche?q=Haushalt', false],
    ['section-front-jsonld-lies.html', 'https://globe.example/world', false],
  ])('%s → article %s', (file, url, expected) => {
    const d = detectArticle(fixtureDoc(file), url);
    expect(Detection.parse(d)).toEqual(d);
    expect(d.isArticle, JSON.stringify(d.signals)).toBe(expected);
  });

  // Short regional news without OpenGraph or JSON-LD: the dated headline over a run of prose decides.
  // Neutral URLs (no `/news/`, no slug) so the page itself must carry the decision.
  it.each([
    ['ru-short-news-article.html', 'https://vostok-news.kz/ru/15241', true],
    ['kk-short-news-div.html', 'https://ertis.kz/kk/8126', true],
    ['cyrillic-short-paragraphs.html', 'https://pavlodarnews.kz/ru/5531', true],
    ['ru-news-homepage-dated.html', 'https://vostok-news.kz/ru/main', false],
    ['ru-category-listing.html', 'https://vostok-news.kz/ru/society', false],
    // A `/news/` folder brings the listing near the threshold, so the walk runs and must see the teasers.
    ['ru-category-listing.html', 'https://vostok-news.kz/news/society', false],
    ['ru-news-homepage-dated.html', 'https://vostok-news.kz/news/main', false],
  ])('short news without metadata: %s → article %s', (file, url, expected) => {
    const d = detectArticle(fixtureDoc(file), url);
    expect(d.isArticle, JSON.stringify(d.signals)).toBe(expected);
    expect(d.signals.some((s) => s.name === 'dom:dated-headline')).toBe(expected);
  });

  it('detects the Kazakh demo page, which has microdata but no OpenGraph type', () => {
    const html = readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/site/kaz/akim-sailauy.html'), 'utf8');
    expect(html).not.toContain('og:type');
    const d = detectArticle(docOf(html), 'http://127.0.0.1:4173/kaz/akim-sailauy.html');
    expect(d.isArticle, JSON.stringify(d.signals)).toBe(true);
  });

  it('explains itself with named, weighted signals', () => {
    const d = detectArticle(fixtureDoc('section-front-jsonld-lies.html'), 'https://globe.example/world');
    const names = d.signals.map((s) => s.name);
    expect(names).toContain('jsonld:article-type');
    expect(d.isArticle).toBe(false);
    // The declaration is outweighed, and the page's shape says why: all links, no block of prose.
    expect(d.signals.find((s) => s.name === 'text:link-ratio')!.detail).toMatch(/^100% of \d+ words$/);
    expect(names).not.toContain('text:cluster-share');
    expect(d.signals.some((s) => s.weight < 0)).toBe(true);
  });

  it('never throws on an empty or odd document', () => {
    expect(detectArticle(docOf(''), 'not a url').isArticle).toBe(false);
    expect(detectArticle(docOf('<script type="application/ld+json">{broken</script>'), 'https://x.example/').isArticle).toBe(false);
  });
});

describe('extractArticle never mutates the page', () => {
  it.each(['seed-altaynews.html', 'split-by-ads.html', 'liveblog.html', 'homepage.html'])('%s', (file) => {
    const doc = fixtureDoc(file);
    const before = doc.documentElement.outerHTML;
    const det = detectArticle(doc, 'https://example.kz/news/a-long-article-slug-here');
    const ex = extractArticle(doc, 'https://example.kz/news/a-long-article-slug-here', det);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(() => ArticleText.parse(ex.article)).not.toThrow();
  });
});

describe('detectArticle: the page shape without metadata', () => {
  const sentence = (i: number) => `Sentence ${i} of the report says what the officials told reporters, and why it matters to readers.`;
  it('takes an old table layout, the story as text and line breaks in one cell, for an article', () => {
    const text = Array.from({ length: 12 }, (_, i) => sentence(i)).join('<br><br>');
    const html = `<html><head><title>Officials explain the new budget - Daily Post</title></head><body>
      <table><tr><td><a href="/">Home</a> <a href="/world">World</a></td></tr>
      <tr><td class="date">01/11/11 10:18</td></tr><tr><td>${text}</td></tr></table></body></html>`;
    const d = detectArticle(docOf(html), 'http://dailypost.example/6648058818bdb924');
    expect(d.isArticle, JSON.stringify(d.signals)).toBe(true);
    expect(d.signals.map((s) => s.name)).toContain('text:br-block');
  });
  it('refuses documentation: code blocks under a one-word headline', () => {
    const body = Array.from({ length: 6 }, (_, i) => `<p>Call the function with the options below (${i}).</p><pre>run --flag ${i}</pre>`).join('');
    const d = detectArticle(docOf(`<html><body><h1>Installation</h1>${body}</body></html>`), 'https://tool.example/install');
    expect(d.isArticle, JSON.stringify(d.signals)).toBe(false);
    expect(d.signals.find((s) => s.name === 'dom:code-blocks')!.weight).toBeLessThan(0);
  });
});

describe('detectArticle: shapes of articles and of other pages', () => {
  const signal = (d: { signals: Array<{ name: string; weight: number; detail?: string }> }, name: string) => d.signals.find((s) => s.name === name);
  const paragraphs = (n: number, text: (i: number) => string) => Array.from({ length: n }, (_, i) => `<p>${text(i)}</p>`).join('');

  it('takes one block of line-break text for a story, and refuses the same layout split into forum posts', () => {
    // Neither page has metadata, an <h1> or a telling URL: only the shape decides.
    const story = detectArticle(fixtureDoc('old-news-table-br.html'), 'http://gazette.example/6648058818bdb924');
    const thread = detectArticle(fixtureDoc('forum-thread-br.html'), 'http://harbourforum.example/6648058818bdb924');
    expect(story.isArticle, JSON.stringify(story.signals)).toBe(true);
    expect(thread.isArticle, JSON.stringify(thread.signals)).toBe(false);
    // Both hold a line-break block; the story's holds most of the page's words, one post a fifth of the thread's.
    expect(signal(story, 'text:br-block')).toBeDefined();
    expect(signal(thread, 'text:br-block')).toBeDefined();
    expect(signal(story, 'text:cluster-share')!.weight).toBeGreaterThan(2 * signal(thread, 'text:cluster-share')!.weight);
  });

  it('counts a call to action beside every paragraph against the page', () => {
    const text = (i: number) => `Our team of ${i + 3} engineers plans, installs and services heating systems for homes and offices across the region.`;
    const plain = `<html><body><h1>Heating installation and service</h1>${paragraphs(6, text)}</body></html>`;
    const withButtons = `<html><body><h1>Heating installation and service</h1>${paragraphs(6, (i) => `${text(i)}</p><button>Get a quote</button><p class="x">`)}</body></html>`;
    const a = detectArticle(docOf(plain), 'https://heating.example/services-overview');
    const b = detectArticle(docOf(withButtons), 'https://heating.example/services-overview');
    expect(signal(b, 'dom:buttons-per-prose')!.weight).toBeLessThan(0);
    expect(signal(a, 'dom:buttons-per-prose')).toBeUndefined();
    expect(b.score).toBeLessThan(a.score);
  });

  it('reads paragraph rhythm: paragraphs of several sentences lean towards an article', () => {
    const clauses = ['The mayor opened the bridge on Monday', 'Traffic had waited two years for it', 'Buses will use it from December'];
    const sentences = detectArticle(docOf(`<html><body>${paragraphs(5, () => clauses.join('. ') + '.')}</body></html>`), 'https://x.example/1');
    const phrases = detectArticle(docOf(`<html><body>${paragraphs(5, () => clauses.join('; ') + '.')}</body></html>`), 'https://x.example/1');
    expect(signal(sentences, 'text:sentences-per-paragraph')!.weight).toBeGreaterThan(signal(phrases, 'text:sentences-per-paragraph')!.weight);
  });

  it('counts inline code (documentation) against the page', () => {
    const p = (i: number) => `Set <code>timeout</code> to ${i} seconds and call <code>connect()</code> before the first request is sent.`;
    const d = detectArticle(docOf(`<html><body><h1>Connecting to the server</h1>${paragraphs(5, p)}</body></html>`), 'https://tool.example/connect');
    expect(signal(d, 'dom:inline-code')!.weight).toBeLessThan(0);
    expect(signal(d, 'dom:inline-code')!.detail).toBe('10 <code>');
  });
});
