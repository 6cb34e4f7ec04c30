/**
 * Turns a lexicon's morphology table (lib/lang/morphology) into the tests the engine runs: ending
 * regexes, restore tables, list gaps. Nothing here names a letter; a lexicon without a table gets
 * NO_MORPHOLOGY (words as written).
 */
import { NO_MORPHOLOGY, type Morphology } from '../../lang/morphology/types';

/** Matches nothing: the test of an empty ending list. */
const NEVER = /(?!)/u;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** A regex testing that a word ends with one of `endings` (longest first), or NEVER for none. */
export function endingRe(endings: readonly string[]): RegExp {
  const list = [...new Set(endings)].filter(Boolean).sort((a, b) => b.length - a.length);
  return list.length ? new RegExp(`(?:${list.map(escape).join('|')})$`, 'u') : NEVER;
}

/** A regex testing that a word ends with one of the letters, or NEVER for none. */
function letterRe(letters: string): RegExp {
  return letters ? new RegExp(`[${escape(letters)}]$`, 'u') : NEVER;
}

export interface Morph {
  table: Morphology;
  finalVowelRe: RegExp;
  /** Final vowels titles and roles drop before case endings (the table's titleFinalVowels, else finalVowels). */
  titleFinalVowelRe: RegExp;
  uncertainRe: RegExp;
  instrumentalRe: RegExp;
  genitiveRe: RegExp;
  genitivePlaceRe: RegExp;
  genitiveAdjectiveRe: RegExp;
  /** A role head in its base form ends with a consonant. */
  nominativeRoleRe: RegExp;
  /** A man's surname stem may end with a consonant or semivowel. */
  consonantEndRe: RegExp;
  /** The text between two names of one list (a comma and/or a conjunction). */
  nameListGapRe: RegExp;
  conjunctions: Set<string>;
  caseClasses: Array<[RegExp, string]>;
  /** Plural role groups, longest endings first. */
  plural: Array<{ re: RegExp; endings: string[]; restore: string[] }>;
  sourceCaseRe: RegExp;
}

export function compileMorphology(table: Morphology = NO_MORPHOLOGY): Morph {
  const space = '[\\s\\u00a0]';
  const conj = table.names.listConjunctions.map((w) => w.split(' ').map(escape).join(`${space}+`));
  const conjAlt = conj.length ? `(?:${conj.join('|')})` : null;
  const nameListGapRe = new RegExp(
    conjAlt ? `^${space}*(?:,${space}*(?:${conjAlt}${space}+)?|,?${space}*${conjAlt}${space}+)$` : `^${space}*,${space}*$`,
    'u',
  );
  return {
    table,
    finalVowelRe: letterRe(table.finalVowels),
    titleFinalVowelRe: letterRe(table.titleFinalVowels ?? table.finalVowels),
    uncertainRe: endingRe(table.names.uncertainEndings),
    instrumentalRe: endingRe(table.cases.instrumental),
    genitiveRe: endingRe(table.cases.genitive),
    genitivePlaceRe: endingRe(table.cases.genitivePlace),
    genitiveAdjectiveRe: endingRe(table.cases.genitiveAdjective),
    nominativeRoleRe: letterRe(table.consonants),
    consonantEndRe: letterRe(table.consonants + table.semivowels),
    nameListGapRe,
    conjunctions: new Set(table.roles.conjunctions),
    caseClasses: table.roles.caseClasses.map((c) => [endingRe(c.endings), c.case]),
    plural: table.roles.plural.map((g) => ({ re: endingRe(g.endings), endings: g.endings, restore: g.restore })),
    sourceCaseRe: endingRe(table.sourceCaseEndings),
  };
}
