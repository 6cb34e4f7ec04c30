/**
 * The words the page layer (lib/page) reads in one language: month names for dates written for people,
 * labels and prefixes around bylines and dates, and the short lines of page chrome that are not article
 * text. Lower case throughout; lib/page builds its matchers from the union over languages, so adding a
 * language is adding one file here and a line in index.ts.
 */
export interface PageWords {
  /** Month names, January first (12 lists): genitive and nominative forms and the abbreviations sites print. */
  months: readonly (readonly string[])[];
  /** Words after a year (`2023 года`, `2023 р.`). */
  yearSuffixes?: readonly string[];
  /** Words between the year and the day in year-first dates (Kazakh `2023 жылғы 5 қараша`). */
  yearWords?: readonly string[];
  /** Words between the month and the year (`8 de octubre de 2025`). */
  yearJoiners?: readonly string[];
  /** Words between a date and its time (`5 ноября 2023 в 13:40`, `at 1:40 pm`). */
  timeJoiners?: readonly string[];
  /** Words that introduce a byline at its start (`By`, `Автор:`, `материал подготовил`). */
  bylinePrefixes: readonly string[];
  /** Words that may come before a byline prefix (`Written by`). */
  bylineLeads?: readonly string[];
  /** Byline prefixes recognised inside a longer line (`21.01.2025 | Автор: Иван Петров`). */
  bylineInLine?: readonly string[];
  /** Words that join several author names (`and`, `и`). */
  authorJoiners?: readonly string[];
  /** Words a byline line may trail after the names, cut off (`Jean Dupont, le …`, `Juan Pérez, actualizado`). */
  bylineTrailers?: readonly string[];
  /** Labels that introduce the publication date (not "updated"). */
  publishedLabels?: readonly string[];
  /** Starts of short lines that are calls to action or widget labels (`Read also`, `Подписывайтесь`). */
  chromeLines?: readonly string[];
  /** Starts of photo credits set as plain paragraphs, before a `:` or `/` (`Фото: …`). */
  creditLines?: readonly string[];
  /**
   * Stems of the class/id words sites in this language give comment threads, found inside longer words
   * (`commentdiv`, `facebookcomments`, `komentarzWiersz`): Latin letters, as class names are written.
   */
  commentClassStems?: readonly string[];
}
