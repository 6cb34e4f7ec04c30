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
 * Elements are counted natively (a live collection's length: no JS object per node); text is summed
 * node by node but only up to the limit, so a 5 MB page costs what a 1 MB one does.
 */
export function pageTooLarge(doc: Document): boolean {
  const root = doc.body ?? doc.documentElement;
  if (!root) return false;
  if (root.getElementsByTagName('*').length > MAX_ELEMENTS) return true;
  // NodeFilter.SHOW_TEXT as a number: the page may have replaced NodeFilter in its world (not ours, but cheap to not care).
  const walker = doc.createTreeWalker(root, 0x4);
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((chars += (node as Text).length) > MAX_TEXT_CHARS) return true;
  }
  return false;
}
