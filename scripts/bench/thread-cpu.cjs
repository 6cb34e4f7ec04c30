/**
 * Preloaded into the CLI by the bench (NODE_OPTIONS=--require): CPU seconds of each thread, read from
 * /proc, so the split between the JS threads (main, workers) and V8's background threads (compiler,
 * GC) survives a loaded machine. Each JS thread notes its own thread id; the main thread samples every
 * thread's CPU (workers are gone by exit) and prints one `THREAD_CPU {json}` line on stderr at exit.
 */
const fs = require('node:fs');
const { isMainThread } = require('node:worker_threads');

const TICKS = 100; // USER_HZ on Linux
const tidsFile = process.env.BYLINE_THREAD_CPU;
const selfStat = (p) => {
  const s = fs.readFileSync(p, 'utf8');
  const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
  return { tid: Number(s.slice(0, s.indexOf(' '))), cpu: (Number(f[11]) + Number(f[12])) / TICKS };
};

if (tidsFile && process.argv.some((a) => a.endsWith('analyze.ts'))) {
  const main = selfStat('/proc/thread-self/stat').tid;
  const last = new Map();
  const sample = () => {
    for (const t of fs.readdirSync('/proc/self/task')) {
      try {
        const { tid, cpu } = selfStat(`/proc/self/task/${t}/stat`);
        last.set(tid, cpu);
      } catch {}
    }
  };
  setInterval(sample, 50).unref();
  process.on('exit', () => {
    sample();
    let workers = [];
    try {
      workers = fs.readFileSync(tidsFile, 'utf8').trim().split('\n').filter(Boolean).map(Number);
    } catch {}
    let total = 0;
    for (const v of last.values()) total += v;
    const mainCpu = last.get(main) ?? 0;
    const workerCpu = workers.map((t) => last.get(t) ?? 0);
    const background = total - mainCpu - workerCpu.reduce((a, b) => a + b, 0);
    const r = (x) => Math.round(x * 100) / 100;
    process.stderr.write(`THREAD_CPU ${JSON.stringify({ main: r(mainCpu), workers: workerCpu.map(r), background: r(background), total: r(total), threads: last.size })}\n`);
  });
} else if (tidsFile && !isMainThread) {
  fs.appendFileSync(tidsFile, `${selfStat('/proc/thread-self/stat').tid}\n`);
}
