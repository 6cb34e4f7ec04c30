/** The CLI parses pages as the background does (lib/page/parse-html.ts). */
export { PAGE_ATTRIBUTES, parsePage } from '../../lib/page/parse-html';
