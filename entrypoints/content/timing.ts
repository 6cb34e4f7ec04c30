/**
 * Main-thread accounting for the probe and the content script: each step (size, detect, extract slices, anchor,
 * paint) and each notable event (the watcher gave up, the page was too large) is kept in a small
 * timeline inside the content script and reported only over the extension's own channel (`bg:status`),
 * for tests and the benchmark. Nothing goes into the page's performance timeline: a page could read
 * it, and learn that Byline is installed.
 */
import type { TimingEntry } from '../../lib/schema';
import { pageState } from './page-state';

/** The newest entries are kept; a page that keeps changing cannot grow the list without bound. */
const MAX_ENTRIES = 300;
/** One timeline and one sum for the probe, its relook script and the content script (each bundles its own copy of this module). */
const state = pageState();
const timeline: TimingEntry[] = state.timeline;

/** Main-thread milliseconds of all steps so far, every Byline script's in this page. */
export function spentMs(): number {
  return state.spentMs;
}

function record(entry: TimingEntry): void {
  state.spentMs += entry.duration;
  if (timeline.length >= MAX_ENTRIES) timeline.shift();
  timeline.push(entry);
}

/** Runs `fn`, recording its duration as a step; never lets the bookkeeping itself throw. */
export function timed<T>(step: string, fn: () => T): T {
  const start = performance.now();
  try {
    return fn();
  } finally {
    stepSince(step, start);
  }
}

/** Records a step that began at `start` (a `performance.now()` taken earlier) and ends now. */
export function stepSince(step: string, start: number): void {
  record({ name: step, kind: 'step', start, duration: Math.max(0, performance.now() - start) });
}

/** A point event (the watcher gave up, a page was too big). */
export function markEvent(name: string): void {
  record({ name, kind: 'event', start: performance.now(), duration: 0 });
}

/** A copy of the timeline, oldest first (times in ms since the page's time origin). */
export function timings(): TimingEntry[] {
  return timeline.slice();
}

/** Lets the page run before Byline's next step, so two steps never add up to one long task. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves once the page's main thread is idle (its own loading work done), or after `timeoutMs` at most:
 * Byline's first look at a page can wait a moment, and then it neither competes with the page's load
 * nor is slowed by it.
 */
export function whenPageIdle(timeoutMs: number): Promise<void> {
  // Chrome and Firefox both have it (in content scripts too).
  return new Promise((resolve) => void requestIdleCallback(() => resolve(), { timeout: timeoutMs }));
}
