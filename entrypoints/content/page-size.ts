/**
 * A bounded look at how big the page is, before any real work: pages far beyond any article
 * (a 5 MB text dump, 50,000 paragraphs) would cost the reader seconds of frozen page in extraction,
 * so Byline leaves them alone unless asked. The check is bounded: a few milliseconds on huge pages,
 * a fraction of one on ordinary ones.
 */

/** Long-form articles run to ~5,000 elements with all their page furniture; this is 8x that. */
const MAX_ELEMENTS = 40_000;
/** The longest long-reads are ~100k characters; ten times that is not one article. */
const MAX_TEXT_CHARS = 1_000_000;

/**
 * True when the page has more elements or text than any article: analyse it only on request.
 * Elements are counted natively (a live collection's length: no JS object per node). Text: a document
 * the server sent in fewer bytes than the limit cannot hold more characters than that (what scripts add
 * later is bounded by the element count and by extraction working in slices); only bigger documents
 * have their text counted, node by node, up to the limit.
 * `htmlBytes`: the decoded size of the document as served, when the browser knows it.
 */
export function pageTooLarge(doc: Document, htmlBytes: number | null = servedBytes()): boolean {
  const root = doc.body ?? doc.documentElement;
  if (!root) return false;
  if (root.getElementsByTagName('*').length > MAX_ELEMENTS) return true;
  if (htmlBytes !== null && htmlBytes > 0 && htmlBytes <= MAX_TEXT_CHARS) return false;
  // NodeFilter.SHOW_TEXT as a number: the page may have replaced NodeFilter in its world (not ours, but cheap to not care).
  const walker = doc.createTreeWalker(root, 0x4);
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((chars += (node as Text).length) > MAX_TEXT_CHARS) return true;
  }
  return false;
}

/** The navigation entry's decoded body size (0 or absent for documents not loaded over the network). */
function servedBytes(): number | null {
  try {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return nav ? nav.decodedBodySize : null;
  } catch {
    return null;
  }
}
