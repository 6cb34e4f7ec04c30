import type { PageWords } from './types';

/** Russian page words. */
export const ru: PageWords = {
  months: [
    ['января', 'январь', 'янв'], ['февраля', 'февраль', 'фев'], ['марта', 'март', 'мар'], ['апреля', 'апрель', 'апр'],
    ['мая', 'май'], ['июня', 'июнь', 'июн'], ['июля', 'июль', 'июл'], ['августа', 'август', 'авг'],
    ['сентября', 'сентябрь', 'сен', 'сент'], ['октября', 'октябрь', 'окт'], ['ноября', 'ноябрь', 'ноя', 'нояб'],
    ['декабря', 'декабрь', 'дек'],
  ],
  // `2023 г.`, `2023 года`
  yearSuffixes: ['г.', 'года'],
  timeJoiners: ['в'],
  // "author", "text", "material prepared by", "prepared by", "correspondent"
  bylinePrefixes: [
    'автор', 'авторы', 'текст', 'материал подготовил', 'материал подготовила', 'материал подготовили', 'подготовил',
    'подготовила', 'подготовили', 'корреспондент',
  ],
  bylineInLine: ['автор', 'авторы', 'текст'],
  authorJoiners: ['и'],
  bylineTrailers: ['опубликовано', 'обновлено', 'в'],
  // "published", "publication date"
  publishedLabels: ['опубликовано', 'дата публикации'],
  // "subscribe", "share", "read also / more / us", "see also / more", "watch the news", "advertisement"
  chromeLines: [
    'подпишись', 'подпишитесь', 'подписывайтесь', 'подписаться', 'поделиться', 'поделитесь', 'читайте также', 'читайте ещё',
    'читайте еще', 'читайте нас', 'смотрите также', 'смотрите ещё', 'смотри новости', 'реклама',
  ],
  // "photo", "photograph", "photo source"
  creditLines: ['фото', 'фотография', 'источник фото'],
  // transliterated: `kommentarii`, `kommenty`
  commentClassStems: ['komment'],
};
