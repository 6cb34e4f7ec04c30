/**
 * Builds an ArticleText from plain text (paragraphs separated by blank lines, or by single
 * newlines when there are no blank lines): for the CLI on .txt files, evaluation corpora and tests.
 */
import type { ArticleText, Block } from '../schema';

export interface PlainTextOptions {
  title?: string;
  url?: string;
  byline?: string | null;
  published?: string | null;
  publisher?: string | null;
  langHint?: string | null;
}

/**
 * Keeps the original text and its offsets (no re-joining), so spans computed on the result
 * index the caller's text too: corpora annotated by character offset can be scored directly.
 */
export function articleFromText(text: string, options: PlainTextOptions = {}): ArticleText {
  const separator = /\n[ \t]*\n/.test(text) ? /\n[ \t]*\n+/g : /\n+/g;
  const blocks: Block[] = [];
  let start = 0;
  const pushBlock = (from: number, to: number) => {
    // Trim whitespace at both ends without changing offsets of the kept text.
    while (from < to && /\s/.test(text[from]!)) from++;
    while (to > from && /\s/.test(text[to - 1]!)) to--;
    if (to > from) blocks.push({ kind: 'paragraph', start: from, end: to });
  };
  for (const m of text.matchAll(separator)) {
    pushBlock(start, m.index);
    start = m.index + m[0].length;
  }
  pushBlock(start, text.length);
  return {
    url: options.url ?? '',
    title: options.title ?? '',
    byline: options.byline ?? null,
    published: options.published ?? null,
    modified: null,
    publisher: options.publisher ?? null,
    langHint: options.langHint ?? null,
    text,
    blocks,
    // A file without a word of text is no article (an empty .txt answers isArticle: false).
    detection: { isArticle: blocks.length > 0, score: 0, signals: [{ name: blocks.length > 0 ? 'plain-text' : 'empty-text', weight: 0 }] },
    truncated: false,
  };
}
