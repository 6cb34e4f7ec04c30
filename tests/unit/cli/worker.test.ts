/**
 * `--jobs N` splits a page in two: a worker prepares it (read, parse, detect, extract) and the main
 * thread analyses the article; a worker falls back to whole pages when the main thread is behind.
 * Both ways must give the line `--jobs 1` gives, and a worker must answer in the order it was asked.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { finishTask, runTask } from '../../../scripts/cli/analyze-task';
import { prepareTask, type TaskMessage, type TaskResult } from '../../../scripts/cli/task';

const root = path.resolve(__dirname, '../../..');
const SEED = path.join(root, 'tests/fixtures/site/altaynews/akim-elections.html');
const task = (seq: number, stage: TaskMessage['stage'], file = SEED): TaskMessage => ({
  seq,
  label: `page-${seq}`,
  file,
  url: 'https://altaynews.kz/news/akim-elections',
  force: false,
  many: true,
  pretty: false,
  stage,
});
const withoutTimings = (line: string | undefined) => ({ ...JSON.parse(line!), timings: null });

describe('CLI tasks split between a worker and the main thread', () => {
  const worker = new Worker(new URL('../../../scripts/cli/worker-entry.mjs', import.meta.url));
  afterAll(() => worker.terminate());

  it('a prepared page, analysed apart, gives the whole task’s line', () => {
    const prepared = prepareTask(task(0, 'prepare'));
    expect(prepared.error).toBeUndefined();
    expect(prepared.prepared!.article.text.length).toBeGreaterThan(500);
    const whole = runTask(task(0, 'full'));
    expect(withoutTimings(finishTask(task(0, 'full'), prepared.prepared!).line)).toEqual(withoutTimings(whole.line));
  }, 30_000);

  it('a worker answers in order, a whole page first (loading the analysers) and prepared pages after it', async () => {
    const answers: TaskResult[] = [];
    const done = new Promise<void>((resolve) =>
      worker.on('message', (r: TaskResult) => {
        answers.push(r);
        if (answers.length === 3) resolve();
      }),
    );
    worker.postMessage(task(1, 'full'));
    worker.postMessage(task(2, 'prepare'));
    worker.postMessage(task(3, 'prepare', path.join(root, 'tests/fixtures/no-such-page.html')));
    await done;
    expect(answers.map((a) => a.seq)).toEqual([1, 2, 3]);
    expect(withoutTimings(answers[0]!.line)).toEqual(withoutTimings(runTask(task(1, 'full')).line));
    expect(answers[1]!.line).toBeUndefined();
    expect(answers[1]!.prepared!.article.title).toBe(prepareTask(task(2, 'prepare')).prepared!.article.title);
    expect(answers[2]!.error).toBe('no such file');
  }, 60_000);
});
