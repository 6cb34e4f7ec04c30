/** Search over the local history (people, outlets, titles, quotes) on the same MiniSearch the related stories use. */
import MiniSearch from 'minisearch';
import type { HistoryRecord } from '../../lib/schema';

type Doc = { id: number; title: string; people: string; outlets: string; site: string; quotes: string };

export function historySearch(records: readonly HistoryRecord[]): (query: string) => HistoryRecord[] {
  const index = new MiniSearch<Doc>({
    fields: ['title', 'people', 'outlets', 'site', 'quotes'],
    searchOptions: { prefix: true, fuzzy: 0.2, combineWith: 'AND', boost: { people: 2, outlets: 1.5 } },
  });
  index.addAll(
    records.map((r, id) => ({
      id,
      title: r.title,
      people: r.people.join(' '),
      outlets: [r.publisher ?? '', ...r.sources].join(' '),
      site: r.site,
      quotes: (r.quotes ?? []).join(' '),
    })),
  );
  return (query) => (query.trim() ? index.search(query).map((hit) => records[hit.id as number]!) : [...records]);
}
