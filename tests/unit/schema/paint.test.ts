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
const reply = JSON.parse(JSON.stringify(paintReply(TabState.parse({ status: 'analyzed', analysis }), read, settings))) as {
  status: string;
  paint: { url: string; items: Record<string, unknown>[] };
  paths: unknown[];
  tags: unknown[];
  blocks: unknown[];
};
const item = reply.paint.items[0]!;

describe('the paint reply', () => {
  it('carries the analysis’ highlights, spans without their quote fields, and nothing else', () => {
    const paint = PaintReply.safeParse(reply);
    if (!paint.success) throw paint.error;
    const expected = highlightItems(analysis).map(({ span: { start, end, block, selector }, ...rest }) => ({ ...rest, span: { start, end, block, selector } }));
    expect(new Set(expected.map((i) => i.kind)).size).toBeGreaterThanOrEqual(3);
    expect(paint.data.paint).toEqual({ url: 'https://news.example/vote', items: expected });
    expect(paint.data.blocks).toEqual(article.blocks);
    expect(paint.data.paths).toEqual(read.paths);
    expect(paint.data.highlights).toEqual(settings.highlights);
    // The analysis itself does not cross to the page, nor the settings beyond how highlights are painted; the
    // detection crosses for the probe's state, and is not part of what the content script parses.
    expect(Object.keys(reply).sort()).toEqual(['blocks', 'detection', 'highlights', 'paint', 'paths', 'status', 'tags']);
    expect(Object.keys(paint.data).sort()).toEqual(['blocks', 'highlights', 'paint', 'paths', 'status', 'tags']);
    expect(JSON.stringify(reply)).not.toContain('providers');
    expect(JSON.stringify(reply)).not.toContain('disabledSites');
    expect(TabState.safeParse(reply).success).toBe(false);
  });

  it('leaves other states as they are (nothing to paint)', () => {
    const idle = { status: 'idle' as const, reason: 'not-article' as const, detection: null };
    expect(paintReply(idle, read, settings)).toBe(idle);
    expect(PaintReply.safeParse(idle).success).toBe(false);
  });

  const withItems = (items: unknown[]) => ({ ...reply, paint: { ...reply.paint, items } });
  it.each([
    ['nothing', undefined],
    ['a string', 'analyzed'],
    ['an error state', { status: 'error', message: 'x' }],
    ['no highlights', { status: 'analyzed' }],
    ['no address', { ...reply, paint: { items: reply.paint.items } }],
    ['items not a list', withItems({} as unknown as unknown[])],
    ['an unknown kind', withItems([{ ...item, kind: 'script' }])],
    ['a negative span', withItems([{ ...item, span: { ...(item.span as object), start: -1 } }])],
    ['a fractional block', withItems([{ ...item, span: { ...(item.span as object), block: 0.5 } }])],
    ['no selector', withItems([{ ...item, span: { ...(item.span as object), selector: undefined } }])],
    ['a label that is not text', withItems([{ ...item, label: 7 }])],
    ['a tint below -1', withItems([{ ...item, tint: -2 }])],
    ['a negative reference', withItems([{ ...item, ref: -1 }])],
    ['a path per block missing', { ...reply, paths: reply.paths.slice(1) }],
    ['a tag per block missing', { ...reply, tags: reply.tags.slice(1) }],
    ['a negative path step', { ...reply, paths: [[-1], ...reply.paths.slice(1)] }],
    ['a fractional path step', { ...reply, paths: [[0.5], ...reply.paths.slice(1)] }],
    ['a path deeper than any page', { ...reply, paths: [new Array(600).fill(0), ...reply.paths.slice(1)] }],
    ['a path that is not a list', { ...reply, paths: ['1/0/2', ...reply.paths.slice(1)] }],
    ['an overlong tag', { ...reply, tags: ['p'.repeat(100), ...reply.tags.slice(1)] }],
    ['no highlight settings', { ...reply, highlights: undefined }],
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
