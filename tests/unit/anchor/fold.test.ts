/** `fold` (native regexes, runs of kept characters) keeps exactly the characters the plain definition keeps, and maps each back to its offset. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, matchFolded, matchQuote, originalOffset } from '../../../lib/anchor';

/** The definition: whitespace, soft hyphen, zero-width characters, word joiner, BOM are ignored. */
const IGNORED = /[\s\u00ad\u200b-\u200d\u2060\ufeff]/u;

function foldByDefinition(text: string) {
  let out = '';
  const index: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (IGNORED.test(text[i]!)) continue;
    out += text[i];
    index.push(i);
  }
  return { text: out, index };
}

const tricky = fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u00ad', '\u200b', '\u200d', '\u2028', '\u202f', '\u3000', '\ufeff', '\u2060', 'a', 'я', '«', '\u1680', '\u2009');

describe('fold', () => {
  it('matches the regex definition on arbitrary text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(tricky, fc.string({ maxLength: 3 })), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const folded = fold(text);
        expect({ text: folded.text, index: Array.from({ length: folded.text.length }, (_, i) => originalOffset(folded, i)) }).toEqual(foldByDefinition(text));
      }),
    );
  });

  it('keeps the offsets of a long text in step with its folded characters', () => {
    const text = 'The canal\u00a0board  said\n"we will publish". '.repeat(5_000);
    const folded = fold(text);
    expect(folded.text).toBe(foldByDefinition(text).text);
    for (const i of [0, 1, 77, folded.text.length - 1]) expect(text[originalOffset(folded, i)]).toBe(folded.text[i]);
  });

  it('matchFolded on a folded haystack answers as matchQuote does', () => {
    const haystack = 'He said: "we  will\npublish" and then "we will publish" again.';
    const selector = { exact: 'we will publish', prefix: 'then "', suffix: '" again' };
    expect(matchFolded(fold(haystack), selector, 0)).toEqual(matchQuote(haystack, selector, 0));
  });
});
