/**
 * Languages as data for the page layer: the words live in lib/lang/page, each language's lists are
 * well formed, and the code of lib/page holds no letter outside ASCII (a word in code is a word that
 * adding a language would have to edit).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { monthWords, PAGE_WORDS, pageWordProblems, pageWords } from '../../../lib/lang/page';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The code of a TypeScript file without its comments (strings and regexes kept). */
function withoutComments(src: string): string {
  let out = '';
  let i = 0;
  let quote: string | null = null;
  while (i < src.length) {
    const c = src[i]!;
    if (quote) {
      out += c;
      if (c === '\\') out += src[++i] ?? '';
      else if (c === quote) quote = null;
      i++;
    } else if (c === '/' && src[i + 1] === '/') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      i = end < 0 ? src.length : end + 2;
    } else {
      if (c === '"' || c === "'" || c === '`') quote = c;
      out += c;
      i++;
    }
  }
  return out;
}

describe('lib/page holds no language words', () => {
  it('the comment stripper keeps code and drops comments', () => {
    expect(withoutComments("const a = 'x'; // ю\n/* я */ const b = `//`;")).toBe("const a = 'x'; \n const b = `//`;");
  });
  it('no letter outside ASCII in the code of lib/page', () => {
    const found: string[] = [];
    for (const file of sourceFiles(path.join(root, 'lib/page'))) {
      const lines = withoutComments(readFileSync(file, 'utf8')).split('\n');
      lines.forEach((line, n) => {
        const m = /[^\0-\x7f]/u.exec(line.replace(/[^\p{L}]/gu, ''));
        if (m) found.push(`${path.relative(root, file)}:${n + 1}: ${line.trim().slice(0, 80)}`);
      });
    }
    expect(found).toEqual([]);
  });
});

describe('page words (lib/lang/page)', () => {
  it.each(Object.entries(PAGE_WORDS))('%s is well formed', (code, words) => {
    expect(pageWordProblems(code, words)).toEqual([]);
  });
  it('finds a repeated word and a month word naming two months', () => {
    const bad = { ...PAGE_WORDS['en']!, chromeLines: ['share', 'share'], months: PAGE_WORDS['en']!.months.slice(0, 11) };
    expect(pageWordProblems('xx', bad)).toEqual(['xx: 11 months', 'xx.chromeLines: repeated entry']);
  });
  it('unions list each word once, longest first', () => {
    const prefixes = pageWords('bylinePrefixes');
    expect(new Set(prefixes).size).toBe(prefixes.length);
    expect(prefixes.indexOf('авторы')).toBeLessThan(prefixes.indexOf('автор'));
  });
  it('months come in order, Czech genitives included', () => {
    const months = monthWords();
    expect(months.map(([m]) => m)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const cs = ['ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září', 'října', 'listopadu', 'prosince'];
    cs.forEach((w, i) => expect(months[i]![1]).toContain(w));
  });
});
