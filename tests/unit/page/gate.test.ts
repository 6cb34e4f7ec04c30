/**
 * Detection's gate (lib/page/gate.ts): the probe stops a page there, so the gate must let through what the full
 * detector would take for an article, stop clear non-articles, stay bounded on huge pages and explain itself.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../lib/page/detect';
import {
  ALL_PARAGRAPHS_AT,
  COUNTED,
  COUNTED_LAST,
  GATE_FEATURES,
  GATE_STAGES,
  LINKS_AT,
  PARAGRAPHS_AT,
  gateDetection,
  gateFeatures,
  gateGrowth,
  gateScore,
  gateValues,
  namedFeatures,
  namedWeights,
  readGate,
} from '../../../lib/page/gate';
import { Detection } from '../../../lib/schema';
import { DETECTION_URLS, docOf, htmlFilesUnder } from './helpers';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');



/** Test pages that are not articles (their READMEs say what each is). */
const NOT_ARTICLES = new Set([
  'page/homepage.html',
  'page/search.html',
  'page/ru-category-listing.html',
  'page/ru-news-homepage-dated.html',
  'page/section-front-jsonld-lies.html',
  'page/forum-thread-br.html',
  'providers/gdelt-error.html',
  'site/index.html',
  'site/search.html',
]);

const story = (paragraphs: number) =>
  `<html><head><title>t</title></head><body><h1>The council voted on the new budget late on Tuesday</h1><div class="story">${Array.from(
    { length: paragraphs },
    (_, i) => `<p>Paragraph ${i}: the council met on Tuesday, and after a long debate about roads, schools and the water supply, it voted for the budget.</p>`,
  ).join('')}</div></body></html>`;

const listing = `<html><head><meta property="og:type" content="website"></head><body><nav>${'<a href="/x">Section</a>'.repeat(30)}</nav>${Array.from(
  { length: 30 },
  (_, i) => `<div class="card"><h2><a href="/story-${i}">Teaser ${i}</a></h2><span>12 May</span><button>Share</button></div>`,
).join('')}</body></html>`;

describe('detection’s gate', () => {
  it('lets through every test article the full detector accepts, at every URL shape', () => {
    let accepted = 0;
    let stopped = 0;
    for (const file of htmlFilesUnder(fixtures)) {
      const html = readFileSync(file, 'utf8');
      for (const url of DETECTION_URLS) {
        const gate = readGate(docOf(html), url);
        if (!gate.pass) stopped++;
        // The detector's own mistakes (a front page at an article's address) the gate may well stop.
        if (NOT_ARTICLES.has(path.relative(fixtures, file)) || !detectArticle(docOf(html), url).isArticle) continue;
        accepted++;
        expect(gate.pass, `${path.relative(fixtures, file)} at ${url}: gate score ${gate.score}`).toBe(true);
      }
    }
    // Both verdicts occur, so the check above ran on articles and the gate stops some pages.
    expect(accepted).toBeGreaterThan(10);
    expect(stopped).toBeGreaterThan(0);
  });

  it('stops the demo site’s front page and search results at their own addresses', () => {
    for (const [file, url] of [['site/index.html', 'http://127.0.0.1/'], ['site/search.html', 'http://127.0.0.1/search.html']] as const) {
      expect(readGate(docOf(readFileSync(path.join(fixtures, file), 'utf8')), url).pass, file).toBe(false);
    }
  });

  it('passes a story and stops a listing of teaser cards at its front page, before reading any text', () => {
    const passed = readGate(docOf(story(8)), 'https://example.org/news/2024/05/01/council-votes-for-the-budget');
    // Passed after reading its text (at stage 1, early, or at the last).
    expect(passed.pass).toBe(true);
    expect(passed.stage).toBeGreaterThan(0);
    expect(passed.values).toHaveLength(GATE_STAGES[passed.stage]!.length);
    const front = readGate(docOf(listing), 'https://example.org/');
    expect([front.pass, front.stage]).toEqual([false, 0]);
    // Stage 0 read the counts and declarations only: no paragraph text, no tag count per paragraph.
    expect(front.values).toHaveLength(GATE_STAGES[0]!.length);
    expect(GATE_FEATURES.slice(0, GATE_STAGES[0]!.length)).not.toContain('paragraphs');
    expect(namedFeatures(front.values)).toMatchObject({ homepage: 1, 'no-p': 1 });
    // …and the counts the probe's late checks start from: no paragraph, 60 links.
    expect(gateGrowth(front.values)).toBe(60);
  });

  it('stops at a later stage a listing that stage 0 lets through at an article’s address, having read its text', () => {
    const gate = readGate(docOf(listing), 'https://example.org/news/2024/05/01/council-votes-for-the-budget');
    expect(gate.pass).toBe(false);
    expect(gate.stage).toBeGreaterThan(0);
    expect(gate.values).toHaveLength(GATE_STAGES[gate.stage]!.length);
    expect(namedFeatures(gate.values)['no-paragraphs']).toBe(1);
  });

  it('scores each test page as the fit does: each stage on the first values of the whole reading, deciding at the first under its threshold or at or over its early one', () => {
    const stops = GATE_STAGES.map(() => 0);
    const earlies = GATE_STAGES.map(() => 0);
    for (const file of htmlFilesUnder(fixtures)) {
      const html = readFileSync(file, 'utf8');
      for (const url of DETECTION_URLS) {
        const whole = namedFeatures(gateValues(docOf(html), url));
        const scores = GATE_STAGES.map((stage) => gateScore(whole, namedWeights(stage)));
        const decided = GATE_STAGES.findIndex((stage, k) => scores[k]! < stage.threshold || (stage.early !== undefined && scores[k]! >= stage.early));
        const stop = decided >= 0 && scores[decided]! < GATE_STAGES[decided]!.threshold ? decided : -1;
        const gate = readGate(docOf(html), url);
        expect(gate.pass, `${file} at ${url}`).toBe(stop < 0);
        expect(gate.stage).toBe(decided < 0 ? GATE_STAGES.length - 1 : decided);
        expect(gate.score).toBeCloseTo(scores[gate.stage]!, 10);
        expect(gate.values).toEqual(gateValues(docOf(html), url).slice(0, GATE_STAGES[gate.stage]!.length));
        if (stop >= 0) stops[stop]!++;
        else if (decided >= 0) earlies[decided]!++;
      }
    }
    // The test pages are stopped at more than one stage and passed early at some (the comparison above ran on each stage's reading).
    expect(stops.filter((n) => n > 0).length).toBeGreaterThan(1);
    expect(earlies[0]).toBeGreaterThan(0);
  });

  it('lets a declared, dated story through at stage 0, its text unread, and a plain one only after reading it', () => {
    const declared = story(8).replace(
      '<head>',
      '<head><meta property="og:type" content="article"><meta name="author" content="A. Writer"><script type="application/ld+json">{"@type":"NewsArticle"}</script>',
    );
    const url = 'https://example.org/news/2024/05/01/council-votes-for-the-budget';
    const early = readGate(docOf(declared), url);
    expect([early.pass, early.stage]).toEqual([true, 0]);
    expect(early.score).toBeGreaterThanOrEqual(GATE_STAGES[0]!.early!);
    expect(early.values).toHaveLength(GATE_STAGES[0]!.length);
    const plain = readGate(docOf(story(8)), url);
    expect(plain.pass).toBe(true);
    expect(plain.stage).toBeGreaterThan(0);
    // Only the first stages have an early threshold, each over its own lower one.
    GATE_STAGES.forEach((stage, k) => {
      if (k === GATE_STAGES.length - 1) expect(stage.early).toBeUndefined();
      else expect(stage.early!).toBeGreaterThan(stage.threshold);
    });
  });

  it('weighs in each stage only what that stage has read, and reads more at each stage', () => {
    GATE_STAGES.forEach((stage, k) => {
      // One weight per feature read, by position: a weight more or less would weigh a value with another's weight.
      expect(stage.weights, `stage ${k}`).toHaveLength(stage.length);
      const read = GATE_FEATURES.slice(0, stage.length) as readonly string[];
      expect(Object.keys(namedWeights(stage)).filter((name) => !read.includes(name)), `stage ${k}`).toEqual([]);
      if (k > 0) expect(stage.length).toBeGreaterThan(GATE_STAGES[k - 1]!.length);
    });
    expect(GATE_STAGES[GATE_STAGES.length - 1]!.length).toBe(GATE_FEATURES.length);
  });

  it('reads back its counts at the named features’ positions', () => {
    expect([GATE_FEATURES[ALL_PARAGRAPHS_AT], GATE_FEATURES[LINKS_AT], GATE_FEATURES[PARAGRAPHS_AT]]).toEqual(['all-paragraphs', 'links', 'paragraphs']);
    // The tags counted are named in the order they are counted, each stage's after the text.
    const at = GATE_FEATURES.indexOf('longest') + 1;
    expect(GATE_FEATURES.slice(at, at + COUNTED.length)).toEqual([...COUNTED]);
    expect(GATE_FEATURES.slice(GATE_STAGES[1]!.length, GATE_STAGES[1]!.length + COUNTED_LAST.length)).toEqual([...COUNTED_LAST]);
  });

  it('reads a bounded number of paragraphs: 5,000 read as 100', () => {
    const big = gateFeatures(docOf(story(5000)), 'https://example.org/a');
    const capped = gateFeatures(docOf(story(100)), 'https://example.org/a');
    expect(big['paragraphs']).toBeCloseTo(Math.log1p(100));
    expect(big['cluster']).toBe(capped['cluster']);
    expect(big['long-paragraphs']).toBe(capped['long-paragraphs']);
  });

  it('reads declarations: og:type, JSON-LD article and non-article types', () => {
    const declared = (head: string) => gateFeatures(docOf(`<html><head>${head}</head><body><p>x</p></body></html>`), 'https://example.org/a');
    expect(declared('<meta property="og:type" content="Article">')['og-article']).toBe(1);
    expect(declared('<meta property="og:type" content="website">')['og-article']).toBeUndefined();
    const ld = declared('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x"}</script>');
    expect([ld['ld'], ld['ld-article'], ld['ld-other']]).toEqual([1, 1, undefined]);
    const product = declared('<script type="application/ld+json">{"@type":"Product","name":"x"}</script>');
    expect([product['ld'], product['ld-article'], product['ld-other']]).toEqual([1, undefined, 1]);
  });

  it('explains a stop at either stage with one named signal that the schemas accept', () => {
    const stages = new Set<number>();
    for (const url of ['https://example.org/', 'https://example.org/news/2024/05/01/council-votes-for-the-budget']) {
      const gate = readGate(docOf(listing), url);
      stages.add(gate.stage);
      const { threshold } = GATE_STAGES[gate.stage]!;
      const weights = namedWeights(GATE_STAGES[gate.stage]!);
      expect(gate.score).toBe(gateScore(namedFeatures(gate.values), weights));
      expect(gate.score).toBeLessThan(threshold);
      const detection = gateDetection(gate);
      expect(Detection.parse(detection)).toEqual(detection);
      expect(detection.isArticle).toBe(false);
      expect(detection.signals).toHaveLength(1);
      expect(detection.signals[0]!.name).toBe('gate:not-article');
      expect(detection.signals[0]!.detail).toMatch(new RegExp(`^gate stage ${gate.stage} score -?\\d[^:]* < ${threshold}: `));
      // The largest contribution comes first, with its sign.
      const [name, share] = Object.entries(namedFeatures(gate.values))
        .map(([n, v]): [string, number] => [n, Math.round((weights[n] ?? 0) * v * 100) / 100])
        .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))[0]!;
      expect(detection.signals[0]!.detail).toContain(`: ${name} ${share > 0 ? '+' : ''}${share}`);
    }
    expect(stages.size).toBe(2);
  });

  it('reads one value per named feature, in their order, at every URL shape', () => {
    // A reading longer or shorter than the names would weigh every value after the mismatch with another's weight.
    for (const html of [story(8), listing, '']) {
      for (const url of ['https://example.org/', 'https://example.org/news/2024/05/01/council-votes-for-the-budget', 'not a url']) {
        const values = gateValues(docOf(html), url);
        expect(values).toHaveLength(GATE_FEATURES.length);
        expect(Object.keys(namedFeatures(values)).every((name) => (GATE_FEATURES as readonly string[]).includes(name))).toBe(true);
      }
    }
    expect(namedFeatures(gateValues(docOf(listing), 'https://example.org/'))['homepage']).toBe(1);
  });

  it('reads the head’s declarations there only', () => {
    const meta = '<meta name="author" content="A. Writer"><meta property="article:published_time" content="2024-05-01"><meta name="twitter:card" content="summary_large_image">';
    const inHead = gateFeatures(docOf(`<html><head><title>Council votes for the budget | Daily</title>${meta}</head><body><h1>Council votes for the budget</h1></body></html>`), 'https://example.org/a');
    expect([inHead['head-author'], inHead['published'], inHead['large-card']]).toEqual([1, 1, 1]);
    // The same declarations in the body are not read (the head is a few dozen elements, the body the whole page).
    const inBody = gateFeatures(docOf(`<html><head><title>Daily</title></head><body><div>${meta}</div><h1>Council votes for the budget</h1></body></html>`), 'https://example.org/a');
    expect([inBody['head-author'], inBody['published'], inBody['large-card']]).toEqual([undefined, undefined, undefined]);
  });

  it('reads the path’s year and slug length, as a URL object would split it', () => {
    const at = (url: string) => gateFeatures(docOf(''), url);
    expect(at('https://example.org/news/2024/05/council-votes.html?page=2010#top')).toMatchObject({ 'year-path': 1, 'slug-length': 0.13 });
    expect(at('https://example.org/news/20245/item?y=/2024/')['year-path']).toBeUndefined();
    expect(at('https://example.org/news/item#/2024/')['year-path']).toBeUndefined();
    expect(at('https://example.org/?a=b/c')).toMatchObject({ homepage: 1 });
  });

  it('gives the late checks the page’s paragraphs and links as read', () => {
    const doc = docOf(story(8).replace('<h1>', '<a href="/">home</a><a href="/b">b</a><h1>'));
    expect(gateGrowth(gateValues(doc, 'https://example.org/a'))).toBe(10);
    expect(gateGrowth(gateValues(docOf(''), 'https://example.org/a'))).toBe(0);
  });

  it('never throws on odd documents', () => {
    for (const html of ['', '<html></html>', '<p>', '<html><body><h1></h1><script type="application/ld+json">{</script></body></html>']) {
      for (const url of ['not a url', 'https://example.org/', '']) expect(() => readGate(docOf(html), url)).not.toThrow();
    }
  });
});
