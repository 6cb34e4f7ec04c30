/**
 * The shape of a morphology table: the endings, letters and small function words the attribution
 * engine needs to read inflected names, roles and source names. Families of languages share one
 * table (east-slavic.ts, turkic.ts, west-slavic.ts); a lexicon without one gets `NO_MORPHOLOGY`
 * (its words are matched as written). Endings are lowercase; '' stands for the bare stem.
 */
import { z } from '../../schema/zod-full';

const list = z.array(z.string());

export const Morphology = z.object({
  /** Final vowels (and soft signs) a stem drops before case endings: "россия" is also matched as "росси-". */
  finalVowels: z.string(),
  /**
   * Optional (issue 15, Czech "starosty", "předsedou", "ředitelky"): final vowels titles and roles drop before case endings where
   * `finalVowels` is kept empty for other words; without it titles use `finalVowels`.
   */
  titleFinalVowels: z.string().optional(),
  /** Consonant letters: a role head ending in one is in its base form ("депутат", not "депутата"). */
  consonants: z.string(),
  /** Semivowels that close a stem like a consonant ("Андрей"): with the consonants, a man's surname stem may end in one ("Мюллер|а"). */
  semivowels: z.string(),
  names: z.object({
    /** Endings that leave a one-word name's case open ("Петрова" may be genitive): such a word alone needs more evidence. */
    uncertainEndings: list,
    /** Endings put back on a name's stem to find a first name in the lists, tried in order ('' last: the bare stem). */
    firstNameRestore: list,
    /** Which case endings each restored first-name ending may replace (keys: entries of firstNameRestore other than ''). */
    restoreFrom: z.record(z.string(), list),
    /** Endings put back on a surname or patronymic stem to reach a female, or a male, suffix. */
    femaleRestore: list,
    maleRestore: list,
    /** Adjectival case endings each restored adjectival ending may replace ("-ого" → "-ий"). */
    adjectivalCases: z.record(z.string(), list),
    /** A man's name in an oblique case: the ending a surname in the same case drops too (genitive "-а"/"-я" → "-а"). */
    agreeingCases: z.record(z.string(), z.string()),
    /** Case endings of a bare surname seen elsewhere in its base form ("Клишаса" after "Клишас"). */
    obliqueEndings: list,
    /** Words joining names in a list ("A, B и C", "A а также B"); multiword entries separated by spaces. */
    listConjunctions: list,
  }),
  cases: z.object({
    /** Instrumental endings: a role so ending before a name describes, not names ("назначен министром"). */
    instrumental: list,
    /** Genitive singular endings of a noun complement ("…министра"), and of a place in the genitive ("России"). */
    genitive: list,
    genitivePlace: list,
    /** Genitive endings of adjectives ("Российской", "Московского"). */
    genitiveAdjective: list,
  }),
  roles: z.object({
    /** Prefixes glued to a title that make it a deputy's ("зампредседателя"). */
    deputyPrefixes: list,
    /** Optional (issue 15): prefixes of compound role nouns whose rest is a lexicon role ("киноактёр", "телеведущая", "нейрохирург"). */
    compoundPrefixes: list.optional(),
    /** Optional (issue 15): vowels a base form has before its last consonant and its case forms drop ("посол" / "послом", "боец" / "бойцом"). */
    fleetingVowels: list.optional(),
    /** Word coordinating two roles ("писатель и журналист"). */
    conjunctions: list,
    /** Coarse case of a role head by its ending, first match wins: telling "лидер …, депутат" (same case) from "министра, губернатор". */
    caseClasses: z.array(z.object({ endings: list, case: z.enum(['nom', 'gen', 'dat', 'ins', 'pl']) })),
    /** Plural endings of role nouns and the base-form endings that replace them ("врачи" → "врач", "музыкантами" → "музыкант"); first matching group decides. */
    plural: z.array(z.object({ endings: list, restore: list })),
    /**
     * Optional (issue 15): plural endings only a list of names after the role confirms, as a singular case or a measured
     * risk shares them ("актрисы A, B и C", "с музыкантами — A, B"), with the base-form endings that replace them.
     */
    listPlural: z.array(z.object({ endings: list, restore: list })).optional(),
    /**
     * Optional (added for Kazakh "Алматы облысының әкімі", issue 15): endings of a possessor standing
     * before the title it owns; the possessor and the name it ends belong to the role.
     */
    possessorEndings: list.optional(),
    /**
     * Optional (added for roles in their dictionary form, issue 15): a role head's case ending and the
     * ending of its base form ("голови" → "голова": ['и', 'а']); a base form in the lexicon that ends like
     * a nominative wins, else the first in the lexicon.
     */
    baseRestore: z.array(z.tuple([z.string(), z.string()])).optional(),
    /**
     * Optional (issue 15): oblique adjective endings before such a head and their base forms, first match
     * wins ("бывшего главы" → "бывший глава"); an adjective no pair fits leaves the role as written.
     */
    adjectiveBase: z.array(z.tuple([z.string(), z.string()])).optional(),
  }),
  /** Case endings glued to a source name before a postposed cue ("Тенгриньюсқа", "Zakon.kz-ке"). */
  sourceCaseEndings: list,
});
export type Morphology = z.infer<typeof Morphology>;

/** For languages that inflect little or not at all: the bare stem only, no case classes. */
export const NO_MORPHOLOGY: Morphology = {
  finalVowels: '',
  consonants: '',
  semivowels: '',
  names: {
    uncertainEndings: [],
    firstNameRestore: [''],
    restoreFrom: {},
    femaleRestore: [],
    maleRestore: [''],
    adjectivalCases: {},
    agreeingCases: {},
    obliqueEndings: [],
    listConjunctions: [],
  },
  cases: { instrumental: [], genitive: [], genitivePlace: [], genitiveAdjective: [] },
  roles: { deputyPrefixes: [], conjunctions: [], caseClasses: [], plural: [] },
  sourceCaseEndings: [],
};
