/**
 * Related-story ranking on same-event articles in several languages: each article is analysed as
 * the extension would (plain text → analysis → history record), the others are its history, and
 * its siblings (the same event in other languages) should be ranked first and other events not at all.
 *
 *   npx tsx scripts/eval/related.ts [folder] [--verbose]     (default tests/fixtures/related)
 *
 * Figures: siblingsFirst (share of articles whose top k results are exactly their k siblings),
 * recallAtK (siblings among the top k), mrr (reciprocal rank of the first sibling), wrongShown
 * (other-event stories the popup would show, at most MAX_RELATED per article).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeArticle } from '../../lib/analyze';
import { articleFromText } from '../../lib/analyze/plain-text';
import { findRelated, historyRecord, MAX_RELATED } from '../../lib/related';
import { projectRoot } from '../lib/chromium';
import { datasetArg, printFigures, printTable } from '../lib/report';

interface Entry {
  id: string;
  event: string;
  language: string;
  title: string;
  url: string;
  published: string | null;
  file: string;
}

const argv = process.argv.slice(2);
const positional = argv.filter((a) => !a.startsWith('--'));
const dir = positional[0] ? datasetArg(argv, '') : path.join(projectRoot, 'tests/fixtures/related');
const verbose = argv.includes('--verbose');

const entries = JSON.parse(readFileSync(path.join(dir, 'articles.json'), 'utf8')) as Entry[];
const records = entries.map((e, i) => {
  const text = readFileSync(path.join(dir, e.file), 'utf8');
  const analysis = analyzeArticle(articleFromText(text, { title: e.title, url: e.url, published: e.published, langHint: e.language }));
  return historyRecord(analysis, i + 1);
});
const byUrl = new Map(entries.map((e) => [e.url, e]));

let siblingsFirst = 0;
let foundAtK = 0;
let siblingsTotal = 0;
let reciprocal = 0;
let wrongShown = 0;
const rows = entries.map((e, i) => {
  const siblings = entries.filter((o) => o.event === e.event && o.id !== e.id);
  const ranked = findRelated(records[i]!, records, MAX_RELATED).map((r) => byUrl.get(r.url)!);
  const k = siblings.length;
  const topK = ranked.slice(0, k);
  const hits = topK.filter((r) => r.event === e.event).length;
  const firstSibling = ranked.findIndex((r) => r.event === e.event);
  const wrong = ranked.filter((r) => r.event !== e.event).length;
  siblingsTotal += k;
  foundAtK += hits;
  if (hits === k) siblingsFirst++;
  if (firstSibling >= 0) reciprocal += 1 / (firstSibling + 1);
  wrongShown += wrong;
  if (verbose) console.log(`${e.id}: keywords ${records[i]!.keywords.join(' ')} | people ${records[i]!.peopleKeys.join(' ')}`);
  return [e.id, e.language, `${hits}/${k}`, firstSibling >= 0 ? firstSibling + 1 : null, wrong, ranked.map((r) => r.id).join(' ') || '–'];
});

printTable(['article', 'lang', 'siblings@k', 'first', 'wrong', 'ranked (as the popup would list them)'], rows);
const n = entries.length;
const round = (x: number) => Math.round(x * 1000) / 1000;
console.log(
  `\n${n} articles, ${new Set(entries.map((e) => e.event)).size} events: siblings first in ${siblingsFirst}/${n}, ` +
    `recall@k ${round(foundAtK / siblingsTotal)}, MRR ${round(reciprocal / n)}, other-event stories shown ${wrongShown}`,
);
printFigures({
  eval: 'related',
  dataset: path.relative(projectRoot, dir) || dir,
  articles: n,
  siblingsFirst: round(siblingsFirst / n),
  recallAtK: round(foundAtK / siblingsTotal),
  mrr: round(reciprocal / n),
  wrongShown,
});
