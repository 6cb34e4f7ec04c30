import type { PageWords } from './types';

/** Kazakh page words. */
export const kk: PageWords = {
  months: [
    ['қаңтар', 'қаңтардағы'], ['ақпан'], ['наурыз'], ['сәуір'], ['мамыр'], ['маусым'], ['шілде'], ['тамыз'], ['қыркүйек'],
    ['қазан'], ['қараша'], ['желтоқсан'],
  ],
  // "year" (`2023 жылғы 5 қараша`, `2023 ж. 5 қараша`)
  yearWords: ['жылғы', 'жыл', 'ж.'],
  authorJoiners: ['және'],
  bylinePrefixes: [],
  // "was published"
  publishedLabels: ['жарияланды', 'жарияланған'],
  // "read", "subscribe", "share"
  chromeLines: ['оқыңыз', 'жазылыңыз', 'бөлісу'],
  // "picture"
  creditLines: ['сурет'],
};
