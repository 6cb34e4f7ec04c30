/** Issue 18, attack 5 at the unit level: every trigger shares one rate limit and one work budget per tab. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_RUNS, MIN_GAP_MS, WINDOW_MS, WorkBudget } from '../../../entrypoints/content/work-budget';
import { timed } from '../../../entrypoints/content/timing';

describe('attack 5: one budget for route changes, DOM changes and the reader', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a URL change every 50 ms for 20 s: a handful of runs, at least MIN_GAP_MS apart, and one after the storm', async () => {
    const budget = new WorkBudget(() => Date.now());
    const starts: number[] = [];
    const run = async () => {
      starts.push(Date.now());
    };
    const t0 = Date.now();
    budget.request(run, 0);
    for (let t = 50; t <= 20_000; t += 50) {
      await vi.advanceTimersByTimeAsync(50);
      budget.request(run, 600);
    }
    await vi.advanceTimersByTimeAsync(5_000);
    expect(starts.length).toBeGreaterThanOrEqual(2);
    expect(starts.length).toBeLessThanOrEqual(MAX_RUNS);
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(MIN_GAP_MS);
    // The last change is answered once the page goes quiet (600 ms after it), not a minute later.
    expect(starts.at(-1)! - t0).toBeGreaterThanOrEqual(20_000);
    expect(starts.at(-1)! - t0).toBeLessThan(23_000);
  });

  it('a page that never stops: at most MAX_RUNS automatic runs per window, forever', async () => {
    const budget = new WorkBudget(() => Date.now());
    const starts: number[] = [];
    for (let t = 0; t < 3 * WINDOW_MS; t += 100) {
      budget.request(async () => void starts.push(Date.now()), 0);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(starts.length).toBeGreaterThan(MAX_RUNS);
    // In any window, no more than MAX_RUNS.
    for (let i = 0; i + MAX_RUNS < starts.length; i++) expect(starts[i + MAX_RUNS]! - starts[i]!).toBeGreaterThanOrEqual(WINDOW_MS);
  });

  it('automatic runs that cost too much main-thread time stop before the count does', async () => {
    const budget = new WorkBudget(() => Date.now());
    let runs = 0;
    const heavy = async () => {
      runs++;
      // Recorded as a step of 900 ms (the clock is fake: the step "takes" what the clock says).
      timed('extract', () => vi.advanceTimersByTime(900));
    };
    for (let i = 0; i < 20; i++) {
      budget.request(heavy, 0);
      await vi.advanceTimersByTimeAsync(MIN_GAP_MS + 10);
    }
    expect(runs).toBeLessThan(MAX_RUNS);
  });

  it("the reader's request waits its turn, shares the count, and keeps a reserve the page cannot spend", async () => {
    const budget = new WorkBudget(() => Date.now());
    let auto = 0;
    for (let i = 0; i < 10; i++) {
      budget.request(async () => void auto++, 0);
      await vi.advanceTimersByTimeAsync(MIN_GAP_MS + 10);
    }
    expect(auto).toBe(MAX_RUNS);
    const answer = budget.forReader(async () => 'analysed');
    await vi.advanceTimersByTimeAsync(MIN_GAP_MS + 10);
    await expect(answer).resolves.toBe('analysed');
  });
});
