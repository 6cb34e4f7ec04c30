/**
 * Times Readability's parse of a page in the page itself, for the browser bench and the off-thread prototype.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { projectRoot } from '../lib/chromium';

export const READABILITY_JS = path.join(projectRoot, 'node_modules', '@mozilla', 'readability', 'Readability.js');

/**
 * Readability's parse in the page itself: the script is added to the main world (as a script tag; a
 * page whose CSP refuses inline scripts gets it through the debugger instead, which CSP does not see).
 */
export async function timeReadability(tab: Page, source: string, reps: number): Promise<{ cold: number; warm: number[] } | null> {
  const install = `${source}\n;window.__bylineBenchReadability = Readability;`;
  await tab.addScriptTag({ content: install }).catch(() => undefined);
  const loaded = () => tab.evaluate(() => typeof (window as unknown as Record<string, unknown>).__bylineBenchReadability === 'function');
  if (!(await loaded())) await tab.evaluate(install).catch(() => undefined);
  if (!(await loaded())) return null;
  // A string, not a function: tsx would wrap named inner functions in a helper the page does not have.
  return tab.evaluate(`(() => {
    const R = window.__bylineBenchReadability;
    const times = [];
    for (let i = 0; i <= ${reps}; i++) {
      const t0 = performance.now();
      try { new R(document.cloneNode(true)).parse(); } catch (e) { /* a page Readability cannot parse still cost what it cost */ }
      times.push(performance.now() - t0);
    }
    return { cold: times[0], warm: times.slice(1) };
  })()`);
}
