/**
 * The CLI at corpus scale (issue 16): a manifest gives each page its URL, `--jobs` runs worker
 * threads and still prints in input order, a bad page costs one error line, no arguments is a usage error.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(__dirname, '../../..');
const TSX = path.join(root, 'node_modules/.bin/tsx');
const CLI = path.join(root, 'scripts/analyze.ts');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'byline-cli-corpus-'));
const SEED_URL = 'https://altaynews.kz/news/akim-elections';
copyFileSync(path.join(root, 'tests/fixtures/site/altaynews/akim-elections.html'), path.join(tmp, 'seed.html'));
copyFileSync(path.join(root, 'tests/fixtures/site/index.html'), path.join(tmp, 'home.html'));

async function analyze(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [CLI, ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const lines = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l));

describe('analyze over a corpus', () => {
  it('with no arguments prints the usage on stderr and exits non-zero', async () => {
    const { code, stdout, stderr } = await analyze([]);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^usage: npm run -s analyze/);
  }, 30_000);

  it('gives each page of a JSON-lines manifest its URL, relative to the manifest', async () => {
    const manifest = path.join(tmp, 'pages.jsonl');
    writeFileSync(manifest, [JSON.stringify({ file: 'seed.html', url: SEED_URL }), JSON.stringify({ file: 'home.html', url: 'https://altaynews.kz/' }), ''].join('\n'));
    const { code, stdout } = await analyze(['--manifest', manifest]);
    expect(code).toBe(0);
    const out = lines(stdout);
    expect(out.map((l) => [l.file, l.url, l.isArticle])).toEqual([
      ['seed.html', SEED_URL, true],
      ['home.html', 'https://altaynews.kz/', false],
    ]);
  }, 30_000);

  it('reads a TSV manifest with a header, and reports a bad line and a missing file in order without stopping', async () => {
    const manifest = path.join(tmp, 'pages.tsv');
    writeFileSync(manifest, ['file\turl', 'missing.html\thttps://example.com/a', `seed.html\t${SEED_URL}`, 'home.html\tjavascript:alert(1)', 'home.html\thttps://altaynews.kz/'].join('\n'));
    const { code, stdout, stderr } = await analyze(['--manifest', manifest]);
    expect(code).toBe(1);
    expect(lines(stdout).map((l) => [l.file, l.url])).toEqual([
      ['seed.html', SEED_URL],
      ['home.html', 'https://altaynews.kz/'],
    ]);
    const errors = stderr.trim().split('\n');
    expect(errors).toEqual([
      'error: missing.html: no such file',
      'error: home.html: url must be an http(s) URL, not javascript:',
    ]);
  }, 30_000);

  it('with --jobs 2 prints the same lines in the same order as --jobs 1', async () => {
    const manifest = path.join(tmp, 'many.jsonl');
    const entries = Array.from({ length: 8 }, (_, i) =>
      JSON.stringify(i % 2 ? { file: 'home.html', url: `https://altaynews.kz/?p=${i}` } : { file: 'seed.html', url: `${SEED_URL}?p=${i}` }),
    );
    writeFileSync(manifest, entries.join('\n'));
    const one = await analyze(['--manifest', manifest, '--jobs', '1']);
    const two = await analyze(['--manifest', manifest, '--jobs', '2']);
    expect(two.code).toBe(0);
    const strip = (l: { timings: unknown }) => ({ ...l, timings: null });
    expect(lines(two.stdout).map(strip)).toEqual(lines(one.stdout).map(strip));
    expect(lines(two.stdout).map((l) => l.url)).toEqual(Array.from({ length: 8 }, (_, i) => (i % 2 ? `https://altaynews.kz/?p=${i}` : `${SEED_URL}?p=${i}`)));
  }, 60_000);

  it('refuses a --jobs that is not a positive whole number', async () => {
    for (const jobs of ['0', '-1', '1.5', 'many']) {
      const { code, stderr } = await analyze([path.join(tmp, 'seed.html'), '--jobs', jobs]);
      expect(code).toBe(2);
      expect(stderr).toMatch(/--jobs/);
    }
  }, 60_000);
});
