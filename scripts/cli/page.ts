/**
 * One saved page (or text file) to one Analysis: prepared (prepare.ts: read, decode, parse, detect,
 * extract), then analysed. The same functions run in the main thread and in workers.
 */
import { analyzeArticle } from '../../lib/analyze';
import { Analysis } from '../../lib/schema';
import { preparePage, type PageTask, type PreparedPage } from './prepare';

export { PageError, MAX_INPUT_BYTES, type PageTask, type PreparedPage } from './prepare';

export function analyzePage(task: PageTask): Analysis {
  return analyzePrepared(preparePage(task));
}

export function analyzePrepared({ article, notes }: PreparedPage): Analysis {
  const analysis = Analysis.parse(analyzeArticle(article));
  analysis.notes.unshift(...notes);
  return analysis;
}
