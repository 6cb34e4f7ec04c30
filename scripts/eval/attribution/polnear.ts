/**
 * PolNeAR (English political news attributions): reads one article's BRAT annotation into gold
 * attributions (content ranges, cue, source) and scores predicted quotes against them with the
 * metric of ../shared/datasets/README.md: a predicted quote matches an annotated Content when it
 * covers ≥ 30% (and ≥ 80%) of the Content's tokens; recall over speech attributions and over all
 * attributions; precision over all; speaker accuracy on matched quotes whose Source holds a name.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseBrat } from './brat';
import { coveredShare, excerpt, nameKey, overlapsAny, tokenize, tokenizeRanges, type Range, type Token } from './text';

/** Overlap thresholds reported, the first one being the headline (Gender Gap Tracker's 0.3). */
export const THRESHOLDS = [0.3, 0.8] as const;

/** The strict row of the README: the quote covers 80% of the Content and 80% of the quote lies inside it. */
export const STRICT = 0.8;

/** The speech verbs of the dataset README: a Cue holding a form of one makes a speech attribution. */
const SPEECH_VERBS = [
  'say', 'tell', 'add', 'note', 'write', 'announce', 'state', 'claim', 'explain', 'ask', 'warn', 'argue',
  'insist', 'declare', 'report', 'comment', 'acknowledge', 'admit', 'respond', 'reply', 'conclude', 'recall',
  'stress', 'emphasize', 'urge', 'call',
];

/** Forms that the regular rules below cannot build. */
const IRREGULAR_FORMS: Record<string, string[]> = {
  say: ['said'],
  tell: ['told'],
  write: ['wrote', 'written'],
  admit: ['admitted', 'admitting'],
  emphasize: ['emphasise', 'emphasises', 'emphasised', 'emphasising'],
};

const ACCORDING_TO = /\baccording\s+to\b/i;

/**
 * Pronouns, determiners and other words that are capitalised only because they open a sentence
 * or a title: never a name even mid-sentence ("The Post": the name is "Post").
 */
const NOT_NAMES = new Set([
  'i', 'he', 'she', 'it', 'we', 'they', 'you', 'his', 'her', 'its', 'our', 'their', 'my', 'your', 'the', 'a', 'an',
  'this', 'that', 'these', 'those', 'some', 'many', 'most', 'other', 'others', 'another', 'one', 'both', 'all',
  'each', 'several', 'few', 'mr', 'mrs', 'ms', 'dr', 'and', 'of', 'but', 'who', 'which',
]);

/** Characters after which a word opens a sentence (so its capital proves nothing). */
const SENTENCE_OPENER = /(^|[.!?:"“”'‘’—–-]|\n)\s*$/u;

/** English inflections of one verb: base, -s/-es, -ed/-d, -ing, -ies/-ied, plus irregular forms. */
export function verbForms(base: string): string[] {
  const forms = new Set([base, ...(IRREGULAR_FORMS[base] ?? [])]);
  if (/[^aeiou]y$/.test(base)) {
    const root = base.slice(0, -1);
    forms.add(`${root}ies`).add(`${root}ied`).add(`${base}ing`);
  } else if (/e$/.test(base)) {
    forms.add(`${base}s`).add(`${base}d`).add(`${base.slice(0, -1)}ing`);
  } else if (/(s|sh|ch|x|z)$/.test(base)) {
    forms.add(`${base}es`).add(`${base}ed`).add(`${base}ing`);
  } else {
    forms.add(`${base}s`).add(`${base}ed`).add(`${base}ing`);
  }
  return [...forms];
}

const SPEECH_FORMS = new Set(SPEECH_VERBS.flatMap(verbForms));

/** True when the cue is "according to" or holds a form of one of the README's speech verbs. */
export function isSpeechCue(cue: string): boolean {
  if (ACCORDING_TO.test(cue)) return true;
  return tokenize(cue).some((t) => SPEECH_FORMS.has(t.text.toLowerCase()));
}

export interface GoldAttribution {
  id: string;
  content: Range[];
  contentText: string;
  cue: string;
  source: string | null;
  sourceRanges: Range[];
  speech: boolean;
  /** Lower-case name tokens of the Source ("The New York Post" → new, york, post); empty when unnamed. */
  sourceNames: string[];
}

/** One article of a PolNeAR split: its name and the paths of its text and of the annotation read. */
export interface PolnearArticle {
  name: string;
  textFile: string;
  annFile: string;
}

/**
 * The articles of a PolNeAR split folder (`text/`, `attributions/`) whose text is there, in name order, each with
 * one annotation: agreement articles were annotated by several people, and the first file of each is read.
 */
export function polnearArticles(dir: string): PolnearArticle[] {
  const annByText = new Map<string, string>();
  for (const f of readdirSync(path.join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort()) {
    const name = f.replace(/_[0-9a-f]+\.ann$/, '');
    if (!annByText.has(name)) annByText.set(name, f);
  }
  return [...annByText.keys()]
    .filter((n) => existsSync(path.join(dir, 'text', `${n}.txt`)))
    .sort()
    .map((name) => ({ name, textFile: path.join(dir, 'text', `${name}.txt`), annFile: path.join(dir, 'attributions', annByText.get(name)!) }));
}

/** Reads the attributions of one article (its text and the BRAT `.ann` of one annotator). */
export function readPolnear(text: string, ann: string): GoldAttribution[] {
  const doc = parseBrat(ann);
  const properNouns = midSentenceCapitals(text);
  const out: GoldAttribution[] = [];
  for (const event of doc.events) {
    const refs = (role: RegExp) =>
      event.args.filter((a) => role.test(a.role)).flatMap((a) => (doc.entities.get(a.ref) ? [doc.entities.get(a.ref)!] : []));
    const contents = refs(/^Content\d*$/);
    if (contents.length === 0) continue;
    const content = contents.flatMap((e) => e.ranges).sort((a, b) => a[0] - b[0]);
    const cue = refs(/^Cue\d*$/).map((e) => e.text).join(' ');
    const sources = refs(/^Source\d*$/);
    const sourceRanges = sources.flatMap((e) => e.ranges);
    out.push({
      id: event.id,
      content,
      contentText: content.map(([s, e]) => text.slice(s, e)).join(' … '),
      cue,
      source: sources.length ? sources.map((e) => e.text).join(' ') : null,
      sourceRanges,
      speech: isSpeechCue(cue),
      sourceNames: nameTokens(text, sourceRanges, properNouns),
    });
  }
  return out;
}

function opensSentence(text: string, t: Token): boolean {
  return SENTENCE_OPENER.test(text.slice(Math.max(0, t.start - 3), t.start));
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** Words the article capitalises inside a sentence: its proper nouns (lower case, no possessive). */
export function midSentenceCapitals(text: string): Set<string> {
  const keys = tokenize(text).filter((t) => isCapitalised(t.text) && !opensSentence(text, t)).map((t) => nameKey(t.text));
  return new Set(keys.filter((k) => !NOT_NAMES.has(k)));
}

/**
 * Capitalised tokens of the ranges that are names: not a function word, and either inside a
 * sentence (where a capital marks a proper noun) or, when opening a sentence ("Critics said"),
 * a word the article also capitalises mid-sentence.
 */
export function nameTokens(text: string, ranges: readonly Range[], properNouns: ReadonlySet<string>): string[] {
  const names: string[] = [];
  for (const t of tokenizeRanges(text, ranges)) {
    if (!isCapitalised(t.text)) continue;
    const key = nameKey(t.text);
    if (NOT_NAMES.has(key)) continue;
    if (opensSentence(text, t) && !properNouns.has(key)) continue;
    names.push(key);
  }
  return [...new Set(names)];
}

/** The part of a predicted quote the scorer needs. */
export interface PredictedQuote {
  start: number;
  end: number;
  text: string;
  kind: 'direct' | 'indirect';
  speaker: string | null;
  speakerRef: string | null;
}

export interface SpeakerTally {
  eligible: number;
  right: number;
  /** Wrong because no speaker (name or reference) was predicted at all. */
  none: number;
}

export interface PolnearTally {
  docs: number;
  gold: { all: number; speech: number };
  /** Per threshold: predictions matching any Content, and gold Contents matched (all / speech). */
  byThreshold: Record<string, { predRight: number; allFound: number; speechFound: number }>;
  /**
   * A diagnostic beside the README metric, at the headline threshold: PolNeAR joins a quote that
   * "X said" interrupts into one discontinuous Content, while a reader sees two quotes. Here a
   * prediction is also right when it covers a fragment, and a Content is found when the predicted
   * quotes together cover it.
   */
  fragments: { predRight: number; allFound: number; speechFound: number };
  /** Matching at 80% both ways (STRICT). */
  strict: { predRight: number; allFound: number; speechFound: number };
  predicted: number;
  predictedByKind: { direct: number; indirect: number };
  speaker: SpeakerTally & { direct: SpeakerTally; indirect: SpeakerTally };
  /** Predicted quote tokens, and those inside some annotated Content: shows over-long quotes the 30% rule forgives. */
  predTokens: number;
  predTokensInContent: number;
  examples: { missedSpeech: string[]; falsePositives: string[]; wrongSpeaker: string[] };
}

export function emptyPolnearTally(): PolnearTally {
  const byThreshold: PolnearTally['byThreshold'] = {};
  for (const t of THRESHOLDS) byThreshold[String(t)] = { predRight: 0, allFound: 0, speechFound: 0 };
  return {
    docs: 0,
    gold: { all: 0, speech: 0 },
    byThreshold,
    fragments: { predRight: 0, allFound: 0, speechFound: 0 },
    strict: { predRight: 0, allFound: 0, speechFound: 0 },
    predicted: 0,
    predictedByKind: { direct: 0, indirect: 0 },
    speaker: { eligible: 0, right: 0, none: 0, direct: { eligible: 0, right: 0, none: 0 }, indirect: { eligible: 0, right: 0, none: 0 } },
    predTokens: 0,
    predTokensInContent: 0,
    examples: { missedSpeech: [], falsePositives: [], wrongSpeaker: [] },
  };
}

/** Whether the predicted speaker (name, else reference) shares a name token with the gold Source. */
export function speakerMatches(pred: PredictedQuote, sourceNames: readonly string[]): boolean {
  const words = [pred.speaker, pred.speakerRef].filter((s): s is string => !!s).flatMap((s) => tokenize(s));
  const predicted = new Set(words.map((t) => nameKey(t.text)));
  return sourceNames.some((n) => predicted.has(n));
}

/** How one predicted quote fared: matched at 30%, at 80% both ways, and its speaker (null: not judged). */
export interface QuoteJudgement {
  right: boolean;
  strict: boolean;
  speakerRight: boolean | null;
}

/**
 * Adds one article's figures to the tally (examples are kept for --verbose) and returns how each
 * predicted quote fared, in order (for the per-rule table).
 */
export function scorePolnearDoc(
  tally: PolnearTally,
  name: string,
  text: string,
  gold: readonly GoldAttribution[],
  predicted: readonly PredictedQuote[],
): QuoteJudgement[] {
  tally.docs++;
  tally.gold.all += gold.length;
  tally.gold.speech += gold.filter((g) => g.speech).length;
  tally.predicted += predicted.length;
  const contents = gold.flatMap((g) => g.content);
  for (const p of predicted) {
    tally.predictedByKind[p.kind]++;
    const tokens = tokenize(text, p.start, p.end);
    tally.predTokens += tokens.length;
    tally.predTokensInContent += tokens.filter((t) => overlapsAny([t.start, t.end], contents)).length;
  }

  // share[i][j]: how much of gold j's Content prediction i covers.
  const share = predicted.map((p) => gold.map((g) => coveredShare(text, g.content, [[p.start, p.end]])));

  for (const t of THRESHOLDS) {
    const row = tally.byThreshold[String(t)]!;
    row.predRight += share.filter((s) => s.some((v) => v >= t)).length;
    gold.forEach((g, j) => {
      if (!share.some((s) => s[j]! >= t)) return;
      row.allFound++;
      if (g.speech) row.speechFound++;
    });
  }

  // Both ways: inside[i][j] is the share of prediction i's tokens that lie in gold j's Content.
  const inside = predicted.map((p) => gold.map((g) => coveredShare(text, [[p.start, p.end]], g.content)));
  const strictMatch = (i: number, j: number) => share[i]![j]! >= STRICT && inside[i]![j]! >= STRICT;
  tally.strict.predRight += predicted.filter((_, i) => gold.some((_, j) => strictMatch(i, j))).length;
  gold.forEach((g, j) => {
    if (!predicted.some((_, i) => strictMatch(i, j))) return;
    tally.strict.allFound++;
    if (g.speech) tally.strict.speechFound++;
  });
  const judgements: QuoteJudgement[] = predicted.map((_, i) => ({
    right: share[i]!.some((v) => v >= THRESHOLDS[0]),
    strict: gold.some((_, j) => strictMatch(i, j)),
    speakerRight: null,
  }));

  const headline = THRESHOLDS[0];
  const spans = predicted.map((p): Range => [p.start, p.end]);
  const fragments = gold.flatMap((g) => (g.content.length > 1 ? g.content.map((r) => [r]) : []));
  tally.fragments.predRight += predicted.filter(
    (_, i) => share[i]!.some((v) => v >= headline) || fragments.some((f) => coveredShare(text, f, [spans[i]!]) >= headline),
  ).length;
  for (const g of gold) {
    if (coveredShare(text, g.content, spans) < headline) continue;
    tally.fragments.allFound++;
    if (g.speech) tally.fragments.speechFound++;
  }

  // Speaker accuracy: each matched prediction against its best-covered Content, when that Source is named.
  predicted.forEach((p, i) => {
    const s = share[i]!;
    let best = -1;
    s.forEach((v, j) => {
      if (v >= headline && (best < 0 || v > s[best]!)) best = j;
    });
    if (best < 0) {
      tally.examples.falsePositives.push(`${name}: [${p.kind}] «${excerpt(p.text)}» — ${p.speaker ?? p.speakerRef ?? '?'}`);
      return;
    }
    const g = gold[best]!;
    if (g.sourceNames.length === 0) return;
    const right = speakerMatches(p, g.sourceNames);
    judgements[i]!.speakerRight = right;
    for (const bucket of [tally.speaker, tally.speaker[p.kind]]) {
      bucket.eligible++;
      if (right) bucket.right++;
      else if (!p.speaker && !p.speakerRef) bucket.none++;
    }
    if (!right) {
      tally.examples.wrongSpeaker.push(
        `${name}: predicted ${JSON.stringify(p.speaker ?? p.speakerRef)} vs source "${g.source}" (cue "${g.cue}") for «${excerpt(p.text, 70)}»`,
      );
    }
  });

  gold.forEach((g, j) => {
    if (g.speech && !share.some((s) => s[j]! >= headline)) {
      tally.examples.missedSpeech.push(`${name}: "${g.source ?? '∅'}" ${g.cue}: «${excerpt(g.contentText)}»`);
    }
  });
  return judgements;
}
