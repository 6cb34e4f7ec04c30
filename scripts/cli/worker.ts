/**
 * A worker thread of `analyze --jobs N`: answers the tasks it is sent one at a time, in order. It loads
 * the analysers only when it is first sent a `full` task (the main thread analyses prepared pages).
 */
import { parentPort } from 'node:worker_threads';
import { prepareTask, type TaskMessage, type TaskResult } from './task';

let runFull: ((task: TaskMessage) => TaskResult) | null = null;
let last: Promise<void> = Promise.resolve();

parentPort?.on('message', (task: TaskMessage) => {
  // Answers must leave in the order tasks came (the pool matches them so): chain each behind the last.
  last = last.then(async () => {
    if (task.stage === 'prepare') return parentPort!.postMessage(prepareTask(task));
    runFull ??= (await import('./analyze-task')).runTask;
    parentPort!.postMessage(runFull(task));
  });
});
