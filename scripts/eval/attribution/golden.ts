/**
 * The hand-annotated golden set for attribution (issue 4): a folder per language
 * (`<root>/<lang>/<slug>.txt` with a sibling `<slug>.json`), the zod shape of an annotation, and
 * the scorer shared by tests/unit/attribution/golden.test.ts and scripts/eval/golden.ts.
 *
 * Matching is by substring overlap: an annotated quote is a distinctive substring of the quote's
 * content; a predicted quote finds it when the predicted span covers at least half of it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { attributeArticle } from '../../../lib/analyze/attribution';
import { articleFromText } from '../../../lib/analyze/plain-text';
import { OUTLETS } from '../../../lib/lang/outlets';
import type { Mention, Person, Quote, Source } from '../../../lib/schema';
import { coveredShare, overlaps, prf, stem, tokenize, type Prf, type Range } from './text';

/** Share of an annotated quote substring a predicted span must cover to count as finding it. */
export const MIN_COVER = 0.5;
/** Letters a source-name word and its inflected form must share ("Бюро" ~ "Бюро", "лиги" ~ "лига"). */
const SOURCE_STEM = 4;

/** A character range of the article with the text it covers (checked by the unit test). */
export const GoldenSpan = z.object({ start: z.number().int().nonnegative(), end: z.number().int().positive(), text: z.string().min(1) });
export type GoldenSpan = z.infer<typeof GoldenSpan>;

export const GoldenQuote = z.object({
  /** A distinctive substring of the quote's content, exactly as in the article (once only). */
  text: z.string().min(3),
  kind: z.enum(['direct', 'indirect']),
  /** Canonical nominative full name, or null for unnamed speakers ("experts", "the ministry"). */
  speaker: z.string().min(1).nullable(),
  /**
   * The quote's full content by position (without cue, speaker and attribution clause, as PolNeAR draws it);
   * several spans when the cue interrupts it. Present in every quote of a positioned article.
   */
  content: z.array(GoldenSpan).min(1).optional(),
});

export const GoldenPerson = z.object({
  name: z.string().min(1),
  /** A substring expected in one of the person's roles, or null when the article gives none. */
  role: z.string().min(1).nullable(),
});

export const GoldenSource = z.object({
  name: z.string().min(1),
  kind: z.string().optional(),
});

/** One place where the article names or titles a person (README: which mentions are marked). */
export const GoldenMention = GoldenSpan.extend({
  /** The person's canonical name, as in `people`. */
  person: z.string().min(1),
  /** name: two words or more of the name; surname: one name word alone; title: a title or role that refers to the person. */
  kind: z.enum(['name', 'surname', 'title']),
});
export type GoldenMention = z.infer<typeof GoldenMention>;

export const GoldenAnnotation = z
  .object({
    quotes: z.array(GoldenQuote),
    people: z.array(GoldenPerson),
    sources: z.array(GoldenSource),
    /** Every person mention by position; its presence marks the article as positioned (quotes then carry `content`). */
    mentions: z.array(GoldenMention).optional(),
  })
  .refine((g) => !g.mentions || g.quotes.every((q) => q.content), { message: 'a positioned article needs the content of every quote' })
  .refine((g) => !g.mentions || g.mentions.every((m) => g.people.some((p) => p.name === m.person)), { message: 'a mention names a person not in people' });
export type GoldenAnnotation = z.infer<typeof GoldenAnnotation>;

export interface GoldenArticle {
  language: string;
  slug: string;
  text: string;
  gold: GoldenAnnotation;
}

/** What the engine returned, as far as the golden set scores it. */
export interface Predicted {
  quotes: Pick<Quote, 'start' | 'end' | 'text' | 'speaker' | 'kind'>[];
  people: (Pick<Person, 'name' | 'roles'> & { mentionSpans?: readonly Pick<Mention, 'start' | 'end' | 'kind' | 'rule'>[] })[];
  sources: Pick<Source, 'name' | 'kind'>[];
}

/** Counts that add up over articles; ratios are taken at the end (micro-average). */
export interface Tally {
  articles: number;
  goldQuotes: number;
  foundQuotes: number;
  predictedQuotes: number;
  correctPredicted: number;
  speakerRight: number;
  kindRight: number;
  goldPeople: number;
  foundPeople: number;
  predictedPeople: number;
  goldRoles: number;
  foundRoles: number;
  goldSources: number;
  foundSources: number;
}

export interface Miss {
  slug: string;
  what: 'quote missed' | 'wrong speaker' | 'extra quote' | 'person missed' | 'role missed' | 'source missed';
  expected: string;
  got: string;
}

export interface Figures {
  quoteRecall: number;
  quotePrecision: number;
  quoteF1: number;
  speakerAccuracy: number;
  kindAccuracy: number;
  personRecall: number;
  personPrecision: number;
  roleRecall: number;
  sourceRecall: number;
}

export function emptyTally(): Tally {
  return {
    articles: 0, goldQuotes: 0, foundQuotes: 0, predictedQuotes: 0, correctPredicted: 0, speakerRight: 0, kindRight: 0,
    goldPeople: 0, foundPeople: 0, predictedPeople: 0, goldRoles: 0, foundRoles: 0, goldSources: 0, foundSources: 0,
  };
}

export function addTally(into: Tally, t: Tally): void {
  for (const k of Object.keys(into) as (keyof Tally)[]) into[k] += t[k];
}

/** Reads every `<lang>/<slug>.txt` with its `.json` under `root`; a bad annotation throws with its file name. */
export function loadGolden(root: string): GoldenArticle[] {
  const out: GoldenArticle[] = [];
  for (const language of readdirSync(root).sort()) {
    const dir = path.join(root, language);
    if (!statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      const slug = file.slice(0, -4);
      const jsonPath = path.join(dir, `${slug}.json`);
      if (!existsSync(jsonPath)) throw new Error(`${language}/${slug}: no ${slug}.json beside the article`);
      const parsed = GoldenAnnotation.safeParse(JSON.parse(readFileSync(jsonPath, 'utf8')));
      if (!parsed.success) throw new Error(`${language}/${slug}.json: ${parsed.error.message}`);
      out.push({ language, slug, text: readFileSync(path.join(dir, file), 'utf8'), gold: parsed.data });
    }
  }
  return out;
}

/** Runs the attribution engine on one golden article, in the language its folder names (a crash throws, not an empty result). */
export function runEngine(a: GoldenArticle): Predicted {
  return attributeArticle(articleFromText(a.text), a.language);
}

/** Scores every article and sums per language, in the order languages first appear. */
export function scoreAll(articles: GoldenArticle[], run: (a: GoldenArticle) => Predicted = runEngine): Map<string, { tally: Tally; misses: Miss[] }> {
  const out = new Map<string, { tally: Tally; misses: Miss[] }>();
  for (const a of articles) {
    const entry = out.get(a.language) ?? { tally: emptyTally(), misses: [] };
    const r = scoreArticle(a, run(a));
    addTally(entry.tally, r.tally);
    entry.misses.push(...r.misses);
    out.set(a.language, entry);
  }
  return out;
}

/** One-to-one letter folding (offsets survive): case, ё/е, apostrophes, no-break spaces. */
export function fold(s: string): string {
  return s.toLowerCase().replace(/ё/g, 'е').replace(/[’ʼ‘`]/g, "'").replace(/[\u00a0\u202f]/g, ' ');
}

/** Where each annotated quote sits in the article; problems (absent or repeated substrings) are listed. */
export function locateQuotes(a: GoldenArticle): { ranges: [number, number][]; problems: string[] } {
  const hay = fold(a.text);
  const problems: string[] = [];
  const ranges = a.gold.quotes.map((q): [number, number] => {
    const needle = fold(q.text);
    const at = hay.indexOf(needle);
    if (at < 0) problems.push(`not in the text: "${q.text}"`);
    else if (hay.indexOf(needle, at + 1) >= 0) problems.push(`occurs more than once: "${q.text}"`);
    return [at, at + needle.length];
  });
  return { ranges, problems };
}

function words(s: string): string[] {
  return fold(s).match(/[\p{L}\p{N}'-]+/gu) ?? [];
}

/** Same person: equal names, or every word of the annotated name in the predicted one (a patronymic may be extra). */
export function sameName(gold: string, predicted: string | null): boolean {
  if (predicted === null) return false;
  const g = words(gold);
  const p = new Set(words(predicted));
  return g.length > 0 && g.every((w) => p.has(w));
}

/**
 * Same source: the same outlet under another alias ("Укрінформ" is shown as "Ukrinform"), one name
 * inside the other, or every longer word of the annotated name meeting a predicted word with the same first letters.
 */
export function sameSource(gold: string, predicted: string): boolean {
  const outlet = OUTLETS.find((o) => [o.name, ...o.aliases].some((x) => fold(x) === fold(gold)));
  if (outlet && [outlet.name, ...outlet.aliases].some((x) => fold(x) === fold(predicted))) return true;
  const g = fold(gold);
  const p = fold(predicted);
  if (p.includes(g) || (p.length >= 2 && g.includes(p))) return true;
  const pw = words(predicted);
  const gw = words(gold).filter((w) => w.length >= SOURCE_STEM);
  return gw.length > 0 && gw.every((w) => pw.some((x) => x.slice(0, SOURCE_STEM) === w.slice(0, SOURCE_STEM)));
}

/** Share of an annotated quote's characters a predicted span covers. */
export function cover(range: [number, number], q: { start: number; end: number }): number {
  const inter = Math.min(range[1], q.end) - Math.max(range[0], q.start);
  return inter > 0 ? inter / (range[1] - range[0]) : 0;
}

/** Scores one article's prediction against its annotation. */
export function scoreArticle(a: GoldenArticle, predicted: Predicted): { tally: Tally; misses: Miss[] } {
  const t = emptyTally();
  const misses: Miss[] = [];
  const miss = (what: Miss['what'], expected: string, got: string) => misses.push({ slug: `${a.language}/${a.slug}`, what, expected, got });
  t.articles = 1;
  const { ranges } = locateQuotes(a);

  // Quotes: recall over annotated substrings, precision over predicted spans, speaker on the best-covering prediction.
  t.goldQuotes = a.gold.quotes.length;
  t.predictedQuotes = predicted.quotes.length;
  a.gold.quotes.forEach((g, i) => {
    const range = ranges[i]!;
    let best: Predicted['quotes'][number] | null = null;
    let bestCover = 0;
    for (const q of predicted.quotes) {
      const c = cover(range, q);
      if (c > bestCover) [best, bestCover] = [q, c];
    }
    if (!best || bestCover < MIN_COVER) return miss('quote missed', `${g.kind} "${g.text}" (${g.speaker ?? 'unnamed'})`, best ? `partly: "${best.text.slice(0, 60)}"` : 'nothing');
    t.foundQuotes++;
    if (best.kind === g.kind) t.kindRight++;
    const right = g.speaker === null ? best.speaker === null : sameName(g.speaker, best.speaker);
    if (right) t.speakerRight++;
    else miss('wrong speaker', `"${g.text}" → ${g.speaker ?? 'unnamed'}`, String(best.speaker ?? 'unnamed'));
  });
  for (const q of predicted.quotes) {
    if (ranges.some((r) => cover(r, q) >= MIN_COVER)) t.correctPredicted++;
    else miss('extra quote', '', `${q.kind} "${q.text.slice(0, 70)}" (${q.speaker ?? 'unnamed'})`);
  }

  // People and their roles.
  t.goldPeople = a.gold.people.length;
  t.predictedPeople = predicted.people.length;
  for (const g of a.gold.people) {
    const p = predicted.people.find((x) => sameName(g.name, x.name));
    if (!p) {
      miss('person missed', g.name, predicted.people.map((x) => x.name).join('; ') || 'nobody');
      if (g.role) t.goldRoles++;
      continue;
    }
    t.foundPeople++;
    if (!g.role) continue;
    t.goldRoles++;
    if (p.roles.some((r) => fold(r).includes(fold(g.role!)))) t.foundRoles++;
    else miss('role missed', `${g.name}: ${g.role}`, p.roles.join('; ') || 'no role');
  }

  // Sources.
  t.goldSources = a.gold.sources.length;
  for (const g of a.gold.sources) {
    if (predicted.sources.some((s) => sameSource(g.name, s.name))) t.foundSources++;
    else miss('source missed', g.name, predicted.sources.map((s) => `${s.name} (${s.kind})`).join('; ') || 'none');
  }
  return { tally: t, misses };
}

function ratio(n: number, d: number): number {
  return d === 0 ? 1 : n / d;
}

export function figures(t: Tally): Figures {
  const quoteRecall = ratio(t.foundQuotes, t.goldQuotes);
  const quotePrecision = ratio(t.correctPredicted, t.predictedQuotes);
  const quoteF1 = quoteRecall + quotePrecision ? (2 * quoteRecall * quotePrecision) / (quoteRecall + quotePrecision) : 0;
  return {
    quoteRecall,
    quotePrecision,
    quoteF1,
    speakerAccuracy: ratio(t.speakerRight, t.foundQuotes),
    kindAccuracy: ratio(t.kindRight, t.foundQuotes),
    personRecall: ratio(t.foundPeople, t.goldPeople),
    personPrecision: ratio(t.foundPeople, t.predictedPeople),
    roleRecall: ratio(t.foundRoles, t.goldRoles),
    sourceRecall: ratio(t.foundSources, t.goldSources),
  };
}

/** The bar, the same in every language. */
export const GOLDEN_BARS = { quoteF1: 0.85, speakerAccuracy: 0.85, personRecall: 0.85 } as const;

// ---------------------------------------------------------------------------------------------
// By position (articles whose annotation has `mentions`): the definitions of ../shared/datasets/README.md.

/** Share of a content's word tokens a predicted quote must cover: the headline row and the strict row (both ways). */
export const LOOSE = 0.3;
export const STRICT = 0.8;

export interface PositionTally {
  articles: number;
  quotes: { gold: number; found: number; foundStrict: number; predicted: number; right: number; rightStrict: number };
  /** Mentions the engine links to a person, judged against the annotated mentions of that person. */
  precision: { name: { judged: number; right: number }; title: { judged: number; right: number }; pronouns: number };
  /** Annotated mentions found by a mention of the same person and kind (names and surnames together). */
  recall: { name: { gold: number; found: number }; title: { gold: number; found: number } };
}

export function emptyPositionTally(): PositionTally {
  return {
    articles: 0,
    quotes: { gold: 0, found: 0, foundStrict: 0, predicted: 0, right: 0, rightStrict: 0 },
    precision: { name: { judged: 0, right: 0 }, title: { judged: 0, right: 0 }, pronouns: 0 },
    recall: { name: { gold: 0, found: 0 }, title: { gold: 0, found: 0 } },
  };
}

export function addPositionTally(into: PositionTally, t: PositionTally): void {
  into.articles += t.articles;
  for (const k of Object.keys(into.quotes) as (keyof PositionTally['quotes'])[]) into.quotes[k] += t.quotes[k];
  for (const k of ['name', 'title'] as const) {
    into.precision[k].judged += t.precision[k].judged;
    into.precision[k].right += t.precision[k].right;
    into.recall[k].gold += t.recall[k].gold;
    into.recall[k].found += t.recall[k].found;
  }
  into.precision.pronouns += t.precision.pronouns;
}

/** A predicted mention's verdict, for the per-rule table. */
export interface MentionVerdict {
  rule: string;
  right: boolean | null;
}

const isName = (kind: string) => kind === 'name' || kind === 'surname';

/** Same person for mention judging: the predicted name shares a word stem with the annotated one (as on NEREL). */
function samePersonStem(gold: string, predicted: string): boolean {
  const own = new Set(tokenize(predicted).map((t) => stem(t.text)));
  return tokenize(gold).some((t) => own.has(stem(t.text)));
}

/**
 * Scores one positioned article by position: quotes at 30% of the content's tokens and at 80% both ways,
 * and every mention the engine links to a person. Returns null for an article without positions.
 */
export function scorePositions(a: GoldenArticle, predicted: Predicted): { tally: PositionTally; mentions: MentionVerdict[]; misses: string[] } | null {
  const mentions = a.gold.mentions;
  if (!mentions) return null;
  const t = emptyPositionTally();
  const misses: string[] = [];
  const slug = `${a.language}/${a.slug}`;
  t.articles = 1;

  const contents = a.gold.quotes.map((q) => (q.content ?? []).map((c): Range => [c.start, c.end]));
  const spans = predicted.quotes.map((q): Range[] => [[q.start, q.end]]);
  const strict = (gold: Range[], p: Range[]) => coveredShare(a.text, gold, p) >= STRICT && coveredShare(a.text, p, gold) >= STRICT;
  t.quotes.gold = contents.length;
  t.quotes.predicted = spans.length;
  contents.forEach((gold, i) => {
    if (spans.some((p) => coveredShare(a.text, gold, p) >= LOOSE)) t.quotes.found++;
    else misses.push(`${slug} quote missed by position: "${a.gold.quotes[i]!.content![0]!.text.slice(0, 70)}"`);
    if (spans.some((p) => strict(gold, p))) t.quotes.foundStrict++;
  });
  for (const p of spans) {
    if (contents.some((gold) => coveredShare(a.text, gold, p) >= LOOSE)) t.quotes.right++;
    if (contents.some((gold) => strict(gold, p))) t.quotes.rightStrict++;
  }

  // Mention precision: every linked mention is judged (pronouns are counted apart, never annotated).
  const verdicts: MentionVerdict[] = [];
  const linked = predicted.people.flatMap((p) => (p.mentionSpans ?? []).map((m) => ({ person: p.name, ...m })));
  for (const m of linked) {
    const r: Range = [m.start, m.end];
    if (m.kind === 'pronoun') {
      t.precision.pronouns++;
      verdicts.push({ rule: m.rule ?? '(none)', right: null });
      continue;
    }
    const kind = isName(m.kind) ? 'name' : 'title';
    const right = mentions.some((g) => (isName(g.kind) ? 'name' : 'title') === kind && overlaps(r, [g.start, g.end]) && samePersonStem(g.person, m.person));
    t.precision[kind].judged++;
    if (right) t.precision[kind].right++;
    else misses.push(`${slug} ${kind} mention linked wrongly: "${a.text.slice(m.start, m.end)}" → ${m.person}`);
    verdicts.push({ rule: m.rule ?? '(none)', right });
  }
  for (const g of mentions) {
    const kind = isName(g.kind) ? 'name' : 'title';
    t.recall[kind].gold++;
    const found = linked.some((m) => m.kind !== 'pronoun' && (isName(m.kind) ? 'name' : 'title') === kind && overlaps([m.start, m.end], [g.start, g.end]) && samePersonStem(g.person, m.person));
    if (found) t.recall[kind].found++;
  }
  return { tally: t, mentions: verdicts, misses };
}

export interface PositionFigures {
  articles: number;
  quotes: number;
  found30: Prf;
  found80: Prf;
  namePrecision: number | null;
  titlePrecision: number | null;
  nameRecall: number | null;
  titleRecall: number | null;
  judged: { names: number; titles: number; pronouns: number };
}

export function positionFigures(t: PositionTally): PositionFigures {
  const q = t.quotes;
  const share = (n: number, d: number) => (d ? n / d : null);
  return {
    articles: t.articles,
    quotes: q.gold,
    found30: prf(q.right, q.predicted, q.found, q.gold),
    found80: prf(q.rightStrict, q.predicted, q.foundStrict, q.gold),
    namePrecision: share(t.precision.name.right, t.precision.name.judged),
    titlePrecision: share(t.precision.title.right, t.precision.title.judged),
    nameRecall: share(t.recall.name.found, t.recall.name.gold),
    titleRecall: share(t.recall.title.found, t.recall.title.gold),
    judged: { names: t.precision.name.judged, titles: t.precision.title.judged, pronouns: t.precision.pronouns },
  };
}

/**
 * Problems of a positioned annotation: a span outside the text or whose text differs from the article
 * at its offsets, a content away from the quote's substring.
 */
export function positionProblems(a: GoldenArticle): string[] {
  const problems: string[] = [];
  const check = (s: GoldenSpan, what: string) => {
    if (s.end <= s.start || s.end > a.text.length) problems.push(`${what} ${s.start}-${s.end} is outside the text`);
    else if (a.text.slice(s.start, s.end) !== s.text) problems.push(`${what} ${s.start}-${s.end} is "${a.text.slice(s.start, s.end)}", annotated "${s.text}"`);
  };
  const { ranges } = locateQuotes(a);
  a.gold.quotes.forEach((q, i) => {
    for (const c of q.content ?? []) check(c, `content of "${q.text}"`);
    const [from, to] = ranges[i]!;
    // The issue-4 substring may reach past the content (into the cue) but must lie on it.
    if (q.content && from >= 0 && !q.content.some((c) => c.start < to && from < c.end)) problems.push(`content of "${q.text}" is elsewhere`);
  });
  for (const m of a.gold.mentions ?? []) check(m, `mention of ${m.person}`);
  return problems;
}

