/**
 * Date parsing for metadata: machine dates (ISO 8601, RFC 2822 from meta tags) and dates written for
 * people in ru/kk/uk/en/de/fr/es (`5 ноября 2023 13:40`, `21.01.2025`, `8 octobre 2025`,
 * `2023 жылғы 5 қараша`, `March 3, 2024`). Output is ISO 8601 as precise as the input:
 * `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM`, or with seconds and offset when the source gives them.
 */

import { monthWords, pageWords } from '../lang/page';
import { codePointBefore, isDigit, isLetter, isWordChar, isYearAt, skipSpaces } from './text';

/** Month names and common abbreviations, by month, over every language of lib/lang/page. */
// Pure (no side effect): a bundle that never parses dates, such as the every-page probe, leaves them out.
export const MONTH_WORDS: Array<[number, string[]]> = /* @__PURE__ */ monthWords();

let monthByWord: Map<string, number> | undefined;
/** The month a word names; the table is built on first use, so a bundle that never reads dates (the probe) drops it. */
function monthOfWord(word: string): number | undefined {
  monthByWord ??= new Map(MONTH_WORDS.flatMap(([m, words]) => words.map((w): [string, number] => [w, m])));
  return monthByWord.get(word);
}

/*
 * Dates written for people are read by hand-written matchers, not regexes: one regex with every month
 * name of seven languages, case-insensitive in Unicode mode, costs ~5–10 ms to compile the first time a
 * page uses it, and every page starts cold. The matchers accept exactly what these patterns did (the
 * equivalence is tested against them, tests/unit/page/dates-oracle.test.ts):
 *   dmy      `5 ноября 2023`, `5. November 2023`, `8 de octubre de 2025`, `5th March 2024`
 *            NB (\d{1,2})(st|nd|rd|th|er)?\.?\s+(de\s+)?(MONTH)\.?,?\s+(de\s+|del\s+)?YEAR(\s*(г.|года|р.|року))?(?!\d) TIME   /iu
 *   mdy      `March 3, 2024`, `Nov. 5 2023`
 *            NB (MONTH)\.?\s+(\d{1,2})(st|nd|rd|th)?,?\s+YEAR(?!\d) TIME                                                    /iu
 *   ymd      Kazakh `2023 жылғы 5 қараша`, `2023 ж. 5 қараша`
 *            NB YEAR\s*(жылғы|жыл|ж.)\s+(\d{1,2})\s+(MONTH) NA TIME                                                          /iu
 *   num-dmy  `21.01.2025`, `21/01/2025`, `3. 1. 2024` (day first, as everywhere outside the US)
 *            NB (\d{1,2})(?:\. |[./-])(\d{1,2})(?:\. |[./-])YEAR NA TIME                                                                      /u
 *   num-ymd  `2025-01-21`, `2025/01/21`
 *            NB YEAR[./-](\d{1,2})[./-](\d{1,2}) NA TIME                                                                       /u
 * with NB/NA = not preceded/followed by a letter or number, YEAR = (19|20)\d\d, and TIME an optional
 * `13:40`, `, 13:40`, `в 13:40`, `at 1:40 pm`, `um 13:40`, `à 13h40`. For each pattern its leftmost match
 * counts; of the patterns, the earliest match with a valid date wins.
 */
type Order = 'dmy' | 'mdy' | 'ymd' | 'num-dmy' | 'num-ymd';
const ORDERS: Order[] = ['dmy', 'mdy', 'ymd', 'num-dmy', 'num-ymd'];

interface DateMatch {
  index: number;
  end: number;
  y: number;
  mo: number;
  d: number;
  hh?: number;
  mm?: number;
  /** `a` or `p` when the time had am/pm. */
  ap?: string;
}

const DAY_SUFFIXES_DMY = ['st', 'nd', 'rd', 'th', 'er'];
const DAY_SUFFIXES_MDY = ['st', 'nd', 'rd', 'th'];
/** `8 de octubre de 2025`, `del 2025`: tried in this order, each followed by spaces. */
const YEAR_JOINERS = /* @__PURE__ */ pageWords('yearJoiners');
const YEAR_SUFFIXES = /* @__PURE__ */ pageWords('yearSuffixes');
const YEAR_WORDS = /* @__PURE__ */ pageWords('yearWords');
/** Words between a date and its time, tried in this order (dashes after the words that hold them). */
const TIME_JOINERS = /* @__PURE__ */ (() => [',', ...pageWords('timeJoiners'), '\u2013', '-', '|'])();

function isDigitAt(t: string, i: number): boolean {
  return isDigit(t.charCodeAt(i));
}

function digitRun(t: string, i: number): number {
  let j = i;
  while (isDigitAt(t, j)) j++;
  return j - i;
}

/** The year (`(19|20)\d\d`) at i. */
function yearAt(t: string, i: number): number | null {
  return isYearAt(t, i) ? Number(t.slice(i, i + 4)) : null;
}

/** Does `word` (lower case) sit at i, compared case-insensitively when `ci`? */
function wordAt(t: string, i: number, word: string, ci: boolean): boolean {
  if (i + word.length > t.length) return false;
  const part = t.slice(i, i + word.length);
  return (ci ? part.toLowerCase() : part) === word;
}

function firstWordAt(t: string, i: number, words: string[], ci: boolean): string | null {
  for (const w of words) if (wordAt(t, i, w, ci)) return w;
  return null;
}

/** The month named by the run of letters at i, and where the run ends; null when the run is no month. */
function monthAt(t: string, i: number): { month: number; end: number } | null {
  let j = i;
  while (j < t.length) {
    const cp = t.codePointAt(j)!;
    if (!isLetter(cp)) break;
    j += cp > 0xffff ? 2 : 1;
  }
  if (j === i) return null;
  const month = monthOfWord(t.slice(i, j).toLowerCase());
  return month === undefined ? null : { month, end: j };
}

/** An optional time after a date at i: its end and parts, or null when none follows. */
function timeAt(t: string, i: number, ci: boolean): { end: number; hh: number; mm: number; ap?: string } | null {
  let j = skipSpaces(t, i);
  const joiner = firstWordAt(t, j, TIME_JOINERS, ci);
  if (joiner) j += joiner.length;
  j = skipSpaces(t, j);
  const run = digitRun(t, j);
  if (run < 1 || run > 2) return null;
  const sep = t[j + run];
  if (!(sep === ':' || sep === '.' || sep === 'h' || (ci && sep === 'H'))) return null;
  const m = j + run + 1;
  if (!isDigitAt(t, m) || !isDigitAt(t, m + 1)) return null;
  const out: { end: number; hh: number; mm: number; ap?: string } = { end: m + 2, hh: Number(t.slice(j, j + run)), mm: Number(t.slice(m, m + 2)) };
  // (?:\s*([ap])\.?m\.?)?
  let k = skipSpaces(t, out.end);
  const ap = ci ? (t[k] ?? '').toLowerCase() : t[k];
  if (ap === 'a' || ap === 'p') {
    k++;
    if (t[k] === '.') k++;
    if (t[k] === 'm' || (ci && t[k] === 'M')) {
      k++;
      if (t[k] === '.') k++;
      out.end = k;
      out.ap = ap;
    }
  }
  return out;
}

function withTime(t: string, match: DateMatch, ci: boolean): DateMatch {
  const time = timeAt(t, match.end, ci);
  if (time) {
    match.end = time.end;
    match.hh = time.hh;
    match.mm = time.mm;
    if (time.ap) match.ap = time.ap;
  }
  return match;
}

/** Spaces that must be there (`\s+`): where they end, or -1. */
function spacesAt(t: string, i: number): number {
  const j = skipSpaces(t, i);
  return j > i ? j : -1;
}

/** Day of one or two digits at i (a longer number is no day). */
function dayAt(t: string, i: number): number {
  const run = digitRun(t, i);
  return run === 1 || run === 2 ? run : 0;
}

function matchDmy(t: string, p: number): DateMatch | null {
  const dayLen = dayAt(t, p);
  if (!dayLen) return null;
  let i = p + dayLen;
  if (firstWordAt(t, i, DAY_SUFFIXES_DMY, true)) i += 2;
  if (t[i] === '.') i++;
  if ((i = spacesAt(t, i)) < 0) return null;
  if (wordAt(t, i, 'de', true)) {
    const after = spacesAt(t, i + 2);
    if (after >= 0) i = after;
  }
  const month = monthAt(t, i);
  if (!month) return null;
  i = month.end;
  if (t[i] === '.') i++;
  if (t[i] === ',') i++;
  if ((i = spacesAt(t, i)) < 0) return null;
  for (const word of YEAR_JOINERS) {
    const after = wordAt(t, i, word, true) ? spacesAt(t, i + word.length) : -1;
    if (after >= 0) {
      i = after;
      break;
    }
  }
  const y = yearAt(t, i);
  if (y === null) return null;
  const yearEnd = i + 4;
  const s = skipSpaces(t, yearEnd);
  const suffix = firstWordAt(t, s, YEAR_SUFFIXES, true);
  let end: number;
  if (suffix && !isDigitAt(t, s + suffix.length)) end = s + suffix.length;
  else if (isDigitAt(t, yearEnd)) return null;
  else end = yearEnd;
  return withTime(t, { index: p, end, y, mo: month.month, d: Number(t.slice(p, p + dayLen)) }, true);
}

function matchMdy(t: string, p: number): DateMatch | null {
  const month = monthAt(t, p);
  if (!month) return null;
  let i = month.end;
  if (t[i] === '.') i++;
  if ((i = spacesAt(t, i)) < 0) return null;
  const dayLen = dayAt(t, i);
  if (!dayLen) return null;
  const d = Number(t.slice(i, i + dayLen));
  i += dayLen;
  if (firstWordAt(t, i, DAY_SUFFIXES_MDY, true)) i += 2;
  if (t[i] === ',') i++;
  if ((i = spacesAt(t, i)) < 0) return null;
  const y = yearAt(t, i);
  if (y === null || isDigitAt(t, i + 4)) return null;
  return withTime(t, { index: p, end: i + 4, y, mo: month.month, d }, true);
}

function matchYmd(t: string, p: number): DateMatch | null {
  const y = yearAt(t, p);
  if (y === null) return null;
  let i = skipSpaces(t, p + 4);
  const word = firstWordAt(t, i, YEAR_WORDS, true);
  if (!word) return null;
  if ((i = spacesAt(t, i + word.length)) < 0) return null;
  const dayLen = dayAt(t, i);
  if (!dayLen) return null;
  const d = Number(t.slice(i, i + dayLen));
  if ((i = spacesAt(t, i + dayLen)) < 0) return null;
  const month = monthAt(t, i);
  if (!month || isWordChar(t.codePointAt(month.end))) return null;
  return withTime(t, { index: p, end: month.end, y, mo: month.month, d }, true);
}

function isDateSeparator(ch: string | undefined): boolean {
  return ch === '.' || ch === '/' || ch === '-';
}

/** After a date separator at i: where the next number starts (Czech and German print `3. 1. 2024`: a dot may take one space). */
function afterSeparator(t: string, i: number): number {
  return t[i] === '.' && t[i + 1] === ' ' ? i + 2 : i + 1;
}

function matchNumDmy(t: string, p: number): DateMatch | null {
  const dayLen = dayAt(t, p);
  if (!dayLen || !isDateSeparator(t[p + dayLen])) return null;
  const m = afterSeparator(t, p + dayLen);
  const monthLen = dayAt(t, m);
  if (!monthLen || !isDateSeparator(t[m + monthLen])) return null;
  const yi = afterSeparator(t, m + monthLen);
  const y = yearAt(t, yi);
  if (y === null || isWordChar(t.codePointAt(yi + 4))) return null;
  let d = Number(t.slice(p, p + dayLen));
  let mo = Number(t.slice(m, m + monthLen));
  // `01/21/2025` can only be month first.
  if (mo > 12 && d <= 12) [d, mo] = [mo, d];
  return withTime(t, { index: p, end: yi + 4, y, mo, d }, false);
}

function matchNumYmd(t: string, p: number): DateMatch | null {
  const y = yearAt(t, p);
  if (y === null || !isDateSeparator(t[p + 4])) return null;
  const m = p + 5;
  const monthLen = dayAt(t, m);
  if (!monthLen || !isDateSeparator(t[m + monthLen])) return null;
  const di = m + monthLen + 1;
  const dayLen = dayAt(t, di);
  if (!dayLen || isWordChar(t.codePointAt(di + dayLen))) return null;
  return withTime(t, { index: p, end: di + dayLen, y, mo: Number(t.slice(m, m + monthLen)), d: Number(t.slice(di, di + dayLen)) }, false);
}

const MATCHERS: Record<Order, (t: string, p: number) => DateMatch | null> = {
  dmy: matchDmy,
  mdy: matchMdy,
  ymd: matchYmd,
  'num-dmy': matchNumDmy,
  'num-ymd': matchNumYmd,
};

/** The leftmost match of one pattern: it starts at a digit (a letter for mdy) not preceded by a letter or number. */
function leftmost(t: string, order: Order): DateMatch | null {
  const startsWithMonth = order === 'mdy';
  const match = MATCHERS[order];
  for (let p = 0; p < t.length; p++) {
    const cp = t.codePointAt(p)!;
    if (startsWithMonth ? isLetter(cp) : isDigit(cp)) {
      if (!isWordChar(codePointBefore(t, p))) {
        const found = match(t, p);
        if (found) return found;
      }
    }
    if (cp > 0xffff) p++;
  }
  return null;
}

/** What every pattern holds (`yearAt`). */
const YEAR = /(?:19|20)\d\d/;

/** ISO 8601 date-time as found in meta tags, keeping the offset the page gave. */
const ISO_RE = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1;
}

function isoOf(y: number, m: number, d: number, hh?: number, mm?: number): string | null {
  if (!validDate(y, m, d)) return null;
  const day = `${y}-${pad(m)}-${pad(d)}`;
  if (hh === undefined || mm === undefined || hh > 23 || mm > 59) return day;
  return `${day}T${pad(hh)}:${pad(mm)}`;
}

/**
 * A machine-readable date from meta/JSON-LD/`<time datetime>`: ISO 8601 kept as given (offset
 * normalised to `+HH:MM`), else anything `Date.parse` understands with an explicit zone, else a text date.
 */
export function parseMachineDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  const m = ISO_RE.exec(s);
  if (m) {
    const [, y, mo, d, hh, mi, ss, zone] = m;
    if (!validDate(+y!, +mo!, +d!)) return null;
    if (hh === undefined) return `${y}-${mo}-${d}`;
    let out = `${y}-${mo}-${d}T${hh}:${mi}${ss !== undefined ? `:${ss}` : ''}`;
    if (zone) out += zone === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
    return out;
  }
  // RFC 2822 (`Tue, 05 Nov 2023 13:40:00 +0600`) and similar: only trust it with an explicit zone.
  if (/[+-]\d{4}\b|\bGMT\b|\bUTC\b|Z$/.test(s)) {
    const t = Date.parse(s);
    if (!Number.isNaN(t)) return new Date(t).toISOString().replace('.000Z', 'Z');
  }
  // Unix seconds or milliseconds, used by a few CMSs in data attributes.
  if (/^\d{10}(\d{3})?$/.test(s)) {
    const t = new Date(s.length === 10 ? +s * 1000 : +s);
    if (validDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate())) return t.toISOString().replace('.000Z', 'Z');
  }
  return parseTextDate(s)?.iso ?? null;
}

export interface TextDate {
  iso: string;
  /** Where the match sits in the input, so callers can cut it out of a byline line. */
  index: number;
  length: number;
}

/** The first human-written date in `text`, in any of the supported languages. */
export function parseTextDate(text: string): TextDate | null {
  // Every pattern holds a year: most lines have none (and a native search costs a fresh page less than a loop).
  if (!YEAR.test(text)) return null;
  let best: TextDate | null = null;
  for (const order of ORDERS) {
    const m = leftmost(text, order);
    if (!m || (best && m.index >= best.index)) continue;
    const iso = isoOfMatch(m);
    if (iso) best = { iso, index: m.index, length: m.end - m.index };
  }
  return best;
}

function isoOfMatch(m: DateMatch): string | null {
  let hh = m.hh;
  if (hh !== undefined && m.ap) hh = (hh % 12) + (m.ap === 'p' ? 12 : 0);
  return isoOf(m.y, m.mo, m.d, hh, m.mm);
}
