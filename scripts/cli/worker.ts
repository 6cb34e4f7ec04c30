/** A worker thread of `analyze --jobs N`: analyses the pages it is sent, one at a time, and answers each with its JSON line. */
import { parentPort } from 'node:worker_threads';
import { runTask, type TaskMessage } from './task';

parentPort?.on('message', (message: TaskMessage) => {
  parentPort!.postMessage(runTask(message));
});
