/** A task's output line: the prepared page analysed and printed (the whole page for a `full` task). */
import { analyzePrepared } from './page';
import type { PreparedPage } from './prepare';
import { describeError, prepareTask, type TaskMessage, type TaskResult } from './task';

export function runTask(task: TaskMessage): TaskResult {
  const result = prepareTask(task);
  return result.prepared ? finishTask(task, result.prepared) : result;
}

export function finishTask(task: TaskMessage, prepared: PreparedPage): TaskResult {
  try {
    const analysis = analyzePrepared(prepared);
    // `url` is the URL the page was judged with (the article's own canonical URL may differ).
    const out = task.many ? { file: task.label, url: task.url, ...analysis } : analysis;
    return { seq: task.seq, line: JSON.stringify(out, null, task.pretty ? 2 : undefined) + '\n' };
  } catch (error) {
    return { seq: task.seq, error: describeError(error) };
  }
}
