/**
 * How sure each link is (a speaker linked to a quote, a mention linked to a person): the measured
 * precision of the rule that made it, from the table that `npm run confidence` writes (confidence-data.ts)
 * from the annotated dev sets. Links below SHOWN_CONFIDENCE are kept in the output but the reader sees
 * them as "unresolved": no highlight, no hover card (lib/highlight/sure.ts, components/).
 */
import type { Person, Quote } from '../../schema';
import { RULE_CONFIDENCE } from './confidence-data';

/** The family of a rule id: "speaker", "mention". */
export function familyOf(rule: string): string {
  return rule.slice(0, rule.indexOf('.') >>> 0);
}

/**
 * The group a rule backs off to when it was never judged: speakers by how they were resolved
 * ("speaker.*+antecedent"), mentions by kind ("mention.title.*").
 */
export function groupOf(rule: string): string {
  const family = familyOf(rule);
  if (family === 'speaker') return `speaker.*${/\+[a-z-]+$/.exec(rule)?.[0] ?? ''}`;
  return `${rule.split('.').slice(0, 2).join('.')}.*`;
}

/** A rule's confidence: its own measured precision, else its group's, else its family's; undefined when nothing was measured. */
export function confidenceOf(rule: string | undefined, table: Readonly<Record<string, number>> = RULE_CONFIDENCE): number | undefined {
  if (!rule) return undefined;
  return table[rule] ?? table[groupOf(rule)] ?? table[familyOf(rule)];
}

/**
 * Puts a confidence on every link of an analysis. A mention made by a speaker link ("he said", "the
 * minister said") is as sure as that link.
 */
export function rateLinks(quotes: Quote[], people: Person[]): void {
  const bySpeakerSpan = new Map<number, number>();
  for (const q of quotes) {
    if (!q.speaker) continue;
    const confidence = confidenceOf(q.speakerRule);
    if (confidence === undefined) continue;
    q.speakerConfidence = confidence;
    if (q.speakerSpan) bySpeakerSpan.set(q.speakerSpan.start, confidence);
  }
  for (const p of people) {
    for (const m of p.mentionSpans) {
      const confidence = m.rule?.endsWith('.speaker') ? (bySpeakerSpan.get(m.start) ?? confidenceOf(m.rule)) : confidenceOf(m.rule);
      if (confidence !== undefined) m.confidence = confidence;
    }
  }
}
