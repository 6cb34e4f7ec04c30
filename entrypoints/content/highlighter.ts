/**
 * Wires an analysis to the page: anchors its spans to live Ranges through the extraction's
 * block elements, paints the kinds the reader wants, reveals one on request.
 */
import { anchorSpans } from '../../lib/anchor';
import { highlightItems, type HighlightItem } from '../../lib/highlight/items';
import { HighlightPainter, highlightsSupported } from '../../lib/highlight/paint';
import type { Analysis, HighlightSettings, RevealTarget } from '../../lib/schema';
import type { Extraction } from '../../lib/page';
import { timed } from './timing';

const FLASH_MS = 1600;

export interface HighlightState {
  painted: { item: HighlightItem; range: Range }[];
  failed: number;
  supported: boolean;
  visible: boolean;
}

export class Highlighter {
  private painter = new HighlightPainter(window);
  private last: { analysis: Analysis; extraction: Extraction; settings: HighlightSettings } | null = null;
  state: HighlightState = { painted: [], failed: 0, supported: highlightsSupported(window), visible: false };

  paint(analysis: Analysis, extraction: Extraction, settings: HighlightSettings): HighlightState {
    this.last = { analysis, extraction, settings };
    if (!settings.enabled) {
      this.painter.clear();
      this.state = { painted: [], failed: 0, supported: this.state.supported, visible: false };
      return this.state;
    }
    const items = highlightItems(analysis).filter((item) => settings.kinds[item.kind]);
    const ranges = timed('anchor', () =>
      anchorSpans(
        document,
        items.map((i) => i.span),
        { blocks: extraction.article.blocks, blockElements: extraction.blockElements, fallbackRoot: document.body },
      ),
    );
    const result = timed('paint', () => this.painter.paint(items, ranges, settings));
    this.state = { ...result, supported: highlightsSupported(window), visible: true };
    return this.state;
  }

  /** Anchors again with the same analysis (the page moved its text around). */
  repaint(): void {
    if (this.last) this.paint(this.last.analysis, this.last.extraction, this.last.settings);
  }

  /** The keyboard shortcut: hide or show, without forgetting the analysis. */
  toggle(): void {
    if (!this.last) return;
    if (this.state.visible) {
      this.painter.clear();
      this.state = { ...this.state, painted: [], visible: false };
    } else {
      this.paint(this.last.analysis, this.last.extraction, { ...this.last.settings, enabled: true });
    }
  }

  /** Scrolls to the first painted range of a quote, person or source, flashes it, and returns it. */
  reveal(target: RevealTarget): { item: HighlightItem; range: Range } | null {
    const wanted = (item: HighlightItem) =>
      item.ref === target.index &&
      (target.list === 'quotes'
        ? item.kind === 'quote-direct' || item.kind === 'quote-indirect'
        : target.list === 'people'
          ? item.kind === 'official' || item.kind === 'person'
          : item.kind === 'source');
    let found = this.state.painted.find((p) => wanted(p.item)) ?? null;
    if (!found && this.last) {
      // Not painted (kind switched off, or highlights hidden): anchor it just for this.
      const item = highlightItems(this.last.analysis).find(wanted);
      if (item) {
        const ex = this.last.extraction;
        const range = anchorSpans(document, [item.span], {
          blocks: ex.article.blocks, blockElements: ex.blockElements, fallbackRoot: document.body,
        })[0];
        if (range) found = { item, range };
      }
    }
    if (!found) return null;
    const { range } = found;
    const el = range.startContainer.parentElement;
    // Smooth scrolling needs animation frames, which hidden tabs don't get: jump there instead.
    el?.scrollIntoView({ block: 'center', behavior: document.visibilityState === 'visible' ? 'smooth' : 'auto' });
    this.painter.flash(range, FLASH_MS);
    return found;
  }

  byKind(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const p of this.state.painted) counts[p.item.kind] = (counts[p.item.kind] ?? 0) + 1;
    return counts;
  }

  clear(): void {
    this.last = null;
    this.painter.clear();
    this.state = { painted: [], failed: 0, supported: this.state.supported, visible: false };
  }

  dispose(): void {
    this.painter.dispose();
  }
}
