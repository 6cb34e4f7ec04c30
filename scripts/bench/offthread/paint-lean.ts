/**
 * Prototype (measurement only, scripts/bench/offthread-prototype.ts): the least a painting script can be, to
 * bound the design from below: no schema, no settings read, no watcher; the background's answer is only the
 * highlight items (spans), the blocks' paths and the highlight settings, read with JSON.parse. Anchoring and
 * painting are the content script's own code (lib/anchor, lib/highlight).
 */
import { SCRIPT_START } from '../../../entrypoints/content/script-start';
import { elementAt } from './paths';
import { rangeOrNull, spanLocator } from '../../../lib/anchor';
import { HighlightPainter } from '../../../lib/highlight/paint';
import type { HighlightItem } from '../../../lib/highlight/items';
import type { Block, HighlightSettings } from '../../../lib/schema';

const load = performance.now() - SCRIPT_START;


(globalThis as unknown as Record<string, unknown>).__offthreadPaint = {
  load,
  paint(payload: string): Record<string, number> {
    const t0 = performance.now();
    const m = JSON.parse(payload) as { items: HighlightItem[]; blocks: Block[]; paths: number[][]; tags: string[]; highlights: HighlightSettings };
    const t1 = performance.now();
    let misplaced = 0;
    const elements = m.paths.map((p, i) => {
      const el = elementAt(document, p);
      if (!el || el.localName !== m.tags[i]) misplaced++;
      return el ?? document.body;
    });
    const t2 = performance.now();
    const locate = spanLocator({ blocks: m.blocks, blockElements: elements, fallbackRoot: document.body });
    const ranges = m.items.map((item) => rangeOrNull(document, locate(item.span)));
    const t3 = performance.now();
    const result = new HighlightPainter(window).paint(m.items, ranges, m.highlights);
    const t4 = performance.now();
    return { receive: t1 - t0, resolve: t2 - t1, anchor: t3 - t2, paint: t4 - t3, painted: result.painted.length, failed: result.failed, misplaced, blocks: m.paths.length };
  },
};
