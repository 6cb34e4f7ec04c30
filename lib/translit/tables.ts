/**
 * Transliteration tables: one per system, as plain data the engine in ./index.ts reads.
 *
 * Each table maps lowercase Cyrillic letters to lowercase Latin; `rules` override a letter in a
 * context (word start, after a vowel, before a final letter…). The engine handles case, so tables
 * never spell capitals (except through `upper`, for Kazakh dotted İ). Letters a table lacks fall back
 * to FALLBACK_LETTERS, so no system leaves Cyrillic behind (a Kazakh letter in a "Russian" name).
 *
 * Written for this project from the published standards (BGN/PCGN 1947 for Russian, Ukrainian Cabinet
 * resolution No. 55 of 27 January 2010, Kazakhstan's Latin alphabet of 28 January 2021); CLDR was read
 * for comparison only.
 */

/** Where a rule applies; every given condition must hold. */
export interface RuleContext {
  /** The letter opens a word (no letter, nor an in-word apostrophe, before it). */
  initial?: true;
  /** The previous letter is one of these. */
  after?: string;
  /** The next letter is one of these… */
  before?: string;
  /** …and that next letter ends the word. */
  beforeFinal?: true;
}

export interface TranslitRule {
  from: string;
  to: string;
  when: RuleContext;
  why: string;
}

export interface TranslitTable {
  letters: Readonly<Record<string, string>>;
  rules: readonly TranslitRule[];
  /** Uppercasing that differs from String#toUpperCase (Kazakh i → İ). */
  upper?: (latin: string) => string;
}

/** Russian vowels plus й, ъ, ь: after these BGN/PCGN and common English spell е as "ye". */
const RU_YE_TRIGGERS = 'аеёиоуыэюяйъь' + 'әөұүі';

/** A readable fallback for every Cyrillic letter used in ru/uk/kk/be, so nothing stays Cyrillic. */
export const FALLBACK_LETTERS: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Kazakh
  ә: 'a', ғ: 'g', қ: 'k', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i',
  // Ukrainian and Belarusian
  є: 'ye', ї: 'yi', ґ: 'g', ў: 'w',
};

/** BGN/PCGN 1947 for Russian, with ь/ъ dropped (common practice) instead of ʼ/ˮ. */
export const BGN_PCGN_RU: TranslitTable = {
  letters: { ...FALLBACK_LETTERS, ё: 'ë' },
  rules: [
    { from: 'е', to: 'ye', when: { initial: true }, why: 'BGN/PCGN: е is ye at the start of a word' },
    { from: 'е', to: 'ye', when: { after: RU_YE_TRIGGERS }, why: 'BGN/PCGN: ye after vowels, й, ъ, ь' },
    { from: 'ё', to: 'yë', when: { initial: true }, why: 'BGN/PCGN: ё is yë at the start of a word' },
    { from: 'ё', to: 'yë', when: { after: RU_YE_TRIGGERS }, why: 'BGN/PCGN: yë after vowels, й, ъ, ь' },
  ],
};

/** Ukrainian national system (Cabinet resolution 55, 2010): passports, maps, official English. */
export const UA_NATIONAL_2010: TranslitTable = {
  letters: {
    ...FALLBACK_LETTERS,
    г: 'h', ґ: 'g', е: 'e', є: 'ie', и: 'y', і: 'i', ї: 'i', й: 'i', ю: 'iu', я: 'ia', ь: '', ё: 'io',
  },
  rules: [
    { from: 'є', to: 'ye', when: { initial: true }, why: 'resolution 55: Є at the start of a word is Ye' },
    { from: 'ї', to: 'yi', when: { initial: true }, why: 'resolution 55: Ї at the start of a word is Yi' },
    { from: 'й', to: 'y', when: { initial: true }, why: 'resolution 55: Й at the start of a word is Y' },
    { from: 'ю', to: 'yu', when: { initial: true }, why: 'resolution 55: Ю at the start of a word is Yu' },
    { from: 'я', to: 'ya', when: { initial: true }, why: 'resolution 55: Я at the start of a word is Ya' },
    { from: 'ё', to: 'yo', when: { initial: true }, why: 'not in the resolution; follows the Є/Ю/Я pattern' },
    { from: 'г', to: 'gh', when: { after: 'з' }, why: 'resolution 55: зг is zgh (Згорани → Zghorany), unlike zh for ж' },
  ],
};

/**
 * Kazakh Latin alphabet of 28 January 2021 (31 letters). Letters of Russian loanwords that the
 * alphabet lacks (ц, щ, ё, ю, я, э, ъ, ь) follow the spelling proposals published with it:
 * ts, şş, io, iu, ia, e, dropped.
 */
export const KZ_LATIN_2021: TranslitTable = {
  letters: {
    а: 'a', ә: 'ä', б: 'b', в: 'v', г: 'g', ғ: 'ğ', д: 'd', е: 'e', ё: 'io', ж: 'j', з: 'z', и: 'i',
    й: 'i', к: 'k', қ: 'q', л: 'l', м: 'm', н: 'n', ң: 'ñ', о: 'o', ө: 'ö', п: 'p', р: 'r', с: 's',
    т: 't', у: 'u', ұ: 'ū', ү: 'ü', ф: 'f', х: 'h', һ: 'h', ц: 'ts', ч: 'ç', ш: 'ş', щ: 'şş', ъ: '',
    ы: 'y', і: 'ı', ь: '', э: 'e', ю: 'iu', я: 'ia',
  },
  rules: [],
  // и/й are dotted i, whose capital is İ; і is dotless ı, whose capital is plain I.
  upper: (latin) => latin.replace(/i/g, 'İ').toUpperCase(),
};

/**
 * The usual English spelling of Russian and Kazakh names in news and passports: readable digraphs,
 * no diacritics (Tokayev, Nursultan, Serikkyzy, Akzhol, Dmitry).
 */
export const EN_COMMON: TranslitTable = {
  letters: { ...FALLBACK_LETTERS },
  rules: [
    { from: 'е', to: 'ye', when: { initial: true }, why: 'Yerlan, Yevgeny: е opening a word is ye' },
    { from: 'е', to: 'ye', when: { after: RU_YE_TRIGGERS }, why: 'Tokayev, Nazarbayev: ye after vowels, й, ъ, ь' },
    { from: 'ё', to: 'o', when: { after: 'жчшщ' }, why: 'after hushing consonants ё is spelt o (Khrushchov)' },
    { from: 'и', to: '', when: { before: 'й', beforeFinal: true }, why: 'final -ий is -y: Dmitry, Vasily, Zelensky' },
    { from: 'ы', to: '', when: { before: 'й', beforeFinal: true }, why: 'final -ый is -y: Bely' },
  ],
};
