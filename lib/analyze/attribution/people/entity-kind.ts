/**
 * What a candidate name span is: a person, an organisation, a place or a common word. A linear model
 * (an averaged perceptron trained by scripts/train/entity-kind.ts on annotated news) scores each
 * capitalised token from its word, suffixes, shape, neighbours and how the text writes it elsewhere;
 * a run's score is the mean of its tokens' scores. The weights are data per language (lib/lang/classifier); a language without them
 * keeps every candidate. Pure: the same tokens and text give the same features in training and here.
 */
import { ENTITY_MODELS, type EntityModelData } from '../../../lang/classifier';
import { lower } from '../words';

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
  return raw.replace(/\p{Lu}+/gu, 'X').replace(/\p{Ll}+/gu, 'x').replace(/\p{N}+/gu, 'd').replace(/(.)\1+/gu, '$1');
}

/** The punctuation right before or after a token ("(", "\u00ab", ","), or "_" for a space only. */
function gapMark(gap: string): string {
  const m = gap.replace(/[\s\u00a0\u202f]+/gu, '');
  return m ? m.slice(0, GAP_READ) : '_';
}

/** How the document writes its words elsewhere: lower-case, or capitalised inside a sentence. */
interface DocCase {
  lowerCase: Set<string>;
  midCapital: Set<string>;
}

const WORD_RE = /\p{L}[\p{L}\p{M}'’-]*/gu;
/** A capitalised word after one of these (or at a line start) may be capitalised only for its place. */
const OPENER_RE = /[.!?…\n«"„“(\[—–-]/u;

/** A text as the features read it: the text and how it writes its words, read once per document. */
export interface KindText {
  text: string;
  docCase: DocCase;
}

export function kindText(text: string): KindText {
  const docCase: DocCase = { lowerCase: new Set(), midCapital: new Set() };
  for (const m of text.matchAll(WORD_RE)) {
    const w = m[0];
    const f = w[0]!;
    if (f !== f.toUpperCase()) docCase.lowerCase.add(lower(w));
    else if (f !== f.toLowerCase()) {
      let i = m.index - 1;
      while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0')) i--;
      if (i >= 0 && !OPENER_RE.test(text[i]!)) docCase.midCapital.add(lower(w));
    }
  }
  return { text, docCase };
}

/**
 * Calls emit(prefix, value) for each feature of token k of toks (the feature is prefix + value).
 * [runFrom, runTo) is the capitalised run it belongs to (its length and the token's place in it are features too).
 */
function eachFeature({ text, docCase }: KindText, toks: readonly KindToken[], k: number, runFrom: number, runTo: number, emit: (prefix: string, value: string) => void): void {
  const t = toks[k]!;
  const low = t.low;
  emit('b', '');
  emit('w=', low);
  emit('sh=', shape(t.raw));
  emit('sc=', /^[A-Za-z]/.test(t.raw) ? 'l' : 'o');
  emit('ln=', String(Math.min(low.length, MAX_LENGTH_FEATURE)));
  for (let n = 1; n <= MAX_SUFFIX; n++) if (low.length > n) emit(`s${n}=`, low.slice(-n));
  if (low.length > 3) emit('p3=', low.slice(0, 3));
  if (t.sentStart) {
    emit('ss', '');
    emit('ss2=', low.slice(-2));
  }
  // "Причины" at a sentence start with "причины" further on is a common word; a word capitalised
  // inside sentences elsewhere is a name of something.
  const lowerElsewhere = docCase.lowerCase.has(low);
  emit('dl=', lowerElsewhere ? (t.sentStart ? 's' : 'm') : '0');
  if (t.sentStart) emit('dm=', docCase.midCapital.has(low) ? '1' : '0');
  const prev = toks[k - 1];
  const next = toks[k + 1];
  emit('gb=', gapMark(text.slice(prev ? prev.end : Math.max(0, t.start - GAP_READ), t.start)));
  emit('ga=', gapMark(text.slice(t.end, next ? next.start : t.end + GAP_READ)));
  if (prev) {
    emit('pw=', prev.low);
    emit('pc=', prev.cap ? '1' : '0');
    emit('ps=', prev.low.slice(-3));
  } else emit('pw=', '<s>');
  if (next) {
    emit('nw=', next.low);
    emit('nc=', next.cap ? '1' : '0');
    emit('ns=', next.low.slice(-3));
  } else emit('nw=', '</s>');
  const prev2 = toks[k - 2];
  const next2 = toks[k + 2];
  if (prev2) emit('pw2=', prev2.low);
  if (next2) emit('nw2=', next2.low);
  for (let j = Math.max(0, k - CONTEXT_REACH); j <= Math.min(toks.length - 1, k + CONTEXT_REACH); j++) {
    if (j === k || toks[j]!.cap) continue;
    emit('cx=', toks[j]!.low);
  }
  const len = runTo - runFrom;
  emit('rl=', String(Math.min(len, 3)));
  emit('rp=', len === 1 ? 'o' : k === runFrom ? 'f' : k === runTo - 1 ? 'l' : 'm');
}

/** Feature strings of token k (for reading; the model sees their hashes). */
export function tokenFeatures(doc: KindText, toks: readonly KindToken[], k: number, runFrom: number, runTo: number): string[] {
  const out: string[] = [];
  eachFeature(doc, toks, k, runFrom, runTo, (prefix, value) => out.push(prefix + value));
  return out;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function fnv(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** 32-bit FNV-1a of prefix + value, without building the string. */
function featureHash(prefix: string, value: string): number {
  return fnv(fnv(FNV_OFFSET, prefix), value) >>> 0;
}

/** The key under which a feature's weights are stored: its 32-bit FNV-1a hash in base 36. */
export function featureKey(feature: string): string {
  return featureHash('', feature).toString(36);
}

function tokenHashes(doc: KindText, toks: readonly KindToken[], k: number, runFrom: number, runTo: number): number[] {
  const out: number[] = [];
  eachFeature(doc, toks, k, runFrom, runTo, (prefix, value) => out.push(featureHash(prefix, value)));
  return out;
}

/** Keys of a token's features (what training counts and writes). */
export function tokenKeys(doc: KindText, toks: readonly KindToken[], k: number, runFrom: number, runTo: number): string[] {
  return tokenHashes(doc, toks, k, runFrom, runTo).map((h) => h.toString(36));
}

/**
 * A model's weights as an open-addressing table keyed by the int32 feature hash: looking a feature up
 * allocates nothing (a Map keyed by hashes above 2^30 boxes each key; the profile showed it as most of
 * the classifier's time and garbage).
 */
interface WeightTable {
  /** Feature hash of each slot (int32). */
  keys: Int32Array;
  /** Whether the slot holds a feature. */
  used: Uint8Array;
  /** The slot's weight vector at slot × classes. */
  weights: Float64Array;
  mask: number;
}

/** Unpacked once per model. */
const tables = new WeakMap<EntityModelData, WeightTable>();

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

function tableOf(model: EntityModelData): WeightTable {
  let table = tables.get(model);
  if (table) return table;
  const entries = unpackWeights(model.weights);
  let size = 16;
  while (size < entries.size * 2) size *= 2;
  const classes = ENTITY_KINDS.length;
  table = { keys: new Int32Array(size), used: new Uint8Array(size), weights: new Float64Array(size * classes), mask: size - 1 };
  for (const [key, vector] of entries) {
    const h = parseInt(key, 36) | 0;
    let i = h & table.mask;
    while (table.used[i]) i = (i + 1) & table.mask;
    table.used[i] = 1;
    table.keys[i] = h;
    for (let c = 0; c < classes; c++) table.weights[i * classes + c] = vector[c] ?? 0;
  }
  tables.set(model, table);
  return table;
}

/** Scores of each class for tokens [from, to) of toks, averaged over the tokens (weight units). */
export function runScores(model: EntityModelData, doc: KindText, toks: readonly KindToken[], from: number, to: number): number[] {
  const table = tableOf(model);
  const classes = ENTITY_KINDS.length;
  const scores = new Array<number>(classes).fill(0);
  const add = (prefix: string, value: string) => {
    const h = fnv(fnv(FNV_OFFSET, prefix), value);
    for (let i = h & table.mask; table.used[i]; i = (i + 1) & table.mask) {
      if (table.keys[i] !== h) continue;
      for (let c = 0; c < classes; c++) scores[c]! += table.weights[i * classes + c]!;
      return;
    }
  };
  for (let k = from; k < to; k++) eachFeature(doc, toks, k, from, to, add);
  return scores.map((s) => s / Math.max(1, to - from) / model.scale);
}

export interface KindVerdict {
  kind: EntityKind;
  /** How far the best other class is above "person" (negative: person leads). */
  margin: number;
}

export function kindOf(model: EntityModelData, doc: KindText, toks: readonly KindToken[], from: number, to: number): KindVerdict {
  const s = runScores(model, doc, toks, from, to);
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
export function notAPerson(language: string, readText: () => KindText, toks: readonly KindToken[], from: number, to: number): boolean {
  const model = entityModel(language);
  if (!model || model.margin === null) return false;
  // The text is read only for a language with a model.
  return kindOf(model, readText(), toks, from, to).margin > model.margin;
}
