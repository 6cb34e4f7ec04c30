import type { PageWords } from './types';

/** Czech page words: months in the genitive (`5. března 2024`) and the nominative. */
export const cs: PageWords = {
  months: [
    ['ledna', 'leden'], ['února', 'únor'], ['března', 'březen'], ['dubna', 'duben'], ['května', 'květen'], ['června', 'červen'],
    ['července', 'červenec'], ['srpna', 'srpen'], ['září'], ['října', 'říjen'], ['listopadu', 'listopad'], ['prosince', 'prosinec'],
  ],
  // `5. března 2024 v 13:40`
  timeJoiners: ['v'],
  // "author" (m., f.), "authors"
  bylinePrefixes: ['autor', 'autorka', 'autoři'],
  bylineInLine: ['autor', 'autorka'],
  authorJoiners: ['a'],
  bylineTrailers: ['dne', 'publikováno', 'aktualizováno'],
  // "published"
  publishedLabels: ['publikováno', 'zveřejněno'],
  // "read also", "share", "advertisement"
  chromeLines: ['čtěte také', 'přečtěte si také', 'sdílet', 'reklama'],
  // "photo", "source"
  creditLines: ['foto', 'zdroj'],
  // `komentare`, `komentar` (Polish sites write `komentarz` with the same stem)
  commentClassStems: ['komentar'],
};
