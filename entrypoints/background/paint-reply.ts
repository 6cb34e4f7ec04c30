/** What the background answers the content script's `content:article` (see PaintReply in lib/schema/messages.ts). */
import { highlightItems } from '../../lib/highlight/items';
import type { Paint, TabState } from '../../lib/schema';

/**
 * The answer to `content:article`: the tab's state and, for an analysed page, its highlights (`PaintReply`), which
 * is all the content script reads before painting. Spans go without the quote fields they are part of.
 */
export function withPaint(state: TabState): TabState & { paint?: Paint } {
  if (state.status !== 'analyzed') return state;
  const items = highlightItems(state.analysis).map(({ span: { start, end, block, selector }, ...item }) => ({ ...item, span: { start, end, block, selector } }));
  return { ...state, paint: { url: state.analysis.article.url, items } };
}
