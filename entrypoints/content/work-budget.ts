/**
 * One rate limit and one work budget per tab, shared by everything that makes Byline look at the page
 * again: a route change (a page can call `history.replaceState` every 50 ms), the DOM watcher, the late
 * checks, and the reader's "analyse anyway". Whatever the page does, full runs are at least MIN_GAP_MS
 * apart, at most MAX_RUNS per WINDOW_MS, and the main-thread time they cost is capped per window too.
 * Automatic triggers are coalesced (the latest wins) and wait their turn; past the budget they wait for
 * the window to free up. The reader keeps a small reserve of runs the page cannot spend.
 */
import { markEvent, spentMs } from './timing';

/** Two full runs never start closer than this. */
export const MIN_GAP_MS = 2000;
/** The budget's window. */
export const WINDOW_MS = 60_000;
/** Automatic runs per window (a busy SPA: a route change every ten seconds is fine). */
export const MAX_RUNS = 6;
/** Runs the reader can still ask for when the page has spent the automatic ones. */
const READER_RESERVE = 3;
/** Main-thread time (ms, Byline's own steps) automatic runs may cost per window. */
export const MAX_WORK_MS = 2000;
/** A route change waits for this much quiet (frameworks render in bursts)… */
const QUIET_MS = 600;
/**
 * …but not longer than this after the first change it answers (a page that never goes quiet still gets
 * looked at); doubled after each such forced run, so a storm of changes gets fewer and fewer, and the
 * run that matters comes once it is over.
 */
const MAX_WAIT_MS = 3000;
const MAX_WAIT_DOUBLINGS = 4;

export class BudgetSpent extends Error {
  constructor(readonly retryInMs: number) {
    super(`Byline has done all the work it allows itself on this page for now: try again in ${Math.ceil(retryInMs / 1000)} s.`);
  }
}

export class WorkBudget {
  /** Start time and main-thread cost of each run in the window. */
  private runs: { at: number; ms: number; reader: boolean }[] = [];
  private lastStart = -Infinity;
  private running: Promise<unknown> | null = null;
  private timer = 0;
  private firstAsked = 0;
  private pending: (() => Promise<void>) | null = null;
  private lastAsked = 0;
  private quietWanted = 0;
  /** Automatic runs in a row that were forced by the max wait (the page never went quiet). */
  private forcedStreak = 0;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** How long until an automatic (or the reader's) run may start (always finite: the window frees up). */
  private waitFor(reader: boolean): number {
    const now = this.now();
    this.runs = this.runs.filter((r) => now - r.at < WINDOW_MS);
    const gap = Math.max(0, this.lastStart + MIN_GAP_MS - now);
    const auto = this.runs.filter((r) => !r.reader);
    const count = reader ? this.runs.length : auto.length;
    const limit = reader ? MAX_RUNS + READER_RESERVE : MAX_RUNS;
    const work = auto.reduce((sum, r) => sum + r.ms, 0);
    const spent = count >= limit || (!reader && work >= MAX_WORK_MS);
    // Spent: wait until the oldest run leaves the window.
    const free = spent ? Math.max(0, (this.runs[0]?.at ?? now) + WINDOW_MS - now) : 0;
    return Math.max(gap, free);
  }

  /** Runs `work` now, charging it to the budget (callers check first). */
  private async charge(reader: boolean, work: () => Promise<void>): Promise<void> {
    const start = this.now();
    const before = spentMs();
    this.lastStart = start;
    const entry = { at: start, ms: 0, reader };
    this.runs.push(entry);
    const done = work().finally(() => {
      entry.ms = spentMs() - before;
      this.running = null;
    });
    this.running = done;
    await done;
  }

  /**
   * An automatic full run (first look, route change, late check): coalesced with any other still waiting
   * (the latest wins), started after a short quiet period and when the budget allows.
   */
  request(work: () => Promise<void>, quietMs = QUIET_MS): void {
    this.pending = work;
    const now = this.now();
    this.firstAsked ||= now;
    this.lastAsked = now;
    this.quietWanted = quietMs;
    const maxWait = MAX_WAIT_MS * 2 ** Math.min(this.forcedStreak, MAX_WAIT_DOUBLINGS);
    this.arm(Math.min(quietMs, Math.max(0, this.firstAsked + maxWait - now)));
  }

  private arm(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.fire(), delay) as unknown as number;
  }

  private async fire(): Promise<void> {
    this.timer = 0;
    if (!this.pending) return;
    if (this.running) {
      await this.running.catch(() => undefined);
      return this.arm(0);
    }
    const wait = this.waitFor(false);
    if (wait > 0) {
      if (wait > MIN_GAP_MS) markEvent('budget-wait');
      return this.arm(wait);
    }
    const work = this.pending;
    const forced = this.now() - this.lastAsked < this.quietWanted - 1;
    this.forcedStreak = forced ? this.forcedStreak + 1 : 0;
    this.pending = null;
    this.firstAsked = 0;
    await this.charge(false, work).catch(() => undefined);
  }

  /** Drops an automatic run still waiting (the page moved on; a new request will follow). */
  cancel(): void {
    this.pending = null;
    this.firstAsked = 0;
    if (this.timer) clearTimeout(this.timer);
    this.timer = 0;
  }

  /**
   * The DOM watcher's reaction (already debounced and bounded by the watcher): waits for the run in progress
   * and for the budget, then runs. The watcher waits for it, so it never holds more than one.
   */
  async whenAllowed(work: () => Promise<void>): Promise<void> {
    for (;;) {
      if (this.running) await this.running.catch(() => undefined);
      const wait = this.waitFor(false);
      if (wait === 0 && !this.running) break;
      if (wait > MIN_GAP_MS) markEvent('budget-wait');
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
    await this.charge(false, work);
  }

  /**
   * The reader asked (from the popup): waits for the run in progress and the gap, then runs, unless even
   * the reader's reserve is spent (BudgetSpent, with when to try again).
   */
  async forReader<T>(work: () => Promise<T>): Promise<T> {
    for (;;) {
      if (this.running) await this.running.catch(() => undefined);
      const wait = this.waitFor(true);
      if (wait > MIN_GAP_MS) throw new BudgetSpent(wait);
      if (wait === 0 && !this.running) break;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
    let result: T | undefined;
    await this.charge(true, async () => {
      result = await work();
    });
    return result as T;
  }
}
