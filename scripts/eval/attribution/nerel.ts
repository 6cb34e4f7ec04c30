/**
 * NEREL (Russian, BRAT): gold PERSON entities and WORKS_AS pairs. In NEREL a WORKS_AS relation
 * runs from the person to the profession: Arg1 is a PERSON, Arg2 a PROFESSION
 * ("R1 WORKS_AS Arg1:T32(Билла Клинтона) Arg2:T6(президента США)").
 */
import { parseBrat, type BratEntity } from './brat';
import { dedupeGold, type GoldPair } from './pairs';
import type { Range } from './text';

export interface NerelGold {
  persons: Range[][];
  pairs: GoldPair[];
  /** WORKS_AS relations whose arguments are not PERSON → PROFESSION (reported, not scored). */
  skippedRelations: number;
}

export function readNerel(ann: string): NerelGold {
  const doc = parseBrat(ann);
  const persons = [...doc.entities.values()].filter((e) => e.type === 'PERSON').map((e) => e.ranges);
  const pairs: GoldPair[] = [];
  let skippedRelations = 0;
  for (const r of doc.relations) {
    if (r.type !== 'WORKS_AS') continue;
    const person: BratEntity | undefined = doc.entities.get(r.arg1);
    const role: BratEntity | undefined = doc.entities.get(r.arg2);
    if (person?.type !== 'PERSON' || role?.type !== 'PROFESSION') {
      skippedRelations++;
      continue;
    }
    pairs.push({ names: [person.text], personRanges: person.ranges, roles: [role.text] });
  }
  return { persons, pairs: dedupeGold(pairs), skippedRelations };
}
