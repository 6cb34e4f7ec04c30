/**
 * The CLI's arguments, checked before any page is read: a wrong flag, a flag without its value,
 * or a non-http(s) `--url` is a usage error (exit 2), never silently ignored. Relative paths are
 * taken from the directory the user ran the command in (npm runs scripts from the package root
 * and passes that directory as INIT_CWD).
 */
import path from 'node:path';

export const USAGE = `usage: npm run -s analyze -- <page.html|page.txt|page.html.gz> [more files] [options]
       npm run -s analyze -- --manifest pages.jsonl|pages.tsv [options]

options:
  --url <http(s) url>   the original URL of the page (one file only)
  --manifest <file>     one page per line: JSON {"file": ..., "url": ...} or TSV "file<TAB>url";
                        relative files are taken from the manifest's folder
  --jobs <n>            pages analysed at once: the main thread and n-1 worker threads (default 1)
  --force               analyse pages that are not detected as articles
  --compact             one JSON line even for a single file
  --quiet               no progress line on stderr`;

export interface CliOptions {
  /** As typed (for the output's `file`) and resolved. */
  files: { label: string; file: string }[];
  manifest: string | null;
  url: string | null;
  jobs: number;
  force: boolean;
  compact: boolean;
  quiet: boolean;
  help: boolean;
}

export class UsageError extends Error {}

const VALUE_FLAGS = ['url', 'manifest', 'jobs'] as const;
const SWITCHES = ['force', 'compact', 'quiet', 'help'] as const;
/** More threads than this only adds memory: the work is CPU-bound. */
const MAX_JOBS = 64;

/** The directory relative paths are resolved from. */
export function userDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return env.INIT_CWD && path.isAbsolute(env.INIT_CWD) ? env.INIT_CWD : process.cwd();
}

/** An http(s) URL, or a UsageError naming what was given. */
export function httpUrl(value: string, what: string): string {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new UsageError(`${what} is not a URL: ${JSON.stringify(value.slice(0, 200))}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new UsageError(`${what} must be an http(s) URL, not ${parsed.protocol}`);
  }
  return parsed.href;
}

export function parseArgs(argv: string[], cwd: string): CliOptions {
  const values: Partial<Record<(typeof VALUE_FLAGS)[number], string>> = {};
  const switches = new Set<string>();
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      files.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if ((VALUE_FLAGS as readonly string[]).includes(name)) {
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined || value === '' || (eq === -1 && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
      values[name as (typeof VALUE_FLAGS)[number]] = value;
    } else if ((SWITCHES as readonly string[]).includes(name) && eq === -1) {
      switches.add(name);
    } else {
      throw new UsageError(`unknown option ${arg}`);
    }
  }
  const jobs = values.jobs === undefined ? 1 : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS) throw new UsageError(`--jobs must be a whole number from 1 to ${MAX_JOBS}`);
  const url = values.url === undefined ? null : httpUrl(values.url, '--url');
  const manifest = values.manifest === undefined ? null : path.resolve(cwd, values.manifest);
  if (url && (files.length !== 1 || manifest)) throw new UsageError('--url applies to one file; give each page its URL in a --manifest');
  if (manifest && files.length > 0) throw new UsageError('give files or --manifest, not both');
  return {
    files: files.map((label) => ({ label, file: path.resolve(cwd, label) })),
    manifest,
    url,
    jobs,
    force: switches.has('force'),
    compact: switches.has('compact'),
    quiet: switches.has('quiet'),
    help: switches.has('help'),
  };
}
