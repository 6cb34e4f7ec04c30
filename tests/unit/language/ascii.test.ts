/**
 * Language knowledge lives in lib/lang/ only (issue 14): the language-id code holds no letter
 * outside ASCII, so every alphabet, word and look-alike table is in lib/lang/language-id/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const CODE_DIR = path.join(root, 'lib/analyze/language');
const NON_ASCII_LETTER = /(?![\u0000-\u007f])\p{L}/u;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe('language-id code', () => {
  it.each(files(CODE_DIR).map((f) => [path.relative(root, f), f]))('%s has no letter outside ASCII', (_, file) => {
    const lines = readFileSync(file, 'utf8').split('\n');
    const offending = lines.map((line, i) => [i + 1, line] as const).filter(([, line]) => NON_ASCII_LETTER.test(line));
    expect(offending).toEqual([]);
  });

  it('would notice one', () => {
    expect(NON_ASCII_LETTER.test("const x = 'ы';")).toBe(true);
    expect(NON_ASCII_LETTER.test('a dash — and a times sign ×')).toBe(false);
  });
});
