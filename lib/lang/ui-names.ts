/**
 * Names the interface needs where the browser's `Intl` data lacks them (Chromium ships Kazakh without
 * month or language names, and its list format without a conjunction). Data only; components/format.ts
 * uses an entry when `Intl` answers with a number or a bare code. Adding a UI locale = adding an entry.
 */
export interface UiNames {
  /** Month names as a date writes them, January first. */
  months: readonly string[];
  /** A long date: {y} year, {d} day, {m} month name. */
  longDate: string;
  /** Date and time together: {date}, {time}. */
  dateTime: string;
  /** Language names by ISO 639-1 code. */
  languages: Readonly<Record<string, string>>;
  /** The word joining the last two items of a list ("a, b and c"). */
  and: string;
}

export const UI_NAMES: Readonly<Record<string, UiNames>> = {
  // CLDR kk: long date "y 'ж'. d MMMM", date-time "{1}, {0}"; languages as Kazakh names them.
  kk: {
    months: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
    longDate: '{y} ж. {d} {m}',
    dateTime: '{date}, {time}',
    languages: {
      kk: 'қазақ тілі', ru: 'орыс тілі', en: 'ағылшын тілі', uk: 'украин тілі', de: 'неміс тілі', fr: 'француз тілі',
      es: 'испан тілі', cs: 'чех тілі', be: 'беларусь тілі', uz: 'өзбек тілі', ky: 'қырғыз тілі', tr: 'түрік тілі', zh: 'қытай тілі',
      ar: 'араб тілі', it: 'итальян тілі', pl: 'поляк тілі', ja: 'жапон тілі', pt: 'португал тілі', tg: 'тәжік тілі',
    },
    and: 'және',
  },
};
