/**
 * Wires an analysis to the page: anchors its spans to live Ranges through the article's
 * block elements, paints the kinds the reader wants, reveals one on request.
 */
import { anchorSpans, rangeOrNull, spanLocator } from '../../lib/anchor';
import type { HighlightItem } from '../../lib/highlight/items';
import { HighlightPainter, highlightsSupported, type StyleInserter } from '../../lib/highlight/paint';
import type { Block, HighlightSettings, RevealTarget } from '../../lib/schema';
import { markEvent, timed } from './timing';

const FLASH_MS = 1600;
/**
 * Anchoring runs in slices of at most this long, yielding to the page between them: a long
 * article's thousands of spans must not become one long task (50 ms). Most articles fit in one slice.
 */
const ANCHOR_SLICE_MS = 20;
/**
 * How often painted highlights check that the page has not taken their styles away (replaced
 * `document.adoptedStyleSheets`, emptied the sheet, deleted a registry entry): a few lookups, then nothing.
 */
const STYLE_CHECK_MS = 1000;

/** The article's blocks, and for each the live element its text came from (null: not found on the page). */
export interface Located {
  blocks: readonly Pick<Block, 'start'>[];
  blockElements: readonly (Element | null)[];
}

export interface HighlightState {
  painted: { item: HighlightItem; range: Range }[];
  failed: number;
  supported: boolean;
  visible: boolean;
}

export class Highlighter {
  private painter: HighlightPainter;
  private last: { all: readonly HighlightItem[]; extraction: Located; settings: HighlightSettings } | null = null;
  private current: HighlightState = { painted: [], failed: 0, supported: highlightsSupported(window), visible: false };
  private styleCheck = 0;

  /** `inserter`: where the styles go if this world cannot adopt a sheet into the page (lib/highlight/paint.ts). */
  constructor(inserter: StyleInserter | null = null) {
    this.painter = new HighlightPainter(window, inserter);
  }

  /** What is painted; `visible` is false while the page has Byline's styles out of the document (honest status). */
  get state(): HighlightState {
    return this.current.visible && !this.painter.styled() ? { ...this.current, visible: false } : this.current;
  }

  private set state(next: HighlightState) {
    this.current = next;
    if (next.visible && next.supported && !this.styleCheck) {
      this.styleCheck = window.setInterval(() => {
        if (!this.painter.keepStyled()) markEvent('styles-lost');
      }, STYLE_CHECK_MS);
    } else if (!next.visible && this.styleCheck) {
      window.clearInterval(this.styleCheck);
      this.styleCheck = 0;
    }
  }

  /** Registry name → style key of this page's highlights (for the extension's status only). */
  names(): Record<string, string> {
    return this.painter.names();
  }

  /** Bumped by every paint and clear, so a slice still queued for an older paint does nothing. */
  private generation = 0;

  /**
   * Anchors and paints. Returns the state after the first slice: the whole article on most pages;
   * on very long ones the rest is anchored in later slices and painted when done. `all`: every highlight of the
   * analysis (lib/highlight/items.ts), whether its kind is shown or not (a reveal may need one that is not).
   */
  paint(all: readonly HighlightItem[], extraction: Located, settings: HighlightSettings): HighlightState {
    const generation = ++this.generation;
    this.last = { all, extraction, settings };
    if (!settings.enabled) {
      this.painter.clear();
      this.state = { painted: [], failed: 0, supported: this.current.supported, visible: false };
      return this.state;
    }
    const items = all.filter((item) => settings.kinds[item.kind]);
    const locate = spanLocator({ blocks: extraction.blocks, blockElements: extraction.blockElements, fallbackRoot: document.body });
    const ranges: (Range | null)[] = [];
    const anchorSlice = () =>
      timed('anchor', () => {
        const until = performance.now() + ANCHOR_SLICE_MS;
        do {
          const item = items[ranges.length];
          if (!item) break;
          ranges.push(rangeOrNull(document, locate(item.span, item.place)));
        } while (performance.now() < until);
      });
    const commit = () => {
      const result = timed('paint', () => this.painter.paint(items.slice(0, ranges.length), ranges, settings));
      this.state = { ...result, supported: highlightsSupported(window), visible: true };
    };
    const nextSlice = () => {
      if (generation !== this.generation) return;
      anchorSlice();
      if (ranges.length < items.length) window.setTimeout(nextSlice, 0);
      else commit();
    };
    anchorSlice();
    // What the first slice anchored is painted now (everything, on most pages); the rest follows.
    commit();
    if (ranges.length < items.length) window.setTimeout(nextSlice, 0);
    return this.state;
  }

  /** Anchors again with the same analysis (the page moved its text around). */
  repaint(): void {
    if (this.last) this.paint(this.last.all, this.last.extraction, this.last.settings);
  }

  /** The keyboard shortcut: hide or show, without forgetting the analysis. */
  toggle(): void {
    if (!this.last) return;
    if (this.current.visible) {
      this.generation++;
      this.painter.clear();
      this.state = { ...this.current, painted: [], visible: false };
    } else {
      this.paint(this.last.all, this.last.extraction, { ...this.last.settings, enabled: true });
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
    let found = this.current.painted.find((p) => wanted(p.item)) ?? null;
    if (!found && this.last) {
      // Not painted (kind switched off, or highlights hidden): anchor it just for this.
      const item = this.last.all.find(wanted);
      if (item) {
        const ex = this.last.extraction;
        const range = anchorSpans(document, [item.span], {
          blocks: ex.blocks, blockElements: ex.blockElements, fallbackRoot: document.body,
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
    for (const p of this.current.painted) counts[p.item.kind] = (counts[p.item.kind] ?? 0) + 1;
    return counts;
  }

  clear(): void {
    this.generation++;
    this.last = null;
    this.painter.clear();
    this.state = { painted: [], failed: 0, supported: this.current.supported, visible: false };
  }

  dispose(): void {
    this.state = { ...this.current, visible: false };
    this.painter.dispose();
  }
}
