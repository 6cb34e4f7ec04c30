/**
 * Text helpers shared by the attribution scorers: word tokens with offsets, token-overlap
 * coverage of character ranges, crude stems for inflected names and roles, and P/R/F1.
 * Everything here is corpus-agnostic so each reader/scorer stays small and testable.
 */

/** A half-open character range [start, end) into a document's text. */
export type Range = readonly [start: number, end: number];

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Words in any script; an English possessive or contraction stays part of its word ("Trump's"). */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** A trailing possessive, dropped when comparing names ("Trump's" ~ "Trump"). */
const POSSESSIVE = /['’]s$/u;

/**
 * Russian/Kazakh endings are mostly 1–3 letters, so five letters keep the root of most names and
 * role words ("Клинтона"/"Клинтон" → "клинт", "президента"/"президент" → "прези").
 */
const STEM_LENGTH = 5;

/** Final vowels and soft/hard signs of short words, so "Обамы"/"Обама" and "Билла"/"Билл" meet. */
const SHORT_WORD_ENDING = /[аеёиоуыэюяйьъ]+$/u;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(WORD)) {
    tokens.push({ text: m[0], start: from + m.index, end: from + m.index + m[0].length });
  }
  return tokens;
}

/** Tokens of every range, in order (ranges of one discontinuous span, say). */
export function tokenizeRanges(text: string, ranges: readonly Range[]): Token[] {
  return ranges.flatMap(([s, e]) => tokenize(text, s, e));
}

export function overlaps(a: Range, b: Range): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

export function overlapsAny(a: Range, others: readonly Range[]): boolean {
  return others.some((b) => overlaps(a, b));
}

/**
 * The share of the annotated tokens that the predicted ranges touch: the PolNeAR quote metric
 * ("overlap by ≥ 30% of the annotated tokens"). A token counts when any of its characters is covered.
 */
export function coveredShare(text: string, gold: readonly Range[], predicted: readonly Range[]): number {
  const tokens = tokenizeRanges(text, gold);
  if (tokens.length === 0) return 0;
  const covered = tokens.filter((t) => overlapsAny([t.start, t.end], predicted)).length;
  return covered / tokens.length;
}

/** Lower case without a possessive: the unit of English name comparison. */
export function nameKey(word: string): string {
  return word.toLowerCase().replace(POSSESSIVE, '');
}

/** A crude stem that is enough to match inflected forms of one name or role word. */
export function stem(word: string): string {
  const w = nameKey(word);
  if (w.length > STEM_LENGTH) return w.slice(0, STEM_LENGTH);
  const stripped = w.replace(SHORT_WORD_ENDING, '');
  return stripped.length >= 2 ? stripped : w;
}

export interface Prf {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/**
 * Precision and recall counted separately (a prediction is right when it matches any gold item;
 * a gold item is found when any prediction matches it), as the dataset README defines them.
 */
export function prf(predRight: number, predTotal: number, goldFound: number, goldTotal: number): Prf {
  const precision = predTotal ? predRight / predTotal : null;
  const recall = goldTotal ? goldFound / goldTotal : null;
  const f1 =
    precision === null || recall === null ? null : precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Rounds figures for the closing JSON line. */
export function round(v: number | null, digits = 4): number | null {
  return v === null || !Number.isFinite(v) ? null : Number(v.toFixed(digits));
}

/** A one-line excerpt for verbose examples. */
export function excerpt(s: string, max = 110): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
