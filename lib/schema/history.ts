/** The local reading history (for related stories) and what the popup shows as related. */
import { lazySchema, z } from './zod';

export const HistoryRecord = lazySchema(() =>
  z.object({
    url: z.string().check(z.maxLength(8192)),
    title: z.string().check(z.maxLength(2000)),
    site: z.string().check(z.maxLength(253)),
    publisher: z.nullable(z.string().check(z.maxLength(500))),
    published: z.nullable(z.string().check(z.maxLength(40))),
    language: z.string().check(z.maxLength(3)),
    /** Epoch milliseconds when Byline analysed it. */
    analyzedAt: z.number(),
    /** Canonical names as the article wrote them. */
    people: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(200)),
    /** Latin surname stems, one per entry of `people`: for matching across languages. */
    peopleKeys: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(200)),
    sources: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(200)),
    keywords: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(64)),
    /** The first few quotes, shortened: what the history page searches besides people and outlets. */
    quotes: z.optional(z.array(z.string().check(z.maxLength(160))).check(z.maxLength(3))),
  }),
);
export type HistoryRecord = z.infer<typeof HistoryRecord>;

export const HISTORY_VERSION = 1;
export const StoredHistory = lazySchema(() =>
  z.object({
    version: z.literal(HISTORY_VERSION),
    records: z.array(HistoryRecord).check(z.maxLength(10_000)),
  }),
);
export type StoredHistory = z.infer<typeof StoredHistory>;

export const RelatedStory = lazySchema(() =>
  z.object({
    url: z.string(),
    title: z.string(),
    site: z.string(),
    published: z.nullable(z.string()),
    language: z.string(),
    score: z.number(),
    sharedPeople: z.array(z.string()),
    origin: z.enum(['history', 'gdelt', 'google-news']),
  }),
);
export type RelatedStory = z.infer<typeof RelatedStory>;
