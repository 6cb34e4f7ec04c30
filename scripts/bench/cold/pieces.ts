/**
 * The page pipeline's pieces for scripts/bench/cold-pipeline.ts, bundled on their own into one script that the
 * bench adds to a page: `window.__bylineCold(mode)` runs detection and extraction piece by piece and returns the
 * milliseconds of each (`cold` on the first call in a fresh page, then again warm).
 */
import { detectFirstStage, finishDetection } from '../../../lib/page/detect';
import { extractArticle } from '../../../lib/page/extract';
import { readMeta } from '../../../lib/page/meta';
import { readJsonLd } from '../../../lib/page/jsonld';
import { chooseContainer, collectBlocks } from '../../../lib/page/blocks';
import { readMetadata } from '../../../lib/page/metadata';
import { contentRoot } from '../../../lib/page/text';

/** Each piece in pipeline order; `rest` is the whole extraction run after its pieces (what they leave cold). */
export const PIECES = ['detect', 'detect2', 'head', 'blocks', 'container', 'metadata', 'rest'] as const;

(globalThis as { __bylineCold?: unknown }).__bylineCold = (): Record<string, number> => {
  const ms: Record<string, number> = {};
  const time = <T>(name: string, fn: () => T): T => {
    const start = performance.now();
    try {
      return fn();
    } finally {
      ms[name] = performance.now() - start;
    }
  };
  const url = location.href;
  const body = contentRoot(document);
  const first = time('detect', () => detectFirstStage(document, url));
  const detection = time('detect2', () => finishDetection(first));
  if (!body) return ms;
  const [meta, ld] = time('head', () => [readMeta(document), readJsonLd(document)] as const);
  const blocks = time('blocks', () => collectBlocks(body, 0));
  const choice = time('container', () => chooseContainer(blocks, body));
  time('metadata', () => readMetadata(document, url, meta, ld, choice.top));
  time('rest', () => extractArticle(document, url, detection));
  return ms;
};

/** The pipeline once, as the content script runs it (first stage, its finish, extraction with the head it read): for a profile of the real path. */
(globalThis as { __bylineWhole?: unknown }).__bylineWhole = (): void => {
  const first = detectFirstStage(document, location.href);
  extractArticle(document, location.href, finishDetection(first), first.head);
};
