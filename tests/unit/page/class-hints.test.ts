/**
 * classHints answers from word sets, memoised per class string; its answers must be those of the regexes
 * it replaced (kept here as the oracle, with the words added since: `testimonials?`), on generated class
 * strings built from the hint words, near misses and every separator.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classHints, HINT_ALWAYS, HINT_AUTHOR, HINT_COMMENT, HINT_CAPTION, HINT_CONTENT, HINT_DATE, HINT_WEAK } from '../../../lib/page/class-hints';

const ORACLE: Array<[number, RegExp]> = [
  [HINT_ALWAYS, /(?:^|[\s_-])(?:comments?|comment-list|commentlist|disqus|share|sharing|sharebar|social|socials|related|relatedposts|recommended|recommendations|read-?also|also-?read|read-?more|more-?news|subscribe|subscription|newsletter|cookies?|consent|gdpr|advert|adverts|advertisement|adsbygoogle|adslot|sponsored|outbrain|taboola|breadcrumbs?|weather|currency|exchange|popup|modal|author-?bio|author-?box|about-?author|skip-?link|screen-reader-text|sr-only|visually-hidden|testimonials?|copyright|disclaimer)(?=$|[\s_-])/],
  [HINT_COMMENT, /(?:^|[\s_-])(?:comments?|comment-list|commentlist|disqus)(?=$|[\s_-])/],
  [HINT_WEAK, /(?:^|[\s_-])(?:nav|navbar|navigation|menu|footer|sidebar|banner|masthead|toolbar|tags|tagcloud|pagination|pager|login|signup|ad|ads|adv|promo|sponsor|byline|meta|header|topbar|cta)(?=$|[\s_-])/],
  [HINT_CONTENT, /(?:^|[\s_-])(?:content|article|main|post|entry|body|story|text|blog|news)(?=$|[\s_-])/],
  [HINT_CAPTION, /(?:^|[\s_-])(?:caption|credit|credits|photo-?credit|wp-caption-text|image-?caption)(?=$|[\s_-])/],
  [HINT_AUTHOR, /(?:^|[\s_-])(?:author|authors|byline|by-line|writer|author-name|article-author|post-author|creator)(?=$|[\s_-])/],
  [HINT_DATE, /(?:^|[\s_-])(?:date|time|published|pubdate|posted|timestamp|meta|byline|info|article-info|entry-meta|post-meta|dateline)(?=$|[\s_-])/],
];
/** Comment stems (lib/lang/page `commentClassStems`) count inside any part between separators. */
const COMMENT_STEM = /comment|komentar|komment|kommentar|comentario|commentaire/;
const oracle = (ci: string) =>
  ORACLE.reduce((f, [flag, re]) => (re.test(ci) ? f | flag : f), 0) | (ci.split(/[\s_-]/).some((p) => COMMENT_STEM.test(p)) ? HINT_ALWAYS | HINT_COMMENT : 0);

const PARTS = [
  'comment', 'comments', 'list', 'read', 'also', 'more', 'news', 'author', 'bio', 'box', 'about', 'skip', 'link', 'screen', 'reader',
  'text', 'sr', 'only', 'visually', 'hidden', 'ad', 'ads', 'adv', 'nav', 'content', 'sidebar', 'wrap', 'photo', 'credit', 'image',
  'caption', 'wp', 'by', 'line', 'name', 'article', 'post', 'entry', 'meta', 'info', 'date', 'time', 'share', 'header', 'x', 'shared',
  'advert', 'cookies', 'breadcrumbs', 'main', 'story', 'Read', '', 'a1', 'testimonial', 'testimonials', 'komentarz', 'comm', 'ent', 'copyright',
];
const SEPARATORS = ['-', '_', ' ', '  ', '\t', '\u00a0', '--', ''];

describe('classHints', () => {
  it('agrees with the regexes on generated class strings', () => {
    const ci = fc.array(fc.tuple(fc.constantFrom(...PARTS), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 6 })
      .map((xs) => xs.map(([p, s]) => p + s).join(''));
    fc.assert(fc.property(ci, (s) => classHints(s) === oracle(s)), { numRuns: 20000 });
  });
  it.each([
    ['entry-content share-bar', HINT_ALWAYS | HINT_CONTENT],
    ['read-also', HINT_ALWAYS],
    ['readalso', HINT_ALWAYS],
    ['read_also', 0],
    ['content-sidebar-wrap', HINT_WEAK | HINT_CONTENT],
    ['screen-reader-text', HINT_ALWAYS | HINT_CONTENT],
    ['post-meta', HINT_CONTENT | HINT_WEAK | HINT_DATE],
    ['commentdiv', HINT_ALWAYS | HINT_COMMENT],
    ['foot facebookcomments', HINT_ALWAYS | HINT_COMMENT],
    ['komentarzwiersz', HINT_ALWAYS | HINT_COMMENT],
    ['kommentare-liste', HINT_ALWAYS | HINT_COMMENT],
    ['commenter', HINT_ALWAYS | HINT_COMMENT],
    ['comm-entry', HINT_CONTENT],
    ['', 0],
  ])('%j', (ci, flags) => {
    expect(classHints(ci)).toBe(flags);
    expect(classHints(ci)).toBe(oracle(ci));
  });
});
