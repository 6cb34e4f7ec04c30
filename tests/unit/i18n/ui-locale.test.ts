/** Which language the interface speaks: the served messages' locale when it is not the default, else the browser's. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readerLanguages } from '../../../lib/extension/settings-store';
import { uiLocale } from '../../../lib/extension/ui-locale';
import { DEFAULT_SETTINGS } from '../../../lib/schema';

function browserSays(reported: string, served: string): void {
  // ui-locale reads the synchronous `chrome.i18n` (no polyfill), in Chrome and Firefox alike.
  vi.stubGlobal('chrome', { i18n: { getUILanguage: () => reported, getMessage: (key: string) => (key === 'uiLocale' ? served : '') } });
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('uiLocale', () => {
  it('follows the served messages when the worker reports the fallback locale (Debian Chromium without language packs)', () => {
    browserSays('en-US', 'ru');
    expect(uiLocale()).toBe('ru');
    expect(readerLanguages(DEFAULT_SETTINGS)[0]).toBe('ru');
  });

  it('keeps the browser language when Byline has no messages in it (German UI, English messages)', () => {
    browserSays('de-DE', 'en');
    expect(uiLocale()).toBe('de-DE');
    expect(readerLanguages(DEFAULT_SETTINGS)[0]).toBe('de');
  });

  it('an explicit reading language wins over the UI', () => {
    browserSays('en-US', 'kk');
    expect(readerLanguages({ ...DEFAULT_SETTINGS, readerLanguage: 'ru' })[0]).toBe('ru');
  });

  it('each messages.json names its own locale', () => {
    for (const locale of ['en', 'ru', 'kk']) {
      const messages = JSON.parse(readFileSync(path.resolve(__dirname, '../../../public/_locales', locale, 'messages.json'), 'utf8'));
      expect(messages.uiLocale.message).toBe(locale);
    }
  });
});
