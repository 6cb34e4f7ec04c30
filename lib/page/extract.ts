/**
 * Article extraction: metadata plus the main text as blocks with offsets, and for each block the
 * element it came from (the anchoring layer maps highlights back through them). Read-only on the page.
 */
import { MAX_ARTICLE_CHARS, type ArticleText, type Block, type Detection } from '../schema/article';
import type { PageHead } from './detect';
import { blockSteps, containerSteps, type ContainerChoice, type RawBlock, type Relaxed } from './blocks';
import { BLOCKS_PER_CHECKPOINT, runToEnd, runUntil, type Steps } from './steps';
import { parseTextDate } from './dates';
import { readJsonLd, textProp, type JsonLd } from './jsonld';
import { readMeta, type MetaMap } from './meta';
import { readMetadata, type Metadata } from './metadata';
import { contentRoot, countWords, normalizeSpace, sameText } from './text';
import { CaselessPattern, StartsWithWord, wordsOf } from './words';

export interface Extraction {
  article: ArticleText;
  /** `blockElements[i]` is the element whose text became `article.blocks[i]`. */
  blockElements: Element[];
}

const BLOCK_SEPARATOR = '\n\n';
/** A block with more of its words in links than this is a link list ("read also", tags, pagers). */
const MAX_LINK_DENSITY = 0.5;
/** Short lines that are calls to action or widget labels, in the supported languages (a whole word: not `Shares rose`). */
const CHROME_LINE = new StartsWithWord(wordsOf('chromeLines'));
const CHROME_LINE_MAX_WORDS = 12;
/** A date line with at most this many other words is metadata (`5 ноября 2023 13:40 519 Маргарита Малышева`). */
const DATE_LINE_MAX_WORDS = 6;
/** Photo credits set as plain paragraphs (`Photo: …`, `Фото / …`). */
const CREDIT_LINE = new CaselessPattern(`^(?:${wordsOf('creditLines')})\\s*[:\\uff1a/]`);
/** Below this many words the class words may have hidden the article: try again without them… */
const RETRY_BELOW_WORDS = 120;
/** …and take the second try when it finds this many times the words. */
const RETRY_MIN_GAIN = 2;
/** Repeated blocks of at least this many words are kept once (shorter ones repeat in tables: `Yes`, `$10`). */
const REPEAT_MIN_WORDS = 3;
/** Table cells repeat by nature too. */
const CELL_TAGS = new Set(['td', 'th']);
/** Below this many words the DOM result is considered failed and JSON-LD `articleBody` is used. */
const MIN_BODY_WORDS = 30;

/**
 * Extracts the article. Never throws: on error returns an empty article carrying the error as a signal. `head`: the
 * page's head as detection's first stage read it, when the caller has it (else it is read here).
 */
export function extractArticle(doc: Document, url: string, detection: Detection, head?: PageHead | null): Extraction {
  try {
    return runToEnd(extractionSteps(doc, url, detection, head));
  } catch (err) {
    return emptyExtraction(url, detection, String(err));
  }
}

export interface Extractor {
  /**
   * Works until done (returns the extraction) or until the clock passes `deadline` at a checkpoint
   * (returns null; call again in a later task). Every call makes progress. Never throws.
   */
  step(deadline: number): Extraction | null;
}

/**
 * Extraction in steps, so a content script can keep every task short on huge or deeply nested pages.
 * The result is the same as `extractArticle`'s when the page does not change between steps.
 */
export function startExtraction(doc: Document, url: string, detection: Detection, head?: PageHead | null): Extractor {
  const steps = extractionSteps(doc, url, detection, head);
  let failed: Extraction | null = null;
  return {
    step(deadline) {
      if (failed) return failed;
      try {
        return runUntil(steps, deadline)?.value ?? null;
      } catch (err) {
        return (failed = emptyExtraction(url, detection, String(err)));
      }
    },
  };
}

function emptyExtraction(url: string, detection: Detection, error: string | null): Extraction {
  const signals = error ? [...detection.signals.slice(0, 63), { name: 'extract:error', weight: 0, detail: error.slice(0, 200) }] : detection.signals;
  return {
    article: {
      url, title: '', byline: null, published: null, modified: null, publisher: null, langHint: null,
      text: '', blocks: [], detection: { ...detection, signals }, truncated: false,
    },
    blockElements: [],
  };
}

/** The extraction, with checkpoints between (and inside) its steps. */
function* extractionSteps(doc: Document, url: string, detection: Detection, head?: PageHead | null): Steps<Extraction> {
  const body = contentRoot(doc);
  if (!body) return emptyExtraction(url, detection, null);
  // Step 1: head data, read once (by detection's first stage when the caller passes it on).
  const meta = head?.meta ?? readMeta(doc);
  const ld = head?.ld ?? readJsonLd(doc);
  yield;
  // Step 2: the article's blocks as the page's class words describe it; when that leaves almost nothing
  // (the story sits in a wrapper named like an ad or a widget), once more trusting no class words.
  // The metadata depends on the container only: a retry that finds the same one reads it once.
  const metadataOf = memoByScope((scope) => readMetadata(doc, url, meta, ld, scope));
  let { picked, choice, md } = yield* articleBlocks(body, metadataOf, 0);
  let words = wordsIn(picked);
  for (const level of [1, 2] as const) {
    if (words >= RETRY_BELOW_WORDS) break;
    const retry = yield* articleBlocks(body, metadataOf, level);
    const more = wordsIn(retry.picked);
    if (more >= Math.max(RETRY_MIN_GAIN * words, MIN_BODY_WORDS)) ({ picked, choice, md } = retry), (words = more);
  }

  // Step 4: when the page layout defeats us but JSON-LD carries the body, use it (anchored to the container).
  const articleBody = textProp(ld.article, 'articleBody');
  let fromJsonLd = false;
  if (articleBody && wordsIn(picked) < MIN_BODY_WORDS && countWords(articleBody) >= MIN_BODY_WORDS) {
    const anchor = choice.top ?? body;
    picked = articleBody
      .split(/\n\s*\n|\r?\n/)
      .map((t) => normalizeSpace(t))
      .filter(Boolean)
      .map((text) => ({ el: anchor, kind: 'paragraph' as const, text, words: countWords(text), linkWords: 0 }));
    fromJsonLd = true;
  }

  // Step 5: join into text with offsets, cutting at the size limit.
  const { text, blocks, elements, truncated } = assemble(picked);
  const signals = fromJsonLd ? [...detection.signals.slice(0, 63), { name: 'extract:jsonld-body', weight: 0 }] : detection.signals;
  return {
    article: {
      url: md.url,
      title: md.title,
      byline: md.byline,
      published: md.published,
      modified: md.modified,
      publisher: md.publisher,
      langHint: md.langHint,
      text,
      blocks,
      detection: { ...detection, signals },
      truncated,
    },
    blockElements: elements,
  };
}

/**
 * All text blocks of the page, the container that holds the article, the metadata (which also tells which
 * headline and byline/date elements to leave out), then the article's blocks without title, byline/date
 * lines, link lists and calls to action.
 */
function* articleBlocks(body: Element, metadataOf: (scope: Element | null) => Metadata, relaxed: Relaxed): Steps<{ picked: RawBlock[]; choice: ContainerChoice; md: Metadata }> {
  const all = yield* blockSteps(body, relaxed);
  yield;
  const choice = yield* containerSteps(all, body);
  yield;
  const md = metadataOf(choice.top);
  yield;
  const inArticle = insideAnyOf(choice.parts, choice.excluded);
  const picked: RawBlock[] = [];
  for (let i = 0; i < all.length; i++) {
    if (i % BLOCKS_PER_CHECKPOINT === BLOCKS_PER_CHECKPOINT - 1) yield;
    const b = all[i]!;
    if (inArticle(b.el) && keepBlock(b, md)) picked.push(b);
  }
  return { picked: withoutCopiedBoxes(picked), choice, md };
}

/**
 * Without boxes that only repeat what the article already said in another box (carousel clones, a print
 * version, a call to action set twice). A box that mixes repeats with new text is the writer's own, and
 * list items and table cells repeat by nature (`Rest`, `Yes`, `$10`).
 */
function withoutCopiedBoxes(picked: RawBlock[]): RawBlock[] {
  const firstBox = new Map<string, Element | null>();
  const copies = new Set<RawBlock>();
  for (const b of picked) {
    if (b.words < REPEAT_MIN_WORDS || b.kind === 'list-item' || CELL_TAGS.has(b.el.localName.toLowerCase())) continue;
    const box = b.el.parentElement;
    const first = firstBox.get(b.text);
    if (first === undefined) firstBox.set(b.text, box);
    else if (first !== box) copies.add(b);
  }
  if (!copies.size) return picked;
  // A box keeps its repeats when any of its blocks is not one.
  const original = new Set<Element | null>();
  for (const b of picked) if (!copies.has(b) && b.words >= REPEAT_MIN_WORDS) original.add(b.el.parentElement);
  return picked.filter((b) => !copies.has(b) || original.has(b.el.parentElement));
}

/** `read`, remembered per scope element. */
function memoByScope<T>(read: (scope: Element | null) => T): (scope: Element | null) => T {
  const known = new Map<Element | null, T>();
  return (scope) => {
    if (!known.has(scope)) known.set(scope, read(scope));
    return known.get(scope)!;
  };
}

function wordsIn(blocks: RawBlock[]): number {
  let n = 0;
  for (const b of blocks) n += b.words;
  return n;
}

/**
 * "Is `el` inside one of `parts` and not inside one of `excluded` (which lie within parts)?", remembered per
 * element so nested blocks climb each ancestor once.
 */
function insideAnyOf(parts: Element[], excluded: Element[]): (el: Element) => boolean {
  const known = new Map<Element, boolean>(parts.map((p) => [p, true]));
  for (const x of excluded) known.set(x, false);
  const climbed: Element[] = [];
  return (el) => {
    let a: Element | null = el;
    let inside = false;
    for (; a; a = a.parentElement) {
      const k = known.get(a);
      if (k !== undefined) {
        inside = k;
        break;
      }
      climbed.push(a);
    }
    for (const c of climbed) known.set(c, inside);
    climbed.length = 0;
    return inside;
  };
}

function within(el: Element, container: Element | null): boolean {
  return !!container && (container === el || container.contains(el));
}

/**
 * Does a paragraph cut from a `<br>`-separated element hold the text of the date or byline element inside it? Old
 * layouts put the date and the whole story in one cell: only the piece with the date is metadata.
 */
function holdsTextOf(text: string, el: Element): boolean {
  const own = normalizeSpace(el.textContent ?? '');
  return own !== '' && text.includes(own);
}

function keepBlock(b: RawBlock, md: Metadata): boolean {
  if (b.words === 0) return false;
  if (b.kind === 'heading' && within(b.el, md.titleElement)) return false;
  if (b.kind === 'heading' && sameText(b.text, md.title)) return false;
  if (b.words <= 25 && md.metaElements.some((m) => within(b.el, m) || (within(m, b.el) && (!b.piece || holdsTextOf(b.text, m))))) return false;
  if (b.words > 0 && b.linkWords / b.words > MAX_LINK_DENSITY) return false;
  if (b.words <= CHROME_LINE_MAX_WORDS && CHROME_LINE.test(b.text)) return false;
  if (md.byline && b.words <= 12 && b.text.includes(md.byline)) return false;
  if (b.words <= DATE_LINE_MAX_WORDS + 6) {
    const d = parseTextDate(b.text);
    if (d && countWords(b.text.slice(0, d.index) + ' ' + b.text.slice(d.index + d.length)) <= DATE_LINE_MAX_WORDS) return false;
  }
  if (b.kind === 'paragraph' && b.words <= 12 && CREDIT_LINE.exec(b.text)) b.kind = 'caption';
  return true;
}

function assemble(picked: RawBlock[]): { text: string; blocks: Block[]; elements: Element[]; truncated: boolean } {
  const pieces: string[] = [];
  const blocks: Block[] = [];
  const elements: Element[] = [];
  let offset = 0;
  let truncated = false;
  for (const b of picked) {
    const sep = pieces.length ? BLOCK_SEPARATOR.length : 0;
    let t = b.text;
    if (offset + sep + t.length > MAX_ARTICLE_CHARS) {
      t = t.slice(0, Math.max(0, MAX_ARTICLE_CHARS - offset - sep));
      truncated = true;
    }
    if (!t) break;
    if (sep) pieces.push(BLOCK_SEPARATOR);
    offset += sep;
    pieces.push(t);
    blocks.push({ kind: b.kind, start: offset, end: offset + t.length });
    elements.push(b.el);
    offset += t.length;
    if (truncated) break;
  }
  return { text: pieces.join(''), blocks, elements, truncated };
}
