/**
 * Growth measurement shared by the linear-time fuzz tests: time at n and at 4n, n doubled from a small
 * start until one run takes ≥ MIN_MS. Linear work grows ×4, n·log n about ×4.6, quadratic ×16; a bound
 * of 12 leaves room for GC pauses, JIT tiers and a busy 2-core machine. Each time is the fastest of
 * several alternating runs, and a ratio over the bound is measured once more (see linear.test.ts).
 * Times are the process's CPU time, not the wall clock: vitest runs each test file in its own process, and on
 * a machine busy with other work the wall clock counts the time this process waited for a core, which made
 * these ratios flaky; its CPU time counts only the work done.
 */

export const MAX_RATIO = 12;
const MIN_MS = 15;
const MAX_N = 400_000;
const RUNS = 5;

export interface Growth {
  n: number;
  small: number;
  large: number;
  ratio: number;
}

/** CPU milliseconds (user + system) spent by this process while `run` ran. */
function once(run: () => unknown): number {
  const t0 = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(t0);
  return (user + system) / 1000;
}

function fastest(run: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < RUNS; i++) best = Math.min(best, once(run));
  return best;
}

export function growth<T>(make: (n: number) => T, run: (input: T) => unknown, startN = 1_000): Growth {
  run(make(startN)); // warm-up: JIT and lazily compiled regexes
  let n = startN;
  let small = fastest(() => run(make(n)));
  while (small < MIN_MS && n * 8 <= MAX_N) {
    n *= 2;
    const input = make(n);
    small = fastest(() => run(input));
  }
  const smallInput = make(n);
  const largeInput = make(4 * n);
  let result: Growth = { n, small: Infinity, large: Infinity, ratio: Infinity };
  for (let attempt = 0; attempt < 2 && result.ratio >= MAX_RATIO; attempt++) {
    let s = Infinity;
    let l = Infinity;
    for (let i = 0; i < RUNS; i++) {
      s = Math.min(s, once(() => run(smallInput)));
      l = Math.min(l, once(() => run(largeInput)));
    }
    result = { n, small: s, large: l, ratio: l / s };
  }
  return result;
}

export function describeGrowth(g: Growth): string {
  return `n=${g.n}: ${g.small.toFixed(1)} ms, 4n: ${g.large.toFixed(1)} ms, ratio ${g.ratio.toFixed(1)}`;
}
