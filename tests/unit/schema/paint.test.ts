/**
 * The background's answer to `page:html` (its `paint`, a PaintReply): only the highlights, the blocks' places and the
 * settings the page paints with, as one text checked by one regex, so a painted page neither receives nor parses the
 * whole analysis; the hover card asks for it (`content:details`), answered only for the article painted. Anything
 * malformed is refused, and no text a page puts in its article can make the check slow.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzeArticle } from '../../../lib/analyze';
import { articleFromText } from '../../../lib/analyze/plain-text';
import { highlightItems, type HighlightItem } from '../../../lib/highlight/items';
import { Analysis, parseStoredSettings, PaintReply, TabState, ToBackgroundMessage, ToContentMessage } from '../../../lib/schema';
import { readPage, type PageRead } from '../../../entrypoints/background/page-read';
import { fromWire, MAX_PATH_DEPTH, toWire } from '../../../lib/highlight/paint-wire';
import { placesInBlocks } from '../../../lib/anchor';
import { MAX_PAINT_CHARS } from '../../../lib/schema/paint-grammar';
import { detailsFor, paintReply } from '../../../entrypoints/background/paint-reply';
import { forgetAnalysis, rememberAnalysis } from '../../../entrypoints/background/analysis-memo';
import { clearTabState, setTabState } from '../../../entrypoints/background/tab-states';

const article = articleFromText(
  'Senator Maria Lopez spoke on Monday, according to Reuters. "We will vote no," Lopez said.\n\n"It is a bad bill," she added.',
  { url: 'https://news.example/vote' },
);
const analysis: Analysis = analyzeArticle(article);
const settings = parseStoredSettings({}).settings;
const read: PageRead = {
  detection: article.detection,
  article,
  paths: article.blocks.map((_, i) => [1, 0, i]),
  tags: article.blocks.map(() => 'p'),
};
// What crosses the message channel: JSON-like data, as the content script receives it.
const crossed = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const answer = crossed(paintReply(TabState.parse({ status: 'analyzed', analysis }), read, settings));
if (answer.status !== 'analyzed') throw new Error('analysed state expected');
const reply = answer.paint;
/** Items as the page reads them back (the span's fields the answer carries, in order). */
const expectedItems = (items: HighlightItem[]) => items.map(({ span: { start, end, block, selector }, ...rest }) => ({ ...rest, span: { start, end, block, selector } }));

describe('the paint reply', () => {
  it('carries the analysis’ highlights, the blocks’ places and how to paint them, and reads back as they were', () => {
    const parsed = PaintReply.safeParse(reply);
    if (!parsed.success) throw parsed.error;
    const decoded = fromWire(parsed.data);
    const expected = expectedItems(highlightItems(analysis));
    expect(new Set(expected.map((i) => i.kind)).size).toBeGreaterThanOrEqual(3);
    expect(decoded).toEqual({
      url: 'https://news.example/vote',
      items: expected,
      starts: article.blocks.map((b) => b.start),
      paths: read.paths,
      tags: read.tags,
      highlights: settings.highlights,
    });
    // The analysis itself does not cross to the page, nor the settings beyond how highlights are painted; the
    // detection crosses for the probe's state, beside the text the content script parses.
    expect(Object.keys(answer).sort()).toEqual(['detection', 'paint', 'status']);
    expect(reply).not.toContain('providers');
    expect(reply).not.toContain('disabledSites');
    expect(TabState.safeParse(answer).success).toBe(false);
    // bg:paint carries the same text.
    expect(ToContentMessage.safeParse({ type: 'bg:paint', reply, analysis: crossed(analysis) }).success).toBe(true);
    expect(ToContentMessage.safeParse({ type: 'bg:paint', reply: reply + 'x', analysis: crossed(analysis) }).success).toBe(false);
  });

  const demo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/site');
  it.each(['altaynews/akim-elections.html', 'altaynews/second-story.html', 'kaz/akim-sailauy.html', 'tengrinews-en/bashimov-elections.html'])(
    'reads back the analysis of the demo page %s as it was sent',
    (file) => {
      const page = readPage(readFileSync(path.join(demo, file), 'utf8'), `http://127.0.0.1:4173/${file}`, true);
      const whole = analyzeArticle(page.article!);
      const items = highlightItems(whole);
      expect(items.length).toBeGreaterThan(0);
      // Each highlight's place in its block's text, found in the copy (the page checks it instead of searching).
      placesInBlocks(items.map((i) => i.span), page.article!.blocks, page.elements!).forEach((place, i) => (items[i]!.place = place));
      expect(items.every((i) => i.place && i.place.end > i.place.start)).toBe(true);
      const sent = crossed(toWire(whole.article.url, items, page.article!.blocks, page.paths, page.tags, settings.highlights));
      const decoded = fromWire(PaintReply.parse(sent));
      expect(decoded.items).toEqual(expectedItems(items));
      expect(decoded.paths).toEqual(page.paths);
      expect(decoded.tags).toEqual(page.tags);
      expect(decoded.starts).toEqual(page.article!.blocks.map((b) => b.start));
      expect(decoded.url).toBe(whole.article.url);
    },
  );

  it('keeps any character of a text, its separators and escapes included', () => {
    const texts = ['a|b', '\\', '|', '\\|', 'x\\', '|\\|\\', '', '=', 'h0,1,2|', 'b1,p,1|', '\n\r\u0000\u2028', '\ud800 lone', 'ünï 中文 🙂'];
    const items: HighlightItem[] = texts.map((t, i) => ({
      kind: 'quote-direct',
      span: { start: i, end: i + 1, block: 0, selector: { exact: t, prefix: texts[(i + 1) % texts.length]!, suffix: t + t } },
      label: i % 2 ? t : null,
      tint: i % 3 ? -1 : i,
      ref: i,
    }));
    const url = 'https://x.example/a|b\\c';
    const sent = crossed(toWire(url, items, [{ start: 0 }], [[1, 0]], ['p'], settings.highlights));
    const decoded = fromWire(PaintReply.parse(sent));
    expect(decoded.url).toBe(url);
    expect(decoded.items).toEqual(expectedItems(items));
  });

  it('names a block without an element, kinds switched off and a colour changed', () => {
    const off = { ...settings.highlights, enabled: false, tintBySpeaker: false, kinds: { ...settings.highlights.kinds, person: false }, colors: { ...settings.highlights.colors, source: '#123456' } };
    const wire = toWire('u', [], [{ start: 0 }, { start: 5 }, { start: 9 }, { start: 12 }], [[1, 2], null, [1, 0, 3], [1, 1]], ['p', 'li', 'p', 'a|b'], off);
    const decoded = fromWire(PaintReply.parse(crossed(wire)));
    // A tag the answer cannot carry leaves its block unnamed (not painted), never the answer refused.
    expect(decoded.paths).toEqual([[1, 2], null, [1, 0, 3], null]);
    expect(decoded.tags).toEqual(['p', '', 'p', '']);
    expect(decoded.starts).toEqual([0, 5, 9, 12]);
    expect(decoded.highlights).toEqual(off);
  });

  it('leaves other states as they are (nothing to paint)', () => {
    const idle = { status: 'idle' as const, reason: 'not-article' as const, detection: null };
    expect(paintReply(idle, read, settings)).toBe(idle);
    expect(PaintReply.safeParse(idle).success).toBe(false);
  });

  // Parts of the reply, to break one at a time.
  const header = reply.slice(0, reply.indexOf('|', reply.indexOf('|') + 1) + 1);
  const firstItem = reply.slice(header.length, reply.indexOf('h', header.length + 1));
  const blocks = reply.slice(reply.indexOf('|b') + 1);
  const deep = `b0,p,${new Array<number>(MAX_PATH_DEPTH + 1).fill(0).join(',')}|`;
  it.each([
    ['nothing', undefined],
    ['an object', { status: 'analyzed' }],
    ['the empty string', ''],
    ['an answer in columns (the older form)', JSON.stringify({ status: 'analyzed', url: 'u', kinds: [] })],
    ['another version', reply.replace(/^P1/, 'P2')],
    ['a flag that is not one', reply.replace(/^P1./, 'P12')],
    ['a colour that is not one', header.replace('#', '#g') + reply.slice(header.length)],
    ['a colour missing', reply.replace(/#[0-9a-f]{6}/i, '')],
    ['no address', reply.slice(0, header.indexOf('|') + 1) + reply.slice(header.length)],
    ['an overlong address', reply.replace('|https://', `|https://${'x'.repeat(9000)}`)],
    ['an unknown kind', reply.replace(/\|h\d,/, '|h9,')],
    ['a negative span start', reply.replace(/\|h(\d),/, '|h$1,-')],
    ['a tint below -1', firstItem.replace(/^(h\d(?:,\d+){3}),-?\d+/, '$1,-2') + reply.slice(header.length + firstItem.length)],
    ['a fractional block', reply.replace(/\|h(\d,\d+,\d+),(\d+)/, '|h$1,0.5')],
    ['a number missing', reply.replace(/\|h(\d,\d+),\d+,/, '|h$1,')],
    ['a number with a space', reply.replace(/\|h(\d),/, '|h$1, ')],
    ['a number of ten digits', reply.replace(/\|h(\d),\d+/, '|h$1,1234567890')],
    ['a place with one end', reply.replace(/\|h(\d(?:,-?\d+){5})\|/, '|h$1,7|')],
    ['a place with three numbers', reply.replace(/\|h(\d(?:,-?\d+){5})\|/, '|h$1,7,9,11|')],
    ['a selector text missing', header + firstItem.replace(/\|[^|]*\|/, '|') + reply.slice(header.length + firstItem.length)],
    ['an unescaped separator left over', reply + '|'],
    ['a dangling escape', reply.slice(0, -1) + '\\|'],
    ['a label without its mark', header + firstItem.replace(/\|=?([^|]*)\|$/, '|x$1|') + reply.slice(header.length + firstItem.length)],
    ['a highlight after the blocks', reply + firstItem],
    ['a negative block start', reply.replace(/\|b\d+/, '|b-3')],
    ['a path without steps', reply.replace(/\|b(\d+),p(,\d+)+\|/, '|b$1,p|')],
    ['a tag holding a separator', reply.replace(/\|b(\d+),p,/, '|b$1,p\\|x,')],
    ['an overlong tag', reply.replace(/\|b(\d+),p,/, `|b$1,${'p'.repeat(100)},`)],
    ['a path deeper than any page', reply + deep],
    ['something after the end', reply + 'x'],
  ])('refuses %s', (_, raw) => {
    if (raw === reply) throw new Error('the case changed nothing');
    expect(blocks.startsWith('b')).toBe(true);
    expect(PaintReply.safeParse(raw).success).toBe(false);
    expect(PaintReply.safeParse({ status: 'analyzed', paint: raw }).success).toBe(false);
  });

  it('stays fast on a megabyte of hostile text, whatever its shape', () => {
    const mb = 1 << 20;
    const hostile = [
      // Long texts of escapes and near-separators, each almost a whole answer, failing only at its end.
      header + 'h0,0,1,0,-1,0|' + '\\|'.repeat(mb / 3) + '|||=x|b',
      header + 'h0,0,1,0,-1,0|' + '\\\\'.repeat(mb / 4) + '\\',
      header + 'h0,0,1,0,-1,0||||=' + 'a|b|'.repeat(mb / 4),
      header + 'h0,0,1,0,-1,0||||='.repeat(mb / 20) + 'h',
      header + `b0,p${',1'.repeat(mb / 2)}|`,
      header + 'b0|'.repeat(mb / 3) + 'x',
      'P1' + '1'.repeat(mb),
      header.slice(0, -1) + '\\|'.repeat(mb / 3),
    ];
    for (const raw of hostile) {
      const started = performance.now();
      expect(PaintReply.safeParse(raw).success).toBe(false);
      expect(performance.now() - started).toBeLessThan(150);
    }
    // The largest answers of the shapes that weigh most on the regex's stack (two characters per repetition) are
    // read, not thrown on; longer ones are refused.
    const fill = (unit: string, end: string, prefix: string) => prefix + unit.repeat(Math.floor((MAX_PAINT_CHARS - prefix.length - end.length) / unit.length)) + end;
    const escapes = fill('\\|', '||||', header + 'h0,0,1,0,-1,0|');
    const steps = fill(`,1`.repeat(MAX_PATH_DEPTH) + '|b0,p', ',1|', header + 'b0,p');
    for (const largest of [escapes, steps]) {
      expect(largest.length).toBeLessThanOrEqual(MAX_PAINT_CHARS);
      expect(largest.length).toBeGreaterThan(MAX_PAINT_CHARS - 2000);
      expect(PaintReply.safeParse(largest).success).toBe(true);
      expect(PaintReply.safeParse(largest + 'b0|'.repeat(1000)).success).toBe(false);
    }
    // And a valid answer of that size reads as fast.
    const big = reply + `b0,p,1|`.repeat(mb / 8);
    const started = performance.now();
    expect(fromWire(PaintReply.parse(big)).starts.length).toBe(article.blocks.length + mb / 8);
    expect(performance.now() - started).toBeLessThan(300);
  });
});

describe('the details the hover card asks for', () => {
  const url = 'https://news.example/vote';
  beforeEach(async () => {
    fakeBrowser.reset();
    forgetAnalysis(7);
    await clearTabState(7);
  });

  it('is a message of its own, with the painted address', () => {
    expect(ToBackgroundMessage.safeParse({ type: 'content:details', url }).success).toBe(true);
    for (const raw of [{ type: 'content:details' }, { type: 'content:details', url: 7 }, { type: 'content:details', url: 'x'.repeat(9000) }]) {
      expect(ToBackgroundMessage.safeParse(raw).success).toBe(false);
    }
  });

  it('answers the analysis of the painted article, from the memo or the stored state, and nothing for another', async () => {
    expect(await detailsFor(7, url)).toBeUndefined();
    await setTabState(7, { status: 'analyzed', analysis, related: [] });
    const stored = await detailsFor(7, url);
    expect(Analysis.parse(JSON.parse(JSON.stringify(stored)))).toEqual(analysis);
    expect(await detailsFor(7, 'https://news.example/other')).toBeUndefined();
    // The page changed its address but not its article: the memo still knows the analysis, the stored state is gone.
    await clearTabState(7);
    rememberAnalysis(7, article, analysis);
    expect(await detailsFor(7, url)).toBe(analysis);
    expect(await detailsFor(8, url)).toBeUndefined();
  });

  it('is refused by the content script when malformed', () => {
    expect(Analysis.safeParse(undefined).success).toBe(false);
    expect(Analysis.safeParse({ ...analysis, quotes: 'none' }).success).toBe(false);
  });
});
