/**
 * Runs the inputs through `jobs` threads (the main thread and jobs - 1 workers) and writes each
 * page's line to stdout in input order as soon as it and every page before it are done. At most
 * WINDOW_PER_JOB × jobs pages are in flight or waiting to be written, and stdout's back-pressure is
 * respected, so memory stays flat however many pages a manifest lists. A failed page gives one
 * `error:` line on stderr and the run goes on; a long run shows a progress line on stderr.
 */
import { Worker } from 'node:worker_threads';
import type { Input } from './manifest';
import type { PreparedPage } from './prepare';
import type { TaskMessage, TaskResult } from './task';

/**
 * Pages in flight per job: enough to keep every thread busy while an earlier slow page is awaited
 * (output is in input order). At 4 the main thread of `--jobs 2` sat idle ~1.5% of the run behind a slow
 * page in the worker; at 16, next to none.
 */
const WINDOW_PER_JOB = 16;
const PROGRESS_EVERY_MS = 5000;

export interface RunOptions {
  jobs: number;
  force: boolean;
  many: boolean;
  pretty: boolean;
  progress: boolean;
}

export interface RunSummary {
  pages: number;
  failures: number;
}

interface Executor {
  run(task: TaskMessage): Promise<TaskResult>;
  close(): Promise<void>;
}

export async function runAll(inputs: AsyncIterable<Input> | Iterable<Input>, options: RunOptions): Promise<RunSummary> {
  const executor = await executorFor(options.jobs);
  const window = Math.max(1, options.jobs * WINDOW_PER_JOB);
  const queue: { label: string; result: Promise<TaskResult> }[] = [];
  const progress = new Progress(options.progress);
  const summary: RunSummary = { pages: 0, failures: 0 };

  const flushOne = async () => {
    const { label, result } = queue.shift()!;
    const outcome = await result;
    summary.pages++;
    if (outcome.line !== undefined) await write(outcome.line);
    else {
      summary.failures++;
      process.stderr.write(`error: ${label}: ${outcome.error}\n`);
    }
    progress.tick(summary);
  };

  let seq = 0;
  try {
    for await (const input of inputs) {
      const result: Promise<TaskResult> = input.error
        ? Promise.resolve({ seq, error: input.error })
        : executor.run({ seq, label: input.label, file: input.file, url: input.url, force: options.force, many: options.many, pretty: options.pretty, stage: 'full' });
      queue.push({ label: input.label, result });
      seq++;
      while (queue.length >= window) await flushOne();
    }
    while (queue.length > 0) await flushOne();
  } finally {
    await executor.close();
    progress.done(summary);
  }
  return summary;
}

/** Writes to stdout, waiting for 'drain' when its buffer is full. */
function write(line: string): Promise<void> {
  if (process.stdout.write(line)) return Promise.resolve();
  return new Promise((resolve) => process.stdout.once('drain', resolve));
}

/** The main thread alone for one job (yielding between pages so stdout can drain), else a pool with workers. */
async function executorFor(jobs: number): Promise<Executor> {
  const { runTask, finishTask } = await import('./analyze-task');
  if (jobs > 1) return new WorkerPool(jobs - 1, runTask, finishTask);
  return {
    run: (task) => new Promise((resolve) => setImmediate(() => resolve(runTask(task)))),
    close: async () => {},
  };
}

interface Job {
  task: TaskMessage;
  resolve: (r: TaskResult) => void;
}

interface Slot {
  worker: Worker;
  /** Tasks sent to this worker, the running one first. */
  sent: Job[];
}

/** Tasks queued in a worker ahead of the one it runs, so it never waits while the main thread analyses a page. */
const PREFETCH = 2;
/**
 * Prepared pages waiting for the main thread, per job, from which workers are sent whole pages: the
 * main thread analyses what the workers prepare, and with many workers (or plain-text inputs, which
 * take little preparing) it cannot keep up.
 */
const FULL_PAGES_BACKLOG = 2;
/** …for this many analyses in a row (after a slow whole page of its own the main thread catches up). */
const FULL_PAGES_AFTER = 8;

/**
 * `jobs` analyses at once: `jobs - 1` worker threads and the main thread itself. One isolate fewer
 * than `jobs` workers: less start-up, warm-up and memory for the same number of cores. Workers read,
 * parse, detect and extract; the main thread analyses their articles and, when none waits, takes a
 * whole page of its own. So the analysers are loaded and optimised once, in the main thread, not in
 * every isolate (V8 compiles each isolate's code apart, and on a run of a few thousand pages that
 * warm-up is a good share of the CPU). A crashed worker is replaced; its running page fails with one
 * error line and the pages queued behind it are handed out again.
 */
class WorkerPool implements Executor {
  private readonly slots: Slot[] = [];
  private readonly waiting: Job[] = [];
  /** Pages a worker prepared, for the main thread to analyse. */
  private readonly prepared: { job: Job; page: PreparedPage }[] = [];
  /** Analyses in a row that the main thread ended with the backlog still long. */
  private behind = 0;
  private mainBusy = false;
  private closing = false;

  constructor(
    workers: number,
    private readonly runHere: (task: TaskMessage) => TaskResult,
    private readonly finishHere: (task: TaskMessage, page: PreparedPage) => TaskResult,
  ) {
    for (let i = 0; i < workers; i++) this.slots.push(this.spawn());
  }

  run(task: TaskMessage): Promise<TaskResult> {
    return new Promise((resolve) => {
      this.waiting.push({ task, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url));
    const slot: Slot = { worker, sent: [] };
    worker.on('message', (result: TaskResult) => {
      const job = slot.sent.shift();
      if (job && result.prepared) this.prepared.push({ job, page: result.prepared });
      else job?.resolve(result);
      this.dispatch();
    });
    const replace = (reason: string) => {
      if (this.closing) return;
      const [running, ...queued] = slot.sent;
      slot.sent = [];
      running?.resolve({ seq: running.task.seq, error: `the analysis crashed (${reason})` });
      this.waiting.unshift(...queued);
      const index = this.slots.indexOf(slot);
      if (index !== -1) this.slots[index] = this.spawn();
      this.dispatch();
    };
    worker.on('error', (error) => replace(error instanceof Error ? error.message.split('\n')[0]! : String(error)));
    worker.on('exit', (code) => {
      if (slot.sent.length > 0) replace(`worker exited with code ${code}`);
    });
    return slot;
  }

  private dispatch(): void {
    const stage = this.behind >= FULL_PAGES_AFTER ? 'full' : 'prepare';
    for (const slot of this.slots) {
      while (slot.sent.length < PREFETCH && this.waiting.length > 0) {
        const job = this.waiting.shift()!;
        job.task = { ...job.task, stage };
        slot.sent.push(job);
        slot.worker.postMessage(job.task);
      }
    }
    if (this.mainBusy || (this.waiting.length === 0 && this.prepared.length === 0)) return;
    this.mainBusy = true;
    // Analyse one prepared page here (else run a whole page) after pending messages are handled, then look for more work.
    setImmediate(() => {
      const ready = this.prepared.shift();
      if (ready) {
        ready.job.resolve(this.finishHere(ready.job.task, ready.page));
        this.behind = this.prepared.length >= FULL_PAGES_BACKLOG * (this.slots.length + 1) ? this.behind + 1 : 0;
      } else {
        const job = this.waiting.shift();
        if (job) job.resolve(this.runHere({ ...job.task, stage: 'full' }));
      }
      this.mainBusy = false;
      this.dispatch();
    });
  }
}

/** A progress line on stderr every few seconds once a run takes that long: pages done, failures, rate. */
class Progress {
  private readonly start = performance.now();
  private last = this.start;
  private shown = false;

  constructor(private readonly enabled: boolean) {}

  tick(summary: RunSummary): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (now - this.last < PROGRESS_EVERY_MS) return;
    this.last = now;
    this.shown = true;
    process.stderr.write(this.line(summary, now) + (process.stderr.isTTY ? '\r' : '\n'));
  }

  done(summary: RunSummary): void {
    if (this.shown) process.stderr.write(this.line(summary, performance.now()) + ', done\n');
  }

  private line(summary: RunSummary, now: number): string {
    const seconds = (now - this.start) / 1000;
    const rate = summary.pages / Math.max(seconds, 1e-3);
    return `progress: ${summary.pages} pages, ${summary.failures} errors, ${rate.toFixed(1)} pages/s, ${Math.round(seconds)} s`;
  }
}
