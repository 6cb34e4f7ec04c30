/**
 * The command-line analyser: saved page(s) in, Analysis JSON out, with the same lib/ code
 * the extension runs. One file: pretty JSON. Several: one JSON object per line, each with `file`.
 *
 *   npm run analyze -- page.html [more.html …] [--url https://original/url] [--force] [--compact]
 *
 * A .txt file is read as plain article text (paragraphs separated by blank lines).
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { analyzeArticle } from '../lib/analyze';
import { articleFromText } from '../lib/analyze/plain-text';
import { detectArticle, extractArticle } from '../lib/page';
import { Analysis, MAX_ARTICLE_CHARS, type ArticleText } from '../lib/schema';
import { flagValue } from './lib/report';

/** Pages bigger than this are cut before parsing: a saved page is rarely over 20 MB, a DOM of more hurts. */
const MAX_INPUT_BYTES = 50 * 1024 * 1024;

const USAGE = 'usage: npm run analyze -- <file.html|file.txt> [more files] [--url <original url>] [--force] [--compact]';

function main(argv: string[]): number {
  const url = flagValue(argv, 'url');
  const force = argv.includes('--force');
  const files = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--url');
  if (argv.includes('--help') || files.length === 0) {
    process.stderr.write(USAGE + '\n');
    return files.length === 0 && !argv.includes('--help') ? 2 : 0;
  }
  const many = files.length > 1;
  const compact = many || argv.includes('--compact');
  let failures = 0;
  for (const file of files) {
    try {
      const analysis = analyzeFile(file, url, force);
      const out = many ? { file, ...analysis } : analysis;
      process.stdout.write(JSON.stringify(out, null, compact ? undefined : 2) + '\n');
    } catch (error) {
      failures++;
      process.stderr.write(`error: ${file}: ${describe(error)}\n`);
    }
  }
  return failures > 0 ? 1 : 0;
}

function analyzeFile(file: string, url: string | undefined, force: boolean): Analysis {
  const stat = statSync(file); // throws ENOENT for a missing file, described below
  if (!stat.isFile()) throw new Error('not a regular file');
  const bytes = readFileSync(file).subarray(0, MAX_INPUT_BYTES);
  const source = decode(bytes);
  const pageUrl = url ?? `file://${path.resolve(file)}`;
  const article = /\.txt$/i.test(file)
    ? articleFromText(source.slice(0, MAX_ARTICLE_CHARS), { url: pageUrl })
    : articleFromHtml(source, pageUrl, force);
  const analysis = Analysis.parse(analyzeArticle(article));
  if (stat.size > MAX_INPUT_BYTES) analysis.notes.push(`The file was cut to its first ${MAX_INPUT_BYTES} bytes.`);
  return analysis;
}

function articleFromHtml(html: string, url: string, force: boolean): ArticleText {
  const { document } = parseHTML(looksLikeHtml(html) ? html : '<!doctype html><html><body></body></html>');
  const detection = detectArticle(document, url);
  const { article } = extractArticle(document, url, detection);
  if (detection.isArticle || force) return article;
  // Not an article: keep what identifies the page, analyse nothing.
  return { ...article, text: '', blocks: [] };
}

/** Binary or empty input parses as an empty page: the answer is `isArticle: false`, not a crash. */
function looksLikeHtml(text: string): boolean {
  if (!text.trim()) return false;
  const head = text.slice(0, 4096);
  const controls = head.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  return controls < 8 && /<[a-z!]/i.test(text.slice(0, 200_000));
}

/** UTF-8 unless the page declares another charset (windows-1251 and KOI8-R are common in Cyrillic archives). */
function decode(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const declared = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // Unknown label: fall through to UTF-8.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EACCES') return 'permission denied';
    if (code === 'EISDIR') return 'is a directory';
  }
  return error instanceof Error ? error.message : String(error);
}

process.exitCode = main(process.argv.slice(2));
