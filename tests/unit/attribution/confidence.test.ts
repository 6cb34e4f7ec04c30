/**
 * Link confidence (issue 15, "show less when unsure"): every link carries its rule's measured precision,
 * rules never judged back off to their group and family, and the reader is shown only the sure ones.
 */
import { describe, expect, it } from 'vitest';
import { confidenceOf, groupOf, familyOf } from '../../../lib/analyze/attribution/confidence';
import { RULE_CONFIDENCE, SHOWN_CONFIDENCE } from '../../../lib/analyze/attribution/confidence-data';
import { isKnownRule } from '../../../lib/analyze/attribution/rules';
import { highlightItems } from '../../../lib/highlight/items';
import { isSure, isUnresolved, shownSpeaker } from '../../../lib/highlight/sure';
import { type Analysis, Mention, Quote } from '../../../lib/schema';
import { analyze } from './helpers';

describe('the confidence table', () => {
  it('holds only catalogued rules, groups and families, each a probability', () => {
    for (const [id, p] of Object.entries(RULE_CONFIDENCE)) {
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
      if (!id.includes('*') && id.includes('.')) expect(isKnownRule(id), id).toBe(true);
    }
    expect(SHOWN_CONFIDENCE).toBeGreaterThan(0);
    expect(SHOWN_CONFIDENCE).toBeLessThan(1);
  });

  it('backs off from a rule to its group, then its family', () => {
    const table = { speaker: 0.9, 'speaker.*+antecedent': 0.5, 'speaker.before-cue+antecedent': 0.6, 'mention.title.*': 0.7 };
    expect(groupOf('speaker.inherited+antecedent')).toBe('speaker.*+antecedent');
    expect(groupOf('speaker.after-cue')).toBe('speaker.*');
    expect(groupOf('mention.title.sole-holder')).toBe('mention.title.*');
    expect(familyOf('mention.title.sole-holder')).toBe('mention');
    expect(confidenceOf('speaker.before-cue+antecedent', table)).toBe(0.6);
    expect(confidenceOf('speaker.inherited+antecedent', table)).toBe(0.5);
    expect(confidenceOf('speaker.after-cue', table)).toBe(0.9);
    expect(confidenceOf('mention.title.apposition', table)).toBe(0.7);
    expect(confidenceOf('source.told', table)).toBeUndefined();
    expect(confidenceOf(undefined, table)).toBeUndefined();
  });
});

describe('links in the output carry their confidence', () => {
  const r = analyze('en', 'Senator Maria Lopez spoke on Monday. "We will vote no," Lopez said.', '"It is a bad bill," she added.');
  // highlightItems reads quotes, people and sources only.
  const analysis = { quotes: r.quotes, people: r.people, references: r.references, sources: r.sources } as unknown as Analysis;

  it('the schema takes a confidence in [0, 1] and nothing else', () => {
    for (const q of r.quotes) expect(Quote.parse(q)).toEqual(q);
    const q = r.quotes[0]!;
    expect(Quote.safeParse({ ...q, speakerConfidence: 1.5 }).success).toBe(false);
    const m = r.people[0]!.mentionSpans[0]!;
    expect(Mention.safeParse({ ...m, confidence: -0.1 }).success).toBe(false);
  });

  it('speaker links and mentions get the table value of their rule', () => {
    const q = r.quotes.find((x) => x.text.startsWith('We will'))!;
    expect(q.speaker).toBe('Maria Lopez');
    expect(q.speakerConfidence).toBe(confidenceOf(q.speakerRule));
    for (const m of r.people.flatMap((p) => p.mentionSpans)) expect(m.confidence).toBeTypeOf('number');
  });

  it('an unsure speaker link is shown unresolved: no tint, no speaker highlight', () => {
    const unsure = structuredClone(analysis);
    const q = unsure.quotes.find((x) => x.speakerSpan && x.speaker)!;
    q.speakerConfidence = SHOWN_CONFIDENCE / 2;
    expect(isSure(q.speakerConfidence)).toBe(false);
    expect(shownSpeaker(q)).toBeNull();
    expect(isUnresolved(q)).toBe(true);
    const items = highlightItems(unsure);
    expect(items.some((i) => i.kind === 'speaker' && i.span.start === q.speakerSpan!.start)).toBe(false);
    const painted = items.find((i) => i.span.start === q.start && i.span.end === q.end)!;
    expect(painted.label).toBeNull();
    expect(painted.tint).toBe(-1);
    // The sure analysis highlights that speaker.
    expect(highlightItems(analysis).some((i) => i.kind === 'speaker' && i.span.start === q.speakerSpan!.start)).toBe(true);
  });

  it('an unsure mention is not highlighted; one without a confidence (an older analysis) is', () => {
    const copy = structuredClone(analysis);
    const p = copy.people.find((x) => x.name === 'Maria Lopez')!;
    const [first, second] = p.mentionSpans;
    first!.confidence = 0;
    delete second!.confidence;
    const starts = new Set(highlightItems(copy).map((i) => i.span.start));
    expect(starts.has(first!.start)).toBe(false);
    expect(starts.has(second!.start)).toBe(true);
  });
});
