/**
 * The text the content script paints from (`PaintReply`, lib/schema/messages.ts): its grammar, a regular language
 * the schema checks with one native regex (`PAINT_WIRE`); lib/highlight/paint-wire.ts writes and reads it. No zod here.
 *
 * One string, because reading the answer is the page's cost and zod runs cold there (interpreted, first use): each
 * schema node costs its building and first parse, and an object of columns cost ~3.4 ms on a page's first paint.
 *
 * Fields end with `|`:
 *   header     `P1` flags (`0`/`1`: on, tint by speaker, then each kind shown, in HIGHLIGHT_SETTING_KINDS order)
 *              a colour per kind (`#rrggbb`) `|` url `|`
 *   highlight  `h` kind (its index) `,` start `,` end `,` block `,` tint (-1: none) `,` ref
 *              [`,` place start `,` place end] `|` (where the background found it in its copy: lib/anchor `Place`)
 *              exact `|` prefix `|` suffix `|` label `|` (label: empty for none, else `=` and the text)
 *   block      `b` start [`,` tag (`,` step)+] `|` (no tag and steps: the block has no element)
 * Highlights come before blocks. Texts (url, selector, label) may hold any character: `\` and `|` are written `\\`
 * and `\|`. Every part is read by one unambiguous pattern (a text cannot hold its end, a number ends at a
 * non-digit), so the regex runs in time linear in the answer, whatever the page puts in its texts.
 */
import { HIGHLIGHT_SETTING_KINDS } from './settings';

/** The most elements deep a block's path may go (a hostile page nests far deeper; such blocks are not named). */
export const MAX_PATH_DEPTH = 512;
/** The longest address an answer names (as `content:details` accepts). */
export const MAX_PAINT_URL_CHARS = 8192;
/**
 * The longest answer. The regex backtracks through a stack that grows with each repetition it matches (an escape, a
 * path step: two characters each): V8's 64 MB regexp stack overflows past ~6.4 M characters of them (measured), so
 * the cap keeps every answer the schema reads well under. No real answer comes near: the demo articles' are ~4 kB, an
 * article's text is at most 1 M characters; an answer beyond it is refused (nothing painted), never read.
 */
export const MAX_PAINT_CHARS = 4_000_000;
/** A block element's local name, as the answer may carry it (longer or holding a separator: the block is not named). */
export const PAINT_TAG = /^[^|,]{1,64}$/;

const KINDS = HIGHLIGHT_SETTING_KINDS.length;
const TEXT = String.raw`[^|\\]*(?:\\[|\\][^|\\]*)*`;
const NUMBER = String.raw`\d{1,9}`;
const HEADER = String.raw`P1[01]{${2 + KINDS}}(?:#[0-9a-fA-F]{6}){${KINDS}}\|(?:[^|\\]|\\[|\\]){0,${MAX_PAINT_URL_CHARS}}\|`;
const HIGHLIGHT = String.raw`h[0-${KINDS - 1}](?:,${NUMBER}){3},(?:-1|${NUMBER}),${NUMBER}(?:,${NUMBER},${NUMBER})?\|(?:${TEXT}\|){3}(?:=${TEXT})?\|`;
const BLOCK = String.raw`b${NUMBER}(?:,[^|,]{1,64}(?:,${NUMBER}){1,${MAX_PATH_DEPTH}})?\|`;

/** The whole grammar (see above). */
export const PAINT_WIRE = new RegExp(`^${HEADER}(?:${HIGHLIGHT})*(?:${BLOCK})*$`);
