/**
 * The background reads a copy of the page (its `outerHTML`, parsed with linkedom: entrypoints/background/page-read.ts)
 * where the content script used to read the live page. This checks, in Chromium, that the two agree: on each article
 * page, lib/page's detection and extraction run in the live page (scripts/eval/page-copy/live.ts) and on the copy,
 * and their verdicts, article texts, block texts and block element paths are compared.
 *
 *   npx tsx scripts/eval/page-copy.ts [dataset folder…] [--limit N]
 *
 * Pages: the demo site's four articles, and `--limit` article pages of each dataset (default: none; e.g. the
 * Readability suite and WCXB dev). Prints a per-page table and ends with one JSON line.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { flagValue, printFigures, printTable } from '../lib/report';
import { bundlePieces, runOnPages, stageArticles } from '../bench/cold/stage';
import { readPage } from '../../entrypoints/background/page-read';
import type { ArticleText, Detection } from '../../lib/schema';

interface Live {
  detection: Detection;
  article: ArticleText;
  paths: number[][];
  tags: string[];
  html: string;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const limit = Number(flagValue(argv, 'limit') ?? 8);
  const datasets = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--limit').map((d) => path.resolve(d));
  const root = mkdtempSync(path.join(os.tmpdir(), 'byline-page-copy-'));
  const files = stageArticles(root, datasets, limit, true);
  const script = await bundlePieces(true, path.join(import.meta.dirname, 'page-copy', 'live.ts'));
  const rows: { page: string; verdict: boolean; text: boolean; blocks: number; blockTexts: number; paths: number; note: string }[] = [];
  await runOnPages(
    root,
    files,
    script,
    async (tab, file) => {
      // Bounded: a page that navigates itself away can leave the call unanswered.
      const live = (await Promise.race([
        tab.evaluate('window.__bylineCold()'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('no answer in 20 s')), 20_000)),
      ])) as Live;
      process.stdout.write('.');
      const url = tab.url();
      const copy = readPage(live.html, url, true);
      const texts = (a: ArticleText | null) => (a ? a.blocks.map((b) => a.text.slice(b.start, b.end)) : []);
      const liveTexts = texts(live.article);
      const copyTexts = texts(copy.article);
      rows.push({
        page: file,
        verdict: copy.detection.isArticle === live.detection.isArticle && copy.detection.score === live.detection.score,
        text: copy.article?.text === live.article.text,
        blocks: liveTexts.length,
        blockTexts: liveTexts.filter((t, i) => copyTexts[i] === t).length,
        paths: live.paths.filter((p, i) => JSON.stringify(p) === JSON.stringify(copy.paths[i]) && live.tags[i] === copy.tags[i]).length,
        note: [
          copyTexts.length === liveTexts.length ? '' : `copy has ${copyTexts.length} blocks`,
          copy.detection.score === live.detection.score ? '' : `score ${live.detection.score.toFixed(3)} (${live.detection.isArticle}) vs copy ${copy.detection.score.toFixed(3)} (${copy.detection.isArticle}): ${signalsDiffer(live.detection, copy.detection)}`,
        ].filter(Boolean).join('; '),
      });
    },
    (file, error) => rows.push({ page: file, verdict: false, text: false, blocks: 0, blockTexts: 0, paths: 0, note: `failed: ${String(error).slice(0, 80)}` }),
  );
  printTable(['page', 'verdict same', 'text same', 'blocks', 'same text', 'same path', 'note'], rows.map((r) => [r.page, String(r.verdict), String(r.text), r.blocks, r.blockTexts, r.paths, r.note]));
  const read = rows.filter((r) => !r.note.startsWith('failed'));
  printFigures({
    pages: rows.length,
    failed: rows.length - read.length,
    verdictsSame: read.filter((r) => r.verdict).length,
    textsSame: read.filter((r) => r.text).length,
    blocks: read.reduce((a, r) => a + r.blocks, 0),
    blockTextsSame: read.reduce((a, r) => a + r.blockTexts, 0),
    pathsSame: read.reduce((a, r) => a + r.paths, 0),
  });
}

/** The detection signals whose values differ between the page and its copy. */
function signalsDiffer(live: Detection, copy: Detection): string {
  const of = (d: Detection) => new Map(d.signals.map((x) => [x.name, JSON.stringify(x)]));
  const [a, b] = [of(live), of(copy)];
  return [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k)).join(', ');
}

void main();
