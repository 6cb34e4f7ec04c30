/**
 * Entity- and token-level scoring of predicted person mention spans against gold PERSON entities
 * (NEREL, factRuEval, KazNERD). An entity is found when a predicted span overlaps it; a predicted
 * span is right when it overlaps a gold entity. Token level counts word tokens covered by each side.
 */
import { excerpt, overlapsAny, tokenize, type Range } from './text';

export interface MentionTally {
  docs: number;
  goldEntities: number;
  goldFound: number;
  predSpans: number;
  predRight: number;
  goldTokens: number;
  goldTokensCovered: number;
  predTokens: number;
  predTokensRight: number;
  examples: { missed: string[]; falsePositives: string[] };
}

export function emptyMentionTally(): MentionTally {
  return {
    docs: 0,
    goldEntities: 0,
    goldFound: 0,
    predSpans: 0,
    predRight: 0,
    goldTokens: 0,
    goldTokensCovered: 0,
    predTokens: 0,
    predTokensRight: 0,
    examples: { missed: [], falsePositives: [] },
  };
}

/** `gold`: one array of ranges per entity (discontinuous entities have several). */
export function scoreMentionsDoc(
  tally: MentionTally,
  name: string,
  text: string,
  gold: readonly (readonly Range[])[],
  predicted: readonly Range[],
): void {
  tally.docs++;
  tally.goldEntities += gold.length;
  tally.predSpans += predicted.length;
  const goldRanges = gold.flat();
  for (const entity of gold) {
    if (entity.some((r) => overlapsAny(r, predicted))) tally.goldFound++;
    else tally.examples.missed.push(`${name}: ${excerpt(entity.map(([s, e]) => text.slice(s, e)).join(' '), 60)}`);
  }
  for (const p of predicted) {
    if (overlapsAny(p, goldRanges)) tally.predRight++;
    else tally.examples.falsePositives.push(`${name}: ${excerpt(text.slice(p[0], p[1]), 60)}`);
  }
  for (const t of tokenize(text)) {
    const r: Range = [t.start, t.end];
    const inGold = overlapsAny(r, goldRanges);
    const inPred = overlapsAny(r, predicted);
    if (inGold) tally.goldTokens++;
    if (inGold && inPred) tally.goldTokensCovered++;
    if (inPred) tally.predTokens++;
    if (inPred && inGold) tally.predTokensRight++;
  }
}
