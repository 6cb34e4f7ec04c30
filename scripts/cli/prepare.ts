/**
 * One saved page (or text file) to the article text the analysers read: read, decode like a browser,
 * guard depth, parse, detect, extract. Kept apart from the analysis (page.ts) so a worker that only
 * prepares pages never loads or compiles the analysers. Throws `PageError` with a one-line message
 * for input it refuses.
 */
import { readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { articleFromText } from '../../lib/analyze/plain-text';
import { detectArticle, extractArticle, plainTextTitle } from '../../lib/page';
import { MAX_ARTICLE_CHARS, type ArticleText } from '../../lib/schema';
import { binaryKind, decode } from './decode';
import { guardDepth, MAX_DEPTH } from './depth';
import { parsePage } from './parse';

/** Files bigger than this are cut before decoding: a saved page is rarely over 20 MB, a DOM of more hurts. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

export interface PageTask {
  /** Absolute path. */
  file: string;
  /** The page's real URL (already checked to be http(s)), or null for a file: URL. */
  url: string | null;
  force: boolean;
}

export class PageError extends Error {}

/** A page read and extracted: its article text and the notes reading it gave (a charset guessed, a cut). */
export interface PreparedPage {
  article: ArticleText;
  notes: string[];
}

export function preparePage(task: PageTask): PreparedPage {
  const stat = statSync(task.file);
  if (!stat.isFile()) throw new PageError('not a regular file');
  const gzipped = /\.gz$/i.test(task.file);
  const name = task.file.replace(/\.gz$/i, '');
  const isText = /\.txt$/i.test(name);
  let bytes: Uint8Array = readFileSync(task.file);
  const notes: string[] = [];
  if (gzipped) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_INPUT_BYTES });
    } catch (error) {
      const tooBig = error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
      if (!tooBig) throw new PageError('not a readable gzip file');
      throw new PageError(`unpacks to more than ${MAX_INPUT_BYTES} bytes`);
    }
  }
  if (bytes.length > MAX_INPUT_BYTES) {
    bytes = bytes.subarray(0, MAX_INPUT_BYTES);
    notes.push(`The file was cut to its first ${MAX_INPUT_BYTES} bytes.`);
  }
  const binary = binaryKind(bytes);
  if (binary && isText) throw new PageError(`looks like a ${binary}, not text: refused`);

  const url = task.url ?? fileUrl(task.file);
  let article: ArticleText;
  if (binary) {
    notes.push(`The file looks like a ${binary}, not HTML: nothing to analyse.`);
    article = articleFromHtml('', url, false);
  } else {
    const decoded = decode(bytes, { html: !isText });
    notes.push(...decoded.notes);
    article = isText ? articleFromPlainText(decoded.text, url) : articleFromHtml(decoded.text, url, task.force, notes);
  }
  return { article, notes };
}

function fileUrl(file: string): string {
  return new URL(`file://${file.split('/').map(encodeURIComponent).join('/')}`).href;
}

/** Plain text, cut at MAX_ARTICLE_CHARS on a whitespace boundary (`truncated`: the analysis notes the cut). */
function articleFromPlainText(text: string, url: string): ArticleText {
  let kept = text;
  if (kept.length > MAX_ARTICLE_CHARS) {
    const space = kept.lastIndexOf(' ', MAX_ARTICLE_CHARS);
    const newline = kept.lastIndexOf('\n', MAX_ARTICLE_CHARS);
    const cut = Math.max(space, newline) > MAX_ARTICLE_CHARS * 0.9 ? Math.max(space, newline) : MAX_ARTICLE_CHARS;
    // Never split a surrogate pair.
    const safe = /[\uD800-\uDBFF]/.test(kept[cut - 1] ?? '') ? cut - 1 : cut;
    kept = kept.slice(0, safe);
  }
  const article = articleFromText(kept, { url, title: plainTextTitle(kept) });
  return kept.length < text.length ? { ...article, truncated: true } : article;
}

function articleFromHtml(html: string, url: string, force: boolean, notes: string[] = []): ArticleText {
  const guarded = guardDepth(html);
  if (guarded.dropped > 0) {
    notes.push(`The page nests elements deeper than ${MAX_DEPTH} levels; ${guarded.dropped} tags past that depth were ignored (their text kept).`);
  }
  const source = looksLikeHtml(guarded.html) ? guarded.html : '<!doctype html><html><body></body></html>';
  const document = parsePage(source);
  const detection = detectArticle(document, url);
  const { article } = extractArticle(document, url, detection);
  if (detection.isArticle || force) return article;
  // Not an article: keep what identifies the page, analyse nothing.
  return { ...article, text: '', blocks: [] };
}

/** Empty input, or text without a single tag, parses as an empty page: `isArticle: false`, not a crash. */
function looksLikeHtml(text: string): boolean {
  return text.trim() !== '' && /<[a-z!]/i.test(text.slice(0, 200_000));
}
