/**
 * Phrase lists matched word by word with hash lookups instead of one giant regex: a Unicode,
 * case-insensitive alternation of hundreds of inflecting words costs seconds to compile and
 * interpret on first use, this costs a few Set lookups per word. Inflecting languages match a stem
 * (final vowel dropped when the lexicon says so) plus up to `maxSuffix` letters on every word.
 */
import { lower, lowerBound } from './words';

export interface Inflect {
  maxSuffix: number;
  stripFinalVowel: boolean;
  /** The final vowels a stem drops (from the lexicon's morphology). */
  finalVowel?: RegExp;
}

export interface PhraseHit {
  index: number;
  0: string;
}

/** Words as the matcher sees them: letters/digits with inner apostrophes or hyphens. */
const WORD_RE = /[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*/gu;
const SPACE_ONLY_RE = /^[\s\u00a0]+$/u;
/** One word and nothing else: isWord answers it with a lookup, without tokenising. */
const ONE_WORD_RE = /^[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*$/u;

interface Entry {
  /** Per word: the stem to match and whether a dot must follow. */
  words: Array<{ stem: string; dot: boolean; inflects: boolean }>;
  length: number;
}

/** Word offsets of a string, with its lowercase form (same length, or per-word lowercasing when not). */
export interface Tokens {
  s: string;
  low: string;
  starts: number[];
  ends: number[];
  /** Lowercase words, made once per text. */
  words: string[];
  /** cuts[k][i]: words[i] without its last k letters, made on first use and shared by every matcher. */
  cuts: Array<Array<string | undefined> | undefined>;
  /** Per vocabulary, one bit per matcher that has a phrase whose first word may be token i. */
  masks: Map<Vocabulary, Int32Array>;
  /**
   * Per matcher (by its id), the longest phrase starting at each token with no limit (null: none), so the many
   * scans of one article (speakers, titles, references, sources) match each word once. Kept with the
   * text's tokens, so it lives exactly as long as the document it describes.
   */
  memos: Array<Array<PhraseHit | null | undefined> | undefined>;
}

/** Matchers that can share one prefilter: at most this many bits in a mask. */
const MAX_VOCABULARY_BITS = 31;

/**
 * The first words of several matchers (one lexicon's), so that one pass over a text tells, for every
 * token, which matchers could start a phrase there; each matcher then skips the other tokens at the
 * cost of a bit test instead of its own hash lookups.
 */
export class Vocabulary {
  /** First-word stem → bits of matchers with it as an exact word, and as an inflecting stem. */
  readonly bits = new Map<string, { exact: number; stem: number }>();
  maxSuffix = 0;
  private next = 0;

  /** A bit for a new matcher, or 0 when all are taken (that matcher then does without the prefilter). */
  claim(): number {
    return this.next < MAX_VOCABULARY_BITS ? 1 << this.next++ : 0;
  }

  add(stem: string, bit: number, inflects: boolean, maxSuffix: number): void {
    const e = this.bits.get(stem) ?? { exact: 0, stem: 0 };
    e.exact |= bit;
    if (inflects) e.stem |= bit;
    this.bits.set(stem, e);
    if (inflects) this.maxSuffix = Math.max(this.maxSuffix, maxSuffix);
  }
}

/** The bits of every token of t for vocabulary v, made in one pass on first use. */
function maskOf(t: Tokens, v: Vocabulary): Int32Array {
  let mask = t.masks.get(v);
  if (mask) return mask;
  mask = new Int32Array(t.words.length);
  for (let i = 0; i < t.words.length; i++) {
    const w = t.words[i]!;
    let m = v.bits.get(w)?.exact ?? 0;
    const max = Math.min(v.maxSuffix, w.length - 1);
    for (let k = 1; k <= max; k++) m |= v.bits.get(cutOf(t, i, k))?.stem ?? 0;
    mask[i] = m;
  }
  t.masks.set(v, mask);
  return mask;
}

/** Texts this long (the article) are worth a per-token memo; the article's tokens are made once by prepareDoc and passed around. */
const MEMO_MIN_LENGTH = 2000;

/** Short strings repeat (speaker phrases are re-read by several matchers): keep enough for a long article (64 thrashed at 8,000 words). */
const SMALL_CACHE_SIZE = 1024;
const small = new Map<string, Tokens>();

/**
 * The words of a text: given tokens are returned as they are (the article's, made once by prepareDoc);
 * a short string is tokenised, and kept by its content for the next matcher that reads it.
 */
export function tokensOf(source: string | Tokens): Tokens {
  if (typeof source !== 'string') return source;
  const s = source;
  const hit = small.get(s);
  if (hit) return hit;
  const starts: number[] = [];
  const ends: number[] = [];
  const re = new RegExp(WORD_RE.source, 'gu');
  for (const m of s.matchAll(re)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  let low = s.toLowerCase();
  if (low.length !== s.length) {
    // Rare letters change length when lowercased ("İ"): lowercase word by word instead.
    const parts = s.split('');
    for (let i = 0; i < starts.length; i++) {
      const w = s.slice(starts[i], ends[i]).toLowerCase();
      if (w.length === ends[i]! - starts[i]!) for (let k = 0; k < w.length; k++) parts[starts[i]! + k] = w[k]!;
    }
    low = parts.join('');
  }
  const words = starts.map((st, i) => low.slice(st, ends[i]));
  const t: Tokens = { s, low, starts, ends, words, cuts: [], masks: new Map(), memos: [] };
  if (s.length < MEMO_MIN_LENGTH) {
    if (small.size >= SMALL_CACHE_SIZE) small.clear();
    small.set(s, t);
  }
  return t;
}

/** The text a source of words stands for. */
function textOf(source: string | Tokens): string {
  return typeof source === 'string' ? source : source.s;
}

/** words[i] minus its last k letters, cached per text. */
function cutOf(t: Tokens, i: number, k: number): string {
  const list = (t.cuts[k] ??= []);
  let w = list[i];
  if (w === undefined) {
    const full = t.words[i]!;
    w = list[i] = full.slice(0, full.length - k);
  }
  return w;
}

/** Index of the first token starting at or after pos (binary search), or -1. */
export function firstTokenAt(t: Tokens, pos: number): number {
  const i = lowerBound(t.starts, pos, (x) => x);
  return i < t.starts.length ? i : -1;
}

let nextPhrasesId = 0;

export class Phrases {
  /** Kept so callers written for regexes can reset it; matching never depends on it. */
  lastIndex = 0;
  private readonly index = new Map<string, Entry[]>();
  private readonly maxSuffix: number;

  /** A small number naming this matcher: its slot in each text's memos (an array index, not a hash lookup). */
  private readonly id = nextPhrasesId++;

  /** This matcher's bit in a shared vocabulary (0: no prefilter). */
  private readonly bit: number;

  constructor(
    phrases: string[],
    inflect: Inflect | null = null,
    private readonly vocab: Vocabulary | null = null,
  ) {
    this.maxSuffix = inflect?.maxSuffix ?? 0;
    this.bit = vocab ? vocab.claim() : 0;
    for (const raw of new Set(phrases.map(lower))) {
      const words = raw.split(' ').map((w) => {
        const dot = w.endsWith('.');
        const bare = dot ? w.slice(0, -1) : w;
        const inflects = !!inflect && inflect.maxSuffix > 0 && !dot && /^[\p{L}-]+$/u.test(bare);
        const stem = inflects && inflect!.stripFinalVowel && bare.length > 3 && !!inflect!.finalVowel?.test(bare) ? bare.slice(0, -1) : bare;
        return { stem, dot, inflects };
      });
      const key = words[0]!.stem;
      if (this.bit) vocab!.add(key, this.bit, words[0]!.inflects, this.maxSuffix);
      const list = this.index.get(key) ?? [];
      list.push({ words, length: raw.length });
      list.sort((a, b) => b.words.length - a.words.length || b.length - a.length);
      this.index.set(key, list);
    }
  }

  get size(): number {
    return this.index.size;
  }

  private wordMatches(w: { stem: string; inflects: boolean }, low: string): boolean {
    if (!w.inflects) return low === w.stem;
    return low.length - w.stem.length <= this.maxSuffix && low.startsWith(w.stem);
  }

  /** The longest phrase starting at token i and ending by `limit`, or null (memoised on long texts). */
  private matchAt(t: Tokens, i: number, limit: number): PhraseHit | null {
    if (this.bit && (maskOf(t, this.vocab!)[i]! & this.bit) === 0) return null;
    if (t.s.length < MEMO_MIN_LENGTH) return this.computeAt(t, i, limit);
    let memo = t.memos[this.id];
    if (!memo) memo = t.memos[this.id] = [];
    let hit = memo[i];
    if (hit === undefined) hit = memo[i] = this.computeAt(t, i, t.s.length);
    if (hit === null || hit.index + hit[0].length <= limit) return hit;
    // The longest phrase runs past the limit: a shorter one may still fit.
    return this.computeAt(t, i, limit);
  }

  private computeAt(t: Tokens, i: number, limit: number): PhraseHit | null {
    const start = t.starts[i]!;
    const low0 = t.words[i]!;
    const max = Math.min(this.maxSuffix, low0.length - 1);
    let best: { end: number; words: number } | null = null;
    for (let k = 0; k <= max; k++) {
      const list = this.index.get(k === 0 ? low0 : cutOf(t, i, k));
      if (!list) continue;
      for (const e of list) {
        if (k > 0 && !e.words[0]!.inflects) continue;
        if (best && e.words.length < best.words) break;
        const end = this.tryEntry(t, i, e, low0, limit);
        if (end >= 0 && (!best || e.words.length > best.words || end > best.end)) best = { end, words: e.words.length };
      }
    }
    return best ? { index: start, 0: t.s.slice(start, best.end) } : null;
  }

  private tryEntry(t: Tokens, i: number, e: Entry, low0: string, limit: number): number {
    if (!this.wordMatches(e.words[0]!, low0)) return -1;
    let end = t.ends[i]!;
    if (e.words[0]!.dot) {
      if (t.s[end] !== '.') return -1;
      end++;
    }
    for (let w = 1; w < e.words.length; w++) {
      const j = i + w;
      if (j >= t.starts.length) return -1;
      const ns = t.starts[j]!;
      if (ns >= limit || ns === end || !SPACE_ONLY_RE.test(t.s.slice(end, ns))) return -1;
      if (!this.wordMatches(e.words[w]!, t.words[j]!)) return -1;
      end = t.ends[j]!;
      if (e.words[w]!.dot) {
        if (t.s[end] !== '.') return -1;
        end++;
      }
    }
    return end <= limit ? end : -1;
  }

  /** A phrase starting at the word that starts at `pos` in s, or null. */
  at(source: string | Tokens, pos: number, limit = textOf(source).length): PhraseHit | null {
    if (this.index.size === 0) return null;
    const t = tokensOf(source);
    const i = firstTokenAt(t, pos);
    if (i < 0 || t.starts[i] !== pos) return null;
    return this.matchAt(t, i, limit);
  }

  /** All non-overlapping phrases in s[from, to), left to right. */
  allIn(source: string | Tokens, from = 0, to = textOf(source).length): PhraseHit[] {
    const out: PhraseHit[] = [];
    if (this.index.size === 0) return out;
    const t = tokensOf(source);
    let i = firstTokenAt(t, from);
    if (i < 0) return out;
    let after = from;
    for (; i < t.starts.length && t.starts[i]! < to; i++) {
      if (t.starts[i]! < after) continue;
      const hit = this.matchAt(t, i, to);
      if (hit) {
        out.push(hit);
        after = hit.index + hit[0].length;
      }
    }
    return out;
  }

  /** The first phrase in s[from, to), or null (stops at the first hit). */
  firstIn(source: string | Tokens, from = 0, to = textOf(source).length): PhraseHit | null {
    if (this.index.size === 0) return null;
    const t = tokensOf(source);
    let i = firstTokenAt(t, from);
    if (i < 0) return null;
    for (; i < t.starts.length && t.starts[i]! < to; i++) {
      const hit = this.matchAt(t, i, to);
      if (hit) return hit;
    }
    return null;
  }

  /** isWord for a single word: a few lookups, no tokens. */
  private isOneWord(s: string): boolean {
    const low = s.toLowerCase();
    const max = Math.min(this.maxSuffix, low.length - 1);
    for (let k = 0; k <= max; k++) {
      const list = this.index.get(k === 0 ? low : low.slice(0, low.length - k));
      if (!list) continue;
      for (const e of list) {
        const w = e.words[0]!;
        if (e.words.length === 1 && !w.dot && (k === 0 || w.inflects) && this.wordMatches(w, low)) return true;
      }
    }
    return false;
  }

  all(s: string): PhraseHit[] {
    return this.allIn(s);
  }

  /** The first phrase anywhere in s. */
  exec(s: string): PhraseHit | null {
    return this.firstIn(s);
  }

  test(s: string): boolean {
    return this.exec(s) !== null;
  }

  /** Whether the whole of s is one phrase. */
  isWord(s: string): boolean {
    if (ONE_WORD_RE.test(s)) return this.isOneWord(s);
    const h = this.at(s, 0);
    return !!h && h[0].length === s.length;
  }
}
