/**
 * Quote boundaries on PolNeAR: an accounting of the strict row (80% both ways, ../shared/datasets/README.md).
 * Every annotated speech Content is put in one class — matched strictly, missed (not even at 30%), or found at
 * 30% only, and then why: split over several predictions, merged with another Content, discontinuous, or a
 * boundary off at the start or end (by how many word tokens, and which ones). Predictions that are not strict
 * matches are classed the same way from their side. Scoring is the eval's own (scripts/eval/attribution/polnear.ts).
 *
 *   npx tsx scripts/eval/quote-bounds.ts [polnear folder] [--split dev|train] [--limit N] [--examples N] [--class NAME]
 *
 * Prints the tables, then ONE line of JSON.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { articleFromText } from '../../lib/analyze/plain-text';
import { datasetArg, flagValue, printTable } from '../lib/report';
import { loadEngine, predictedQuotes } from './attribution/engine';
import { polnearArticles, readPolnear, STRICT, type GoldAttribution, type PredictedQuote } from './attribution/polnear';
import { coveredShare, excerpt, tokenize, tokenizeRanges, type Range, type Token } from './attribution/text';

const LOOSE = 0.3;
/** A prediction counts as one piece of a split Content when it covers this much of it. */
const PIECE = 0.15;

interface Boundary {
  /** Tokens the prediction holds before the Content's first token (> 0: starts early) or misses (< 0: starts late). */
  start: number;
  end: number;
  startWords: string[];
  endWords: string[];
}

const argv = process.argv.slice(2);
const VALUE_FLAGS = ['split', 'limit', 'examples', 'class'];
const folder = datasetArg(argv.filter((a, i) => !VALUE_FLAGS.some((f) => argv[i - 1] === `--${f}`)), 'polnear');
const split = flagValue(argv, 'split') ?? 'dev';
const limit = Number(flagValue(argv, 'limit') ?? Infinity);
const exampleCount = Number(flagValue(argv, 'examples') ?? 0);
const onlyClass = flagValue(argv, 'class');

/** Tokens of the prediction outside the Content at its start and end, or Content tokens it misses there. */
function boundary(text: string, gold: GoldAttribution, p: PredictedQuote): Boundary {
  const g = tokenizeRanges(text, gold.content);
  const q = tokenize(text, p.start, p.end);
  const gStart = g[0]!.start;
  const gEnd = g[g.length - 1]!.end;
  const words = (ts: Token[]) => ts.map((t) => t.text.toLowerCase());
  const earlyTokens = q.filter((t) => t.end <= gStart);
  const lateTokens = g.filter((t) => t.end <= p.start);
  const overTokens = q.filter((t) => t.start >= gEnd);
  const shortTokens = g.filter((t) => t.start >= p.end);
  return {
    start: earlyTokens.length ? earlyTokens.length : -lateTokens.length,
    end: overTokens.length ? overTokens.length : -shortTokens.length,
    startWords: words(earlyTokens.length ? earlyTokens : lateTokens),
    endWords: words(overTokens.length ? overTokens : shortTokens),
  };
}

/** One bucket name for a boundary that is off: which side, which way, how far, and the first words. */
function bucket(b: Boundary, share: number, inside: number): string {
  const parts: string[] = [];
  const far = (n: number) => (Math.abs(n) <= 2 ? String(Math.abs(n)) : Math.abs(n) <= 5 ? '3-5' : '6+');
  if (b.start > 0) parts.push(`start early ${far(b.start)}`);
  if (b.start < 0) parts.push(`start late ${far(b.start)}`);
  if (b.end > 0) parts.push(`end late ${far(b.end)}`);
  if (b.end < 0) parts.push(`end early ${far(b.end)}`);
  if (parts.length === 0) parts.push(`inner gap (cover ${share.toFixed(2)}, inside ${inside.toFixed(2)})`);
  return parts.join(' + ');
}

async function main(): Promise<void> {
  const engine = await loadEngine();
  if (typeof engine === 'string') throw new Error(engine);
  const dir = path.join(folder, 'data', split);
  const articles = polnearArticles(dir).slice(0, limit);

  const goldClasses = new Map<string, number>();
  const predClasses = new Map<string, number>();
  const startWords = new Map<string, number>();
  const endWords = new Map<string, number>();
  const byRule = new Map<string, { n: number; strict: number; loose: number }>();
  const examples = new Map<string, string[]>();
  const add = (m: Map<string, number>, k: string, n = 1) => m.set(k, (m.get(k) ?? 0) + n);
  const example = (cls: string, s: string) => {
    const list = examples.get(cls) ?? [];
    list.push(s);
    examples.set(cls, list);
  };
  let goldSpeech = 0;
  let predicted = 0;

  for (const { name, textFile, annFile } of articles) {
    const text = readFileSync(textFile, 'utf8');
    const ann = readFileSync(annFile, 'utf8');
    const gold = readPolnear(text, ann).filter((g) => tokenizeRanges(text, g.content).length > 0);
    const result = engine(articleFromText(text), 'en');
    const preds = predictedQuotes(result);
    const rules = result.quotes.map((q) => q.rule ?? '?');
    predicted += preds.length;
    const share = preds.map((p) => gold.map((g) => coveredShare(text, g.content, [[p.start, p.end]])));
    const inside = preds.map((p) => gold.map((g) => coveredShare(text, [[p.start, p.end]], g.content)));
    const strict = (i: number, j: number) => share[i]![j]! >= STRICT && inside[i]![j]! >= STRICT;
    const show = (g: GoldAttribution, p: PredictedQuote | null, rule: string) =>
      `${name}\n    gold [${g.cue}] «${excerpt(g.contentText, 220)}»\n    pred ${p ? `(${rule}) «${excerpt(p.text, 220)}»` : '—'}`;

    /** The class of gold j against prediction i (both found at 30% at least, not strict). */
    const classify = (i: number, j: number): { cls: string; b?: Boundary } => {
      const g = gold[j]!;
      const p = preds[i]!;
      const pieces = preds.filter((_, k) => share[k]![j]! >= PIECE).length;
      if (pieces > 1 && share[i]![j]! < STRICT) return { cls: 'split over several predictions' };
      const others = gold.filter((o, k) => k !== j && !o.content.some((r) => g.content.some((x) => r[0] < x[1] && x[0] < r[1])) && share[i]![k]! >= LOOSE);
      if (others.length && inside[i]![j]! < STRICT) return { cls: 'merged with another Content' };
      if (g.content.length > 1) return { cls: 'gold discontinuous' };
      const b = boundary(text, g, p);
      const multi = /\n/.test(text.slice(g.content[0]![0], g.content[g.content.length - 1]![1]));
      return { cls: (multi ? 'multi-paragraph: ' : '') + bucket(b, share[i]![j]!, inside[i]![j]!), b };
    };

    gold.forEach((g, j) => {
      if (!g.speech) return;
      goldSpeech++;
      let cls: string;
      let best = -1;
      preds.forEach((_, i) => {
        if (best < 0 || share[i]![j]! > share[best]![j]! || (share[i]![j]! === share[best]![j]! && inside[i]![j]! > inside[best]![j]!)) best = i;
      });
      if (preds.some((_, i) => strict(i, j))) cls = 'strict match';
      else if (best < 0 || share[best]![j]! < LOOSE) cls = 'missed';
      else {
        const c = classify(best, j);
        cls = c.cls;
        if (c.b) {
          if (c.b.start !== 0) add(startWords, `${c.b.start > 0 ? 'extra' : 'missing'} ${c.b.startWords.slice(c.b.start > 0 ? -3 : 0, c.b.start > 0 ? undefined : 3).join(' ')}`);
          if (c.b.end !== 0) add(endWords, `${c.b.end > 0 ? 'extra' : 'missing'} ${c.b.endWords.slice(c.b.end > 0 ? 0 : -3, c.b.end > 0 ? 3 : undefined).join(' ')}`);
        }
      }
      add(goldClasses, cls);
      if (cls !== 'strict match') example(cls, show(g, best >= 0 && share[best]![j]! >= LOOSE ? preds[best]! : null, best >= 0 ? rules[best]! : ''));
    });

    preds.forEach((p, i) => {
      const r = byRule.get(rules[i]!) ?? { n: 0, strict: 0, loose: 0 };
      r.n++;
      let cls: string;
      if (gold.some((_, j) => strict(i, j))) {
        cls = 'strict match';
        r.strict++;
        r.loose++;
      } else {
        let best = -1;
        gold.forEach((_, j) => {
          if (best < 0 || share[i]![j]! > share[i]![best]!) best = j;
        });
        if (best < 0 || share[i]![best]! < LOOSE) cls = 'no Content at 30%';
        else {
          r.loose++;
          cls = classify(i, best).cls;
          if (!gold[best]!.speech) cls = `(non-speech) ${cls}`;
        }
      }
      byRule.set(rules[i]!, r);
      add(predClasses, cls);
    });
  }

  const rows = (m: Map<string, number>, total: number, top = 40) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, n]) => [k, n, n / total]);
  console.log(`\n== PolNeAR ${split}: ${articles.length} docs, ${goldSpeech} speech Contents, ${predicted} predictions`);
  printTable(['speech Content (best prediction)', 'n', 'share'], rows(goldClasses, goldSpeech));
  console.log('');
  printTable(['prediction not matched strictly', 'n', 'share of predictions'], rows(predClasses, predicted));
  console.log('');
  printTable(['start off: tokens (first three)', 'n', 'share'], rows(startWords, goldSpeech, 30));
  console.log('');
  printTable(['end off: tokens (first three)', 'n', 'share'], rows(endWords, goldSpeech, 30));
  console.log('');
  printTable(
    ['rule', 'predictions', 'strict', 'at 30%', 'strict / at 30%'],
    [...byRule].sort((a, b) => b[1].n - a[1].n).map(([k, r]) => [k, r.n, r.strict, r.loose, r.loose ? r.strict / r.loose : null]),
  );
  if (exampleCount > 0) {
    for (const [cls, list] of examples) {
      if (onlyClass && !cls.includes(onlyClass)) continue;
      console.log(`\n-- ${cls} (${list.length})`);
      for (const e of list.slice(0, exampleCount)) console.log(`  ${e}`);
    }
  }
  const strictGold = goldClasses.get('strict match') ?? 0;
  const strictPred = predClasses.get('strict match') ?? 0;
  const p = predicted ? strictPred / predicted : 0;
  const r = goldSpeech ? strictGold / goldSpeech : 0;
  console.log(`\nspeech @0.8 both ways: P ${p.toFixed(4)}  R ${r.toFixed(4)}  F1 ${(p + r ? (2 * p * r) / (p + r) : 0).toFixed(4)}`);
  console.log(
    JSON.stringify({
      eval: 'quote-bounds',
      speechBoth: { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 },
      split,
      docs: articles.length,
      goldSpeech,
      predicted,
      gold: Object.fromEntries(goldClasses),
      predictions: Object.fromEntries(predClasses),
    }),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
