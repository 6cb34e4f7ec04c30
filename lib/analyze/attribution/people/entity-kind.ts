/**
 * What a candidate name span is: a person, an organisation, a place or a common word. A linear model
 * (an averaged perceptron trained by scripts/train/entity-kind.ts on annotated news) scores each
 * capitalised token from its word, suffixes, shape and neighbours; a run's score is the mean of its
 * tokens' scores. The weights are data per language (lib/lang/classifier); a language without them
 * keeps every candidate. Pure: the same tokens and text give the same features in training and here.
 */
import { ENTITY_MODELS, type EntityModelData } from '../../../lang/classifier';

export type { EntityModelData } from '../../../lang/classifier';

/** The classes, in the order of each weight vector. */
export const ENTITY_KINDS = ['person', 'organisation', 'place', 'other'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];
export const PERSON = 0;

/** What the features read of a token (a subset of the engine's Token, so training and inference share them). */
export interface KindToken {
  start: number;
  end: number;
  low: string;
  raw: string;
  cap: boolean;
  sentStart: boolean;
}

/** Longest suffix read as a feature. */
const MAX_SUFFIX = 4;
/** Words on each side whose bag is a feature ("заявил", "компании", "в"). */
const CONTEXT_REACH = 4;
/** Characters of the gap read for the punctuation next to a token. */
const GAP_READ = 3;
/** Longest word length told apart (longer ones share a feature). */
const MAX_LENGTH_FEATURE = 12;

/** Letter classes of a word, repeats collapsed: "Xx", "XX", "Xx-Xx", "x". */
function shape(raw: string): string {
  let out = '';
  for (const ch of raw) {
    const s = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (!out.endsWith(s)) out += s;
  }
  return out;
}

/** The punctuation right before or after a token ("(", "«", ","), or "_" for a space only. */
function gapMark(gap: string): string {
  const m = gap.replace(/[\s\u00a0\u202f]+/gu, '');
  return m ? m.slice(0, GAP_READ) : '_';
}

/**
 * Feature strings of token k of toks. [runFrom, runTo) is the capitalised run it belongs to (its
 * length and the token's place in it are features too).
 */
export function tokenFeatures(text: string, toks: readonly KindToken[], k: number, runFrom: number, runTo: number): string[] {
  const t = toks[k]!;
  const low = t.low;
  const f: string[] = ['b', `w=${low}`, `sh=${shape(t.raw)}`, `sc=${/^[A-Za-z]/.test(t.raw) ? 'l' : 'o'}`, `ln=${Math.min(low.length, MAX_LENGTH_FEATURE)}`];
  for (let n = 1; n <= MAX_SUFFIX; n++) if (low.length > n) f.push(`s${n}=${low.slice(-n)}`);
  if (low.length > 3) f.push(`p3=${low.slice(0, 3)}`);
  if (t.sentStart) f.push('ss', `ss2=${low.slice(-2)}`);
  const prev = toks[k - 1];
  const next = toks[k + 1];
  f.push(`gb=${gapMark(text.slice(prev ? prev.end : Math.max(0, t.start - GAP_READ), t.start))}`);
  f.push(`ga=${gapMark(text.slice(t.end, next ? next.start : t.end + GAP_READ))}`);
  if (prev) f.push(`pw=${prev.low}`, `pc=${prev.cap ? 1 : 0}`, `ps=${prev.low.slice(-3)}`);
  else f.push('pw=<s>');
  if (next) f.push(`nw=${next.low}`, `nc=${next.cap ? 1 : 0}`, `ns=${next.low.slice(-3)}`);
  else f.push('nw=</s>');
  const prev2 = toks[k - 2];
  const next2 = toks[k + 2];
  if (prev2) f.push(`pw2=${prev2.low}`);
  if (next2) f.push(`nw2=${next2.low}`);
  for (let j = Math.max(0, k - CONTEXT_REACH); j <= Math.min(toks.length - 1, k + CONTEXT_REACH); j++) {
    if (j === k || toks[j]!.cap) continue;
    f.push(`cx=${toks[j]!.low}`);
  }
  const len = runTo - runFrom;
  f.push(`rl=${Math.min(len, 3)}`, `rp=${len === 1 ? 'o' : k === runFrom ? 'f' : k === runTo - 1 ? 'l' : 'm'}`);
  return f;
}

/** 32-bit FNV-1a of a feature string, in base 36: the key under which its weights are stored. */
export function featureKey(feature: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** Keys of a token's features (what training counts and inference looks up). */
export function tokenKeys(text: string, toks: readonly KindToken[], k: number, runFrom: number, runTo: number): string[] {
  return tokenFeatures(text, toks, k, runFrom, runTo).map(featureKey);
}

/** Weight vectors by feature key, unpacked once per model. */
const unpacked = new WeakMap<EntityModelData, Map<string, number[]>>();

export function unpackWeights(packed: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const entry of packed.split(' ')) {
    const colon = entry.indexOf(':');
    if (colon <= 0) continue;
    out.set(entry.slice(0, colon), entry.slice(colon + 1).split(',').map((x) => (x ? Number(x) : 0)));
  }
  return out;
}

/** The inverse of unpackWeights (keys in the order given). */
export function packWeights(weights: Iterable<[string, readonly number[]]>): string {
  const parts: string[] = [];
  for (const [key, w] of weights) parts.push(`${key}:${w.map((x) => (x === 0 ? '' : String(x))).join(',')}`);
  return parts.join(' ');
}

function weightsOf(model: EntityModelData): Map<string, number[]> {
  let w = unpacked.get(model);
  if (!w) unpacked.set(model, (w = unpackWeights(model.weights)));
  return w;
}

/** Scores of each class for tokens [from, to) of toks, averaged over the tokens (weight units). */
export function runScores(model: EntityModelData, text: string, toks: readonly KindToken[], from: number, to: number): number[] {
  const weights = weightsOf(model);
  const scores = new Array<number>(ENTITY_KINDS.length).fill(0);
  for (let k = from; k < to; k++) {
    for (const key of tokenKeys(text, toks, k, from, to)) {
      const w = weights.get(key);
      if (w) for (let c = 0; c < scores.length; c++) scores[c]! += w[c] ?? 0;
    }
  }
  return scores.map((s) => s / Math.max(1, to - from) / model.scale);
}

export interface KindVerdict {
  kind: EntityKind;
  /** How far the best other class is above "person" (negative: person leads). */
  margin: number;
}

export function kindOf(model: EntityModelData, text: string, toks: readonly KindToken[], from: number, to: number): KindVerdict {
  const s = runScores(model, text, toks, from, to);
  let best = 1;
  for (let c = 2; c < s.length; c++) if (s[c]! > s[best]!) best = c;
  const margin = s[best]! - s[PERSON]!;
  return { kind: margin > 0 ? ENTITY_KINDS[best]! : 'person', margin };
}

/** Models swapped in by training's cross-validation and by tests (null: no model for that language). */
const overrides = new Map<string, EntityModelData | null>();

/** Uses `model` for `language` until called again with undefined (training and tests only). */
export function overrideEntityModel(language: string, model: EntityModelData | null | undefined): void {
  if (model === undefined) overrides.delete(language);
  else overrides.set(language, model);
}

export function entityModel(language: string): EntityModelData | null {
  return overrides.has(language) ? overrides.get(language)! : (ENTITY_MODELS[language] ?? null);
}

/**
 * Whether tokens [from, to) are, by the language's model, an organisation, a place or a common word
 * with more than the model's margin (chosen by cross-validation by document): such a run names nobody.
 */
export function notAPerson(language: string, text: string, toks: readonly KindToken[], from: number, to: number): boolean {
  const model = entityModel(language);
  if (!model || model.margin === null) return false;
  return kindOf(model, text, toks, from, to).margin > model.margin;
}
