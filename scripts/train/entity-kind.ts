/**
 * Trains the entity-kind classifier (person / organisation / place / other) of each language and writes
 * its weights to lib/lang/classifier/<code>.json.
 *
 *   npm run train -- [datasets folder] [--language ru|kk] [--no-cv] [--out folder]
 *
 * Hyper-parameters (training passes, and the margin by which another class must lead "person" for a
 * candidate to be dropped) are chosen by cross-validation by document on the training data: each fold's
 * model is trained on the other folds and the attribution engine runs with it on the fold's documents,
 * scored by name-mention span precision and PERSON recall. `--no-cv` reuses the passes and margin
 * recorded in the shipped file and only retrains, which must reproduce that file byte for byte.
 * Only data whose licence lets the weights ship is read (scripts/train/corpora.ts). Prints a table,
 * then one JSON line.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeAttribution } from '../../lib/analyze/attribution';
import { articleFromText } from '../../lib/analyze/plain-text';
import { overrideEntityModel, type EntityModelData } from '../../lib/analyze/attribution/people/entity-kind';
import { emptyMentionTally, scoreMentionsDoc } from '../eval/attribution/mentions';
import { datasetArg, flagValue, printFigures, printTable, type Cell } from '../lib/report';
import { LANGUAGES, readTrainingDocs, SOURCES, type TrainingDoc, type TrainLanguage } from './corpora';
import { examplesOf } from './examples';
import { EPOCH_GRID, serialiseModel, trainModel } from './model';
import type { Example } from './perceptron';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DEFAULT_OUT = path.join(ROOT, 'lib', 'lang', 'classifier');

const FOLDS = 5;
/** Margins tried (mean score per token, weight units); Infinity keeps every candidate. */
const MARGIN_GRID = [0, 2, 4, 6, 8, 12, 16, 24, 32, 48, Infinity];
/** Person recall the chosen margin may cost at most, pooled over the folds. */
const MAX_RECALL_LOSS = 0.005;

interface Score {
  precision: number;
  recall: number;
  /** Harmonic mean of precision and recall: the objective. */
  objective: number;
}

/** What the engine links to persons on `docs`, scored: name-mention span precision and PERSON recall. */
function scoreEngine(language: string, docs: readonly TrainingDoc[]): { right: number; judged: number; found: number; gold: number } {
  const mentions = emptyMentionTally();
  for (const d of docs) {
    const result = analyzeAttribution(articleFromText(d.text), language);
    const spans = result.people.flatMap((p) => (p.mentionSpans ?? []).filter((m) => m.kind === 'name' || m.kind === 'surname').map((m): [number, number] => [m.start, m.end]));
    scoreMentionsDoc(mentions, d.name, d.text, d.persons, spans);
  }
  return { right: mentions.predRight, judged: mentions.predSpans, found: mentions.goldFound, gold: mentions.goldEntities };
}

function toScore(t: { right: number; judged: number; found: number; gold: number }): Score {
  const precision = t.judged ? t.right / t.judged : 0;
  const recall = t.gold ? t.found / t.gold : 0;
  return { precision, recall, objective: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

interface CvResult {
  baseline: Score;
  chosen: { epochs: number; margin: number; score: Score };
  rows: Cell[][];
}

function crossValidate(language: TrainLanguage, docs: readonly TrainingDoc[], examples: readonly Example[][]): CvResult {
  const folds = docs.map((_, i) => i % FOLDS);
  overrideEntityModel(language, null);
  const baseline = toScore(scoreEngine(language, docs));
  const rows: Cell[][] = [];
  let chosen: CvResult['chosen'] | null = null;
  for (const epochs of EPOCH_GRID) {
    const tallies = MARGIN_GRID.map(() => ({ right: 0, judged: 0, found: 0, gold: 0 }));
    for (let f = 0; f < FOLDS; f++) {
      const trainSet = examples.filter((_, i) => folds[i] !== f).flat();
      const held = docs.filter((_, i) => folds[i] === f);
      process.stderr.write(`${language}: ${epochs} passes, fold ${f + 1}/${FOLDS}\n`);
      const base = trainModel(language, SOURCES[language], trainSet, epochs, 0);
      MARGIN_GRID.forEach((margin, m) => {
        overrideEntityModel(language, { ...base, margin });
        const t = scoreEngine(language, held);
        for (const k of ['right', 'judged', 'found', 'gold'] as const) tallies[m]![k] += t[k];
      });
    }
    MARGIN_GRID.forEach((margin, m) => {
      const score = toScore(tallies[m]!);
      rows.push([language, epochs, margin, score.precision, score.recall, score.objective]);
      const allowed = score.recall >= baseline.recall - MAX_RECALL_LOSS;
      if (allowed && (!chosen || score.objective > chosen.score.objective)) chosen = { epochs, margin, score };
    });
  }
  overrideEntityModel(language, undefined);
  return { baseline, chosen: chosen!, rows };
}

function main(): void {
  const argv = process.argv.slice(2);
  // Values of flags are not the folder argument.
  const datasets = datasetArg(argv.filter((a, i) => !['--language', '--out'].includes(argv[i - 1] ?? '')), '');
  const only = flagValue(argv, 'language');
  const out = path.resolve(flagValue(argv, 'out') ?? DEFAULT_OUT);
  const noCv = argv.includes('--no-cv');
  const languages = LANGUAGES.filter((l) => !only || l === only);
  const figures: Record<string, unknown> = {};
  const cvRows: Cell[][] = [];
  const summary: Cell[][] = [];
  mkdirSync(out, { recursive: true });
  for (const language of languages) {
    const started = performance.now();
    const docs = readTrainingDocs(language, datasets);
    const examples = docs.map((d) => examplesOf(language, d));
    const file = path.join(out, `${language}.json`);
    let epochs: number;
    let margin: number;
    let cv: CvResult | null = null;
    if (noCv) {
      const shipped = JSON.parse(readFileSync(path.join(DEFAULT_OUT, `${language}.json`), 'utf8')) as EntityModelData;
      epochs = shipped.epochs;
      margin = shipped.margin ?? Infinity;
    } else {
      cv = crossValidate(language, docs, examples);
      cvRows.push(...cv.rows);
      ({ epochs, margin } = cv.chosen);
    }
    // No margin helped (Infinity): the file keeps the weights, and a null margin keeps every candidate.
    const model = trainModel(language, SOURCES[language], examples.flat(), epochs, margin);
    const json = serialiseModel(model);
    writeFileSync(file, json);
    const features = model.weights ? model.weights.split(' ').length : 0;
    const kb = Buffer.byteLength(json) / 1024;
    summary.push([language, docs.length, examples.flat().length, epochs, margin, features, kb.toFixed(1), ((performance.now() - started) / 1000).toFixed(1)]);
    figures[language] = {
      docs: docs.length,
      examples: examples.flat().length,
      epochs,
      margin,
      features,
      kB: Math.round(kb * 10) / 10,
      ...(cv ? { cvBaseline: roundScore(cv.baseline), cvChosen: roundScore(cv.chosen.score) } : {}),
    };
  }
  if (cvRows.length) {
    console.log('cross-validation by document (engine on held-out folds)');
    printTable(['language', 'epochs', 'margin', 'P', 'R', 'objective'], cvRows);
    console.log('');
  }
  printTable(['language', 'docs', 'examples', 'epochs', 'margin', 'features', 'kB', 's'], summary);
  printFigures(figures);
}

function roundScore(s: Score): Record<string, number> {
  return { precision: round(s.precision), recall: round(s.recall), objective: round(s.objective) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

main();
