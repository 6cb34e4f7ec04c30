/**
 * Scoring (person, role) pairs — NEREL's WORKS_AS and factRuEval's Occupation facts — against
 * the people[].name × people[].roles the engine predicts. A pair matches when the person matches
 * (a shared name stem, or a predicted mention span overlapping the gold person) and the role
 * matches (a shared content-word stem with the gold profession/position text). Stems are crude
 * (first five letters) so Russian and Kazakh case forms meet: "президента США" ~ "президент".
 */
import { excerpt, overlapsAny, stem, tokenize, type Range } from './text';

/**
 * Short function words of the role phrases (ru, kk, en) that would match anything; words under
 * three letters are dropped anyway.
 */
const ROLE_STOPWORDS = new Set([
  'для', 'при', 'под', 'над', 'без', 'или', 'его', 'её', 'она', 'они', 'это', 'как', 'так', 'что', 'который', 'которая',
  'всех', 'весь', 'все', 'также', 'and', 'the', 'for', 'with', 'former', 'бывший', 'бывшая', 'бывшего', 'экс',
  'және', 'мен', 'бен', 'пен', 'бұрынғы',
]);

/** An all-capital acronym ("США", "МИД"): the place, not the job, so it alone never makes a role match. */
const ACRONYM = /^[\p{Lu}\p{N}]{2,}$/u;

export interface GoldPair {
  /** Name variants of the person (mention texts, normalised names). */
  names: string[];
  personRanges: Range[];
  /** Alternative texts of the role (factRuEval lists several). */
  roles: string[];
}

export interface PredictedPair {
  name: string;
  personRanges: Range[];
  role: string;
}

/** Stems of the name words (initials dropped). */
export function nameStems(name: string): Set<string> {
  return new Set(tokenize(name).filter((t) => [...t.text].length >= 2).map((t) => stem(t.text)));
}

/** Stems of the content words of a role; acronyms ("США") only when asked for. */
export function roleStems(role: string, withAcronyms = false): Set<string> {
  const words = role.split(/[\s\-‑–—]+/).flatMap((w) => tokenize(w)).map((t) => t.text);
  const content = words.filter((w) => [...w].length >= 3 && !ROLE_STOPWORDS.has(w.toLowerCase()));
  return new Set(content.filter((w) => withAcronyms || !ACRONYM.test(w)).map(stem));
}

function shares(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

export function personMatches(gold: GoldPair, pred: PredictedPair): boolean {
  if (pred.personRanges.some((r) => overlapsAny(r, gold.personRanges))) return true;
  const predicted = nameStems(pred.name);
  return gold.names.some((n) => shares(nameStems(n), predicted));
}

/** A shared job word; a shared acronym counts only when one side has nothing but acronyms ("CEO"). */
export function roleMatches(goldRoles: readonly string[], predRole: string): boolean {
  const predicted = roleStems(predRole);
  return goldRoles.some((r) => {
    const gold = roleStems(r);
    if (shares(gold, predicted)) return true;
    return (gold.size === 0 || predicted.size === 0) && shares(roleStems(r, true), roleStems(predRole, true));
  });
}

export function pairMatches(gold: GoldPair, pred: PredictedPair): boolean {
  return roleMatches(gold.roles, pred.role) && personMatches(gold, pred);
}

/** Drops pairs that say the same thing twice (same name stems and role stems). */
export function dedupeGold(pairs: readonly GoldPair[]): GoldPair[] {
  const seen = new Set<string>();
  return pairs.filter((p) => {
    const key = `${[...nameStems(p.names[0] ?? '')].sort().join(' ')}|${[...roleStems(p.roles[0] ?? '')].sort().join(' ')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface PairTally {
  docs: number;
  predicted: number;
  predRight: number;
  gold: number;
  goldFound: number;
  /** Gold pairs whose person was predicted but with no matching role: tells role errors from person misses. */
  goldPersonOnly: number;
  examples: { missed: string[]; falsePositives: string[] };
}

export function emptyPairTally(): PairTally {
  return { docs: 0, predicted: 0, predRight: 0, gold: 0, goldFound: 0, goldPersonOnly: 0, examples: { missed: [], falsePositives: [] } };
}

export function scorePairsDoc(tally: PairTally, name: string, gold: readonly GoldPair[], predicted: readonly PredictedPair[]): void {
  tally.docs++;
  tally.gold += gold.length;
  tally.predicted += predicted.length;
  for (const p of predicted) {
    if (gold.some((g) => pairMatches(g, p))) tally.predRight++;
    else tally.examples.falsePositives.push(`${name}: ${p.name} — ${excerpt(p.role, 60)}`);
  }
  for (const g of gold) {
    if (predicted.some((p) => pairMatches(g, p))) {
      tally.goldFound++;
      continue;
    }
    const personRoles = predicted.filter((p) => personMatches(g, p)).map((p) => p.role);
    if (personRoles.length) tally.goldPersonOnly++;
    const got = personRoles.length ? ` (predicted roles: ${excerpt(personRoles.join('; '), 60)})` : ' (person not predicted)';
    tally.examples.missed.push(`${name}: ${g.names[0]} — ${g.roles.join(' | ')}${got}`);
  }
}
