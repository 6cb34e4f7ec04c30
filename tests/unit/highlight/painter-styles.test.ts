/**
 * Where the painter's `::highlight()` rules go: a constructed sheet adopted by the page's document where this world
 * can set `document.adoptedStyleSheets` (Chrome), the extension's inserter where it cannot (Firefox content scripts
 * meet the page's list through an Xray wrapper that throws on every use). Window stand-ins: the painter touches only
 * these members.
 */
import { describe, expect, it } from 'vitest';
import { HighlightPainter, type StyleInserter } from '../../../lib/highlight/paint';
import type { HighlightItem } from '../../../lib/highlight/items';
import { ContentStylesMessage } from '../../../lib/schema/messages';
import { DEFAULT_SETTINGS } from '../../../lib/schema/settings';

class FakeSheet {
  text = '';
  replaceSync(css: string) {
    this.text = css;
  }
  get cssRules() {
    return this.text.split('\n').filter(Boolean);
  }
}

function fakeWindow(adoptable: boolean) {
  let adopted: FakeSheet[] = [];
  const document = {
    get adoptedStyleSheets(): FakeSheet[] {
      if (!adoptable) throw new Error('Accessing from Xray wrapper is not supported.');
      return adopted;
    },
    set adoptedStyleSheets(list: FakeSheet[]) {
      if (!adoptable) throw new Error('Accessing from Xray wrapper is not supported.');
      adopted = list;
    },
  };
  const win = { document, CSSStyleSheet: FakeSheet, CSS: { highlights: new Map() }, Highlight: class { add() {} }, setTimeout };
  return { win: win as unknown as Window & typeof globalThis, adopted: () => adopted };
}

function recordingInserter() {
  const calls: [string, string | null, string | null][] = [];
  const inserter: StyleInserter = {
    insert: (css, previous) => void calls.push(['insert', css, previous]),
    remove: (css) => void calls.push(['remove', css, null]),
  };
  return { inserter, calls };
}

const item = (kind: HighlightItem['kind'], tint = -1): HighlightItem => ({
  kind,
  span: { start: 0, end: 4, block: 0, selector: { exact: 'Text', prefix: '', suffix: '' } },
  label: null,
  tint,
  ref: 0,
});
const range = {} as Range;
const settings = DEFAULT_SETTINGS.highlights;

describe('HighlightPainter styles', () => {
  it('adopts its sheet where the page list can be set, and never calls the inserter', () => {
    const { win, adopted } = fakeWindow(true);
    const { inserter, calls } = recordingInserter();
    const painter = new HighlightPainter(win, inserter);
    painter.paint([item('person')], [range], settings);
    expect(adopted()).toHaveLength(1);
    expect((adopted()[0] as FakeSheet).text).toContain('::highlight(');
    expect(calls).toEqual([]);
    expect(painter.styled()).toBe(true);
  });

  it('hands its rules to the inserter where the page list cannot be touched, replaces them on change, removes them on dispose', () => {
    const { win } = fakeWindow(false);
    const { inserter, calls } = recordingInserter();
    const painter = new HighlightPainter(win, inserter);
    painter.paint([item('person')], [range], settings);
    expect(calls).toHaveLength(1);
    const [kind, first, previous] = calls[0]!;
    expect([kind, previous]).toEqual(['insert', null]);
    // What the painter writes is what the background accepts (and nothing else, below).
    expect(ContentStylesMessage.safeParse({ type: 'content:styles', add: first, remove: previous }).success).toBe(true);
    // The same rules again: nothing sent; a new kind: the new rules replace the old.
    painter.paint([item('person')], [range], settings);
    expect(calls).toHaveLength(1);
    painter.paint([item('person'), item('source')], [range, range], settings);
    expect(calls).toHaveLength(2);
    expect(calls[1]![0]).toBe('insert');
    expect(calls[1]![2]).toBe(first);
    expect(painter.keepStyled()).toBe(true);
    painter.dispose();
    expect(calls[2]).toEqual(['remove', calls[1]![1], null]);
  });
});

describe('content:styles', () => {
  it.each([
    '::highlight(abc){color:red}}body{display:none',
    '::highlight(abc){color:red}\n@import url(https://evil.example/x.css)',
    'body{display:none}',
    '::highlight(abc){background:url(<x>)}',
    '::highlight(abc){background-image:url(https://evil.example/p.png)}',
    '::highlight(abc){color:red}\\a body{}',
    '',
  ])('refuses CSS other than highlight rules: %s', (css) => {
    expect(ContentStylesMessage.safeParse({ type: 'content:styles', add: css, remove: null }).success).toBe(false);
    expect(ContentStylesMessage.safeParse({ type: 'content:styles', add: null, remove: css }).success).toBe(false);
  });
});
