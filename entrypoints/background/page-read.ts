/**
 * Detection and extraction off the page's thread: the probe (or the content script, when the page changed) sends
 * the page serialised (`page:html`); it is parsed here with linkedom and read by the same lib/page code the CLI and
 * the evaluations run. Each block's element goes back as its element-child path and local name, which the
 * content script finds again in the live page (README, "Two stages").
 */
import { detectArticle, extractArticle } from '../../lib/page';
import { parsePage } from '../../lib/page/parse-html';
import { pathOf } from '../../lib/page/paths';
import { fitArticle } from '../../lib/schema/limits';
import { MAX_PATH_DEPTH } from '../../lib/highlight/paint-wire';
import type { ArticleText, Detection } from '../../lib/schema';

export interface PageRead {
  detection: Detection;
  /** The article, or null when the page is not one and extraction was not forced. */
  article: ArticleText | null;
  /** Per block: its element's path from `<html>` (null: too deep to name) and local name. */
  paths: (number[] | null)[];
  tags: string[];
  /** Per block: its element in the copy (where the highlights' places are found: lib/anchor `placesInBlocks`). */
  elements?: Element[];
}

export function readPage(html: string, url: string, force: boolean): PageRead {
  const doc = parseCopy(html);
  const detection = detectArticle(doc, url);
  if (!detection.isArticle && !force) return { detection, article: null, paths: [], tags: [] };
  const { article, blockElements } = extractArticle(doc, url, detection);
  const paths = blockElements.map((el) => {
    const path = pathOf(el);
    return path.length > MAX_PATH_DEPTH ? null : path;
  });
  // Oversized fields (a 10,000-character <h1>, a 9,000-character URL) are cut, never a reason to refuse the page.
  return { detection, article: fitArticle(article), paths, tags: blockElements.map((el) => el.localName.toLowerCase()), elements: blockElements };
}

/**
 * The copy as the page has it. linkedom's parser reads `<noscript>` content as elements, where a browser running
 * scripts holds it as one text node (which `outerHTML` writes out unescaped), and `<template>` content as children,
 * where the page's template has none (its content is a fragment): both are put back as the page has them, so the
 * counts and text lib/page reads are the live page's.
 */
export function parseCopy(html: string): Document {
  const doc = parsePage(html) as unknown as Document;
  for (const template of Array.from(doc.querySelectorAll('template'))) template.textContent = '';
  for (const noscript of Array.from(doc.querySelectorAll('noscript'))) noscript.textContent = noscript.innerHTML;
  return doc;
}
