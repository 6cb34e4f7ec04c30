/**
 * Anchors analysis spans back to live DOM Ranges: at the place the background found the span in its copy of the
 * page, when the live block element holds the quote there (one comparison); else searched for in the block element
 * the text came from (exact quote, nearest to the expected offset), then in the whole article root when the page
 * changed under us. A span that can't be anchored is a null the caller counts, never a crash.
 */
import type { Block, Span } from '../schema';
import { fold, foldedText, matchFolded, type Folded, type Match } from './match';

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

/** Finds each span's text nodes and offsets (at `places[i]` when the live text holds it there), building each block's text map once. */
export function locateSpans(spans: Span[], ctx: AnchorContext, places?: readonly (Place | null)[]): (Anchor | null)[] {
  const locate = spanLocator(ctx);
  return spans.map((span, i) => locate(span, places?.[i]));
}

/**
 * Where a span sits in its block element's text (offsets in the concatenation of the element's text nodes, as
 * `textNodeMap` makes it): what the background finds in its copy of the page, so the page only checks it.
 */
export interface Place {
  start: number;
  end: number;
}

/** A block's text map, and its folded text once a quote had to be searched for. */
interface BlockText {
  map: TextNodeMap;
  folded: Folded | null;
}

/** Each element's text map, made the first time it is asked for and shared by later spans. */
function blockTexts(): (el: Element) => BlockText {
  const texts = new Map<Element, BlockText>();
  return (el) => {
    let entry = texts.get(el);
    if (!entry) texts.set(el, (entry = { map: textNodeMap(el), folded: null }));
    return entry;
  };
}

/**
 * The quote (exact text) a span's selector names, found near its expected place in the block's text (anywhere in it
 * without `block`).
 */
function matchInBlock(entry: BlockText, span: Span, block: Pick<Block, 'start'> | undefined): Match | null {
  entry.folded ??= fold(entry.map.text);
  return matchFolded(entry.folded, span.selector, block ? span.start - block.start : undefined);
}

/**
 * Each span's place in its block element's text, found by the same matching as on the page (null: not found, or
 * no element): the background runs this on its copy, and the page then checks each place instead of searching.
 */
export function placesInBlocks(spans: readonly Span[], blocks: readonly Pick<Block, 'start'>[], blockElements: readonly (Element | null)[]): (Place | null)[] {
  const textOf = blockTexts();
  return spans.map((span) => {
    const el = blockElements[span.block];
    return el ? matchInBlock(textOf(el), span, blocks[span.block]) : null;
  });
}

/** Whether the live text at a place is the quote: the same characters, or the same once both are folded. */
function holdsQuote(text: string, place: Place, exact: string): boolean {
  const here = text.slice(place.start, place.end);
  return here === exact || (here.length > 0 && foldedText(here) === foldedText(exact));
}

/**
 * One span at a time, with the text maps shared between calls: lets a caller anchor a long
 * article in slices (yielding to the page between them) at the cost of anchoring it in one go.
 * `place`: where the background found the span in its copy; used when the live block holds the quote there,
 * else the quote is searched for as without it (the page changed, or parsed its text differently).
 */
export function spanLocator(ctx: AnchorContext): (span: Span, place?: Place | null) => Anchor | null {
  const textOf = blockTexts();
  return (span, place) => {
    try {
      const el = ctx.blockElements[span.block];
      if (el && el.isConnected !== false) {
        const entry = textOf(el);
        if (place && holdsQuote(entry.map.text, place, span.selector.exact)) return anchorFromOffsets(entry.map, place.start, place.end);
        const found = matchInBlock(entry, span, ctx.blocks[span.block]);
        if (found) return anchorFromOffsets(entry.map, found.start, found.end);
      }
      if (ctx.fallbackRoot) {
        const entry = textOf(ctx.fallbackRoot);
        const found = matchInBlock(entry, span, undefined);
        if (found) return anchorFromOffsets(entry.map, found.start, found.end);
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
