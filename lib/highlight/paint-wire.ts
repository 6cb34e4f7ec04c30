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
  for (const { kind, span, tint, ref, label, place } of items) {
    out.push(`h${HIGHLIGHT_SETTING_KINDS.indexOf(kind)},${span.start},${span.end},${span.block},${tint},${ref}${place ? `,${place.start},${place.end}` : ''}|`);
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

/** A text's escape (`\` then the character it stands for). */
const ESCAPE = /\\([\s\S])/g;

/**
 * The answer's fields (what ends with each `|`), texts unescaped. Native splits, not a loop over characters: a page
 * reads the answer cold, where a per-character loop runs in the interpreter.
 */
function fieldsOf(wire: string): string[] {
  const parts = wire.split('|');
  if (!wire.includes('\\')) return parts;
  // A `|` after an odd run of `\` is a text's own: the part goes on past it.
  const fields: string[] = [];
  let field: string | null = null;
  for (const part of parts) {
    field = field === null ? part : `${field}|${part}`;
    let run = 0;
    while (run < field.length && field.charCodeAt(field.length - 1 - run) === 92) run++;
    if (run % 2 === 1) continue;
    fields.push(field.replace(ESCAPE, '$1'));
    field = null;
  }
  return fields;
}

/** The answer back as highlights, paths and settings. `wire` must have passed the schema (`PaintReply`). */
export function fromWire(wire: string): Decoded {
  const fields = fieldsOf(wire);
  const head = fields[0]!;
  const kinds = HIGHLIGHT_SETTING_KINDS.length;
  const flag = (i: number) => head.charCodeAt(2 + i) === 49;
  const highlights: HighlightSettings = {
    enabled: flag(0),
    tintBySpeaker: flag(1),
    kinds: {} as HighlightSettings['kinds'],
    colors: {} as HighlightSettings['colors'],
  };
  HIGHLIGHT_SETTING_KINDS.forEach((kind, i) => {
    highlights.kinds[kind] = flag(2 + i);
    highlights.colors[kind] = head.slice(4 + kinds + 7 * i, 11 + kinds + 7 * i);
  });
  const url = fields[1]!;

  const items: HighlightItem[] = [];
  let at = 2;
  // A highlight is five fields: its numbers, exact, prefix, suffix, label.
  for (; fields[at]!.charCodeAt(0) === 104; at += 5) {
    // Indexed, not destructured: destructuring runs the iterator protocol, slow in a cold page.
    const n = fields[at]!.slice(1).split(',');
    const label = fields[at + 4]!;
    items.push({
      kind: HIGHLIGHT_SETTING_KINDS[+n[0]!]!,
      span: { start: +n[1]!, end: +n[2]!, block: +n[3]!, selector: { exact: fields[at + 1]!, prefix: fields[at + 2]!, suffix: fields[at + 3]! } },
      label: label ? label.slice(1) : null,
      tint: +n[4]!,
      ref: +n[5]!,
      ...(n.length > 6 ? { place: { start: +n[6]!, end: +n[7]! } } : {}),
    });
  }

  const starts: number[] = [];
  const paths: (number[] | null)[] = [];
  const tags: string[] = [];
  // The last field is the empty one after the final `|`.
  for (; at < fields.length - 1; at++) {
    const n = fields[at]!.slice(1).split(',');
    starts.push(+n[0]!);
    paths.push(n.length > 1 ? n.slice(2).map(Number) : null);
    tags.push(n.length > 1 ? n[1]! : '');
  }
  return { url, items, starts, paths, tags, highlights };
}
