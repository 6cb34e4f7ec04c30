/**
 * Page layer public API: is this page an article (cheap), and its text and metadata (read-only on the
 * page). Used by the content script with the live DOM and by the CLI with linkedom.
 */
export { detectArticle, ARTICLE_THRESHOLD } from './detect';
export { extractArticle, startExtraction, type Extraction, type Extractor } from './extract';
export { parseMachineDate, parseTextDate } from './dates';
export { cleanByline, plainTextTitle } from './metadata';
