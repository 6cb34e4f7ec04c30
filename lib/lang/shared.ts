/**
 * Language data every lexicon shares: letter folds applied to all text before matching, the small
 * words that may link the capitalised words of an organisation's name, and the word of a photo credit
 * written "(X Photo/Author)".
 */

/** Letter pairs folded before matching, one UTF-16 unit for one so offsets survive (Russian ё is written е). */
export const LETTER_FOLDS: ReadonlyArray<readonly [string, string]> = [
  ['ё', 'е'],
  ['Ё', 'Е'],
];

/** Lowercase words that may stand between capitalised words of one organisation name ("Bank of America", "Кредит де Франс"). */
export const ORG_NAME_LINKS: readonly string[] = ['and', 'of', 'the', 'де', 'дер'];

/** The word of an agency photo credit in brackets: "(AP Photo/Evan Vucci)", "(ТАСС Фото/…)". */
export const PHOTO_CREDIT_WORDS: readonly string[] = ['Foto', 'Photo', 'Фото'];
