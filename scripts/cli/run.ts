/**
 * Runs the inputs through `jobs` workers (or the main thread when jobs is 1) and writes each
 * page's line to stdout in input order as soon as it and every page before it are done. At most
 * WINDOW_PER_JOB × jobs pages are in flight or waiting to be written, and stdout's back-pressure is
 * respected, so memory stays flat however many pages a manifest lists. A failed page gives one
 * `error:` line on stderr and the run goes on; a long run shows a progress line on stderr.
 */
import { Worker } from 'node:worker_threads';
import type { Input } from './manifest';
import type { TaskMessage, TaskResult } from './task';

/** Pages queued per worker: enough to keep every worker busy while an earlier slow page is awaited. */
const WINDOW_PER_JOB = 4;
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
  const executor = options.jobs > 1 ? new WorkerPool(options.jobs) : await inProcess();
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
        : executor.run({ seq, label: input.label, file: input.file, url: input.url, force: options.force, many: options.many, pretty: options.pretty });
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

/** The analysis in this thread; loaded only here, so with workers the main thread stays small. */
async function inProcess(): Promise<Executor> {
  const { runTask } = await import('./task');
  return {
    // Yields to the event loop between pages so stdout can drain and progress can print.
    run: (task) => new Promise((resolve) => setImmediate(() => resolve(runTask(task)))),
    close: async () => {},
  };
}

interface Slot {
  worker: Worker;
  current: { task: TaskMessage; resolve: (r: TaskResult) => void } | null;
}

/** `size` worker threads, each given the next waiting task when it answers; a crashed worker is replaced. */
class WorkerPool implements Executor {
  private readonly slots: Slot[] = [];
  private readonly waiting: { task: TaskMessage; resolve: (r: TaskResult) => void }[] = [];
  private closing = false;

  constructor(size: number) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
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
    const slot: Slot = { worker, current: null };
    worker.on('message', (result: TaskResult) => {
      const current = slot.current;
      slot.current = null;
      current?.resolve(result);
      this.dispatch();
    });
    const replace = (reason: string) => {
      if (this.closing) return;
      const current = slot.current;
      slot.current = null;
      current?.resolve({ seq: current.task.seq, error: `the analysis crashed (${reason})` });
      const index = this.slots.indexOf(slot);
      if (index !== -1) this.slots[index] = this.spawn();
      this.dispatch();
    };
    worker.on('error', (error) => replace(error instanceof Error ? error.message.split('\n')[0]! : String(error)));
    worker.on('exit', (code) => {
      if (slot.current) replace(`worker exited with code ${code}`);
    });
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.current || this.waiting.length === 0) continue;
      slot.current = this.waiting.shift()!;
      slot.worker.postMessage(slot.current.task);
    }
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
