/**
 * What an element's class and id words say (chrome, content, caption, author, date), answered once per
 * distinct class string: pages repeat the same few classes on thousands of elements. Words are looked up
 * in sets, not matched with regexes, so a cold page compiles none for this. A hint word must stand alone
 * between `-`, `_`, spaces or the ends of the string; words written with `-` (`read-also`) are matched as
 * the run of parts they span, and their spelling without `-` too where listed.
 * tests/unit/page/class-hints.test.ts checks every answer against the regexes this replaced.
 */
import { pageWords } from '../lang/page';

export const HINT_ALWAYS = 1;
export const HINT_WEAK = 2;
export const HINT_CONTENT = 4;
export const HINT_CAPTION = 8;
export const HINT_AUTHOR = 16;
export const HINT_DATE = 32;
/** Comment threads: chrome that the second try (a wrapper named like chrome) still leaves out. */
export const HINT_COMMENT = 64;

/** Chrome even inside the article column (comments, share bars, "read also", subscribe prompts, ads, widgets). */
const ALWAYS = [
  'disqus', 'share', 'sharing', 'sharebar', 'social', 'socials', 'related',
  'relatedposts', 'recommended', 'recommendations', 'read-also', 'readalso', 'also-read', 'alsoread', 'read-more', 'readmore',
  'more-news', 'morenews', 'subscribe', 'subscription', 'newsletter', 'cookie', 'cookies', 'consent', 'gdpr', 'advert', 'adverts',
  'advertisement', 'adsbygoogle', 'adslot', 'sponsored', 'outbrain', 'taboola', 'breadcrumb', 'breadcrumbs', 'weather', 'currency',
  'exchange', 'popup', 'modal', 'author-bio', 'authorbio', 'author-box', 'authorbox', 'about-author', 'aboutauthor', 'skip-link',
  'skiplink', 'screen-reader-text', 'sr-only', 'visually-hidden', 'testimonial', 'testimonials', 'copyright', 'disclaimer',
];
/** Chrome words that a content word on the same element overrides (`content-sidebar-wrap` holds the article). */
const WEAK = [
  'nav', 'navbar', 'navigation', 'menu', 'footer', 'sidebar', 'banner', 'masthead', 'toolbar', 'tags', 'tagcloud', 'pagination',
  'pager', 'login', 'signup', 'ad', 'ads', 'adv', 'promo', 'sponsor', 'byline', 'meta', 'header', 'topbar', 'cta',
];
const COMMENT = ['comment', 'comments', 'comment-list', 'commentlist', 'disqus'];
const CONTENT = ['content', 'article', 'main', 'post', 'entry', 'body', 'story', 'text', 'blog', 'news'];
const CAPTION = ['caption', 'credit', 'credits', 'photo-credit', 'photocredit', 'wp-caption-text', 'image-caption', 'imagecaption'];
const AUTHOR = ['author', 'authors', 'byline', 'by-line', 'writer', 'author-name', 'article-author', 'post-author', 'creator'];
const DATE = [
  'date', 'time', 'published', 'pubdate', 'posted', 'timestamp', 'meta', 'byline', 'info', 'article-info', 'entry-meta',
  'post-meta', 'dateline',
];

/** Comment threads are named in compounds (`commentdiv`, `facebookcomments`): their stems count inside any part. */
const COMMENT_STEMS = pageWords('commentClassStems');

const FLAGS = new Map<string, number>();
for (const [words, flag] of [[ALWAYS, HINT_ALWAYS], [COMMENT, HINT_ALWAYS | HINT_COMMENT], [WEAK, HINT_WEAK], [CONTENT, HINT_CONTENT], [CAPTION, HINT_CAPTION], [AUTHOR, HINT_AUTHOR], [DATE, HINT_DATE]] as const)
  for (const w of words) FLAGS.set(w, (FLAGS.get(w) ?? 0) | flag);
/** The most parts a listed word spans (`screen-reader-text`). */
const MAX_PARTS = 3;

/** Remembered answers; cleared when full, so a hostile page with endless distinct classes stays bounded. */
const memo = new Map<string, number>();
const MEMO_MAX = 4096;

/** The hint flags of a lower-cased class-and-id string (`classAndId`). */
export function classHints(ci: string): number {
  if (!ci) return 0;
  const known = memo.get(ci);
  if (known !== undefined) return known;
  const flags = computeHints(ci);
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(ci, flags);
  return flags;
}

/** A separator between parts, kept in the split's output (only `-` may join parts inside a listed word). */
const SEPARATOR = /([-_\s])/;

function computeHints(ci: string): number {
  // Parts at even indexes, each separator after its part (one native split, not a loop over characters).
  const tokens = ci.split(SEPARATOR);
  let flags = 0;
  for (let a = 0; a < tokens.length; a += 2) {
    const part = tokens[a]!;
    if (!(flags & HINT_COMMENT) && part.length > 6) {
      for (const stem of COMMENT_STEMS) if (part.includes(stem)) flags |= HINT_ALWAYS | HINT_COMMENT;
    }
    // A span of parts joined by `-` is a candidate word too.
    let word = part;
    for (let b = a; b < tokens.length && b < a + 2 * MAX_PARTS; b += 2) {
      if (b > a) {
        if (tokens[b - 1] !== '-') break;
        word += '-' + tokens[b];
      }
      const f = FLAGS.get(word);
      if (f) flags |= f;
    }
  }
  return flags;
}
