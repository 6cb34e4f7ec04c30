/**
 * The GlossaryEntry schema: one local term of political life, how to find it in text, and a one-line
 * explanation per reader language. Data files under ./data/ are plain arrays of these; the engine
 * (./index.ts) never names a country or a language.
 */
import { z } from '../schema/zod-full';
import { compilePattern } from './pattern';

/** ISO 639-1 language code. */
const LanguageCode = z.string().regex(/^[a-z]{2}$/, 'an ISO 639-1 code such as "ru"');

/** One plain line the popup can show: no line breaks, no padding, not an essay. */
const Line = z
  .string()
  .min(10)
  .max(220)
  .refine((s) => !/[\r\n]/.test(s) && s.trim() === s, 'one line, no surrounding whitespace');

/** A pattern in the syntax of ./pattern.ts that compiles. */
const Pattern = z.string().min(1).superRefine((pattern, ctx) => {
  try {
    compilePattern(pattern, { caseSensitive: false });
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
  }
});

export const GlossaryEntry = z.object({
  /** Canonical headword as a dictionary would list it: 'аким', 'Верховна Рада', 'Bundestag'. */
  term: z.string().min(1),
  /** Language the headword is written in. */
  language: LanguageCode,
  /** Other article languages where the term appears as written (Bundestag in English text). */
  usedIn: z.array(LanguageCode).default([]),
  /** ISO 3166-1 alpha-2 code of the country whose institution or term this is. */
  country: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as "KZ"'),
  /** Every way the term is written, inflected forms included (see ./pattern.ts). */
  forms: z.array(Pattern).min(1),
  /** Matches that are something else, case-sensitive as written: the surname Акимов is not "of akims". */
  exclude: z.array(Pattern).default([]),
  /** Match only as written or in all capitals (party names that are also ordinary words). */
  caseSensitive: z.boolean().default(false),
  /** One line per reader language; English and Russian are required, English is the fallback. */
  explanation: z
    .object({ en: Line, ru: Line, kk: Line.optional(), uk: Line.optional(), de: Line.optional(), fr: Line.optional() })
    .strict(),
});
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;
/** What data files write: defaults may be left out. */
export type GlossaryEntryInput = z.input<typeof GlossaryEntry>;
