/**
 * The article as plain text: what the page layer hands to the analysers.
 * Offsets are UTF-16 code unit offsets into `text` (what JS strings index), so a span
 * can be sliced directly and mapped back to DOM text nodes by the anchoring layer.
 */
import { lazySchema, z } from './zod';

export const BLOCK_KINDS = [
  'paragraph',
  'heading',
  'blockquote',
  'caption',
  'list-item',
  'preformatted',
] as const;

export const BlockKind = lazySchema(() =>
  z.enum(BLOCK_KINDS),
);
export type BlockKind = z.infer<typeof BlockKind>;

/** One block of the main text; `start`/`end` index into `ArticleText.text`. */
export const Block = lazySchema(() =>
  z.object({
    kind: BlockKind,
    start: z.int().check(z.nonnegative()),
    end: z.int().check(z.nonnegative()),
  }),
);
export type Block = z.infer<typeof Block>;

/** A signal that pushed the article/not-article decision, with its weight (positive = article). */
export const DetectionSignal = lazySchema(() =>
  z.object({
    name: z.string().check(z.maxLength(80)),
    weight: z.number(),
    detail: z.optional(z.string().check(z.maxLength(200))),
  }),
);
export type DetectionSignal = z.infer<typeof DetectionSignal>;

export const Detection = lazySchema(() =>
  z.object({
    isArticle: z.boolean(),
    score: z.number(),
    signals: z.array(DetectionSignal).check(z.maxLength(64)),
  }),
);
export type Detection = z.infer<typeof Detection>;

/** Upper bound on text we accept across a message boundary (about 2 MB of UTF-16). */
export const MAX_ARTICLE_CHARS = 1_000_000;

export const ArticleText = lazySchema(() =>
  z
    .object({
      url: z.string().check(z.maxLength(8192)),
      title: z.string().check(z.maxLength(2000)),
      byline: z.nullable(z.string().check(z.maxLength(1000))),
      /** ISO 8601: date, date-time, or date-time with offset, as precise as the page says. */
      published: z.nullable(z.string().check(z.maxLength(40))),
      modified: z.nullable(z.string().check(z.maxLength(40))),
      publisher: z.nullable(z.string().check(z.maxLength(500))),
      /** `<html lang>` or `og:locale` as declared by the page (a hint only). */
      langHint: z.nullable(z.string().check(z.maxLength(35))),
      text: z.string().check(z.maxLength(MAX_ARTICLE_CHARS)),
      blocks: z.array(Block).check(z.maxLength(100_000)),
      detection: Detection,
      /** True when the text was cut to MAX_ARTICLE_CHARS. */
      truncated: z._default(z.boolean(), false),
      /** Fields cut to their bound above (lib/schema/limits.ts `fitArticle`): the analysis notes each. */
      cut: z.optional(z.array(z.string().check(z.maxLength(20))).check(z.maxLength(16))),
    })
    .check(
      z.refine((a) => a.blocks.every((b) => b.start <= b.end && b.end <= a.text.length), {
        message: 'block offsets must lie inside text',
      }),
    ),
);
export type ArticleText = z.infer<typeof ArticleText>;
