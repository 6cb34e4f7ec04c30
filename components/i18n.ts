/**
 * UI strings from `public/_locales`, chosen by the browser's UI language. Read through the `chrome` namespace
 * (synchronous, the same in Chrome and Firefox), so the popup's first paint needs no API polyfill.
 */
import { chromeI18n, uiLocale } from '../lib/extension/ui-locale';
import { pluralCategory } from './format';

const i18n = chromeI18n;

export type MessageKey = keyof typeof import('../public/_locales/en/messages.json');

export function t(key: MessageKey, substitution?: string | number): string {
  const text = i18n().getMessage(key, substitution === undefined ? undefined : String(substitution));
  // An empty answer means a missing translation: show the key rather than a blank control.
  return text || key;
}

/** The UI language, for formatting dates and language names the way the reader expects. */
export function uiLanguage(): string {
  return uiLocale();
}

/** A source kind ('press-service') in the reader's language. */
export function sourceKindLabel(kind: string): string {
  return t(`source_${kind.replace(/-/g, '_')}` as MessageKey);
}

/** Keys with plural forms: `<key>_one`, `<key>_few`, `<key>_many` beside `<key>` for every other count. */
export type PluralKey = 'mentions';

/** "1 mention", "5 mentions", "3 упоминания": the form Intl.PluralRules picks for the UI language. */
export function plural(key: PluralKey, n: number): string {
  const category = pluralCategory(n, uiLanguage());
  if (category !== 'other') {
    // `_few`/`_many` exist only in the locales that use them (ru), so not in en's typed key list.
    const form = i18n().getMessage(`${key}_${category}`, String(n));
    if (form) return form;
  }
  return t(key, n);
}
