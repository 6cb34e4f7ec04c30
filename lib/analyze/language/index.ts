/**
 * Language identification for article text, robust on short texts and close languages.
 *
 * Steps: sample the text (a few windows, ~2,000 chars), repair Latin look-alikes typed in Cyrillic
 * words, count letters by Unicode script and keep the dominant script, rank that script's languages
 * with franc's trigram distances, then subtract evidence against each language: letters it never
 * writes (the Russian yery is not Ukrainian, the dotted i is not Russian, schwa is only Kazakh here),
 * spellings its orthography rules out, function words of other languages, and too few of its own
 * marker letters. The page's declared language (`<html lang>`, written in the text's script) breaks
 * near-ties, on a sentence and on a whole page; the winning margin and the text length give the confidence.
 * All letters, words and rules are data in lib/lang/language-id/; this file holds no language knowledge.
 * Pure TypeScript: runs in the background worker, the CLI and tests.
 */
import { francAll } from 'franc';
import type { LanguageGuess } from '../../schema';
import { FUNCTION_WORDS } from '../../lang/language-id/function-words';
import { CYRILLIC_HOMOGLYPHS, LONE_LATIN_I, WORD_APOSTROPHES } from '../../lang/language-id/letters';
import {
  CYRILLIC_APOSTROPHE,
  HINT_ALIASES as DECLARED_ALIASES,
  PROFILES,
  type LanguageProfile,
  type ScriptCode,
} from '../../lang/language-id/profiles';

/** ISO 639-1 codes Byline identifies (each also appears in `lib/lang/language-id/profiles.ts`). */
export const SUPPORTED_LANGUAGES: readonly string[] = [...new Set(PROFILES.map((p) => p.code))];

/** Text looked at: franc itself stops at 2,048 chars, and more text does not change the answer on articles. */
const SAMPLE_CHARS = 2000;
/** Windows spread over a long text, so a Russian lead-in to a Kazakh article (or a long quote) does not decide alone. */
const SAMPLE_WINDOWS = 4;
/** Below this many letters ("OK", emoji) the text says nothing: use the hint or answer "und". */
const MIN_LETTERS = 4;

/**
 * How much each kind of evidence weighs against franc's normalised score (1 = best; on a short
 * sentence the languages of one script spread over 0-0.5, i.e. the score is a share of trigrams).
 * Chosen by `npm run eval:langid -- --tune` on one half of the dev sentences (every other sentence)
 * and reported on the other half, so the figures are not fitted to the sentences they are shown on.
 */
export interface EvidenceWeights {
  /**
   * Each foreign letter (outside a language's alphabet, or in a spelling its orthography rules out)
   * costs `alphabet / letters in the text`: one foreign letter in a 40-letter sentence costs 0.25
   * and overturns franc's usual ru/bg, uk/ru confusions; three letters of a quoted name in a
   * 1,500-letter article cost 0.02.
   */
  alphabet: number;
  /** A function word of other languages counts as this many foreign letters. */
  functionWord: number;
  /**
   * Weight of the missing-marker evidence: the Poisson log-likelihood of seeing so few of a
   * language's marker letters, per letter of text (Kazakh prose without its own letters is unlikely).
   */
  marker: number;
  /** The declared language is worth this many foreign letters... */
  hint: number;
  /** ...counted per letter of at most this many letters, so it still weighs on a whole page. */
  hintLetters: number;
}

export const DEFAULT_WEIGHTS: Readonly<EvidenceWeights> = {
  alphabet: 10,
  functionWord: 1,
  marker: 3,
  hint: 0.5,
  hintLetters: 400,
};

/** Confidence when only the hint speaks (text too short). */
const HINT_ONLY_CONFIDENCE = 0.5;
/** Confidence when the script names the language (Greek, Georgian, Hangul...), scaled down on tiny texts. */
const SCRIPT_CONFIDENCE = 0.99;
/** Margin (combined score units) at which confidence reaches about 63% of the way from 0.5 to 1. */
const MARGIN_SCALE = 0.012;
/** Letters at which length no longer limits confidence. */
const FULL_CONFIDENCE_LETTERS = 30;

const HINT_ALIASES: Readonly<Record<string, string>> = {
  ...DECLARED_ALIASES,
  ...Object.fromEntries(PROFILES.filter((p) => p.franc).map((p) => [p.franc!, p.code])),
};

const JAPANESE = PROFILES.find((p) => p.code === 'ja')!;

const UNDETERMINED: LanguageGuess = { language: 'und', confidence: 0, runnerUp: null, script: 'Zyyy' };

/** A declared language: its supported code and, when the tag says it ("sr-Latn", "uz-Cyrl"), its script. */
interface Hint {
  code: string;
  script: ScriptCode | null;
}

/**
 * The language of `text`. `hint` is what the page declares (`<html lang>`, `og:locale`: 'ru-RU',
 * 'kk', 'en_US'); it counts only when the language is written in the text's script, and decides
 * only when the text is too short or the text's evidence is nearly tied. Never throws.
 */
export function detectLanguage(text: string, hint?: string | null): LanguageGuess {
  return detectLanguageWeighted(text, hint, DEFAULT_WEIGHTS);
}

/** `detectLanguage` with other evidence weights: for the evaluation's tuning on held-out halves. */
export function detectLanguageWeighted(text: string, hint: string | null | undefined, weights: EvidenceWeights): LanguageGuess {
  try {
    return detect(typeof text === 'string' ? text : '', parseHint(hint), weights);
  } catch {
    return { ...UNDETERMINED };
  }
}

/** The primary subtag of a declared language as a supported ISO 639-1 code, or null. */
export function normalizeHint(hint: string | null | undefined): string | null {
  return parseHint(hint)?.code ?? null;
}

const SCRIPT_SUBTAG = /[-_]([A-Za-z]{4})(?=[-_]|\s*$)/;

function parseHint(hint: string | null | undefined): Hint | null {
  if (typeof hint !== 'string') return null;
  const primary = /^\s*([a-z]{2,3})(?:[-_]|\s*$)/i.exec(hint)?.[1]?.toLowerCase();
  if (!primary) return null;
  const code = HINT_ALIASES[primary] ?? primary;
  if (!SUPPORTED_LANGUAGES.includes(code)) return null;
  const subtag = SCRIPT_SUBTAG.exec(hint)?.[1];
  const script = subtag ? ((subtag[0]!.toUpperCase() + subtag.slice(1).toLowerCase()) as ScriptCode) : null;
  return { code, script };
}

/** Whether a declared language can be the language of text in `script`. */
function hintFits(hint: Hint, script: ScriptCode): boolean {
  if (hint.script && hint.script !== script && !(hint.script === 'Jpan' && script === 'Hani')) return false;
  return PROFILES.some((p) => p.code === hint.code && (p.script === script || (p.script === 'Jpan' && script === 'Hani')));
}

interface Scored {
  profile: LanguageProfile;
  score: number;
}

function detect(text: string, declared: Hint | null, weights: EvidenceWeights): LanguageGuess {
  const sample = repairHomoglyphs(sampleText(text));
  const letters = countLetters(sample);
  if (letters.total < MIN_LETTERS) return fromHintOnly(declared, letters.script);
  // A page declared in another script than its text (a Russian article under lang="en") says nothing about it.
  const hint = declared && hintFits(declared, letters.script) ? declared.code : null;

  const candidates = PROFILES.filter((p) => p.script === letters.script);
  if (candidates.length === 0) return fromHintOnly(declared, letters.script);
  // Japanese written in kanji only looks Chinese; a page that says it is Japanese is believed.
  if (letters.script === 'Hani' && hint === 'ja') return fromScriptOnly(JAPANESE, letters.total);
  if (candidates.length === 1) return fromScriptOnly(candidates[0]!, letters.total);

  const scored = scoreWithFranc(letters.scriptText, candidates);
  penaliseForeignLetters(scored, letters, weights);
  penaliseMissingMarkers(scored, letters, weights);
  favourHint(scored, hint, letters.total, weights);
  scored.sort((a, b) => b.score - a.score);
  return toGuess(scored, letters);
}

// ---------------------------------------------------------------- sampling

/** The whole text when short, else SAMPLE_WINDOWS windows spread evenly, cut at spaces. */
function sampleText(text: string): string {
  if (text.length <= SAMPLE_CHARS) return text;
  const width = Math.floor(SAMPLE_CHARS / SAMPLE_WINDOWS);
  const step = (text.length - width) / (SAMPLE_WINDOWS - 1);
  const parts: string[] = [];
  for (let i = 0; i < SAMPLE_WINDOWS; i++) {
    let start = Math.floor(i * step);
    let end = start + width;
    // Move to word boundaries so no window starts or ends mid-word (a half word is a wrong trigram).
    if (start > 0) {
      const space = text.indexOf(' ', start);
      if (space !== -1 && space < end) start = space + 1;
    }
    const lastSpace = text.lastIndexOf(' ', end);
    if (end < text.length && lastSpace > start) end = lastSpace;
    parts.push(text.slice(start, end));
  }
  return parts.join(' \n ');
}

// ---------------------------------------------------------------- scripts and letters

interface LetterCounts {
  /** The script with most letters ('Zyyy' when there are none). */
  script: ScriptCode;
  /** Letters in that script (plus Cyrillic apostrophes). */
  total: number;
  /** Lowercase letter → count, for letters of the dominant script. */
  histogram: Map<string, number>;
  /** The sample with letters of other scripts blanked, for franc. */
  scriptText: string;
  /** `scriptText` in lower case, for spelling rules. */
  lowerText: string;
  /** Function words seen: the languages they belong to → how many. */
  functionWords: Map<readonly string[], number>;
}

/** Function word → the languages it belongs to, built once. */
const FUNCTION_WORD_INDEX = new Map<string, readonly string[]>(
  FUNCTION_WORDS.flatMap((g) => g.words.map((w) => [w, g.languages] as const)),
);
const WORD = /[\p{L}]+/gu;

function countFunctionWords(lowerText: string): Map<readonly string[], number> {
  const seen = new Map<readonly string[], number>();
  for (const [word] of lowerText.matchAll(WORD)) {
    const languages = FUNCTION_WORD_INDEX.get(word);
    if (languages) seen.set(languages, (seen.get(languages) ?? 0) + 1);
  }
  return seen;
}

/** The script of one code point, for letters only (callers check \p{L} first). */
function scriptOf(cp: number): ScriptCode {
  if (cp < 0x0250 || (cp >= 0x1e00 && cp <= 0x1eff)) return 'Latn';
  if (cp >= 0x0400 && cp <= 0x052f) return 'Cyrl';
  if (cp >= 0x0370 && cp <= 0x03ff) return 'Grek';
  if (cp >= 0x0530 && cp <= 0x058f) return 'Armn';
  if (cp >= 0x0590 && cp <= 0x05ff) return 'Hebr';
  if ((cp >= 0x0600 && cp <= 0x06ff) || (cp >= 0x0750 && cp <= 0x077f) || (cp >= 0xfb50 && cp <= 0xfeff)) return 'Arab';
  if (cp >= 0x0900 && cp <= 0x097f) return 'Deva';
  if (cp >= 0x0e00 && cp <= 0x0e7f) return 'Thai';
  if (cp >= 0x10a0 && cp <= 0x10ff) return 'Geor';
  if ((cp >= 0xac00 && cp <= 0xd7af) || (cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0x3130 && cp <= 0x318f)) return 'Hang';
  if (cp >= 0x3040 && cp <= 0x30ff) return 'Jpan';
  if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf)) return 'Hani';
  return 'Zyyy';
}

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
/**
 * Latin letters count half when choosing the text's script: Latin inside other scripts is mostly
 * names, brands and share buttons ("Share to Twitter"), while Latin text seldom carries much of another script.
 */
const LATIN_SCRIPT_WEIGHT = 0.5;
const HOMOGLYPH_CLASS = `[${Object.keys(CYRILLIC_HOMOGLYPHS).join('')}]`;
const HOMOGLYPH_IN_CYRILLIC_WORD = new RegExp(`(?<=\\p{Script=Cyrillic})${HOMOGLYPH_CLASS}|${HOMOGLYPH_CLASS}(?=\\p{Script=Cyrillic})`, 'gu');
const LONE_I = new RegExp(`(?<![\\p{L}\\p{N}])${LONE_LATIN_I.latin}(?![\\p{L}\\p{N}])`, 'gu');
const ANY_CYRILLIC = /\p{Script=Cyrillic}/u;
const ANY_HOMOGLYPH = new RegExp(HOMOGLYPH_CLASS, 'u');
const APOSTROPHES = new Set(WORD_APOSTROPHES);

/** Puts Cyrillic letters back where Latin look-alikes were typed; the text is otherwise unchanged. */
function repairHomoglyphs(sample: string): string {
  if (!ANY_CYRILLIC.test(sample) || !ANY_HOMOGLYPH.test(sample)) return sample;
  let repaired = sample.replace(HOMOGLYPH_IN_CYRILLIC_WORD, (ch) => CYRILLIC_HOMOGLYPHS[ch] ?? ch);
  const cyrillic = repaired.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = repaired.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (cyrillic > latin) repaired = repaired.replace(LONE_I, LONE_LATIN_I.cyrillic);
  return repaired;
}

/** \p{L}, answered from the code for Basic Latin and the Cyrillic letters U+0400–U+0481 (most of any sample). */
function isLetter(ch: string): boolean {
  const cp = ch.charCodeAt(0);
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  if (cp >= 0x400 && cp <= 0x481) return true;
  return LETTER.test(ch);
}

/** Lowercase forms of letters seen, so a sample does not make a new one-letter string per letter. */
const LOWER_LETTERS = new Map<string, string>();
/** Bounded: Han text alone has tens of thousands of letters. */
const MAX_LOWER_LETTERS = 4096;

function lowerLetter(ch: string): string {
  let lower = LOWER_LETTERS.get(ch);
  if (lower === undefined) {
    lower = ch.toLowerCase();
    if (LOWER_LETTERS.size >= MAX_LOWER_LETTERS) LOWER_LETTERS.clear();
    LOWER_LETTERS.set(ch, lower);
  }
  return lower;
}

function countLetters(sample: string): LetterCounts {
  const perScript = new Map<ScriptCode, number>();
  const chars = Array.from(sample);
  let previous: ScriptCode | null = null;
  const scripts: (ScriptCode | null)[] = chars.map((ch) => {
    if (!isLetter(ch)) {
      // Vowel signs and other marks belong to the letter before them: Devanagari or Thai
      // written with marks is otherwise undercounted against a few Latin words.
      if (previous && previous !== 'Latn' && MARK.test(ch)) perScript.set(previous, (perScript.get(previous) ?? 0) + 1);
      else previous = null;
      return null;
    }
    const s = scriptOf(ch.codePointAt(0)!);
    perScript.set(s, (perScript.get(s) ?? 0) + 1);
    previous = s;
    return s;
  });
  const script = dominantScript(perScript);

  const histogram = new Map<string, number>();
  let total = 0;
  const kept: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const s = scripts[i];
    if (s === null) {
      // An apostrophe between two Cyrillic letters is a letter of Ukrainian and Belarusian.
      if (script === 'Cyrl' && APOSTROPHES.has(ch) && scripts[i - 1] === 'Cyrl' && scripts[i + 1] === 'Cyrl') {
        histogram.set(CYRILLIC_APOSTROPHE, (histogram.get(CYRILLIC_APOSTROPHE) ?? 0) + 1);
        total++;
      }
      kept.push(ch);
    } else if (s === script || (script === 'Jpan' && s === 'Hani')) {
      const lower = lowerLetter(ch);
      histogram.set(lower, (histogram.get(lower) ?? 0) + 1);
      total++;
      kept.push(ch);
    } else {
      kept.push(' ');
    }
  }
  const scriptText = kept.join('');
  const lowerText = scriptText.toLowerCase();
  return { script, total, histogram, scriptText, lowerText, functionWords: countFunctionWords(lowerText) };
}

/** The script with most letters; any kana makes Han text Japanese. */
function dominantScript(perScript: Map<ScriptCode, number>): ScriptCode {
  const kana = perScript.get('Jpan') ?? 0;
  if (kana > 0) {
    perScript.set('Jpan', kana + (perScript.get('Hani') ?? 0));
    perScript.delete('Hani');
  }
  let best: ScriptCode = 'Zyyy';
  let bestCount = 0;
  for (const [s, count] of perScript) {
    const n = s === 'Latn' ? count * LATIN_SCRIPT_WEIGHT : count;
    if (s !== 'Zyyy' && n > bestCount) {
      best = s;
      bestCount = n;
    }
  }
  return best;
}

// ---------------------------------------------------------------- scoring

/** franc's normalised scores (1 for the closest language) for the candidates of one script. */
function scoreWithFranc(text: string, candidates: LanguageProfile[]): Scored[] {
  const byFranc = new Map(candidates.map((p) => [p.franc!, p]));
  const ranked = francAll(text, { only: [...byFranc.keys()], minLength: 1 });
  const scored: Scored[] = [];
  for (const [code, score] of ranked) {
    const profile = byFranc.get(code);
    if (profile) scored.push({ profile, score });
  }
  // franc answers "und" when it finds nothing; keep every candidate in play at an equal score.
  if (scored.length === 0) for (const profile of candidates) scored.push({ profile, score: 0 });
  return scored;
}

/** Subtracts `weights.alphabet` × the share of letters each language's alphabet or spelling rules out. */
function penaliseForeignLetters(scored: Scored[], letters: LetterCounts, weights: EvidenceWeights): void {
  for (const s of scored) {
    if (!s.profile.alphabet) continue;
    let foreign = 0;
    for (const [ch, n] of letters.histogram) if (!s.profile.alphabet.includes(ch)) foreign += n;
    for (const rule of s.profile.forbidden ?? []) foreign += countMatches(letters.lowerText, rule.pattern);
    for (const [languages, n] of letters.functionWords) if (!languages.includes(s.profile.code)) foreign += weights.functionWord * n;
    s.score -= (weights.alphabet * foreign) / letters.total;
  }
}

/**
 * Subtracts `weights.marker` × the Poisson log-likelihood ratio of the marker letters seen against
 * those expected: Kazakh prose without its own letters, or Russian without its yery and e-umlaut, is unlikely.
 */
function penaliseMissingMarkers(scored: Scored[], letters: LetterCounts, weights: EvidenceWeights): void {
  for (const s of scored) {
    for (const markers of s.profile.markers ?? []) {
      const expected = markers.rate * letters.total;
      let seen = 0;
      for (const ch of markers.letters) seen += letters.histogram.get(ch) ?? 0;
      if (seen >= expected) continue;
      const deficit = seen === 0 ? expected : expected - seen - seen * Math.log(expected / seen);
      s.score -= (weights.marker * deficit) / letters.total;
    }
  }
}

function countMatches(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text)) n++;
  return n;
}

/**
 * The declared language gains what `weights.hint` foreign letters cost, counted over at most
 * `weights.hintLetters` letters: on a sentence it breaks near-ties, on a page it still tips a close
 * call between neighbours (sr/mk, ru/bg) without outweighing a clear lead of the text.
 */
function favourHint(scored: Scored[], hint: string | null, total: number, weights: EvidenceWeights): void {
  if (!hint) return;
  const bonus = (weights.alphabet * weights.hint) / Math.min(total, weights.hintLetters);
  for (const s of scored) if (s.profile.code === hint) s.score += bonus;
}

// ---------------------------------------------------------------- answers

function toGuess(scored: Scored[], letters: LetterCounts): LanguageGuess {
  const [top, second] = scored;
  if (!top) return { ...UNDETERMINED, script: letters.script };
  const margin = second ? top.score - second.score : 1;
  const separation = 1 - Math.exp(-margin / MARGIN_SCALE);
  const lengthFactor = Math.min(1, letters.total / FULL_CONFIDENCE_LETTERS);
  const confidence = 0.5 * (1 + separation) * (0.5 + 0.5 * lengthFactor);
  return {
    language: top.profile.code,
    confidence: round(confidence),
    runnerUp: second && second.profile.code !== top.profile.code ? second.profile.code : null,
    script: letters.script,
  };
}

function fromScriptOnly(profile: LanguageProfile, total: number): LanguageGuess {
  const lengthFactor = Math.min(1, total / FULL_CONFIDENCE_LETTERS);
  return {
    language: profile.code,
    confidence: round(SCRIPT_CONFIDENCE * (0.5 + 0.5 * lengthFactor)),
    runnerUp: null,
    script: profile.code === 'ja' ? 'Jpan' : profile.script,
  };
}

/** Too little text: the hint if it is written in the text's script (or there is no script), else "und". */
function fromHintOnly(hint: Hint | null, script: ScriptCode): LanguageGuess {
  const fits = hint !== null && (script === 'Zyyy' || hintFits(hint, script));
  if (!fits) return { ...UNDETERMINED, script };
  return { language: hint.code, confidence: HINT_ONLY_CONFIDENCE, runnerUp: null, script };
}

function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 1000) / 1000;
}
