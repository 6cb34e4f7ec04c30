/**
 * UI strings from `public/_locales`, chosen by the browser's UI language. Read through the `chrome` namespace
 * (synchronous, the same in Chrome and Firefox), so the popup's first paint needs no API polyfill.
 */
const i18n = () => (globalThis as unknown as { chrome: { i18n: { getMessage(key: string, sub?: string): string; getUILanguage(): string } } }).chrome.i18n;

export type MessageKey = keyof typeof import('../public/_locales/en/messages.json');

export function t(key: MessageKey, substitution?: string | number): string {
  const text = i18n().getMessage(key, substitution === undefined ? undefined : String(substitution));
  // An empty answer means a missing translation: show the key rather than a blank control.
  return text || key;
}

/** The UI language, for formatting dates and language names the way the reader expects. */
export function uiLanguage(): string {
  try {
    return i18n().getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

/** A source kind ('press-service') in the reader's language. */
export function sourceKindLabel(kind: string): string {
  return t(`source_${kind.replace(/-/g, '_')}` as MessageKey);
}
