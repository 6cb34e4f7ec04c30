/**
 * Letter and number classes read character by character (text.ts), so pages do not pay for compiling
 * `\p{…}` regexes: they must agree with those regexes on every code point.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsLetter, countWords, dropBareNumbers, isLetter, isNumber, normalizeSpace, sameText } from '../../../lib/page/text';
import { params } from '../fuzz/arbitraries';

/** What countWords reads each code unit as, block by block: the definition its regexes are checked against. */
const OTHER = 0;
const WORD = 1;
const CJK = 2;

/** Letter or digit (any script, combining marks included), CJK ideograph or kana, or anything else. */
function charKind(c: number): number {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) ? WORD : OTHER;
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba ? WORD : OTHER;
  if (c === 0xd7 || c === 0xf7) return OTHER;
  if (c < 0x2000) return WORD;
  // General punctuation, super/subscripts, currency, letterlike symbols … dingbats, arrows, box drawing.
  if (c < 0x2c00) return OTHER;
  if (c < 0x2e00) return WORD; // Glagolitic, Latin Extended-C, Coptic, Georgian suppl., Tifinagh, Ethiopic ext.
  if (c < 0x3040) return OTHER; // Supplemental punctuation, CJK radicals, ideographic description, CJK punctuation.
  if (c < 0x3100) return CJK; // Hiragana, Katakana.
  if (c >= 0x3400 && c < 0x4dc0) return CJK;
  if (c >= 0x4e00 && c < 0xa000) return CJK;
  if (c >= 0xf900 && c < 0xfb00) return CJK;
  if (c >= 0xd800 && c < 0xe000) return OTHER; // Astral: emoji, mostly.
  if (c >= 0xe000 && c < 0xf900) return OTHER; // Private use.
  if (c >= 0xfe10 && c < 0xfe70) return OTHER; // Vertical forms, combining half marks, small forms.
  if (c >= 0xff00) return (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) || (c >= 0xff66 && c < 0xffe0) ? WORD : OTHER;
  return WORD;
}

describe('letter and number classes', () => {
  it('agree with \\p{L} and \\p{N} on every code point', () => {
    const letter = /^\p{L}$/u;
    const number = /^\p{N}$/u;
    const wrong: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (isLetter(cp) !== letter.test(ch) || isNumber(cp) !== number.test(ch)) wrong.push(cp);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('sameText and containsLetter answer as the regexes they replaced', () => {
    const former = (a: string, b: string) => {
      const n = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
      return n(a) === n(b);
    };
    expect(sameText('Akim elections: what’s next?', 'AKIM ELECTIONS — what s next')).toBe(true);
    expect(sameText('Выборы акимов', 'Выборы акима')).toBe(false);
    // Every code unit of the scripts read by a plain class, alone and beside a letter.
    for (let c = 0; c < 0x2070; c++) {
      if (c >= 0x180 && c < 0x400) continue;
      if (c >= 0x500 && c < 0x2000) continue;
      const ch = String.fromCharCode(c);
      expect([c, sameText(`x${ch}y`, 'xy')]).toEqual([c, former(`x${ch}y`, 'xy')]);
    }
    const text = fc.string({ unit: fc.constantFrom('a', 'A', 'б', 'Б', ' ', '-', '’', '1', '²', '¼', '×', 'é', 'ſ', 'Ґ', '\u0483', 'e\u0301', '𝐀', '\ud800', '中', '!', '\u2070', '«') });
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(sameText(a, b)).toBe(former(a, b));
        expect(sameText(a, a.toUpperCase())).toBe(former(a, a.toUpperCase()));
        expect(containsLetter(a)).toBe(/\p{L}/u.test(a));
      }),
      params(2000),
    );
  });

  it('normalizeSpace gives what replacing every whitespace run with one space did', () => {
    const former = (s: string) => s.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, ' ').trim();
    const spaces: string[] = [];
    for (let c = 0; c <= 0xffff; c++) if (/[\s\u200b]/.test(String.fromCharCode(c))) spaces.push(String.fromCharCode(c));
    for (const sp of spaces) for (const t of [`a${sp}b`, `a ${sp}b`, `${sp}${sp}`, `a${sp} b `]) expect([t, normalizeSpace(t)]).toEqual([t, former(t)]);
    const text = fc.string({ unit: fc.constantFrom('a', 'б', ' ', ' ', '\n', '\t', '\u00a0', '\u200b', '\u200c', '\u2028', '\u3000', '\ufeff', '\r', '.') });
    fc.assert(
      fc.property(text, (s) => {
        expect(normalizeSpace(s)).toBe(former(s));
      }),
      params(3000),
    );
  });

  it('dropBareNumbers replaces what the lookaround regex it replaced does', () => {
    const former = (s: string) => s.replace(/(?<![\p{L}])\d+(?![\p{L}])/gu, ' ');
    expect(dropBareNumbers('Jane Doe 12 2024 a123b 7x')).toBe(former('Jane Doe 12 2024 a123b 7x'));
    expect(dropBareNumbers('a123b')).toBe('a1 3b');
    const text = fc.string({ unit: fc.constantFrom('a', 'Я', '中', '1', '0', '9', ' ', '²', '¼', '\ud835', '\udc00', '𝐀', '\ud800', '-', '\u0301', ':') });
    fc.assert(
      fc.property(text, (s) => {
        expect(dropBareNumbers(s)).toBe(former(s));
      }),
      params(3000),
    );
  });

  it('countWords (native regexes) counts as the character loop over charKind', () => {
    const byLoop = (s: string) => {
      let words = 0;
      let cjk = 0;
      let inWord = false;
      for (let i = 0; i < s.length; i++) {
        const kind = charKind(s.charCodeAt(i));
        if (kind === CJK) cjk++;
        if (kind === WORD && !inWord) words++;
        inWord = kind === WORD;
      }
      return words + Math.ceil(cjk / 2);
    };
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `a${ch}b`, `${ch}${ch} ${ch}`]) if (countWords(s) !== byLoop(s)) wrong.push(c);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    const text = fc.string({ unit: fc.constantFrom('a', 'Я', 'ә', '7', ' ', '\n', ',', '中', 'か', '\u3100', '\u00d7', '\ud83d', '\ude00', '\uff21', '-') });
    fc.assert(
      fc.property(text, (s) => {
        expect(countWords(s)).toBe(byLoop(s));
      }),
      params(2000),
    );
  });
});
