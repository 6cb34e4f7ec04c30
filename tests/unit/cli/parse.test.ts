/**
 * The CLI parses pages with linkedom told (patches/linkedom+0.18.15.patch) to keep only the attributes
 * lib/page reads. Comments and text nodes stay as they were: lib/page reads a comment's text in a
 * `<br>` block, and counts text node by node. These tests hold that list to what
 * lib/page's sources name, and the lighter tree to the full one on everything lib/page reads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { PAGE_ATTRIBUTES, parsePage } from '../../../scripts/cli/parse';

const pageDir = path.resolve(__dirname, '../../../lib/page');

/** Attribute names lib/page's sources read: getAttribute/hasAttribute arguments and selectors' `[name`, `.class`, `#id`. */
function attributesNamed(source: string): Set<string> {
  const names = new Set<string>();
  for (const m of source.matchAll(/(?:get|has)Attribute(?:Node)?\(\s*(['"`])([^'"`]+)\1/g)) names.add(m[2]!.toLowerCase());
  const selectors = [
    ...source.matchAll(/(?:querySelector(?:All)?|closest|matches)\(\s*(['"`])((?:(?!\1).)*)\1/g),
    ...source.matchAll(/const [A-Z_]*SELECTOR\w* = (['"`])((?:(?!\1).)*)\1/g),
  ].map((m) => m[2]!);
  for (const selector of selectors) {
    for (const a of selector.matchAll(/\[\s*([a-zA-Z][\w:-]*)\s*(?:[~|^$*]?=|\])/g)) names.add(a[1]!.toLowerCase());
    if (/\.[a-zA-Z_-]/.test(selector)) names.add('class');
    if (/#[a-zA-Z_-]/.test(selector)) names.add('id');
  }
  if (/\.(id|className|classList)\b/.test(source)) names.add('id').add('class');
  return names;
}

describe('the CLI parse (only what lib/page reads)', () => {
  it('keeps every attribute lib/page reads', () => {
    const files = readdirSync(pageDir).filter((f) => f.endsWith('.ts'));
    const read = new Set<string>();
    for (const f of files) for (const name of attributesNamed(readFileSync(path.join(pageDir, f), 'utf8'))) read.add(name);
    // The scan finds the reads it must: a regression here means the scan, not the list, broke.
    for (const name of ['class', 'itemprop', 'datetime', 'content', 'type']) expect(read).toContain(name);
    expect([...read].filter((name) => !PAGE_ATTRIBUTES.has(name))).toEqual([]);
    expect(PAGE_ATTRIBUTES.has('src')).toBe(false);
  });

  it('drops other attributes and changes nothing lib/page reads', () => {
    const html =
      '<!doctype html><html lang="en"><head><title>T &amp; U</title><meta property="og:type" content="article"></head>' +
      '<body><!-- c --><div CLASS="a  b" data-x="1" onclick="f()" id="d"><p itemprop="x">Tom &amp; Jerry&#39;s &lt;b&gt; <b>bold</b> tail</p>' +
      '<img src="i.png" alt="pic"><svg viewBox="0 0 1 1"><path d="M0"/></svg><script type="application/ld+json">{"a":1}</script></div></body></html>';
    const light = parsePage(html);
    const full = parseHTML(html).document;
    const p = light.querySelector('p')!;
    expect(p.childNodes.length).toBe(full.querySelector('p')!.childNodes.length);
    expect(light.body.textContent).toBe(full.body.textContent);
    expect(light.querySelector('title')!.textContent).toBe('T & U');
    expect(light.body.firstChild!.nodeType).toBe(8);
    const div = light.querySelector('div')!;
    expect(div.hasAttribute('data-x') || div.hasAttribute('onclick')).toBe(false);
    expect(light.querySelector('img')!.hasAttribute('src')).toBe(false);
    expect(light.querySelector('path')!.hasAttribute('d')).toBe(false);
    expect(div.id).toBe('d');
    expect(div.getAttribute('CLASS')).toBe(full.querySelector('div')!.getAttribute('CLASS'));
    expect(light.documentElement.getAttribute('lang')).toBe('en');
    expect(light.querySelector('meta[property="og:type"]')!.getAttribute('content')).toBe('article');
    expect(light.querySelectorAll('script[type="application/ld+json"]')[0]!.textContent).toBe('{"a":1}');
    expect(light.querySelectorAll('[itemprop="x"]').length).toBe(1);
  });

  it('leaves linkedom as it was without the options', () => {
    const { document } = parseHTML('<p data-x="1">a &amp; b<!-- c --></p>');
    const p = document.querySelector('p')!;
    expect(p.getAttribute('data-x')).toBe('1');
    expect(p.childNodes.length).toBe(4);
    expect(p.lastChild!.nodeType).toBe(8);
  });
});
