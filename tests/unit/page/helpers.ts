/** Test helpers: fixture pages parsed with linkedom. */
import { readFileSync } from 'node:fs';
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
