/**
 * Loads the attribution engine (lib/analyze/attribution) at run time and turns its output into
 * what the scorers compare: quote spans, person mention spans, (person, role) pairs. Loaded by
 * URL so the eval scripts still type-check and start (with a clear message) before it exists.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArticleText, Person, Quote, Reference, Source } from '../../../lib/schema';
import type { PredictedPair } from './pairs';
import type { PredictedQuote } from './polnear';
import type { Range } from './text';

export interface AttributionResult {
  quotes: Quote[];
  people: Person[];
  references: Reference[];
  sources: Source[];
}

export type AnalyzeAttribution = (article: ArticleText, language: string) => AttributionResult;

/** Mention kinds that stand for a PERSON entity; titles and pronouns are not names. */
const NAME_MENTION_KINDS = new Set(['name', 'surname']);

const ENGINE_URL = new URL('../../../lib/analyze/attribution/index.ts', import.meta.url).href;

/**
 * The engine, or a reason it could not be loaded: its throwing `attributeArticle` where the module has one (so a
 * crash is counted as a failure), else `analyzeAttribution`. `modulePath` swaps in another implementation exporting
 * the same function (an older copy, a baseline) for comparison.
 */
export async function loadEngine(modulePath?: string): Promise<AnalyzeAttribution | string> {
  const url = modulePath ? pathToFileURL(path.resolve(modulePath)).href : ENGINE_URL;
  try {
    const mod = (await import(url)) as { attributeArticle?: unknown; analyzeAttribution?: unknown };
    if (typeof mod.attributeArticle === 'function') return mod.attributeArticle as AnalyzeAttribution;
    if (typeof mod.analyzeAttribution !== 'function') return `${url} does not export analyzeAttribution`;
    return mod.analyzeAttribution as AnalyzeAttribution;
  } catch (error) {
    return `cannot load the attribution engine (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
  }
}

export function predictedQuotes(result: AttributionResult): PredictedQuote[] {
  return result.quotes.map((q) => ({
    start: q.start,
    end: q.end,
    text: q.text,
    kind: q.kind,
    speaker: q.speaker,
    speakerRef: q.speakerRef ?? null,
  }));
}

export function personSpans(result: AttributionResult): Range[] {
  return result.people.flatMap((p) =>
    (p.mentionSpans ?? []).filter((m) => NAME_MENTION_KINDS.has(m.kind)).map((m): Range => [m.start, m.end]),
  );
}

export function titleSpans(result: AttributionResult): Range[] {
  return result.people.flatMap((p) =>
    (p.mentionSpans ?? []).filter((m) => m.kind === 'title').map((m): Range => [m.start, m.end]),
  );
}

/** people[].name × people[].roles, each pair once. */
export function predictedPairs(result: AttributionResult): PredictedPair[] {
  const seen = new Set<string>();
  const out: PredictedPair[] = [];
  for (const p of result.people) {
    const personRanges = (p.mentionSpans ?? []).filter((m) => NAME_MENTION_KINDS.has(m.kind)).map((m): Range => [m.start, m.end]);
    for (const role of p.roles) {
      const key = `${p.name.toLowerCase()}|${role.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ name: p.name, personRanges, role });
    }
  }
  return out;
}
