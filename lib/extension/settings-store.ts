/**
 * Settings in `storage.local`, always read through the zod schema. The one module outside
 * entrypoints/ that touches extension storage, shared by the content script, background,
 * popup and options page.
 */
import { browser } from 'wxt/browser';
import { parseStoredPageSettings, parseStoredSettings, Settings, type PageSettings } from '../schema';
import { uiLocale } from './ui-locale';
import { keepReadableSites } from '../schema/limits';

const SETTINGS_KEY = 'settings';
/** Set when stored settings were unreadable and replaced by defaults, until the options page shows it. */
const RESET_NOTICE_KEY = 'settingsResetNotice';
/** Site-list entries that could not be read and were dropped (the rest kept), until the reader saves the options. */
const DROPPED_SITES_KEY = 'settingsDroppedSites';
/** At most this many dropped entries are remembered for the notice. */
const MAX_DROPPED_SHOWN = 20;

/** `measure` wraps the reading (the schema's work, on the caller's thread): the content script times it as a step. */
export async function loadSettings(measure: <T>(read: () => T) => T = (read) => read()): Promise<Settings> {
  const stored = await browser.storage.local.get([SETTINGS_KEY, DROPPED_SITES_KEY]);
  const { settings, reset, dropped } = measure(() => {
    // Each site entry on its own: one bad entry must not wipe a list (and switch Byline on where the reader turned it off).
    const { raw, dropped } = keepReadableSites(stored[SETTINGS_KEY]);
    return { ...parseStoredSettings(raw), dropped };
  });
  if (reset || dropped.length > 0) {
    // Keep what could be repaired and remember to tell the reader; never crash on bad storage.
    const write: Record<string, unknown> = { [SETTINGS_KEY]: settings };
    if (reset) write[RESET_NOTICE_KEY] = true;
    if (dropped.length > 0) write[DROPPED_SITES_KEY] = [...droppedList(stored[DROPPED_SITES_KEY]), ...dropped].slice(0, MAX_DROPPED_SHOWN);
    await browser.storage.local.set(write);
  }
  return settings;
}

/**
 * The settings a page's content script needs, read as `loadSettings` reads them (an unreadable site entry is dropped,
 * not the list) but without repairing storage, which the background does on its next read.
 */
export async function loadPageSettings(measure: <T>(read: () => T) => T = (read) => read()): Promise<PageSettings> {
  const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  return measure(() => parseStoredPageSettings(keepReadableSites(stored).raw));
}

function droppedList(raw: unknown): string[] {
  return Array.isArray(raw) ? raw.filter((e): e is string => typeof e === 'string') : [];
}

/** Site-list entries dropped as unreadable, for the popup and options to show (kept until the reader saves the options). */
export async function droppedSiteEntries(): Promise<string[]> {
  return droppedList((await browser.storage.local.get(DROPPED_SITES_KEY))[DROPPED_SITES_KEY]);
}

export async function saveSettings(settings: Settings): Promise<Settings> {
  const clean = Settings.parse(settings);
  await browser.storage.local.set({ [SETTINGS_KEY]: clean });
  // The reader has seen the lists as they now stand.
  await browser.storage.local.remove(DROPPED_SITES_KEY);
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
