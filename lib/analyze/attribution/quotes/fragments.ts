/**
 * One quote in several marked fragments: "“A,” X said. “B.”", "“A,” X said, “B.”", "X said: “A.” “B.”".
 * The parts after the first carry no cue of their own (floating or continued, speaker inherited from
 * the first), so they are one statement with one attribution, as attribution corpora annotate it
 * (PolNeAR joins them into one discontinuous Content). Joined into one quote of its paragraph: the span
 * runs from the first part to the last, the text holds the parts only (the attribution clause is left out).
 */
import type { Block } from '../text';
import { sentenceAt } from '../text';
import type { QuoteRec } from './records';

/** Between the parts of a joined quote's text: the attribution left out, as an ellipsis. */
export const JOIN = ' … ';
/** Rules whose quote continues the quote before it with no cue of its own. */
const CONTINUING_RULES = new Set(['quote.marked.floating', 'quote.marked.continued']);

/** What may stand between two parts besides the attribution: spaces, punctuation, dashes, quote marks. */
const GAP_RE = /^[\s\u00a0\u202f.,;:!?…\-–—"'«»“”„‘’‚‹›]*$/u;
/** Characters between a part's end and the sentence after it: its closing mark, punctuation, a space. */
const LEAD_SLACK = 4;

/**
 * Whether `next` continues `prev`: both direct, `next` inheriting `prev`'s speaker with no cue, and
 * between them only punctuation or the one sentence that holds `prev`'s cue (its attribution clause).
 */
function continues(b: Block, text: string, prev: QuoteRec, next: QuoteRec): boolean {
  if (prev.kind !== 'direct' || next.kind !== 'direct' || !CONTINUING_RULES.has(next.rule)) return false;
  if (!prev.speaker || next.speaker !== prev.speaker || next.cue || next.start < prev.end) return false;
  const cue = prev.cue;
  if (!cue || cue.start < prev.end || cue.end > next.start) return GAP_RE.test(text.slice(prev.end, next.start));
  // The cue's sentence is the attribution clause: it starts where the first part ends (after its closing
  // mark and punctuation) and the next part follows it, or continues it ("“A,” X said, “B.”").
  const s = sentenceAt(b, cue.start);
  if (s.start > prev.end + LEAD_SLACK) return false;
  if (s.end > next.start) return next.rule === 'quote.marked.continued';
  return GAP_RE.test(text.slice(s.end, next.start));
}

/** The block's quotes (in text order) with the parts of each quote joined. */
export function joinFragments(b: Block, text: string, quotes: QuoteRec[]): QuoteRec[] {
  const out: QuoteRec[] = [];
  for (const q of quotes) {
    const prev = out[out.length - 1];
    if (prev && continues(b, text, prev, q)) {
      out[out.length - 1] = { ...prev, end: q.end, text: `${prev.text}${JOIN}${q.text}` };
      continue;
    }
    out.push(q);
  }
  return out;
}
