/**
 * Transliteration of Cyrillic names into Latin letters, for readers who can't read Cyrillic:
 * Russian BGN/PCGN, Ukrainian national 2010, Kazakh Latin 2021 and the usual English spelling.
 *
 * One engine, one table per system (./tables.ts). Case follows the source: a capital that maps to
 * several Latin letters is title-cased ("Шамиль" → "Shamil"), or all caps inside an all-caps word
 * ("ШАМИЛЬ" → "SHAMIL"). Everything that is not Cyrillic passes through untouched.
 */
import {
  BGN_PCGN_RU,
  EN_COMMON,
  KZ_LATIN_2021,
  UA_NATIONAL_2010,
  type RuleContext,
  type TranslitRule,
  type TranslitTable,
} from './tables';

export type TranslitSystem = 'bgn-pcgn-ru' | 'ua-national-2010' | 'kz-latin-2021' | 'en-common';

const TABLES: Readonly<Record<TranslitSystem, TranslitTable>> = {
  'bgn-pcgn-ru': BGN_PCGN_RU,
  'ua-national-2010': UA_NATIONAL_2010,
  'kz-latin-2021': KZ_LATIN_2021,
  'en-common': EN_COMMON,
};

/** Any Cyrillic letter: the cheap check before any work. */
const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Letters only Kazakh uses (і is shared with Ukrainian and Belarusian, so it is not here). */
const KAZAKH_ONLY = /[әғқңөұүһ]/iu;
/** Letters only Ukrainian uses among the supported languages. */
const UKRAINIAN_ONLY = /[єїґ]/iu;
/** Letters Ukrainian lacks: a name with them is spelt the Russian way. */
const NOT_UKRAINIAN = /[ыэёъ]/iu;
/** Apostrophes Ukrainian writes inside words (Короп'є); dropped between two Cyrillic letters. */
const APOSTROPHES = new Set(["'", '’', 'ʼ', '`']);

/** Which systems apply to a name in each language, the usual English spelling first. */
const SYSTEMS_BY_LANGUAGE: Readonly<Record<'ru' | 'kk' | 'uk', readonly TranslitSystem[]>> = {
  ru: ['en-common', 'bgn-pcgn-ru'],
  kk: ['en-common', 'kz-latin-2021'],
  // The national system is what Ukraine's passports and official English use (Kyiv, Kharkiv), so it
  // doubles as the usual English spelling; a Russian-style "en-common" reading would be wrong (г is h).
  uk: ['ua-national-2010'],
};

/** Transliterates every Cyrillic letter of `text`; other characters are kept as they are. */
export function transliterate(text: string, system: TranslitSystem): string {
  if (typeof text !== 'string' || !CYRILLIC.test(text)) return typeof text === 'string' ? text : '';
  const table = TABLES[system] ?? EN_COMMON;
  const chars = Array.from(text);
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const lower = lowerChar(ch);
    if (APOSTROPHES.has(ch) && isCyrillicLetter(chars[i - 1]) && isCyrillicLetter(chars[i + 1])) continue;
    const base = table.letters[lower];
    if (base === undefined || !isCyrillicChar(ch)) {
      out += ch;
      continue;
    }
    const latin = ruleFor(table.rules, lower, chars, i)?.to ?? base;
    out += ch === lower ? latin : applyCase(latin, chars, i, table);
  }
  return out;
}

/** Per character: its lowercase form and whether it is Cyrillic, so names do not re-run both per letter. */
const CHAR_INFO = new Map<string, { lower: string; cyrillic: boolean }>();
/** Bounded: odd input (CJK names) must not grow it without end. */
const MAX_CHAR_INFO = 4096;

function charInfo(ch: string): { lower: string; cyrillic: boolean } {
  let info = CHAR_INFO.get(ch);
  if (!info) {
    info = { lower: ch.toLowerCase(), cyrillic: CYRILLIC.test(ch) };
    if (CHAR_INFO.size >= MAX_CHAR_INFO) CHAR_INFO.clear();
    CHAR_INFO.set(ch, info);
  }
  return info;
}

function lowerChar(ch: string): string {
  return charInfo(ch).lower;
}

function isCyrillicChar(ch: string): boolean {
  return charInfo(ch).cyrillic;
}

/**
 * The Latin spellings of a Cyrillic name, the usual English spelling first. The language decides the
 * systems, except that letters only one language has win (қ means Kazakh, є means Ukrainian).
 * A name without Cyrillic letters gets [].
 */
export function latinNames(name: string, language: string): { system: TranslitSystem; latin: string }[] {
  if (typeof name !== 'string' || !CYRILLIC.test(name)) return [];
  const systems = SYSTEMS_BY_LANGUAGE[nameLanguage(name, language)];
  return systems.map((system) => ({ system, latin: transliterate(name, system) }));
}

/** The language whose systems fit the name: its own letters first, then the article's language. */
function nameLanguage(name: string, language: string): 'ru' | 'kk' | 'uk' {
  if (KAZAKH_ONLY.test(name)) return 'kk';
  if (UKRAINIAN_ONLY.test(name)) return 'uk';
  const base = (language ?? '').toLowerCase().split(/[-_]/)[0];
  if (base === 'kk') return 'kk';
  if (base === 'uk' && !NOT_UKRAINIAN.test(name)) return 'uk';
  // Russian spellings are the common case for other Cyrillic languages in the supported region.
  return 'ru';
}

/** The first rule for this letter whose context holds at position i. */
function ruleFor(rules: readonly TranslitRule[], lower: string, chars: string[], i: number): TranslitRule | undefined {
  for (const rule of rules) {
    if (rule.from === lower && contextHolds(rule.when, chars, i)) return rule;
  }
  return undefined;
}

function contextHolds(when: RuleContext, chars: string[], i: number): boolean {
  const prev = previousLetter(chars, i);
  if (when.initial && prev !== null) return false;
  if (when.after !== undefined && (prev === null || !when.after.includes(prev))) return false;
  if (when.before !== undefined) {
    const next = chars[i + 1]?.toLowerCase();
    if (next === undefined || !when.before.includes(next)) return false;
    if (when.beforeFinal && isLetter(chars[i + 2])) return false;
  }
  return true;
}

/** The lowercase letter before position i within the same word (across an in-word apostrophe), or null. */
function previousLetter(chars: string[], i: number): string | null {
  const prev = chars[i - 1];
  if (prev !== undefined && APOSTROPHES.has(prev) && isLetter(chars[i - 2])) return (chars[i - 2] as string).toLowerCase();
  return isLetter(prev) ? (prev as string).toLowerCase() : null;
}

/**
 * Case for an uppercase source letter: one Latin letter is simply uppercased; several are all caps
 * when the word around is in capitals (next letter, or for a last letter the previous one), else title case.
 */
function applyCase(latin: string, chars: string[], i: number, table: TranslitTable): string {
  const upper = table.upper ?? ((s: string) => s.toUpperCase());
  const letters = Array.from(latin);
  if (letters.length <= 1) return upper(latin);
  const next = chars[i + 1];
  const allCaps = isLetter(next) ? isUpper(next as string) : isLetter(chars[i - 1]) && isUpper(chars[i - 1] as string);
  return allCaps ? upper(latin) : upper(letters[0] as string) + letters.slice(1).join('');
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /\p{L}/u.test(ch);
}

function isCyrillicLetter(ch: string | undefined): boolean {
  return ch !== undefined && /\p{L}/u.test(ch) && CYRILLIC.test(ch);
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
