/**
 * A bounded look at how big the page is, before any real work: pages far beyond any article
 * (a 5 MB text dump, 50,000 paragraphs) would cost the reader seconds of frozen page in extraction,
 * so Byline leaves them alone unless asked. The check is bounded: a few milliseconds on huge pages,
 * next to nothing on ordinary ones.
 */

/** Long-form articles run to ~5,000 elements with all their page furniture; this is 8x that. */
const MAX_ELEMENTS = 40_000;
/** The longest long-reads are ~100k characters; ten times that is not one article. */
const MAX_TEXT_CHARS = 1_000_000;

/**
 * True when the page has more elements or text than any article: analyse it only on request.
 * Both are read natively (a live collection's length, the body's text in one string): no JS object per
 * node, so an ordinary page costs a fraction of a millisecond.
 */
export function pageTooLarge(doc: Document): boolean {
  const root = doc.body ?? doc.documentElement;
  if (!root) return false;
  if (root.getElementsByTagName('*').length > MAX_ELEMENTS) return true;
  // One native read of the text: walking text nodes from script would cost a wrapper object per node.
  return (root.textContent?.length ?? 0) > MAX_TEXT_CHARS;
}
