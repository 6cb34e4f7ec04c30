/**
 * The language Byline's interface speaks to the reader. `i18n.getUILanguage()` is the browser's answer,
 * but a service worker can disagree with the pages: Debian's Chromium without its language packs reports
 * "en-US" in the worker while serving the Russian messages chosen by the reader's locale. The messages
 * actually served say which locale the reader sees (`uiLocale` is each messages.json's own code), so a
 * served non-default locale wins; otherwise the browser's UI language (which may have no messages of its own) stands.
 */

/** The i18n API through the `chrome` namespace: synchronous, in Chrome and Firefox alike, and no polyfill to load first. */
export const chromeI18n = () =>
  (globalThis as unknown as { chrome: { i18n: { getMessage(key: string, sub?: string): string; getUILanguage(): string } } }).chrome.i18n;

const DEFAULT_LOCALE = 'en';

export function uiLocale(): string {
  let reported = DEFAULT_LOCALE;
  let served = '';
  try {
    reported = chromeI18n().getUILanguage() || DEFAULT_LOCALE;
    served = chromeI18n().getMessage('uiLocale');
  } catch {
    return reported;
  }
  return served && served !== DEFAULT_LOCALE ? served : reported;
}
