/**
 * Paints highlights with the CSS Custom Highlight API: ranges registered in `CSS.highlights`
 * and styled by a constructed stylesheet, so the page's own DOM is never touched.
 */
import type { HighlightSettings } from '../schema';
import { highlightKey, SPEAKER_TINTS, type HighlightItem } from './items';

/** Per-speaker tints, light enough that dark text on them keeps contrast ≥ 4.5:1. */
export const TINTS = ['#ffe08a', '#b7e4c7', '#bde0fe', '#ffc8dd', '#e2c6ff', '#ffd6a5'];
/** Darker twins for underlines of indirect speech, visible on light and dark pages. */
export const TINTS_DARK = ['#9a6b00', '#2e7d4f', '#2f70b2', '#b3426f', '#8255ba', '#a85d0c'];
/** The key of the brief mark on a passage revealed from the popup. */
export const FLASH_KEY = 'flash';
/**
 * The page's stylesheets were swapped out this many times: then Byline stops putting its own back
 * (each time restyles the page) and says in its status that the highlights are not shown.
 */
const MAX_RESTYLES = 30;

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

/** A name's length: a letter, then base-36 digits (~56 bits). */
const NAME_LENGTH = 11;
/** Base-36 digits by value (a string lookup: `n.toString(36)` is a runtime call each, cold). */
const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A registry name no stylesheet written in advance can target: a letter and 10 random base-36 digits, new for every
 * page load (so it is no identifier across sites either). From `Math.random`, not `crypto`: the registry is shared
 * with the page, whose scripts can list these names anyway (README, "What a page can still see of Byline"), so what
 * the names need is to be fresh and unknown to a page's own CSS, not secret; this world's generator is not the
 * page's. The content script's first `crypto.getRandomValues` cost ~0.1 ms of the paint step on a cold page.
 */
export function randomHighlightName(random: () => number = Math.random): string {
  let name = BASE36[10 + Math.floor(random() * 26)]!;
  for (let i = 1; i < NAME_LENGTH; i++) name += BASE36[Math.floor(random() * 36)];
  return name;
}

/**
 * The stylesheet for the reader's settings: per-speaker tints or one colour per kind; `name` maps a key to its registry
 * name. `only`: the style keys painted (and the reveal's flash, always): a page parses only the rules it uses.
 */
export function stylesheetText(settings: HighlightSettings, name: (key: string) => string, only?: ReadonlySet<string>): string {
  const c = settings.colors;
  const rules: string[] = [];
  const rule = (key: string, style: string) => {
    if (!only || only.has(key) || key === FLASH_KEY) rules.push(`::highlight(${name(key)}){${style}}`);
  };
  for (let i = 0; i < SPEAKER_TINTS; i++) {
    const fill = settings.tintBySpeaker ? TINTS[i] : c['quote-direct'];
    const line = settings.tintBySpeaker ? TINTS_DARK[i] : c['quote-indirect'];
    rule(`quote-direct-${i}`, `background-color:${fill};color:#111`);
    rule(`quote-indirect-${i}`, `text-decoration:underline 2px ${line};text-underline-offset:3px`);
  }
  rule('quote-direct-x', `background-color:${settings.tintBySpeaker ? '#e6e6e6' : c['quote-direct']};color:#111`);
  rule('quote-indirect-x', `text-decoration:underline dotted 2px ${c['quote-indirect']};text-underline-offset:3px`);
  rule('speaker', `text-decoration:underline 2px ${c.speaker};text-underline-offset:2px`);
  rule('official', `text-decoration:underline double 2px ${c.official};text-underline-offset:2px`);
  rule('person', `text-decoration:underline 1px ${c.person};text-underline-offset:2px`);
  rule('source', `text-decoration:underline wavy 1px ${c.source};text-underline-offset:2px`);
  rule(FLASH_KEY, 'background-color:#ffd400;color:#000');
  return rules.join('\n');
}

/**
 * Where the `::highlight()` rules go when this world cannot adopt a sheet into the page's document: Firefox
 * content scripts see the page's `document.adoptedStyleSheets` through an Xray wrapper that can be neither read nor
 * set (Firefox ESR 140.12: "Accessing from Xray wrapper is not supported"). The extension then inserts the rules
 * itself (`scripting.insertCSS`, through the background): still no change to the page's DOM, and a sheet the page
 * can neither see nor take away. `previous`: the rules inserted before, to be replaced.
 */
export interface StyleInserter {
  insert(css: string, previous: string | null): void;
  remove(css: string): void;
}

/** Adds a constructed sheet to the page's document; false where this world cannot touch the list (above). */
function adopt(doc: Document, sheet: CSSStyleSheet): boolean {
  try {
    const list = doc.adoptedStyleSheets;
    if (typeof list?.length !== 'number') return false;
    doc.adoptedStyleSheets = [...list, sheet];
    return true;
  } catch {
    return false;
  }
}

/** Registers and unregisters Byline's highlights in one window. */
export class HighlightPainter {
  /** Style key → this page's random registry name. */
  private readonly keys = new Map<string, string>();
  /** What Byline put in the registry: name → its Highlight (to notice the page removing or replacing one). */
  private readonly registered = new Map<string, unknown>();
  private sheet: CSSStyleSheet | null = null;
  private sheetText = '';
  private sheetRules = 0;
  private restyles = 0;
  /** True once the sheet could not be adopted: the inserter holds the rules (`sheetText`) instead of `sheet`. */
  private inserting = false;

  constructor(
    private readonly win: Window & typeof globalThis,
    private readonly inserter: StyleInserter | null = null,
  ) {}

  private get registry(): Registry | null {
    return (this.win as unknown as { CSS?: { highlights?: Registry } }).CSS?.highlights ?? null;
  }

  /** The registry name for a style key, made up the first time it is asked for. */
  nameOf(key: string): string {
    let name = this.keys.get(key);
    if (!name) {
      do name = randomHighlightName();
      while (this.taken.has(name));
      this.taken.add(name);
      this.keys.set(key, name);
    }
    return name;
  }

  /** Names given out, so no two keys share one. */
  private readonly taken = new Set<string>();

  /** Registry name → style key, for the extension's own status (tests find Byline's highlights by it). */
  names(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [key, name] of this.keys) out[name] = key;
    return out;
  }

  paint(items: HighlightItem[], ranges: (Range | null)[], settings: HighlightSettings): PaintResult {
    this.clear();
    const painted: PaintResult['painted'] = [];
    const groups = new Map<string, Range[]>();
    const used = new Set<string>();
    items.forEach((item, i) => {
      const range = ranges[i];
      if (!range) return;
      painted.push({ item, range });
      const key = highlightKey(item);
      used.add(key);
      const name = this.nameOf(key);
      // Push, never copy: an article can have thousands of ranges per name.
      const list = groups.get(name);
      if (list) list.push(range);
      else groups.set(name, [range]);
    });
    const registry = this.registry;
    if (!registry || !highlightsSupported(this.win)) return { painted, failed: items.length - painted.length };
    this.useStylesheet(stylesheetText(settings, (key) => this.nameOf(key), used));
    const Highlight = (this.win as unknown as { Highlight: HighlightCtor }).Highlight;
    for (const [name, list] of groups) {
      // Added one by one: spreading tens of thousands of ranges as arguments overflows the stack.
      const highlight = new Highlight() as { add(range: Range): unknown };
      for (const range of list) highlight.add(range);
      registry.set(name, highlight);
      this.registered.set(name, highlight);
    }
    return { painted, failed: items.length - painted.length };
  }

  /** Briefly marks one range (after the reader clicked it in the popup). */
  flash(range: Range, ms: number): void {
    const registry = this.registry;
    if (!registry || !highlightsSupported(this.win)) return;
    const Highlight = (this.win as unknown as { Highlight: HighlightCtor }).Highlight;
    const name = this.nameOf(FLASH_KEY);
    registry.set(name, new Highlight(range));
    this.win.setTimeout(() => registry.delete(name), ms);
  }

  /**
   * Puts back what the page took away: Byline's sheet (the page replaced `document.adoptedStyleSheets`
   * or emptied the sheet) and its registry entries. A few array and map looks, cheap enough to run every
   * second. Returns false when Byline's styles are not in the page (and it has stopped putting them back).
   */
  keepStyled(): boolean {
    // Inserted by the extension (StyleInserter): out of the page's reach.
    if (!this.sheet) return true;
    const doc = this.win.document;
    const adopted = doc.adoptedStyleSheets.includes(this.sheet);
    const intact = this.sheet.cssRules.length === this.sheetRules;
    const registry = this.registry;
    let entries = true;
    for (const [name, highlight] of this.registered) if (registry?.get(name) !== highlight) entries = false;
    if (adopted && intact && entries) return true;
    if (this.restyles >= MAX_RESTYLES) return false;
    this.restyles++;
    if (!intact) this.sheet.replaceSync(this.sheetText);
    if (!adopted) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, this.sheet];
    for (const [name, highlight] of this.registered) if (registry?.get(name) !== highlight) registry?.set(name, highlight);
    return true;
  }

  /** Whether Byline's styles are in the page right now (no repair). */
  styled(): boolean {
    return !this.sheet || (this.win.document.adoptedStyleSheets.includes(this.sheet) && this.sheet.cssRules.length === this.sheetRules);
  }

  clear(): void {
    const registry = this.registry;
    for (const name of this.registered.keys()) registry?.delete(name);
    this.registered.clear();
  }

  /** Removes highlights and the stylesheet: for teardown. */
  dispose(): void {
    this.clear();
    if (this.keys.has(FLASH_KEY)) this.registry?.delete(this.nameOf(FLASH_KEY));
    const doc = this.win.document;
    if (this.sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
    if (this.inserting) this.inserter?.remove(this.sheetText);
    this.sheet = null;
    this.inserting = false;
  }

  private useStylesheet(css: string): void {
    // Re-parsing an unchanged sheet restyles the whole page for nothing (repaints follow every page change).
    if ((this.sheet || this.inserting) && css === this.sheetText) return;
    const previous = this.sheetText;
    this.sheetText = css;
    if (this.inserting) return this.inserter?.insert(css, previous);
    if (!this.sheet) {
      // A constructed sheet lives outside the DOM tree: styling without adding a <style> to the page. Filled before
      // it is adopted, so the page's styles are invalidated once, not for an empty sheet and again for its rules.
      const sheet = new this.win.CSSStyleSheet();
      sheet.replaceSync(css);
      if (!adopt(this.win.document, sheet)) {
        this.inserting = true;
        return this.inserter?.insert(css, null);
      }
      this.sheetRules = sheet.cssRules.length;
      this.sheet = sheet;
      return;
    }
    this.sheet.replaceSync(css);
    this.sheetRules = this.sheet.cssRules.length;
  }
}
