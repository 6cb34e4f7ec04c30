/**
 * Anchors analysis spans back to live DOM Ranges: the block element the text came from first
 * (exact quote, nearest to the expected offset), then the whole article root when the page
 * changed under us. A span that can't be anchored is a null the caller counts, never a crash.
 */
import type { Block, Span } from '../schema';
import { fold, matchFolded, type Folded } from './match';

export { matchQuote, matchFolded, selectorFor, fold, originalOffset } from './match';

/** Elements whose text is never article text. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/** The text nodes under a root in document order, and where each starts in their concatenation. */
export interface TextNodeMap {
  text: string;
  nodes: Text[];
  starts: number[];
}

export function textNodeMap(root: Node): TextNodeMap {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        nodes.push(child as Text);
        starts.push(text.length);
        text += (child as Text).data;
      } else if (child.nodeType === 1 && !SKIP_TAGS.has((child as Element).tagName.toUpperCase())) {
        visit(child);
      }
    }
  };
  visit(root);
  return { text, nodes, starts };
}

/** Node and offset for a character offset in the map (binary search over node starts). */
function locate(map: TextNodeMap, offset: number, preferNext: boolean): { node: Text; offset: number } | null {
  let lo = 0;
  let hi = map.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  const node = map.nodes[lo];
  if (!node) return null;
  let local = offset - map.starts[lo]!;
  // A start offset at the very end of a node belongs at the beginning of the next one.
  if (preferNext && local === node.data.length && map.nodes[lo + 1]) return { node: map.nodes[lo + 1]!, offset: 0 };
  local = Math.min(local, node.data.length);
  return { node, offset: local };
}

/** Both ends of an anchored span as (text node, offset) pairs: what a Range is made from. */
export interface Anchor {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

export function anchorFromOffsets(map: TextNodeMap, start: number, end: number): Anchor | null {
  const from = locate(map, start, true);
  const to = locate(map, end, false);
  if (!from || !to) return null;
  return { startNode: from.node, startOffset: from.offset, endNode: to.node, endOffset: to.offset };
}

export function toRange(doc: Document, anchor: Anchor): Range {
  const range = doc.createRange();
  range.setStart(anchor.startNode, anchor.startOffset);
  range.setEnd(anchor.endNode, anchor.endOffset);
  return range;
}

export interface AnchorContext {
  /** Where each block starts in the article text (the expected place of its spans). */
  blocks: readonly Pick<Block, 'start'>[];
  /** blockElements[i] is the element block i was extracted from (may be detached by now; null: not found). */
  blockElements: readonly (Element | null)[];
  /** Where to search when a block element no longer holds the quote (usually the article root or body). */
  fallbackRoot: Element | null;
}

/** Anchors spans to live Ranges. */
export function anchorSpans(doc: Document, spans: Span[], ctx: AnchorContext): (Range | null)[] {
  return locateSpans(spans, ctx).map((anchor) => rangeOrNull(doc, anchor));
}

/** Finds each span's text nodes and offsets, building (and folding) each block's text map once. */
export function locateSpans(spans: Span[], ctx: AnchorContext): (Anchor | null)[] {
  return spans.map(spanLocator(ctx));
}

/**
 * One span at a time, with the text maps shared between calls: lets a caller anchor a long
 * article in slices (yielding to the page between them) at the cost of anchoring it in one go.
 */
export function spanLocator(ctx: AnchorContext): (span: Span) => Anchor | null {
  const maps = new Map<Element, { map: TextNodeMap; folded: Folded }>();
  const mapOf = (el: Element) => {
    let entry = maps.get(el);
    if (!entry) {
      const map = textNodeMap(el);
      maps.set(el, (entry = { map, folded: fold(map.text) }));
    }
    return entry;
  };
  return (span) => {
    try {
      const el = ctx.blockElements[span.block];
      const block = ctx.blocks[span.block];
      if (el && el.isConnected !== false) {
        const { map, folded } = mapOf(el);
        const hint = block ? span.start - block.start : undefined;
        const found = matchFolded(folded, span.selector, hint);
        if (found) return anchorFromOffsets(map, found.start, found.end);
      }
      if (ctx.fallbackRoot) {
        const { map, folded } = mapOf(ctx.fallbackRoot);
        const found = matchFolded(folded, span.selector);
        if (found) return anchorFromOffsets(map, found.start, found.end);
      }
    } catch {
      // Fall through: an unanchorable span is reported as null.
    }
    return null;
  };
}

/** A live Range for an anchor, or null when the DOM no longer allows it. */
export function rangeOrNull(doc: Document, anchor: Anchor | null): Range | null {
  try {
    return anchor ? toRange(doc, anchor) : null;
  } catch {
    return null;
  }
}
