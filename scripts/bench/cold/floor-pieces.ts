/**
 * The page pipeline for scripts/bench/cold-floor.ts, bundled into one page script: `window.__bylineFloor(doc, url)`
 * runs the gate, detection (both stages) and extraction on `doc` as the probe and the content script do, and
 * returns each step's milliseconds. Run on a small document first, it leaves the code compiled and the DOM
 * interfaces touched, so the run on the page that follows costs only the work.
 */
import { readGate } from '../../../lib/page/gate';
import { detectFirstStage, finishDetection } from '../../../lib/page/detect';
import { extractArticle } from '../../../lib/page/extract';

(globalThis as { __bylineFloor?: unknown }).__bylineFloor = (doc: Document, url: string): Record<string, number> => {
  const ms: Record<string, number> = {};
  const time = <T>(name: string, fn: () => T): T => {
    const start = performance.now();
    try {
      return fn();
    } finally {
      ms[name] = performance.now() - start;
    }
  };
  time('gate', () => readGate(doc, url));
  const first = time('detect', () => detectFirstStage(doc, url));
  const detection = time('detect2', () => finishDetection(first));
  time('extract', () => extractArticle(doc, url, detection, first.head));
  return ms;
};
