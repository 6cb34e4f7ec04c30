/** What the background answers the content script: the highlights to paint, and on request the analysis behind them. */
import { highlightItems } from '../../lib/highlight/items';
import { toWire } from '../../lib/highlight/paint-wire';
import { placesInBlocks } from '../../lib/anchor';
import type { Analysis, Detection, PaintReply, Settings, TabState } from '../../lib/schema';
import type { PageRead } from './page-read';
import { lastAnalysis } from './analysis-memo';
import { getTabState } from './tab-states';

/**
 * The answer to `page:html` (and what `bg:paint` carries): for an analysed page its highlights (`PaintReply`, one
 * text: lib/highlight/paint-wire.ts), with where each block's element is and how the reader wants highlights
 * painted (only that: the rest of the settings never crosses to the page), and the detection for the probe's state;
 * any other state as it is (nothing is painted then).
 */
export function paintReply(state: TabState, read: PageRead, settings: Settings): PageAnswer {
  if (state.status !== 'analyzed') return state;
  const items = highlightItems(state.analysis);
  const blocks = read.article?.blocks ?? [];
  // Where each highlight is in the copy's block text: the page checks that place instead of searching for the quote.
  if (read.elements) placesInBlocks(items.map((item) => item.span), blocks, read.elements).forEach((place, i) => (items[i]!.place = place));
  const paint = toWire(state.analysis.article.url, items, blocks, read.paths, read.tags, settings.highlights);
  return { status: 'analyzed', paint, detection: read.detection };
}

/** The answer to `page:html`: what to paint (the content script parses `paint` with `PaintReply`), or a state not painted. */
export type PageAnswer = { status: 'analyzed'; paint: PaintReply; detection: Detection } | Exclude<TabState, { status: 'analyzed' }>;

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
