/**
 * A quote with its citation: who said it (name, role), where (outlet, date) and a link that opens the
 * article scrolled to the quote: a text fragment (`#:~:text=`, WICG Text Fragments) built from the
 * text-quote selector Byline keeps for every span.
 */
import { shownSpeaker } from '../lib/highlight/sure';
import type { Analysis, Quote, TextQuoteSelector } from '../lib/schema';

/** A quote longer than this is linked by its first and last words (textStart,textEnd), not whole. */
const WHOLE_QUOTE_MAX = 80;
/** Words of the quote kept at each end of a long quote, and of context as prefix/suffix. */
const EDGE_WORDS = 4;
const CONTEXT_WORDS = 3;
/** The context `selectorFor` keeps each side: a context this long was cut there, likely mid-word. */
const SELECTOR_CONTEXT = 32;

/** A directive term percent-encoded: the spec reserves `-`, `,` and `&` besides what URLs reserve. */
export function encodeFragmentTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/**
 * Context on one side of the quote, as whole words from the same paragraph: a term never matches across a
 * block boundary, and the selector's context was cut at a fixed length, usually mid-word.
 */
function contextWords(context: string, side: 'prefix' | 'suffix'): string {
  const block = side === 'prefix' ? context.split('\n').pop()! : context.split('\n')[0]!;
  const list = words(block);
  // The word cut by the selector's fixed length is dropped (unless the cut fell on a space).
  const cut = block.length === context.length && context.length >= SELECTOR_CONTEXT;
  if (cut && side === 'prefix' && !/^\s/.test(block)) list.shift();
  if (cut && side === 'suffix' && !/\s$/.test(block)) list.pop();
  const kept = side === 'prefix' ? list.slice(-CONTEXT_WORDS) : list.slice(0, CONTEXT_WORDS);
  return kept.join(' ');
}

/** The `text=` directive for a selector: `[prefix-,]textStart[,textEnd][,-suffix]`. */
export function textDirective(selector: TextQuoteSelector): string {
  const exact = words(selector.exact);
  const whole = exact.join(' ');
  const parts: string[] = [];
  const prefix = contextWords(selector.prefix, 'prefix');
  const suffix = contextWords(selector.suffix, 'suffix');
  if (prefix) parts.push(`${encodeFragmentTerm(prefix)}-`);
  if (whole.length <= WHOLE_QUOTE_MAX || exact.length <= EDGE_WORDS * 2) parts.push(encodeFragmentTerm(whole));
  else {
    parts.push(encodeFragmentTerm(exact.slice(0, EDGE_WORDS).join(' ')));
    parts.push(encodeFragmentTerm(exact.slice(-EDGE_WORDS).join(' ')));
  }
  if (suffix) parts.push(`-${encodeFragmentTerm(suffix)}`);
  return `text=${parts.join(',')}`;
}

/** The article URL (without its own fragment) pointing at the quote. */
export function textFragmentUrl(url: string, selector: TextQuoteSelector): string {
  return `${url.split('#')[0]}#:~:${textDirective(selector)}`;
}

export interface CitationParts {
  text: string;
  speaker: string | null;
  role: string | null;
  outlet: string | null;
  date: string | null;
  link: string;
}

/** Everything a citation of this quote needs; `formatDate` renders the article's ISO date for the reader. */
export function citationParts(analysis: Analysis, quote: Quote, formatDate: (iso: string | null) => string | null): CitationParts {
  // A citation never names a guess: an unsure speaker link is left out, as in the quotes list.
  const speaker = shownSpeaker(quote);
  const person = speaker ? analysis.people.find((p) => p.name === speaker) : undefined;
  return {
    text: quote.text.replace(/\s+/g, ' ').trim(),
    speaker: speaker ?? quote.speakerRef,
    role: person?.roles[0] ?? null,
    outlet: analysis.article.publisher,
    date: formatDate(analysis.article.published),
    link: textFragmentUrl(analysis.article.url, quote.selector),
  };
}

/** “Quote” — Speaker, role. Outlet, date. link */
export function formatCitation(c: CitationParts): string {
  const who = [c.speaker, c.role].filter(Boolean).join(', ');
  const where = [c.outlet, c.date].filter(Boolean).join(', ');
  return [`“${c.text}”${who ? ` — ${who}` : ''}`, where, c.link].filter(Boolean).join('. ').replace(/\.\. /g, '. ');
}
