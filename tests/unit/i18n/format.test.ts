/**
 * UI formatting in every locale: Kazakh dates and language names are words even where the browser's
 * Intl data lacks them (Chromium's does: "2023 M11 5 13:40", "ru"), plurals follow Intl.PluralRules,
 * lists Intl.ListFormat, and "Detected by" is told in plain words.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectionReasons } from '../../../components/ArticleCard';
import { formatList, formatPublished, languageName, pluralCategory } from '../../../components/format';
import type { PluralKey } from '../../../components/i18n';
import { LEXICONS } from '../../../lib/lang';
import { UI_NAMES } from '../../../lib/lang/ui-names';

const root = path.resolve(__dirname, '../../..');
const UI_LOCALES = ['en', 'ru', 'kk'];
const messages = (locale: string) =>
  JSON.parse(readFileSync(path.join(root, 'public/_locales', locale, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

/** Makes Intl behave like Chromium's trimmed Kazakh data: numeric months, codes for language names. */
function chromiumLikeKazakhIntl(): void {
  const RealDateTimeFormat = Intl.DateTimeFormat;
  // `function`, not an arrow: the code under test calls these with `new`.
  vi.spyOn(Intl, 'DateTimeFormat').mockImplementation((function (locale: string, options: Intl.DateTimeFormatOptions) {
    const real = new RealDateTimeFormat(locale, options);
    if (!String(locale).startsWith('kk')) return real;
    return {
      format: (d: Date) => real.format(d).replace(/\p{L}+/u, `M${d.getUTCMonth() + 1}`),
      formatToParts: (d: Date) => real.formatToParts(d).map((p) => (p.type === 'month' ? { ...p, value: `M${d.getUTCMonth() + 1}` } : p)),
    } as unknown as Intl.DateTimeFormat;
  }) as unknown as typeof Intl.DateTimeFormat);
  const RealDisplayNames = Intl.DisplayNames;
  vi.spyOn(Intl, 'DisplayNames').mockImplementation((function (locales: string[], options: Intl.DisplayNamesOptions) {
    const real = new RealDisplayNames(locales, options);
    return { of: (code: string) => (String(locales[0]).startsWith('kk') ? code : real.of(code)) } as Intl.DisplayNames;
  }) as unknown as typeof Intl.DisplayNames);
}

afterEach(() => vi.restoreAllMocks());

describe('dates', () => {
  it('Kazakh dates name the month where Intl cannot', () => {
    chromiumLikeKazakhIntl();
    expect(formatPublished('2023-11-05T13:40:00+06:00', 'kk')).toBe('2023 ж. 5 қараша, 13:40');
    expect(formatPublished('2024-01-31', 'kk')).toBe('2024 ж. 31 қаңтар');
    // Other locales keep Intl's own formatting.
    expect(formatPublished('2023-11-05T13:40', 'ru')).toMatch(/5 ноября 2023/);
  });

  it('uses Intl when it has the names (no numeric months in any UI locale)', () => {
    for (const locale of UI_LOCALES) {
      const text = formatPublished('2023-11-05T13:40', locale)!;
      expect(text).not.toMatch(/M11/);
      expect(text).toMatch(/13:40|1:40/);
    }
  });

  it('has twelve distinct month names for every locale it supplies', () => {
    for (const names of Object.values(UI_NAMES)) expect(new Set(names.months).size).toBe(12);
  });
});

describe('language names', () => {
  it('Kazakh language names are words, not codes, where Intl answers with the code', () => {
    chromiumLikeKazakhIntl();
    expect(languageName('ru', 'kk')).toBe('орыс тілі (ru)');
    expect(languageName('en', 'kk-KZ')).toBe('ағылшын тілі (en)');
    expect(languageName('xx', 'kk')).toBe('xx');
  });

  it('every language Byline analyses has a name in every UI locale', () => {
    chromiumLikeKazakhIntl();
    for (const locale of UI_LOCALES) {
      for (const code of Object.keys(LEXICONS)) expect(languageName(code, locale), `${code} in ${locale}`).not.toBe(code);
    }
  });
});

describe('lists and plurals', () => {
  it('joins lists with the locale’s conjunction', () => {
    expect(formatList(['a', 'b', 'c'], 'en')).toBe('a, b, and c');
    expect(formatList(['a', 'b', 'c'], 'ru')).toBe('a, b и c');
    expect(formatList(['a', 'b', 'c'], 'kk')).toBe('a, b және c');
    expect(formatList(['a'], 'kk')).toBe('a');
  });

  it('adds the Kazakh conjunction when Intl joins with commas only (as Chromium does)', () => {
    const Real = Intl.ListFormat;
    vi.spyOn(Intl, 'ListFormat').mockImplementation((function (l: string, o: Intl.ListFormatOptions) {
      return String(l).startsWith('kk') ? ({ format: (xs: string[]) => xs.join(', ') } as Intl.ListFormat) : new Real(l, o);
    }) as unknown as typeof Intl.ListFormat);
    expect(formatList(['a', 'b', 'c'], 'kk')).toBe('a, b және c');
  });

  it('picks CLDR plural categories', () => {
    expect(pluralCategory(1, 'en')).toBe('one');
    expect(pluralCategory(2, 'en')).toBe('other');
    expect([1, 2, 5, 21, 11].map((n) => pluralCategory(n, 'ru'))).toEqual(['one', 'few', 'many', 'one', 'many']);
  });

  it('every UI locale has a message for each plural form its language uses', () => {
    const keys: PluralKey[] = ['mentions'];
    for (const locale of UI_LOCALES) {
      const m = messages(locale);
      for (const key of keys) {
        expect(m[key]?.message, `${key} in ${locale}`).toBeTruthy();
        for (const category of new Intl.PluralRules(locale).resolvedOptions().pluralCategories) {
          if (category !== 'other') expect(m[`${key}_${category}`]?.message, `${key}_${category} in ${locale}`).toContain('$VALUE$');
        }
      }
    }
    expect(messages('en').mentions_one!.message).toBe('$VALUE$ mention');
  });
});

describe('"Detected by" in plain words', () => {
  it('names each family of signals once, and only positive ones', () => {
    expect(
      detectionReasons([
        { name: 'og:type', weight: 2 },
        { name: 'meta:published-time', weight: 1 },
        { name: 'text:contiguous', weight: 1 },
        { name: 'url:homepage', weight: -3 },
      ]),
    ).toEqual(['why_meta', 'why_text']);
  });

  it('has words, in every UI locale, for every signal family the detector emits', () => {
    const source = readFileSync(path.join(root, 'lib/page/detect.ts'), 'utf8');
    const families = new Set([...source.matchAll(/add\('([a-z]+):/g)].map((m) => m[1]!));
    expect(families.size).toBeGreaterThan(3);
    for (const family of families) {
      const [key] = detectionReasons([{ name: `${family}:x`, weight: 1 }]);
      expect(key, family).toBeTruthy();
      for (const locale of UI_LOCALES) expect(messages(locale)[key!]?.message, `${key} in ${locale}`).toBeTruthy();
    }
  });
});
