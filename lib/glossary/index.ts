/**
 * Glossary of local political terms (аким, маслихат, Верховна Рада, Bundestag, préfet…): finds them
 * in an article, inflected forms included, and explains each in one line in the reader's language.
 *
 * Data: one file per country under ./data/, validated against the GlossaryEntry schema when this
 * module loads. Matching: all patterns that apply to the article's language are compiled once into
 * one regex (cached per language), longest patterns first, with Unicode word boundaries (JS \b only
 * knows ASCII letters). A term several countries share (ЦИК, Конституционный суд, область) is given
 * to the country the rest of the text points at.
 */
import { z } from '../schema/zod-full';
import { de } from './data/de';
import { fr } from './data/fr';
import { kz } from './data/kz';
import { ru } from './data/ru';
import { ua } from './data/ua';
import { compilePattern, minimumLength } from './pattern';
import { GlossaryEntry, type GlossaryEntryInput } from './schema';

export { GlossaryEntry } from './schema';
export type { GlossaryEntryInput } from './schema';

export interface GlossaryMatch {
  start: number;
  end: number;
  text: string;
}

export interface GlossaryHit {
  /** Canonical headword, e.g. 'аким'. */
  term: string;
  /** ISO 3166-1 alpha-2, e.g. 'KZ'. */
  country: string;
  /** One line in the reader's language (English when there is none in it). */
  explanation: string;
  /** Every occurrence in the text, any inflected form, in text order; offsets in UTF-16 code units. */
  matches: GlossaryMatch[];
}

export interface GlossaryOptions {
  /** Country to prefer for terms several countries share when the text itself does not decide (site's country). */
  country?: string;
}

/** The data files, in the order they win ties when nothing else decides. */
export const GLOSSARY_DATA_FILES: readonly { name: string; entries: readonly GlossaryEntryInput[] }[] = [
  { name: 'kz', entries: kz },
  { name: 'ru', entries: ru },
  { name: 'ua', entries: ua },
  { name: 'de', entries: de },
  { name: 'fr', entries: fr },
];

/** All entries from all data files, schema-validated (a broken data file fails loudly here and in tests). */
export const GLOSSARY_ENTRIES: readonly GlossaryEntry[] = Object.freeze(GLOSSARY_DATA_FILES.flatMap(loadDataFile));

/** Article language meaning "unknown": every entry applies. */
const UNKNOWN_LANGUAGE = 'und';
/** The explanation language when the reader's is missing. */
const FALLBACK_READER_LANGUAGE = 'en';
/** A word boundary in any script: no letter, combining mark or digit on that side. */
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{M}\\p{N}])';
const NOT_BEFORE_WORD = '(?![\\p{L}\\p{M}\\p{N}])';

/** Everything needed to scan one article language, built once. */
interface CompiledSet {
  entries: readonly GlossaryEntry[];
  regex: RegExp;
  /** Capturing group number → index into `entries`. */
  groupEntry: readonly number[];
  excludes: readonly (RegExp | null)[];
  /** Entry index → indices of all entries sharing its headword (several countries), in data order. */
  sameTerm: readonly (readonly number[])[];
}

interface RawMatch extends GlossaryMatch {
  entry: number;
}

const compiledByLanguage = new Map<string, CompiledSet | null>();

/**
 * Finds glossary terms in `text`. Never throws: bad input or an internal error gives [].
 * `readerLanguage` picks the explanation; 'en', 'ru' and a few more exist, others fall back to English.
 */
export function findGlossaryTerms(
  text: string,
  articleLanguage: string,
  readerLanguage: string,
  options: GlossaryOptions = {},
): GlossaryHit[] {
  try {
    if (typeof text !== 'string' || text.length === 0) return [];
    const set = compiledFor(baseLanguage(articleLanguage) || UNKNOWN_LANGUAGE);
    if (!set) return [];
    const raw = withNested(text, set, scan(text, set));
    const resolved = resolveSharedTerms(raw, set, options.country?.toUpperCase());
    return toHits(resolved, set, baseLanguage(readerLanguage) || FALLBACK_READER_LANGUAGE);
  } catch {
    return [];
  }
}

function loadDataFile(file: { name: string; entries: readonly GlossaryEntryInput[] }): GlossaryEntry[] {
  const parsed = z.array(GlossaryEntry).safeParse(file.entries);
  if (!parsed.success) throw new Error(`glossary data file "${file.name}" is invalid:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** 'en-US' → 'en'; anything unusable → ''. */
function baseLanguage(code: string): string {
  return typeof code === 'string' ? (code.toLowerCase().split(/[-_]/)[0] ?? '') : '';
}

function compiledFor(language: string): CompiledSet | null {
  if (!compiledByLanguage.has(language)) compiledByLanguage.set(language, compile(language));
  return compiledByLanguage.get(language) ?? null;
}

/** One regex for every pattern of the entries that apply, longest first so 'ауылдық округ' beats 'округ'. */
function compile(language: string): CompiledSet | null {
  const entries = GLOSSARY_ENTRIES.filter(
    (e) => language === UNKNOWN_LANGUAGE || e.language === language || e.usedIn.includes(language),
  );
  if (entries.length === 0) return null;

  const alternatives = entries.flatMap((entry, index) =>
    entry.forms.map((form) => ({
      index,
      length: minimumLength(form),
      source: compilePattern(form, { caseSensitive: entry.caseSensitive }),
    })),
  );
  alternatives.sort((a, b) => b.length - a.length);

  const groupEntry = [-1, ...alternatives.map((a) => a.index)];
  const body = alternatives.map((a) => `(${a.source})`).join('|');
  const regex = new RegExp(`${NOT_AFTER_WORD}(?:${body})${NOT_BEFORE_WORD}`, 'gu');

  const excludes = entries.map((e) =>
    e.exclude.length === 0
      ? null
      : new RegExp(`^(?:${e.exclude.map((p) => compileExact(p)).join('|')})$`, 'u'),
  );

  const byTerm = new Map<string, number[]>();
  entries.forEach((e, i) => byTerm.set(termKey(e.term), [...(byTerm.get(termKey(e.term)) ?? []), i]));
  const sameTerm = entries.map((e) => byTerm.get(termKey(e.term)) ?? []);

  return { entries, regex, groupEntry, excludes, sameTerm };
}

/** Exclusions are exact: capitalised 'Акимов' (a surname) is excluded, lowercase 'акимов' is not. */
function compileExact(pattern: string): string {
  return compilePattern(pattern, { caseSensitive: true, allCaps: false });
}

/** Headwords compare without case and with ё as е. */
function termKey(term: string): string {
  return term.toLowerCase().replace(/ё/g, 'е');
}

/** Every match in text order; the regex is linear in practice (fixed alternatives, no nested quantifiers). */
function scan(text: string, set: CompiledSet): RawMatch[] {
  const matches: RawMatch[] = [];
  const regex = set.regex;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    const entry = matchedEntry(m, set.groupEntry);
    if (entry < 0 || set.excludes[entry]?.test(m[0])) continue;
    matches.push({ entry, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return matches;
}

/**
 * Abbreviations inside a longer term ("РК" in "Парламент РК"): the longest match wins the text,
 * but a reader needs the abbreviation explained too. Ordinary words inside a term ("Рада" in
 * "Верховна Рада") are explained by the longer term and stay out. Re-scans from each later word
 * start of multiword matches.
 */
/** An abbreviation: two or more capital letters and nothing else (РК, ҚР, ЦИК, ОВА). */
const ABBREVIATION = /^\p{Lu}{2,}$/u;

function withNested(text: string, set: CompiledSet, outer: RawMatch[]): RawMatch[] {
  const seen = new Set(outer.map((m) => `${m.start}:${m.end}:${m.entry}`));
  const all = [...outer];
  for (const m of outer) {
    for (const gap of m.text.matchAll(/\s+/gu)) {
      const from = m.start + gap.index + gap[0].length;
      for (const inner of scan(text.slice(from, m.end), set)) {
        if (inner.entry === m.entry || !ABBREVIATION.test(inner.text)) continue;
        const shifted = { ...inner, start: inner.start + from, end: inner.end + from };
        const key = `${shifted.start}:${shifted.end}:${shifted.entry}`;
        if (!seen.has(key)) {
          seen.add(key);
          all.push(shifted);
        }
      }
    }
  }
  return all.sort((a, b) => a.start - b.start || b.end - a.end);
}

function matchedEntry(m: RegExpExecArray, groupEntry: readonly number[]): number {
  for (let g = 1; g < m.length; g++) {
    if (m[g] !== undefined) return groupEntry[g] ?? -1;
  }
  return -1;
}

/**
 * A headword several countries share goes to the country with the most matches of terms only it has
 * (маслихат, тенге → KZ); ties go to the caller's country, then to data-file order.
 */
function resolveSharedTerms(raw: RawMatch[], set: CompiledSet, preferred: string | undefined): RawMatch[] {
  const evidence = new Map<string, number>();
  for (const m of raw) {
    if ((set.sameTerm[m.entry]?.length ?? 0) > 1) continue;
    const country = set.entries[m.entry]?.country ?? '';
    evidence.set(country, (evidence.get(country) ?? 0) + 1);
  }
  const score = (i: number): number => {
    const country = set.entries[i]?.country ?? '';
    return (evidence.get(country) ?? 0) * 2 + (country === preferred ? 1 : 0);
  };
  return raw.map((m) => {
    const candidates = set.sameTerm[m.entry] ?? [];
    if (candidates.length <= 1) return m;
    let best = candidates[0] ?? m.entry;
    for (const c of candidates) if (score(c) > score(best)) best = c;
    return { ...m, entry: best };
  });
}

/** Groups matches by entry, in order of first appearance. */
function toHits(raw: RawMatch[], set: CompiledSet, readerLanguage: string): GlossaryHit[] {
  const hits = new Map<number, GlossaryHit>();
  for (const m of raw) {
    let hit = hits.get(m.entry);
    if (!hit) {
      const entry = set.entries[m.entry] as GlossaryEntry;
      hit = { term: entry.term, country: entry.country, explanation: explain(entry, readerLanguage), matches: [] };
      hits.set(m.entry, hit);
    }
    hit.matches.push({ start: m.start, end: m.end, text: m.text });
  }
  return [...hits.values()];
}

function explain(entry: GlossaryEntry, readerLanguage: string): string {
  const lines: Partial<Record<string, string>> = entry.explanation;
  return lines[readerLanguage] ?? entry.explanation.en;
}
