/**
 * One quotation over several paragraphs: by the typographic convention of English (and others), each
 * paragraph of a long quotation opens with a quote mark and only the last one closes it. A quote running
 * on to its block's end with no closing mark, followed by a quote opening the next block, is one quote:
 * its span runs from the first part to the last (its block is the first one), its speaker and cue the
 * first part's ("He said: “A¶“B.”"); a later part with a cue of its own stays a quote of its own.
 */
import type { Doc } from '../text';
import type { QuoteRec } from './records';

/** What may stand between a block's start and the quote that continues the one before: spaces and opening marks. */
const LEAD_RE = /^[\s\u00a0"'«“„‘‚‹]*$/u;
/** A paragraph of a quotation is whole sentences: the part left open ends like one (stray marks do not). */
const SENTENCE_END_RE = /[.!?…][)\]]?$/u;
/** Between the parts of the quote's text: the paragraph break. */
const JOIN = '\n';

/** Whether `next` opens the block right after `prev`'s, with only an opening mark before it. */
function continuesIn(doc: Doc, prev: QuoteRec, next: QuoteRec): boolean {
  if (next.kind !== 'direct' || next.block !== prev.block + 1) return false;
  const b = doc.blocks[next.block];
  return !!b && LEAD_RE.test(doc.text.slice(b.start, next.start));
}

/** Quotes (in text order) with the parts of every quote that runs on over paragraphs joined into one. */
export function joinParagraphs(doc: Doc, quotes: QuoteRec[]): QuoteRec[] {
  const out: QuoteRec[] = [];
  for (const q of quotes) {
    const prev = out[out.length - 1];
    // A later part with a cue of its own ("“B,” he said.") is its own quote: what the open mark before it
    // holds may be anything (a stray mark, a title), and the attributed quote must not be lost in it.
    const continued = !q.cue || q.inherited;
    if (prev?.runsOn && prev.kind === 'direct' && continued && SENTENCE_END_RE.test(prev.text) && continuesIn(doc, prev, q)) {
      out[out.length - 1] = { ...prev, end: q.end, text: `${prev.text}${JOIN}${q.text}`, runsOn: q.runsOn };
      continue;
    }
    out.push(q);
  }
  return out;
}
