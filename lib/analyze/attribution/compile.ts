/**
 * Turns a Lexicon (plain data) into regexes and sets once per lexicon, so analysing an article
 * is a handful of linear scans. Every regex here is built from lexicon words, never from a language name.
 */
import type { Lexicon } from '../../lang/schema';
import { compileMorphology, type Morph } from './morphology';
import { type Inflect, Phrases, type Tokens, Vocabulary } from './phrases';
import { lower } from './words';


/** Built-in quote marks every language may meet (quoted foreign text, sloppy typing). */
const UNIVERSAL_PAIRS: Array<[string, string]> = [
  ['«', '»'],
  ['“', '”'],
  ['„', '“'],
  ['„', '”'],
  ['"', '"'],
  // Mixed straight and curly marks on one quote (sloppy typing, edited copy).
  ['"', '”'],
  ['“', '"'],
  ['‹', '›'],
];

export interface Compiled {
  lex: Lexicon;
  /** The lexicon's morphology table as ending tests. */
  morph: Morph;
  /** Opening mark → closing marks, in lexicon priority. */
  openers: Map<string, string[]>;
  verbRe: Phrases;
  titleRe: Phrases;
  roleRe: Phrases;
  collectiveRe: Phrases;
  accordingBeforeRe: Phrases | null;
  accordingAfterRe: Phrases | null;
  /** Finite forms of separable speech verbs ("kündigte" of "kündigte an"), and the particles each takes. */
  splitVerbRe: Phrases | null;
  splitParticles: Map<string, Set<string>>;
  /** Sentence openers pointing back at the sentence before ("об этом", "про це", "das"). */
  backRefRe: Phrases | null;
  /** According-to phrases with a pronoun ("по его словам", "selon elle"), and the gender each shows. */
  accordingPronounRe: Phrases | null;
  accordingPronounGender: Map<string, 'male' | 'female' | null>;
  complementizerRe: Phrases | null;
  /** Finite forms of the reported mood (German Konjunktiv I), or null. */
  reportedMoodRe: Phrases | null;
  closerRe: Phrases | null;
  /** Participle speech verbs ("saying", "adding"): their speaker is the main clause's subject. */
  participles: Set<string>;
  /** Conjunctions joining a second verb of the same subject ("and", "но"): reported content ends before one. */
  coordinators: Set<string>;
  /** Words that attribute a quote right after its closing mark, with no verb ("„Q“, so Scholz"). */
  postQuoteMarkers: Set<string>;
  gapRe: Phrases | null;
  citingRe: Phrases | null;
  citingAfterRe: Phrases | null;
  reportsRe: Phrases | null;
  reportsAfterRe: Phrases | null;
  accordingSourceRe: Phrases | null;
  accordingSourceAfterRe: Phrases | null;
  accordingBodyRe: Phrases | null;
  toldRe: Phrases | null;
  pressRe: Phrases | null;
  photoRe: Phrases | null;
  /** "Источник: X", "Source: X": a line naming the text's source. */
  sourceLineRe: Phrases | null;
  correspondentRe: Phrases | null;
  abbreviations: Set<string>;
  nonNames: Set<string>;
  relativizers: Set<string>;
  /** Words opening a bare reported clause (lexicon clauseOpeners), lower case. */
  clauseOpeners: Set<string>;
  /** Endings of a one-word reported clause (lexicon clauseEndings), lower case. */
  clauseEndings: string[];
  /** Words opening the writer's clause after a comma (lexicon contentBreaks), lower case. */
  contentBreaks: Set<string>;
  /** Conjunctions opening an adverbial clause before the main clause (lexicon subordinators), lower case. */
  subordinators: Set<string>;
  /** Words after which a word is a noun (lexicon nounMarkers), lower case. */
  nounMarkers: Set<string>;
  orgWords: Set<string>;
  /** orgWords and their stems without a final vowel ("россия" → "росси"), to match inflected forms. */
  orgStems: Set<string>;
  /** placeNouns of the lexicon (base forms; matched through nameCores). */
  placeNouns: Set<string>;
  adjectiveLike: string[];
  personCues: Set<string>;
  personCueEndings: string[];
  placePrepositions: Set<string>;
  particles: Set<string>;
  firstMale: Set<string>;
  firstFemale: Set<string>;
  pronounGender: Map<string, 'male' | 'female' | null>;
  selfPronouns: Set<string>;
  honorificGender: Map<string, 'male' | 'female' | null>;
  caseEndings: string[];
  surMale: string[];
  surFemale: string[];
  patrMale: string[];
  patrFemale: string[];
  verbMale: string[];
  verbFemale: string[];
  officialTitles: Set<string>;
  /** Every word of every title and role ("police" of "police chief"): they may stand inside a title phrase. */
  titleParts: Set<string>;
}

const cache = new WeakMap<Lexicon, Compiled>();

/** Word → gender for lists split by gender (neutral ones map to null). */
function genderMap(lists: { male: string[]; female: string[]; neutral: string[] }): Map<string, 'male' | 'female' | null> {
  const m = new Map<string, 'male' | 'female' | null>();
  for (const p of lists.neutral) m.set(p, null);
  for (const p of lists.male) m.set(p, 'male');
  for (const p of lists.female) m.set(p, 'female');
  return m;
}

/** A phrase matcher for a word list (null when the list is empty). */
export function phraseRe(phrases: string[], inflect: Inflect | null = null, vocab: Vocabulary | null = null): Phrases | null {
  return phrases.length ? new Phrases(phrases, inflect, vocab) : null;
}

function must(p: Phrases | null): Phrases {
  return p ?? new Phrases([]);
}

const byLength = (a: string, b: string) => b.length - a.length;

export function compile(lex: Lexicon): Compiled {
  const hit = cache.get(lex);
  if (hit) return hit;
  const openers = new Map<string, string[]>();
  for (const [o, cl] of [...lex.quotePairs, ...UNIVERSAL_PAIRS]) {
    const list = openers.get(o) ?? [];
    if (!list.includes(cl)) list.push(cl);
    openers.set(o, list);
  }
  const pronounGender = genderMap(lex.pronouns);
  const splitParticles = new Map<string, Set<string>>();
  for (const entry of lex.splitSpeechVerbs ?? []) {
    const [finite, particle] = entry.split(' ');
    if (!finite || !particle) continue;
    const set = splitParticles.get(finite) ?? new Set<string>();
    set.add(particle);
    splitParticles.set(finite, set);
  }
  const honorificGender = new Map<string, 'male' | 'female' | null>();
  for (const p of lex.honorifics.neutral) honorificGender.set(p, null);
  for (const p of lex.honorifics.male) honorificGender.set(p, 'male');
  for (const p of lex.honorifics.female) honorificGender.set(p, 'female');
  const s = lex.sourceCues;
  // One vocabulary for the lexicon's matchers: a single pass over an article tells each which words to try.
  const vocab = new Vocabulary();
  const re = (list: string[], inflect: Inflect | null = null) => phraseRe(list, inflect, vocab);
  const morph = compileMorphology(lex.morphology);
  const inflection: Inflect = { ...lex.inflection, finalVowel: morph.finalVowelRe };
  const titleInflection: Inflect = { ...lex.inflection, finalVowel: morph.titleFinalVowelRe };
  const compiled: Compiled = {
    lex,
    morph,
    openers,
    verbRe: must(re([...lex.speechVerbs, ...(lex.participles ?? [])])),
    titleRe: must(re(lex.titles, titleInflection)),
    roleRe: must(re(lex.roles, titleInflection)),
    collectiveRe: must(re(lex.collectiveSpeakers, inflection)),
    accordingBeforeRe: re(lex.accordingTo.before),
    accordingAfterRe: re(lex.accordingTo.after),
    backRefRe: re(lex.backReferences ?? []),
    splitVerbRe: re([...splitParticles.keys()]),
    splitParticles,
    accordingPronounRe: re([...(lex.accordingPronoun?.male ?? []), ...(lex.accordingPronoun?.female ?? []), ...(lex.accordingPronoun?.neutral ?? [])]),
    accordingPronounGender: genderMap(lex.accordingPronoun ?? { male: [], female: [], neutral: [] }),
    complementizerRe: re(lex.complementizers),
    reportedMoodRe: re(lex.reportedMood ?? []),
    closerRe: re(lex.quoteClosers),
    participles: new Set(lex.participles ?? []),
    postQuoteMarkers: new Set(lex.postQuoteMarkers ?? []),
    coordinators: new Set(lex.coordinators ?? []),
    gapRe: re(lex.speakerGap),
    citingRe: re(s.citing),
    citingAfterRe: re(s.citingAfter),
    reportsRe: re(s.reports),
    reportsAfterRe: re(s.reportsAfter),
    accordingSourceRe: re(s.according),
    accordingSourceAfterRe: re(s.accordingAfter),
    accordingBodyRe: re(s.accordingBody ?? []),
    toldRe: re(s.told),
    pressRe: re(s.pressService),
    photoRe: re(s.photo),
    sourceLineRe: re(s.sourceLine ?? []),
    correspondentRe: re(s.correspondent, inflection),
    abbreviations: new Set(lex.abbreviations.flatMap((a) => [a, a.toLowerCase()])),
    nonNames: new Set(lex.nonNames),
    relativizers: new Set(lex.relativizers),
    clauseOpeners: new Set((lex.clauseOpeners ?? []).map((w) => w.toLowerCase())),
    clauseEndings: (lex.clauseEndings ?? []).map((e) => e.toLowerCase()),
    contentBreaks: new Set((lex.contentBreaks ?? []).map((w) => w.toLowerCase())),
    subordinators: new Set((lex.subordinators ?? []).map((w) => w.toLowerCase())),
    nounMarkers: new Set((lex.nounMarkers ?? []).map((w) => w.toLowerCase())),
    orgWords: new Set(lex.orgWords),
    orgStems: new Set(lex.orgWords.flatMap((w) => (w.length > 4 && morph.finalVowelRe.test(w) ? [w, w.slice(0, -1)] : [w]))),
    // Only where a stem loses its final vowel (ru города): the Kazakh forms keep the possessive vowel (ауылы), bare ауыл is not one.
    placeNouns: new Set(
      (lex.placeNouns ?? []).flatMap((w) => (lex.inflection.stripFinalVowel && w.length > 3 && morph.finalVowelRe.test(w) ? [w, w.slice(0, -1)] : [w])),
    ),
    adjectiveLike: [...lex.names.adjectiveLike].sort(byLength),
    personCues: new Set(lex.names.personCues.filter((w) => !w.startsWith('-'))),
    personCueEndings: lex.names.personCues.filter((w) => w.startsWith('-')),
    placePrepositions: new Set(lex.placePrepositions),
    particles: new Set(lex.names.particles),
    firstMale: new Set(lex.names.firstNames.male),
    firstFemale: new Set(lex.names.firstNames.female),
    pronounGender,
    selfPronouns: new Set(lex.selfPronouns),
    honorificGender,
    caseEndings: [...lex.names.caseEndings].sort(byLength),
    surMale: [...lex.names.surnameSuffixes.male].sort(byLength),
    surFemale: [...lex.names.surnameSuffixes.female].sort(byLength),
    patrMale: [...lex.names.patronymicSuffixes.male].sort(byLength),
    patrFemale: [...lex.names.patronymicSuffixes.female].sort(byLength),
    verbMale: [...lex.verbGenderEndings.male].sort(byLength),
    verbFemale: [...lex.verbGenderEndings.female].sort(byLength),
    officialTitles: new Set(lex.titles),
    titleParts: new Set([...lex.titles, ...lex.roles].flatMap((t) => t.split(' '))),
  };
  cache.set(lex, compiled);
  return compiled;
}

/** All phrase hits in norm[from, to). */
export function matchesIn(re: Phrases | null, norm: string | Tokens, from: number, to: number): Array<{ start: number; end: number; text: string }> {
  if (!re) return [];
  return re.allIn(norm, from, to).map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** A value built once per compiled lexicon from its data (sorted lists, sets, regexes); shared, not to be mutated. */
export function lexiconMemo<T>(compute: (c: Compiled) => T): (c: Compiled) => T {
  const cache = new WeakMap<Compiled, T>();
  return (c) => {
    if (cache.has(c)) return cache.get(c) as T;
    const value = compute(c);
    cache.set(c, value);
    return value;
  };
}

/**
 * A word function memoised per compiled lexicon: the same lowercase words recur in every run, sentence
 * and article. Results are shared between callers and must not be mutated. Bounded (cleared when full),
 * since a long-lived worker analyses article after article.
 */
export function wordMemo<T>(compute: (c: Compiled, low: string) => T): (c: Compiled, low: string) => T {
  const caches = new WeakMap<Compiled, Map<string, T>>();
  return (c, low) => {
    let cache = caches.get(c);
    if (!cache) caches.set(c, (cache = new Map()));
    const hit = cache.get(low);
    if (hit !== undefined) return hit;
    const value = compute(c, low);
    if (cache.size >= MAX_MEMO_WORDS) cache.clear();
    cache.set(low, value);
    return value;
  };
}
const MAX_MEMO_WORDS = 50_000;

/** Core forms of a name token: itself and itself minus each case ending (stem ≥ 3 letters). */
export const nameCores: (c: Compiled, low: string) => readonly string[] = wordMemo((c, low) => {
  const cores = [low];
  for (const e of c.caseEndings) {
    if (low.length - e.length >= 3 && low.endsWith(e)) cores.push(low.slice(0, -e.length));
  }
  return cores;
});

/** Gender shown by a speech-verb form ("сказала" → female), or null. */
/**
 * The gender a description shows by its determiner ("la concejala", "der 44-Jährige"), or, after an elided
 * article ("l'élue"), by its noun: the longer of two lexicon titles or roles that differ by a final letter
 * ("élue" beside "élu", "habitante" beside "habitant") is the feminine one.
 */
export function descriptionGender(c: Compiled, phrase: string): 'male' | 'female' | null {
  const words = lower(phrase).replace(/’/gu, "'").split(/[\s\u00a0]+|(?<=^\p{L}')/u).filter(Boolean);
  const first = words[0] ?? '';
  // "дейді қария": a description noun of the lexicon shows the gender by itself.
  if (words.length === 1 && descriptionNouns(c).get(first)) return descriptionNouns(c).get(first)!;
  const g = c.lex.names.articleGender;
  if (!g) return null;
  if (g.female.includes(first)) return 'female';
  if (g.male.includes(first)) return 'male';
  const noun = words[1];
  if (!first.endsWith("'") || !noun) return null;
  const known = roleWordSet(c);
  if (!known.has(noun)) return null;
  if (known.has(noun.slice(0, -1))) return 'female';
  for (const w of known) if (w.length === noun.length + 1 && w.startsWith(noun)) return 'male';
  return null;
}
/** The lexicon's description nouns (names.descriptions), each with the gender it shows (null: none). */
export const descriptionNouns = lexiconMemo((c) => {
  const d = c.lex.names.descriptions;
  const m = new Map<string, 'male' | 'female' | null>();
  if (!d) return m;
  for (const w of d.neutral) m.set(w, null);
  for (const w of d.male) m.set(w, 'male');
  for (const w of d.female) m.set(w, 'female');
  return m;
});

/** Every lexicon title and role, as written. */
export const roleWordSet = lexiconMemo((c) => new Set([...c.lex.titles, ...c.lex.roles]));

export function verbGender(c: Compiled, verb: string): 'male' | 'female' | null {
  if (c.verbFemale.length === 0 && c.verbMale.length === 0) return null;
  const w = lower(verb).split(/\s+/)[0] ?? '';
  for (const e of c.verbFemale) if (w.endsWith(e)) return 'female';
  for (const e of c.verbMale) if (w.endsWith(e)) return 'male';
  return null;
}
