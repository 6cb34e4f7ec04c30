/**
 * The most HTML a page may send the background (UTF-16 units), in a module without zod so the probe can read it:
 * sending costs the page's thread ~1 ms per 100 kB, so the page checks the length before it sends (a page beyond
 * it is too large, analysed only on request).
 */
export const MAX_PAGE_HTML_CHARS = 4_000_000;
/** The longest address a page may send (Chrome's own limit on a URL): longer fields are cut after extraction, with a note. */
export const MAX_PAGE_URL_CHARS = 2 * 1024 * 1024;
/** What the background takes when the reader asks for an analysis: beyond what a page sends on its own, within a message's reach. */
export const MAX_REQUESTED_HTML_CHARS = 32_000_000;
