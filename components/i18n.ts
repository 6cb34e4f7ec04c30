/** UI strings from `public/_locales`, chosen by the browser's UI language. */
import { browser } from 'wxt/browser';

export type MessageKey = keyof typeof import('../public/_locales/en/messages.json');

export function t(key: MessageKey, substitution?: string | number): string {
  const text = browser.i18n.getMessage(key, substitution === undefined ? undefined : String(substitution));
  // An empty answer means a missing translation: show the key rather than a blank control.
  return text || key;
}

/** The UI language, for formatting dates and language names the way the reader expects. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

/** A source kind ('press-service') in the reader's language. */
export function sourceKindLabel(kind: string): string {
  return t(`source_${kind.replace(/-/g, '_')}` as MessageKey);
}
