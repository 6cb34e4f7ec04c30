import { describe, expect, it } from 'vitest';
import { ArticleText, Detection } from '../../../lib/schema/article';
import { detectArticle, extractArticle } from '../../../lib/page';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { docOf, fixtureDoc } from './helpers';

const signalOf = (d: Detection, name: string) => d.signals.find((s) => s.name === name);

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

  it('reads paragraphs set as bare-text <div>s when the page has no <p> prose', () => {
    const sentence = (i: number) => `Депутаты городского совета в ${i}-й раз обсудили бюджет, и глава комиссии сказал, что расходы на дороги вырастут на треть.`;
    const story = Array.from({ length: 6 }, (_, i) => `<div align="justify">${sentence(i)} ${sentence(i + 10)}</div><div>&nbsp;</div>`).join('');
    const menu = Array.from({ length: 30 }, (_, i) => `<li><a href="/r/${i}">Рубрика ${i}</a></li>`).join('');
    const doc = docOf(`<html><body><table><tr><td><ul>${menu}</ul></td><td><div class="contentheading">Бюджет города вырастет</div>${story}</td></tr></table></body></html>`);
    const d = detectArticle(doc, 'http://www.gorod.example/index.php?option=com_content&task=view&id=7001&Itemid=2');
    expect(d.isArticle, JSON.stringify(d.signals)).toBe(true);
    expect(d.signals.find((s) => s.name === 'text:density')?.detail).toContain('6 prose paragraphs');
  });

  it('reads a story of single-<br> lines as paragraphs, beside a menu that has more line breaks', () => {
    const line = (i: number) => `&nbsp;&nbsp;Депутаты районного совета в ${i + 2}-й раз обсудили ремонт школы, и глава района сказал, что подрядчика выберут до конца месяца, а работы начнутся летом.`;
    const menu = Array.from({ length: 30 }, (_, i) => `<a href="/?cat=${i}">Рубрика ${i}</a><br>`).join('');
    const html = `<html><body><table><tr><td>${menu}</td><td><p><b>Ремонт школы начнётся летом</b></p><div class="txt">${[0, 1, 2, 3, 4].map(line).join('<br>\n')}</div></td></tr></table></body></html>`;
    const d = detectArticle(docOf(html), 'http://raion.example/a1b2c3d4e5f60789');
    expect(d.isArticle, JSON.stringify(d.signals)).toBe(true);
    expect(signalOf(d, 'text:br-block')?.detail).toMatch(/^1\d\d words/);
    expect(signalOf(d, 'text:paragraph-length')).toBeDefined();
  });

  it('walks from an <h2> headline that the page title repeats when the page has no <h1>', () => {
    const para = (i: number) => `<p>Суд в ${i + 2}-й раз перенёс заседание по делу о строительстве моста, сообщили в пресс-службе суда.</p>`;
    const html = `<html><head><title>Новости: Общество: Суд снова перенёс заседание по делу о мосте</title></head><body>
      <div class="dt">12.03.2011, 14:25</div><h2>Суд снова перенёс заседание по делу о мосте</h2>${[0, 1, 2, 3].map(para).join('')}</body></html>`;
    const d = detectArticle(docOf(html), 'http://gazeta.example/6648058818bdb924');
    expect(signalOf(d, 'dom:dated-headline')?.detail).toContain('4+ prose paragraphs');
    // An <h2> the title does not repeat is no headline.
    const other = detectArticle(docOf(html.replace('<title>Новости: Общество: Суд снова', '<title>Новости')), 'http://gazeta.example/6648058818bdb924');
    expect(signalOf(other, 'dom:dated-headline')).toBeUndefined();
  });

  it('takes dates after three paragraphs of a dated story for its comments, not for teasers', () => {
    const para = (i: number) => `<p>Жители района в ${i + 2}-й раз пожаловались на шум стройки, и глава управы пообещал проверку.</p>`;
    const comments = [1, 2, 3].map((i) => `<div class="c"><span>12.03.2011 1${i}:00</span><div>Давно пора разобраться.</div></div>`).join('');
    const html = (n: number) => `<html><body><h1>Жители снова пожаловались на шум стройки</h1><div>12.03.2011</div>${[0, 1, 2].slice(0, n).map(para).join('')}${comments}</body></html>`;
    expect(signalOf(detectArticle(docOf(html(3)), 'http://gorod.example/a1b2c3d4e5f60789'), 'dom:dated-headline')).toBeDefined();
    expect(signalOf(detectArticle(docOf(html(2)), 'http://gorod.example/a1b2c3d4e5f60789'), 'dom:dated-teasers')).toBeDefined();
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
