/**
 * Fuzz: anchoring. matchQuote must find any span of any text from its own selector, and still find it
 * when whitespace and invisible characters differ between the analysed text and the page (they do:
 * collapsed spaces, line breaks between inline elements, soft hyphens); locateSpans must map spans of
 * random paragraphs, split across inline elements, back to text nodes holding the same text.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fold, locateSpans, matchQuote, selectorFor, textNodeMap, type Anchor } from '../../../lib/anchor';
import type { Block, Span } from '../../../lib/schema';
import { INVISIBLE, adversarialText, params, timeoutFor } from './arbitraries';

/** A text and a span of it (possibly empty, possibly splitting a surrogate pair). */
const textAndSpan = adversarialText(30)
  .filter((t) => t.length > 0)
  .chain((text) =>
    fc.tuple(fc.constant(text), fc.nat(text.length), fc.nat(text.length)).map(([t, a, b]) => ({ text: t, start: Math.min(a, b), end: Math.max(a, b) })),
  );

/** What the page may show instead of a run of whitespace: other whitespace and invisible characters. */
const WHITESPACE_VARIANTS = [' ', '  ', '\n', '\u00a0', ' \u200b', '\u00ad', '\t\n '];

describe('fuzz: matchQuote', () => {
  it('finds every span of a text from its own selector, at offsets holding the same visible text', () => {
    fc.assert(
      fc.property(textAndSpan, fc.option(fc.nat(), { nil: undefined }), ({ text, start, end }, hint) => {
        const selector = selectorFor(text, start, end);
        const found = matchQuote(text, selector, hint);
        if (!fold(selector.exact).text) {
          expect(found).toBeNull();
          return;
        }
        expect(found).not.toBeNull();
        expect(0 <= found!.start && found!.start < found!.end && found!.end <= text.length).toBe(true);
        expect(fold(text.slice(found!.start, found!.end)).text).toBe(fold(selector.exact).text);
        // With no hint, matching context wins: the span itself (or an identical-looking twin) is found.
        if (hint === undefined) expect(fold(text.slice(found!.start, found!.end)).text).toBe(fold(text.slice(start, end)).text);
      }),
      params(400),
    );
  }, timeoutFor(400, 5));

  it('still finds it when the page spells whitespace differently', () => {
    fc.assert(
      fc.property(textAndSpan, fc.array(fc.constantFrom(...WHITESPACE_VARIANTS), { minLength: 1, maxLength: 8 }), ({ text, start, end }, variants) => {
        const selector = selectorFor(text, start, end);
        if (!fold(selector.exact).text) return;
        let i = 0;
        const page = text.replace(/\s+/g, () => variants[i++ % variants.length]!);
        const found = matchQuote(page, selector);
        expect(found).not.toBeNull();
        expect(fold(page.slice(found!.start, found!.end)).text).toBe(fold(selector.exact).text);
      }),
      params(400),
    );
  }, timeoutFor(400, 5));
});

/** Paragraphs as arrays of pieces; odd pieces go into inline elements, so one paragraph spans several text nodes. */
const paragraphs = fc.array(fc.array(adversarialText(4), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 });

describe('fuzz: locateSpans', () => {
  it('anchors spans of random paragraphs to text nodes that hold the same visible text', () => {
    fc.assert(
      fc.property(paragraphs, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 }), fc.constantFrom(...INVISIBLE, ''), (paras, picks, extra) => {
        const { document } = parseHTML('<!doctype html><html><body><article></article></body></html>');
        const root = document.querySelector('article')!;
        const blocks: Block[] = [];
        const blockElements: Element[] = [];
        let text = '';
        for (const pieces of paras) {
          const p = document.createElement('p');
          pieces.forEach((piece, k) => {
            // The page may carry invisible characters the extracted text does not.
            const node = document.createTextNode(piece + (k % 2 ? extra : ''));
            if (k % 2) {
              const b = document.createElement('b');
              b.appendChild(node);
              p.appendChild(b);
            } else p.appendChild(node);
          });
          root.appendChild(p);
          if (text) text += '\n\n';
          blocks.push({ kind: 'paragraph', start: text.length, end: text.length + pieces.join('').length });
          text += pieces.join('');
          blockElements.push(p as unknown as Element);
        }
        const spans: Span[] = picks.map(([b, x, y]) => {
          const block = b % blocks.length;
          const { start: from, end: to } = blocks[block]!;
          const start = from + (x % (to - from + 1));
          const end = start + (y % (to - start + 1));
          return { start, end, block, selector: selectorFor(text, start, end) };
        });
        const anchors = locateSpans(spans, { blocks, blockElements, fallbackRoot: root as unknown as Element });
        spans.forEach((span, i) => {
          const anchor = anchors[i]!;
          if (!fold(span.selector.exact).text) return;
          expect(anchor, `span ${span.start}-${span.end} of block ${span.block}`).not.toBeNull();
          expect(anchor!.startOffset).toBeLessThanOrEqual(anchor!.startNode.data.length);
          expect(anchor!.endOffset).toBeLessThanOrEqual(anchor!.endNode.data.length);
          expect(fold(anchoredText(root as unknown as Node, anchor!)).text).toBe(fold(span.selector.exact).text);
        });
      }),
      params(300),
    );
  }, timeoutFor(300, 10));
});

/** The text between an anchor's two ends, read back from the DOM. */
function anchoredText(root: Node, anchor: Anchor): string {
  const map = textNodeMap(root);
  const start = map.starts[map.nodes.indexOf(anchor.startNode)]! + anchor.startOffset;
  const end = map.starts[map.nodes.indexOf(anchor.endNode)]! + anchor.endOffset;
  return map.text.slice(start, end);
}
