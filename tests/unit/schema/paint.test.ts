/**
 * The content script's first reading of the background's answer (PaintReply): only what painting reads, so a
 * painted page does not pay for parsing the whole analysis; the whole answer is parsed with TabState when the
 * hover card first needs it. It must paint exactly what the whole analysis paints and refuse what TabState refuses
 * in the parts it reads.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../lib/analyze';
import { articleFromText } from '../../../lib/analyze/plain-text';
import { highlightItems } from '../../../lib/highlight/items';
import { PaintReply, TabState, type Analysis } from '../../../lib/schema';

const article = articleFromText(
  'Senator Maria Lopez spoke on Monday, according to Reuters. "We will vote no," Lopez said.\n\n"It is a bad bill," she added.',
);
const analysis: Analysis = analyzeArticle(article);
const reply = JSON.parse(JSON.stringify(TabState.parse({ status: 'analyzed', analysis }))) as {
  status: string;
  analysis: Record<string, unknown> & { quotes: Record<string, unknown>[]; people: Record<string, unknown>[] };
};

describe('PaintReply', () => {
  it('reads from a real answer exactly the highlights the whole analysis gives', () => {
    const paint = PaintReply.safeParse(reply);
    expect(paint.success).toBe(true);
    const whole = TabState.parse(reply);
    if (!paint.success || whole.status !== 'analyzed') throw new Error('not analysed');
    // An item's span is the quote or mention itself: compare what painting and anchoring read of it.
    const painted = (a: Parameters<typeof highlightItems>[0]) =>
      highlightItems(a).map(({ span: { start, end, block, selector }, ...item }) => ({ ...item, start, end, block, selector }));
    const items = painted(paint.data.analysis);
    expect(new Set(items.map((i) => i.kind)).size).toBeGreaterThanOrEqual(3);
    expect(items).toEqual(painted(whole.analysis));
    // Only the painted parts cross: no texts, roles or glossary.
    expect(Object.keys(paint.data.analysis).sort()).toEqual(['article', 'people', 'quotes', 'sources']);
    expect(paint.data.analysis.article).toEqual({ url: whole.analysis.article.url });
  });

  const quote = reply.analysis.quotes[0]!;
  const person = reply.analysis.people[0]!;
  const withAnalysis = (patch: Record<string, unknown>) => ({ ...reply, analysis: { ...reply.analysis, ...patch } });
  it.each([
    ['nothing', undefined],
    ['a string', 'analyzed'],
    ['another status', { status: 'idle', reason: 'not-article', detection: null }],
    ['no analysis', { status: 'analyzed' }],
    ['quotes not a list', withAnalysis({ quotes: {} })],
    ['a negative span', withAnalysis({ quotes: [{ ...quote, start: -1 }] })],
    ['a fractional block', withAnalysis({ quotes: [{ ...quote, block: 0.5 }] })],
    ['an unknown quote kind', withAnalysis({ quotes: [{ ...quote, kind: 'shouted' }] })],
    ['no selector', withAnalysis({ quotes: [{ ...quote, selector: undefined }] })],
    ['a confidence above 1', withAnalysis({ quotes: [{ ...quote, speakerConfidence: 2 }] })],
    ['a person without a name', withAnalysis({ people: [{ ...person, name: 7 }] })],
    ['a mention with a bad span', withAnalysis({ people: [{ ...person, mentionSpans: [{ start: 'x' }] }] })],
    ['a source without spans as a list', withAnalysis({ sources: [{ name: 'Reuters', spans: 'all' }] })],
    ['an article without its address', withAnalysis({ article: { title: 'x' } })],
  ])('refuses %s, as the whole schema does', (_, raw) => {
    expect(PaintReply.safeParse(raw).success).toBe(false);
    const whole = TabState.safeParse(raw);
    expect(whole.success && whole.data.status === 'analyzed').toBe(false);
  });
});
