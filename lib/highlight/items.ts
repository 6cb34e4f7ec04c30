/**
 * What to highlight for an analysis: one item per span, each with the kind of highlight it
 * gets and, for quotes, the speaker it is tinted by. Pure: no DOM.
 */
import type { Analysis, Span } from '../schema';
import type { Place } from '../anchor';
import { isSure, shownSpeaker } from './sure';

export const HIGHLIGHT_KINDS = ['quote-direct', 'quote-indirect', 'speaker', 'official', 'person', 'source'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

/** Speakers get one of this many tints, in order of first quote; more speakers reuse them. */
export const SPEAKER_TINTS = 6;

export interface HighlightItem {
  kind: HighlightKind;
  span: Span;
  /** Canonical speaker for quotes and speaker mentions; person name for people; source name for sources. */
  label: string | null;
  /** Tint index for quotes (per speaker); -1 for unnamed speakers and for other kinds. */
  tint: number;
  /** Index into analysis.quotes / people / sources, for the hover card. */
  ref: number;
  /** Where the background found the span in its copy of the page (lib/anchor `placesInBlocks`); the page checks it. */
  place?: Place | null;
}

export function highlightItems(analysis: Analysis): HighlightItem[] {
  const items: HighlightItem[] = [];
  const seen = new Set<string>();
  const add = (item: HighlightItem) => {
    const key = `${item.span.start}:${item.span.end}`;
    // One highlight per span: the first (most specific) kind wins.
    if (seen.has(key) || item.span.end <= item.span.start) return;
    seen.add(key);
    items.push(item);
  };

  const tints = new Map<string, number>();
  const tintOf = (speaker: string | null) => {
    if (!speaker) return -1;
    if (!tints.has(speaker)) tints.set(speaker, tints.size % SPEAKER_TINTS);
    return tints.get(speaker)!;
  };

  // Links under the confidence threshold are not shown: the quote stays, untinted, its speaker unresolved.
  analysis.quotes.forEach((q, ref) => {
    const speaker = shownSpeaker(q);
    add({ kind: q.kind === 'direct' ? 'quote-direct' : 'quote-indirect', span: q, label: speaker, tint: tintOf(speaker), ref });
  });
  analysis.quotes.forEach((q, ref) => {
    const speaker = shownSpeaker(q);
    if (q.speakerSpan && (speaker || !q.speaker)) add({ kind: 'speaker', span: q.speakerSpan, label: speaker ?? q.speakerRef, tint: tintOf(speaker), ref });
  });
  analysis.people.forEach((p, ref) => {
    for (const m of p.mentionSpans) if (isSure(m.confidence)) add({ kind: p.isOfficial ? 'official' : 'person', span: m, label: p.name, tint: -1, ref });
  });
  analysis.sources.forEach((s, ref) => {
    for (const span of s.spans) add({ kind: 'source', span, label: s.name, tint: -1, ref });
  });
  return items;
}

/**
 * Which style an item is painted with ("quote-direct-2", "person"). Never used as a registry name as is:
 * the painter gives each key a random name (lib/highlight/paint.ts).
 */
export function highlightKey(item: Pick<HighlightItem, 'kind' | 'tint'>): string {
  if (item.kind === 'quote-direct' || item.kind === 'quote-indirect') {
    return `${item.kind}-${item.tint < 0 ? 'x' : item.tint}`;
  }
  return item.kind;
}
