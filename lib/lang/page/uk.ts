import type { PageWords } from './types';

/** Ukrainian page words. */
export const uk: PageWords = {
  months: [
    ['січня', 'січень', 'січ'], ['лютого', 'лютий', 'лют'], ['березня', 'березень', 'бер'], ['квітня', 'квітень', 'кві'],
    ['травня', 'травень', 'тра'], ['червня', 'червень', 'чер'], ['липня', 'липень', 'лип'], ['серпня', 'серпень', 'сер'],
    ['вересня', 'вересень', 'вер'], ['жовтня', 'жовтень', 'жов'], ['листопада', 'листопад', 'лис'], ['грудня', 'грудень', 'гру'],
  ],
  // `2023 р.`, `2023 року`
  yearSuffixes: ['р.', 'року'],
  timeJoiners: ['о'],
  // "author of the material", "authors", "author"
  bylinePrefixes: ['автор матеріалу', 'автори', 'автор'],
  bylineInLine: ['автор'],
  authorJoiners: ['та'],
  bylineTrailers: ['опубліковано', 'оновлено', 'о'],
  // "published"
  publishedLabels: ['опубліковано'],
  // "read also", "subscribe"
  chromeLines: ['читайте також', 'підписуйтесь'],
  // "photo from"
  creditLines: ['фото з'],
  // transliterated: `komentari`
  commentClassStems: ['komentar', 'komment'],
};
