/**
 * Wires an analysis to the page: anchors its spans to live Ranges through the extraction's
 * block elements, and paints them with the CSS Custom Highlight API.
 */
import { anchorSpans } from '../../lib/anchor';
import { highlightItems, type HighlightItem } from '../../lib/highlight/items';
import { HighlightPainter, highlightsSupported } from '../../lib/highlight/paint';
import type { Analysis } from '../../lib/schema';
import type { Extraction } from '../../lib/page';

export interface HighlightState {
  painted: { item: HighlightItem; range: Range }[];
  failed: number;
  supported: boolean;
}

export class Highlighter {
  private painter = new HighlightPainter(window);
  state: HighlightState = { painted: [], failed: 0, supported: highlightsSupported(window) };

  paint(analysis: Analysis, extraction: Extraction): HighlightState {
    const items = highlightItems(analysis);
    const ranges = anchorSpans(
      document,
      items.map((i) => i.span),
      {
        blocks: extraction.article.blocks,
        blockElements: extraction.blockElements,
        fallbackRoot: document.body,
      },
    );
    const result = this.painter.paint(items, ranges);
    this.state = { ...result, supported: highlightsSupported(window) };
    return this.state;
  }

  clear(): void {
    this.painter.clear();
    this.state = { painted: [], failed: 0, supported: this.state.supported };
  }

  dispose(): void {
    this.painter.dispose();
  }
}
