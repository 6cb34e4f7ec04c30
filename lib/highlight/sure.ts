/**
 * "Show less when unsure": a link (speaker to quote, mention to person) whose confidence is under the
 * threshold measured on the dev sets (lib/analyze/attribution/confidence-data.ts, `npm run confidence`)
 * is not highlighted nor carded; the popup lists its quote as unresolved. Links without a confidence
 * (analyses made before confidences existed) are shown as before.
 */
import { SHOWN_CONFIDENCE } from '../analyze/attribution/confidence-data';
import type { Quote } from '../schema';

export function isSure(confidence: number | undefined): boolean {
  return confidence === undefined || confidence >= SHOWN_CONFIDENCE;
}

/** The speaker the reader is shown: the linked person when the link is sure, else null. */
export function shownSpeaker(q: Pick<Quote, 'speaker' | 'speakerConfidence'>): string | null {
  return q.speaker && isSure(q.speakerConfidence) ? q.speaker : null;
}

/** A quote whose speaker was linked, but not surely enough to show. */
export function isUnresolved(q: Pick<Quote, 'speaker' | 'speakerConfidence'>): boolean {
  return !!q.speaker && !isSure(q.speakerConfidence);
}
