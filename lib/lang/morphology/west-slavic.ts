/**
 * West Slavic morphology for attribution, as data (issue 14). A DRAFT: nothing in lib/analyze reads it yet.
 * It holds what the Czech lexicon (lib/lang/cs.ts) cannot say with `caseEndings`, `inflection` and
 * `verbGenderEndings`, for the engine to read once its passes take morphology from tables:
 *
 * - `finalVowels`: letters a stem drops before a case ending. The engine's FINAL_VOWEL_RE (phrases.ts) and
 *   `orgStems` (compile.ts) know only Cyrillic vowels and Latin "a", so "ministryně" never meets "ministryni",
 *   "odborníci" never meets "odborníků", "Praha" never meets "Praze".
 * - `nominativeRestore`: oblique ending → nominative ending, tried in order, so a person first met in an oblique
 *   case gets a nominative canonical name ("s ministryní Alenou Schillerovou" → Alena Schillerová). Today the
 *   engine's FEMALE_RESTORE / MALE_RESTORE / FIRST_NAME_RESTORE (people.ts) are Cyrillic.
 * - `fleetingE`: nominative endings whose e drops in every other case (Marek → Marka, Hrášek → Hráška,
 *   Pavel → Pavla, Zdeněk → Zdeňka, velvyslanec → velvyslance). Without it "Hráška" is a second person.
 * - `alternations`: stem-final consonants that change before -e/-ě/-i endings (Lenka → Lence, Věra → Věře,
 *   Olga → Olze, analytik → analytici), for names, titles and collective nouns.
 * - `pastParticiple`: the l-participle endings by gender and number (the lexicon's verbGenderEndings keeps
 *   male -l and female -la only; -lo, -li, -ly show no person's gender).
 * - `proDrop`: subjects are left out („Q,“ uvedla. / Dodal, že …): the speaker is the person named last
 *   whose gender agrees with the participle (any person for present-tense cues: „Q,“ říká.).
 * - `clitics`: second-position words between a cue verb and its subject or content ("Oznámil to v pátek
 *   ředitel", "Řekl mi to", "zeptal se"), which no speech-verb entry can list in every order.
 * - `outletNouns`: the common noun Czech puts before an outlet's name ("informoval server iROZHLAS.cz",
 *   "podle agentury Reuters", "řekl deníku Právo"); the source cue and the name are not adjacent.
 *
 * Keyed by language; only Czech is filled in. Polish and Slovak would add their own rows (Slovak: -ová,
 * l-participle -l/-la, the same fleeting e; Polish: -ski/-ska, -ł/-ła).
 */

export interface WestSlavicLanguage {
  finalVowels: string;
  /** [oblique ending, nominative ending, gender the restored form shows]. Longest endings first. */
  nominativeRestore: Array<[oblique: string, nominative: string, gender: 'male' | 'female' | null]>;
  /** [nominative tail, tail of the stem in the other cases]. */
  fleetingE: Array<[nominative: string, oblique: string]>;
  /** [consonant at the end of the stem, the consonant it turns into before -e, -ě or -i]. */
  alternations: Array<[plain: string, softened: string]>;
  pastParticiple: { male: string; female: string; neuter: string; plural: string[] };
  proDrop: boolean;
  clitics: string[];
  outletNouns: string[];
}

export const WEST_SLAVIC: Readonly<Record<string, WestSlavicLanguage>> = {
  cs: {
    finalVowels: 'aáeéěiíoóuúůyý',
    nominativeRestore: [
      // Women's surnames in -ová: Schillerové (gen/dat/loc), Schillerovou (acc/ins).
      ['ovou', 'ová', 'female'],
      ['ové', 'ová', 'female'],
      // Adjectival surnames: Novotné/Novotnou → Novotná; Novotného/-ému/-ým/-ém → Novotný; Krejčího → Krejčí.
      ['ého', 'ý', 'male'],
      ['ému', 'ý', 'male'],
      ['ým', 'ý', 'male'],
      ['ém', 'ý', 'male'],
      ['ího', 'í', null],
      ['ímu', 'í', null],
      ['ím', 'í', null],
      // Men's names in a consonant: Babišovi, Babišem, Babiše, Nováka (Babiš, Novák).
      ['ovi', '', 'male'],
      ['em', '', 'male'],
      ['e', '', 'male'],
      ['a', '', 'male'],
      // Names in -a, men's (Fiala, Svoboda) and women's (Jana, Markéta): Fialy, Fialou, Fialu, Janě, Markétě.
      ['ou', 'a', null],
      ['y', 'a', null],
      ['u', 'a', null],
      ['ě', 'a', 'female'],
      // Names in -ie: Lucii, Lucií (Lucie), Marii (Marie).
      ['ii', 'ie', 'female'],
      ['ií', 'ie', 'female'],
    ],
    fleetingE: [
      ['ěk', 'ňk'],
      ['ek', 'k'],
      ['ec', 'c'],
      ['el', 'l'],
    ],
    alternations: [
      ['ch', 'š'],
      ['k', 'c'],
      ['h', 'z'],
      ['g', 'z'],
      ['r', 'ř'],
    ],
    pastParticiple: { male: 'l', female: 'la', neuter: 'lo', plural: ['li', 'ly'] },
    proDrop: true,
    clitics: ['by', 'ho', 'ji', 'jim', 'jsem', 'jsme', 'jste', 'jí', 'mi', 'mu', 'nám', 'se', 'si', 'to', 'vám'],
    outletNouns: [
      'agentura', 'agentuře', 'agenturou', 'agentury', 'deník', 'deníku', 'list', 'listu', 'magazín', 'magazínu', 'server',
      'serveru', 'serverem', 'stanice', 'stanici', 'televize', 'televizi', 'týdeník', 'týdeníku', 'web', 'webu',
    ],
  },
};
