/**
 * The mention timeline: persons' mentions in text order under inserts anywhere, answering "the one
 * person mentioned in [from, pos)" for pronoun and title resolution.
 */
import { lowerBound, upperBound } from '../words';

/** Entries per chunk of the mention timeline: an insert moves at most about twice this many. */
const TIMELINE_CHUNK = 256;
/** `Timeline.soleIn`: more than one person in the range. */
export const SEVERAL = -2;

interface Mark {
  pos: number;
  id: number;
}

/**
 * Mentions of persons in text order, under inserts anywhere (names come in two passes, pronoun and
 * title speakers later): sorted chunks of up to 2·TIMELINE_CHUNK marks, so an insert moves one chunk,
 * not the article's every mention, and a chunk naming one person only is passed over in one step.
 */
export class Timeline {
  /** Never empty chunks, in order; `only` is the one person a chunk names, or -1. */
  private readonly chunks: Array<{ marks: Mark[]; only: number }> = [];

  insert(pos: number, id: number): void {
    const chunks = this.chunks;
    const ci = Math.max(0, upperBound(chunks, pos, (c) => c.marks[0]!.pos) - 1);
    const chunk = chunks[ci];
    if (!chunk) {
      chunks.push({ marks: [{ pos, id }], only: id });
      return;
    }
    const marks = chunk.marks;
    if (marks[marks.length - 1]!.pos <= pos) marks.push({ pos, id });
    else marks.splice(upperBound(marks, pos, (x) => x.pos), 0, { pos, id });
    if (chunk.only !== id) chunk.only = -1;
    if (marks.length >= 2 * TIMELINE_CHUNK) {
      const rest = marks.splice(TIMELINE_CHUNK);
      chunk.only = soleId(marks);
      chunks.splice(ci + 1, 0, { marks: rest, only: soleId(rest) });
    }
  }

  /** Marks before pos, latest first. */
  *before(pos: number): Generator<Mark> {
    let ci = upperBound(this.chunks, pos - 1, (c) => c.marks[0]!.pos);
    // Chunks from ci on start at or after pos; within chunk ci-1, the marks before pos.
    for (ci--; ci >= 0; ci--) {
      const marks = this.chunks[ci]!.marks;
      for (let i = lowerBound(marks, pos, (x) => x.pos) - 1; i >= 0; i--) yield marks[i]!;
    }
  }

  /** The one person mentioned in [from, pos): its id, -1 for nobody, SEVERAL for more than one. */
  soleIn(from: number, pos: number): number {
    let id = -1;
    for (let ci = upperBound(this.chunks, pos - 1, (c) => c.marks[0]!.pos) - 1; ci >= 0; ci--) {
      const { marks, only } = this.chunks[ci]!;
      // A whole chunk inside the range naming the same person: one step.
      if (only >= 0 && marks[0]!.pos >= from && marks[marks.length - 1]!.pos < pos && (id < 0 || id === only)) {
        id = only;
        continue;
      }
      for (let i = lowerBound(marks, pos, (x) => x.pos) - 1; i >= 0; i--) {
        const m = marks[i]!;
        if (m.pos < from) return id;
        if (id >= 0 && m.id !== id) return SEVERAL;
        id = m.id;
      }
    }
    return id;
  }
}

/** The one id among marks, or -1. */
function soleId(marks: Mark[]): number {
  const id = marks[0]?.id ?? -1;
  return marks.every((m) => m.id === id) ? id : -1;
}

