/**
 * Training examples for the entity-kind classifier: every capitalised token of an annotated text,
 * tokenised by the attribution engine's own text pass (so features match inference), labelled by the
 * annotated entity it lies in (person; else the innermost organisation or place; else other).
 */
import { getLexicon } from '../../lib/lang';
import { articleFromText } from '../../lib/analyze/plain-text';
import { compile } from '../../lib/analyze/attribution/compile';
import { prepareText } from '../../lib/analyze/attribution/prepare';
import { ENTITY_KINDS, kindText, PERSON, tokenKeys, type EntityKind, type KindToken } from '../../lib/analyze/attribution/people/entity-kind';
import type { Example } from './perceptron';

export interface LabelledSpan {
  kind: EntityKind;
  start: number;
  end: number;
}

export interface LabelledDoc {
  name: string;
  text: string;
  spans: LabelledSpan[];
}

const OTHER = ENTITY_KINDS.indexOf('other');

/** Gaps that keep capitalised tokens in one run (as the registry's candidate splitter joins them). */
const RUN_GAP_RE = /^(?:\.?[\s\u00a0]|\.-?|\.[\s\u00a0]?|-)$/u;

/** Runs [from, to) of consecutive capitalised tokens. */
export function capRuns(text: string, toks: readonly KindToken[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < toks.length) {
    if (!toks[i]!.cap) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < toks.length && toks[j]!.cap && RUN_GAP_RE.test(text.slice(toks[j - 1]!.end, toks[j]!.start))) j++;
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

/** The class of a token: person if any person span covers it, else the shortest covering span's kind, else other. */
export function labelOf(spans: readonly LabelledSpan[], start: number, end: number): number {
  let best: LabelledSpan | null = null;
  for (const s of spans) {
    if (s.start >= end || s.end <= start) continue;
    if (s.kind === 'person') return PERSON;
    if (!best || s.end - s.start < best.end - best.start) best = s;
  }
  return best ? ENTITY_KINDS.indexOf(best.kind) : OTHER;
}

export function examplesOf(language: string, doc: LabelledDoc): Example[] {
  const lex = getLexicon(language);
  if (!lex) throw new Error(`no lexicon for ${language}`);
  const { doc: prepared } = prepareText(compile(lex), articleFromText(doc.text));
  const out: Example[] = [];
  const text = kindText(prepared.text);
  for (const b of prepared.blocks) {
    for (const [from, to] of capRuns(prepared.text, b.tokens)) {
      for (let k = from; k < to; k++) {
        const t = b.tokens[k]!;
        out.push({ keys: tokenKeys(text, b.tokens, k, from, to), label: labelOf(doc.spans, t.start, t.end) });
      }
    }
  }
  return out;
}
