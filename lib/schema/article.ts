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
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  }),
);
export type Block = z.infer<typeof Block>;

/** A signal that pushed the article/not-article decision, with its weight (positive = article). */
export const DetectionSignal = lazySchema(() =>
  z.object({
    name: z.string().max(80),
    weight: z.number(),
    detail: z.string().max(200).optional(),
  }),
);
export type DetectionSignal = z.infer<typeof DetectionSignal>;

export const Detection = lazySchema(() =>
  z.object({
    isArticle: z.boolean(),
    score: z.number(),
    signals: z.array(DetectionSignal).max(64),
  }),
);
export type Detection = z.infer<typeof Detection>;

/** Upper bound on text we accept across a message boundary (about 2 MB of UTF-16). */
export const MAX_ARTICLE_CHARS = 1_000_000;

export const ArticleText = lazySchema(() =>
  z
    .object({
      url: z.string().max(8192),
      title: z.string().max(2000),
      byline: z.string().max(1000).nullable(),
      /** ISO 8601: date, date-time, or date-time with offset, as precise as the page says. */
      published: z.string().max(40).nullable(),
      modified: z.string().max(40).nullable(),
      publisher: z.string().max(500).nullable(),
      /** `<html lang>` or `og:locale` as declared by the page (a hint only). */
      langHint: z.string().max(35).nullable(),
      text: z.string().max(MAX_ARTICLE_CHARS),
      blocks: z.array(Block).max(100_000),
      detection: Detection,
      /** True when the text was cut to MAX_ARTICLE_CHARS. */
      truncated: z.boolean().default(false),
      /** Fields cut to their bound above (lib/schema/limits.ts `fitArticle`): the analysis notes each. */
      cut: z.array(z.string().max(20)).max(16).optional(),
    })
    .refine((a) => a.blocks.every((b) => b.start <= b.end && b.end <= a.text.length), {
      message: 'block offsets must lie inside text',
    }),
);
export type ArticleText = z.infer<typeof ArticleText>;
