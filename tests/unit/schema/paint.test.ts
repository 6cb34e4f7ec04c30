/**
 * The background's answer to `page:html` (PaintReply): only the highlights, the blocks' places and the settings the
 * page paints with, so a painted page neither receives nor parses the whole analysis; the hover card asks for it
 * (`content:details`), answered only for the article painted. Anything malformed is refused.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzeArticle } from '../../../lib/analyze';
import { articleFromText } from '../../../lib/analyze/plain-text';
import { highlightItems } from '../../../lib/highlight/items';
import { Analysis, parseStoredSettings, PaintReply, TabState, ToBackgroundMessage } from '../../../lib/schema';
import type { PageRead } from '../../../entrypoints/background/page-read';
import { fromWire, MAX_PATH_DEPTH, toWire, type PaintWire } from '../../../lib/highlight/paint-wire';
import { integers } from '../../../lib/schema/paint-columns';
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
const reply = JSON.parse(JSON.stringify(paintReply(TabState.parse({ status: 'analyzed', analysis }), read, settings))) as PaintWire & { detection: unknown };

describe('the paint reply', () => {
  it('carries the analysis’ highlights, the blocks’ places and how to paint them, and reads back as they were', () => {
    const parsed = PaintReply.safeParse(reply);
    if (!parsed.success) throw parsed.error;
    const decoded = fromWire(parsed.data);
    const expected = highlightItems(analysis).map(({ span: { start, end, block, selector }, ...rest }) => ({ ...rest, span: { start, end, block, selector } }));
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
    // detection crosses for the probe's state, and is not part of what the content script parses.
    expect(Object.keys(parsed.data)).not.toContain('detection');
    expect(JSON.stringify(reply)).not.toContain('providers');
    expect(JSON.stringify(reply)).not.toContain('disabledSites');
    expect(TabState.safeParse(reply).success).toBe(false);
  });

  it('names a block without an element, kinds switched off and a colour changed', () => {
    const off = { ...settings.highlights, enabled: false, tintBySpeaker: false, kinds: { ...settings.highlights.kinds, person: false }, colors: { ...settings.highlights.colors, source: '#123456' } };
    const wire = toWire('u', [], [{ start: 0 }, { start: 5 }, { start: 9 }], [[1, 2], null, [1, 0, 3]], ['p', 'li', 'p'], off);
    const decoded = fromWire(PaintReply.parse(JSON.parse(JSON.stringify(wire))));
    expect(decoded?.paths).toEqual([[1, 2], null, [1, 0, 3]]);
    expect(decoded?.highlights).toEqual(off);
  });

  it('leaves other states as they are (nothing to paint)', () => {
    const idle = { status: 'idle' as const, reason: 'not-article' as const, detection: null };
    expect(paintReply(idle, read, settings)).toBe(idle);
    expect(PaintReply.safeParse(idle).success).toBe(false);
  });

  const swap = (field: keyof PaintWire, value: unknown) => ({ ...reply, [field]: value });
  const [numbers, starts, paths] = [integers(reply.numbers), integers(reply.starts), integers(reply.paths)];
  it.each([
    ['nothing', undefined],
    ['a string', 'analyzed'],
    ['an error state', { status: 'error', message: 'x' }],
    ['no highlights', { status: 'analyzed' }],
    ['no address', swap('url', undefined)],
    ['kinds not a list', swap('kinds', {})],
    ['an unknown kind', swap('kinds', ['script', ...reply.kinds.slice(1)])],
    ['a negative span start', swap('numbers', ['-1', ...numbers.slice(1)].join(','))],
    ['a negative reference', swap('numbers', [...numbers.slice(0, 4), -1, ...numbers.slice(5)].join(','))],
    ['a tint below -1', swap('numbers', [...numbers.slice(0, 3), -2, ...numbers.slice(4)].join(','))],
    ['a fractional block', swap('numbers', [...numbers.slice(0, 2), 0.5, ...numbers.slice(3)].join(','))],
    ['a number missing', swap('numbers', numbers.slice(1).join(','))],
    ['numbers as a list', swap('numbers', numbers)],
    ['numbers with a space', swap('numbers', numbers.join(', '))],
    ['a number of ten digits', swap('numbers', ['1234567890', ...numbers.slice(1)].join(','))],
    ['a negative block start', swap('starts', ['-3', ...starts.slice(1)].join(','))],
    ['a selector text missing', swap('texts', reply.texts.slice(1))],
    ['a label that is not text', swap('labels', [7, ...reply.labels.slice(1)])],
    ['a label missing', swap('labels', reply.labels.slice(1))],
    ['a tag per block missing', swap('tags', reply.tags.slice(1))],
    ['an overlong tag', swap('tags', ['p'.repeat(100), ...reply.tags.slice(1)])],
    ['a path longer than what follows', swap('paths', [...paths, 9].join(','))],
    ['a path cut short', swap('paths', paths.slice(0, -1).join(','))],
    ['a negative path step', swap('paths', paths.map((n, i) => (i === 1 ? -1 : n)).join(','))],
    ['a path deeper than any page', swap('paths', [MAX_PATH_DEPTH + 1, ...new Array<number>(MAX_PATH_DEPTH + 1).fill(0), ...paths.slice(1 + paths[0]!)].join(','))],
    ['a colour that is not one', swap('highlights', { ...reply.highlights, colors: ['red', ...reply.highlights.colors.slice(1)] })],
    ['a colour missing', swap('highlights', { ...reply.highlights, colors: reply.highlights.colors.slice(1) })],
    ['no highlight settings', swap('highlights', undefined)],
  ])('refuses %s', (_, raw) => {
    expect(PaintReply.safeParse(raw).success).toBe(false);
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
