/**
 * Turkic morphology (Kazakh): the case endings glued to a source name before a postposed cue
 * ("Тенгриньюсқа сілтеме жасап", "Zakon.kz-ке"). Names in Kazakh news are mostly of Russian form
 * ("Касымова", "Досаев"), so they are read with the East Slavic name endings.
 */
import { EAST_SLAVIC } from './east-slavic';
import { NO_MORPHOLOGY, type Morphology } from './types';

/** Genitive endings by vowel harmony and the last consonant ("облысының", "министрлігінің"). */
const GENITIVE_ENDINGS = ['ның', 'нің', 'тың', 'тің', 'дың', 'дің'];
/** Genitive and dative endings. */
const CASE_ENDINGS = [...GENITIVE_ENDINGS, 'ке', 'қа', 'ге', 'ға', 'на', 'не'];

export const TURKIC: Morphology = {
  ...NO_MORPHOLOGY,
  finalVowels: EAST_SLAVIC.finalVowels,
  consonants: EAST_SLAVIC.consonants,
  semivowels: EAST_SLAVIC.semivowels,
  names: EAST_SLAVIC.names,
  // "Алматы облысының әкімі": the genitive possessor names the title's organisation.
  roles: { ...NO_MORPHOLOGY.roles, possessorEndings: GENITIVE_ENDINGS },
  sourceCaseEndings: CASE_ENDINGS,
};
