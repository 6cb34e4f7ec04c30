/**
 * The size check (entrypoints/content/page-size.ts) before detection's first stage: a page's scripts do not make it
 * too large, its own text does, whether read at once or walked.
 */
import { describe, expect, it } from 'vitest';
import { startSizeCheck } from '../../../entrypoints/content/page-size';
import { docOf } from '../page/helpers';

const check = (html: string) => startSizeCheck(docOf(html)).step(Infinity);
const page = (body: string) => `<html><head><title>t</title></head><body>${body}</body></html>`;

describe('the size check', () => {
  it('is not fooled by megabytes of inline scripts and styles', () => {
    const state = `<script>window.__STATE__ = "${'x'.repeat(1_500_000)}"</script><style>${'a{}'.repeat(100_000)}</style>`;
    expect(check(page(`<h1>A story</h1><p>${'word '.repeat(2000)}</p>${state}`))).toBe(false);
  });

  it('finds a page too large by its own text, beside scripts or not', () => {
    const prose = Array.from({ length: 600 }, () => `<p>${'word '.repeat(400)}</p>`).join('');
    expect(check(page(prose))).toBe(true);
    expect(check(page(`<script>${'x'.repeat(300_000)}</script>${prose}`))).toBe(true);
  });

  it('finds one text node too long to read, beside scripts or not', () => {
    const node = `<div>${'y'.repeat(250_000)}</div>`;
    expect(check(page(node))).toBe(true);
    expect(check(page(`<script>${'x'.repeat(300_000)}</script>${node}`))).toBe(true);
  });

  it('leaves ordinary pages alone', () => {
    expect(check(page(`<h1>A story</h1>${'<p>A paragraph of the story.</p>'.repeat(50)}`))).toBe(false);
  });
});
