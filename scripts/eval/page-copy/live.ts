/**
 * Added to a page by scripts/eval/page-copy.ts: lib/page's detection and extraction on the live page, as the content
 * script ran them before they moved to the background, with each block's element as its element-child path, and the
 * page serialised as the probe sends it.
 */
import { detectArticle, extractArticle } from '../../../lib/page';
import { pathOf } from '../../../lib/page/paths';
import { leanHtml } from '../../../lib/page/lean-html';

(globalThis as { __bylineCold?: unknown }).__bylineCold = () => {
  const url = location.href;
  const detection = detectArticle(document, url);
  const { article, blockElements } = extractArticle(document, url, detection);
  return { detection, article, paths: blockElements.map(pathOf), tags: blockElements.map((e) => e.localName.toLowerCase()), html: leanHtml(document.documentElement.outerHTML) };
};
