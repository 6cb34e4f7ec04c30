/**
 * Turkic morphology (Kazakh): the case endings glued to a source name before a postposed cue
 * ("Тенгриньюсқа сілтеме жасап", "Zakon.kz-ке"). Names in Kazakh news are mostly of Russian form
 * ("Касымова", "Досаев"), so they are read with the East Slavic name endings.
 */
import { EAST_SLAVIC } from './east-slavic';
import { NO_MORPHOLOGY, type Morphology } from './types';

/** Genitive and dative endings by vowel harmony and the last consonant. */
const CASE_ENDINGS = ['ның', 'нің', 'тың', 'тің', 'дың', 'дің', 'ке', 'қа', 'ге', 'ға', 'на', 'не'];

export const TURKIC: Morphology = {
  ...NO_MORPHOLOGY,
  finalVowels: EAST_SLAVIC.finalVowels,
  consonants: EAST_SLAVIC.consonants,
  semivowels: EAST_SLAVIC.semivowels,
  names: EAST_SLAVIC.names,
  sourceCaseEndings: CASE_ENDINGS,
};
