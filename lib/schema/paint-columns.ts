/**
 * The columns the content script paints from (`PaintReply`, lib/schema/messages.ts), and the check of their agreement
 * the schema runs beyond each value; lib/highlight/paint-wire.ts makes and reads them. No zod here.
 */
import { HIGHLIGHT_SETTING_KINDS, type HighlightSettingKind } from './settings';

/** The answer's shape (the schema, `PaintReply`, is its contract; written out here so the schema can check with `wireFits`). */
export interface PaintWire {
  status: 'analyzed';
  url: string;
  kinds: HighlightSettingKind[];
  /** Integers, comma-separated (see `INTEGERS`): one string is checked with one native regex, a list number by number. */
  numbers: string;
  texts: string[];
  labels: (string | null)[];
  starts: string;
  paths: string;
  tags: string[];
  highlights: { enabled: boolean; tintBySpeaker: boolean; shown: HighlightSettingKind[]; colors: string[] };
}

/**
 * A column of integers as it crosses: comma-separated, at most nine digits each (offsets, indices and path steps are
 * far below). Read in the page by one native regex test and a split, where a list of numbers costs zod's checks per number
 * (run cold, in the interpreter, on a page's first paint).
 */
export const INTEGERS = /^(?:-?\d{1,9}(?:,-?\d{1,9})*)?$/;

/** The integers of a column (see `INTEGERS`). */
export function integers(column: string): number[] {
  return column === '' ? [] : column.split(',').map(Number);
}

/** The most elements deep a block's path may go (a hostile page nests far deeper; such blocks are not named). */
export const MAX_PATH_DEPTH = 512;
/** Numbers per highlight in `numbers`: span start, end, block, speaker tint (-1: none), reference. */
export const NUMBERS_PER_ITEM = 5;
/** Strings per highlight in `texts`: the selector's exact text, prefix and suffix. */
export const TEXTS_PER_ITEM = 3;

/**
 * The columns' lengths agree (five numbers, three strings and a label per highlight; a tag per block; a colour per
 * kind), every number but the tint is non-negative, and the paths are whole: what the schema checks beyond each value.
 */
export function wireFits(wire: PaintWire): boolean {
  const items = wire.kinds.length;
  const numbers = integers(wire.numbers);
  const starts = integers(wire.starts);
  if (numbers.length !== items * NUMBERS_PER_ITEM || wire.texts.length !== items * TEXTS_PER_ITEM || wire.labels.length !== items) return false;
  if (wire.tags.length !== starts.length || wire.highlights.colors.length !== HIGHLIGHT_SETTING_KINDS.length) return false;
  for (let i = 0; i < numbers.length; i++) if (numbers[i]! < (i % NUMBERS_PER_ITEM === 3 ? -1 : 0)) return false;
  return starts.every((start) => start >= 0) && decodePaths(integers(wire.paths), starts.length) !== null;
}

/** `count` paths from their flat form (each its length then its steps), or null when they are not exactly that. */
export function decodePaths(flat: readonly number[], count: number): (number[] | null)[] | null {
  const out: (number[] | null)[] = [];
  let i = 0;
  while (i < flat.length && out.length < count) {
    const length = flat[i++]!;
    if (length < 0 || length > MAX_PATH_DEPTH || i + length > flat.length) return null;
    out.push(length === 0 ? null : flat.slice(i, i + length));
    i += length;
  }
  return out.length === count && i === flat.length && flat.every((step) => step >= 0) ? out : null;
}
