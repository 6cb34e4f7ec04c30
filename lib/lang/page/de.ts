import type { PageWords } from './types';

/** German page words. */
export const de: PageWords = {
  months: [
    ['januar', 'jänner'], ['februar'], ['märz', 'maerz'], ['april'], ['mai'], ['juni'], ['juli'], ['august'], ['september'],
    ['oktober', 'okt'], ['november'], ['dezember', 'dez'],
  ],
  timeJoiners: ['um'],
  bylinePrefixes: ['von'],
  bylineInLine: ['von'],
  authorJoiners: ['und'],
  bylineTrailers: ['am', 'vom', 'um', 'veröffentlicht', 'veröffentlicht am', 'aktualisiert', 'aktualisiert am'],
  publishedLabels: ['veröffentlicht am', 'veröffentlicht'],
  // "read also", "more on the topic", "subscribe", "advertisement"
  chromeLines: ['lesen sie auch', 'mehr zum thema', 'abonnieren', 'anzeige'],
  creditLines: ['foto'],
  // `kommentare`
  commentClassStems: ['kommentar'],
};
