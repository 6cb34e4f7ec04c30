/**
 * The language Byline's interface speaks to the reader. `i18n.getUILanguage()` is the browser's answer,
 * but a service worker can disagree with the pages: Debian's Chromium without its language packs reports
 * "en-US" in the worker while serving the Russian messages chosen by the reader's locale. The messages
 * actually served say which locale the reader sees (`uiLocale` is each messages.json's own code), so a
 * served non-default locale wins; otherwise the browser's UI language (which may have no messages of its own) stands.
 */
import { browser } from 'wxt/browser';

const DEFAULT_LOCALE = 'en';

export function uiLocale(): string {
  let reported = DEFAULT_LOCALE;
  let served = '';
  try {
    reported = browser.i18n.getUILanguage() || DEFAULT_LOCALE;
    served = browser.i18n.getMessage('uiLocale');
  } catch {
    return reported;
  }
  return served && served !== DEFAULT_LOCALE ? served : reported;
}
