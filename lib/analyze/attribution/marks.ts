/**
 * Quote marks: the marked quotes of a block, found on the raw text before sentences are split (a dot
 * inside a quotation ends no sentence). Outermost pairs only; the pairs are the lexicon's and a few
 * universal ones (compile.ts).
 */
import type { Compiled } from './compile';
import { SPACE_RE, trimRange } from './text';

/** Every character that can open or close a quotation, in any lexicon. */
const MARK_RE = /["'«»„“”‘’‚‹›]/gu;

export interface Marked {
  open: number;
  close: number;
  closed: boolean;
  inStart: number;
  inEnd: number;
}

/**
 * Marked quotes of one block: outermost pairs only (nested marks stay inside), unclosed quotes run
 * to the block end, straight and single quotes need word boundaries to count.
 */
export function findMarked(c: Compiled, text: string, from: number, to: number): Marked[] {
  const out: Marked[] = [];
  const stack: Array<{ pos: number; closers: string[] }> = [];
  // Visit quote marks only: most characters are not. The search runs over this block alone: on the
  // whole text, a block without marks would search on to the next mark of the article (quadratic).
  const block = text.slice(from, to);
  MARK_RE.lastIndex = 0;
  for (let mk = MARK_RE.exec(block); mk; mk = MARK_RE.exec(block)) {
    const i = from + mk.index;
    // Two apostrophes stand for a double quote in some wire copy (''Q'').
    const ch = text[i] === "'" && text[i + 1] === "'" ? '"' : text[i]!;
    const wide = ch === '"' && text[i] === "'" ? 1 : 0;
    const prev = i > from ? text[i - 1]! : ' ';
    const next = i + 1 + wide < to ? text[i + 1 + wide]! : ' ';
    const top = stack[stack.length - 1];
    const symmetric = ch === '"' || ch === '’' || ch === "'";
    if (top && top.closers.includes(ch) && (!symmetric || !/[\p{L}\p{N}]/u.test(next))) {
      // An apostrophe inside a word ("don’t") never closes.
      if (ch === '’' && /\p{L}/u.test(prev) && /\p{L}/u.test(next)) continue;
      stack.pop();
      if (stack.length === 0) out.push(makeMarked(text, top.pos, i + wide, true, wide));
      MARK_RE.lastIndex = i + 1 + wide - from;
      continue;
    }
    const closers = c.openers.get(ch);
    if (!closers) continue;
    if (symmetric || ch === '‘') {
      if (!/[\s(\[\-–—:/«“„]/u.test(prev) && i > from) continue;
      if (SPACE_RE.test(next)) continue;
    }
    stack.push({ pos: i + wide, closers });
    MARK_RE.lastIndex = i + 1 + wide - from;
  }
  if (stack.length > 0) {
    const bottom = stack[0]!;
    // Unclosed: the quote runs to the paragraph end (multi-paragraph quotes, sloppy marks).
    out.push(makeMarked(text, bottom.pos, to, false));
  }
  return out.sort((a, b) => a.open - b.open);
}

function makeMarked(text: string, open: number, close: number, closed: boolean, wide = 0): Marked {
  const [inStart, inEnd] = trimRange(text, open + 1, close - wide);
  return { open, close, closed, inStart, inEnd };
}
