/**
 * Small text helpers shared by detection, extraction and metadata: whitespace normalisation and a
 * word count that treats every script fairly (Cyrillic and Latin by letter runs, CJK by characters).
 */

/** Any run of whitespace, including no-break and zero-width spaces that pages use for layout. */
const SPACE_RUN = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;
/** Letter/digit runs outside the CJK scripts, which do not separate words with spaces. */
const WORD_RUN = /[\p{L}\p{N}]+/gu;
/** Han, kana and Hangul syllables: about two characters carry one word's worth of meaning. */
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const CJK_CHARS_PER_WORD = 2;

export function normalizeSpace(s: string): string {
  return s.replace(SPACE_RUN, ' ').trim();
}

/** Words in any script; CJK text counts one word per two characters. */
export function countWords(s: string): number {
  const runs = s.match(WORD_RUN);
  if (!runs) return 0;
  const cjk = s.match(CJK_CHAR);
  if (!cjk) return runs.length;
  // A CJK sentence is one long letter run: count its characters instead of the run.
  let nonCjkRuns = 0;
  for (const r of runs) if (!/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(r)) nonCjkRuns++;
  return nonCjkRuns + Math.ceil(cjk.length / CJK_CHARS_PER_WORD);
}

/** The lower-cased class and id of an element, for boilerplate and role matching. */
export function classAndId(el: Element): string {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  if (!cls && !id) return '';
  return `${cls ?? ''} ${id ?? ''}`.toLowerCase();
}

/**
 * The page's `<body>`. Parsers that repair broken markup (linkedom on some real pages) can leave an
 * empty first body and put the content in a second one; take the body that holds the most.
 */
export function contentRoot(doc: Document): Element | null {
  const body = doc.body;
  if (body && body.firstElementChild) return body;
  let best: Element | null = body;
  const bodies = doc.querySelectorAll('body');
  for (let i = 0; i < bodies.length; i++) {
    const c = bodies[i]!;
    if (c.childElementCount > (best?.childElementCount ?? 0)) best = c;
  }
  return best ?? doc.documentElement;
}
