/**
 * One unit of work as sent to a worker (or run in the main thread with `--jobs 1`): the page and how
 * to print it. The answer is the finished output line, so the main thread only writes strings.
 */
import { analyzePage, PageError } from './page';

export interface TaskMessage {
  seq: number;
  label: string;
  file: string;
  url: string | null;
  force: boolean;
  /** Several pages: one compact line with `file` and `url`; one page: the Analysis alone. */
  many: boolean;
  pretty: boolean;
}

export interface TaskResult {
  seq: number;
  line?: string;
  error?: string;
}

export function runTask(task: TaskMessage): TaskResult {
  try {
    const analysis = analyzePage({ file: task.file, url: task.url, force: task.force });
    // `url` is the URL the page was judged with (the article's own canonical URL may differ).
    const out = task.many ? { file: task.label, url: task.url, ...analysis } : analysis;
    return { seq: task.seq, line: JSON.stringify(out, null, task.pretty ? 2 : undefined) + '\n' };
  } catch (error) {
    return { seq: task.seq, error: describe(error) };
  }
}

function describe(error: unknown): string {
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
