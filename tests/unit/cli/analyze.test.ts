/** The CLI as a researcher uses it: real process, real files, JSON on stdout. */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(__dirname, '../../..');
const SEED_PAGE = path.join(root, 'tests/fixtures/site/altaynews/akim-elections.html');
const HOMEPAGE = path.join(root, 'tests/fixtures/site/index.html');

async function analyze(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'scripts/analyze.ts', ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'byline-cli-'));

describe('npm run analyze', () => {
  it('prints the analysis of the seed page', async () => {
    const { code, stdout } = await analyze(SEED_PAGE, '--url', 'https://altaynews.kz/news/akim-elections');
    expect(code).toBe(0);
    const analysis = JSON.parse(stdout);
    expect(analysis.isArticle).toBe(true);
    expect(analysis.article.title).toBe('Мажилисмен рассказал, что принесут стране выборы районных акимов');
    expect(analysis.article.byline).toBe('Маргарита Малышева');
    expect(analysis.article.published).toMatch(/^2023-11-05/);
    expect(analysis.article.language).toBe('ru');
    expect(analysis.article.text).toContain('Депутат Мажилиса Парламента РК Марат Башимов');
    expect(analysis.article.text).not.toContain('пасмурно');
  }, 30_000);

  it('prints one JSON line per file, in order, each with its file', async () => {
    const { code, stdout } = await analyze(SEED_PAGE, HOMEPAGE);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([SEED_PAGE, HOMEPAGE]);
    expect(lines.map((l) => l.isArticle)).toEqual([true, false]);
  }, 30_000);

  it('answers isArticle: false for empty and non-HTML files', async () => {
    const empty = path.join(tmp, 'empty.html');
    const binary = path.join(tmp, 'image.html');
    writeFileSync(empty, '');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0, 0, 0]));
    const { code, stdout } = await analyze(empty, binary);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n').map((l) => JSON.parse(l).isArticle)).toEqual([false, false]);
  }, 30_000);

  it('fails with a one-line message and a non-zero exit for a missing file', async () => {
    const { code, stdout, stderr } = await analyze(path.join(tmp, 'nope.html'));
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/nope\.html: no such file/);
  }, 30_000);
});
