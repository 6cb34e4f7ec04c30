/** The local reading history (for related stories) and what the popup shows as related. */
import { lazySchema, z } from './zod';

export const HistoryRecord = lazySchema(() =>
  z.object({
    url: z.string().max(8192),
    title: z.string().max(2000),
    site: z.string().max(253),
    publisher: z.string().max(500).nullable(),
    published: z.string().max(40).nullable(),
    language: z.string().max(3),
    /** Epoch milliseconds when Byline analysed it. */
    analyzedAt: z.number(),
    /** Canonical names as the article wrote them. */
    people: z.array(z.string().max(200)).max(200),
    /** Latin surname stems, one per entry of `people`: for matching across languages. */
    peopleKeys: z.array(z.string().max(40)).max(200),
    sources: z.array(z.string().max(200)).max(200),
    keywords: z.array(z.string().max(40)).max(64),
    /** The first few quotes, shortened: what the history page searches besides people and outlets. */
    quotes: z.array(z.string().max(160)).max(3).optional(),
  }),
);
export type HistoryRecord = z.infer<typeof HistoryRecord>;

export const HISTORY_VERSION = 1;
export const StoredHistory = lazySchema(() =>
  z.object({
    version: z.literal(HISTORY_VERSION),
    records: z.array(HistoryRecord).max(10_000),
  }),
);
export type StoredHistory = z.infer<typeof StoredHistory>;

export const RelatedStory = lazySchema(() =>
  z.object({
    url: z.string(),
    title: z.string(),
    site: z.string(),
    published: z.string().nullable(),
    language: z.string(),
    score: z.number(),
    sharedPeople: z.array(z.string()),
    origin: z.enum(['history', 'gdelt', 'google-news']),
  }),
);
export type RelatedStory = z.infer<typeof RelatedStory>;
