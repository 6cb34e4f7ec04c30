/** Display helpers shared by the popup and options page. */

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
  try {
    return new Intl.DateTimeFormat(locale, {
      dateStyle: 'long',
      ...(h !== undefined ? { timeStyle: 'short' } : {}),
      timeZone: 'UTC',
    }).format(wall);
  } catch {
    return iso;
  }
}

/** "Russian (ru)" in the reader's UI language; the bare code when the runtime can't name it. */
export function languageName(code: string, locale: string): string {
  if (!code || code === 'und') return '';
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}
