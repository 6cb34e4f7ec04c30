/**
 * Date parsing for metadata: machine dates (ISO 8601, RFC 2822 from meta tags) and dates written for
 * people in ru/kk/uk/en/de/fr/es (`5 ноября 2023 13:40`, `21.01.2025`, `8 octobre 2025`,
 * `2023 жылғы 5 қараша`, `March 3, 2024`). Output is ISO 8601 as precise as the input:
 * `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM`, or with seconds and offset when the source gives them.
 */

import { hasDigit } from './text';

/** Month names and common abbreviations, by language; genitive and nominative forms both listed. */
const MONTH_WORDS: Array<[number, string[]]> = [
  [1, ['january', 'jan', 'января', 'январь', 'янв', 'січня', 'січень', 'січ', 'қаңтар', 'қаңтардағы', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene']],
  [2, ['february', 'feb', 'февраля', 'февраль', 'фев', 'лютого', 'лютий', 'лют', 'ақпан', 'februar', 'février', 'fevrier', 'févr', 'fevr', 'febrero']],
  [3, ['march', 'mar', 'марта', 'март', 'мар', 'березня', 'березень', 'бер', 'наурыз', 'märz', 'maerz', 'mars', 'marzo']],
  [4, ['april', 'apr', 'апреля', 'апрель', 'апр', 'квітня', 'квітень', 'кві', 'сәуір', 'avril', 'avr', 'abril', 'abr']],
  [5, ['may', 'мая', 'май', 'травня', 'травень', 'тра', 'мамыр', 'mai', 'mayo']],
  [6, ['june', 'jun', 'июня', 'июнь', 'июн', 'червня', 'червень', 'чер', 'маусым', 'juni', 'juin', 'junio']],
  [7, ['july', 'jul', 'июля', 'июль', 'июл', 'липня', 'липень', 'лип', 'шілде', 'juli', 'juillet', 'juil', 'julio']],
  [8, ['august', 'aug', 'августа', 'август', 'авг', 'серпня', 'серпень', 'сер', 'тамыз', 'août', 'aout', 'agosto', 'ago']],
  [9, ['september', 'sept', 'sep', 'сентября', 'сентябрь', 'сен', 'сент', 'вересня', 'вересень', 'вер', 'қыркүйек', 'septembre', 'septiembre', 'setiembre']],
  [10, ['october', 'oct', 'октября', 'октябрь', 'окт', 'жовтня', 'жовтень', 'жов', 'қазан', 'oktober', 'okt', 'octobre', 'octubre']],
  [11, ['november', 'nov', 'ноября', 'ноябрь', 'ноя', 'нояб', 'листопада', 'листопад', 'лис', 'қараша', 'novembre', 'noviembre']],
  [12, ['december', 'dec', 'декабря', 'декабрь', 'дек', 'грудня', 'грудень', 'гру', 'желтоқсан', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic']],
];

const MONTH_BY_WORD = new Map<string, number>();
for (const [m, words] of MONTH_WORDS) for (const w of words) MONTH_BY_WORD.set(w, m);
// Longest first so `sept` wins over `sep` inside the alternation.
const MONTH_ALT = [...MONTH_BY_WORD.keys()].sort((a, b) => b.length - a.length).join('|');

/** Not inside a longer word (JS `\b` does not understand Cyrillic). */
const NB = '(?<![\\p{L}\\p{N}])';
const NA = '(?![\\p{L}\\p{N}])';
/** After a year only a digit extends the number: page text glued from elements reads `April 13, 2023Tags`. */
const NA_YEAR = '(?!\\d)';
/** Optional time after a date: `13:40`, `, 13:40`, `в 13:40`, `at 1:40 pm`, `um 13:40 Uhr`, `à 13h40`. */
const TIME = '(?:\\s*(?:,|в|at|um|à|a las|о|–|-|\\|)?\\s*(\\d{1,2})[:h.](\\d{2})(?:\\s*([ap])\\.?m\\.?)?)?';
const YEAR = '((?:19|20)\\d{2})';

/** Each pattern names where day, month and year sit in its groups; the time groups follow. */
interface TextDatePattern {
  re: RegExp;
  order: 'dmy' | 'mdy' | 'ymd' | 'num-dmy' | 'num-ymd';
  example: string;
}

const TEXT_DATE_PATTERNS: TextDatePattern[] = [
  // `5 ноября 2023`, `5. November 2023`, `8 octobre 2025`, `8 de octubre de 2025`, `5th March 2024`
  { re: new RegExp(`${NB}(\\d{1,2})(?:st|nd|rd|th|er)?\\.?\\s+(?:de\\s+)?(${MONTH_ALT})\\.?,?\\s+(?:de\\s+|del\\s+)?${YEAR}(?:\\s*(?:г\\.|года|р\\.|року))?${NA_YEAR}${TIME}`, 'iu'), order: 'dmy', example: '5 ноября 2023 13:40' },
  // `March 3, 2024`, `Nov. 5 2023`
  { re: new RegExp(`${NB}(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}${NA_YEAR}${TIME}`, 'iu'), order: 'mdy', example: 'March 3, 2024' },
  // Kazakh: `2023 жылғы 5 қараша`, `2023 ж. 5 қараша`
  { re: new RegExp(`${NB}${YEAR}\\s*(?:жылғы|жыл|ж\\.)\\s+(\\d{1,2})\\s+(${MONTH_ALT})${NA}${TIME}`, 'iu'), order: 'ymd', example: '2023 жылғы 5 қараша' },
  // `21.01.2025`, `21/01/2025`, `21-01-2025` (day first, as everywhere outside the US)
  { re: new RegExp(`${NB}(\\d{1,2})[./-](\\d{1,2})[./-]${YEAR}${NA}${TIME}`, 'u'), order: 'num-dmy', example: '21.01.2025' },
  // `2025-01-21`, `2025/01/21`, `2025.01.21`
  { re: new RegExp(`${NB}${YEAR}[./-](\\d{1,2})[./-](\\d{1,2})${NA}${TIME}`, 'u'), order: 'num-ymd', example: '2025-01-21' },
];

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
  // Every pattern needs a digit: most lines have none, and then no regex runs (each of these costs a
  // millisecond or more to compile the first time a page uses it).
  if (!hasDigit(text)) return null;
  let best: TextDate | null = null;
  for (const p of TEXT_DATE_PATTERNS) {
    const m = p.re.exec(text);
    if (!m || (best && m.index >= best.index)) continue;
    const iso = isoFromMatch(m, p.order);
    if (iso) best = { iso, index: m.index, length: m[0].length };
  }
  return best;
}

function isoFromMatch(m: RegExpExecArray, order: TextDatePattern['order']): string | null {
  const g = (i: number) => m[i];
  let y: number, mo: number, d: number;
  switch (order) {
    case 'dmy':
      [d, mo, y] = [+g(1)!, MONTH_BY_WORD.get(g(2)!.toLowerCase()) ?? 0, +g(3)!];
      break;
    case 'mdy':
      [mo, d, y] = [MONTH_BY_WORD.get(g(1)!.toLowerCase()) ?? 0, +g(2)!, +g(3)!];
      break;
    case 'ymd':
      [y, d, mo] = [+g(1)!, +g(2)!, MONTH_BY_WORD.get(g(3)!.toLowerCase()) ?? 0];
      break;
    case 'num-dmy':
      [d, mo, y] = [+g(1)!, +g(2)!, +g(3)!];
      // `01/21/2025` can only be month first.
      if (mo > 12 && d <= 12) [d, mo] = [mo, d];
      break;
    case 'num-ymd':
      [y, mo, d] = [+g(1)!, +g(2)!, +g(3)!];
      break;
  }
  let hh = g(4) !== undefined ? +g(4)! : undefined;
  const mm = g(5) !== undefined ? +g(5)! : undefined;
  const ampm = g(6)?.toLowerCase();
  if (hh !== undefined && ampm) hh = (hh % 12) + (ampm === 'p' ? 12 : 0);
  return isoOf(y, mo, d, hh, mm);
}
