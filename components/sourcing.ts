/**
 * The sourcing summary: whom an article's quotes come from (named people, officials, anonymous sources,
 * agencies and media), who speaks most, and which outlets it relies on. Pure: analysis in, counts out.
 */
import { shownSpeaker } from '../lib/highlight/sure';
import type { Analysis, Quote } from '../lib/schema';

export type QuoteOrigin = 'named' | 'official' | 'anonymous' | 'agency';

/** Source kinds that are news organisations an article can rely on. */
const OUTLET_KINDS = new Set(['agency', 'outlet', 'press-service', 'correspondent']);
const TOP_SPEAKERS = 3;

export interface SourcingCounts {
  total: number;
  byOrigin: Record<QuoteOrigin, number>;
  /** Named speakers by how many quotes they have, most first (ties: first quoted first). */
  topSpeakers: { name: string; quotes: number }[];
  /** Outlets and agencies the article cites, most cited first. */
  outlets: { name: string; citations: number }[];
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

export function quoteOrigin(analysis: Analysis, quote: Quote): QuoteOrigin {
  const outlets = analysis.sources.filter((s) => OUTLET_KINDS.has(s.kind)).map((s) => norm(s.name));
  // A speaker linked under the shown confidence counts as unnamed, as the popup lists it.
  const speaker = shownSpeaker(quote);
  const who = norm(speaker ?? quote.speakerRef ?? '');
  // "according to Reuters", "Kazinform reported": the speaker is an outlet.
  if (who && outlets.some((o) => o === who || who.includes(o))) return 'agency';
  if (speaker) return analysis.people.find((p) => p.name === speaker)?.isOfficial ? 'official' : 'named';
  // Unnamed: an official reference ("the ministry", "глава государства") or an anonymous one ("sources", "эксперты").
  const reference = quote.speakerRef ? analysis.references.find((r) => norm(r.text) === norm(quote.speakerRef!)) : undefined;
  return reference?.isOfficial ? 'official' : 'anonymous';
}

export function sourcingSummary(analysis: Analysis): SourcingCounts {
  const byOrigin: Record<QuoteOrigin, number> = { named: 0, official: 0, anonymous: 0, agency: 0 };
  const speakers = new Map<string, number>();
  for (const quote of analysis.quotes) {
    byOrigin[quoteOrigin(analysis, quote)]++;
    const speaker = shownSpeaker(quote);
    if (speaker) speakers.set(speaker, (speakers.get(speaker) ?? 0) + 1);
  }
  const outlets = new Map<string, number>();
  for (const source of analysis.sources) {
    if (OUTLET_KINDS.has(source.kind)) outlets.set(source.name, (outlets.get(source.name) ?? 0) + Math.max(1, source.spans.length));
  }
  const ranked = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]);
  return {
    total: analysis.quotes.length,
    byOrigin,
    topSpeakers: ranked(speakers).slice(0, TOP_SPEAKERS).map(([name, quotes]) => ({ name, quotes })),
    outlets: ranked(outlets).map(([name, citations]) => ({ name, citations })),
  };
}
