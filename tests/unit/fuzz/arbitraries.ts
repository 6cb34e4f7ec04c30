/**
 * Shared generators and settings for the property-based (fuzz) tests: random and adversarial text
 * in the scripts and punctuation Byline meets, random HTML trees, and the checks every span must pass.
 *
 * Runs are seeded and bounded so the whole fuzz suite stays well under a minute in CI:
 *   FUZZ_RUNS=2000 npx vitest run --config tests/vitest.config.ts tests/unit/fuzz    # a longer run
 *   FUZZ_SEED=7 …                                                                     # another seed
 * A failure prints fast-check's seed and shrunk counterexample; rerun with that seed to reproduce it.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { expect } from 'vitest';
import type { Block, Span } from '../../../lib/schema';

/** Fixed by default so a red CI run is reproducible; FUZZ_SEED explores other sequences. */
export const SEED = Number(process.env.FUZZ_SEED ?? 42);

/** Runs per property: `fallback` in CI (chosen per property for cost), FUZZ_RUNS when set. */
export function runs(fallback: number): number {
  const n = Number(process.env.FUZZ_RUNS);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

/** Per-property parameters: the fixed seed, the run count, and no per-run timeout (the test's own applies). */
export function params(fallback: number): fc.Parameters<unknown> {
  return { seed: SEED, numRuns: runs(fallback) };
}

/** Vitest timeout for a property, scaled up when FUZZ_RUNS asks for a longer run. */
export function timeoutFor(fallbackRuns: number, msPerRun: number): number {
  return Math.max(20_000, runs(fallbackRuns) * msPerRun * 3);
}

// ---------------------------------------------------------------- characters and text

/** Every quotation mark readers meet, opening and closing, so unbalanced pairs are common. */
export const QUOTES = ['«', '»', '„', '“', '”', '"', '‘', '’', "'", '‹', '›', '‚', '「', '」'];
export const DASHES = ['—', '–', '-', '‒', '―', '−'];
/** Invisible characters that anchoring folds away and extraction may keep. */
export const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u00a0', '\u202f', '\u2028'];
/** Combining marks (stress accent, diaeresis, Cyrillic titlo). */
export const COMBINING = ['\u0301', '\u0308', '\u0483', '\u0300'];
/** Astral characters (surrogate pairs), a ZWJ sequence and a flag. */
export const EMOJI = ['😀', '🇰🇿', '👩‍👩‍👧', '𝔘', '🤝🏽'];
/** Lone surrogates: invalid UTF-16 that JavaScript strings still carry. */
export const LONE_SURROGATES = ['\ud800', '\udfff'];

const LETTERS = {
  latin: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéüßçñ',
  cyrillic: 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ',
  kazakh: 'әғқңөұүһіӘҒҚҢӨҰҮҺІ',
  ukrainian: 'єіїґЄІЇҐ',
  other: 'αβγ日本語中文العربيةעבריתहिन्दी',
};

/** Words that make the analysers' rules fire: speech verbs, names, titles, source phrases, in several languages. */
const TRIGGER_WORDS = [
  'said', 'told', 'according to', 'citing', 'Reuters', 'President', 'minister', 'John Smith', 'Smith', 'he', 'she',
  'заявил', 'сказала', 'сообщил', 'по словам', 'со ссылкой на', 'ТАСС', 'аким', 'президент', 'Марат Башимов', 'Башимов', 'он', 'она',
  'деді', 'мәлімдеді', 'Қасым-Жомарт Тоқаев', 'әкім', 'мәслихат',
  'заявив', 'повідомила', 'Зеленський', 'сказав',
  'sagte', 'laut', 'Bundestag', 'a déclaré', 'selon', 'dijo', 'según', 'Мажилис', 'Фото:', 'Photo:',
];

const PUNCT = [...'.,:;!?()[]{}/\\|*&%#@<>', ' ', ' ', ' ', '\n', '\n\n', '\t', '...', '…'];

/** One character from the adversarial pool. */
const adversarialChar = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...LETTERS.latin, ...LETTERS.cyrillic) },
  { weight: 2, arbitrary: fc.constantFrom(...LETTERS.kazakh, ...LETTERS.ukrainian, ...LETTERS.other) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 3, arbitrary: fc.constantFrom(...QUOTES) },
  { weight: 1, arbitrary: fc.constantFrom(...DASHES) },
  { weight: 1, arbitrary: fc.constantFrom(...INVISIBLE, ...COMBINING) },
  { weight: 1, arbitrary: fc.constantFrom(...EMOJI, ...LONE_SURROGATES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
);

/** A run of one character ("««««", "——————", 200 zero-width spaces): where quadratic scans hide. */
const run = fc
  .tuple(fc.constantFrom(...QUOTES, ...DASHES, ...INVISIBLE, ' ', '\n', '.', 'а', 'a', '😀'), fc.integer({ min: 2, max: 300 }))
  .map(([c, n]) => c.repeat(n));

/** Text built from segments: words that trigger the rules, random characters, runs and quote pairs. */
export function adversarialText(maxSegments = 40): fc.Arbitrary<string> {
  const segment = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...TRIGGER_WORDS).map((w) => ` ${w} `) },
    { weight: 4, arbitrary: fc.array(adversarialChar, { maxLength: 12 }).map((cs) => cs.join('')) },
    { weight: 1, arbitrary: run },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...QUOTES), fc.string({ maxLength: 30 }), fc.constantFrom(...QUOTES)).map(([a, s, b]) => a + s + b) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  );
  return fc.array(segment, { maxLength: maxSegments }).map((parts) => parts.join(''));
}

/** Pieces of reported speech, so random sequences of them walk deep into the attribution rules. */
const SPEECH_PIECES = [
  ...QUOTES, ...DASHES, ',', ':', '.', '?!', '\n', '\n\n', '(', ')',
  'Марат Башимов', 'Башимов', 'Маргарита Малышева', 'Қасым-Жомарт Тоқаев', 'Тоқаев', 'John Smith', 'Smith', 'Jean Dupont', 'Johann Schmidt', 'Juan García',
  'заявил', 'заявила', 'сказал', 'отметил', 'сообщили', 'деді', 'атап өтті', 'said', 'told reporters', 'added', 'sagte', 'a déclaré', 'dijo', 'заявив',
  'по словам', 'по данным', 'со ссылкой на', 'according to', 'citing', 'laut', 'selon', 'según', 'пишет', 'передаёт', 'хабарлайды',
  'аким', 'президент', 'мажилисмен', 'министр', 'the minister', 'President', 'глава государства', 'эксперты', 'a source', 'источник',
  'он', 'она', 'они', 'he', 'she', 'they', 'ол',
  'ТАСС', 'Reuters', 'Kazinform', 'Tengrinews.kz', 'Фото:', 'Photo:', 'пресс-служба', 'https://t.me/x', '@bashimov',
  'выборы', 'прошли', 'честно', 'the elections', 'were', 'fair', 'сайлау',
];

/** Random sequences of speech pieces, joined by a space or nothing. */
export function speechText(maxPieces = 60): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(fc.constantFrom(...SPEECH_PIECES), fc.constantFrom(' ', ' ', ' ', '', '\u00a0')), { maxLength: maxPieces })
    .map((parts) => parts.map(([p, sep]) => p + sep).join(''));
}

// ---------------------------------------------------------------- canaries

/**
 * One unambiguous attributed quote per language, in a paragraph of its own. Appended after random
 * paragraphs it must still be found: the analysers swallow their own exceptions (a bug costs the
 * reader one panel, never the page), so "found the canary" is how a test sees a swallowed crash.
 */
export const CANARY_QUOTES: Record<string, { text: string; quote: string }> = {
  ru: { text: 'Марат Башимов заявил: «Выборы прошли честно и открыто».', quote: 'Выборы прошли честно и открыто' },
  en: { text: '"The elections were fair and open," John Smith said.', quote: 'The elections were fair and open' },
  kk: { text: 'Марат Башимов: «Сайлау әділ өтті», — деді.', quote: 'Сайлау әділ өтті' },
  uk: { text: 'Марат Башимов заявив: «Вибори пройшли чесно».', quote: 'Вибори пройшли чесно' },
  de: { text: '„Die Wahlen waren fair“, sagte Johann Schmidt.', quote: 'Die Wahlen waren fair' },
  fr: { text: '« Les élections étaient justes », a déclaré Jean Dupont.', quote: 'Les élections étaient justes' },
  es: { text: '«Las elecciones fueron justas», dijo Juan García.', quote: 'Las elecciones fueron justas' },
};
export const LANGUAGES = Object.keys(CANARY_QUOTES);

// ---------------------------------------------------------------- HTML

const BLOCK_TAGS = ['div', 'p', 'article', 'section', 'main', 'header', 'footer', 'nav', 'aside', 'h1', 'h2', 'h3', 'blockquote', 'ul', 'ol', 'li', 'figure', 'figcaption', 'table', 'tr', 'td', 'pre', 'form'];
const INLINE_TAGS = ['span', 'a', 'em', 'strong', 'b', 'i', 'time', 'small', 'sup', 'label', 'button'];
const RAW_TAGS = ['script', 'style', 'noscript', 'template', 'textarea', 'iframe', 'svg'];
const VOID_TAGS = ['br', 'img', 'hr', 'input', 'meta'];
const CLASSES = ['article', 'content', 'post-body', 'entry', 'comments', 'nav', 'menu', 'sidebar', 'related', 'share', 'byline', 'author', 'date', 'ad', 'footer', 'hidden', 'main', 'story', 'teaser', 'card'];
const ATTRS = [
  fc.constantFrom(...CLASSES).map((c) => ` class="${c}"`),
  fc.constantFrom(...CLASSES).map((c) => ` id="${c}"`),
  fc.constantFrom('author', 'datePublished', 'articleBody', 'headline').map((p) => ` itemprop="${p}"`),
  fc.constantFrom('https://schema.org/NewsArticle', 'https://schema.org/WebPage').map((t) => ` itemscope itemtype="${t}"`),
  fc.constantFrom('2023-11-05T13:40:00+06:00', 'yesterday', '', '99999-99-99').map((d) => ` datetime="${d}"`),
  fc.constant(' hidden'),
  fc.constant(' aria-hidden="true"'),
  fc.constant(' style="display:none"'),
  fc.constantFrom('en', 'ru', 'kk', 'xx-YY', '').map((l) => ` lang="${l}"`),
];

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

interface Tree {
  html: string;
}

/** Arbitrary element trees of common tags with random attributes and adversarial text. */
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree; element: Tree; text: Tree }>((tie) => ({
  text: adversarialText(6).map((t) => ({ html: escapeHtml(t) })),
  element: fc
    .tuple(
      fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...BLOCK_TAGS) }, { weight: 3, arbitrary: fc.constantFrom(...INLINE_TAGS) }),
      fc.array(fc.oneof(...ATTRS), { maxLength: 2 }),
      fc.array(tie('node'), { maxLength: 5 }),
    )
    .map(([tag, attrs, children]) => ({ html: `<${tag}${attrs.join('')}>${children.map((c) => c.html).join('')}</${tag}>` })),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: tie('text') },
    { weight: 4, arbitrary: tie('element') },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...RAW_TAGS), adversarialText(4)).map(([t, s]) => ({ html: `<${t}>${escapeHtml(s)}</${t}>` })) },
    { weight: 1, arbitrary: fc.constantFrom(...VOID_TAGS).map((t) => ({ html: `<${t}>` })) },
  ),
})).node;

/** `<head>` content: the declarations detection trusts, with random and broken values. */
const head = fc
  .array(
    fc.oneof(
      fc.tuple(fc.constantFrom('og:type', 'article:published_time', 'og:title', 'og:site_name', 'og:locale'), adversarialText(3)).map(
        ([p, v]) => `<meta property="${p}" content="${escapeHtml(v).replace(/"/g, '&quot;')}">`,
      ),
      fc.tuple(fc.constantFrom('author', 'description', 'robots', 'date'), adversarialText(3)).map(
        ([n, v]) => `<meta name="${n}" content="${escapeHtml(v).replace(/"/g, '&quot;')}">`,
      ),
      fc.constantFrom('<meta property="og:type" content="article">', '<meta property="article:published_time" content="2023-11-05T13:40:00+06:00">'),
      adversarialText(4).map((t) => `<title>${escapeHtml(t)}</title>`),
      fc.oneof(
        fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
        fc.constant('{"@type":"NewsArticle","headline":"H","author":{"name":"A"},"articleBody":"'),
        fc.constant('[{"@graph":[{"@type":["NewsArticle"],"author":[null,{"name":5}],"datePublished":{}}]}]'),
      ).map((json) => `<script type="application/ld+json">${json.replace(/</g, '\\u003c')}</script>`),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));

/** Whole documents: a head of declarations and a body of random trees, or raw tag soup. */
export const htmlDocument: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(fc.constantFrom('ru', 'en', 'kk', ''), head, fc.array(tree, { maxLength: 6 })).map(
    ([lang, h, body]) => `<!doctype html><html lang="${lang}"><head>${h}</head><body>${body.map((b) => b.html).join('')}</body></html>`,
  ) },
  { weight: 1, arbitrary: fc.array(fc.oneof(adversarialText(5), fc.constantFrom('<p>', '</p>', '<div class="article">', '</div>', '<article>', '<h1>', '<script>', '<!--', '-->', '<![CDATA[', '&amp', '&#xD800;', '<br/>', '<html>', '<body>')), { maxLength: 30 }).map(
    // Browsers always give a document html, head and body; linkedom does not invent them, so the soup goes in a body.
    (parts) => `<!doctype html><html><head></head><body>${parts.join('')}</body></html>`,
  ) },
);

export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

// ---------------------------------------------------------------- span checks

/** 0 ≤ start ≤ end ≤ text.length, block index valid and the span starts inside its block, exact matches the text. */
export function expectValidSpan(span: Span, text: string, blocks: Block[], what: string): void {
  const where = `${what} [${span.start}, ${span.end}) block ${span.block}`;
  expect(Number.isInteger(span.start) && Number.isInteger(span.end), where).toBe(true);
  expect(0 <= span.start && span.start <= span.end && span.end <= text.length, `${where} out of 0..${text.length}`).toBe(true);
  expect(span.block < blocks.length, `${where}: only ${blocks.length} blocks`).toBe(true);
  const block = blocks[span.block]!;
  expect(block.start <= span.start && span.start <= block.end, `${where} starts outside its block [${block.start}, ${block.end})`).toBe(true);
  expect(text.slice(span.start, span.end), `${where} selector.exact`).toBe(span.selector.exact);
}

/** Blocks lie inside the text, in order, without overlapping. */
export function expectValidBlocks(blocks: Block[], text: string): void {
  let previousEnd = 0;
  for (const [i, b] of blocks.entries()) {
    expect(b.start >= previousEnd && b.start <= b.end && b.end <= text.length, `block ${i} [${b.start}, ${b.end}) after ${previousEnd}, text ${text.length}`).toBe(true);
    previousEnd = b.end;
  }
}
