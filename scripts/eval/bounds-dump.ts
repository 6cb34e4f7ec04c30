/**
 * Dumps PolNeAR speech Contents that are found at 30% but not at 80% both ways, with both figures and the exact
 * gold and predicted spans in context, one JSON object a line (for ad-hoc categorising).
 *
 *   npx tsx scripts/eval/bounds-dump.ts [polnear folder] [--split dev|train] [--limit N] > out.jsonl
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { articleFromText } from '../../lib/analyze/plain-text';
import { datasetArg, flagValue } from '../lib/report';
import { loadEngine, predictedQuotes } from './attribution/engine';
import { polnearArticles, readPolnear, STRICT } from './attribution/polnear';
import { coveredShare, tokenizeRanges } from './attribution/text';

const argv = process.argv.slice(2);
const VALUE_FLAGS = ['split', 'limit'];
const folder = datasetArg(argv.filter((a, i) => !VALUE_FLAGS.some((f) => argv[i - 1] === `--${f}`)), 'polnear');
const split = flagValue(argv, 'split') ?? 'dev';
const limit = Number(flagValue(argv, 'limit') ?? Infinity);

async function main(): Promise<void> {
  const engine = await loadEngine();
  if (typeof engine === 'string') throw new Error(engine);
  const dir = path.join(folder, 'data', split);
  const articles = polnearArticles(dir).slice(0, limit);
  for (const { name, textFile, annFile } of articles) {
    const text = readFileSync(textFile, 'utf8');
    const ann = readFileSync(annFile, 'utf8');
    const gold = readPolnear(text, ann).filter((g) => tokenizeRanges(text, g.content).length > 0);
    const result = engine(articleFromText(text), 'en');
    const preds = predictedQuotes(result);
    const rules = result.quotes.map((q) => q.rule ?? '?');
    const cues = result.quotes.map((q) => (q.cueSpan ? [q.cueSpan.start, q.cueSpan.end] : null));
    const share = preds.map((p) => gold.map((g) => coveredShare(text, g.content, [[p.start, p.end]])));
    const inside = preds.map((p) => gold.map((g) => coveredShare(text, [[p.start, p.end]], g.content)));
    const strict = (i: number, j: number) => share[i]![j]! >= STRICT && inside[i]![j]! >= STRICT;
    const goldOut = gold.map((g, j) => {
      let best = -1;
      preds.forEach((_, i) => {
        if (best < 0 || share[i]![j]! > share[best]![j]! || (share[i]![j]! === share[best]![j]! && inside[i]![j]! > inside[best]![j]!)) best = i;
      });
      return { j, best, strict: preds.some((_, i) => strict(i, j)) };
    });
    for (const { j, best, strict: ok } of goldOut) {
      const g = gold[j]!;
      const p = best >= 0 ? preds[best]! : null;
      const lo = Math.min(g.content[0]![0], p?.start ?? Infinity);
      const hi = Math.max(g.content[g.content.length - 1]![1], p?.end ?? 0);
      process.stdout.write(
        `${JSON.stringify({
          side: 'gold',
          doc: name,
          speech: g.speech,
          strict: ok,
          cue: g.cue,
          source: g.source,
          gold: g.content,
          pred: p ? [p.start, p.end] : null,
          rule: best >= 0 ? rules[best] : null,
          share: best >= 0 ? share[best]![j] : 0,
          inside: best >= 0 ? inside[best]![j] : 0,
          context: text.slice(Math.max(0, lo - 150), hi + 150),
          ctxStart: Math.max(0, lo - 150),
        })}\n`,
      );
    }
    preds.forEach((p, i) => {
      let best = -1;
      gold.forEach((_, j) => {
        if (best < 0 || share[i]![j]! > share[i]![best]!) best = j;
      });
      const g = best >= 0 ? gold[best]! : null;
      process.stdout.write(
        `${JSON.stringify({
          side: 'pred',
          doc: name,
          rule: rules[i],
          cueSpan: cues[i],
          strict: gold.some((_, j) => strict(i, j)),
          pred: [p.start, p.end],
          text: p.text,
          gold: g?.content ?? null,
          goldSpeech: g?.speech ?? null,
          cue: g?.cue ?? null,
          share: best >= 0 ? share[i]![best] : 0,
          inside: best >= 0 ? inside[i]![best] : 0,
          context: text.slice(Math.max(0, p.start - 200), p.end + 150),
          ctxStart: Math.max(0, p.start - 200),
        })}\n`,
      );
    });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
