/**
 * The languages Byline identifies, as data: ISO 639-1 code, franc's ISO 639-3 code, the script
 * they are written in, and the lowercase letters of their alphabet in that script.
 *
 * Alphabets are used as evidence *against* a language: a letter a language never writes (ы in
 * Ukrainian, і in Russian, ә in anything but Kazakh) is the strongest cue there is to separate
 * close languages that franc's trigrams confuse on short texts. Letters are the standard modern
 * orthographies; loan letters that appear in ordinary news text are included so they are not penalised.
 */

/** ISO 15924 script codes for what `detectLanguage` reports in `script`. */
export type ScriptCode =
  | 'Latn'
  | 'Cyrl'
  | 'Grek'
  | 'Armn'
  | 'Hebr'
  | 'Arab'
  | 'Deva'
  | 'Thai'
  | 'Geor'
  | 'Hang'
  | 'Jpan'
  | 'Hani'
  | 'Zyyy';

export interface LanguageProfile {
  /** ISO 639-1. */
  code: string;
  /** franc's ISO 639-3 code; null when the script alone decides (Greek, Georgian…). */
  franc: string | null;
  script: ScriptCode;
  /** Lowercase letters of the alphabet in `script`; empty when not used as evidence. */
  alphabet: string;
  /** Spellings the orthography rules out even though each letter is in the alphabet; each match counts as a foreign letter. */
  forbidden?: readonly SpellingRule[];
  /**
   * Letters typical of this language that its close neighbours lack, and their share of all
   * letters in ordinary prose (from letter-frequency tables; Kazakh checked on KazNERD: 6.7% without і, which Kazakh shares with uk/be).
   * A text with far fewer of them than expected is evidence against the language. Several groups
   * check against different neighbours (Macedonian ј… against Bulgarian, ѓ ќ ѕ against Serbian).
   */
  markers?: readonly { letters: string; rate: number }[];
}

/** An orthographic rule: a pattern (on lowercase text) a language does not write, with why and an example. */
export interface SpellingRule {
  pattern: RegExp;
  reason: string;
  example: string;
}

/**
 * Russian-based orthographies (ru, kk, ky, mn) write the hard sign only as a separator before
 * a iotated vowel; Bulgarian writes ъ as a vowel before consonants, so this separates the two.
 */
const HARD_SIGN_SEPARATOR_ONLY: SpellingRule = {
  pattern: /ъ(?![еёюя])/gu,
  reason: 'ъ is only a separator before е, ё, ю, я in Russian-based spelling',
  example: 'объявил (ru) vs път, български (bg)',
};

/** Belarusian and Ukrainian infinitives and nouns end in -ць (рабіць, хлопець); Russian writes -ть. */
const NO_FINAL_TS: SpellingRule = {
  pattern: /ць(?!\p{L})/gu,
  reason: 'a word ending in -ць is Belarusian or Ukrainian; Russian writes -ть',
  example: 'забракуюць (be), кінець (uk) vs делать (ru)',
};

/** Bulgarian writes the soft sign only before о; Russian uses it after consonants and at word ends. */
const SOFT_SIGN_BEFORE_O_ONLY: SpellingRule = {
  pattern: /ь(?!о)/gu,
  reason: 'Bulgarian writes ь only before о',
  example: 'шофьор, синьо (bg) vs быть, только (ru)',
};

/**
 * East Slavic verbs carry the reflexive as a suffix (-ся, -сь: начался, считается); the South
 * Slavic languages write it as a separate word (се), so these endings are not Bulgarian.
 */
const REFLEXIVE_SUFFIX: SpellingRule = {
  pattern: /(?:т|ть|л|ла|ло|ли)с[яь](?!\p{L})/gu,
  reason: 'a verb ending in -тся, -ться, -лся, -лась, -лось or -лись is East Slavic; Bulgarian writes the reflexive apart (се)',
  example: 'считается, начался (ru) vs се смята, започна се (bg)',
};

/** Basic Latin letters, the base of every Latin alphabet below. */
const AZ = 'abcdefghijklmnopqrstuvwxyz';
/** The Russian alphabet, the base of the Turkic and Mongolian Cyrillic alphabets. */
const RU = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя';

/** A pseudo-letter standing for an apostrophe between two Cyrillic letters (Ukrainian/Belarusian м'ясо, аб'ём). */
export const CYRILLIC_APOSTROPHE = "'";

export const PROFILES: readonly LanguageProfile[] = [
  // Cyrillic
  { code: 'ru', franc: 'rus', script: 'Cyrl', alphabet: RU, forbidden: [HARD_SIGN_SEPARATOR_ONLY, NO_FINAL_TS], markers: [{ letters: 'ыэё', rate: 0.022 }] },
  { code: 'kk', franc: 'kaz', script: 'Cyrl', alphabet: RU + 'әғқңөұүһі', forbidden: [HARD_SIGN_SEPARATOR_ONLY], markers: [{ letters: 'әғқңөұүһ', rate: 0.065 }] },
  { code: 'uk', franc: 'ukr', script: 'Cyrl', alphabet: 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя' + CYRILLIC_APOSTROPHE, markers: [{ letters: 'іїєґ' + CYRILLIC_APOSTROPHE, rate: 0.065 }] },
  { code: 'be', franc: 'bel', script: 'Cyrl', alphabet: 'абвгдеёжзійклмнопрстуўфхцчшыьэюя' + CYRILLIC_APOSTROPHE, markers: [{ letters: 'іў' + CYRILLIC_APOSTROPHE, rate: 0.07 }] },
  { code: 'bg', franc: 'bul', script: 'Cyrl', alphabet: 'абвгдежзийклмнопрстуфхцчшщъьюя', forbidden: [SOFT_SIGN_BEFORE_O_ONLY, REFLEXIVE_SUFFIX], markers: [{ letters: 'ъ', rate: 0.02 }] },
  { code: 'mk', franc: 'mkd', script: 'Cyrl', alphabet: 'абвгдѓежзѕијклљмнњопрстќуфхцчџш', markers: [{ letters: 'јљњџѓќѕ', rate: 0.015 }, { letters: 'ѓќѕ', rate: 0.008 }] },
  { code: 'sr', franc: 'srp', script: 'Cyrl', alphabet: 'абвгдђежзијклљмнњопрстћуфхцчџш', markers: [{ letters: 'ђћјљњџ', rate: 0.03 }, { letters: 'ђћ', rate: 0.01 }] },
  { code: 'ky', franc: 'kir', script: 'Cyrl', alphabet: RU + 'ңөү', forbidden: [HARD_SIGN_SEPARATOR_ONLY], markers: [{ letters: 'ңөү', rate: 0.05 }, { letters: 'ң', rate: 0.015 }] },
  { code: 'mn', franc: 'khk', script: 'Cyrl', alphabet: RU + 'өү', forbidden: [HARD_SIGN_SEPARATOR_ONLY], markers: [{ letters: 'өү', rate: 0.05 }] },
  { code: 'uz', franc: 'uzn', script: 'Cyrl', alphabet: 'абвгдеёжзийклмнопрстуфхцчшъьэюяўқғҳ', markers: [{ letters: 'ўқғҳ', rate: 0.05 }] },
  { code: 'tg', franc: 'tgk', script: 'Cyrl', alphabet: 'абвгғдеёжзиӣйкқлмнопрстуӯфхҳчҷшъэюя', markers: [{ letters: 'ғӣқӯҳҷ', rate: 0.05 }] },
  // Latin
  { code: 'en', franc: 'eng', script: 'Latn', alphabet: AZ },
  { code: 'de', franc: 'deu', script: 'Latn', alphabet: AZ + 'äöüß' },
  { code: 'fr', franc: 'fra', script: 'Latn', alphabet: AZ + 'àâæçéèêëîïôœùûüÿ' },
  { code: 'es', franc: 'spa', script: 'Latn', alphabet: AZ + 'áéíñóúü' },
  { code: 'it', franc: 'ita', script: 'Latn', alphabet: AZ + 'àèéìíîòóù' },
  { code: 'pt', franc: 'por', script: 'Latn', alphabet: AZ + 'áâãàçéêíóôõú' },
  // No marker letters for Czech: much Czech web text is typed without diacritics (Polish is told apart by its own letters).
  { code: 'cs', franc: 'ces', script: 'Latn', alphabet: AZ + 'áčďéěíňóřšťúůýž' },
  { code: 'pl', franc: 'pol', script: 'Latn', alphabet: AZ + 'ąćęłńóśźż', markers: [{ letters: 'ąćęłńóśźż', rate: 0.06 }] },
  // Turkish pages saved in windows-1254 and read as windows-1252 show ý þ ð for ı ş ğ; such text is still Turkish.
  { code: 'tr', franc: 'tur', script: 'Latn', alphabet: AZ + 'çğıöşüâîû' + 'ýþð' },
  { code: 'nl', franc: 'nld', script: 'Latn', alphabet: AZ + 'éèëïöü' },
  { code: 'uz', franc: 'uzn', script: 'Latn', alphabet: AZ },
  // Other scripts: franc separates the languages sharing Arabic or Devanagari; the rest are one language per script here.
  // Persian has پ چ ژ گ and its own yeh and kaf (ی ک); Arabic never writes them. Persian typed on Arabic
  // keyboards uses ي ك, so those stay in the Persian alphabet.
  { code: 'ar', franc: 'arb', script: 'Arab', alphabet: 'ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي', markers: [{ letters: 'ة', rate: 0.02 }] },
  { code: 'fa', franc: 'pes', script: 'Arab', alphabet: 'ءآأؤئابپةتثجچحخدذرزژسشصضطظعغفقكکگلمنوهىيی', markers: [{ letters: 'پچژگ', rate: 0.015 }, { letters: 'پچژگیک', rate: 0.075 }] },
  { code: 'hi', franc: 'hin', script: 'Deva', alphabet: '' },
  { code: 'el', franc: null, script: 'Grek', alphabet: '' },
  { code: 'hy', franc: null, script: 'Armn', alphabet: '' },
  { code: 'he', franc: null, script: 'Hebr', alphabet: '' },
  { code: 'ka', franc: null, script: 'Geor', alphabet: '' },
  { code: 'th', franc: null, script: 'Thai', alphabet: '' },
  { code: 'ko', franc: null, script: 'Hang', alphabet: '' },
  { code: 'ja', franc: null, script: 'Jpan', alphabet: '' },
  { code: 'zh', franc: null, script: 'Hani', alphabet: '' },
];

/** Common non-standard page declarations: country codes used as language codes, old ISO codes. */
export const HINT_ALIASES: Readonly<Record<string, string>> = {
  kz: 'kk',
  ua: 'uk',
  by: 'be',
  cz: 'cs',
  iw: 'he',
  jp: 'ja',
  gr: 'el',
};
