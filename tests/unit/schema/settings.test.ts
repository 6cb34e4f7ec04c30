import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isSiteDisabled, parseStoredSettings, SitePattern } from '../../../lib/schema';

describe('settings schema', () => {
  it('gives defaults for nothing stored, without a reset notice', () => {
    expect(parseStoredSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, reset: false });
    expect(DEFAULT_SETTINGS).toEqual({ version: 1, autoAnalyze: true, disabledSites: [], readerLanguage: 'auto' });
  });

  it('keeps valid stored settings as they are', () => {
    const stored = { version: 1, autoAnalyze: false, disabledSites: ['example.com'], readerLanguage: 'ru' };
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
