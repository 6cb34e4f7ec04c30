/**
 * The article pipeline's steps as the content-script timeline records them, shared by the browser benches
 * (scripts/bench/browser.ts, scripts/bench/pipeline-ab.ts).
 */

/**
 * The content-script steps, in pipeline order; their measures are `byline:<step>`. `gate` (detection's gate,
 * lib/page/gate.ts) is what a clear non-article page costs, `size` (the bounded look at the page's size) and
 * `detect` (detection's first stage) what one past the gate costs; `extract` may be spread over several
 * slices (tasks), which are summed.
 */
export const STEPS = ['gate', 'size', 'detect', 'extract', 'anchor', 'paint'] as const;
/**
 * What the pipeline's sum leaves out: the injected scripts' starts, the content script's reading of the settings
 * (timed since the default settings are made on first use, no longer as the script loads) and of the background's answer.
 */
export const EXTRA_STEPS = ['stage-init', 'load', 'settings', 'receive'] as const;

export interface Measure {
  name: string;
  start: number;
  duration: number;
}

/**
 * Each step's first run: the first run's slices of extraction (before its anchoring), not later re-extractions;
 * detection's two stages (the probe's, and the content script's dated-headline walk where it was left open) before it.
 */
export function firstRunSteps(measures: Measure[]): Partial<Record<(typeof STEPS)[number], number>> {
  const steps: Partial<Record<(typeof STEPS)[number], number>> = {};
  const firstAnchor = measures.find((m) => m.name === 'anchor')?.start ?? Infinity;
  const firstExtract = measures.find((m) => m.name === 'extract')?.start ?? Infinity;
  for (const step of STEPS) {
    const first = measures.find((m) => m.name === step);
    if (!first) continue;
    const before = step === 'extract' ? firstAnchor : step === 'detect' ? firstExtract : null;
    steps[step] = before === null ? first.duration : measures.filter((m) => m.name === step && m.start < before).reduce((a, m) => a + m.duration, 0);
  }
  return steps;
}
