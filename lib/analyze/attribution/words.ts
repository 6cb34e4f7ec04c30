/**
 * Word-level helpers with no dependency inside the engine: letter folding, lowercasing, and binary
 * search over sorted offsets. Every other module of the engine may import these.
 */
import { LETTER_FOLDS } from '../../lang/shared';

/** The shared letter folds (lib/lang/shared.ts) keep offsets: one UTF-16 unit for one. */
export function normalize(s: string): string {
  // Called per word: an indexed loop and an indexOf scan per folded letter, a replace only when one occurs.
  let out = s;
  for (let i = 0; i < FOLD_FROM.length; i++) if (out.includes(FOLD_FROM[i]!)) out = out.replaceAll(FOLD_FROM[i]!, FOLD_TO[i]!);
  return out;
}

const FOLD_FROM = LETTER_FOLDS.map((f) => f[0]);
const FOLD_TO = LETTER_FOLDS.map((f) => f[1]);

export function lower(s: string): string {
  return normalize(s).toLowerCase();
}

/** First index of a list sorted by `key` whose key is ≥ value (binary search). */
export function lowerBound<T>(list: readonly T[], value: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index of a list sorted by `key` whose key is > value (binary search). */
export function upperBound<T>(list: readonly T[], value: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]!) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
