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
import { analyzeAttribution } from '../../../lib/analyze/attribution';
import { articleFromText } from '../../../lib/analyze/plain-text';
import { OUTLETS } from '../../../lib/lang/outlets';
import type { Person, Quote, Source } from '../../../lib/schema';

/** Share of an annotated quote substring a predicted span must cover to count as finding it. */
export const MIN_COVER = 0.5;
/** Letters a source-name word and its inflected form must share ("Бюро" ~ "Бюро", "лиги" ~ "лига"). */
const SOURCE_STEM = 4;

export const GoldenQuote = z.object({
  /** A distinctive substring of the quote's content, exactly as in the article (once only). */
  text: z.string().min(3),
  kind: z.enum(['direct', 'indirect']),
  /** Canonical nominative full name, or null for unnamed speakers ("experts", "the ministry"). */
  speaker: z.string().min(1).nullable(),
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

export const GoldenAnnotation = z.object({
  quotes: z.array(GoldenQuote),
  people: z.array(GoldenPerson),
  sources: z.array(GoldenSource),
});
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
  people: Pick<Person, 'name' | 'roles'>[];
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

/** Runs the attribution engine on one golden article, in the language its folder names. */
export function runEngine(a: GoldenArticle): Predicted {
  return analyzeAttribution(articleFromText(a.text), a.language);
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
