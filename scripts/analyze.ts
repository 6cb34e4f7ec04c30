/**
 * The command-line analyser: saved page(s) in, Analysis JSON out, with the same lib/ code the
 * extension runs. One file: pretty JSON. Several files or a manifest: one JSON object per line,
 * each with `file`, in input order. Run it as `npm run -s analyze -- ...` (without -s npm prints
 * a banner on stdout). See `USAGE` in cli/args.ts and the README's CLI section.
 */
import './cli/v8-flags';
import { manifestInputs, type Input } from './cli/manifest';
import { parseArgs, USAGE, userDirectory, UsageError, type CliOptions } from './cli/args';
import { runAll } from './cli/run';

async function main(argv: string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(argv, userDirectory());
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`error: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (options.files.length === 0 && !options.manifest) {
    process.stderr.write(USAGE + '\n');
    return 2;
  }
  const inputs: AsyncIterable<Input> | Iterable<Input> = options.manifest
    ? manifestInputs(options.manifest)
    : options.files.map(({ label, file }) => ({ label, file, url: options.url }));
  const many = Boolean(options.manifest) || options.files.length > 1;
  try {
    const summary = await runAll(inputs, {
      jobs: options.jobs,
      force: options.force,
      many,
      pretty: !many && !options.compact,
      progress: many && !options.quiet,
    });
    return summary.failures > 0 ? 1 : 0;
  } catch (error) {
    // Only the manifest itself can fail here (missing or unreadable): pages fail one by one inside runAll.
    process.stderr.write(`error: ${describeRunError(error)}\n`);
    return 1;
  }
}

function describeRunError(error: unknown): string {
  const code = (error as { code?: string; path?: string } | null)?.code;
  const file = (error as { path?: string } | null)?.path ?? '';
  if (code === 'ENOENT') return `${file}: no such file`;
  if (code === 'EISDIR') return `${file}: is a directory`;
  return error instanceof Error ? error.message : String(error);
}

// `analyze ... | head` closes stdout early: stop quietly instead of a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
