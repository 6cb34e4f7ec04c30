import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { locateSpans, matchQuote, placesInBlocks, selectorFor, textNodeMap, type Anchor, type Place } from '../../../lib/anchor';
import type { Span } from '../../../lib/schema';

/** The text between an anchor's two ends, read back from the DOM. */
function textOf(root: Node, anchor: Anchor): string {
  const map = textNodeMap(root);
  const start = map.starts[map.nodes.indexOf(anchor.startNode)]! + anchor.startOffset;
  const end = map.starts[map.nodes.indexOf(anchor.endNode)]! + anchor.endOffset;
  return map.text.slice(start, end);
}

describe('matchQuote', () => {
  it('finds a quote despite different whitespace and soft hyphens', () => {
    const haystack = 'Он сказал:\n   «Выборы   про\u00adшли\nспокойно», — и ушёл.';
    const m = matchQuote(haystack, { exact: 'Выборы прошли спокойно', prefix: 'сказал: «', suffix: '», —' });
    expect(m).not.toBeNull();
    expect(haystack.slice(m!.start, m!.end)).toBe('Выборы   про\u00adшли\nспокойно');
  });

  it('picks the occurrence whose context matches', () => {
    const text = 'He said yes. Then she said yes. Then they said yes.';
    const m = matchQuote(text, { exact: 'said yes', prefix: 'Then she ', suffix: '. Then they' });
    expect(m!.start).toBe(text.indexOf('she said') + 4);
  });

  it('prefers the occurrence nearest the hint when contexts tie', () => {
    const text = 'a b a b a b';
    const m = matchQuote(text, { exact: 'a', prefix: '', suffix: '' }, 8);
    expect(m!.start).toBe(8);
  });

  it('returns null when the quote is gone, and for an empty quote', () => {
    expect(matchQuote('nothing here', { exact: 'missing words', prefix: '', suffix: '' })).toBeNull();
    expect(matchQuote('nothing here', { exact: '  ', prefix: '', suffix: '' })).toBeNull();
  });

  it('builds selectors with bounded context', () => {
    const text = 'x'.repeat(50) + 'QUOTE' + 'y'.repeat(50);
    const s = selectorFor(text, 50, 55, 10);
    expect(s).toEqual({ exact: 'QUOTE', prefix: 'x'.repeat(10), suffix: 'y'.repeat(10) });
  });
});

describe('locateSpans', () => {
  const html = `<html><body><article>
    <p id="a">Первый абзац <b>без</b> цитат.</p>
    <p id="b">Почти 60% акимами были
      избраны <i>новые</i> люди, - сообщил Марат Башимов.</p>
  </article><script>var x = "сообщил Марат Башимов";</script></body></html>`;
  const { document } = parseHTML(html);
  const blocks = [
    { kind: 'paragraph' as const, start: 0, end: 24 },
    { kind: 'paragraph' as const, start: 26, end: 94 },
  ];
  const text = 'Первый абзац без цитат.\n\nПочти 60% акимами были избраны новые люди, - сообщил Марат Башимов.';
  const span = (exact: string, block: number): Span => {
    const start = text.indexOf(exact);
    return { start, end: start + exact.length, block, selector: selectorFor(text, start, start + exact.length) };
  };
  const ctx = {
    blocks,
    blockElements: [document.getElementById('a')!, document.getElementById('b')!],
    fallbackRoot: document.body,
  };

  it('maps spans across inline elements and line breaks back to text nodes', () => {
    const [quote, speaker] = locateSpans([span('Почти 60% акимами были избраны новые люди', 1), span('Марат Башимов', 1)], ctx);
    expect(textOf(document.getElementById('b')!, quote!).replace(/\s+/g, ' ')).toBe('Почти 60% акимами были избраны новые люди');
    expect(textOf(document.getElementById('b')!, speaker!)).toBe('Марат Башимов');
    expect(speaker!.startNode.parentNode).toBe(document.getElementById('b'));
  });

  it('falls back to the whole root when the block element lost the text, skipping scripts', () => {
    const moved = { ...ctx, blockElements: [document.getElementById('b')!, document.getElementById('a')!] };
    const [anchor] = locateSpans([span('Марат Башимов', 1)], moved);
    expect(anchor).not.toBeNull();
    expect(anchor!.startNode.parentNode!.nodeName).toBe('P');
  });

  it('anchors a quote over two paragraphs (it starts in its block and ends in the next) through the root', () => {
    const [anchor] = locateSpans([span('без цитат.\n\nПочти 60% акимами', 0)], ctx);
    expect(anchor).not.toBeNull();
    expect(document.getElementById('a')!.contains(anchor!.startNode)).toBe(true);
    expect(document.getElementById('b')!.contains(anchor!.endNode)).toBe(true);
    expect(textOf(document.body, anchor!).replace(/\s+/g, ' ')).toBe('без цитат. Почти 60% акимами');
  });

  it('gives null, not an exception, for text that is nowhere', () => {
    const ghost: Span = { start: 0, end: 5, block: 7, selector: { exact: 'Призрак', prefix: '', suffix: '' } };
    expect(locateSpans([ghost], ctx)).toEqual([null]);
  });

  describe('with the places the background found in its copy', () => {
    const spans = [span('Почти 60% акимами были избраны новые люди', 1), span('Марат Башимов', 1), span('цитат', 0)];
    // The copy: the same page as the background parses it (its own document, entities split into their own text nodes).
    const copy = parseHTML(html.replace('Первый абзац', 'Первый&#32;абзац')).document;
    const places = placesInBlocks(spans, blocks, [copy.getElementById('a')!, copy.getElementById('b')!]);

    it('finds each span where the page\'s own search would (offsets in the block element\'s text)', () => {
      expect(places.every((p) => p !== null)).toBe(true);
      expect(locateSpans(spans, ctx, places)).toEqual(locateSpans(spans, ctx));
      const b = textNodeMap(document.getElementById('b')!).text;
      expect(b.slice(places[1]!.start, places[1]!.end)).toBe('Марат Башимов');
      expect(b.slice(places[0]!.start, places[0]!.end)).toMatch(/^Почти 60% акимами были\s+избраны новые люди$/);
    });

    it('uses a place only where the live block holds the quote, else searches as without it', () => {
      // Wrong places (the page changed after the copy): every span is still found where it is.
      const shifted: Place[] = places.map((p) => ({ start: p!.start + 3, end: p!.end + 3 }));
      expect(locateSpans(spans, ctx, shifted)).toEqual(locateSpans(spans, ctx));
      // A place that holds other text than the quote is not taken for it.
      const wrong: Place = { start: 0, end: 'Марат Башимов'.length };
      const [anchor] = locateSpans([spans[1]!], ctx, [wrong]);
      expect(textOf(document.getElementById('b')!, anchor!)).toBe('Марат Башимов');
      // A place is taken as given when the live text holds the quote there (no search: a second occurrence is not weighed).
      const twice = parseHTML('<p id="t">Марат Башимов и Марат Башимов</p>').document;
      const second = { start: 16, end: 29 };
      const [placed] = locateSpans([{ start: 0, end: 13, block: 0, selector: { exact: 'Марат Башимов', prefix: '', suffix: '' } }], { blocks: [{ start: 0 }], blockElements: [twice.getElementById('t')!], fallbackRoot: null }, [second]);
      expect(placed!.startOffset).toBe(16);
    });

    it('has no place for a span whose block has no element or no such text', () => {
      const ghost: Span = { start: 0, end: 5, block: 0, selector: { exact: 'Призрак', prefix: '', suffix: '' } };
      expect(placesInBlocks([ghost, { ...ghost, block: 5 }], blocks, [copy.getElementById('a')!, null])).toEqual([null, null]);
    });
  });
});

