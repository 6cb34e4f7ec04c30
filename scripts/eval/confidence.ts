/**
 * Link confidence: measures every rule that links a speaker to a quote (PolNeAR dev + train, the golden
 * set of tests/fixtures/attribution/golden in eight languages) or a
 * mention to a person (NEREL dev + train), fits the confidence table (each rule's precision, shrunk
 * toward its group's) and the display threshold (best F0.5 of the links shown), cross-validated by
 * document in FOLDS folds, and with --write stores both in lib/analyze/attribution/confidence-data.ts.
 *
 *   npm run -s confidence -- [datasets folder] [--write]
 *
 * Prints the per-rule table and the folds, then one JSON line.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeAttribution } from '../../lib/analyze/attribution/index';
import { confidenceOf } from '../../lib/analyze/attribution/confidence';
import { articleFromText } from '../../lib/analyze/plain-text';
import { datasetArg, printFigures, printTable } from '../lib/report';
import { parseBrat } from './attribution/brat';
import { cover, loadGolden, locateQuotes, MIN_COVER, sameName } from './attribution/golden';
import { chooseThreshold, fitTable, foldOf, shownAt, type JudgedLink } from './attribution/confidence-fit';
import { emptyMentionPrecision, scoreMentionPrecision } from './attribution/mention-precision';
import { emptyPolnearTally, polnearArticles, readPolnear, scorePolnearDoc } from './attribution/polnear';

const FOLDS = 5;
const GOLDEN_FOLDER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/attribution/golden');
const DATA_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../lib/analyze/attribution/confidence-data.ts');

/** Speaker links of PolNeAR (quotes with a person as speaker, judged by the annotated Source). */
function polnearLinks(root: string, split: string): JudgedLink[] {
  const dir = path.join(root, 'polnear', 'data', split);
  const out: JudgedLink[] = [];
  if (!existsSync(dir)) return out;
  const tally = emptyPolnearTally();
  for (const { name, textFile, annFile } of polnearArticles(dir)) {
    const text = readFileSync(textFile, 'utf8');
    const gold = readPolnear(text, readFileSync(annFile, 'utf8'));
    const result = analyzeAttribution(articleFromText(text), 'en');
    const judged = scorePolnearDoc(tally, name, text, gold, result.quotes.map((q) => ({ start: q.start, end: q.end, text: q.text, kind: q.kind, speaker: q.speaker, speakerRef: q.speakerRef ?? null })));
    result.quotes.forEach((q, i) => {
      const right = judged[i]!.speakerRight;
      if (q.speaker && q.speakerRule && right !== null) out.push({ doc: `polnear/${name}`, rule: q.speakerRule, right });
    });
  }
  return out;
}

/** Mention links of NEREL (name and title mentions, by the datasets README; unverified titles left out). */
function nerelLinks(root: string, split: string): JudgedLink[] {
  const dir = path.join(root, 'nerel', 'NEREL-v1.1', split);
  const out: JudgedLink[] = [];
  if (!existsSync(dir)) return out;
  const tally = emptyMentionPrecision();
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.ann')).sort()) {
    const text = readFileSync(path.join(dir, f.replace(/\.ann$/, '.txt')), 'utf8');
    const brat = parseBrat(readFileSync(path.join(dir, f), 'utf8'));
    const result = analyzeAttribution(articleFromText(text), 'ru');
    const verdicts = scoreMentionPrecision(tally, f, text, brat, result.people.map((p) => ({ name: p.name, mentions: p.mentionSpans })));
    for (const v of verdicts) if (v.verdict === 'right' || v.verdict === 'wrong') out.push({ doc: `nerel/${split}/${f}`, rule: v.rule, right: v.verdict === 'right' });
  }
  return out;
}

/** Speaker links of the golden set (every language): the quote covering an annotated quote that names a speaker. */
function goldenLinks(): JudgedLink[] {
  const out: JudgedLink[] = [];
  for (const a of loadGolden(GOLDEN_FOLDER)) {
    const predicted = analyzeAttribution(articleFromText(a.text), a.language);
    const { ranges } = locateQuotes(a);
    a.gold.quotes.forEach((g, i) => {
      let best: (typeof predicted.quotes)[number] | null = null;
      let bestCover = 0;
      for (const q of predicted.quotes) {
        const c = cover(ranges[i]!, q);
        if (c > bestCover) [best, bestCover] = [q, c];
      }
      if (!best || bestCover < MIN_COVER || !g.speaker || !best.speaker || !best.speakerRule) return;
      out.push({ doc: `golden/${a.language}/${a.slug}`, rule: best.speakerRule, right: sameName(g.speaker, best.speaker) });
    });
  }
  return out;
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

function main(): void {
  const argv = process.argv.slice(2);
  const root = datasetArg(argv, '');
  const links = [...polnearLinks(root, 'dev'), ...polnearLinks(root, 'train'), ...goldenLinks(), ...nerelLinks(root, 'dev'), ...nerelLinks(root, 'train')];
  const families = ['speaker', 'mention'] as const;
  const ofFamily = (f: string) => links.filter((l) => l.rule.startsWith(`${f}.`));

  // Cross-validation by document: table and threshold fitted on the other folds, judged on this one.
  const folds = [];
  for (let k = 0; k < FOLDS; k++) {
    const train = links.filter((l) => foldOf(l.doc, FOLDS) !== k);
    const test = links.filter((l) => foldOf(l.doc, FOLDS) === k);
    const table = fitTable(train);
    const conf = (rule: string) => confidenceOf(rule, table) ?? 0;
    const t = chooseThreshold(train, conf);
    const row: Record<string, number> = { fold: k, threshold: t };
    for (const f of families) {
      const part = test.filter((l) => l.rule.startsWith(`${f}.`));
      const all = shownAt(part, conf, 0);
      const shown = shownAt(part, conf, t);
      Object.assign(row, { [`${f}All`]: r3(all.precision), [`${f}Shown`]: r3(shown.precision), [`${f}Coverage`]: r3(shown.coverage) });
    }
    folds.push(row);
  }

  const table = fitTable(links);
  const conf = (rule: string) => confidenceOf(rule, table) ?? 0;
  const threshold = chooseThreshold(links, conf);

  const rules = [...new Set(links.map((l) => l.rule))].sort();
  printTable(
    ['rule', 'judged', 'P', 'confidence', 'shown'],
    rules.map((r) => {
      const own = links.filter((l) => l.rule === r);
      return [r, own.length, r3(own.filter((l) => l.right).length / own.length), table[r]!, table[r]! >= threshold ? 'yes' : 'no'];
    }),
  );
  console.log('');
  printTable(
    ['fold (by document)', 'threshold', 'speaker P all', 'speaker P shown', 'speaker coverage', 'mention P all', 'mention P shown', 'mention coverage'],
    folds.map((f) => [f.fold, f.threshold, f.speakerAll, f.speakerShown, f.speakerCoverage, f.mentionAll, f.mentionShown, f.mentionCoverage]),
  );
  const whole: Record<string, unknown> = {};
  for (const f of families) {
    const part = ofFamily(f);
    const shown = shownAt(part, conf, threshold);
    whole[f] = { judged: part.length, all: r3(shownAt(part, conf, 0).precision), shown: r3(shown.precision), coverage: r3(shown.coverage) };
  }
  console.log(`\nthreshold on all ${links.length} judged links: ${threshold}; ${JSON.stringify(whole)}`);

  if (argv.includes('--write')) {
    const body = Object.entries(table)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `  '${k}': ${v},`)
      .join('\n');
    writeFileSync(
      DATA_FILE,
      `/**\n * Link confidence by rule id (and by group "speaker.*+antecedent", "mention.title.*" and family), and the\n * threshold under which a link is shown as unresolved. Generated by \`npm run -s confidence -- --write\`\n * (scripts/eval/confidence.ts) from ${links.length} judged links of PolNeAR dev+train and the golden set (speakers) and NEREL\n * dev+train (mentions); threshold: best F0.5 of the links shown, cross-validated by document in ${FOLDS} folds.\n * Do not edit by hand: rerun the script after a rule changes.\n */\nexport const SHOWN_CONFIDENCE = ${threshold};\n\nexport const RULE_CONFIDENCE: Readonly<Record<string, number>> = {\n${body}\n};\n`,
    );
    console.log(`wrote ${path.relative(process.cwd(), DATA_FILE)}`);
  }
  printFigures({ links: links.length, threshold, whole, folds, table });
}

main();
