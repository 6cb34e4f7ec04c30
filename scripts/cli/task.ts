/**
 * One unit of work as sent to a worker (or run in the main thread with `--jobs 1`): the page and how
 * to print it. A `full` task is answered with the finished output line, so the main thread only
 * writes strings; a `prepare` task with the page's article text, which the main thread analyses
 * (`analyze-task.ts`). This module loads the page layer only: a worker that prepares never loads the analysers.
 */
import { PageError, preparePage, type PreparedPage } from './prepare';

export interface TaskMessage {
  seq: number;
  label: string;
  file: string;
  url: string | null;
  force: boolean;
  /** Several pages: one compact line with `file` and `url`; one page: the Analysis alone. */
  many: boolean;
  pretty: boolean;
  /** `prepare`: read, parse, detect and extract only; `full`: the output line. */
  stage: 'prepare' | 'full';
}

export interface TaskResult {
  seq: number;
  line?: string;
  error?: string;
  /** The answer to a `prepare` task. */
  prepared?: PreparedPage;
}

export function prepareTask(task: TaskMessage): TaskResult {
  try {
    return { seq: task.seq, prepared: preparePage({ file: task.file, url: task.url, force: task.force }) };
  } catch (error) {
    return { seq: task.seq, error: describeError(error) };
  }
}

export function describeError(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EACCES') return 'permission denied';
    if (code === 'EISDIR') return 'is a directory';
  }
  if (error instanceof PageError) return error.message;
  if (error instanceof RangeError && /call stack/i.test(error.message)) return 'the page is too deeply nested to analyse';
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
