/**
 * Attribution evaluation: runs lib/analyze/attribution on four public corpora and scores it with
 * the metrics of ../shared/datasets/README.md.
 *
 *   npm run eval:attribution -- [folder] [--corpus polnear|nerel|factrueval|kaznerd|golden]
 *                               [--limit N] [--split dev|train] [--verbose] [--examples N] [--engine module.ts]
 *
 * With no folder, every dev set runs (PolNeAR dev and train, NEREL dev and train, factRuEval, KazNERD,
 * the golden set of tests/fixtures/attribution/golden), one table each, then a per-rule table: how
 * often each rule id of the output fired and its precision where a dataset can judge it.
 * Ends with one JSON line.
 * Readers and scorers live in ./attribution/ (each testable on hand-made snippets).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { articleFromText } from '../../lib/analyze/plain-text';
import { datasetArg, flagValue, printFigures, printTable, type Cell } from '../lib/report';
import {
  loadEngine,
  personSpans,
  predictedPairs,
  predictedQuotes,
  titleSpans,
  type AnalyzeAttribution,
  type AttributionResult,
} from './attribution/engine';
import { readFactRuEval } from './attribution/factrueval';
import { buildDocuments, parseIob2 } from './attribution/kaznerd';
import { emptyMentionTally, scoreMentionsDoc, type MentionTally } from './attribution/mentions';
import { readNerel } from './attribution/nerel';
import { emptyPairTally, roleStems, scorePairsDoc, type PairTally } from './attribution/pairs';
import { emptyPolnearTally, polnearArticles, readPolnear, scorePolnearDoc, THRESHOLDS, type PolnearTally, type SpeakerTally } from './attribution/polnear';
import { countOffsetMismatches, parseBrat } from './attribution/brat';
import { overlapsAny, prf, round, stem, tokenize, type Prf, type Range } from './attribution/text';
import {
  addPositionTally,
  addTally,
  cover,
  emptyPositionTally,
  emptyTally,
  figures as goldenFigures,
  loadGolden,
  locateQuotes,
  MIN_COVER,
  positionFigures,
  sameName,
  sameSource,
  scoreArticle,
  scorePositions,
  type PositionFigures,
  type PositionTally,
  type Predicted,
} from './attribution/golden';
import { emptyMentionPrecision, scoreMentionPrecision, type MentionPrecisionTally } from './attribution/mention-precision';
import { emptyRuleTally, printRuleTable, recordRule, ruleFigures, type RuleTally } from './attribution/rule-table';

const CORPORA = ['polnear', 'nerel', 'factrueval', 'kaznerd', 'golden'] as const;
type Corpus = (typeof CORPORA)[number];

/** Default folders under ../shared/datasets/. */
const DEFAULT_FOLDERS: Record<Corpus, string> = {
  polnear: 'polnear',
  nerel: 'nerel',
  factrueval: 'factrueval/devset',
  kaznerd: 'kaznerd',
  golden: '',
};

/** The golden set lives in the project (tests/fixtures), not under ../shared/datasets. */
const GOLDEN_FOLDER = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../tests/fixtures/attribution/golden');

/** Corpora with a train split that the default run scores too (all splits here are development data). */
const SPLIT_CORPORA: readonly Corpus[] = ['polnear', 'nerel'];

/** Bars the project set itself, and the published peers on the same metric. */
const BARS = {
  polnearSpeechF1: 0.85,
  polnearSpeaker: 0.85,
  occupationF1: 0.7,
  kaznerdPersonRecall: 0.85,
};
const PEERS = {
  polnearSpeechF1: 'GGT 0.837',
  polnearSpeechF1At80: 'GGT 0.761',
  polnearSpeaker: 'GGT 0.86',
  factruevalOccupationF1: 'best 0.662',
  factruevalPersonF1: 'NER 0.913 (exact spans)',
};

/** KazNERD sentences per pseudo-document: about a short news item. */
const KAZNERD_SENTENCES_PER_DOC = 20;
const DEFAULT_EXAMPLES = 8;

/** Flags that take a value, so their value is not mistaken for the folder. */
const VALUE_FLAGS = ['corpus', 'limit', 'split', 'examples', 'engine'];

interface Options {
  limit: number;
  split: string;
  verbose: boolean;
  examples: number;
  /** Per-rule counts over every dataset of the run, and the column this dataset fills. */
  rules: RuleTally;
  dataset: string;
}

interface CorpusReport {
  figures: Record<string, unknown>;
  print: () => void;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const options = readOptions(argv);
  const targets = resolveTargets(argv);

  const engine = await loadEngine(flagValue(argv, 'engine'));
  if (typeof engine === 'string') {
    process.stderr.write(`error: ${engine}\n`);
    process.exit(1);
  }

  const figures: Record<string, unknown> = {};
  for (const { corpus, folder, split, key } of targets) {
    const started = performance.now();
    const report = RUNNERS[corpus](folder, engine, { ...options, split: split ?? options.split, dataset: key });
    console.log(`\n== ${key} — ${folder}${split ? ` (${split})` : ''} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    report.print();
    figures[key] = report.figures;
  }
  console.log('\n== rules (every dataset of this run)');
  printRuleTable(options.rules, targets.map((t) => t.key));
  figures.rules = ruleFigures(options.rules);
  printFigures(figures);
}

// ---------------------------------------------------------------------------------------------
// Arguments

function readOptions(argv: string[]): Options {
  const limit = Number(flagValue(argv, 'limit') ?? Infinity);
  return {
    limit: Number.isFinite(limit) && limit > 0 ? limit : Infinity,
    split: flagValue(argv, 'split') ?? 'dev',
    verbose: argv.includes('--verbose') || argv.includes('-v'),
    examples: Number(flagValue(argv, 'examples') ?? DEFAULT_EXAMPLES),
    rules: emptyRuleTally(),
    dataset: '',
  };
}

interface Target {
  corpus: Corpus;
  folder: string;
  /** Split to read (dev splits keep the corpus name as their key: figures stay comparable). */
  split?: string;
  key: string;
}

function defaultTarget(corpus: Corpus, split?: string): Target {
  const folder = corpus === 'golden' ? GOLDEN_FOLDER : datasetArg([], DEFAULT_FOLDERS[corpus]);
  return { corpus, folder, split, key: split && split !== 'dev' ? `${corpus}${split[0]!.toUpperCase()}${split.slice(1)}` : corpus };
}

function resolveTargets(argv: string[]): Target[] {
  const positional = argv.filter((a, i) => {
    if (a.startsWith('-')) return false;
    const prev = argv[i - 1];
    return !(prev && VALUE_FLAGS.some((f) => prev === `--${f}`));
  });
  const named = flagValue(argv, 'corpus') as Corpus | undefined;
  if (named && !CORPORA.includes(named)) {
    process.stderr.write(`error: --corpus must be one of ${CORPORA.join(', ')}\n`);
    process.exit(2);
  }
  const split = flagValue(argv, 'split');
  if (positional.length === 0) {
    const corpora = named ? [named] : [...CORPORA];
    return corpora.flatMap((corpus) =>
      SPLIT_CORPORA.includes(corpus) ? (split ? [split] : ['dev', 'train']).map((s) => defaultTarget(corpus, s)) : [defaultTarget(corpus)],
    );
  }
  const folder = datasetArg(positional, '');
  const corpus = named ?? detectCorpus(folder);
  if (!corpus) {
    process.stderr.write(`error: cannot tell which corpus ${folder} is; pass --corpus ${CORPORA.join('|')}\n`);
    process.exit(2);
  }
  return [{ corpus, folder, split, key: corpus }];
}

/** Recognises a corpus by the files it holds. */
function detectCorpus(folder: string): Corpus | null {
  if (statSync(folder).isFile()) return /iob/i.test(folder) ? 'kaznerd' : null;
  const has = (p: string) => existsSync(path.join(folder, p));
  const files = readdirSync(folder);
  if (readdirSync(folder).some((d) => existsSync(path.join(folder, d)) && statSync(path.join(folder, d)).isDirectory() && readdirSync(path.join(folder, d)).some((f) => f.endsWith('.json')))) return 'golden';
  if (has('IOB2_valid.txt') || files.some((f) => /^IOB2.*\.txt$/.test(f))) return 'kaznerd';
  if (has('devset') || files.some((f) => f.endsWith('.facts'))) return 'factrueval';
  if (has('attributions') || has('data/dev/attributions') || has('dev/attributions')) return 'polnear';
  if (has('NEREL-v1.1') || files.some((f) => f.endsWith('_text.ann')) || has('dev')) return 'nerel';
  return null;
}

function firstExisting(candidates: string[]): string | null {
  return candidates.find((c) => existsSync(c)) ?? null;
}

// ---------------------------------------------------------------------------------------------
// Running the engine

interface RunStats {
  docs: number;
  failures: number;
  ms: number;
}

/** Runs the engine on one text; a crash counts as a failure with an empty result, never aborts the run. */
function run(engine: AnalyzeAttribution, text: string, language: string, stats: RunStats): AttributionResult {
  const t = performance.now();
  stats.docs++;
  try {
    return engine(articleFromText(text), language);
  } catch (error) {
    stats.failures++;
    if (stats.failures <= 3) process.stderr.write(`engine failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    return { quotes: [], people: [], references: [], sources: [] };
  } finally {
    stats.ms += performance.now() - t;
  }
}

const newStats = (): RunStats => ({ docs: 0, failures: 0, ms: 0 });

function statsFigures(stats: RunStats) {
  return { docs: stats.docs, failures: stats.failures, msPerDoc: round(stats.ms / Math.max(1, stats.docs), 2) };
}

// ---------------------------------------------------------------------------------------------
// Corpora

const RUNNERS: Record<Corpus, (folder: string, engine: AnalyzeAttribution, options: Options) => CorpusReport> = {
  polnear: runPolnear,
  nerel: runNerel,
  factrueval: runFactRuEval,
  kaznerd: runKaznerd,
  golden: runGolden,
};

function runPolnear(folder: string, engine: AnalyzeAttribution, options: Options): CorpusReport {
  const split = firstExisting([
    folder,
    path.join(folder, 'data', options.split),
    path.join(folder, options.split),
  ].filter((d) => existsSync(path.join(d, 'attributions'))));
  if (!split) throw new Error(`no attributions/ folder under ${folder}`);

  const tally = emptyPolnearTally();
  const stats = newStats();
  let offsetMismatches = 0;
  for (const { name, textFile, annFile } of polnearArticles(split).slice(0, options.limit)) {
    const text = readFileSync(textFile, 'utf8');
    const ann = readFileSync(annFile, 'utf8');
    offsetMismatches += countOffsetMismatches(parseBrat(ann), text);
    const gold = readPolnear(text, ann);
    const result = run(engine, text, 'en', stats);
    const judged = scorePolnearDoc(tally, name, text, gold, predictedQuotes(result));
    result.quotes.forEach((q, i) => {
      recordRule(options.rules, q.rule, options.dataset, judged[i]!.right);
      if (q.speaker || q.speakerRef) recordRule(options.rules, q.speakerRule, options.dataset, judged[i]!.speakerRight);
    });
    recordUnjudged(options, result, { quotes: false });
  }
  return polnearReport(tally, stats, offsetMismatches, options);
}

function polnearReport(tally: PolnearTally, stats: RunStats, offsetMismatches: number, options: Options): CorpusReport {
  const rows = THRESHOLDS.flatMap((t) => {
    const c = tally.byThreshold[String(t)]!;
    const speech = prf(c.predRight, tally.predicted, c.speechFound, tally.gold.speech);
    const all = prf(c.predRight, tally.predicted, c.allFound, tally.gold.all);
    return [
      { label: `speech attributions @${t}`, t, kind: 'speech', m: speech, gold: tally.gold.speech },
      { label: `all attributions @${t}`, t, kind: 'all', m: all, gold: tally.gold.all },
    ];
  });
  for (const [kind, found, gold] of [['speech', tally.strict.speechFound, tally.gold.speech], ['all', tally.strict.allFound, tally.gold.all]] as const) {
    rows.push({ label: `${kind} attributions @0.8 both ways`, t: 0.8, kind: `${kind}-both`, m: prf(tally.strict.predRight, tally.predicted, found, gold), gold });
  }
  const frag = tally.fragments;
  rows.push({
    label: 'speech @0.3, fragments (diagnostic)',
    t: 0.3,
    kind: 'speech-fragments',
    m: prf(frag.predRight, tally.predicted, frag.speechFound, tally.gold.speech),
    gold: tally.gold.speech,
  });
  const acc = (s: SpeakerTally) => ({ accuracy: round(s.eligible ? s.right / s.eligible : null), n: s.eligible, noSpeaker: s.none });
  const speaker = { ...acc(tally.speaker), direct: acc(tally.speaker.direct), indirect: acc(tally.speaker.indirect) };
  const figures: Record<string, unknown> = {
    ...statsFigures(stats),
    gold: tally.gold,
    predicted: tally.predicted,
    predictedByKind: tally.predictedByKind,
    offsetMismatches,
    speaker,
    predTokensInContent: round(tally.predTokens ? tally.predTokensInContent / tally.predTokens : null),
  };
  for (const r of rows) figures[`${r.kind}@${r.t}`] = prfFigures(r.m);

  return {
    figures,
    print: () => {
      printTable(
        ['quotes (P over all Contents)', 'P', 'R', 'F1', 'gold', 'pred', 'bar', 'peer'],
        rows.map((r) => [
          r.label,
          r.m.precision,
          r.m.recall,
          r.m.f1,
          r.gold,
          tally.predicted,
          r.kind === 'speech' && r.t === 0.3 ? bar(r.m.f1, BARS.polnearSpeechF1) : '',
          r.kind === 'speech' ? (r.t === 0.3 ? PEERS.polnearSpeechF1 : PEERS.polnearSpeechF1At80) : r.kind === 'speech-both' ? PEERS.polnearSpeechF1At80 : '',
        ]),
      );
      console.log('');
      printTable(
        ['speaker accuracy (matched @0.3, named Source)', 'accuracy', 'n', 'no speaker', 'bar', 'peer'],
        [
          ['all quotes', speaker.accuracy, speaker.n, speaker.noSpeaker, bar(speaker.accuracy, BARS.polnearSpeaker), PEERS.polnearSpeaker],
          ['direct', speaker.direct.accuracy, speaker.direct.n, speaker.direct.noSpeaker, '', ''],
          ['indirect', speaker.indirect.accuracy, speaker.indirect.n, speaker.indirect.noSpeaker, '', ''],
        ],
      );
      console.log(
        `docs ${stats.docs}, engine failures ${stats.failures}, ${figures.msPerDoc} ms/doc; predicted direct ${tally.predictedByKind.direct}, indirect ${tally.predictedByKind.indirect}; annotation offset mismatches ${offsetMismatches}`,
      );
      console.log(`share of predicted quote tokens inside some annotated Content: ${figures.predTokensInContent}`);
      if (options.verbose) {
        printExamples('missed speech attributions', tally.examples.missedSpeech, options.examples);
        printExamples('predicted quotes matching no Content', tally.examples.falsePositives, options.examples);
        printExamples('wrong speakers', tally.examples.wrongSpeaker, options.examples);
      }
    },
  };
}

function runNerel(folder: string, engine: AnalyzeAttribution, options: Options): CorpusReport {
  const dir = firstExisting(
    [path.join(folder, 'NEREL-v1.1', options.split), path.join(folder, options.split), folder].filter(
      (d) => existsSync(d) && readdirSync(d).some((f) => f.endsWith('.ann')),
    ),
  );
  if (!dir) throw new Error(`no .ann files under ${folder}`);
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.ann') && existsSync(path.join(dir, f.replace(/\.ann$/, '.txt'))))
    .sort()
    .slice(0, options.limit);

  const pairs = emptyPairTally();
  const persons = emptyMentionTally();
  const precision = emptyMentionPrecision();
  const stats = newStats();
  let skipped = 0;
  let offsetMismatches = 0;
  for (const f of names) {
    const text = readFileSync(path.join(dir, f.replace(/\.ann$/, '.txt')), 'utf8');
    const ann = readFileSync(path.join(dir, f), 'utf8');
    const brat = parseBrat(ann);
    offsetMismatches += countOffsetMismatches(brat, text);
    const gold = readNerel(ann);
    skipped += gold.skippedRelations;
    const result = run(engine, text, 'ru', stats);
    scorePairsDoc(pairs, f, gold.pairs, predictedPairs(result));
    scoreMentionsDoc(persons, f, text, gold.persons, personSpans(result));
    for (const v of scoreMentionPrecision(precision, f, text, brat, result.people.map((p) => ({ name: p.name, mentions: p.mentionSpans ?? [] })))) {
      recordRule(options.rules, v.rule, options.dataset, v.verdict === 'right' ? true : v.verdict === 'wrong' ? false : null);
    }
    recordUnjudged(options, result, { mentions: false });
  }
  const report = pairsReport('WORKS_AS (person, profession)', pairs, persons, stats, options, {
    note: `WORKS_AS not PERSON→PROFESSION skipped ${skipped}; annotation offset mismatches ${offsetMismatches}`,
    pairsPeer: '',
    personPeer: '',
  });
  return withMentionPrecision(report, precision, options);
}

function runFactRuEval(folder: string, engine: AnalyzeAttribution, options: Options): CorpusReport {
  const dir = firstExisting([path.join(folder, 'devset'), folder].filter((d) => existsSync(d) && readdirSync(d).some((f) => f.endsWith('.facts'))));
  if (!dir) throw new Error(`no .facts files under ${folder}`);
  const bases = readdirSync(dir)
    .filter((f) => f.endsWith('.facts'))
    .map((f) => f.replace(/\.facts$/, ''))
    .sort()
    .slice(0, options.limit);

  const pairs = emptyPairTally();
  const persons = emptyMentionTally();
  const stats = newStats();
  let badSpans = 0;
  for (const base of bases) {
    const read = (ext: string) => {
      const p = path.join(dir, `${base}.${ext}`);
      return existsSync(p) ? readFileSync(p, 'utf8') : '';
    };
    const files = { txt: read('txt'), spans: read('spans'), objects: read('objects'), coref: read('coref'), facts: read('facts') };
    const gold = readFactRuEval(files);
    badSpans += gold.badSpans;
    const result = run(engine, files.txt, 'ru', stats);
    scorePairsDoc(pairs, base, gold.pairs, predictedPairs(result));
    scoreMentionsDoc(persons, base, files.txt, gold.persons, personSpans(result));
    recordNameMentions(options, result, gold.persons.flat());
    recordUnjudged(options, result, { mentions: false });
  }
  return pairsReport('Occupation (who, position)', pairs, persons, stats, options, {
    note: `spans with empty text at their offset ${badSpans}`,
    pairsPeer: PEERS.factruevalOccupationF1,
    personPeer: PEERS.factruevalPersonF1,
  });
}

function pairsReport(
  label: string,
  pairs: PairTally,
  persons: MentionTally,
  stats: RunStats,
  options: Options,
  extra: { note: string; pairsPeer: string; personPeer: string },
): CorpusReport {
  const occupation = prf(pairs.predRight, pairs.predicted, pairs.goldFound, pairs.gold);
  const entity = prf(persons.predRight, persons.predSpans, persons.goldFound, persons.goldEntities);
  const token = prf(persons.predTokensRight, persons.predTokens, persons.goldTokensCovered, persons.goldTokens);
  const figures = {
    ...statsFigures(stats),
    pairs: { ...prfFigures(occupation), gold: pairs.gold, predicted: pairs.predicted, goldPersonFoundRoleMissed: pairs.goldPersonOnly },
    person: { entity: prfFigures(entity), token: prfFigures(token), gold: persons.goldEntities, predicted: persons.predSpans },
  };
  return {
    figures,
    print: () => {
      printTable(
        ['metric', 'P', 'R', 'F1', 'gold', 'pred', 'bar', 'peer'],
        [
          [label, occupation.precision, occupation.recall, occupation.f1, pairs.gold, pairs.predicted, bar(occupation.f1, BARS.occupationF1), extra.pairsPeer],
          ['PERSON mentions (entity)', entity.precision, entity.recall, entity.f1, persons.goldEntities, persons.predSpans, '', extra.personPeer],
          ['PERSON mentions (token)', token.precision, token.recall, token.f1, persons.goldTokens, persons.predTokens, '', ''],
        ],
      );
      console.log(
        `docs ${stats.docs}, engine failures ${stats.failures}, ${figures.msPerDoc} ms/doc; gold pairs whose person was found but not the role: ${pairs.goldPersonOnly}; ${extra.note}`,
      );
      if (options.verbose) {
        printExamples('missed pairs', pairs.examples.missed, options.examples);
        printExamples('predicted pairs matching no gold pair', pairs.examples.falsePositives, options.examples);
        printExamples('missed PERSON entities', persons.examples.missed, options.examples);
        printExamples('predicted person mentions outside PERSON entities', persons.examples.falsePositives, options.examples);
      }
    },
  };
}

function runKaznerd(folder: string, engine: AnalyzeAttribution, options: Options): CorpusReport {
  const file = statSync(folder).isFile()
    ? folder
    : firstExisting([path.join(folder, 'IOB2_valid.txt'), ...readdirSync(folder).filter((f) => /^IOB2.*\.txt$/.test(f)).map((f) => path.join(folder, f))]);
  if (!file) throw new Error(`no IOB2 file under ${folder}`);
  const docs = buildDocuments(parseIob2(readFileSync(file, 'utf8')), KAZNERD_SENTENCES_PER_DOC).slice(0, options.limit);

  const persons = emptyMentionTally();
  const stats = newStats();
  let positions = 0;
  let positionsFound = 0;
  const missedPositions: string[] = [];
  docs.forEach((doc, i) => {
    const result = run(engine, doc.text, 'kk', stats);
    const gold = doc.entities.filter((e) => e.type === 'PERSON').map((e) => [e.range]);
    scoreMentionsDoc(persons, `doc${i}`, doc.text, gold, personSpans(result));
    recordNameMentions(options, result, gold.flat());
    recordUnjudged(options, result, { mentions: false });

    // POSITION: found when a title mention overlaps it or a predicted role shares a stem with it.
    const titles = titleSpans(result);
    const roleWords = new Set(result.people.flatMap((p) => p.roles.flatMap((r) => [...roleStems(r)])));
    for (const e of doc.entities.filter((x) => x.type === 'POSITION')) {
      positions++;
      const byRole = tokenize(e.text).some((t) => roleWords.has(stem(t.text)));
      if (overlapsAny(e.range, titles) || byRole) positionsFound++;
      else missedPositions.push(`doc${i}: ${e.text}`);
    }
  });

  const entity = prf(persons.predRight, persons.predSpans, persons.goldFound, persons.goldEntities);
  const token = prf(persons.predTokensRight, persons.predTokens, persons.goldTokensCovered, persons.goldTokens);
  const positionRecall = positions ? positionsFound / positions : null;
  const figures = {
    ...statsFigures(stats),
    person: { entity: prfFigures(entity), token: prfFigures(token), gold: persons.goldEntities, predicted: persons.predSpans },
    position: { recall: round(positionRecall), gold: positions },
  };
  return {
    figures,
    print: () => {
      printTable(
        ['metric', 'P', 'R', 'F1', 'gold', 'pred', 'bar', 'peer'],
        [
          ['PERSON (entity)', entity.precision, entity.recall, entity.f1, persons.goldEntities, persons.predSpans, bar(entity.recall, BARS.kaznerdPersonRecall, 'R'), ''],
          ['PERSON (token)', token.precision, token.recall, token.f1, persons.goldTokens, persons.predTokens, bar(token.recall, BARS.kaznerdPersonRecall, 'R'), ''],
          ['POSITION vs roles/titles', null, positionRecall, null, positions, null, '', ''],
        ],
      );
      console.log(`pseudo-documents ${stats.docs} × ${KAZNERD_SENTENCES_PER_DOC} sentences, engine failures ${stats.failures}, ${figures.msPerDoc} ms/doc`);
      if (options.verbose) {
        printExamples('missed PERSON entities', persons.examples.missed, options.examples);
        printExamples('predicted person mentions outside PERSON entities', persons.examples.falsePositives, options.examples);
        printExamples('missed POSITION entities', missedPositions, options.examples);
      }
    },
  };
}

/**
 * The hand-annotated golden set (tests/fixtures/attribution/golden): quotes, speakers, people, sources
 * scored as in issue 4 (substring cover), and, on articles annotated by position, quotes matched by position
 * (30%, 80% both ways) and the precision of every mention linked to a person (names, titles).
 */
function runGolden(folder: string, engine: AnalyzeAttribution, options: Options): CorpusReport {
  const articles = loadGolden(folder).slice(0, options.limit);
  const stats = newStats();
  const total = emptyTally();
  const positionTotal = emptyPositionTally();
  const byLanguage = new Map<string, { tally: ReturnType<typeof emptyTally>; positions: PositionTally }>();
  const misses: string[] = [];
  const positionMisses: string[] = [];
  for (const a of articles) {
    const result = run(engine, a.text, a.language, stats);
    const predicted: Predicted = result;
    const scored = scoreArticle(a, predicted);
    addTally(total, scored.tally);
    const lang = byLanguage.get(a.language) ?? { tally: emptyTally(), positions: emptyPositionTally() };
    addTally(lang.tally, scored.tally);
    byLanguage.set(a.language, lang);
    misses.push(...scored.misses.map((m) => `${m.slug} ${m.what}: ${m.expected}${m.got ? ` — got ${m.got}` : ''}`));
    // Per rule: a quote is right when it covers an annotated quote; its speaker when that quote's speaker matches.
    const { ranges } = locateQuotes(a);
    for (const q of result.quotes) {
      const j = ranges.findIndex((r) => cover(r, q) >= MIN_COVER);
      recordRule(options.rules, q.rule, options.dataset, j >= 0);
      if (!q.speaker && !q.speakerRef) continue;
      const g = j >= 0 ? a.gold.quotes[j]! : null;
      recordRule(options.rules, q.speakerRule, options.dataset, g ? (g.speaker === null ? q.speaker === null : sameName(g.speaker, q.speaker)) : null);
    }
    for (const s of result.sources) recordRule(options.rules, s.rule, options.dataset, a.gold.sources.some((g) => sameSource(g.name, s.name)));
    const positions = scorePositions(a, predicted);
    if (positions) {
      addPositionTally(positionTotal, positions.tally);
      addPositionTally(lang.positions, positions.tally);
      positionMisses.push(...positions.misses);
      for (const v of positions.mentions) recordRule(options.rules, v.rule, options.dataset, v.right);
    }
    recordUnjudged(options, result, { quotes: false, sources: false, mentions: !positions });
  }
  const round3 = (f: ReturnType<typeof goldenFigures>) => Object.fromEntries(Object.entries(f).map(([k, v]) => [k, round(v)]));
  const perLanguage = Object.fromEntries([...byLanguage].map(([l, t]) => [l, round3(goldenFigures(t.tally))]));
  const positionsByLanguage = Object.fromEntries([...byLanguage].filter(([, t]) => t.positions.articles > 0).map(([l, t]) => [l, positionJson(positionFigures(t.positions))]));
  const figures = {
    ...statsFigures(stats),
    ...round3(goldenFigures(total)),
    quotes: total.goldQuotes,
    byLanguage: perLanguage,
    positions: { ...positionJson(positionFigures(positionTotal)), byLanguage: positionsByLanguage },
  };
  return {
    figures,
    print: () => {
      printTable(
        ['language', 'quote R', 'quote P', 'quote F1', 'speaker', 'kind', 'person R', 'role R', 'source R'],
        [...byLanguage.entries(), ['all', { tally: total }] as const].map(([l, t]) => {
          const f = goldenFigures(t.tally);
          return [l, f.quoteRecall, f.quotePrecision, f.quoteF1, f.speakerAccuracy, f.kindAccuracy, f.personRecall, f.roleRecall, f.sourceRecall];
        }),
      );
      console.log(`articles ${stats.docs}, engine failures ${stats.failures}, ${figures.msPerDoc} ms/doc`);
      console.log('\nby position (articles annotated with positions; README definitions):');
      printTable(
        ['language', 'docs', 'quotes', 'F1 @0.3', 'F1 @0.8 both', 'R @0.8', 'name P', 'title P', 'name R', 'title R', 'names', 'titles', 'pronouns'],
        [...[...byLanguage.entries()].filter(([, t]) => t.positions.articles > 0), ['all', { positions: positionTotal }] as const].map(([l, t]) => {
          const f = positionFigures(t.positions);
          return [l, f.articles, f.quotes, f.found30.f1, f.found80.f1, f.found80.recall, f.namePrecision, f.titlePrecision, f.nameRecall, f.titleRecall, f.judged.names, f.judged.titles, f.judged.pronouns];
        }),
      );
      if (options.verbose) {
        printExamples('golden misses', misses, options.examples);
        printExamples('golden misses by position', positionMisses, options.examples);
      }
    },
  };
}

function positionJson(f: PositionFigures): Record<string, unknown> {
  return {
    articles: f.articles,
    quotes: f.quotes,
    found30: prfFigures(f.found30),
    found80both: prfFigures(f.found80),
    mentionPrecision: { name: round(f.namePrecision), title: round(f.titlePrecision), names: f.judged.names, titles: f.judged.titles, pronouns: f.judged.pronouns },
    mentionRecall: { name: round(f.nameRecall), title: round(f.titleRecall) },
  };
}

/** Name mentions judged by overlap with annotated PERSON spans (factRuEval, KazNERD: no relation to check). */
function recordNameMentions(options: Options, result: AttributionResult, persons: readonly Range[]): void {
  for (const p of result.people) {
    for (const m of p.mentionSpans ?? []) {
      const isName = m.kind === 'name' || m.kind === 'surname';
      recordRule(options.rules, m.rule, options.dataset, isName ? overlapsAny([m.start, m.end], persons) : null);
    }
  }
}

/** Counts the rules a dataset cannot judge, so the table shows how often each fired everywhere. */
function recordUnjudged(options: Options, result: AttributionResult, what: { quotes?: boolean; mentions?: boolean; sources?: boolean } = {}): void {
  if (what.quotes ?? true) {
    for (const q of result.quotes) {
      recordRule(options.rules, q.rule, options.dataset, null);
      if (q.speaker || q.speakerRef) recordRule(options.rules, q.speakerRule, options.dataset, null);
    }
  }
  if (what.mentions ?? true) for (const p of result.people) for (const m of p.mentionSpans ?? []) recordRule(options.rules, m.rule, options.dataset, null);
  if (what.sources ?? true) for (const s of result.sources) recordRule(options.rules, s.rule, options.dataset, null);
  for (const r of result.references) recordRule(options.rules, r.rule, options.dataset, null);
}

/** NEREL: adds mention precision (name and title, README definition) to the pairs report. */
function withMentionPrecision(report: CorpusReport, t: MentionPrecisionTally, options: Options): CorpusReport {
  const name = round(t.name.judged ? t.name.right / t.name.judged : null);
  const title = round(t.title.judged ? t.title.right / t.title.judged : null);
  const figures = {
    ...report.figures,
    mentionPrecision: {
      name,
      nameJudged: t.name.judged,
      title,
      titleJudged: t.title.judged,
      titleUnverified: t.title.unverified,
      titleOnNoProfession: t.title.onNothing,
      pronouns: t.pronouns,
    },
  };
  return {
    figures,
    print: () => {
      report.print();
      console.log('');
      printTable(
        ['mention precision (linked to a person)', 'P', 'judged', 'unverified', 'on nothing', 'issue-15 bar (unseen)'],
        [
          ['name / surname mentions', name, t.name.judged, null, null, '≥0.95'],
          ['title mentions', title, t.title.judged, t.title.unverified, t.title.onNothing, '≥0.85'],
        ],
      );
      if (options.verbose) {
        printExamples('name mentions linked wrongly', t.examples.wrongNames, options.examples);
        printExamples('title mentions linked wrongly', t.examples.wrongTitles, options.examples);
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Output helpers

function prfFigures(m: Prf) {
  return { p: round(m.precision), r: round(m.recall), f1: round(m.f1) };
}

/** "≥0.85 ✓" or "≥0.85 ✗" next to the figure it judges. */
function bar(value: number | null, threshold: number, what = ''): Cell {
  const mark = value === null ? '?' : value >= threshold ? '✓' : '✗';
  return `${what}≥${threshold} ${mark}`;
}

/** Up to `n` examples spread over the whole list (not just the first article). */
function printExamples(title: string, list: readonly string[], n: number): void {
  console.log(`\n  ${title} (${list.length}):`);
  const step = Math.max(1, Math.floor(list.length / n));
  for (let i = 0, shown = 0; i < list.length && shown < n; i += step, shown++) console.log(`    - ${list[i]}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
