import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/schema';
import { settingsChange } from '../../../entrypoints/content/live-settings';

const with_ = (patch: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...patch });

describe('what a settings change means for an open page', () => {
  it('the site (or a parent domain) switched off or on', () => {
    expect(settingsChange(DEFAULT_SETTINGS, with_({ disabledSites: ['example.kz'] }), 'news.example.kz')).toBe('site-off');
    expect(settingsChange(with_({ disabledSites: ['example.kz'] }), DEFAULT_SETTINGS, 'example.kz')).toBe('site-on');
    expect(settingsChange(DEFAULT_SETTINGS, with_({ disabledSites: ['other.kz'] }), 'example.kz')).toBe('other');
  });

  it('"always analyse" added, or automatic analysis turned back on, runs Byline', () => {
    expect(settingsChange(DEFAULT_SETTINGS, with_({ alwaysOnSites: ['example.kz'] }), 'example.kz')).toBe('site-on');
    expect(settingsChange(with_({ autoAnalyze: false }), DEFAULT_SETTINGS, 'example.kz')).toBe('site-on');
  });

  it('highlight kinds and colours repaint; the reading language does not touch the page', () => {
    const h = DEFAULT_SETTINGS.highlights;
    expect(settingsChange(DEFAULT_SETTINGS, with_({ highlights: { ...h, kinds: { ...h.kinds, person: false } } }), 'a.kz')).toBe('highlights');
    expect(settingsChange(DEFAULT_SETTINGS, with_({ highlights: { ...h, colors: { ...h.colors, source: '#000000' } } }), 'a.kz')).toBe('highlights');
    expect(settingsChange(DEFAULT_SETTINGS, with_({ readerLanguage: 'ru' }), 'a.kz')).toBe('other');
  });
});
