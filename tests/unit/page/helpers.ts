/** Test helpers: fixture pages parsed with linkedom. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

/** tests/fixtures/page. */
export const fixturesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/page');

export function fixtureHtml(name: string): string {
  return readFileSync(path.join(fixturesDir, name), 'utf8');
}

export function docOf(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function fixtureDoc(name: string): Document {
  return docOf(fixtureHtml(name));
}

/** Every `.html` file under `dir`, at any depth. */
export function htmlFilesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return htmlFilesUnder(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/** A neutral URL and URLs whose shape pushes detection either way, to judge each page under. */
export const DETECTION_URLS = ['https://example.org/ru/15241', 'https://example.org/news/2024/05/01/a-long-story-about-the-budget-vote', 'https://example.org/', 'https://example.org/tag/politics'];
