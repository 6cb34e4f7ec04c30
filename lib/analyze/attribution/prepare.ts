/**
 * Pass 1, prepare text: quote marks per block on the raw text (a dot inside a quotation ends no
 * sentence), then the working document (normalised text, words, blocks, sentences, tokens).
 */
import type { ArticleText } from '../../schema';
import type { Compiled } from './compile';
import { findMarked, type Marked } from './marks';
import { type Doc, prepareDoc } from './text';

export function prepareText(c: Compiled, article: ArticleText): { doc: Doc; marked: Map<number, Marked[]> } {
  const marked = new Map<number, Marked[]>();
  const doc = prepareDoc(article, c, (index, from, to) => {
    const m = findMarked(c, article.text, from, to);
    marked.set(index, m);
    return m.map((x) => [x.open, x.close + 1] as [number, number]);
  });
  return { doc, marked };
}
