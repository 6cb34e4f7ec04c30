/**
 * The hover card: who said a highlighted passage, or what a highlighted name or source is.
 * Lives in a CLOSED shadow root on a plain <div> outside <body>: the page's custom element definitions
 * never apply to it (no name of ours in the page's registry), the page cannot reach its content (no
 * `shadowRoot` to read or write), and its own styles on the host are overridden inline. Built with
 * textContent only (page text is never parsed as HTML), placed beside the passage, never over it; Esc dismisses it.
 */
import { browser } from 'wxt/browser';
import type { Analysis } from '../../lib/schema';
import type { HighlightItem } from '../../lib/highlight/items';
import { isUnresolved, shownSpeaker } from '../../lib/highlight/sure';
import { plural } from '../../components/i18n';

const CARD_GAP_PX = 8;
const CARD_WIDTH_PX = 320;
const PIN_MS = 1500;
/** Smaller highlights win when several overlap (a name inside a quote). */
const KIND_PRIORITY: Record<HighlightItem['kind'], number> = {
  speaker: 0, official: 1, person: 2, source: 3, 'quote-direct': 4, 'quote-indirect': 5,
};

const CSS = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; width: ${CARD_WIDTH_PX}px; box-sizing: border-box;
  font: 13px/1.45 system-ui, sans-serif; color: #1b1f24; background: #fff; border: 1px solid #d0d7de;
  border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 10px 12px; pointer-events: auto; }
.card[hidden] { display: none; }
.who { font-weight: 600; font-size: 14px; }
.meta { color: #57606a; margin-top: 2px; }
.badge { display: inline-block; border: 1px solid currentColor; border-radius: 999px; padding: 0 6px; font-size: 11px; margin-right: 6px; }
.more { margin-top: 6px; color: #57606a; font-size: 12px; }
@media (prefers-color-scheme: dark) {
  .card { color: #e6e8eb; background: #1f2328; border-color: #3a4047; }
  .meta, .more { color: #a4adb8; }
}`;

export interface Painted {
  item: HighlightItem;
  range: Range;
}

function msg(key: string, sub?: string | number): string {
  try {
    const get = browser.i18n.getMessage as (k: string, s?: string) => string;
    return get(key, sub === undefined ? undefined : String(sub)) || key;
  } catch {
    return key;
  }
}

/**
 * Set inline with !important on the host: a page rule such as `html > div { display: none }` or a
 * `transform` (which would re-anchor the card's fixed position) loses to these.
 */
const HOST_STYLE: [string, string][] = [
  ['all', 'initial'], ['display', 'block'], ['position', 'fixed'], ['top', '0'], ['left', '0'], ['width', '0'], ['height', '0'],
  ['z-index', '2147483647'], ['visibility', 'visible'], ['opacity', '1'], ['transform', 'none'], ['filter', 'none'],
  ['contain', 'none'], ['clip-path', 'none'], ['pointer-events', 'none'],
];

/** What the card shows now, reported over the extension's channel only (the page cannot read it). */
export interface CardSnapshot {
  visible: boolean;
  /** The name line (who said it, or who it is). */
  who: string;
  text: string;
  rect: { x: number; y: number; width: number; height: number } | null;
}

export class HoverCard {
  private host: HTMLElement | null = null;
  private card: HTMLElement | null = null;
  private current: Painted | null = null;
  private frame = 0;
  private pointer = { x: 0, y: 0 };
  /** A card opened on request (from the popup) survives the scrolling that brought it into view. */
  private pinnedUntil = 0;

  constructor(
    private readonly getPainted: () => Painted[],
    private readonly getAnalysis: () => Analysis | null,
    signal: AbortSignal,
  ) {
    document.addEventListener('mousemove', (e) => this.onMove(e), { passive: true, signal });
    document.addEventListener('keydown', (e) => e.key === 'Escape' && this.hide(), { signal });
    window.addEventListener('scroll', () => Date.now() > this.pinnedUntil && this.hide(), { passive: true, signal });
    signal.addEventListener('abort', () => this.host?.remove());
  }

  private onMove(event: MouseEvent): void {
    this.pointAt(event.clientX, event.clientY);
  }

  /** The pointer is at (x, y): show the card of the passage under it, or hide it. */
  pointAt(x: number, y: number): void {
    // The frame tests where the pointer is last: a move that lands on a passage within the frame is not lost.
    this.pointer = { x, y };
    if (this.frame) return;
    // One hit test per frame at most: hovering must cost the page nothing noticeable.
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const { x, y } = this.pointer;
      // Over the card itself (events from inside a shadow root are retargeted to its host).
      if (this.host && document.elementFromPoint(x, y) === this.host) return;
      const hit = this.hitTest(x, y);
      if (!hit) return this.hide();
      if (hit !== this.current) this.show(hit);
    });
  }

  private hitTest(x: number, y: number): Painted | null {
    const caret = caretAt(x, y);
    if (!caret) return null;
    let best: Painted | null = null;
    for (const p of this.getPainted()) {
      try {
        if (!p.range.isPointInRange(caret.node, caret.offset)) continue;
      } catch {
        continue;
      }
      if (!best || KIND_PRIORITY[p.item.kind] < KIND_PRIORITY[best.item.kind]) best = p;
    }
    return best;
  }

  /** Opens the card for a passage the reader asked for (not hovered): kept through the scroll that follows. */
  reveal(target: Painted): void {
    this.pinnedUntil = Date.now() + PIN_MS;
    this.show(target);
  }

  show(target: Painted): void {
    const analysis = this.getAnalysis();
    if (!analysis) return;
    const card = this.ensureCard();
    card.replaceChildren(...describe(target.item, analysis));
    card.hidden = false;
    this.current = target;
    place(card, target.range.getBoundingClientRect());
  }

  hide(): void {
    if (this.card) this.card.hidden = true;
    this.current = null;
  }

  snapshot(): CardSnapshot {
    const card = this.card;
    const visible = !!card && !card.hidden && !!this.host?.isConnected;
    const r = visible ? card.getBoundingClientRect() : null;
    return {
      visible,
      who: visible ? (card.querySelector('.who')?.textContent ?? '').slice(0, 500) : '',
      text: visible ? (card.textContent ?? '').slice(0, 2000) : '',
      rect: r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null,
    };
  }

  private ensureCard(): HTMLElement {
    // The page may have removed the host: put it back (its content was never the page's to change).
    if (this.card && this.host) {
      if (!this.host.isConnected) document.documentElement.append(this.host);
      return this.card;
    }
    // A plain <div> made in this script's world: no custom element constructor of the page's runs on it,
    // and the shadow root is attached before the page can see the element (so the page cannot attach its own).
    const host = document.createElement('div');
    for (const [property, value] of HOST_STYLE) host.style.setProperty(property, value, 'important');
    const root = host.attachShadow({ mode: 'closed' });
    adoptStyle(root, CSS);
    const card = document.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'tooltip');
    card.hidden = true;
    root.append(card);
    // Outside <body>: the page's own content tree stays exactly as the page made it.
    document.documentElement.append(host);
    this.host = host;
    this.card = card;
    return card;
  }
}

/**
 * Styles the shadow root with a <style> inside it: works in Chromium and Firefox content scripts alike (a sheet
 * constructed in Firefox's content-script sandbox does not reliably adopt into the page's shadow root), and,
 * inside a closed root, the page cannot reach it.
 */
function adoptStyle(root: ShadowRoot, css: string): void {
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const d = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  const pos = d.caretPositionFromPoint?.(x, y);
  if (pos) return { node: pos.offsetNode, offset: pos.offset };
  const range = d.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** Below the passage if it fits, else above; never over it. */
function place(card: HTMLElement, rect: DOMRect): void {
  const height = card.offsetHeight || 120;
  const left = Math.max(CARD_GAP_PX, Math.min(rect.left, window.innerWidth - CARD_WIDTH_PX - CARD_GAP_PX));
  const below = rect.bottom + CARD_GAP_PX;
  const top = below + height <= window.innerHeight ? below : Math.max(CARD_GAP_PX, rect.top - height - CARD_GAP_PX);
  card.style.left = `${left}px`;
  card.style.top = `${top}px`;
}

function el(tag: string, className: string, text: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

function describe(item: HighlightItem, analysis: Analysis): HTMLElement[] {
  if (item.kind === 'quote-direct' || item.kind === 'quote-indirect' || item.kind === 'speaker') {
    const quote = analysis.quotes[item.ref];
    if (!quote) return [];
    // An unsure link is not shown as a person: the card says the speaker is unresolved.
    const speaker = shownSpeaker(quote);
    const who = speaker ?? (isUnresolved(quote) ? msg('unresolvedSpeaker') : (quote.speakerRef ?? msg('unnamedSpeakers')));
    const person = speaker ? analysis.people.find((p) => p.name === speaker) : undefined;
    const others = speaker ? analysis.quotes.filter((q) => shownSpeaker(q) === speaker).length - 1 : 0;
    const parts = [el('div', 'who', who)];
    if (person?.roles.length) parts.push(el('div', 'meta', person.roles.join('; ')));
    const line = el('div', 'meta', quote.cue ? `«${quote.cue}»` : '');
    line.prepend(el('span', 'badge', msg(quote.kind)));
    parts.push(line);
    if (others > 0) parts.push(el('div', 'more', `+${others} ${msg('quotes').toLowerCase()}`));
    return parts;
  }
  if (item.kind === 'source') {
    const source = analysis.sources[item.ref];
    if (!source) return [];
    const line = el('div', 'meta', source.evidence);
    line.prepend(el('span', 'badge', msg(`source_${source.kind.replace(/-/g, '_')}`)));
    return [el('div', 'who', source.name), line];
  }
  const person = analysis.people[item.ref];
  if (!person) return [];
  const parts = [el('div', 'who', person.name)];
  if (person.roles.length) parts.push(el('div', 'meta', person.roles.join('; ')));
  parts.push(el('div', 'more', plural('mentions', person.mentions)));
  return parts;
}
