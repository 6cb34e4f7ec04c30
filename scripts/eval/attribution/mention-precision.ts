/**
 * Mention precision as the dataset README defines it (what a reader sees linked to a person; NEREL):
 * every mention span the engine links to a person is judged. A name/surname mention is right when it
 * overlaps an annotated PERSON span of that same person (sharing a name word with the person's
 * canonical name); a title mention is right when it overlaps a PROFESSION that a WORKS_AS relation
 * ties to that same person. Titles whose PROFESSION has no WORKS_AS are unverified (reported apart);
 * titles on no PROFESSION at all count against precision. Pronoun mentions are counted, not judged.
 */
import type { BratDocument, BratEntity } from './brat';
import { overlaps, stem, tokenize, type Range } from './text';

export type MentionVerdict = 'right' | 'wrong' | 'unverified' | 'unjudged';

export interface PersonMentions {
  name: string;
  mentions: readonly { start: number; end: number; kind: string; rule?: string }[];
}

export interface MentionPrecisionTally {
  name: { judged: number; right: number };
  title: { judged: number; right: number; unverified: number; onNothing: number };
  pronouns: number;
  examples: { wrongNames: string[]; wrongTitles: string[] };
}

export function emptyMentionPrecision(): MentionPrecisionTally {
  return { name: { judged: 0, right: 0 }, title: { judged: 0, right: 0, unverified: 0, onNothing: 0 }, pronouns: 0, examples: { wrongNames: [], wrongTitles: [] } };
}

function stems(s: string): Set<string> {
  return new Set(tokenize(s).map((t) => stem(t.text)));
}

function samePerson(personStems: Set<string>, entity: BratEntity): boolean {
  return tokenize(entity.text).some((t) => personStems.has(stem(t.text)));
}

function overlapsEntity(r: Range, e: BratEntity): boolean {
  return e.ranges.some((x) => overlaps(r, x));
}

/**
 * Judges every mention of every person of one document; returns the verdicts in the order of
 * `people` × `mentions` (for the per-rule table).
 */
export function scoreMentionPrecision(
  tally: MentionPrecisionTally,
  docName: string,
  text: string,
  doc: BratDocument,
  people: readonly PersonMentions[],
): { rule: string; verdict: MentionVerdict }[] {
  const entities = [...doc.entities.values()];
  const persons = entities.filter((e) => e.type === 'PERSON');
  const professions = entities.filter((e) => e.type === 'PROFESSION');
  const holders = new Map<string, BratEntity[]>();
  for (const r of doc.relations) {
    if (r.type !== 'WORKS_AS') continue;
    const person = doc.entities.get(r.arg1);
    const role = doc.entities.get(r.arg2);
    if (person?.type !== 'PERSON' || role?.type !== 'PROFESSION') continue;
    holders.set(role.id, [...(holders.get(role.id) ?? []), person]);
  }
  const out: { rule: string; verdict: MentionVerdict }[] = [];
  for (const p of people) {
    const own = stems(p.name);
    for (const m of p.mentions) {
      const r: Range = [m.start, m.end];
      const shown = `${docName}: "${text.slice(m.start, m.end)}" → ${p.name}`;
      let verdict: MentionVerdict;
      if (m.kind === 'name' || m.kind === 'surname') {
        tally.name.judged++;
        verdict = persons.some((e) => overlapsEntity(r, e) && samePerson(own, e)) ? 'right' : 'wrong';
        if (verdict === 'right') tally.name.right++;
        else tally.examples.wrongNames.push(shown);
      } else if (m.kind === 'title') {
        const on = professions.filter((e) => overlapsEntity(r, e));
        const tied = on.filter((e) => holders.has(e.id));
        if (on.length > 0 && tied.length === 0) {
          tally.title.unverified++;
          verdict = 'unverified';
        } else {
          tally.title.judged++;
          if (on.length === 0) tally.title.onNothing++;
          verdict = tied.some((e) => holders.get(e.id)!.some((h) => samePerson(own, h))) ? 'right' : 'wrong';
          if (verdict === 'right') tally.title.right++;
          else tally.examples.wrongTitles.push(shown);
        }
      } else {
        tally.pronouns++;
        verdict = 'unjudged';
      }
      out.push({ rule: m.rule ?? '(none)', verdict });
    }
  }
  return out;
}
