/**
 * Work in steps: long page computations are written as generators that `yield` at checkpoints, so the
 * same code runs to the end in one go (CLI, tests) or a slice at a time between the page's own tasks
 * (content script), stopping at the first checkpoint after a deadline.
 */

export type Steps<T> = Generator<void, T, void>;

/** Nodes read, and blocks handled, between two checkpoints. */
export const NODES_PER_CHECKPOINT = 256;
export const BLOCKS_PER_CHECKPOINT = 512;

/** Runs `steps` to the end. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * Runs `steps` until they end (returns `{ value }`) or the clock passes `deadline` at a checkpoint
 * (returns null). Always runs to at least the first checkpoint, so every call makes progress.
 */
export function runUntil<T>(steps: Steps<T>, deadline: number): { value: T } | null {
  for (;;) {
    const r = steps.next();
    if (r.done) return { value: r.value };
    if (performance.now() > deadline) return null;
  }
}
