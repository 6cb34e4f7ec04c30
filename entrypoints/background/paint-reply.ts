/** What the background answers the content script: the highlights to paint, and on request the analysis behind them. */
import { highlightItems } from '../../lib/highlight/items';
import type { Analysis, PaintReply, TabState } from '../../lib/schema';
import { lastAnalysis } from './analysis-memo';
import { getTabState } from './tab-states';

/**
 * The answer to `content:article`: for an analysed page only its highlights (`PaintReply`), spans without the quote
 * fields they are part of; any other state as it is (the content script paints nothing then).
 */
export function paintReply(state: TabState): PaintReply | Exclude<TabState, { status: 'analyzed' }> {
  if (state.status !== 'analyzed') return state;
  const items = highlightItems(state.analysis).map(({ span: { start, end, block, selector }, ...item }) => ({ ...item, span: { start, end, block, selector } }));
  return { status: 'analyzed', paint: { url: state.analysis.article.url, items } };
}

/**
 * The answer to `content:details`: the tab's analysis of the article painted from `url`, or undefined (another
 * article since, or forgotten). The memo first: it keeps the analysis through the page's own URL changes, which
 * clear the stored state.
 */
export async function detailsFor(tabId: number, url: string): Promise<Analysis | undefined> {
  const remembered = lastAnalysis(tabId);
  if (remembered?.article.url === url) return remembered;
  const stored = await getTabState(tabId);
  return stored?.status === 'analyzed' && stored.analysis.article.url === url ? stored.analysis : undefined;
}
