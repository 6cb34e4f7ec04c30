/**
 * The CLI parses pages with linkedom, patched (patches/linkedom+0.18.15.patch) so that a node gets its
 * listener table on its first addEventListener instead of at construction: a parsed page has hundreds of
 * thousands of nodes and no listeners, and a WeakMap entry per node made garbage collection a fifth of the
 * CLI's time. These tests hold the patch to the behaviour events had before it.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

describe('linkedom events after the lazy listener-table patch', () => {
  it('still delivers, bubbles and removes listeners on parsed nodes', () => {
    const { document, window } = parseHTML('<html><body><div id="outer"><p id="inner">x</p></div></body></html>');
    const inner = document.getElementById('inner')!;
    const outer = document.getElementById('outer')!;
    const seen: string[] = [];
    const onInner = () => seen.push('inner');
    inner.addEventListener('ping', onInner);
    outer.addEventListener('ping', () => seen.push('outer'));
    inner.dispatchEvent(new window.Event('ping', { bubbles: true }));
    expect(seen).toEqual(['inner', 'outer']);
    inner.removeEventListener('ping', onInner);
    inner.dispatchEvent(new window.Event('ping', { bubbles: true }));
    expect(seen).toEqual(['inner', 'outer', 'outer']);
  });

  it('lets a node that never had a listener dispatch and remove without throwing', () => {
    const { document, window } = parseHTML('<html><body><p id="a">x</p></body></html>');
    const a = document.getElementById('a')!;
    expect(() => a.removeEventListener('ping', () => {})).not.toThrow();
    expect(a.dispatchEvent(new window.Event('ping'))).toBe(true);
  });

  it('is applied: nodes are constructed without a listener table', async () => {
    const source = await import('node:fs').then((fs) =>
      fs.readFileSync(new URL('../../../node_modules/linkedom/esm/interface/event-target.js', import.meta.url), 'utf8'),
    );
    expect(source).not.toMatch(/constructor\(\)\s*\{\s*wm\.set/);
  });
});
