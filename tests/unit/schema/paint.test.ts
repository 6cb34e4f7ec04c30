/**
 * The background's answer to `content:article` and the content script's first reading of it (PaintReply): only the
 * highlights, so a painted page does not pay for parsing the whole analysis; the whole answer is still a TabState,
 * parsed as such when the hover card first needs it. Anything malformed is refused.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../lib/analyze';
import { articleFromText } from '../../../lib/analyze/plain-text';
import { highlightItems } from '../../../lib/highlight/items';
import { PaintReply, TabState, type Analysis } from '../../../lib/schema';
import { withPaint } from '../../../entrypoints/background/paint-reply';

const article = articleFromText(
  'Senator Maria Lopez spoke on Monday, according to Reuters. "We will vote no," Lopez said.\n\n"It is a bad bill," she added.',
  { url: 'https://news.example/vote' },
);
const analysis: Analysis = analyzeArticle(article);
// What crosses the message channel: JSON-like data, as the content script receives it.
const reply = JSON.parse(JSON.stringify(withPaint(TabState.parse({ status: 'analyzed', analysis })))) as {
  status: string;
  paint: { url: string; items: Record<string, unknown>[] };
};
const item = reply.paint.items[0]!;

describe('the paint reply', () => {
  it('carries the analysis’ highlights, spans without their quote fields, and is still a whole TabState', () => {
    const paint = PaintReply.safeParse(reply);
    if (!paint.success) throw paint.error;
    const expected = highlightItems(analysis).map(({ span: { start, end, block, selector }, ...rest }) => ({ ...rest, span: { start, end, block, selector } }));
    expect(new Set(expected.map((i) => i.kind)).size).toBeGreaterThanOrEqual(3);
    expect(paint.data.paint).toEqual({ url: 'https://news.example/vote', items: expected });
    // Read whole, the answer is the tab's state as before (the highlights are not part of it).
    expect(TabState.parse(reply)).toEqual(TabState.parse({ status: 'analyzed', analysis }));
  });

  it('leaves other states as they are (nothing to paint)', () => {
    const idle = { status: 'idle' as const, reason: 'not-article' as const, detection: null };
    expect(withPaint(idle)).toBe(idle);
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
  ])('refuses %s', (_, raw) => {
    expect(PaintReply.safeParse(raw).success).toBe(false);
  });
});
