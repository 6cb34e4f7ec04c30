/**
 * A page's HTML parsed for lib/page: linkedom, building only what lib/page reads (patches/: linkedom's parser takes
 * options in parseHTML's globals). Every attribute not listed here is a node V8 must collect, much of it
 * on a second core: with `--jobs 2` that core is the worker's. The CLI parses files with it, and the extension's
 * background parses the copy of the page the probe sends (README, "Two stages"): element-child paths are unchanged
 * by dropping attributes. tests/unit/cli/parse.test.ts holds this list to the attributes lib/page's sources name.
 */
import { parseHTML } from 'linkedom';

/** Every attribute lib/page reads (getAttribute, hasAttribute, and selectors' `[name…]`, `.class`, `#id`). */
export const PAGE_ATTRIBUTES: ReadonlySet<string> = new Set([
  'aria-hidden', 'class', 'content', 'datetime', 'hidden', 'href', 'id', 'itemprop', 'itemtype', 'lang',
  'name', 'property', 'rel', 'role', 'style', 'type', 'xml:lang',
]);

const PARSE_OPTIONS = Symbol.for('linkedom.parseOptions');
const globals = { [PARSE_OPTIONS]: { attributes: PAGE_ATTRIBUTES } };

export function parsePage(html: string) {
  return parseHTML(html, globals).document;
}
