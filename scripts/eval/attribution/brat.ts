/**
 * A small reader for BRAT standoff annotations (`.ann`), the format of PolNeAR and NEREL:
 * text-bound entities (T, possibly discontinuous "s e;s e"), binary relations (R) and events (E).
 * Other lines (attributes, notes, entity links) are ignored.
 */
import type { Range } from './text';

export interface BratEntity {
  id: string;
  type: string;
  ranges: Range[];
  text: string;
}

export interface BratRelation {
  id: string;
  type: string;
  arg1: string;
  arg2: string;
}

export interface BratEvent {
  id: string;
  type: string;
  trigger: string;
  /** Role name as written ("Content", "Content2", "Source") and the entity id it points at. */
  args: { role: string; ref: string }[];
}

export interface BratDocument {
  entities: Map<string, BratEntity>;
  relations: BratRelation[];
  events: BratEvent[];
}

/** "T12\tPERSON 10 20;25 30\ttext" */
const ENTITY_LINE = /^(T\d+)\t(\S+) ([\d ;]+)\t?(.*)$/;
/** "R3\tWORKS_AS Arg1:T5 Arg2:T7" */
const RELATION_LINE = /^(R\d+)\t(\S+) Arg1:(\S+) Arg2:(\S+)/;
/** "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1" */
const EVENT_LINE = /^(E\d+)\t(.+)$/;

export function parseBrat(ann: string): BratDocument {
  const doc: BratDocument = { entities: new Map(), relations: [], events: [] };
  for (const raw of ann.split(/\r?\n/)) {
    const line = raw.trimEnd();
    let m: RegExpMatchArray | null;
    if ((m = line.match(ENTITY_LINE))) {
      const ranges = m[3]!
        .split(';')
        .map((part) => part.trim().split(' ').map(Number))
        .filter((p) => p.length === 2 && p.every(Number.isFinite))
        .map((p) => [p[0]!, p[1]!] as const);
      doc.entities.set(m[1]!, { id: m[1]!, type: m[2]!, ranges, text: m[4] ?? '' });
    } else if ((m = line.match(RELATION_LINE))) {
      doc.relations.push({ id: m[1]!, type: m[2]!, arg1: m[3]!, arg2: m[4]! });
    } else if ((m = line.match(EVENT_LINE))) {
      const parts = m[2]!.split(/\s+/).map((p) => {
        const i = p.indexOf(':');
        return { role: p.slice(0, i), ref: p.slice(i + 1) };
      });
      const [head, ...args] = parts;
      if (head) doc.events.push({ id: m[1]!, type: head.role, trigger: head.ref, args });
    }
  }
  return doc;
}

/**
 * How many entities' stored text differs from the document text at their offsets: a check that
 * offsets are read the way the corpus meant (code units, line endings), printed by the eval.
 */
export function countOffsetMismatches(doc: BratDocument, text: string): number {
  const squash = (s: string) => s.replace(/\s+/g, '');
  let bad = 0;
  for (const e of doc.entities.values()) {
    const actual = e.ranges.map(([s, t]) => text.slice(s, t)).join('');
    if (squash(actual) !== squash(e.text)) bad++;
  }
  return bad;
}
