/**
 * Main-text extraction without touching the page: one read-only walk over the body that skips
 * boilerplate subtrees (navigation, widgets, share bars, comments, ads, hidden nodes) and cuts the rest
 * into blocks (paragraph, heading, list item, quote, caption, preformatted), each tied to the element
 * whose text it is. Then a Readability-style scoring picks the container of the article and its
 * sibling parts (an article split by ads or inserts), measured in words so every script is judged alike.
 */
import type { BlockKind } from '../schema/article';
import { BLOCKS_PER_CHECKPOINT, NODES_PER_CHECKPOINT, runToEnd, type Steps } from './steps';
import { classHints, HINT_ALWAYS, HINT_CAPTION, HINT_COMMENT, HINT_CONTENT, HINT_WEAK } from './class-hints';
import { classAndId, commaCount, countWords, normalizeSpace } from './text';

/** Subtrees that never hold article text. */
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio',
  'nav', 'aside', 'footer', 'button', 'select', 'input', 'textarea', 'option', 'dialog', 'menu',
  'head', 'title', 'meta', 'link', 'map', 'picture', 'img',
]);

/** Chrome by their tag, yet sometimes left unclosed around the whole page: the second try walks into them. */
const LANDMARK_TAGS = new Set(['nav', 'aside', 'footer', 'menu', 'dialog']);

/** Elements that start a new block of text (everything else is inline and joins its neighbours). */
const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd',
  'blockquote', 'pre', 'figure', 'figcaption', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption',
  'address', 'hr', 'center', 'details', 'summary', 'form', 'fieldset', 'body', 'html',
]);

/** ARIA landmarks that are page chrome, not content. */
const SKIP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar']);

/** How far the block walk distrusts class words and landmark tags: 0 not at all, 1 for wrappers, 2 entirely. */
export type Relaxed = 0 | 1 | 2;

/** On the second try, an element marked as chrome with this many paragraphs is read (it may wrap the story). */
const RELAXED_WRAPPER_PARAGRAPHS = 3;
/** A weakly marked chrome element with this many paragraphs is a wrapper of the page, not chrome. */
const WEAK_SKIP_MAX_PARAGRAPHS = 6;

/** Placeholder for `<br>` while joining text: a double break ends a paragraph, a single one is a space. */
const BR = '\u0001';
const PARAGRAPH_BREAK = /\u0001\s*\u0001/;

/** Readability's parent/grandparent propagation, deeper ancestors get a fading share. */
const SCORE_LEVELS = 5;
/** Blocks shorter than this do not vote for a container (bylines, buttons, labels). */
const MIN_SCORING_WORDS = 6;
/** Siblings of the winner join when they score this share of it (Readability uses 0.2). */
const SIBLING_SHARE = 0.2;

/** Sibling elements that join the article on their own text alone (Readability does this for `<p>`). */
const TEXT_SIBLING_TAGS = new Set(['p', 'blockquote', 'pre', 'ul', 'ol', 'figure', 'table', 'h2', 'h3', 'h4']);

/** Widening to an ancestor needs this much new prose, in words and as a share of what we have. */
const WIDEN_MIN_WORDS = 30;
const WIDEN_MIN_SHARE = 0.2;
/** …and what the ancestor adds must not be mostly links (menus, related lists). */
const WIDEN_MAX_LINK_DENSITY = 0.35;
/** Ancestors that add little prose are passed through only while they add little else. */
const WIDEN_MAX_NOISE = 0.3;

export interface RawBlock {
  el: Element;
  kind: BlockKind;
  text: string;
  words: number;
  linkWords: number;
  /** One of several paragraphs of one element, cut at `<br><br>` (the element holds more than this text). */
  piece?: true;
}

interface NodeStats {
  score: number;
  words: number;
  linkWords: number;
  /** Words of prose blocks (those that vote) under the element. */
  prose: number;
}

/** `classify`'s answer for boilerplate; any other answer is the element's class hints, or HINTS_UNREAD. */
const BOILERPLATE = -1;
/** The element is not boilerplate, and its class and id were not read on the way (a page's `body`, `main`, `form`…). */
const HINTS_UNREAD = -2;

/**
 * BOILERPLATE for hidden subtrees and chrome; `body`/`main`/`article` are never chrome by class. Else the class
 * hints read on the way (kindFor uses them again), or HINTS_UNREAD. `relaxed` is the second try, when class words
 * or landmark tags hid the article (`article-advert` wrapping the story, an `<aside>` never closed): at 1 chrome
 * that wraps several paragraphs is read, at 2 any chrome by class or landmark.
 */
function classify(el: Element, tag: string, relaxed: Relaxed, firstH1: () => Element | null): number {
  if (SKIP_TAGS.has(tag)) return !relaxed || !LANDMARK_TAGS.has(tag) || !wrapsParagraphs(el, relaxed) ? BOILERPLATE : HINTS_UNREAD;
  // Most elements carry no attribute: one call stands for the five reads below (a fresh page pays for each).
  const attributed = el.hasAttributes();
  if (attributed) {
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return BOILERPLATE;
    const style = el.getAttribute('style');
    if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return BOILERPLATE;
    const role = el.getAttribute('role');
    if (role && SKIP_ROLES.has(role)) return !relaxed || !wrapsParagraphs(el, relaxed) ? BOILERPLATE : HINTS_UNREAD;
  }
  if (tag === 'body' || tag === 'main' || tag === 'article' || tag === 'html') return HINTS_UNREAD;
  // Contact and newsletter forms; a form around the whole page (ASP.NET) holds paragraphs and is read.
  if (tag === 'form') return relaxed !== 2 && el.getElementsByTagName('p').length < WEAK_SKIP_MAX_PARAGRAPHS ? BOILERPLATE : HINTS_UNREAD;
  // Without attributes there is no class or id: no hint.
  const hints = attributed ? classHints(classAndId(el)) : 0;
  // A comment thread under a short story outweighs it: the later tries read one only when it holds the page's
  // first `<h1>` (comment titles may be `<h1>`s too, later in the page).
  if (hints & HINT_COMMENT) {
    if (!relaxed) return BOILERPLATE;
    const h1 = firstH1();
    return !h1 || !el.contains(h1) ? BOILERPLATE : hints;
  }
  if (hints & HINT_ALWAYS) return !relaxed || !wrapsParagraphs(el, relaxed) ? BOILERPLATE : hints;
  const weak = tag === 'header' || ((hints & HINT_WEAK) !== 0 && (hints & HINT_CONTENT) === 0);
  // A "header" that never closed (or a `site-header` wrapping the page) holds the article: keep it.
  return weak && relaxed !== 2 && el.getElementsByTagName('p').length < (relaxed ? RELAXED_WRAPPER_PARAGRAPHS : WEAK_SKIP_MAX_PARAGRAPHS) ? BOILERPLATE : hints;
}

/** On the second try, chrome that wraps several paragraphs may be the article's own wrapper. */
function wrapsParagraphs(el: Element, relaxed: Relaxed): boolean {
  return relaxed === 2 || el.getElementsByTagName('p').length >= RELAXED_WRAPPER_PARAGRAPHS;
}

/** `hints`: the element's class hints as classify read them, or HINTS_UNREAD. */
function kindFor(tag: string, el: Element, outer: BlockKind, hints: number): BlockKind {
  if (tag.length === 2 && tag[0] === 'h' && tag[1]! >= '1' && tag[1]! <= '6') return 'heading';
  if (tag === 'figcaption' || tag === 'caption') return 'caption';
  if (tag === 'pre') return 'preformatted';
  if (tag === 'blockquote') return 'blockquote';
  if (tag === 'li' || tag === 'dt' || tag === 'dd') return outer === 'blockquote' ? outer : 'list-item';
  if (outer !== 'paragraph') return outer;
  if ((hints === HINTS_UNREAD ? classHints(classAndId(el)) : hints) & HINT_CAPTION) return 'caption';
  return 'paragraph';
}

/** Walks `root` once, read-only, and returns its non-boilerplate text blocks in document order. */
export function collectBlocks(root: Element, relaxed: Relaxed = 0): RawBlock[] {
  return runToEnd(blockSteps(root, relaxed));
}

/** The walk's position: an element whose children are being read, and what to restore when it closes. */
interface Frame {
  next: Node | null;
  inLink: boolean;
  block: boolean;
  owner: Element;
  kind: BlockKind;
}


/** `collectBlocks` in steps: a checkpoint every few hundred nodes. */
export function* blockSteps(root: Element, relaxed: Relaxed = 0): Steps<RawBlock[]> {
  const collector = new BlockCollector(root, relaxed);
  while (!collector.walk(NODES_PER_CHECKPOINT)) yield;
  return collector.blocks;
}

/**
 * The block walk, resumable: an explicit stack, not recursion (hostile pages nest thousands of
 * elements deep), read `nodes` at a time.
 */
class BlockCollector {
  readonly blocks: RawBlock[] = [];
  private readonly parts: string[] = [];
  private readonly linkParts: string[] = [];
  private owner: Element;
  private kind: BlockKind = 'paragraph';
  /**
   * Frames by depth, reused as the walk comes back up (`depth` of them are open): a fresh page collects its
   * garbage slowly, and one object per element of the page was most of what the walk allocated.
   */
  private readonly stack: Frame[];
  private depth = 1;
  private h1: Element | null | undefined;
  /** The page's first `<h1>`, looked up once per walk and only when a comment thread asks. */
  private readonly firstH1 = (): Element | null => (this.h1 === undefined ? (this.h1 = this.owner.ownerDocument.querySelector('h1')) : this.h1);

  constructor(root: Element, private readonly relaxed: Relaxed) {
    this.owner = root;
    this.stack = [{ next: root.firstChild, inLink: false, block: false, owner: root, kind: 'paragraph' }];
  }

  /** Opens a frame one level deeper. */
  private open(next: Node | null, inLink: boolean, block: boolean): void {
    const frame = this.stack[this.depth];
    if (frame) {
      frame.next = next;
      frame.inLink = inLink;
      frame.block = block;
      frame.owner = this.owner;
      frame.kind = this.kind;
    } else {
      this.stack.push({ next, inLink, block, owner: this.owner, kind: this.kind });
    }
    this.depth++;
  }

  /** Reads up to `nodes` nodes; true when the walk is over. */
  walk(nodes: number): boolean {
    const stack = this.stack;
    for (let count = 0; this.depth; count++) {
      if (count === nodes) return false;
      const frame = stack[this.depth - 1]!;
      const child = frame.next;
      if (!child) {
        this.depth--;
        if (frame.block) {
          this.flush();
          this.owner = frame.owner;
          this.kind = frame.kind;
        }
        continue;
      }
      frame.next = child.nextSibling;
      const type = child.nodeType;
      if (type === 3) {
        const data = (child as Text).data;
        this.parts.push(data);
        if (frame.inLink) this.linkParts.push(data);
        continue;
      }
      if (type !== 1) continue;
      const el = child as Element;
      const tag = el.localName.toLowerCase();
      if (tag === 'br') {
        this.parts.push(BR);
        continue;
      }
      const hints = classify(el, tag, this.relaxed, this.firstH1);
      if (hints === BOILERPLATE) continue;
      if (BLOCK_TAGS.has(tag)) {
        this.flush();
        this.open(el.firstChild, frame.inLink, true);
        this.owner = el;
        this.kind = kindFor(tag, el, this.kind, hints);
      } else {
        // A named `<a>` without `href` is an anchor, not a link: left unclosed (`<a name=top>`) it wraps the
        // whole page. (An `<a>` with neither is a script's button: a link still.)
        const link = tag === 'a' && (el.hasAttribute('href') || !el.hasAttribute('name'));
        this.open(el.firstChild, frame.inLink || link, false);
      }
    }
    this.flush();
    return true;
  }

  private flush(): void {
    if (this.parts.length === 0) return;
    const raw = this.parts.join('');
    const linkText = this.linkParts.join(' ');
    this.parts.length = 0;
    this.linkParts.length = 0;
    // Most runs are the spaces between two blocks (`trim` drops no less than normalizeSpace, natively).
    if (!raw.trim()) return;
    const linkWordsAll = linkText ? countWords(linkText) : 0;
    if (!raw.includes(BR)) {
      // One piece (most blocks): it holds all the link words.
      const text = normalizeSpace(raw);
      if (!text) return;
      const w = countWords(text);
      this.blocks.push({ el: this.owner, kind: this.kind, text, words: w, linkWords: Math.min(w, linkWordsAll) });
      return;
    }
    const pieces = raw.split(PARAGRAPH_BREAK);
    let wordsAll = 0;
    const cleaned: Array<[string, number]> = [];
    for (const p of pieces) {
      const text = normalizeSpace(p.replaceAll(BR, ' '));
      if (!text) continue;
      const w = countWords(text);
      wordsAll += w;
      cleaned.push([text, w]);
    }
    for (const [text, w] of cleaned) {
      // Link words are spread over the pieces of a `<br><br>`-split block in proportion to their size.
      const lw = wordsAll ? Math.min(w, Math.round((linkWordsAll * w) / wordsAll)) : 0;
      const block: RawBlock = { el: this.owner, kind: this.kind, text, words: w, linkWords: lw };
      if (cleaned.length > 1) block.piece = true;
      this.blocks.push(block);
    }
  }
}

/** A block's vote for the containers around it: long, comma-rich, link-poor paragraphs count most. */
function blockScore(b: RawBlock): number {
  if (b.kind === 'heading' || b.kind === 'caption' || b.words < MIN_SCORING_WORDS) return 0;
  const linkDensity = b.words ? b.linkWords / b.words : 1;
  if (linkDensity > 0.5) return 0;
  let s = 1 + Math.min(commaCount(b.text), 10) + Math.min(b.words / 15, 3);
  if (b.kind === 'list-item') s *= 0.5;
  return s * (1 - linkDensity) * (1 - linkDensity);
}

/**
 * Turns each element's own words into subtree totals for it and every ancestor up to `body`: the chains
 * are registered once per element (a climb stops at the first element already registered), then summed
 * deepest first.
 */
function* propagateTotals(stats: Map<Element, NodeStats>, statsOf: (el: Element) => NodeStats, body: Element): Steps<void> {
  const depth = new Map<Element, number>([[body, 0]]);
  const chain: Element[] = [];
  let n = 0;
  for (const el of [...stats.keys()]) {
    if (++n % BLOCKS_PER_CHECKPOINT === 0) yield;
    let a: Element | null = el;
    while (a && !depth.has(a)) {
      chain.push(a);
      a = a.parentElement;
    }
    // Outside `body` (it cannot be, blocks come from it): counted as a root of its own.
    let d = a ? depth.get(a)! : -1;
    for (let i = chain.length - 1; i >= 0; i--) depth.set(chain[i]!, ++d);
    chain.length = 0;
  }
  // Deepest first, in registration order within a depth (what a stable sort by depth gives), by buckets: a sort's
  // comparator would look both depths up at every comparison, in the interpreter on a fresh page.
  const byDepth: Element[][] = [];
  for (const [el, d] of depth) (byDepth[d + 1] ??= []).push(el);
  const order: Element[] = [];
  for (let d = byDepth.length - 1; d >= 0; d--) for (const el of byDepth[d] ?? []) order.push(el);
  for (const el of order) {
    if (++n % BLOCKS_PER_CHECKPOINT === 0) yield;
    if (el === body) continue;
    const parent = el.parentElement;
    if (!parent || !depth.has(parent)) continue;
    const s = statsOf(el);
    const p = statsOf(parent);
    p.words += s.words;
    p.linkWords += s.linkWords;
    p.prose += s.prose;
  }
  statsOf(body);
}

/** Readability's class weight as a factor: a container named as content counts more, one named as chrome less. */
function classFactor(el: Element): number {
  const hints = classHints(classAndId(el));
  if (hints & HINT_ALWAYS) return CHROME_CLASS_FACTOR;
  if (hints & HINT_CONTENT) return CONTENT_CLASS_FACTOR;
  if (hints & HINT_WEAK) return CHROME_CLASS_FACTOR;
  return 1;
}
const CONTENT_CLASS_FACTOR = 1.25;
const CHROME_CLASS_FACTOR = 0.75;

export interface ContainerChoice {
  /** The elements whose blocks form the article, in document order. */
  parts: Element[];
  top: Element | null;
  /** Elements inside `parts` whose blocks are not the article's (a comment thread below its reply form). */
  excluded: Element[];
}

/**
 * Picks the article container: Readability-style scores propagated to ancestors, the winner
 * widened to a common ancestor when several near-equal candidates share one, then sibling parts added.
 */
export function chooseContainer(blocks: RawBlock[], body: Element): ContainerChoice {
  return runToEnd(containerSteps(blocks, body));
}

/**
 * `chooseContainer` in steps: checkpoints every few hundred blocks and elements. Each step is a function
 * of its own: V8 optimises (and, on a page unlike the ones before, re-optimises) each apart, not one
 * large function whole.
 */
export function* containerSteps(blocks: RawBlock[], body: Element): Steps<ContainerChoice> {
  const stats = new Map<Element, NodeStats>();
  const statsOf = (el: Element) => {
    let s = stats.get(el);
    if (!s) {
      s = { score: 0, words: 0, linkWords: 0, prose: 0 };
      stats.set(el, s);
    }
    return s;
  };
  yield* voteSteps(blocks, statsOf, body);
  // Step 1b: the totals flow up to every ancestor up to `body`, children before parents, each element once
  // (summing per block up the whole chain is quadratic on deeply nested pages).
  yield* propagateTotals(stats, statsOf, body);

  // Step 2: the best candidate after discounting link-heavy containers.
  const final = (el: Element) => {
    const s = stats.get(el);
    if (!s || !s.words) return 0;
    return s.score * (1 - s.linkWords / s.words) * classFactor(el);
  };
  const best = bestCandidate(stats, final, body);
  if (!best) return { parts: [body], top: null, excluded: [] };
  // A reply form is where the comments start: the child of a wider ancestor that holds one is left out.
  const threads = replyThreads(body);
  const excluded: Element[] = [];
  const top = widen(best, stats, threads, body, excluded);
  excludeThreadsAfterStory(top, stats, threads, excluded);
  // Step 5: siblings that carry article text of their own (lead in one div, body in the next, ads between).
  const parent = top.parentElement;
  if (!parent || top === body) return { parts: [top], top, excluded };
  return { parts: siblingParts(top, parent, stats, threads, final), top, excluded };
}

/** Step 1: each block's words on its own element, and score votes for its nearest few ancestors. */
function* voteSteps(blocks: RawBlock[], statsOf: (el: Element) => NodeStats, body: Element): Steps<void> {
  for (let i = 0; i < blocks.length; i++) {
    if (i % BLOCKS_PER_CHECKPOINT === BLOCKS_PER_CHECKPOINT - 1) yield;
    const b = blocks[i]!;
    const own = statsOf(b.el);
    const vote = blockScore(b);
    own.words += b.words;
    own.linkWords += b.linkWords;
    own.prose += vote ? b.words : 0;
    if (!vote) continue;
    let level = 0;
    for (let a = b.el.parentElement; a && level < SCORE_LEVELS; a = a.parentElement, level++) {
      statsOf(a).score += vote / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
      if (a === body) break;
    }
  }
}

/**
 * Steps 2 and 3: the best-scored element, or, when three of the top five near-equal candidates share an
 * ancestor, that ancestor. Null when no block voted.
 */
function bestCandidate(stats: Map<Element, NodeStats>, final: (el: Element) => number, body: Element): Element | null {
  const ranked: Array<[Element, number]> = [];
  for (const [el, s] of stats) if (s.score > 0) ranked.push([el, final(el)]);
  ranked.sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return null;
  const top = ranked[0]![0];
  const topScore = ranked[0]![1];
  const near: Element[] = [];
  for (let i = 1; i < 5 && i < ranked.length; i++) if (ranked[i]![1] >= topScore * 0.75) near.push(ranked[i]![0]);
  if (near.length < 2) return top;
  // How many near candidates each ancestor holds: one climb per candidate, not a `contains` per ancestor.
  const holds = new Map<Element, number>();
  for (const el of near) for (let a = el.parentElement; a && a !== body; a = a.parentElement) holds.set(a, (holds.get(a) ?? 0) + 1);
  for (let a = top.parentElement; a && a !== body; a = a.parentElement) if ((holds.get(a) ?? 0) >= 2) return a;
  return top;
}

/**
 * Step 4: page builders cut one article into many sections: widen while an ancestor adds a good share of
 * prose and what it adds is not mostly links. A wider ancestor's children that hold a reply form (other
 * than the one we come from) are left out, and pushed onto `excluded`.
 */
function widen(start: Element, stats: Map<Element, NodeStats>, threads: Map<Element, Element[]>, body: Element, excluded: Element[]): Element {
  let top = start;
  for (let cur = stats.get(top)!, from = top, a = top.parentElement; a && a !== body; from = a, a = a.parentElement) {
    let s = stats.get(a);
    if (!s) break;
    const added = threads.get(a)?.filter((c) => c !== from);
    if (added?.length) {
      s = { ...s };
      for (const c of added) {
        const x = stats.get(c);
        excluded.push(c);
        if (!x) continue;
        s.words -= x.words;
        s.linkWords -= x.linkWords;
        s.prose -= x.prose;
      }
    }
    const addedWords = s.words - cur.words;
    const addedProse = s.prose - cur.prose;
    if (addedProse < WIDEN_MIN_WORDS || addedProse < cur.prose * WIDEN_MIN_SHARE) {
      if (addedWords > cur.words * WIDEN_MAX_NOISE) break;
      continue;
    }
    if ((s.linkWords - cur.linkWords) / Math.max(1, addedWords) > WIDEN_MAX_LINK_DENSITY) break;
    top = a;
    cur = s;
  }
  return top;
}

/**
 * Step 4b: the article's own box may hold the comments too (and they may outweigh a short story): a child
 * with a reply form that follows the child without one holding most of the prose.
 */
function excludeThreadsAfterStory(top: Element, stats: Map<Element, NodeStats>, threads: Map<Element, Element[]>, excluded: Element[]): void {
  const inTop = threads.get(top);
  if (!inTop) return;
  let main: Element | null = null;
  for (let c = top.firstElementChild, best = 0; c; c = c.nextElementSibling) {
    const p = stats.get(c)?.prose ?? 0;
    if (p > best && !inTop.includes(c)) (best = p), (main = c);
  }
  for (const c of inTop) if (main && main.compareDocumentPosition(c) & 4 /* FOLLOWING */) excluded.push(c);
}

/** Step 5: `top` and those of its siblings that carry article text of their own, in document order. */
function siblingParts(top: Element, parent: Element, stats: Map<Element, NodeStats>, threads: Map<Element, Element[]>, final: (el: Element) => number): Element[] {
  const threshold = Math.max(10, final(top) * SIBLING_SHARE);
  const topClass = top.getAttribute('class');
  const parts: Element[] = [];
  for (let sib = parent.firstElementChild; sib; sib = sib.nextElementSibling) {
    if (sib === top) {
      parts.push(sib);
      continue;
    }
    const s = stats.get(sib);
    if (!s || !s.words || threads.get(parent)?.includes(sib)) continue;
    const ld = s.linkWords / s.words;
    let bonus = 0;
    if (topClass && sib.getAttribute('class') === topClass) bonus = final(top) * 0.2;
    if (final(sib) + bonus >= threshold) parts.push(sib);
    else if (TEXT_SIBLING_TAGS.has(sib.localName.toLowerCase()) && s.words >= 20 && ld < 0.25) parts.push(sib);
    else if (s.words > 0 && s.words < 20 && ld === 0 && sib.localName.toLowerCase() === 'p') parts.push(sib);
  }
  return parts;
}

/**
 * For each element above a reply form (`<textarea>`), its children that hold one, without an `<h1>` (a box
 * with a headline is a column of stories, not a thread). One climb per form, so deep pages stay linear.
 */
function replyThreads(body: Element): Map<Element, Element[]> {
  const out = new Map<Element, Element[]>();
  const areas = body.getElementsByTagName('textarea');
  if (!areas.length) return out;
  const headed = new Set<Element>();
  const h1s = body.getElementsByTagName('h1');
  for (let i = 0; i < h1s.length; i++) for (let a: Element | null = h1s[i]!; a && !headed.has(a); a = a.parentElement) headed.add(a);
  for (let i = 0; i < areas.length; i++) {
    for (let c: Element = areas[i]!, a = c.parentElement; a; c = a, a = a.parentElement) {
      const list = out.get(a);
      if (list?.includes(c)) break;
      if (!headed.has(c)) {
        if (list) list.push(c);
        else out.set(a, [c]);
      }
      if (a === body) break;
    }
  }
  return out;
}
