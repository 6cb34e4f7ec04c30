/**
 * Detection's errors by page type, from the feature dumps of eval:extract: how many pages of each type
 * (WCXB's `page_type.primary`, DAnIEL's language) the detector gets wrong, and which signals carried the
 * wrong verdicts: for pages taken for articles, the signals that pushed them up; for articles missed, the
 * ones that held them down. Each signal is shown beside how often it fires on the pages of the same label
 * that were judged right, so what sets the errors apart stands out. `--list` prints every error page.
 *
 *   npx tsx scripts/eval/extract.ts ../shared/datasets/wcxb-dev --detect-only --byline-only --dump wcxb.jsonl
 *   npx tsx scripts/eval/detect-errors.ts wcxb.jsonl [daniel.jsonl …] [--list] [--top 8]
 */
import { readFileSync } from 'node:fs';
import { flagValue, printFigures, printTable } from '../lib/report';

interface DumpRow {
  id: string;
  url: string;
  group: string;
  isArticle: boolean;
  ours: { detected: boolean };
  score: number;
  signals: Array<[string, number]>;
}

const argv = process.argv.slice(2);
const files = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--top');
if (!files.length) {
  process.stderr.write('usage: detect-errors.ts <dump.jsonl> [more.jsonl …] [--list] [--top N]\n');
  process.exit(2);
}
const TOP = Number(flagValue(argv, 'top') ?? 8);
const rows: DumpRow[] = files.flatMap((f) =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as DumpRow),
);

const wrong = (r: DumpRow) => r.ours.detected !== r.isArticle;
const round = (x: number) => Math.round(x * 1000) / 1000;

// Errors by page type.
const groups = [...new Set(rows.map((r) => r.group))].sort();
const byGroup = groups.map((g) => {
  const of = rows.filter((r) => r.group === g);
  const errors = of.filter(wrong).length;
  return { group: g, pages: of.length, article: of.some((r) => r.isArticle), detected: round(of.filter((r) => r.ours.detected).length / of.length), errors };
});
printTable(
  ['page type', 'pages', 'label', 'taken for articles', 'errors'],
  byGroup.map((g) => [g.group, g.pages, g.article ? 'article' : 'other', g.detected, `${g.errors} ${g.article ? 'missed' : 'false'}`]),
);

/**
 * The signals that carried the wrong verdicts of one kind: for each signal, the share of error pages where
 * it pushed the wrong way, its mean push there, and how often it fires on right pages of the same label.
 */
function carriers(errors: DumpRow[], right: DumpRow[], direction: 1 | -1) {
  const fired = (r: DumpRow, name: string) => r.signals.some(([n, w]) => n === name && w * direction > 0);
  const names = [...new Set(errors.flatMap((r) => r.signals.filter(([, w]) => w * direction > 0).map(([n]) => n)))];
  return names
    .map((name) => {
      const pushes = errors.flatMap((r) => r.signals.filter(([n, w]) => n === name && w * direction > 0).map(([, w]) => w));
      return {
        name,
        errorShare: round(pushes.length / errors.length),
        meanPush: Math.round((pushes.reduce((a, b) => a + b, 0) / pushes.length) * 100) / 100,
        rightShare: round(right.filter((r) => fired(r, name)).length / Math.max(1, right.length)),
      };
    })
    .sort((a, b) => b.errorShare * Math.abs(b.meanPush) - a.errorShare * Math.abs(a.meanPush))
    .slice(0, TOP);
}

const falsePositives = rows.filter((r) => !r.isArticle && r.ours.detected);
const missed = rows.filter((r) => r.isArticle && !r.ours.detected);
const upFp = carriers(falsePositives, rows.filter((r) => !r.isArticle && !r.ours.detected), 1);
const downFn = carriers(missed, rows.filter((r) => r.isArticle && r.ours.detected), -1);
for (const [title, list, n] of [
  ['pushed non-articles up (false articles)', upFp, falsePositives.length],
  ['held articles down (missed)', downFn, missed.length],
] as const) {
  console.log(`\nsignals that ${title}, ${n} pages:`);
  printTable(
    ['signal', 'share of errors', 'mean push', 'share of right pages'],
    list.map((s) => [s.name, s.errorShare, s.meanPush, s.rightShare]),
  );
}

if (argv.includes('--list')) {
  console.log('\nerror pages (the five strongest signals):');
  for (const r of [...falsePositives, ...missed]) {
    const top = [...r.signals].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 5);
    console.log(`${r.isArticle ? 'missed' : 'false '} ${r.id} ${r.group} ${r.score} ${r.url.slice(0, 100)}`);
    console.log(`    ${top.map(([n, w]) => `${n} ${w}`).join(', ')}`);
  }
}

printFigures({
  pages: rows.length,
  falseArticles: falsePositives.length,
  missedArticles: missed.length,
  errorsByType: Object.fromEntries(byGroup.map((g) => [g.group, g.errors])),
  falseArticleSignals: upFp.map((s) => s.name),
  missedArticleSignals: downFn.map((s) => s.name),
});
