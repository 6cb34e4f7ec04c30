/**
 * Keywords of an article that survive a change of language: names and capitalised terms in
 * Latin letters (Cyrillic transliterated), folded to a short stem, so "Казахстане", "Kazakhstan"
 * and "Қазақстан" meet. Pure and cheap: one pass over the text.
 */
import { STOP_WORDS } from '../lang/stopwords';
import { transliterate } from '../translit';

/** Stems are cut to this many letters: enough to tell words apart, short enough to absorb endings. */
const STEM_LENGTH = 6;
/** Words shorter than this carry little topic (articles, prepositions, short verbs). */
const MIN_WORD_LENGTH = 4;
export const MAX_KEYWORDS = 24;

/** Each language's stop words, stemmed once on first use exactly as article words are. */
const stopStems = new Map<string, ReadonlySet<string>>();

/** The stop stems for an article's language; for an unknown language, every language's. */
export function stopStemsFor(language: string): ReadonlySet<string> {
  const code = language.toLowerCase().split(/[-_]/)[0] ?? '';
  const key = code in STOP_WORDS ? code : '*';
  let stems = stopStems.get(key);
  if (!stems) {
    const words = key === '*' ? Object.values(STOP_WORDS).flat() : STOP_WORDS[key]!;
    stems = new Set(words.map(keywordStem).filter((stem) => stem.length > 0));
    stopStems.set(key, stems);
  }
  return stems;
}

/** Lower-case Latin stem of a word in any supported script. */
export function keywordStem(word: string): string {
  const latin = transliterate(word, 'en-common')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  return latin.slice(0, STEM_LENGTH);
}

/**
 * The article's keywords, most telling first: capitalised words not opening a sentence (names,
 * places, organisations) weigh most, then frequent long words. Title words count double.
 */
export function extractKeywords(text: string, title = '', language = 'und'): string[] {
  const stops = stopStemsFor(language);
  const scores = new Map<string, number>();
  const add = (word: string, weight: number) => {
    if ([...word].length < MIN_WORD_LENGTH) return;
    const stem = keywordStem(word);
    if (stem.length < MIN_WORD_LENGTH || stops.has(stem) || /^\d+$/.test(stem)) return;
    scores.set(stem, (scores.get(stem) ?? 0) + weight);
  };
  const scan = (source: string, factor: number) => {
    for (const m of source.matchAll(/(^|[.!?…]\s+|\n)?([\p{L}][\p{L}\p{M}'’-]*)/gu)) {
      const word = m[2]!;
      const opensSentence = m.index === 0 || m[1] !== undefined;
      const capitalised = /^\p{Lu}/u.test(word);
      add(word, factor * (capitalised && !opensSentence ? 3 : capitalised ? 1 : 0.5));
    }
  };
  scan(title, 2);
  scan(text, 1);
  return [...scores.entries()]
    .filter(([, score]) => score >= 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_KEYWORDS)
    .map(([stem]) => stem);
}
