/**
 * Scores the attribution engine on a hand-annotated golden set (issue 4): one folder per language,
 * `<lang>/<slug>.txt` beside `<slug>.json` (shape: scripts/eval/attribution/golden.ts).
 *
 *   npx tsx scripts/eval/golden.ts [folder] [--verbose]
 *
 * The folder defaults to tests/fixtures/attribution/golden; a held-out folder of the same format
 * scores the same way. Prints one row per language, the misses with --verbose, and ends with one JSON line.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addTally, emptyTally, figures, GOLDEN_BARS, loadGolden, locateQuotes, scoreAll } from './attribution/golden';
import { datasetArg, printFigures, printTable, type Cell } from '../lib/report';

const DEFAULT_FOLDER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/attribution/golden');

function main(): void {
  const argv = process.argv.slice(2);
  const positional = argv.filter((a) => !a.startsWith('--'));
  const root = positional[0] ? datasetArg(positional, '') : DEFAULT_FOLDER;
  const verbose = argv.includes('--verbose');

  // 1. Read and check the annotations: a substring that is absent or repeated would score by accident.
  const articles = loadGolden(root);
  for (const a of articles) for (const p of locateQuotes(a).problems) process.stderr.write(`warning: ${a.language}/${a.slug}: ${p}\n`);

  // 2. Run and score, per language and overall.
  const byLanguage = scoreAll(articles);
  const total = emptyTally();
  const rows: Cell[][] = [];
  const perLanguage: Record<string, unknown> = {};
  for (const [language, { tally, misses }] of byLanguage) {
    addTally(total, tally);
    const f = figures(tally);
    const pass = f.quoteF1 >= GOLDEN_BARS.quoteF1 && f.speakerAccuracy >= GOLDEN_BARS.speakerAccuracy && f.personRecall >= GOLDEN_BARS.personRecall;
    rows.push([language, tally.articles, tally.goldQuotes, f.quoteRecall, f.quotePrecision, f.quoteF1, f.speakerAccuracy, f.kindAccuracy, f.personRecall, f.roleRecall, f.sourceRecall, pass ? 'yes' : 'no']);
    perLanguage[language] = { ...round(f), articles: tally.articles, quotes: tally.goldQuotes, pass };
    if (verbose) for (const m of misses) console.log(`  ${m.slug}  ${m.what}: ${m.expected}${m.got ? `  — got ${m.got}` : ''}`);
  }
  const all = figures(total);
  rows.push(['all', total.articles, total.goldQuotes, all.quoteRecall, all.quotePrecision, all.quoteF1, all.speakerAccuracy, all.kindAccuracy, all.personRecall, all.roleRecall, all.sourceRecall, '']);

  // 3. Report.
  console.log(`golden set: ${root}  (bar: quote F1 ≥ ${GOLDEN_BARS.quoteF1}, speaker ≥ ${GOLDEN_BARS.speakerAccuracy}, person recall ≥ ${GOLDEN_BARS.personRecall})`);
  printTable(['lang', 'docs', 'quotes', 'q.rec', 'q.prec', 'q.F1', 'speaker', 'kind', 'pers.rec', 'role.rec', 'src.rec', 'bar'], rows);
  printFigures({ eval: 'golden', folder: root, languages: perLanguage, all: round(all) });
}

function round(f: object): Record<string, number> {
  return Object.fromEntries(Object.entries(f).map(([k, v]) => [k, Math.round((v as number) * 1000) / 1000]));
}

main();
