import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isSiteDisabled, parseStoredPageSettings, parseStoredSettings, SitePattern } from '../../../lib/schema';
import { keepReadableSites } from '../../../lib/schema/limits';

describe('settings schema', () => {
  it('gives defaults for nothing stored, without a reset notice', () => {
    expect(parseStoredSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, reset: false });
    expect(DEFAULT_SETTINGS).toMatchObject({ version: 2, autoAnalyze: true, disabledSites: [], readerLanguage: 'auto' });
  });

  it('keeps valid stored settings as they are', () => {
    const stored = { ...DEFAULT_SETTINGS, autoAnalyze: false, disabledSites: ['example.com'], readerLanguage: 'ru' };
    expect(parseStoredSettings(stored)).toEqual({ settings: stored, reset: false });
  });

  it.each([
    ['a string', 'garbage'],
    ['an array', [1, 2]],
    ['a number', 42],
  ])('resets %s to defaults and says so', (_, raw) => {
    expect(parseStoredSettings(raw)).toEqual({ settings: DEFAULT_SETTINGS, reset: true });
  });

  it('repairs bad fields one by one, keeping the good ones, and says so', () => {
    const { settings, reset } = parseStoredSettings({ autoAnalyze: 'yes', disabledSites: ['ok.kz'], readerLanguage: 7 });
    expect(reset).toBe(true);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['ok.kz'] });
  });

  it.each([
    ['Example.COM', 'example.com'],
    ['https://news.example.kz/path?q=1', 'news.example.kz'],
    ['*.tengrinews.kz', 'tengrinews.kz'],
    ['localhost:8080', 'localhost'],
  ])('normalises the site %s to %s', (input, expected) => {
    expect(SitePattern.parse(input)).toBe(expected);
  });

  it('rejects lines that are not site names', () => {
    expect(SitePattern.safeParse('not a site!').success).toBe(false);
    expect(SitePattern.safeParse('').success).toBe(false);
  });

  it('turns Byline off on a listed site and its subdomains only', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] };
    expect(isSiteDisabled(settings, 'example.com')).toBe(true);
    expect(isSiteDisabled(settings, 'news.example.com')).toBe(true);
    expect(isSiteDisabled(settings, 'notexample.com')).toBe(false);
    expect(isSiteDisabled(settings, 'example.com.evil.org')).toBe(false);
  });
});

describe('settings versions', () => {
  it('migrates version 1 settings without calling it a reset', () => {
    const v1 = { version: 1, autoAnalyze: false, disabledSites: ['example.com'], readerLanguage: 'kk' };
    const { settings, reset } = parseStoredSettings(v1);
    expect(reset).toBe(false);
    expect(settings.version).toBe(2);
    expect(settings.autoAnalyze).toBe(false);
    expect(settings.disabledSites).toEqual(['example.com']);
    expect(settings.readerLanguage).toBe('kk');
    expect(settings.highlights).toEqual(DEFAULT_SETTINGS.highlights);
    expect(settings.providers).toEqual({ gdelt: false, googleNews: false });
  });

  it('repairs a damaged nested field and reports the reset', () => {
    const { settings, reset } = parseStoredSettings({
      ...DEFAULT_SETTINGS,
      highlights: { ...DEFAULT_SETTINGS.highlights, colors: { ...DEFAULT_SETTINGS.highlights.colors, source: 'red; background:url(x)' } },
    });
    expect(reset).toBe(true);
    expect(settings.highlights.colors.source).toBe(DEFAULT_SETTINGS.highlights.colors.source);
  });

  it('keeps providers off by default: nothing goes to the network unless the reader says so', () => {
    expect(DEFAULT_SETTINGS.providers).toEqual({ gdelt: false, googleNews: false });
  });

  it('ignores keys it does not know (written by a newer version)', () => {
    expect(parseStoredSettings({ ...DEFAULT_SETTINGS, futureThing: 1 }).reset).toBe(false);
  });
});

describe('the page settings (what the content script reads as it starts)', () => {
  const h = DEFAULT_SETTINGS.highlights;
  // Whatever is stored, the content script runs with what the whole settings say for the same fields.
  it.each([
    ['nothing', undefined],
    ['a string', 'garbage'],
    ['an array', ['example.com']],
    ['version 1', { version: 1, autoAnalyze: false, disabledSites: ['old.kz'] }],
    ['valid settings', { ...DEFAULT_SETTINGS, autoAnalyze: false, alwaysOnSites: ['news.kz'], highlights: { ...h, tintBySpeaker: false } }],
    ['bad fields', { autoAnalyze: 'yes', disabledSites: 'example.com', highlights: { enabled: 3, kinds: { person: false, quote: 1 }, colors: { source: 'red' } } }],
    ['one bad site entry among good ones', { disabledSites: ['off.kz', 42, 'not a site!', 'Also-Off.kz'], alwaysOnSites: [{}] }],
    ['a site list too long', { disabledSites: Array.from({ length: 1001 }, (_, i) => `s${i}.kz`) }],
  ])('agree with the whole settings for %s', (_, raw) => {
    const { raw: readable } = keepReadableSites(raw);
    const whole = parseStoredSettings(readable).settings;
    const page = parseStoredPageSettings(readable);
    expect(page).toEqual({ autoAnalyze: whole.autoAnalyze, disabledSites: whole.disabledSites, alwaysOnSites: whole.alwaysOnSites, highlights: whole.highlights });
  });

  it('keeps the good site entries when one is unreadable (the site stays off)', () => {
    const page = parseStoredPageSettings(keepReadableSites({ disabledSites: ['off.kz', 42] }).raw);
    expect(isSiteDisabled(page, 'news.off.kz')).toBe(true);
    expect(page.highlights.kinds.person).toBe(true);
  });
});
