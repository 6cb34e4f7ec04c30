/**
 * The inputs of a run, streamed: files from the command line, or a manifest read line by line so
 * 10,000 pages never sit in memory at once. A manifest line is JSON (`{"file": "a.html", "url":
 * "https://..."}`) or TSV (`a.html<TAB>https://...`, a `file<TAB>url` header is skipped); blank
 * lines and lines starting with # are skipped. A bad line becomes an input with an error, so the run
 * reports it in order and goes on.
 */
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { httpUrl, UsageError } from './args';

export interface Input {
  /** What the user wrote, for the output's `file`. */
  label: string;
  /** Absolute path. */
  file: string;
  url: string | null;
  /** Set when the manifest line itself is unusable. */
  error?: string;
}

export async function* manifestInputs(manifest: string): AsyncGenerator<Input> {
  const base = path.dirname(manifest);
  const lines = createInterface({ input: createReadStream(manifest, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const raw of lines) {
    n++;
    const line = n === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (n === 1 && /^file\t/i.test(line)) continue;
    yield parseLine(line, n, base);
  }
}

function parseLine(line: string, n: number, base: string): Input {
  const where = `manifest line ${n}`;
  let file: unknown;
  let url: unknown;
  if (line.trimStart().startsWith('{')) {
    try {
      ({ file, url } = JSON.parse(line) as { file?: unknown; url?: unknown });
    } catch {
      return failed(where, 'not valid JSON');
    }
  } else {
    [file, url] = line.split('\t').map((cell) => cell.trim());
  }
  if (typeof file !== 'string' || !file) return failed(where, 'no "file"');
  const input: Input = { label: file, file: path.resolve(base, file), url: null };
  if (url === undefined || url === null || url === '') return input;
  if (typeof url !== 'string') return { ...input, error: '"url" is not a string' };
  try {
    return { ...input, url: httpUrl(url, 'url') };
  } catch (error) {
    return { ...input, error: error instanceof UsageError ? error.message : String(error) };
  }
}

function failed(label: string, error: string): Input {
  return { label, file: '', url: null, error };
}
