/**
 * The article pipeline's steps as the page's timeline records them (the probe's and the content script's), shared
 * by the browser benches (scripts/bench/browser.ts, scripts/bench/pipeline-ab.ts).
 */

/**
 * Every step of the article pipeline on the page's thread, in order; their measures are `byline:<step>`. The probe:
 * `gate` (detection's gate, lib/page/gate.ts: all a clear non-article page costs), `size` (the bounded look at the
 * page's size, maybe over several slices, summed), `serialise` (`outerHTML`) and `send` (the message's copy, made in
 * the call). Detection, extraction and analysis run in the background, off the page's thread. The content script:
 * `receive` (parsing the background's answer), `resolve` (block paths to live elements), `anchor` and `paint`.
 */
export const STEPS = ['gate', 'size', 'serialise', 'send', 'receive', 'resolve', 'anchor', 'paint'] as const;
/** What the pipeline's sum leaves out, printed beside it: the content script's start (module evaluation to `main`). */
export const EXTRA_STEPS = ['load'] as const;

export interface Measure {
  name: string;
  start: number;
  duration: number;
}

/**
 * Each step's first run (the first look at the page, not later looks after page changes); the size check's slices
 * before the first serialisation are summed.
 */
export function firstRunSteps(measures: Measure[]): Partial<Record<(typeof STEPS)[number], number>> {
  const steps: Partial<Record<(typeof STEPS)[number], number>> = {};
  const firstSerialise = measures.find((m) => m.name === 'serialise')?.start ?? Infinity;
  for (const step of STEPS) {
    const first = measures.find((m) => m.name === step);
    if (!first) continue;
    steps[step] = step === 'size' ? measures.filter((m) => m.name === step && m.start < firstSerialise).reduce((a, m) => a + m.duration, 0) : first.duration;
  }
  return steps;
}
