/**
 * West Slavic morphology (Czech; Slovak and Polish would add their own tables): the name endings the
 * attribution engine reads (EAST_SLAVIC's counterpart), and a draft of what it does not read yet.
 *
 * Read by the engine (WEST_SLAVIC, the Morphology schema): first names restored from their cases ("Jany" → Jana, "Lucii" → Lucie), surnames restored
 * to their nominative ("Schillerové"/"Schillerovou" → Schillerová, "Nováka" → Novák), the endings a surname
 * shares with its first name in one case ("Petra Nováka", "Petrem Novákem"), list conjunctions ("a").
 *
 * Not read yet (WEST_SLAVIC_DRAFT, from the Czech helper's draft; the engine changes it needs are listed in
 * the issue-14 report and the expected failures of tests/unit/attribution/cs.test.ts):
 * - `nominativeRestore`: oblique ending → nominative ending with the gender it shows, for a person first
 *   met in an oblique case ("s ministryní Alenou Schillerovou" → Alena Schillerová);
 * - `fleetingE`: nominative endings whose e drops in every other case (Marek → Marka, Hrášek → Hráška);
 * - `alternations`: stem-final consonants that change before -e/-ě/-i (Lenka → Lence, Olga → Olze);
 * - `pastParticiple`: l-participle endings by gender and number (-lo, -li, -ly show no person's gender);
 * - `proDrop`: subjects are left out („Q,“ uvedla.): the speaker is the person named last whose gender agrees;
 * - `clitics`: second-position words between a cue verb and its subject ("Oznámil to v pátek ředitel");
 * - `outletNouns`: the common noun before an outlet's name ("informoval server iROZHLAS.cz").
 */
import type { Morphology } from './types';

export const WEST_SLAVIC: Morphology = {
  // Measured (2026-12-04): dropping final vowels before case endings ('aáeéěiíoóuúůyý') won one role on the Czech
  // golden articles and lost one source on the Czech sentence set ("Zdroj z ministerstva financí" read from
  // "ministerstva"): no gain across sets, so titles match as written plus their case endings.
  finalVowels: '',
  // Titles and roles in -a/-e/-ě inflect on the stem ("starosta" → "starosty", "starostou"; "předsedkyně" → "předsedkyni";
  // "poslance" → "poslanci", "poslancem").
  titleFinalVowels: 'aeě',
  consonants: 'bcčdďfghjklmnňpqrřsštťvwxzž',
  semivowels: '',
  names: {
    uncertainEndings: [],
    // "Jany", "Janě", "Janu", "Janou" → Jana; "Lucii", "Lucií" → Lucie; the bare stem last ("Petrem" → Petr).
    firstNameRestore: ['a', 'ie', ''],
    restoreFrom: {
      a: ['e', 'ou', 'u', 'y', 'ě'],
      ie: ['ii', 'ií'],
    },
    // "Schillerové"/"Schillerovou" → Schillerová; "Nováka"/"Novákovi" → Novák.
    femaleRestore: ['á'],
    maleRestore: [''],
    adjectivalCases: {
      á: ['ou', 'é'],
    },
    // "Petra Nováka", "Petrem Novákem", "Petrovi Novákovi": the surname drops the first name's ending;
    // soft stems too: "Tomáše Beneše" (genitive), "Tomáši Benešovi" (dative).
    agreeingCases: { a: 'a', em: 'em', ovi: 'ovi', e: 'e', i: 'ovi' },
    // "Babiše", "Babišem", "Babišovi" after "Babiš" was seen on its own.
    obliqueEndings: ['a', 'e', 'em', 'ou', 'ovi', 'u', 'y'],
    listConjunctions: ['a', 'a také'],
  },
  cases: { instrumental: [], genitive: [], genitivePlace: [], genitiveAdjective: [] },
  roles: {
    deputyPrefixes: [],
    conjunctions: ['a'],
    // "náměstka" → "náměstek": the e a base form has before its last consonant.
    fleetingVowels: ['e'],
    // Coarse cases of a role head, for its dictionary form ("podle ministra financí" → "ministr financí"); a base form in
    // the lexicon ("starosta", "mluvčí") is never changed, whatever its ending.
    caseClasses: [
      { endings: [...'bcčdďfghjklmnňpqrřsštťvwxzž'], case: 'nom' },
      { endings: ['em', 'ou', 'í'], case: 'ins' },
      { endings: ['ovi', 'ce', 'u', 'i'], case: 'dat' },
      { endings: ['a', 'e', 'ě', 'y'], case: 'gen' },
    ],
    // "ministra"/"ministru"/"ministrovi"/"ministrem" → "ministr", "ředitele"/"řediteli" → "ředitel", "předsedy"/"předsedou" →
    // "předseda", "ředitelce" → "ředitelka", "ministryní" → "ministryně", "soudci"/"soudcem" → "soudce".
    baseRestore: [
      ['ovi', ''], ['em', ''], ['a', ''], ['e', ''], ['i', ''], ['u', ''],
      ['ovi', 'a'], ['ou', 'a'], ['y', 'a'], ['u', 'a'], ['ce', 'ka'], ['ě', 'a'],
      ['ní', 'ně'], ['ni', 'ně'], ['i', 'e'], ['em', 'e'],
    ],
    plural: [],
  },
  sourceCaseEndings: [],
};

export interface WestSlavicLanguage {
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

/** The draft rows the engine does not read yet (see the header), keyed by language. */
export const WEST_SLAVIC_DRAFT: Readonly<Record<string, WestSlavicLanguage>> = {
  cs: {
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
