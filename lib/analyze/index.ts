/**
 * The whole analysis of one article: language, then attribution (quotes, people, sources).
 * Pure: a function of ArticleText, run in the background worker and in the CLI alike.
 */
import { cutNotes } from '../schema/limits';
import type { Analysis, ArticleText } from '../schema';
import { detectLanguage } from './language';
import { analyzeAttribution } from './attribution';
import { findGlossaryTerms } from '../glossary';
import { latinNames } from '../translit';

export interface AnalyzeOptions {
  /** ISO 639-1 language the reader reads best: glossary explanations are written in it. */
  readerLanguage?: string;
}

/** Monotonic clock in both the service worker and Node. */
const now = (): number => globalThis.performance.now();

/**
 * Runs every analyser; a failing analyser leaves its arrays empty and a note, never a crash,
 * so one bug can't cost the reader the rest of the picture.
 */
export function analyzeArticle(article: ArticleText, options: AnalyzeOptions = {}): Analysis {
  const readerLanguage = options.readerLanguage ?? 'en';
  const timings: Record<string, number> = {};
  const notes: string[] = [];
  if (article.truncated && !article.cut?.some((f) => f === 'text' || f === 'blocks')) notes.push('The article text was cut to its first million characters.');
  notes.push(...cutNotes(article));

  let t = now();
  const languageGuess = safely('language', notes, () => detectLanguage(article.text, article.langHint), null);
  timings.language = now() - t;
  const language = languageGuess?.language ?? 'und';
  if (language === 'und' && article.text.trim()) notes.push('The language could not be determined.');

  t = now();
  const attribution = safely('attribution', notes, () => analyzeAttribution(article, language), null);
  timings.attribution = now() - t;

  t = now();
  const glossary = safely('glossary', notes, () => findGlossaryTerms(article.text, language, readerLanguage), []);
  const people = (attribution?.people ?? []).map((p) => ({
    ...p,
    latin: safely('transliteration', notes, () => dedupeLatin(latinNames(p.name, language)), []),
  }));
  timings.glossary = now() - t;

  return {
    version: 1,
    isArticle: article.detection.isArticle,
    detection: article.detection,
    article: {
      title: article.title,
      byline: article.byline,
      published: article.published,
      modified: article.modified,
      publisher: article.publisher,
      url: article.url,
      language,
      text: article.text,
    },
    languageGuess,
    quotes: attribution?.quotes ?? [],
    people,
    references: attribution?.references ?? [],
    sources: attribution?.sources ?? [],
    glossary,
    readerLanguage,
    timings,
    notes,
  };
}

/** Several systems often spell a name alike (Marat Bashimov): show each spelling once. */
function dedupeLatin(names: { system: string; latin: string }[]): { system: string; latin: string }[] {
  const seen = new Set<string>();
  return names.filter((n) => !seen.has(n.latin) && seen.add(n.latin));
}

function safely<T, F>(stage: string, notes: string[], run: () => T, fallback: F): T | F {
  try {
    return run();
  } catch (error) {
    notes.push(`The ${stage} step failed: ${error instanceof Error ? error.message : String(error)}`);
    return fallback;
  }
}
