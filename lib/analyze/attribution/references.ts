/**
 * References pass: unnamed speakers ("эксперты", "a source") and officials named only by a title
 * ("глава государства"), as references, never as invented names.
 */
import type { Reference } from '../../schema';
import { type Compiled, matchesIn } from './compile';
import type { People } from './people/registry';
import type { QuoteRec, Speaker } from './quotes/records';
import { type Doc, makeSpan } from './text';
import { speakerTitleHolder } from './title-holders';

/** Unnamed speakers ("эксперты", "a source") and officials named only by title ("глава государства"). */
export function findReferences(c: Compiled, doc: Doc, people: People, quotes: readonly QuoteRec[]): Reference[] {
  const out: Reference[] = [];
  const seen = new Set<number>();
  const add = (block: number, start: number, end: number, text: string, isOfficial: boolean, rule: string) => {
    if (seen.has(start)) return;
    seen.add(start);
    out.push({ ...makeSpan(doc, start, end, block), text, isOfficial, rule });
  };
  for (const q of quotes) {
    const s: Speaker | null = q.speaker;
    if (!s || q.inherited) continue;
    if (s.kind === 'ref') add(q.cueBlock ?? q.block, s.start, s.end, s.text, s.official, 'reference.unnamed-speaker');
    // A title speaker resolution left without a holder (title-holders.ts) is an official named by title only.
    if (s.kind === 'title' && !speakerTitleHolder(c, doc, people, q.cueBlock ?? q.block, s.start, s.end)?.person) add(q.cueBlock ?? q.block, s.start, s.end, s.text, true, 'reference.title-speaker');
  }
  // Multiword official titles without a name next to them ("глава государства", "Мемлекет басшысы").
  for (const b of doc.blocks) {
    for (const h of matchesIn(c.titleRe, doc.words, b.start, b.end)) {
      if (!/\s/.test(h.text.trim())) continue;
      const r = people.runAt(b.index, h.end, h.end + 3);
      if (r) continue;
      if (people.byTitle(h.text, h.start) && people.persons.some((p) => p.roles.some((x) => x.toLowerCase().includes(h.text.toLowerCase())))) continue;
      add(b.index, h.start, h.end, doc.text.slice(h.start, h.end), true, 'reference.title-phrase');
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
