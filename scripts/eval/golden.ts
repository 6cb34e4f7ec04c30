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
import {
  addPositionTally,
  addTally,
  emptyPositionTally,
  emptyTally,
  figures,
  GOLDEN_BARS,
  loadGolden,
  locateQuotes,
  positionFigures,
  positionProblems,
  runEngine,
  scoreAll,
  scorePositions,
  type PositionFigures,
  type PositionTally,
} from './attribution/golden';
import { datasetArg, printFigures, printTable, type Cell } from '../lib/report';

const DEFAULT_FOLDER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/attribution/golden');

function main(): void {
  const argv = process.argv.slice(2);
  const positional = argv.filter((a) => !a.startsWith('--'));
  const root = positional[0] ? datasetArg(positional, '') : DEFAULT_FOLDER;
  const verbose = argv.includes('--verbose');

  // 1. Read and check the annotations: a substring that is absent or repeated would score by accident.
  const articles = loadGolden(root);
  for (const a of articles) for (const p of [...locateQuotes(a).problems, ...positionProblems(a)]) process.stderr.write(`warning: ${a.language}/${a.slug}: ${p}\n`);

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

  // 3. By position, on the articles annotated with positions (quotes at 30% / 80% both ways, mention precision).
  const positions = new Map<string, PositionTally>();
  const positionTotal = emptyPositionTally();
  for (const a of articles) {
    const scored = scorePositions(a, runEngine(a));
    if (!scored) continue;
    const t = positions.get(a.language) ?? emptyPositionTally();
    addPositionTally(t, scored.tally);
    addPositionTally(positionTotal, scored.tally);
    positions.set(a.language, t);
    if (verbose) for (const m of scored.misses) console.log(`  ${m}`);
  }
  const positionRow = (l: string, f: PositionFigures): Cell[] => [l, f.articles, f.quotes, f.found30.f1, f.found80.f1, f.namePrecision, f.titlePrecision, f.nameRecall, f.titleRecall];

  // 4. Report.
  console.log(`golden set: ${root}  (bar: quote F1 ≥ ${GOLDEN_BARS.quoteF1}, speaker ≥ ${GOLDEN_BARS.speakerAccuracy}, person recall ≥ ${GOLDEN_BARS.personRecall})`);
  printTable(['lang', 'docs', 'quotes', 'q.rec', 'q.prec', 'q.F1', 'speaker', 'kind', 'pers.rec', 'role.rec', 'src.rec', 'bar'], rows);
  console.log('\nby position (README definitions; articles annotated with positions):');
  printTable(
    ['lang', 'docs', 'quotes', 'F1@0.3', 'F1@0.8both', 'name P', 'title P', 'name R', 'title R'],
    [...[...positions].map(([l, t]) => positionRow(l, positionFigures(t))), positionRow('all', positionFigures(positionTotal))],
  );
  const positionJson = (f: PositionFigures) => ({
    articles: f.articles,
    quotes: f.quotes,
    f1At30: round3(f.found30.f1),
    f1At80both: round3(f.found80.f1),
    namePrecision: round3(f.namePrecision),
    titlePrecision: round3(f.titlePrecision),
    nameRecall: round3(f.nameRecall),
    titleRecall: round3(f.titleRecall),
  });
  printFigures({
    eval: 'golden',
    folder: root,
    languages: perLanguage,
    all: round(all),
    positions: { all: positionJson(positionFigures(positionTotal)), languages: Object.fromEntries([...positions].map(([l, t]) => [l, positionJson(positionFigures(t))])) },
  });
}

function round3(v: number | null): number | null {
  return v === null ? null : Math.round(v * 1000) / 1000;
}

function round(f: object): Record<string, number> {
  return Object.fromEntries(Object.entries(f).map(([k, v]) => [k, Math.round((v as number) * 1000) / 1000]));
}

main();
