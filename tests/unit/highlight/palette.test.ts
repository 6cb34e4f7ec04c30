/**
 * The highlight palette: every kind tells apart from every other for readers with protanopia or
 * deuteranopia (Machado 2009 simulation, CIEDE2000 ≥ 20) and stays visible on light and dark pages
 * (WCAG contrast ≥ 3:1, the bar for graphical objects, on white and on #121212).
 */
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_KINDS } from '../../../lib/highlight/items';
import { TINTS, TINTS_DARK, stylesheetText } from '../../../lib/highlight/paint';
import { DEFAULT_HIGHLIGHT_COLORS, DEFAULT_SETTINGS } from '../../../lib/schema/settings';
import { contrast, deltaE2000, deltaE76, parseHex, simulate, toLab, type Deficiency } from './color-vision';

const WHITE = parseHex('#ffffff');
/** Material's dark surface: darker than most dark news themes, so the hardest case for dark colours. */
const DARK = parseHex('#121212');
const MIN_DELTA_E = 20;
const MIN_CONTRAST = 3;

const pairs = HIGHLIGHT_KINDS.flatMap((a, i) => HIGHLIGHT_KINDS.slice(i + 1).map((b) => [a, b] as const));

describe('colour science helpers', () => {
  it('CIEDE2000 matches Sharma et al.’s published test pairs', () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
    expect(deltaE2000([22.7233, 20.0904, -46.694], [23.0331, 14.973, -42.5619])).toBeCloseTo(2.0373, 4);
    expect(deltaE2000([2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514])).toBeCloseTo(0.9082, 4);
  });

  it('Lab and WCAG contrast give the textbook values', () => {
    const red = toLab(parseHex('#ff0000'));
    expect(red[0]).toBeCloseTo(53.24, 1);
    expect(red[1]).toBeCloseTo(80.09, 1);
    expect(contrast(WHITE, parseHex('#000000'))).toBeCloseTo(21, 5);
    expect(contrast(WHITE, parseHex('#767676'))).toBeCloseTo(4.54, 2);
  });

  it('the simulation merges what dichromats confuse and keeps what they see', () => {
    // Red and green that differ hugely in normal vision collapse under deuteranopia…
    const [red, green] = [parseHex('#d03030'), parseHex('#5a8a00')];
    expect(deltaE76(toLab(red), toLab(green))).toBeGreaterThan(60);
    expect(deltaE2000(toLab(simulate(red, 'deuteranopia')), toLab(simulate(green, 'deuteranopia')))).toBeLessThan(15);
    // …while greys are unchanged.
    const grey = parseHex('#808080');
    for (const d of ['protanopia', 'deuteranopia'] as const) {
      simulate(grey, d).forEach((c, i) => expect(c).toBeCloseTo(grey[i]!, 2));
    }
  });

  it('the old palette fails the bar (speakers and people shared a colour)', () => {
    const old = { speaker: '#1f5a96', person: '#1f5a96' };
    expect(deltaE2000(toLab(parseHex(old.speaker)), toLab(parseHex(old.person)))).toBeLessThan(MIN_DELTA_E);
  });
});

describe('highlight palette', () => {
  it('has a distinct colour for every kind', () => {
    expect(Object.keys(DEFAULT_HIGHLIGHT_COLORS).sort()).toEqual([...HIGHLIGHT_KINDS].sort());
    expect(new Set(Object.values(DEFAULT_HIGHLIGHT_COLORS)).size).toBe(HIGHLIGHT_KINDS.length);
  });

  for (const deficiency of ['protanopia', 'deuteranopia', null] as (Deficiency | null)[]) {
    it(`every pair of kinds differs by ΔE2000 ≥ ${MIN_DELTA_E} ${deficiency ? `under ${deficiency}` : 'in normal vision'}`, () => {
      const seen = (kind: (typeof HIGHLIGHT_KINDS)[number]) => {
        const rgb = parseHex(DEFAULT_HIGHLIGHT_COLORS[kind]);
        return toLab(deficiency ? simulate(rgb, deficiency) : rgb);
      };
      const close = pairs
        .map(([a, b]) => ({ pair: `${a}/${b}`, deltaE: Math.round(deltaE2000(seen(a), seen(b)) * 10) / 10 }))
        .filter((p) => p.deltaE < MIN_DELTA_E);
      expect(close).toEqual([]);
    });
  }

  it(`each kind's colour has ≥ ${MIN_CONTRAST}:1 contrast on white and on a dark page`, () => {
    const weak = Object.entries(DEFAULT_HIGHLIGHT_COLORS).flatMap(([kind, hex]) => {
      const c = parseHex(hex);
      const [onWhite, onDark] = [contrast(c, WHITE), contrast(c, DARK)];
      return onWhite < MIN_CONTRAST || onDark < MIN_CONTRAST ? [{ kind, hex, onWhite, onDark }] : [];
    });
    expect(weak).toEqual([]);
  });

  it('direct quotes painted as a fill keep their forced dark text readable (≥ 4.5:1)', () => {
    expect(stylesheetText(DEFAULT_SETTINGS.highlights, (key) => `byline-${key}`)).toContain('color:#111');
    for (const fill of [DEFAULT_HIGHLIGHT_COLORS['quote-direct'], ...TINTS]) {
      expect(contrast(parseHex(fill), parseHex('#111111'))).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('per-speaker underline tints stay ≥ 3:1 on white and on a dark page', () => {
    for (const hex of TINTS_DARK) {
      expect(contrast(parseHex(hex), WHITE)).toBeGreaterThanOrEqual(MIN_CONTRAST);
      expect(contrast(parseHex(hex), DARK)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    }
  });

  it('the stylesheet holds only the rules of the keys painted, and the flash', () => {
    const css = stylesheetText(DEFAULT_SETTINGS.highlights, (key) => `byline-${key}`, new Set(['speaker', 'quote-direct-2']));
    expect(css.match(/::highlight\(byline-[^)]*\)/g)).toEqual(['::highlight(byline-quote-direct-2)', '::highlight(byline-speaker)', '::highlight(byline-flash)']);
    expect(stylesheetText(DEFAULT_SETTINGS.highlights, (key) => `byline-${key}`).match(/::highlight/g)!.length).toBeGreaterThan(10);
  });

  it('the stylesheet paints each kind in its own colour', () => {
    const css = stylesheetText({ ...DEFAULT_SETTINGS.highlights, tintBySpeaker: false }, (key) => `byline-${key}`);
    for (const kind of ['speaker', 'official', 'person', 'source'] as const) {
      expect(css).toMatch(new RegExp(`::highlight\\(byline-${kind}\\)\\{[^}]*${DEFAULT_HIGHLIGHT_COLORS[kind]}`));
    }
  });
});
