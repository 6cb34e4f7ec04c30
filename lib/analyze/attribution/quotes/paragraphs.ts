/**
 * One quotation over several paragraphs: by the typographic convention of English (and others), each
 * paragraph of a long quotation opens with a quote mark and only the last one closes it. A quote running
 * on to its block's end with no closing mark, followed by a quote opening the next block, is one quote:
 * its span runs from the first part to the last (its block is the first one), its speaker is the one
 * a part's own cue gives ("He said: “A¶“B.”", "“A¶“B,” he said."), else the first part's.
 */
import type { Doc } from '../text';
import type { QuoteRec } from './records';

/** What may stand between a block's start and the quote that continues the one before: spaces and opening marks. */
const LEAD_RE = /^[\s\u00a0"'«“„‘‚‹]*$/u;
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
    if (prev?.runsOn && prev.kind === 'direct' && continuesIn(doc, prev, q)) {
      const own = (x: QuoteRec) => !!x.speaker && !x.inherited;
      // Two parts with cues of their own are two attributions, whatever the marks say.
      if (!(own(prev) && own(q))) {
        const by = own(q) ? q : prev;
        out[out.length - 1] = {
          ...prev,
          end: q.end,
          text: `${prev.text}${JOIN}${q.text}`,
          speaker: by.speaker,
          cue: by.cue,
          cueBlock: by.cueBlock ?? by.block,
          inherited: by.inherited,
          rule: by === q ? 'quote.marked.paragraphs-cue-after' : prev.rule,
          runsOn: q.runsOn,
        };
        continue;
      }
    }
    out.push(q);
  }
  return out;
}
