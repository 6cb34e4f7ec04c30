/**
 * parseTextDate reads dates with hand-written matchers (regexes with every month name cost milliseconds
 * to compile on each page). Its answers must stay those of the regex patterns it replaced: they are kept
 * here, unchanged, as the oracle, and compared on generated date-like text and on hand-picked edge cases.
 * Known, accepted difference: characters that only Unicode case folding equates with a Latin letter
 * (`ſ` for `s`, the Kelvin sign for `k`) are not generated.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTextDate } from '../../../lib/page';
import { MONTH_WORDS } from '../../../lib/page/dates';
import { params } from '../fuzz/arbitraries';

// ---------------------------------------------------------------- the oracle: the former regex patterns (same month names)

const MONTH_BY_WORD = new Map<string, number>();
for (const [m, words] of MONTH_WORDS) for (const w of words) MONTH_BY_WORD.set(w, m);
const MONTH_ALT = [...MONTH_BY_WORD.keys()].sort((a, b) => b.length - a.length).join('|');
const NB = '(?<![\\p{L}\\p{N}])';
const NA = '(?![\\p{L}\\p{N}])';
const NA_YEAR = '(?!\\d)';
const TIME = '(?:\\s*(?:,|в|at|um|à|a las|о|v|–|-|\\|)?\\s*(\\d{1,2})[:h.](\\d{2})(?:\\s*([ap])\\.?m\\.?)?)?';
const YEAR = '((?:19|20)\\d{2})';
type Order = 'dmy' | 'mdy' | 'ymd' | 'num-dmy' | 'num-ymd';
const PATTERNS: Array<{ re: RegExp; order: Order }> = [
  { re: new RegExp(`${NB}(\\d{1,2})(?:st|nd|rd|th|er)?\\.?\\s+(?:de\\s+)?(${MONTH_ALT})\\.?,?\\s+(?:de\\s+|del\\s+)?${YEAR}(?:\\s*(?:г\\.|года|р\\.|року))?${NA_YEAR}${TIME}`, 'iu'), order: 'dmy' },
  { re: new RegExp(`${NB}(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}${NA_YEAR}${TIME}`, 'iu'), order: 'mdy' },
  { re: new RegExp(`${NB}${YEAR}\\s*(?:жылғы|жыл|ж\\.)\\s+(\\d{1,2})\\s+(${MONTH_ALT})${NA}${TIME}`, 'iu'), order: 'ymd' },
  { re: new RegExp(`${NB}(\\d{1,2})(?:\\. |[./-])(\\d{1,2})(?:\\. |[./-])${YEAR}${NA}${TIME}`, 'u'), order: 'num-dmy' },
  { re: new RegExp(`${NB}${YEAR}[./-](\\d{1,2})[./-](\\d{1,2})${NA}${TIME}`, 'u'), order: 'num-ymd' },
];
const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
function isoOf(y: number, m: number, d: number, hh?: number, mm?: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return null;
  if (new Date(Date.UTC(y, m - 1, d)).getUTCMonth() !== m - 1) return null;
  const day = `${y}-${pad(m)}-${pad(d)}`;
  if (hh === undefined || mm === undefined || hh > 23 || mm > 59) return day;
  return `${day}T${pad(hh)}:${pad(mm)}`;
}
function isoFromMatch(m: RegExpExecArray, order: Order): string | null {
  const g = (i: number) => m[i];
  let y: number, mo: number, d: number;
  switch (order) {
    case 'dmy': [d, mo, y] = [+g(1)!, MONTH_BY_WORD.get(g(2)!.toLowerCase()) ?? 0, +g(3)!]; break;
    case 'mdy': [mo, d, y] = [MONTH_BY_WORD.get(g(1)!.toLowerCase()) ?? 0, +g(2)!, +g(3)!]; break;
    case 'ymd': [y, d, mo] = [+g(1)!, +g(2)!, MONTH_BY_WORD.get(g(3)!.toLowerCase()) ?? 0]; break;
    case 'num-dmy':
      [d, mo, y] = [+g(1)!, +g(2)!, +g(3)!];
      if (mo > 12 && d <= 12) [d, mo] = [mo, d];
      break;
    case 'num-ymd': [y, mo, d] = [+g(1)!, +g(2)!, +g(3)!]; break;
  }
  let hh = g(4) !== undefined ? +g(4)! : undefined;
  const mm = g(5) !== undefined ? +g(5)! : undefined;
  const ampm = g(6)?.toLowerCase();
  if (hh !== undefined && ampm) hh = (hh % 12) + (ampm === 'p' ? 12 : 0);
  return isoOf(y, mo, d, hh, mm);
}
function oracle(text: string): { iso: string; index: number; length: number } | null {
  if (!/\d/.test(text)) return null;
  let best: { iso: string; index: number; length: number } | null = null;
  for (const p of PATTERNS) {
    const m = p.re.exec(text);
    if (!m || (best && m.index >= best.index)) continue;
    const iso = isoFromMatch(m, p.order);
    if (iso) best = { iso, index: m.index, length: m[0].length };
  }
  return best;
}

// ---------------------------------------------------------------- generated date-like text

const MONTHS = [...MONTH_BY_WORD.keys()];
const anyCase = (w: string) =>
  fc.constantFrom(w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1), w.slice(0, Math.max(1, w.length - 1)), `${w}x`);
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...MONTHS).chain(anyCase) },
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 40 }).map(String) },
  { weight: 2, arbitrary: fc.constantFrom('0', '05', '1', '12', '31', '32', '123', '2023', '1999', '2100', '1899', '20231', '202', '0101') },
  { weight: 6, arbitrary: fc.constantFrom(' ', ' ', '  ', '\u00a0', '\t', '\n', '\u202f', '\u2009') },
  { weight: 4, arbitrary: fc.constantFrom('.', ',', '/', '-', ':', '–', '|', ';', "'", '(', ')', '¹', '²', '٣', '߁') },
  { weight: 3, arbitrary: fc.constantFrom('st', 'nd', 'rd', 'th', 'er', 'ST', 'Th', 'de', 'De', 'del', 'DEL', 'd') },
  { weight: 3, arbitrary: fc.constantFrom('г.', 'года', 'р.', 'року', 'Г.', 'ГОДА', 'г', 'жылғы', 'жыл', 'ж.', 'ЖЫЛҒЫ', 'ж') },
  { weight: 3, arbitrary: fc.constantFrom('в', 'В', 'at', 'AT', 'um', 'à', 'À', 'a las', 'A LAS', 'о', 'О', 'h', 'H', 'am', 'pm', 'a.m.', 'P.M.', 'p.m', 'a', 'p', 'm', 'M') },
  { weight: 2, arbitrary: fc.constantFrom('x', 'é', 'Ж', 'ы', 'ß', '中', '𝐀', '\u0301', '\u0483', '\u200b', 'Ⅻ', 'ǅ', 'ª', 'º', 'µ', 'ÿ', 'Ñ') },
  { weight: 1, arbitrary: fc.string({ maxLength: 3 }) },
);
const junk = fc.array(piece, { maxLength: 4 }).map((parts) => parts.join(''));
/** A slot of a date: usually one of the forms the patterns take, sometimes a near miss. */
const slot = (...forms: string[]) => fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...forms) }, { weight: 1, arbitrary: piece });
const space = slot(' ', '  ', '\u00a0', '\n', '');
const day = slot('5', '05', '12', '31', '0', '32', '123', '1');
const month = fc.constantFrom(...MONTHS).chain(anyCase);
const year = slot('2023', '1999', '2024', '1899', '20234', '202');
const time = fc.oneof(
  fc.constant(''),
  fc.tuple(slot(' ', '', ', ', ' в ', ' at ', ' AT ', ' um ', ' à ', ' a las ', ' о ', ' – ', ' - ', ' | ', ' В '), slot('13', '1', '9', '123', '07'), slot(':', 'h', 'H', '.', ''), slot('40', '05', '4', '405'), slot('', ' pm', 'am', ' a.m.', ' P.M', 'p.m.', ' x')).map((p) => p.join('')),
);
const sep = slot('.', '/', '-', ':', '');
/** Text shaped like each pattern, slot by slot, so near misses of every part are common. */
const shaped = fc.oneof(
  fc.tuple(day, slot('', 'st', 'nd', 'rd', 'th', 'er', 'TH', 'Er'), slot('', '.'), space, slot('', 'de ', 'De  ', 'de'), month, slot('', '.'), slot('', ','), space, slot('', 'de ', 'del ', 'DEL ', 'del'), year, slot('', ' г.', 'г.', ' года', ' р.', 'року', ' г', ' Г.'), slot('', '5', ' '), time),
  fc.tuple(month, slot('', '.'), space, day, slot('', 'st', 'nd', 'rd', 'th', 'er'), slot('', ','), space, year, slot('', '5', 'Tags'), time),
  fc.tuple(year, slot('', ' ', '  '), slot('жылғы', 'жыл', 'ж.', 'ЖЫЛҒЫ', 'ж'), space, day, space, month, slot('', '2', 'x', '.', ' '), time),
  fc.tuple(day, sep, day, sep, year, slot('', 'x', '5', ' '), time),
  fc.tuple(year, sep, day, sep, day, slot('', 'x', '5', ' ', 'é'), time),
).map((parts) => parts.join(''));
const dateLike = fc.tuple(junk, shaped, junk, fc.oneof(fc.constant(''), shaped), junk).map((parts) => parts.join(''));

describe('parseTextDate: same answers as the former regex patterns', () => {
  it('on generated date-like text', () => {
    fc.assert(
      fc.property(dateLike, (text) => {
        expect(parseTextDate(text)).toEqual(oracle(text));
      }),
      params(4000),
    );
  });

  it.each([
    '5 ноября 2023 13:40',
    'Posted 5 ноября 2023 13:40 by someone',
    'March 3, 2024',
    'Nov. 5 2023 at 1:40 pm',
    'NOV. 5 2023 AT 1:40 P.M.',
    '8 de octubre de 2025 a las 13:40',
    '8 de octubre del 2025',
    '5th March 2024, 09h30',
    '5. November 2023 um 13:40 Uhr',
    '2023 жылғы 5 қараша',
    '2023ж. 5 қараша 10:00',
    '2023 жылғы 5 қараша2',
    '21.01.2025',
    'Aktualizováno 3. 1. 2024 14:05',
    '3. 1.2024',
    '3.  1. 2024',
    '01/21/2025',
    '21-01-2025 в 12:00',
    '2025-01-21',
    '2025/1/2x',
    '2025-01-215',
    '123.01.2025 or 21.01.2025',
    '31.02.2024 and 1.03.2024',
    'April 13, 2023Tags',
    'April 13, 20234',
    '5 ноября 2023 г. 13:40',
    '5 ноября 2023 г.5',
    '5 ноября 2023 года, 13:40',
    '12 березня 2024 р. о 10:15',
    'x5 March 2024',
    'é5 March 2024',
    '²5 March 2024',
    'gene 3, 2024',
    '-march 3, 2024',
    'mar., 2023',
    '5 mar., 2023',
    '5 dec 2023',
    '5 de dec 2023',
    '12:30 2023-01-02 13:45:10',
    '𝐀5 May 2024',
    '5 May 2024 – 12.30',
    '5 May 2024 | 7:05am',
  ])('%s', (text) => {
    expect(parseTextDate(text)).toEqual(oracle(text));
  });
});
