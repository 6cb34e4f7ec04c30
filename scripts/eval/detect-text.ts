/**
 * Candidate detection signals read from the TEXT of the page's main block (an experiment, not shipped):
 * the parent holding most words of prose `<p>` paragraphs, as detection's cluster. Measures of how the
 * text is written rather than how the page is laid out: quotes and speech, names, numbers and dates,
 * sentence rhythm, questions, lists and links inside the block. (Second- and first-person-plural pronoun shares
 * were measured too, from ad hoc word lists; they are not kept here, as language data lives only in lib/lang.)
 * `eval:extract --text-signals` adds them to the dump as `cand:*` features for `detect-cv --with`.
 */
import { monthWords } from '../../lib/lang/page';
import { countWords } from '../../lib/page/text';

const PROSE_MIN_WORDS = 5;
const MAX_PARAGRAPHS = 300;
/** Quote marks of many scripts (straight double quotes too). */
const QUOTES = /["“”„«»「」『』‹›]/;
const MONTHS = new Set(monthWords().flatMap(([, ws]) => ws));
const YEAR = /^(1[89]|20)\d\d$/;

export function textFeatures(doc: Document): Record<string, number> {
  const ps = doc.querySelectorAll('p');
  const byParent = new Map<Element, number>();
  for (let i = 0; i < ps.length && i < MAX_PARAGRAPHS; i++) {
    const p = ps[i]!;
    const w = countWords(p.textContent ?? '');
    if (w < PROSE_MIN_WORDS || !p.parentElement) continue;
    byParent.set(p.parentElement, (byParent.get(p.parentElement) ?? 0) + w);
  }
  let block: Element | null = null;
  let most = 0;
  for (const [el, w] of byParent) if (w > most) [block, most] = [el, w];
  if (!block || most < 30) return {};
  const texts: string[] = [];
  for (const p of block.querySelectorAll('p')) {
    const t = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (countWords(t) >= PROSE_MIN_WORDS) texts.push(t);
  }
  const sentences = texts.flatMap((t) => t.split(/(?<=[.!?。！？…])\s+|(?<=[。！？])/).filter((s) => s.trim().length > 0));
  const lens = sentences.map(countWords).filter((n) => n > 0);
  const n = Math.max(1, lens.length);
  const mean = lens.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(lens.reduce((a, b) => a + (b - mean) ** 2, 0) / n);
  let quoted = 0, questions = 0, exclaims = 0;
  for (const s of sentences) {
    if (QUOTES.test(s)) quoted++;
    const end = s.trimEnd().slice(-1);
    if (end === '?' || end === '？') questions++;
    if (end === '!' || end === '！') exclaims++;
  }
  let words = 0, cased = 0, capsMid = 0, digits = 0, dates = 0;
  for (const s of sentences) {
    const toks = s.split(/[\s,;:()\[\]"“”„«»]+/).filter(Boolean);
    toks.forEach((tok, i) => {
      words++;
      const lower = tok.toLowerCase().replace(/[.!?…]+$/, '');
      if (/\d/.test(tok)) digits++;
      if (MONTHS.has(lower) || YEAR.test(lower)) dates++;
      const c = tok[0]!;
      if (c.toLowerCase() === c.toUpperCase()) return;
      cased++;
      if (i > 0 && c !== c.toLowerCase()) capsMid++;
    });
  }
  const blockWords = texts.reduce((a, t) => a + countWords(t), 0);
  let linkWords = 0;
  for (const a of block.querySelectorAll('p a')) linkWords += countWords(a.textContent ?? '');
  let listWords = 0;
  for (const li of block.querySelectorAll('li')) listWords += countWords(li.textContent ?? '');
  const f: Record<string, number> = {
    'cand:quotes': quoted / n,
    'cand:questions': questions / n,
    'cand:exclaims': exclaims / n,
    'cand:digits': Math.min(1, (digits / Math.max(1, words)) * 10),
    'cand:dates': Math.min(1, dates / n),
    'cand:sentence-length': Math.log1p(mean),
    'cand:sentence-spread': mean > 0 ? Math.min(2, sd / mean) : 0,
    'cand:block-links': linkWords / Math.max(1, blockWords),
    'cand:block-lists': listWords / Math.max(1, listWords + blockWords),
  };
  if (cased >= 30) f['cand:names'] = Math.min(1, (capsMid / cased) * 3);
  return f;
}
