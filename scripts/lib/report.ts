/**
 * Shared plumbing for evaluation and benchmark scripts: the dataset folder argument,
 * a readable table, and the one closing line of JSON that another run can be compared with.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** `../shared/datasets/<name>` relative to the project, the default home of every dataset. */
export function defaultDataset(name: string): string {
  return path.resolve(projectRoot, '..', 'shared', 'datasets', name);
}

/**
 * The dataset folder: the first positional argument, else the default. Exits with a one-line
 * message when it does not exist, so a typo never looks like a score of zero.
 */
export function datasetArg(argv: string[], defaultName: string): string {
  const positional = argv.filter((a) => !a.startsWith('--'));
  const dir = path.resolve(positional[0] ?? defaultDataset(defaultName));
  if (!existsSync(dir)) {
    process.stderr.write(`error: dataset folder not found: ${dir}\n`);
    process.exit(2);
  }
  return dir;
}

/** The value of `--name value` or `--name=value`, if given. */
export function flagValue(argv: string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === `--${name}`) return argv[i + 1];
    if (a.startsWith(`--${name}=`)) return a.slice(name.length + 3);
  }
  return undefined;
}

export type Cell = string | number | null | undefined;

function formatCell(v: Cell): string {
  if (v === null || v === undefined) return '–';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(3);
  return v;
}

/** Prints rows as an aligned plain-text table with a header rule. */
export function printTable(header: string[], rows: Cell[][]): void {
  const cells = [header, ...rows.map((r) => r.map(formatCell))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(cells[0]!));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of cells.slice(1)) console.log(line(r));
}

/** The closing line: one JSON object with every figure of the run. */
export function printFigures(figures: Record<string, unknown>): void {
  console.log(JSON.stringify(figures));
}

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The value at quantile `q` of `values` (the lower one: no interpolation), NaN when there are none. */
export function quantile(values: number[], q: number): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

/** Lower-case word tokens in any script (letters and digits), for word-level F1. */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Bag-of-words precision, recall and F1 (the WCXB metric), over `tokenize`'s tokens. */
export function wordF1(predicted: string, truth: string, tokenize: (text: string) => string[] = wordTokens): { precision: number; recall: number; f1: number } {
  const p = tokenize(predicted);
  const t = tokenize(truth);
  if (p.length === 0 || t.length === 0) {
    const same = p.length === t.length;
    return { precision: same ? 1 : 0, recall: same ? 1 : 0, f1: same ? 1 : 0 };
  }
  const counts = new Map<string, number>();
  for (const w of t) counts.set(w, (counts.get(w) ?? 0) + 1);
  let overlap = 0;
  for (const w of p) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      overlap++;
      counts.set(w, c - 1);
    }
  }
  const precision = overlap / p.length;
  const recall = overlap / t.length;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
