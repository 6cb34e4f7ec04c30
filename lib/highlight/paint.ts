/**
 * Paints highlights with the CSS Custom Highlight API: ranges registered in `CSS.highlights`
 * and styled by a constructed stylesheet, so the page's own DOM is never touched.
 */
import { highlightName, SPEAKER_TINTS, type HighlightItem } from './items';

/** Light and dark tints that keep text readable (contrast ≥ 4.5:1 on either page background). */
const TINTS = ['#ffe08a', '#b7e4c7', '#bde0fe', '#ffc8dd', '#e2c6ff', '#ffd6a5'];
const TINTS_DARK = ['#6b5200', '#1f5a37', '#1d4e7a', '#7a2c4b', '#4f2d7a', '#7a4a10'];

export interface PaintResult {
  /** Items that got a live range, with that range. */
  painted: { item: HighlightItem; range: Range }[];
  failed: number;
}

type HighlightCtor = new (...ranges: Range[]) => { add(range: Range): unknown; size: number };

export function highlightsSupported(win: Window & typeof globalThis): boolean {
  const css = (win as unknown as { CSS?: { highlights?: unknown } }).CSS;
  return !!css?.highlights && typeof (win as unknown as { Highlight?: unknown }).Highlight === 'function';
}

export function stylesheetText(): string {
  const rules: string[] = [];
  for (let i = 0; i < SPEAKER_TINTS; i++) {
    rules.push(`::highlight(byline-quote-direct-${i}){background-color:${TINTS[i]};color:#111}`);
    rules.push(`::highlight(byline-quote-indirect-${i}){text-decoration:underline 2px ${TINTS_DARK[i]};text-underline-offset:3px}`);
  }
  rules.push('::highlight(byline-quote-direct-x){background-color:#e6e6e6;color:#111}');
  rules.push('::highlight(byline-quote-indirect-x){text-decoration:underline dotted 2px #666;text-underline-offset:3px}');
  rules.push('::highlight(byline-speaker){text-decoration:underline 2px #1f5a96;font-weight:inherit}');
  rules.push('::highlight(byline-official){text-decoration:underline double 2px #7a3e00}');
  rules.push('::highlight(byline-person){text-decoration:underline 1px #1f5a96}');
  rules.push('::highlight(byline-source){text-decoration:underline wavy 1px #1c5b2a}');
  return rules.join('\n');
}

/** Registers and unregisters Byline's highlights in one window. */
export class HighlightPainter {
  private names = new Set<string>();
  private sheet: CSSStyleSheet | null = null;

  constructor(private readonly win: Window & typeof globalThis) {}

  paint(items: HighlightItem[], ranges: (Range | null)[]): PaintResult {
    this.clear();
    const painted: PaintResult['painted'] = [];
    const groups = new Map<string, Range[]>();
    items.forEach((item, i) => {
      const range = ranges[i];
      if (!range) return;
      painted.push({ item, range });
      const name = highlightName(item);
      groups.set(name, [...(groups.get(name) ?? []), range]);
    });
    if (!highlightsSupported(this.win)) return { painted: [], failed: items.length };
    this.ensureStylesheet();
    const Highlight = (this.win as unknown as { Highlight: HighlightCtor }).Highlight;
    const registry = (this.win as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS.highlights;
    for (const [name, list] of groups) {
      registry.set(name, new Highlight(...list));
      this.names.add(name);
    }
    return { painted, failed: items.length - painted.length };
  }

  clear(): void {
    const registry = (this.win as unknown as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
    for (const name of this.names) registry?.delete(name);
    this.names.clear();
  }

  /** Removes highlights and the stylesheet: for teardown. */
  dispose(): void {
    this.clear();
    const doc = this.win.document;
    if (this.sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
    this.sheet = null;
  }

  private ensureStylesheet(): void {
    if (this.sheet) return;
    const doc = this.win.document;
    // A constructed sheet lives outside the DOM tree: styling without adding a <style> to the page.
    const sheet = new this.win.CSSStyleSheet();
    sheet.replaceSync(stylesheetText());
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    this.sheet = sheet;
  }
}
