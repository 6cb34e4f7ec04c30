/**
 * Main-thread accounting for the content script: each step (detect, extract, anchor, paint) is
 * recorded as a `performance.measure` named `byline:<step>`, so tests and DevTools can see what
 * Byline costs the page. Measures carry no page data, only a name and a duration.
 */

/** Prefix of every measure and mark Byline records. */
export const MEASURE_PREFIX = 'byline:';

/** Runs `fn`, recording its duration as `byline:<step>`; never lets the bookkeeping itself throw. */
export function timed<T>(step: string, fn: () => T): T {
  const start = performance.now();
  try {
    return fn();
  } finally {
    try {
      performance.measure(MEASURE_PREFIX + step, { start, end: performance.now() });
    } catch {
      // A page can fill or break the performance timeline; the measure is only for accounting.
    }
  }
}

/** A point event (the watcher gave up, a page was too big): `byline:<name>`. */
export function markEvent(name: string): void {
  try {
    performance.mark(MEASURE_PREFIX + name);
  } catch {
    // As above.
  }
}

/** Lets the page run before Byline's next step, so two steps never add up to one long task. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
