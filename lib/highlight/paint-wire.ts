/**
 * What the content script paints from, as it crosses from the background (`PaintReply` in lib/schema/messages.ts):
 * how the reader wants highlights painted, the highlights, and the blocks with their elements' paths, as one text
 * (its grammar: lib/schema/paint-grammar.ts). Reading it is the page's cost: the schema checks it with one regex, and
 * this reads it in one pass with native string search. Pure: no zod here (the content script parses with the schema,
 * then decodes).
 */
import type { Block, HighlightSettings } from '../schema';
import { HIGHLIGHT_SETTING_KINDS } from '../schema/settings';
import { PAINT_TAG } from '../schema/paint-grammar';
import type { HighlightItem } from './items';

export { MAX_PATH_DEPTH } from '../schema/paint-grammar';

/** `\` and `|`, the characters a text escapes. */
const ESCAPED = /[\\|]/g;
const text = (value: string): string => value.replace(ESCAPED, '\\$&');

/** The answer for `items` over `blocks`, each block's element at `paths[i]` (null: none) named `tags[i]`. */
export function toWire(
  url: string,
  items: readonly HighlightItem[],
  blocks: readonly Pick<Block, 'start'>[],
  paths: readonly (readonly number[] | null)[],
  tags: readonly string[],
  settings: HighlightSettings,
): string {
  const flags = [settings.enabled, settings.tintBySpeaker, ...HIGHLIGHT_SETTING_KINDS.map((kind) => settings.kinds[kind])];
  const out = ['P1', flags.map(Number).join(''), HIGHLIGHT_SETTING_KINDS.map((kind) => settings.colors[kind]).join(''), '|', text(url), '|'];
  for (const { kind, span, tint, ref, label } of items) {
    out.push(`h${HIGHLIGHT_SETTING_KINDS.indexOf(kind)},${span.start},${span.end},${span.block},${tint},${ref}|`);
    out.push(text(span.selector.exact), '|', text(span.selector.prefix), '|', text(span.selector.suffix), '|');
    out.push(label === null ? '|' : `=${text(label)}|`);
  }
  blocks.forEach((block, i) => {
    const path = paths[i];
    const tag = tags[i] ?? '';
    // A block whose element cannot be named in the answer is not painted (no real page's tag holds `|` or `,`).
    out.push(path && path.length > 0 && PAINT_TAG.test(tag) ? `b${block.start},${tag},${path.join(',')}|` : `b${block.start}|`);
  });
  return out.join('');
}

export interface Decoded {
  url: string;
  items: HighlightItem[];
  starts: number[];
  paths: (number[] | null)[];
  tags: string[];
  highlights: HighlightSettings;
}

const COMMA = 44; // ,
const MINUS = 45; // -
const EQUALS = 61; // =
const BLOCK = 98; // b
const HIGHLIGHT = 104; // h

/** The answer back as highlights, paths and settings. `wire` must have passed the schema (`PaintReply`). */
export function fromWire(wire: string): Decoded {
  let at = 2;
  let nextEscape = wire.indexOf('\\');
  /** The text from `at` to its end, unescaped; `at` then past its `|`. */
  const readText = (): string => {
    let end = wire.indexOf('|', at);
    if (nextEscape < at && nextEscape !== -1) nextEscape = wire.indexOf('\\', at);
    let out = '';
    while (nextEscape !== -1 && nextEscape < end) {
      out += wire.slice(at, nextEscape) + wire[nextEscape + 1]!;
      at = nextEscape + 2;
      nextEscape = wire.indexOf('\\', at);
      if (end < at) end = wire.indexOf('|', at);
    }
    out += wire.slice(at, end);
    at = end + 1;
    return out;
  };
  /** The integer at `at`; `at` then at the character that ends it. */
  const readInt = (): number => {
    const negative = wire.charCodeAt(at) === MINUS;
    if (negative) at++;
    let n = 0;
    for (let c = wire.charCodeAt(at); c >= 48 && c <= 57; c = wire.charCodeAt(++at)) n = n * 10 + c - 48;
    return negative ? -n : n;
  };
  /** The integer at `at`; `at` then past the character that ends it. */
  const readField = (): number => {
    const n = readInt();
    at++;
    return n;
  };

  const kinds = HIGHLIGHT_SETTING_KINDS.length;
  const flag = (i: number) => wire.charCodeAt(at + i) === 49;
  const highlights: HighlightSettings = {
    enabled: flag(0),
    tintBySpeaker: flag(1),
    kinds: Object.fromEntries(HIGHLIGHT_SETTING_KINDS.map((kind, i) => [kind, flag(2 + i)])) as HighlightSettings['kinds'],
    colors: {} as HighlightSettings['colors'],
  };
  at += 2 + kinds;
  for (const kind of HIGHLIGHT_SETTING_KINDS) (highlights.colors[kind] = wire.slice(at, at + 7)), (at += 7);
  at++;
  const url = readText();

  const items: HighlightItem[] = [];
  while (wire.charCodeAt(at) === HIGHLIGHT) {
    at++;
    const kind = HIGHLIGHT_SETTING_KINDS[readField()]!;
    const start = readField();
    const end = readField();
    const block = readField();
    const tint = readField();
    const ref = readField();
    const selector = { exact: readText(), prefix: readText(), suffix: readText() };
    const label = wire.charCodeAt(at) === EQUALS ? (at++, readText()) : (at++, null);
    items.push({ kind, span: { start, end, block, selector }, label, tint, ref });
  }

  const starts: number[] = [];
  const paths: (number[] | null)[] = [];
  const tags: string[] = [];
  while (wire.charCodeAt(at) === BLOCK) {
    at++;
    starts.push(readInt());
    if (wire.charCodeAt(at++) !== COMMA) {
      paths.push(null);
      tags.push('');
      continue;
    }
    const tagEnd = wire.indexOf(',', at);
    tags.push(wire.slice(at, tagEnd));
    at = tagEnd;
    const path: number[] = [];
    while (wire.charCodeAt(at++) === COMMA) path.push(readInt());
    paths.push(path);
  }
  return { url, items, starts, paths, tags, highlights };
}
