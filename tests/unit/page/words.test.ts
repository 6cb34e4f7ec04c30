/**
 * The page-word matchers a fresh page can compile cheaply (lib/page/words.ts, splitAuthors in metadata.ts) must
 * answer exactly as the `iu` and `\p{…}` regexes they stand for: on every code unit against the words' letters,
 * and on generated lines built from the listed words, their case variants, near misses and awkward characters.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAGE_WORDS, pageWords } from '../../../lib/lang/page';
import { splitAuthors } from '../../../lib/page/metadata';
import { alternation, CaselessPattern, StartsWithWord, WORD_END, wordsOf } from '../../../lib/page/words';
import { params } from '../fuzz/arbitraries';

/** Every letter of every page word (months included). */
function wordLetters(): string[] {
  const letters = new Set<string>();
  for (const lang of Object.values(PAGE_WORDS))
    for (const list of Object.values(lang)) for (const w of (list as readonly (string | readonly string[])[]).flat()) for (const c of w) if (/\p{L}/u.test(c)) letters.add(c);
  return [...letters];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Strings from pieces of the listed words in several casings, separators, and characters that fold unlike their lower case. */
function lines(words: readonly string[]): fc.Arbitrary<string> {
  const pieces = words.flatMap((w) => [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1), w.slice(0, -1), w.replace(' ', '  ')]);
  const unit = fc.constantFrom(...pieces, ' ', '\t', ':', '/', ',', '-', '\u2013', 'x', 'Jane', 'Doe', 'Иван', '5', 'ſ', 'İ', 'K', 'ẞ', 'µ', '\u1c80', 'é', '\ud83d\ude00', 'a', 'y', 'и', 'AND');
  return fc.array(unit, { maxLength: 8 }).map((xs) => xs.join(''));
}

describe('CaselessPattern', () => {
  it('matches every code unit as the iu regex does, for each letter of the page words', () => {
    const letters = wordLetters();
    const exactClass = new RegExp(`^[${letters.join('')}]$`, 'iu');
    const caseless = new CaselessPattern(`^[${letters.join('')}]$`);
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const t = String.fromCharCode(c);
      const hit = exactClass.test(t);
      if ((caseless.exec(t) !== null) !== hit) wrong.push(t);
      // The letter it matches must be the same one too.
      if (hit) for (const p of letters) if ((new CaselessPattern(`^${escape(p)}$`).exec(t) !== null) !== new RegExp(`^${escape(p)}$`, 'iu').test(t)) wrong.push(`${t}/${p}`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it.each(['bylinePrefixes', 'bylineTrailers', 'creditLines', 'publishedLabels'] as const)('finds what the iu regex finds, at the same place (%s)', (key) => {
    const source = key === 'bylineTrailers' ? `(?:^|[\\s,;:|\\-\\u2013\\u2014]+)(?:${wordsOf(key)})$` : `(?:${wordsOf(key)})\\s*[:\\uff1a/]?\\s*`;
    const exact = new RegExp(source, 'iu');
    const caseless = new CaselessPattern(source);
    fc.assert(
      fc.property(lines(pageWords(key)), (text) => {
        const a = exact.exec(text);
        const b = caseless.exec(text);
        expect(b && [b.index, b[0].length]).toEqual(a && [a.index, a[0].length]);
        expect(caseless.cut(text)).toBe(text.replace(exact, ''));
      }),
      params(3000),
    );
  });
});

describe('StartsWithWord', () => {
  it('answers as ^(?:words) with a whole-word lookahead, case-insensitive', () => {
    const words = wordsOf('chromeLines');
    const exact = new RegExp(`^(?:${words})${WORD_END}`, 'iu');
    const starts = new StartsWithWord(words);
    // Listed words that start other listed words, so the first found may run on while a shorter one ends.
    const nested = new StartsWithWord(alternation(['read more', 'read', 'share', 'shares now']));
    const nestedExact = new RegExp(`^(?:${alternation(['read more', 'read', 'share', 'shares now'])})${WORD_END}`, 'iu');
    expect(starts.test('Share this')).toBe(true);
    expect(nested.test('Read moreover')).toBe(true);
    expect(nested.test('Shares rose')).toBe(false);
    fc.assert(
      fc.property(lines([...pageWords('chromeLines'), 'read more', 'read', 'share', 'shares now']), (text) => {
        expect(starts.test(text)).toBe(exact.test(text));
        expect(nested.test(text)).toBe(nestedExact.test(text));
      }),
      params(3000),
    );
  });
});

describe('splitAuthors', () => {
  it('splits as the regex with whole-word lookarounds does', () => {
    const joiners = pageWords('authorJoiners').flatMap((w) => (w.length > 1 ? [w, w.toUpperCase()] : [w]));
    // splitAuthors reads joiners as single words.
    expect(joiners.filter((w) => /\s/.test(w))).toEqual([]);
    const regex = new RegExp(`\\s*(?:,|;|\\/|&|\\||(?<![\\p{L}\\p{N}])(?:${alternation(joiners)})(?![\\p{L}\\p{N}]))\\s*`, 'u');
    expect(splitAuthors('Jane Doe and John Roe, Alexander Smith')).toEqual(['Jane Doe', 'John Roe', 'Alexander Smith']);
    expect(splitAuthors('Иван Петров и Анна Иванова')).toEqual(['Иван Петров', 'Анна Иванова']);
    fc.assert(
      fc.property(lines(joiners), (text) => {
        expect(splitAuthors(text)).toEqual(text.split(regex));
      }),
      params(5000),
    );
  });
});
