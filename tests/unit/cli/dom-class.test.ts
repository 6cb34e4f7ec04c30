/**
 * linkedom, patched (patches/linkedom+0.18.15.patch), writes a parsed `class` attribute's normalised value
 * itself instead of building a DOMTokenList for every classed element. These tests hold the patch to what
 * the className setter gave before: tokens split on any white space, empty and repeated ones dropped.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

describe('linkedom class values after the parse-time normalisation patch', () => {
  const page = '<div id="d" class="  a\tb  a\u00a0c b "></div><p id="p" class="x"></p><span id="s"></span><i id="i" class=""></i>';

  it('reads normalised values through getAttribute, className, the attribute node and serialisation', () => {
    const { document } = parseHTML(page);
    const d = document.getElementById('d')!;
    expect(d.getAttribute('class')).toBe('a b c');
    expect(d.className).toBe('a b c');
    expect(d.getAttributeNode('class')!.value).toBe('a b c');
    expect(d.outerHTML).toBe('<div id="d" class="a b c"></div>');
    expect(document.getElementById('p')!.getAttribute('class')).toBe('x');
    expect(document.getElementById('s')!.getAttribute('class')).toBe('');
    expect(document.getElementById('i')!.className).toBe('');
  });

  it('matches class selectors and keeps classList in step with later changes', () => {
    const { document } = parseHTML(page);
    const d = document.getElementById('d')!;
    expect(document.querySelectorAll('.c').length).toBe(1);
    expect(d.classList.contains('b')).toBe(true);
    d.classList.add('e');
    expect(d.getAttribute('class')).toBe('a b c e');
    d.setAttribute('class', 'y  y z');
    expect(d.className).toBe('y z');
    d.removeAttribute('class');
    expect(d.className).toBe('');
  });

  it('gives what the className setter gives for any value, one token or many, already single-spaced or not', () => {
    // Few distinct tokens so repeats are common; more than 16 tokens takes the patch's Set path.
    const token = fc.constantFrom('a', 'b', 'c', 'nav', 'x-1');
    const space = fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0');
    const value = fc.array(fc.tuple(token, space), { maxLength: 24 }).chain((pairs) =>
      fc.tuple(fc.constantFrom('', ' ', '\t'), fc.boolean()).map(([lead, trail]) => {
        const joined = pairs.map(([t, s]) => t + s).join('');
        return lead + (trail ? joined : joined.trimEnd());
      }),
    );
    fc.assert(
      fc.property(value, (v) => {
        const { document } = parseHTML(`<div class="${v}"></div>`);
        const set = parseHTML('<div></div>').document.querySelector('div')!;
        set.className = v;
        expect(document.querySelector('div')!.getAttribute('class')).toBe(set.getAttribute('class'));
      }),
      { numRuns: 2000 },
    );
  });
});

