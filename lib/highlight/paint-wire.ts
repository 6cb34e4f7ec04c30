/**
 * What the content script paints from, as it crosses from the background (`PaintReply` in lib/schema/messages.ts):
 * the highlights, the blocks and their elements' paths, and how the reader wants them painted, in flat columns of
 * numbers and strings. Reading it is the page's cost: a cold zod parse of the same data as nested objects (one per
 * highlight, span and selector) cost about twice as much, and the page needs no more than the columns. Pure: no zod
 * here (the content script parses with the schema, then decodes).
 */
import type { Block, HighlightSettings } from '../schema';
import { HIGHLIGHT_SETTING_KINDS } from '../schema/settings';
import { decodePaths, integers, NUMBERS_PER_ITEM, TEXTS_PER_ITEM, wireFits, type PaintWire } from '../schema/paint-columns';
import type { HighlightItem } from './items';

export { MAX_PATH_DEPTH, type PaintWire } from '../schema/paint-columns';

/** The answer for `items` over `blocks`, each block's element at `paths[i]` (null: none) named `tags[i]`. */
export function toWire(
  url: string,
  items: readonly HighlightItem[],
  blocks: readonly Pick<Block, 'start'>[],
  paths: readonly (readonly number[] | null)[],
  tags: readonly string[],
  settings: HighlightSettings,
): PaintWire {
  const numbers: number[] = [];
  const texts: string[] = [];
  for (const { span, tint, ref } of items) {
    numbers.push(span.start, span.end, span.block, tint, ref);
    texts.push(span.selector.exact, span.selector.prefix, span.selector.suffix);
  }
  return {
    status: 'analyzed',
    url,
    kinds: items.map((item) => item.kind),
    numbers: numbers.join(','),
    texts,
    labels: items.map((item) => item.label),
    starts: blocks.map((block) => block.start).join(','),
    // Each path as its length then its steps; length 0 for a block without one (no block's element is <html>).
    paths: paths.flatMap((path) => (path && path.length > 0 ? [path.length, ...path] : [0])).join(','),
    tags: [...tags],
    highlights: {
      enabled: settings.enabled,
      tintBySpeaker: settings.tintBySpeaker,
      shown: HIGHLIGHT_SETTING_KINDS.filter((kind) => settings.kinds[kind]),
      colors: HIGHLIGHT_SETTING_KINDS.map((kind) => settings.colors[kind]),
    },
  };
}

export interface Decoded {
  url: string;
  items: HighlightItem[];
  starts: number[];
  paths: (number[] | null)[];
  tags: string[];
  highlights: HighlightSettings;
}

/** The columns back as highlights, paths and settings; null when they do not fit together (see `wireFits`). */
export function fromWire(wire: PaintWire): Decoded | null {
  const starts = integers(wire.starts);
  const paths = decodePaths(integers(wire.paths), starts.length);
  if (!paths || !wireFits(wire)) return null;
  const n = integers(wire.numbers);
  const t = wire.texts;
  const items = wire.kinds.map((kind, i): HighlightItem => {
    const at = i * NUMBERS_PER_ITEM;
    const text = i * TEXTS_PER_ITEM;
    return {
      kind,
      span: { start: n[at]!, end: n[at + 1]!, block: n[at + 2]!, selector: { exact: t[text]!, prefix: t[text + 1]!, suffix: t[text + 2]! } },
      label: wire.labels[i]!,
      tint: n[at + 3]!,
      ref: n[at + 4]!,
    };
  });
  const shown = new Set<string>(wire.highlights.shown);
  const kinds = Object.fromEntries(HIGHLIGHT_SETTING_KINDS.map((kind) => [kind, shown.has(kind)])) as HighlightSettings['kinds'];
  const colors = Object.fromEntries(HIGHLIGHT_SETTING_KINDS.map((kind, i) => [kind, wire.highlights.colors[i]!])) as HighlightSettings['colors'];
  const highlights = { enabled: wire.highlights.enabled, tintBySpeaker: wire.highlights.tintBySpeaker, kinds, colors };
  return { url: wire.url, items, starts, paths, tags: wire.tags, highlights };
}

