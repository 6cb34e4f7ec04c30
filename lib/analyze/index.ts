/**
 * The whole analysis of one article: language, then attribution (quotes, people, sources).
 * Pure: a function of ArticleText, run in the background worker and in the CLI alike.
 */
import type { Analysis, ArticleText } from '../schema';
import { detectLanguage } from './language';
import { analyzeAttribution } from './attribution';

/** Monotonic clock in both the service worker and Node. */
const now = (): number => globalThis.performance.now();

/**
 * Runs every analyser; a failing analyser leaves its arrays empty and a note, never a crash,
 * so one bug can't cost the reader the rest of the picture.
 */
export function analyzeArticle(article: ArticleText): Analysis {
  const timings: Record<string, number> = {};
  const notes: string[] = [];
  if (article.truncated) notes.push('The article text was cut to its first million characters.');

  let t = now();
  const languageGuess = safely('language', notes, () => detectLanguage(article.text, article.langHint), null);
  timings.language = now() - t;
  const language = languageGuess?.language ?? 'und';
  if (language === 'und' && article.text.trim()) notes.push('The language could not be determined.');

  t = now();
  const attribution = safely('attribution', notes, () => analyzeAttribution(article, language), null);
  timings.attribution = now() - t;

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
    people: attribution?.people ?? [],
    references: attribution?.references ?? [],
    sources: attribution?.sources ?? [],
    timings,
    notes,
  };
}

function safely<T, F>(stage: string, notes: string[], run: () => T, fallback: F): T | F {
  try {
    return run();
  } catch (error) {
    notes.push(`The ${stage} step failed: ${error instanceof Error ? error.message : String(error)}`);
    return fallback;
  }
}
