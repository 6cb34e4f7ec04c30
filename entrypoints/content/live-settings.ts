/**
 * Settings that apply at once in an open tab: switching the site off clears what is painted, switching it
 * on (or to "always analyse") runs Byline, and highlight kinds and colours repaint, all without a reload.
 * Also answers the popup and panel's question "which site is this?" for their site switches.
 */
import { browser } from 'wxt/browser';
import { isSiteDisabled, LiveSiteRequest, siteListed, type LiveSiteAnswer, type PageSettings, type Settings } from '../../lib/schema';
import { watchSettings } from '../../lib/extension/settings-watch';
import { isExtensionPage } from '../../lib/extension/senders';

/** What a settings change means for this page. */
export type SettingsChange = 'site-off' | 'site-on' | 'highlights' | 'other';

export function settingsChange(before: PageSettings, after: PageSettings, host: string): SettingsChange {
  const wasOff = isSiteDisabled(before, host);
  const isOff = isSiteDisabled(after, host);
  if (!wasOff && isOff) return 'site-off';
  const alwaysAdded = !siteListed(before.alwaysOnSites, host) && siteListed(after.alwaysOnSites, host);
  if ((wasOff && !isOff) || alwaysAdded || (!before.autoAnalyze && after.autoAnalyze)) return 'site-on';
  if (JSON.stringify(before.highlights) !== JSON.stringify(after.highlights)) return 'highlights';
  return 'other';
}

/** What changed is judged against the settings stored before the change (the page is given only what it paints with). */
export function followSettings(signal: AbortSignal, apply: (next: Settings, change: SettingsChange) => void): void {
  const stop = watchSettings((next, previous) => {
    const change = settingsChange(previous(), next, location.hostname);
    try {
      apply(next, change);
    } catch {
      // The page is not ours to break: a failed repaint waits for the next change.
    }
  });
  // Asked by the popup and panel; only Byline's own pages get an answer, never another tab's script.
  // Answered with sendResponse, which Chrome and Firefox both support without the API polyfill (this script has none).
  const answer = (raw: unknown, sender: { id?: string; tab?: unknown; url?: string }, sendResponse: (answer: LiveSiteAnswer) => void): undefined => {
    if (sender.id !== browser.runtime.id || (sender.tab && !isExtensionPage(sender))) return undefined;
    if (LiveSiteRequest.safeParse(raw).success) sendResponse({ url: location.href });
    return undefined;
  };
  browser.runtime.onMessage.addListener(answer);
  signal.addEventListener('abort', () => {
    stop();
    browser.runtime.onMessage.removeListener(answer);
  });
}
