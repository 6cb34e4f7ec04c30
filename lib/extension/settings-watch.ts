/**
 * Settings as they change: every open page, popup, panel and tab hears a change the moment it is stored
 * (storage change events), so nothing waits for a reload. Also the site switches the popup and panel offer.
 */
import { browser } from 'wxt/browser';
import { parseStoredSettings, type Settings } from '../schema';
import { loadSettings, saveSettings } from './settings-store';

const SETTINGS_KEY = 'settings';

/**
 * Calls `onChange` with the parsed settings after every stored change, and the settings stored before it (parsed only
 * when read); returns the unsubscribe.
 */
export function watchSettings(onChange: (next: Settings, previous: () => Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    const change = changes[SETTINGS_KEY]!;
    onChange(parseStoredSettings(change.newValue).settings, () => parseStoredSettings(change.oldValue).settings);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** A page's hostname as the site lists store it (no "www."). */
export function siteOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? hostname.toLowerCase().replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/**
 * "Turn off on this site" (off = true) or back on; "Always analyse this site" (always = true) or not.
 * Turning a site off takes it out of the always list and the other way round: a site is in one list at most.
 */
export async function setSiteMode(host: string, change: { off?: boolean; always?: boolean }): Promise<Settings> {
  const settings = await loadSettings();
  const without = (list: string[]) => list.filter((s) => s !== host && !host.endsWith('.' + s));
  let { disabledSites, alwaysOnSites } = settings;
  if (change.off === true) (disabledSites = [...without(disabledSites), host]), (alwaysOnSites = without(alwaysOnSites));
  if (change.off === false) disabledSites = without(disabledSites);
  if (change.always === true) (alwaysOnSites = [...without(alwaysOnSites), host]), (disabledSites = without(disabledSites));
  if (change.always === false) alwaysOnSites = without(alwaysOnSites);
  return saveSettings({ ...settings, disabledSites, alwaysOnSites });
}
