import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setSiteMode, siteOf } from '../../../lib/extension/settings-watch';
import { loadSettings, saveSettings } from '../../../lib/extension/settings-store';
import { DEFAULT_SETTINGS } from '../../../lib/schema';

describe('"Turn off on this site" and "Always analyse this site"', () => {
  beforeEach(() => fakeBrowser.reset());

  it('names a page\'s site as the lists store it, http(s) only', () => {
    expect(siteOf('https://www.Example.kz/a?b')).toBe('example.kz');
    expect(siteOf('javascript:alert(1)')).toBeNull();
    expect(siteOf('chrome://newtab')).toBeNull();
  });

  it('a site is in one list at most, and turning it on removes the listing that covered it', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, disabledSites: ['other.kz'], alwaysOnSites: ['news.kz'] });
    await setSiteMode('news.kz', { off: true });
    let s = await loadSettings();
    expect(s.disabledSites).toEqual(['other.kz', 'news.kz']);
    expect(s.alwaysOnSites).toEqual([]);

    await setSiteMode('news.kz', { always: true });
    s = await loadSettings();
    expect(s.disabledSites).toEqual(['other.kz']);
    expect(s.alwaysOnSites).toEqual(['news.kz']);

    await saveSettings({ ...s, disabledSites: ['example.kz'] });
    await setSiteMode('sub.example.kz', { off: false });
    expect((await loadSettings()).disabledSites).toEqual([]);
  });
});
