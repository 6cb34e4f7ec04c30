/**
 * Prototype (measurement only, scripts/bench/offthread-prototype.ts): the content script of the off-thread design,
 * with everything the current one carries except detection and extraction (which run in the background):
 * schemas, settings, the highlighter, the page watcher, the work budget. Its evaluation is timed as `load`;
 * `paint()` takes the background's answer as the JSON a message would carry and times reading it (parse and
 * zod), mapping block paths to live elements, then anchoring and painting as the content script does.
 */
import { SCRIPT_START } from '../../../entrypoints/content/script-start';
import { elementAt } from './paths';
import { TabState, ToContentMessage } from '../../../lib/schema';
import type { Analysis, ArticleText } from '../../../lib/schema';
import { loadSettings } from '../../../lib/extension/settings-store';
import { Highlighter } from '../../../entrypoints/content/highlighter';
import { highlightItems } from '../../../lib/highlight/items';
import { watchPage } from '../../../entrypoints/content/page-watch';
import { followSettings } from '../../../entrypoints/content/live-settings';
import { WorkBudget } from '../../../entrypoints/content/work-budget';
import { timings } from '../../../entrypoints/content/timing';

const load = performance.now() - SCRIPT_START;


(globalThis as unknown as Record<string, unknown>).__offthreadPaint = {
  load,
  // Kept reachable so the bundle holds what the real script would.
  keep: [ToContentMessage, watchPage, followSettings, WorkBudget],
  async paint(payload: string): Promise<Record<string, number>> {
    const settings = await loadSettings();
    const t0 = performance.now();
    const message = JSON.parse(payload) as { state: unknown; article: ArticleText; paths: number[][]; tags: string[] };
    const state = TabState.safeParse(message.state);
    const t1 = performance.now();
    const elements: Element[] = [];
    let misplaced = 0;
    for (let i = 0; i < message.paths.length; i++) {
      const el = elementAt(document, message.paths[i]!);
      if (!el || el.localName !== message.tags[i]) misplaced++;
      elements.push(el ?? document.body);
    }
    const t2 = performance.now();
    const before = timings().length;
    const highlighter = new Highlighter();
    const analysis = (state.success && state.data.status === 'analyzed' ? state.data.analysis : null) as Analysis | null;
    const result = analysis ? highlighter.paint(highlightItems(analysis), { article: message.article, blockElements: elements }, settings.highlights) : null;
    const steps = timings().slice(before);
    const sum = (name: string) => steps.filter((s) => s.name === name).reduce((a, s) => a + s.duration, 0);
    return {
      receive: t1 - t0, resolve: t2 - t1, anchor: sum('anchor'), paint: sum('paint'),
      painted: result?.painted.length ?? -1, failed: result?.failed ?? -1, misplaced, blocks: message.paths.length,
    };
  },
};
