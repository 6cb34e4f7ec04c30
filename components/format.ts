/** Display helpers shared by the popup and options page. */
import { UI_NAMES, type UiNames } from '../lib/lang/ui-names';

/** Byline's own names for a UI locale ("kk-KZ" → the kk entry), when it has them. */
function uiNames(locale: string): UiNames | null {
  return UI_NAMES[locale.toLowerCase().split(/[-_]/)[0] ?? ''] ?? null;
}

/**
 * Formats an ISO 8601 date as the page stated it: the wall-clock date and time the publisher wrote,
 * not converted to the reader's zone (an article "published 13:40" should read 13:40).
 */
export function formatPublished(iso: string | null, locale: string): string | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d, h, mi] = m;
  const wall = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0)));
  if (Number.isNaN(wall.getTime())) return iso;
  const timed = h !== undefined;
  try {
    const format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', ...(timed ? { timeStyle: 'short' } : {}), timeZone: 'UTC' });
    const names = uiNames(locale);
    // Without month names Intl writes "2023 M11 5": use Byline's names instead.
    if (names && !format.formatToParts(wall).some((p) => p.type === 'month' && /\p{L}{2}/u.test(p.value))) {
      const date = names.longDate.replace('{y}', y!).replace('{d}', String(Number(d))).replace('{m}', names.months[Number(mo) - 1]!);
      if (!timed) return date;
      const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' }).format(wall);
      return names.dateTime.replace('{date}', date).replace('{time}', time);
    }
    return format.format(wall);
  } catch {
    return iso;
  }
}

/** "Russian (ru)" in the reader's UI language; the bare code when neither Intl nor Byline can name it. */
export function languageName(code: string, locale: string): string {
  if (!code || code === 'und') return '';
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([locale], { type: 'language' }).of(code);
  } catch {
    name = undefined;
  }
  if (!name || name.toLowerCase() === code.toLowerCase()) name = uiNames(locale)?.languages[code.toLowerCase()];
  return name ? `${name} (${code})` : code;
}

/** "a, b and c" in the reader's language (Intl.ListFormat, with Byline's conjunction where Intl has none). */
export function formatList(items: readonly string[], locale: string): string {
  let joined: string;
  try {
    joined = new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' }).format(items);
  } catch {
    joined = items.join(', ');
  }
  const names = uiNames(locale);
  // Chromium's Kazakh list data joins every item with a comma: "a, b, c".
  if (names && items.length > 1 && joined === items.join(', ')) {
    return `${items.slice(0, -1).join(', ')} ${names.and} ${items[items.length - 1]}`;
  }
  return joined;
}

/** The CLDR plural category of `n` in the reader's language ("one", "few", "many", "other"…). */
export function pluralCategory(n: number, locale: string): Intl.LDMLPluralRule {
  try {
    return new Intl.PluralRules(locale).select(n);
  } catch {
    return n === 1 ? 'one' : 'other';
  }
}
