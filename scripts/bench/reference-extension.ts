/**
 * The browser benchmark's reference: a minimal extension built in a temp folder, measured in the same run
 * as Byline, so Byline's figures can be read against what any extension pays on the same machine.
 * - Its content script reads what a detector needs and nothing more (the body, paragraph and link texts,
 *   `og:type`, JSON-LD and `<h1>` counts, the path), with no library code, and reports how long that took.
 *   Every content script runs in its own isolated world, where the first touch of each DOM interface
 *   costs something: this is that floor, plus the reading itself.
 * - Its page is the smallest popup that shows a stored result: one module script that reads one key from
 *   `storage.session` and renders one element (`[data-state]`, the selector the popup bench waits for).
 * A second, smaller one (`writeMinimalExtension`) is the maintainers' reference of issue 19, measured by
 * script-time.ts: a content script that reads the title, `og:type` and the count of `<p>`, nothing else.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** What the content script logs, so the bench can pick its line out of the page's console. */
export const REFERENCE_LOG_PREFIX = 'byline-bench-reference';
export const REFERENCE_PAGE = 'page.html';

const MANIFEST = {
  manifest_version: 3,
  name: 'Byline benchmark reference',
  version: '1.0.0',
  permissions: ['storage'],
  background: { service_worker: 'background.js' },
  content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content.js'], run_at: 'document_idle' }],
};

/** Its content script (also run by probe-worlds.ts, in fresh isolated worlds beside the probe). */
export const CONTENT_SCRIPT = `(() => {
  const start = performance.now();
  const body = document.body;
  let chars = 0;
  if (body) {
    const ps = body.getElementsByTagName('p');
    for (let i = 0; i < ps.length && i < 300; i++) chars += (ps[i].textContent || '').length;
    const links = body.getElementsByTagName('a');
    const step = Math.max(1, links.length / 150);
    for (let x = 0; x < links.length; x += step) chars += (links[Math.floor(x)].textContent || '').length;
    chars += body.getElementsByTagName('h1').length;
  }
  const og = document.querySelector('meta[property="og:type"]');
  const ld = document.querySelectorAll('script[type="application/ld+json"]').length;
  const pathLength = location.pathname.length;
  const ms = performance.now() - start;
  console.log('${REFERENCE_LOG_PREFIX} ' + ms + ' ' + (chars + ld + pathLength + (og ? 1 : 0)));
})();
`;

const PAGE_HTML = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>reference</title><script type="module" src="/page.js"></script></head>
<body><div id="app"></div></body></html>
`;

const PAGE_SCRIPT = `const tabId = new URLSearchParams(location.search).get('tabId');
const key = 'tab:' + tabId;
chrome.storage.session.get(key).then((got) => {
  const p = document.createElement('p');
  p.dataset.state = got[key] ? 'stored' : 'none';
  p.textContent = got[key] ? 'stored result' : 'nothing stored';
  document.getElementById('app').append(p);
});
`;

/** The maintainers' minimal content script (issue 19): the title, og:type and the count of `<p>`, kept in its world. */
export const MINIMAL_CONTENT_SCRIPT = `(() => {
  globalThis.__bylineBenchMinimal = {
    title: document.title,
    ogType: document.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? null,
    paragraphs: document.getElementsByTagName('p').length,
  };
})();
`;

/** Writes the reference extension to a new temp folder and returns its path. */
export function writeReferenceExtension(): string {
  return writeExtension('byline-bench-reference-', MANIFEST, {
    'content.js': CONTENT_SCRIPT,
    [REFERENCE_PAGE]: PAGE_HTML,
    'page.js': PAGE_SCRIPT,
  });
}

/** Writes the minimal extension (its content script and the worker every bench extension has) to a new temp folder. */
export function writeMinimalExtension(): string {
  const manifest = { ...MANIFEST, name: 'Byline benchmark minimal reference', permissions: [] };
  return writeExtension('byline-bench-minimal-', manifest, { 'content.js': MINIMAL_CONTENT_SCRIPT });
}

function writeExtension(prefix: string, manifest: object, files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  // A worker only so that the extension can be found (launchWithExtension waits for it) and its pages opened.
  writeFileSync(path.join(dir, 'background.js'), '// The reference extension needs a worker only so it can be found and its pages opened.\n');
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}
