/**
 * CLI throughput at corpus scale: the real `analyze --manifest` process over the dataset's pages
 * (each with its URL) with `--jobs 1` and `--jobs N`, against Mozilla Readability's single-thread
 * parse (linkedom parse + Readability.parse, in this process) on the same pages. Reports pages per
 * second, per core, the speed-up of N jobs over 1, and the CLI's peak resident memory, sampled with
 * its RSS at each quarter of the run (flat memory means the last quarters are not above the first).
 * Run it alone on the machine: `flock /tmp/byline-heavy.lock npm run bench:cli`.
 *
 *   npx tsx scripts/bench/cli.ts [dataset folder] [--jobs N] [--limit N] [--repeat R] [--long]
 *
 * --repeat lists every page R times in the manifest; --long runs only `--jobs N` (no --jobs 1, no
 * Readability): `--limit 500 --repeat 20 --long` is the 10,000-page memory check.
 *
 * Each thread's CPU is read from /proc inside the CLI (thread-cpu.cjs, preloaded): the JS threads
 * (main, workers, tsx's loader) apart from V8's background threads (TurboFan, GC). From them the bench
 * derives the speed-up 2 idle cores would give, which a loaded machine's wall clock cannot show:
 * `--jobs 1` takes its JS threads' CPU (its background threads run on the other core), `--jobs N` the
 * larger of all its CPU over the cores and its busiest JS thread.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { loadPages } from '../eval/pages';
import { datasetArg, flagValue, printFigures, printTable } from '../lib/report';

const THREAD_CPU_MARK = 'THREAD_CPU ';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const argv = process.argv.slice(2);
const dir = datasetArg(argv.filter((a, i) => !(argv[i - 1] ?? '').startsWith('--')), 'wcxb-dev');
const jobs = Number(flagValue(argv, 'jobs') ?? 2);
const limit = Number(flagValue(argv, 'limit') ?? Infinity);
const repeat = Number(flagValue(argv, 'repeat') ?? 1);
const long = argv.includes('--long');
const RSS_SAMPLE_MS = 100;
const GNU_TIME = '/usr/bin/time';
const RUSAGE_MARK = 'BENCH_RUSAGE';

interface CliRun {
  jobs: number;
  pages: number;
  errors: number;
  seconds: number;
  /** User + system CPU seconds of the whole process tree (null without /usr/bin/time). */
  cpuSeconds: number | null;
  pagesPerSecond: number;
  peakRssMb: number;
  /** Peak RSS within each quarter of the pages written. */
  rssByQuarterMb: number[];
  /** CPU seconds by thread, read in the CLI's node process (null when /proc is not there). */
  threads: ThreadCpu | null;
}

interface ThreadCpu {
  main: number;
  /** Worker threads, tsx's loader thread among them. */
  workers: number[];
  /** V8's compiler and GC threads, libuv's pool. */
  background: number;
  total: number;
}

function readRssKb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Runs the CLI as a user would (tsx, no npm banner), counting output lines and sampling RSS. */
function runCli(manifest: string, total: number, n: number): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const command = [path.join(root, 'node_modules/.bin/tsx'), path.join(root, 'scripts/analyze.ts'), '--manifest', manifest, '--jobs', String(n), '--quiet'];
    // GNU time reports the CPU of the process tree: on a shared machine, wall time alone says little.
    const timed = existsSync(GNU_TIME) ? [GNU_TIME, '-f', `${RUSAGE_MARK} %U %S`, ...command] : command;
    const threadIds = path.join(path.dirname(manifest), `thread-ids-${n}`);
    const env = {
      ...process.env,
      BYLINE_THREAD_CPU: threadIds,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${path.join(root, 'scripts/bench/thread-cpu.cjs')}`.trim(),
    };
    const child = spawn(timed[0]!, timed.slice(1), { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let cpuSeconds: number | null = null;
    let threads: ThreadCpu | null = null;
    let lines = 0;
    let errors = 0;
    const quarters = [0, 0, 0, 0];
    // tsx starts node as a child of its own: sample the whole process group's biggest member (the analyser).
    const sample = setInterval(() => {
      const rss = Math.max(readRssKb(child.pid!), ...childPids(child.pid!).map(readRssKb));
      const q = Math.min(3, Math.floor((4 * lines) / total));
      quarters[q] = Math.max(quarters[q]!, rss);
    }, RSS_SAMPLE_MS);
    child.stdout.on('data', (chunk: Buffer) => {
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    });
    // stderr arrives in arbitrary pieces (GNU time writes its line a few bytes at a time): split complete lines only.
    let partial = '';
    const readLine = (line: string) => {
      if (line.startsWith('error:')) errors++;
      if (line.startsWith(RUSAGE_MARK)) {
        const [user, system] = line.slice(RUSAGE_MARK.length).trim().split(' ').map(Number);
        cpuSeconds = user! + system!;
      }
      // tsx's own process prints one too (it does no work): keep the analysing process's.
      if (line.startsWith(THREAD_CPU_MARK)) {
        const reading = JSON.parse(line.slice(THREAD_CPU_MARK.length)) as ThreadCpu;
        if (!threads || reading.total > threads.total) threads = reading;
      }
    };
    child.stderr.on('data', (chunk: Buffer) => {
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop()!;
      lines.forEach(readLine);
    });
    child.stderr.on('end', () => readLine(partial));
    child.on('error', reject);
    child.on('close', () => {
      clearInterval(sample);
      const seconds = (performance.now() - t0) / 1000;
      resolve({
        jobs: n,
        pages: lines + errors,
        errors,
        seconds,
        cpuSeconds,
        pagesPerSecond: (lines + errors) / seconds,
        peakRssMb: Math.max(...quarters) / 1024,
        rssByQuarterMb: quarters.map((kb) => Math.round(kb / 1024)),
        threads,
      });
    });
  });
}

function childPids(pid: number): number[] {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    return children.flatMap((c) => [c, ...childPids(c)]);
  } catch {
    return [];
  }
}

/** Readability's pages per wall second and per CPU second, in this thread. */
function readabilityPagesPerSecond(pages: { html: string; url: string }[]): { wall: number; cpu: number } {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (const page of pages) {
    try {
      const { document } = parseHTML(page.html);
      new Readability(document as unknown as Document).parse();
    } catch {
      // a page Readability cannot handle still cost what it cost
    }
  }
  const cpu = process.cpuUsage(cpu0);
  return { wall: pages.length / ((performance.now() - t0) / 1000), cpu: pages.length / ((cpu.user + cpu.system) / 1e6) };
}

async function main(): Promise<void> {
  const pages = loadPages(dir).slice(0, limit);
  const work = mkdtempSync(path.join(os.tmpdir(), 'byline-bench-cli-'));
  const entries: string[] = [];
  for (const page of pages) {
    const file = path.join(work, `${page.id}.html`);
    writeFileSync(file, page.html);
    const url = /^https?:\/\//.test(page.url) ? page.url : null;
    entries.push(JSON.stringify({ file, url }));
  }
  const manifest = path.join(work, 'pages.jsonl');
  writeFileSync(manifest, Array.from({ length: repeat }, () => entries.join('\n')).join('\n') + '\n');
  const total = entries.length * repeat;

  // Readability first (warm-up pass on a few pages, then the timed pass), in this process, one thread.
  const perCpu = (r: CliRun) => (r.cpuSeconds ? r.pages / r.cpuSeconds : null);
  const row = (name: string, r: CliRun) => [name, r.pages, r.errors, r.seconds, r.cpuSeconds, r.pagesPerSecond, r.pagesPerSecond / r.jobs, perCpu(r), r.peakRssMb, r.rssByQuarterMb.join(' / ')];
  const header = ['run', 'pages', 'errors', 'seconds', 'CPU s', 'pages/s', 'pages/s/core', 'pages/CPU s', 'peak RSS MB', 'RSS by quarter MB'];
  const load0 = os.loadavg()[0]!;
  console.log(`CLI throughput on ${pages.length} pages × ${repeat} (${dir}), ${os.availableParallelism()} cores\n`);
  if (long) {
    const run = await runCli(manifest, total, jobs);
    rmSync(work, { recursive: true, force: true });
    printTable(header, [row(`--jobs ${jobs}`, run)]);
    printFigures({ pages: pages.length, repeat, cores: os.availableParallelism(), [`jobs${jobs}`]: round(run) });
    return;
  }
  readabilityPagesPerSecond(pages.slice(0, 20));
  const readability = readabilityPagesPerSecond(pages);
  const one = await runCli(manifest, total, 1);
  const many = await runCli(manifest, total, jobs);
  rmSync(work, { recursive: true, force: true });

  printTable(header, [
    row('--jobs 1', one),
    row(`--jobs ${jobs}`, many),
    ['Readability parse (1 thread)', pages.length, null, pages.length / readability.wall, pages.length / readability.cpu, readability.wall, readability.wall, readability.cpu, null, null],
  ]);
  const speedup = many.pagesPerSecond / one.pagesPerSecond;
  const expected = expectedSpeedup(one, many, jobs);
  // --jobs 1 already keeps more than one core busy (V8's GC and compiler threads): cores used = CPU s / wall s.
  const coresUsed = (r: CliRun) => (r.cpuSeconds ? r.cpuSeconds / r.seconds : null);
  const cpuPerPageRatio = one.cpuSeconds && many.cpuSeconds ? many.cpuSeconds / one.cpuSeconds : null;
  const load = [load0, os.loadavg()[0]!].map((x) => x.toFixed(1)).join(' → ');
  console.log(`\nspeed-up of --jobs ${jobs} over --jobs 1: ${speedup.toFixed(2)}× wall clock (bar: ≥ 1.7× with --jobs 2 on 2 cores)`);
  if (cpuPerPageRatio) {
    console.log(`cores kept busy: --jobs 1 ${coresUsed(one)!.toFixed(2)}, --jobs ${jobs} ${coresUsed(many)!.toFixed(2)}; CPU for the same pages, --jobs ${jobs} / --jobs 1: ${cpuPerPageRatio.toFixed(2)}×`);
  }
  console.log(`machine load average (1 min) during the runs: ${load}`);
  if (expected) {
    const share = (r: CliRun) => `${((100 * r.threads!.background) / (r.threads!.total - r.threads!.background)).toFixed(0)}%`;
    console.log(`CPU by thread (s): --jobs 1 ${describeThreads(one.threads!)}; --jobs ${jobs} ${describeThreads(many.threads!)}`);
    console.log(`background threads' CPU per JS-thread CPU: --jobs 1 ${share(one)}, --jobs ${jobs} ${share(many)}`);
    console.log(`speed-up expected on ${jobs} idle cores from CPU by thread: ${expected.toFixed(2)}×`);
  }
  console.log('CLI times include process start-up, reading and decoding each file, detection, extraction and the full analysis;');
  console.log('Readability is its parse alone on pages already in memory.');
  printFigures({
    pages: pages.length,
    repeat,
    cores: os.availableParallelism(),
    jobs1: round(one),
    [`jobs${jobs}`]: round(many),
    speedup: Number(speedup.toFixed(3)),
    expectedSpeedupFromCpu: expected === null ? null : Number(expected.toFixed(3)),
    coresUsedJobs1: coresUsed(one) === null ? null : Number(coresUsed(one)!.toFixed(2)),
    [`coresUsedJobs${jobs}`]: coresUsed(many) === null ? null : Number(coresUsed(many)!.toFixed(2)),
    cpuPerPageRatio: cpuPerPageRatio === null ? null : Number(cpuPerPageRatio.toFixed(3)),
    loadAverage: load,
    readabilityPagesPerSecond: Number(readability.wall.toFixed(2)),
    readabilityPagesPerCpuSecond: Number(readability.cpu.toFixed(2)),
    perCoreVsReadability: Number((many.pagesPerSecond / many.jobs / readability.wall).toFixed(3)),
    perCpuSecondVsReadability: many.cpuSeconds === null ? null : Number((many.pages / many.cpuSeconds / readability.cpu).toFixed(3)),
  });
}

/**
 * The speed-up `--jobs N` would show on N idle cores, from each thread's CPU: `--jobs 1` is as long as
 * its JS threads (main and tsx's loader, one after the other; V8's background threads run beside them
 * on a free core), `--jobs N` as long as the larger of all its CPU spread over N cores and its busiest
 * JS thread. Idle waits are not counted, so this is the bound a perfect schedule reaches.
 */
function expectedSpeedup(one: CliRun, many: CliRun, cores: number): number | null {
  if (!one.threads || !many.threads) return null;
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const oneWall = one.threads.main + sum(one.threads.workers);
  const manyWall = Math.max(many.threads.total / cores, many.threads.main, ...many.threads.workers);
  return oneWall / manyWall;
}

function describeThreads(t: ThreadCpu): string {
  return `main ${t.main.toFixed(1)}, other JS ${t.workers.map((w) => w.toFixed(1)).join('+')}, background ${t.background.toFixed(1)}, total ${t.total.toFixed(1)}`;
}

function round(r: CliRun): Record<string, unknown> {
  return {
    pages: r.pages,
    errors: r.errors,
    seconds: Number(r.seconds.toFixed(2)),
    cpuSeconds: r.cpuSeconds === null ? null : Number(r.cpuSeconds.toFixed(2)),
    pagesPerSecond: Number(r.pagesPerSecond.toFixed(2)),
    peakRssMb: Math.round(r.peakRssMb),
    rssByQuarterMb: r.rssByQuarterMb,
    cpuByThread: r.threads,
  };
}

void main();
