/**
 * A bounded look at how big the page is, before any real work: pages far beyond any article
 * (a 5 MB text dump, 50,000 paragraphs) would cost the reader seconds of frozen page in extraction,
 * so Byline leaves them alone unless asked. Ordinary pages are judged in a fraction of a millisecond;
 * big documents have their text counted in slices, like extraction, so no task runs long.
 */

import { timed, yieldToPage } from './timing';

/**
 * Longest stretch of the size check in one task: real articles finish in one slice, hostile pages (thousands of
 * nested elements) are spread over several, well under the 50 ms that makes a long task.
 */
const SLICE_MS = 20;
/** Long-form articles run to ~5,000 elements with all their page furniture; this is 8x that. */
const MAX_ELEMENTS = 40_000;
/** The longest long-reads are ~100k characters; ten times that is not one article. */
const MAX_TEXT_CHARS = 1_000_000;
/** The longest paragraph of a real article is a few thousand characters; one text node of this many is not prose. */
const MAX_NODE_CHARS = 200_000;
/** Nodes read between two looks at the clock. */
const NODES_PER_CLOCK_CHECK = 512;
/** Text directly inside these is code or markup, not reading matter (frameworks inline megabytes of JSON state). */
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template']);
const NOT_TEXT_SELECTOR = 'script,style,noscript,template';
/** NodeFilter.SHOW_TEXT as a number: the page may have replaced NodeFilter in its world (not ours, but cheap not to care). */
const SHOW_TEXT = 0x4;

export interface SizeCheck {
  /** True: too large; false: fine; null: not decided before `deadline` (call again in a later task). */
  step(deadline: number): boolean | null;
}

/**
 * Elements are counted natively (a live collection's length: no JS object per node). Text is counted
 * as it is now in the document, node by node (a text node's length costs nothing to read), up to the limit,
 * skipping scripts and styles: what the server sent says nothing of what scripts added since (a page
 * served in 100 kB can append an 8 MB paragraph). One text node longer than MAX_NODE_CHARS is too large
 * on its own: reading it would be one step far over 50 ms. Most pages hold less text in all, scripts and
 * styles included, than one node may: one native read of the whole text settles those without a walk.
 */
export function startSizeCheck(doc: Document): SizeCheck {
  let walker: TreeWalker | null = null;
  let chars = 0;
  return {
    step(deadline) {
      if (!walker) {
        const root = doc.body ?? doc.documentElement;
        if (!root) return false;
        if (root.getElementsByTagName('*').length > MAX_ELEMENTS) return true;
        const total = root.textContent?.length ?? 0;
        if (total <= MAX_NODE_CHARS) return false;
        // Most of a big page's text is often its scripts' (frameworks inline megabytes of state): without it, read
        // natively too, most of those pages are settled without the walk (on a page with 1.8 MB of inline scripts
        // the size check took 7.6 ms instead of 10; reading the whole text once is most of what is left).
        if (textOutsideCode(root, total) <= MAX_NODE_CHARS) return false;
        walker = doc.createTreeWalker(root, SHOW_TEXT);
      }
      let node: Node | null;
      for (let count = 1; (node = walker.nextNode()); count++) {
        const length = (node as Text).length;
        if (!NOT_TEXT.has((node.parentNode as Element).localName) && ((chars += length) > MAX_TEXT_CHARS || length > MAX_NODE_CHARS)) return true;
        if (count % NODES_PER_CLOCK_CHECK === 0 && performance.now() > deadline) return null;
      }
      return false;
    },
  };
}

/**
 * The root's text less what scripts, styles, noscripts and templates hold: the text the walk counts. Their text is
 * raw text (no elements inside) in a browser's DOM; one inside another is counted with the outer one only.
 */
function textOutsideCode(root: Element, total: number): number {
  const code = root.querySelectorAll(NOT_TEXT_SELECTOR);
  let chars = total;
  let outer: Element | null = null;
  for (let i = 0; i < code.length; i++) {
    const element = code[i]!;
    if (outer?.contains(element)) continue;
    outer = element;
    chars -= element.textContent?.length ?? 0;
  }
  return chars;
}

/**
 * Whether the page is too large, its size checked one slice per task (each timed as the step `size`), letting the
 * page run between slices: what the probe's second part and the content script ask before sending the page.
 */
export async function pageTooLarge(doc: Document): Promise<boolean> {
  const check = startSizeCheck(doc);
  for (;;) {
    const tooLarge = timed('size', () => check.step(performance.now() + SLICE_MS));
    if (tooLarge !== null) return tooLarge;
    await yieldToPage();
  }
}
