/**
 * Paints highlights with the CSS Custom Highlight API: ranges registered in `CSS.highlights`
 * and styled by a constructed stylesheet, so the page's own DOM is never touched.
 */
import type { HighlightSettings } from '../schema';
import { highlightName, SPEAKER_TINTS, type HighlightItem } from './items';

/** Per-speaker tints, light enough that dark text on them keeps contrast ≥ 4.5:1. */
export const TINTS = ['#ffe08a', '#b7e4c7', '#bde0fe', '#ffc8dd', '#e2c6ff', '#ffd6a5'];
/** Darker twins for underlines of indirect speech, visible on light and dark pages. */
export const TINTS_DARK = ['#9a6b00', '#2e7d4f', '#2f70b2', '#b3426f', '#8255ba', '#a85d0c'];
export const FLASH_HIGHLIGHT = 'byline-flash';

export interface PaintResult {
  /** Items that got a live range, with that range. */
  painted: { item: HighlightItem; range: Range }[];
  failed: number;
}

type HighlightCtor = new (...ranges: Range[]) => unknown;
type Registry = Map<string, unknown>;

export function highlightsSupported(win: Window & typeof globalThis): boolean {
  const css = (win as unknown as { CSS?: { highlights?: unknown } }).CSS;
  return !!css?.highlights && typeof (win as unknown as { Highlight?: unknown }).Highlight === 'function';
}

/** The stylesheet for the reader's settings: per-speaker tints or one colour per kind. */
export function stylesheetText(settings: HighlightSettings): string {
  const c = settings.colors;
  const rules: string[] = [];
  for (let i = 0; i < SPEAKER_TINTS; i++) {
    const fill = settings.tintBySpeaker ? TINTS[i] : c['quote-direct'];
    const line = settings.tintBySpeaker ? TINTS_DARK[i] : c['quote-indirect'];
    rules.push(`::highlight(byline-quote-direct-${i}){background-color:${fill};color:#111}`);
    rules.push(`::highlight(byline-quote-indirect-${i}){text-decoration:underline 2px ${line};text-underline-offset:3px}`);
  }
  rules.push(`::highlight(byline-quote-direct-x){background-color:${settings.tintBySpeaker ? '#e6e6e6' : c['quote-direct']};color:#111}`);
  rules.push(`::highlight(byline-quote-indirect-x){text-decoration:underline dotted 2px ${c['quote-indirect']};text-underline-offset:3px}`);
  rules.push(`::highlight(byline-speaker){text-decoration:underline 2px ${c.speaker};text-underline-offset:2px}`);
  rules.push(`::highlight(byline-official){text-decoration:underline double 2px ${c.official};text-underline-offset:2px}`);
  rules.push(`::highlight(byline-person){text-decoration:underline 1px ${c.person};text-underline-offset:2px}`);
  rules.push(`::highlight(byline-source){text-decoration:underline wavy 1px ${c.source};text-underline-offset:2px}`);
  rules.push(`::highlight(${FLASH_HIGHLIGHT}){background-color:#ffd400;color:#000}`);
  return rules.join('\n');
}

/** Registers and unregisters Byline's highlights in one window. */
export class HighlightPainter {
  private names = new Set<string>();
  private sheet: CSSStyleSheet | null = null;
  private sheetText = '';

  constructor(private readonly win: Window & typeof globalThis) {}

  private get registry(): Registry | null {
    return (this.win as unknown as { CSS?: { highlights?: Registry } }).CSS?.highlights ?? null;
  }

  paint(items: HighlightItem[], ranges: (Range | null)[], settings: HighlightSettings): PaintResult {
    this.clear();
    const painted: PaintResult['painted'] = [];
    const groups = new Map<string, Range[]>();
    items.forEach((item, i) => {
      const range = ranges[i];
      if (!range) return;
      painted.push({ item, range });
      const name = highlightName(item);
      // Push, never copy: an article can have thousands of ranges per name.
      const list = groups.get(name);
      if (list) list.push(range);
      else groups.set(name, [range]);
    });
    const registry = this.registry;
    if (!registry || !highlightsSupported(this.win)) return { painted, failed: items.length - painted.length };
    this.useStylesheet(stylesheetText(settings));
    const Highlight = (this.win as unknown as { Highlight: HighlightCtor }).Highlight;
    for (const [name, list] of groups) {
      // Added one by one: spreading tens of thousands of ranges as arguments overflows the stack.
      const highlight = new Highlight() as { add(range: Range): unknown };
      for (const range of list) highlight.add(range);
      registry.set(name, highlight);
      this.names.add(name);
    }
    return { painted, failed: items.length - painted.length };
  }

  /** Briefly marks one range (after the reader clicked it in the popup). */
  flash(range: Range, ms: number): void {
    const registry = this.registry;
    if (!registry || !highlightsSupported(this.win)) return;
    const Highlight = (this.win as unknown as { Highlight: HighlightCtor }).Highlight;
    registry.set(FLASH_HIGHLIGHT, new Highlight(range));
    this.win.setTimeout(() => registry.delete(FLASH_HIGHLIGHT), ms);
  }

  clear(): void {
    const registry = this.registry;
    for (const name of this.names) registry?.delete(name);
    this.names.clear();
  }

  /** Removes highlights and the stylesheet: for teardown. */
  dispose(): void {
    this.clear();
    this.registry?.delete(FLASH_HIGHLIGHT);
    const doc = this.win.document;
    if (this.sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
    this.sheet = null;
  }

  private useStylesheet(css: string): void {
    // Re-parsing an unchanged sheet restyles the whole page for nothing (repaints follow every page change).
    if (this.sheet && css === this.sheetText) return;
    this.sheetText = css;
    const doc = this.win.document;
    if (!this.sheet) {
      // A constructed sheet lives outside the DOM tree: styling without adding a <style> to the page.
      this.sheet = new this.win.CSSStyleSheet();
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, this.sheet];
    }
    this.sheet.replaceSync(css);
  }
}
