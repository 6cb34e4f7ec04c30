/**
 * Small span tools of the quote finder: a set of ranges answering "covers / overlaps / furthest end
 * before" in log time, and scans of a string's tail (words back to a floor, last index of a character).
 */
import { SPACE_RE } from '../text';
import { lowerBound } from '../words';

const WORD_COUNT_RE = /[\p{L}\p{N}]+/gu;
/**
 * Start of the last `maxWords` words (runs of `wordChar`, separated by spaces) that end exactly at `end`,
 * not before `floor`; -1 when no word ends there. A backward scan: a `…$` regex would retry from every position.
 */
export function tailStart(s: string, floor: number, end: number, maxWords: number, wordChar: RegExp): number {
  let i = end;
  let start = -1;
  for (let n = 0; n < maxWords; n++) {
    let j = i;
    while (j > floor && wordChar.test(s[j - 1]!)) j--;
    if (j === i) break;
    start = j;
    let k = j;
    while (k > floor && SPACE_RE.test(s[k - 1]!)) k--;
    if (k === j || k <= floor) break;
    i = k;
  }
  return start;
}

/** Last index of `ch` in s[from, to), or -1: a backward scan that never passes `from`. */
export function lastIndexIn(s: string, ch: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (s[i] === ch) return i;
  return -1;
}

/** s without the characters at its end that `re` accepts one by one (a loop: `[…]+$` retries from every position). */
export function trimEndWhile(s: string, re: RegExp): string {
  let e = s.length;
  while (e > 0 && re.test(s[e - 1]!)) e--;
  return e === s.length ? s : s.slice(0, e);
}

export const SPACE_COMMA_RE = /[\s\u00a0,]/u;
export const CLOSING_PUNCT_RE = /[.!?…]/u;
export const PERIOD_RE = /[.…]/u;

/**
 * A growing set of ranges [start, end) asked "does any range cover this position / overlap this range".
 * Kept as sorted levels of doubling size (each with the furthest end so far), so adding is amortised
 * O(log n) and a question O(log² n): a paragraph of thousands of quotes costs no scan of all of them per cue.
 */
export class RangeSet {
  private levels: Array<{ starts: number[]; maxEnds: number[]; items: Array<[number, number]> }> = [];

  add(start: number, end: number): void {
    let items: Array<[number, number]> = [[start, end]];
    while (this.levels.length > 0 && this.levels[this.levels.length - 1]!.items.length <= items.length) {
      items = items.concat(this.levels.pop()!.items);
    }
    items.sort((x, y) => x[0] - y[0]);
    const starts: number[] = [];
    const maxEnds: number[] = [];
    let far = -Infinity;
    for (const [a, z] of items) {
      starts.push(a);
      maxEnds.push((far = Math.max(far, z)));
    }
    this.levels.push({ starts, maxEnds, items });
  }

  /** The furthest end among ranges starting before `limit` (-Infinity when none). */
  private furthestEndBefore(limit: number): number {
    let far = -Infinity;
    for (const l of this.levels) {
      const i = lowerBound(l.starts, limit, (x) => x) - 1;
      if (i >= 0) far = Math.max(far, l.maxEnds[i]!);
    }
    return far;
  }

  /** The furthest end among ranges starting before `limit`, -Infinity when none. */
  furthestBefore(limit: number): number {
    return this.furthestEndBefore(limit);
  }

  /** Whether some range holds pos (start ≤ pos < end; positions are integers). */
  covers(pos: number): boolean {
    return this.furthestEndBefore(pos + 1) > pos;
  }

  /** Whether some range overlaps [start, end). */
  overlaps(start: number, end: number): boolean {
    return this.furthestEndBefore(end) > start;
  }
}

/** Words in s, counting no further than `cap` (callers compare with small thresholds). */
export function wordCount(s: string, cap = Infinity): number {
  WORD_COUNT_RE.lastIndex = 0;
  let n = 0;
  while (n < cap && WORD_COUNT_RE.exec(s)) n++;
  return n;
}
