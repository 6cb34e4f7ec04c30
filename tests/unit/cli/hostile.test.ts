/**
 * Issue 18, attacks 11-14: hostile and odd input to the CLI, each run through the real process.
 * The pages are made here from the seed fixture (a Russian article, tests/fixtures/site/altaynews).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../../scripts/cli/page';

const run = promisify(execFile);
const root = path.resolve(__dirname, '../../..');
const TSX = path.join(root, 'node_modules/.bin/tsx');
const CLI = path.join(root, 'scripts/analyze.ts');
const SEED = readFileSync(path.join(root, 'tests/fixtures/site/altaynews/akim-elections.html'), 'utf8');
const SEED_SENTENCE = 'Депутат Мажилиса Парламента РК Марат Башимов';
const tmp = mkdtempSync(path.join(os.tmpdir(), 'byline-cli-hostile-'));

interface Result {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

async function analyze(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Result> {
  const t0 = performance.now();
  try {
    const { stdout, stderr } = await run(TSX, [CLI, ...args], {
      cwd: options.cwd ?? root,
      env: { ...process.env, ...options.env },
      maxBuffer: 256 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr, ms: performance.now() - t0 };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr, ms: performance.now() - t0 };
  }
}

function file(name: string, content: string | Uint8Array): string {
  const p = path.join(tmp, name);
  writeFileSync(p, content);
  return p;
}

/** Encodes text in a single-byte encoding, from the decoder's own table (Node has no such encoder). */
function encodeSingleByte(text: string, encoding: string): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return Uint8Array.from([...text].map((ch) => table.get(ch) ?? 0x3f));
}

function utf16(text: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const le = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le');
  if (endian === 'le') return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return be;
}

const withoutCharset = SEED.replace(/<meta charset="utf-8">/i, '');

describe('attack 11: decodes like a browser', () => {
  it.each(['windows-1251', 'koi8-r'])('sniffs %s without a charset declaration, and says so', async (encoding) => {
    const page = file(`sniff-${encoding}.html`, encodeSingleByte(withoutCharset, encoding));
    const { code, stdout } = await analyze([page, '--url', 'https://altaynews.kz/a']);
    expect(code).toBe(0);
    const analysis = JSON.parse(stdout);
    expect(analysis.isArticle).toBe(true);
    expect(analysis.article.text).toContain(SEED_SENTENCE);
    expect(analysis.article.language).toBe('ru');
    expect(analysis.notes.join(' ')).toContain(`Decoded as ${encoding}`);
  }, 30_000);

  it('reads a <meta charset> placed after the first 2 kB of the head', async () => {
    const padded = withoutCharset.replace('<head>', `<head>\n<!-- ${'x'.repeat(4000)} -->\n<meta charset="windows-1251">`);
    expect(padded.indexOf('charset="windows-1251"')).toBeGreaterThan(2048);
    const page = file('late-meta.html', encodeSingleByte(padded, 'windows-1251'));
    const analysis = JSON.parse((await analyze([page])).stdout);
    expect(analysis.article.text).toContain(SEED_SENTENCE);
    expect(analysis.notes.join(' ')).toMatch(/windows-1251 \(declared in the page/);
  }, 30_000);

  it.each(['le', 'be'] as const)('decodes UTF-16 %s with a byte-order mark', async (endian) => {
    const page = file(`utf16${endian}.html`, utf16(withoutCharset, endian));
    const analysis = JSON.parse((await analyze([page])).stdout);
    expect(analysis.isArticle).toBe(true);
    expect(analysis.article.text).toContain(SEED_SENTENCE);
    expect(analysis.notes.join(' ')).toContain(`Decoded as utf-16${endian} (byte-order mark)`);
  }, 30_000);

  it('decodes a UTF-16 .txt, without NULs, in its own language', async () => {
    const text = 'Аким области заявил, что выборы пройдут в срок.\n\nОн добавил, что подготовка уже идёт.';
    const txt = file('utf16.txt', utf16(text, 'le'));
    const analysis = JSON.parse((await analyze([txt])).stdout);
    expect(analysis.article.text).toBe(text);
    expect(analysis.article.text).not.toContain('\u0000');
    expect(analysis.article.language).toBe('ru');
  }, 30_000);
});

describe('attack 12: NULs, empty, binary and oversized input', () => {
  it('strips 90 stray NULs and still finds the article', async () => {
    const chars = [...SEED];
    for (let i = 0; i < 90; i++) chars.splice(Math.floor(((i + 1) * chars.length) / 92), 0, '\u0000');
    const page = file('nuls.html', chars.join(''));
    const analysis = JSON.parse((await analyze([page, '--url', 'https://altaynews.kz/a'])).stdout);
    expect(analysis.isArticle).toBe(true);
    expect(analysis.article.text).not.toContain('\u0000');
    expect(analysis.notes).toContain('Removed 90 NUL characters.');
  }, 30_000);

  it('answers isArticle: false for an empty .txt', async () => {
    const analysis = JSON.parse((await analyze([file('empty.txt', '')])).stdout);
    expect(analysis.isArticle).toBe(false);
    expect(analysis.people).toEqual([]);
  }, 30_000);

  it('refuses a PNG renamed .txt with a clear message', async () => {
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)),
    ]);
    const { code, stdout, stderr } = await analyze([file('image.txt', png)]);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trim()).toMatch(/image\.txt: looks like a PNG image, not text: refused$/);
  }, 30_000);

  it('cuts a .txt over the limit and notes it', async () => {
    const paragraph = 'The minister said the vote would go ahead as planned next spring. ';
    const text = paragraph.repeat(Math.ceil(1_100_000 / paragraph.length));
    const analysis = JSON.parse((await analyze([file('long.txt', text)])).stdout);
    expect(analysis.article.text.length).toBeLessThanOrEqual(1_000_000);
    expect(analysis.article.text.length).toBeGreaterThan(900_000);
    expect(analysis.notes.join(' ')).toMatch(/cut/);
  }, 60_000);
});

describe('attack 13: depth and size', () => {
  it('analyses 200,000-deep nesting within 2 s, with a note', async () => {
    const depth = 200_000;
    const html = `<!doctype html><html><head><title>Deep</title></head><body>${'<div>'.repeat(depth)}<p>Deep text.</p>${'</div>'.repeat(depth)}</body></html>`;
    const page = file('deep.html', html);
    const deep = await analyze([page, '--force']);
    expect(deep.code).toBe(0);
    const analysis = JSON.parse(deep.stdout);
    expect(analysis.article.text).toContain('Deep text.');
    expect(analysis.notes.join(' ')).toMatch(/deeper than 512 levels/);
    // The page's whole path (read, decode, guard, parse, detect, extract, analyse) without the process start-up.
    const t0 = performance.now();
    analyzePage({ file: page, url: null, force: true });
    expect(performance.now() - t0).toBeLessThan(2000);
  }, 60_000);

  it('takes at most linear time from 1 MB to 16 MB of article HTML', () => {
    // One article whose body is the seed's paragraphs repeated up to the size (its text is cut at 1M characters).
    const paragraphs = [...SEED.matchAll(/<p(?:\s[^>]*)?>[\s\S]*?<\/p>/g)].map((m) => m[0]).join('\n');
    const sized = (bytes: number) => {
      const copies = Math.max(1, Math.round(bytes / Buffer.byteLength(paragraphs)));
      const body = Array.from({ length: copies }, () => paragraphs).join('\n');
      return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Выборы акимов</title><meta property="og:type" content="article"></head><body><article><h1>Выборы акимов</h1>${body}</article></body></html>`;
    };
    // The CLI's whole page path in this process (decode, depth guard, parse, detect, extract,
    // analyse), so process start-up does not blur the ratio; best of two for the small page.
    const texts: number[] = [];
    const time = (p: string) => {
      const t0 = performance.now();
      const analysis = analyzePage({ file: p, url: 'https://altaynews.kz/a', force: false });
      const ms = performance.now() - t0;
      expect(analysis.isArticle).toBe(true);
      texts.push(analysis.article.text.length);
      return ms;
    };
    const small = file('1mb.html', sized(1 << 20));
    const large = file('16mb.html', sized(16 << 20));
    time(small); // warm-up: JIT and module caches
    const t1 = Math.min(time(small), time(small));
    const t16 = time(large);
    expect(texts[0]).toBeGreaterThan(300_000);
    expect(t16 / t1).toBeLessThanOrEqual(16);
  }, 300_000);
});

describe('attack 14: paths and --url', () => {
  it('resolves a relative path from the directory the user ran npm in (INIT_CWD)', async () => {
    const dir = path.join(tmp, 'sub');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'page.html'), SEED);
    const { code, stdout } = await analyze(['page.html'], { cwd: root, env: { INIT_CWD: dir } });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).article.text).toContain(SEED_SENTENCE);
  }, 30_000);

  it.each(['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'not a url'])('refuses --url %s', async (url) => {
    const { code, stdout, stderr } = await analyze([file('url.html', SEED), '--url', url]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/--url/);
  }, 30_000);

  it('refuses --url without a value', async () => {
    for (const args of [[file('url.html', SEED), '--url'], ['--url', file('url.html', SEED)], [file('url.html', SEED), '--url', '--force']]) {
      const { code, stderr } = await analyze(args);
      expect(code).toBe(2);
      expect(stderr).toMatch(/--url (needs a value|is not a URL)/);
    }
  }, 60_000);
});
