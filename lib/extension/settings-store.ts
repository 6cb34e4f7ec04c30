/**
 * Settings in `storage.local`, always read through the zod schema. The one module outside
 * entrypoints/ that touches extension storage, shared by the content script, background,
 * popup and options page.
 */
import { browser } from 'wxt/browser';
import { parseStoredSettings, Settings } from '../schema';
import { uiLocale } from './ui-locale';

const SETTINGS_KEY = 'settings';
/** Set when stored settings were unreadable and replaced by defaults, until the options page shows it. */
const RESET_NOTICE_KEY = 'settingsResetNotice';

export async function loadSettings(): Promise<Settings> {
  const raw = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  const { settings, reset } = parseStoredSettings(raw);
  if (reset) {
    // Keep what could be repaired and remember to tell the reader; never crash on bad storage.
    await browser.storage.local.set({ [SETTINGS_KEY]: settings, [RESET_NOTICE_KEY]: true });
  }
  return settings;
}

export async function saveSettings(settings: Settings): Promise<Settings> {
  const clean = Settings.parse(settings);
  await browser.storage.local.set({ [SETTINGS_KEY]: clean });
  return clean;
}

/** Whether settings were reset since the reader last saw the notice; reading clears it. */
export async function takeResetNotice(): Promise<boolean> {
  const shown = (await browser.storage.local.get(RESET_NOTICE_KEY))[RESET_NOTICE_KEY] === true;
  if (shown) await browser.storage.local.remove(RESET_NOTICE_KEY);
  return shown;
}

/** The reader's languages: the chosen one (or the browser's UI language for "auto") first, then the others. */
export function readerLanguages(settings: Settings): string[] {
  const ui = uiLocale().slice(0, 2).toLowerCase();
  const main = settings.readerLanguage === 'auto' ? ui : settings.readerLanguage;
  return [main, ...settings.otherLanguages.filter((l) => l !== main)];
}
