/**
 * Text plumbing for the attribution engine: a normalised copy of the article text with the same
 * offsets, blocks with their sentences and word tokens, and spans with text-quote selectors.
 */
import { selectorFor, type ArticleText, type Span } from '../../schema';
import type { Compiled } from './compile';
import { firstTokenAt, tokensOf, type Tokens } from './phrases';
import { normalize, upperBound } from './words';

/** A space of any kind (no-break and narrow no-break included). */
export const SPACE_RE = /[\s\u00a0\u202f]/u;

/** Characters of context on each side of a selector's `exact` (enough to re-find a span, W3C style). */
const SELECTOR_CONTEXT = 32;

/* Words are letters with inner apostrophes/hyphens ("O'Brien", "Касым-Жомарт", "пресс-служба"): see phrases.ts. */

/**
 * Sentence-ending punctuation, optional closing marks, then space and something that starts a sentence.
 * A match starts only where a run of punctuation starts: retried inside a run of a million dots, the
 * greedy run would be re-read from every dot (quadratic).
 */
const SENTENCE_END_RE = /(?<![.!?…])[.!?…]+(?:''|["»”’)\]])*(?=\s+(?:''|["'«“‘„(\[\-–—\p{Lu}\p{N}]))/gu;

export interface Token {
  start: number;
  end: number;
  /** Lowercase, ё → е. */
  low: string;
  /** As written. */
  raw: string;
  cap: boolean;
  /** A single capital letter followed by a dot ("К.", "J."). */
  initial: boolean;
  /** First word of a sentence: capitalised for grammar, not necessarily a name. */
  sentStart: boolean;
}

export interface Sentence {
  start: number;
  end: number;
}

export interface Block {
  index: number;
  start: number;
  end: number;
  kind: string;
  tokens: Token[];
  sentences: Sentence[];
}

export interface Doc {
  article: ArticleText;
  text: string;
  /** Same length as `text`: lowercase-insensitive matching runs here (ё → е). */
  norm: string;
  /** The words of `norm`, made once: every phrase matcher reads the article through them. */
  words: Tokens;
  blocks: Block[];
}

/** A span of `article.text` with its selector. */
export function makeSpan(doc: Doc, start: number, end: number, block: number): Span {
  const t = doc.text;
  return {
    start,
    end,
    block,
    selector: selectorFor(t, start, end, SELECTOR_CONTEXT),
  };
}

/** Shrinks [start, end) past whitespace and the given edge characters. */
export function trimRange(text: string, start: number, end: number, edge = /[\s\u00a0\u202f]/u): [number, number] {
  while (start < end && edge.test(text[start]!)) start++;
  while (end > start && edge.test(text[end - 1]!)) end--;
  return [start, end];
}

/**
 * Whether the first UTF-16 unit of a word is a capital (changes when lowercased, not when uppercased).
 * Basic Latin and Russian letters answer from their code without making two one-letter strings.
 */
function isCapital(raw: string): boolean {
  const code = raw.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  if (code >= 0x400 && code <= 0x45f) return code < 0x430;
  const first = raw[0]!;
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** Word tokens of norm[from, to), read from the article's one shared tokenisation (lib phrases.ts). */
function tokenize(doc: Doc, c: Compiled, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  const words = doc.words;
  let i = firstTokenAt(words, from);
  if (i < 0) return tokens;
  for (; i < words.starts.length && words.starts[i]! < to; i++) {
    const start = words.starts[i]!;
    const end = words.ends[i]!;
    const raw = doc.text.slice(start, end);
    const low = words.words[i]!;
    const cap = isCapital(raw);
    tokens.push({
      start,
      end,
      low,
      raw,
      cap,
      // "К.", "J." and two-letter initials ("Дж."), but not "Mr." or "Dr.".
      initial:
        cap &&
        doc.text[end] === '.' &&
        (raw.length === 1 || (raw.length === 2 && !/\p{N}/u.test(raw) && !c.nonNames.has(low) && !c.honorificGender.has(low + '.'))),
      sentStart: false,
    });
  }
  return tokens;
}

/**
 * Sentences of one block. A dot ends a sentence unless it closes an abbreviation ("г.", "Mr.") or an
 * initial ("К.-Ж."), or sits inside a quotation (marked quotes are found before splitting).
 */
function splitSentences(doc: Doc, c: Compiled, from: number, to: number, tokens: Token[], guarded: Array<[number, number]>): Sentence[] {
  const sentences: Sentence[] = [];
  const text = doc.norm.slice(from, to);
  let start = from;
  let ti = 0;
  // Guards sorted by start; a dot is guarded when a guard opened before it closes after it. Dots come in
  // order, so one pointer and the furthest close seen so far answer that (no scan of every guard per dot).
  const guards = guarded.slice().sort((x, y) => x[0] - y[0]);
  let gi = 0;
  let guardEnd = -Infinity;
  for (const m of text.matchAll(SENTENCE_END_RE)) {
    const at = from + m.index;
    const end = at + m[0].length;
    while (gi < guards.length && guards[gi]![0] < at) guardEnd = Math.max(guardEnd, guards[gi++]![1]);
    if (end < guardEnd) continue;
    if (m[0][0] === '.') {
      while (ti < tokens.length && tokens[ti]!.end <= at) ti++;
      const prev = tokens[ti - 1];
      if (prev && prev.end === at) {
        if (prev.initial) continue;
        const word = doc.norm.slice(prev.start, at + 1);
        if (c.abbreviations.has(word.toLowerCase()) || c.abbreviations.has(word)) continue;
        // "т.е." / "U.S.": a dotted chain ending here.
        const chain = /(?:[\p{L}]{1,4}\.)+$/u.exec(doc.norm.slice(Math.max(from, at - 12), at + 1));
        if (chain && c.abbreviations.has(chain[0].toLowerCase())) continue;
      }
    }
    sentences.push({ start, end });
    start = end;
    while (start < to && /\s/.test(doc.norm[start]!)) start++;
  }
  if (start < to) sentences.push({ start, end: to });
  return sentences;
}

/** Builds the working document: normalised text, tokens and sentences per block. */
export function prepareDoc(article: ArticleText, c: Compiled, guardsFor: (index: number, from: number, to: number) => Array<[number, number]>): Doc {
  const norm = normalize(article.text);
  const doc: Doc = { article, text: article.text, norm, words: tokensOf(norm), blocks: [] };
  article.blocks.forEach((b, index) => {
    if (b.end <= b.start || b.end > article.text.length) return;
    const tokens = tokenize(doc, c, b.start, b.end);
    const sentences = splitSentences(doc, c, b.start, b.end, tokens, guardsFor(index, b.start, b.end));
    // First word of each sentence (after any opening marks or dashes): no earlier token in it.
    let si = 0;
    let prevEnd = -1;
    for (const t of tokens) {
      while (si < sentences.length && sentences[si]!.end <= t.start) si++;
      const s = sentences[si];
      if (s) t.sentStart = prevEnd < s.start;
      prevEnd = t.end;
    }
    doc.blocks.push({ index, start: b.start, end: b.end, kind: b.kind, tokens, sentences });
  });
  return doc;
}

/** The sentence of `block` containing position `pos` (or the last one). */
export function sentenceAt(block: Block, pos: number): Sentence {
  // Binary search: a paragraph may hold thousands of sentences, and every cue asks for its own.
  const list = block.sentences;
  return list[upperBound(list, pos, (s) => s.end)] ?? list[list.length - 1] ?? { start: block.start, end: block.end };
}

/** The sentence of b holding pos, or none past the last one (binary search: a paragraph may hold thousands). */
export function sentenceOf(b: Block, pos: number): Sentence | undefined {
  const s = sentenceAt(b, pos);
  return s.end > pos ? s : undefined;
}
