/**
 * Language knowledge lives only in lib/lang (data): the engine's code holds no letter outside ASCII,
 * so adding a language never means editing it. Comments may show examples in any language; strings,
 * regexes and identifiers may not. CHECKED_FOLDERS covers the whole engine: analysis and the page layer.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { read, ROOT, sourceFiles, stripComments } from './source-code';

export const CHECKED_FOLDERS: readonly string[] = ['lib/analyze', 'lib/page'];

/** A letter that is not ASCII (punctuation such as « » — is not language knowledge). */
const NON_ASCII_LETTER = /(?![\u0000-\u007f])[\p{L}\p{M}]/u;

/** Lines of code (comments removed) holding a non-ASCII letter, as "file:line: code". */
export function lettersOutsideAscii(folders: readonly string[]): string[] {
  const hits: string[] = [];
  for (const folder of folders) {
    for (const file of sourceFiles(folder)) {
      stripComments(read(file))
        .split('\n')
        .forEach((line, i) => {
          if (NON_ASCII_LETTER.test(line)) hits.push(`${path.relative(ROOT, file)}:${i + 1}: ${line.trim().slice(0, 120)}`);
        });
    }
  }
  return hits;
}

describe('no language in engine code', () => {
  it('finds a letter outside ASCII in a string or regex, not in a comment', () => {
    expect(NON_ASCII_LETTER.test(stripComments("// сказал\nconst a = 1; /* „Q“ — дала */"))).toBe(false);
    expect(NON_ASCII_LETTER.test(stripComments("const re = /сказал/u; // x"))).toBe(true);
    expect(NON_ASCII_LETTER.test(stripComments("const s = 'a' + 'é';"))).toBe(true);
    expect(NON_ASCII_LETTER.test(stripComments("const q = ['«', '»', '—'];"))).toBe(false);
    expect(stripComments("const x = a / b; // ё\nconst y = /\\/ё/u;")).toContain('/\\/ё/u');
  });

  it.each(CHECKED_FOLDERS)('%s holds no letter outside ASCII', (folder) => {
    expect(sourceFiles(folder).length).toBeGreaterThan(0);
    expect(lettersOutsideAscii([folder])).toEqual([]);
  });
});
