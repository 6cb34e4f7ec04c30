/**
 * The records of the people registry: a run (a capitalised word sequence that may name someone) and a
 * person (runs merged into one, with roles, mentions and gender votes).
 */
import type { Mention } from '../../../schema';
import type { Token } from '../text';

export type Evidence = 'internal' | 'title' | 'honorific' | 'cue' | 'speaker' | null;

export interface Run {
  block: number;
  start: number;
  end: number;
  tokens: Token[];
  evidence: Evidence;
  gender: 'male' | 'female' | null;
  /** Token index (in block.tokens) of the first token. */
  at: number;
  /** A title directly before or in apposition. */
  role: { text: string; start: number; end: number } | null;
  personId: number;
  /** Name form quality: nominative-looking tokens score higher. */
  nominative: number;
  /**
   * The run completes an organisation or a role before it ("concejal de Medio Ambiente", "Chef der
   * Bäder", "colonia Revolución", "Royal College of Surgeons"): it names a person only if it matches one already known.
   */
  complement?: boolean;
  /** The language's entity-kind classifier reads the run as an organisation, a place or a common word: it names nobody. */
  notPerson?: boolean;
}

export interface PersonRec {
  id: number;
  best: Run;
  runs: Run[];
  /** Starts of `runs`, for "the latest mention before pos" by binary search (sorted when `startsSorted`). */
  runStarts: number[];
  startsSorted: boolean;
  /** Last words of `runs` as written (lowercase): the name's base form, once seen. */
  lastWords: Set<string>;
  /** Last two or more words of its longer names, lowercase, space-joined: a later mention by both surnames. */
  tails: Set<string>;
  cores: Set<string>;
  firstCores: Set<string>;
  surnameCores: Set<string>;
  roles: string[];
  organizations: string[];
  votes: { male: number; female: number };
  mentions: Mention[];
  /** Starts of `mentions`, for a constant-time duplicate check. */
  mentionStarts: Set<number>;
  titleWords: Set<string>;
  isOfficial: boolean;
}


export function genderOf(p: PersonRec): 'male' | 'female' | null {
  if (p.votes.male > p.votes.female) return 'male';
  if (p.votes.female > p.votes.male) return 'female';
  return null;
}
