/**
 * The analysis contract: what the CLI prints and the popup shows.
 * Public names (isArticle, article.*, quotes[].{text,kind,speaker}, people[].{name,roles},
 * sources[].{name,kind}) are stable; add fields freely, never rename them.
 */
import { lazySchema, z } from './zod';
import { Detection } from './article';

/** A W3C-style text-quote selector: enough context to re-find a span when offsets drift. */
export const TextQuoteSelector = lazySchema(() =>
  z.object({
    exact: z.string(),
    prefix: z.string(),
    suffix: z.string(),
  }),
);
export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>;
export { selectorFor } from './selector';

/** A span of `article.text`: [start, end) in UTF-16 code units, plus the block it lies in. */
export const Span = lazySchema(() =>
  z.object({
    start: z.int().check(z.nonnegative()),
    end: z.int().check(z.nonnegative()),
    block: z.int().check(z.nonnegative()),
    selector: TextQuoteSelector,
  }),
);
export type Span = z.infer<typeof Span>;

export const Quote = lazySchema(() =>
  z.extend(Span, {
    text: z.string(),
    kind: z.enum(['direct', 'indirect']),
    /** Canonical (nominative, fullest) name of a person, or null when the speaker is unnamed. */
    speaker: z.nullable(z.string()),
    /** How an unnamed speaker is referred to ("эксперты", "a source", "the ministry"). */
    speakerRef: z._default(z.nullable(z.string()), null),
    /** The speech verb or phrase that attributes the quote ("сообщил", "according to"). */
    cue: z.nullable(z.string()),
    /** Where the speaker is mentioned for this quote, when found in the text. */
    speakerSpan: z._default(z.nullable(Span), null),
    cueSpan: z._default(z.nullable(Span), null),
    /** Id of the rule that found the quote (lib/analyze/attribution/rules.ts). */
    rule: z.optional(z.string()),
    /** Id of the rule that linked the speaker, with how it was resolved ("speaker.before-cue", "…+antecedent"). */
    speakerRule: z.optional(z.string()),
    /** How sure the speaker link is: its rule's measured precision (lib/analyze/attribution/confidence.ts). */
    speakerConfidence: z.optional(z.number().check(z.gte(0), z.lte(1))),
  }),
);
export type Quote = z.infer<typeof Quote>;

export const Mention = lazySchema(() =>
  z.extend(Span, {
    kind: z.enum(['name', 'surname', 'title', 'pronoun']),
    /** Id of the rule that linked this mention to the person. */
    rule: z.optional(z.string()),
    /** How sure the link is: its rule's measured precision (lib/analyze/attribution/confidence.ts). */
    confidence: z.optional(z.number().check(z.gte(0), z.lte(1))),
  }),
);
export type Mention = z.infer<typeof Mention>;

export const Person = lazySchema(() =>
  z.object({
    name: z.string(),
    roles: z.array(z.string()),
    organizations: z._default(z.array(z.string()), []),
    gender: z._default(z.nullable(z.enum(['female', 'male'])), null),
    isOfficial: z._default(z.boolean(), false),
    mentions: z.int().check(z.nonnegative()),
    mentionSpans: z._default(z.array(Mention), []),
    /** The name in Latin letters, one per transliteration system, the usual English spelling first. */
    latin: z.optional(z.array(z.object({ system: z.string(), latin: z.string() }))),
  }),
);
export type Person = z.infer<typeof Person>;

/** Unnamed officials or groups ("глава государства", "experts"): references, never invented names. */
export const Reference = lazySchema(() =>
  z.extend(Span, {
    text: z.string(),
    isOfficial: z.boolean(),
    /** Id of the rule that found the reference. */
    rule: z.optional(z.string()),
  }),
);
export type Reference = z.infer<typeof Reference>;

export const SOURCE_KINDS = [
  'agency',
  'outlet',
  'correspondent',
  'photo',
  'press-service',
  'official',
  'document',
  'social',
  'link',
  'other',
] as const;

export const Source = lazySchema(() =>
  z.object({
    name: z.string(),
    kind: z.enum(SOURCE_KINDS),
    /** The text that shows the citation ("со ссылкой на Zakon.kz"). */
    evidence: z.string(),
    url: z.optional(z.string()),
    spans: z._default(z.array(Span), []),
    /** Name of the source that cites this one, building the chain this site → correspondent → outlet. */
    citedBy: z._default(z.nullable(z.string()), null),
    /** Id of the rule that found the source (its first citation). */
    rule: z.optional(z.string()),
  }),
);
export type Source = z.infer<typeof Source>;

export const LanguageGuess = lazySchema(() =>
  z.object({
    /** ISO 639-1, or "und" when undetermined. */
    language: z.string().check(z.minLength(2), z.maxLength(3)),
    confidence: z.number().check(z.gte(0), z.lte(1)),
    runnerUp: z.nullable(z.string().check(z.minLength(2), z.maxLength(3))),
    script: z.string(),
  }),
);
export type LanguageGuess = z.infer<typeof LanguageGuess>;

/** A local term a foreign reader may need explained (аким, Мажилис, Bundestag), with every occurrence. */
export const GlossaryTerm = lazySchema(() =>
  z.object({
    term: z.string(),
    country: z.string(),
    explanation: z.string(),
    matches: z.array(z.object({ start: z.int(), end: z.int(), text: z.string() })),
  }),
);
export type GlossaryTerm = z.infer<typeof GlossaryTerm>;

export const ArticleInfo = lazySchema(() =>
  z.object({
    title: z.string(),
    byline: z.nullable(z.string()),
    published: z.nullable(z.string()),
    modified: z._default(z.nullable(z.string()), null),
    publisher: z.nullable(z.string()),
    url: z.string(),
    language: z.string(),
    text: z.string(),
  }),
);
export type ArticleInfo = z.infer<typeof ArticleInfo>;

export const Analysis = lazySchema(() =>
  z.object({
    version: z.literal(1),
    isArticle: z.boolean(),
    detection: Detection,
    article: ArticleInfo,
    languageGuess: z.nullable(LanguageGuess),
    quotes: z.array(Quote),
    people: z.array(Person),
    references: z._default(z.array(Reference), []),
    sources: z.array(Source),
    /** Local terms explained in the reader's language. */
    glossary: z._default(z.array(GlossaryTerm), []),
    /** The reader's language the glossary was written for. */
    readerLanguage: z._default(z.string(), 'en'),
    /** Milliseconds spent per stage, for the curious and for benchmarks. */
    timings: z.record(z.string(), z.number()),
    /** Honest notes about limits hit ("text truncated at 1,000,000 characters"). */
    notes: z._default(z.array(z.string()), []),
  }),
);
export type Analysis = z.infer<typeof Analysis>;
