import type { PageWords } from './types';

/** English page words. */
export const en: PageWords = {
  months: [
    ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'], ['july', 'jul'],
    ['august', 'aug'], ['september', 'sept', 'sep'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec'],
  ],
  timeJoiners: ['at'],
  bylinePrefixes: ['by', 'author', 'authors', 'reporter', 'correspondent'],
  bylineLeads: ['written', 'posted', 'reported', 'words', 'text', 'story', 'published'],
  bylineInLine: ['by'],
  authorJoiners: ['and'],
  bylineTrailers: ['the', 'on', 'at', 'published', 'updated', 'published on', 'updated on'],
  publishedLabels: ['published on', 'published', 'posted on', 'posted', 'publication date'],
  chromeLines: [
    'subscribe', 'sign up', 'follow us', 'share this', 'share', 'read also', 'read more', 'read next', 'also read', 'see also',
    'related', 'advertisement', 'click here', 'tap here', 'loading',
  ],
  creditLines: ['photo', 'image', 'credit', 'getty images'],
  commentClassStems: ['comment'],
};
