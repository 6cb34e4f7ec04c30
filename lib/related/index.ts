/**
 * Related stories from the reader's own history: articles that share people and keywords with
 * this one, ranked, one per story across sites, in any language (names and keywords are
 * compared in Latin letters). Pure: records in, ranked records out; storage lives elsewhere.
 */
import MiniSearch from 'minisearch';
import type { Analysis, HistoryRecord, RelatedStory } from '../schema';
import { extractKeywords, keywordStem } from '../analyze/keywords';

export const MAX_RELATED = 6;
/**
 * Relatedness needs evidence a reader would accept: a shared person, or this many shared keywords.
 * (Search scores only rank: their scale moves with the size of the history.)
 */
const MIN_SHARED_KEYWORDS = 4;
/** A shared person says more than a shared keyword. */
const PERSON_BOOST = 3;

/** Quotes kept per history record, and their length: enough to find an article by what was said, at ~1 kB. */
const HISTORY_QUOTES = 3;
const HISTORY_QUOTE_CHARS = 160;

/** The history record for an analysis: what "related" and the history export need, no article text. */
export function historyRecord(analysis: Analysis, analyzedAt: number): HistoryRecord {
  const people = analysis.people.map((p) => p.name);
  const latinPeople = analysis.people.map((p) => p.latin?.[0]?.latin ?? p.name);
  let site = '';
  try {
    site = new URL(analysis.article.url).hostname.replace(/^www\./, '');
  } catch {
    site = '';
  }
  return {
    url: analysis.article.url,
    title: analysis.article.title,
    site,
    publisher: analysis.article.publisher,
    published: analysis.article.published,
    language: analysis.article.language,
    analyzedAt,
    people,
    peopleKeys: latinPeople.map(personKey),
    sources: [...new Set(analysis.sources.map((s) => s.name))],
    keywords: extractKeywords(analysis.article.text, analysis.article.title, analysis.article.language),
    quotes: analysis.quotes.slice(0, HISTORY_QUOTES).map((q) => q.text.replace(/\s+/g, ' ').trim().slice(0, HISTORY_QUOTE_CHARS)),
  };
}

/** A person's key across languages: the Latin surname stem ("Marat Bashimov" → "bashim"). */
export function personKey(latinName: string): string {
  const parts = latinName.trim().split(/\s+/);
  return keywordStem(parts[parts.length - 1] ?? latinName);
}

/** Normalised title, to see the same story syndicated on two sites. */
function titleKey(title: string): string {
  return title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Ranks history records against the current article; never includes the article itself. */
export function findRelated(current: HistoryRecord, history: readonly HistoryRecord[], limit = MAX_RELATED): RelatedStory[] {
  const candidates = history.filter((r) => r.url !== current.url);
  if (candidates.length === 0) return [];
  const index = new MiniSearch<HistoryRecord & { id: number; peopleText: string; keywordText: string }>({
    fields: ['peopleText', 'keywordText'],
    storeFields: [],
    searchOptions: { boost: { peopleText: PERSON_BOOST } },
  });
  index.addAll(candidates.map((r, id) => ({ ...r, id, peopleText: r.peopleKeys.join(' '), keywordText: r.keywords.join(' ') })));
  const query = [...current.peopleKeys, ...current.keywords].join(' ');
  const seenTitles = new Set<string>([titleKey(current.title)]);
  const out: RelatedStory[] = [];
  for (const hit of index.search(query, { combineWith: 'OR' })) {
    const record = candidates[hit.id as number]!;
    const shared = current.peopleKeys.filter((k) => record.peopleKeys.includes(k));
    const sharedKeywords = current.keywords.filter((k) => record.keywords.includes(k)).length;
    if (shared.length === 0 && sharedKeywords < MIN_SHARED_KEYWORDS) continue;
    const key = titleKey(record.title);
    if (seenTitles.has(key)) continue;
    seenTitles.add(key);
    out.push({
      url: record.url,
      title: record.title,
      site: record.site,
      published: record.published,
      language: record.language,
      score: Math.round(hit.score * 10) / 10,
      sharedPeople: record.people.filter((_, i) => shared.includes(record.peopleKeys[i] ?? '')),
      origin: 'history',
    });
    if (out.length >= limit) break;
  }
  return out;
}

/** Keeps the newest records within the count and age limits, one per URL. */
export function pruneHistory(records: readonly HistoryRecord[], maxArticles: number, maxAgeDays: number, now: number): HistoryRecord[] {
  const oldest = now - maxAgeDays * 86_400_000;
  const byUrl = new Map<string, HistoryRecord>();
  for (const r of [...records].sort((a, b) => b.analyzedAt - a.analyzedAt)) {
    if (r.analyzedAt >= oldest && !byUrl.has(r.url)) byUrl.set(r.url, r);
  }
  return [...byUrl.values()].slice(0, maxArticles);
}
