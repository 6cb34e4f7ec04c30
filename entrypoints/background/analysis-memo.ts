/**
 * The article each tab last had analysed, by content: a page that keeps changing its URL (or re-rendering)
 * without changing its article gets the same analysis back (with the new URL) instead of a new analysis
 * and a new history entry each time.
 */
import type { Analysis, ArticleText } from '../../lib/schema';

const memo = new Map<number, { key: string; analysis: Analysis }>();

/** What makes two articles analyse the same: everything but the URL. FNV-1a over the fields, plus their lengths. */
function contentKey(article: ArticleText): string {
  const fields = [article.title, article.byline ?? '', article.published ?? '', article.publisher ?? '', article.langHint ?? '', article.text];
  let h = 0x811c9dc5;
  for (const field of fields) {
    for (let i = 0; i < field.length; i++) h = Math.imul(h ^ field.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0xff, 0x01000193);
  }
  return `${fields.map((f) => f.length).join(':')}:${(h >>> 0).toString(36)}:${article.blocks.length}`;
}

/** The tab's previous analysis when `article` has the same content (its URL updated), else null. */
export function sameAsBefore(tabId: number, article: ArticleText): Analysis | null {
  const last = memo.get(tabId);
  if (!last || last.key !== contentKey(article)) return null;
  return { ...last.analysis, article: { ...last.analysis.article, url: article.url } };
}

export function rememberAnalysis(tabId: number, article: ArticleText, analysis: Analysis): void {
  memo.set(tabId, { key: contentKey(article), analysis });
}

export function forgetAnalysis(tabId: number): void {
  memo.delete(tabId);
}

/** The tab's last analysis (for the hover card's details), or undefined. */
export function lastAnalysis(tabId: number): Analysis | undefined {
  return memo.get(tabId)?.analysis;
}
