/**
 * The records the quote and speaker passes propose: a speaker phrase as found (with the id of the
 * speaker rule that found it) and a quote (span, kind, cue, the quote rule's id).
 */
import type { PersonRec } from '../people/records';

/** A speaker as found; `rule` names the speaker rule that found it (see ./rules.ts). */
export type Speaker = (
  | { kind: 'person'; person: PersonRec; start: number; end: number }
  | { kind: 'pronoun'; gender: 'male' | 'female' | null; start: number; end: number; text: string }
  | { kind: 'title'; text: string; start: number; end: number }
  | { kind: 'ref'; text: string; start: number; end: number; official: boolean }
  | { kind: 'source'; text: string; start: number; end: number }
) & { rule?: string };

/** The speaker with the id of the rule that found it (the outermost finder names it). */
export function tagged(s: Speaker | null, rule: string): Speaker | null {
  return s ? { ...s, rule } : null;
}

export type Hit = { start: number; end: number; text: string };

export interface QuoteRec {
  block: number;
  start: number;
  end: number;
  text: string;
  kind: 'direct' | 'indirect';
  speaker: Speaker | null;
  cue: { start: number; end: number; text: string } | null;
  /** Speaker carried over from an earlier quote (floating quote, dialogue continuation). */
  inherited: boolean;
  /** The speaker rule of an inherited speaker when it has its own measured precision (default speaker.inherited). */
  inheritedRule?: string;
  /** Id of the rule that found the quote (see ./rules.ts). */
  rule: string;
  /** A marked quote with no closing mark, running on to its block's end (quotes/paragraphs.ts). */
  runsOn?: boolean;
  /** The block of the cue and speaker, when not the quote's first block (a quote over paragraphs). */
  cueBlock?: number;
}
