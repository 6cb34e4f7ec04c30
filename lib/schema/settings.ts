/**
 * User settings, stored in `storage.local` under one key. Parsing never throws: anything
 * unreadable falls back to defaults field by field, and the caller is told it was reset.
 */
import { z } from 'zod';

export const SETTINGS_VERSION = 1;

/** A site the user listed: a hostname, lower-case, without scheme, port or path. */
export const SitePattern = z
  .string()
  .trim()
  .toLowerCase()
  .transform((s) => s.replace(/^[a-z]+:\/\//, '').replace(/[/:].*$/, '').replace(/^\*\./, ''))
  .pipe(z.string().regex(/^[a-z0-9.-]{1,253}$/u, 'not a hostname'));

export const Settings = z.object({
  version: z.literal(SETTINGS_VERSION).catch(SETTINGS_VERSION),
  /** Analyse article pages as they open; when off, Byline works only when asked from the popup. */
  autoAnalyze: z.boolean().catch(true).default(true),
  /** Hostnames (and their subdomains) where Byline never runs on its own. */
  disabledSites: z.array(SitePattern).max(1000).catch([]).default([]),
  /** ISO 639-1 code of the language the reader reads best, or "auto" for the browser's UI language. */
  readerLanguage: z
    .string()
    .regex(/^(auto|[a-z]{2,3})$/)
    .catch('auto')
    .default('auto'),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

/** Whether `hostname` is listed, directly or as a subdomain of a listed site. */
export function isSiteDisabled(settings: Settings, hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return settings.disabledSites.some((site) => host === site || host.endsWith('.' + site));
}

/**
 * Reads stored settings of any shape. `reset` is true when something stored could not be
 * used as it was (corrupted or foreign data), so the UI can say so.
 */
export function parseStoredSettings(raw: unknown): { settings: Settings; reset: boolean } {
  if (raw === undefined || raw === null) return { settings: DEFAULT_SETTINGS, reset: false };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { settings: DEFAULT_SETTINGS, reset: true };
  // `Settings` repairs bad fields silently (`.catch`); a strict parse tells whether it had to.
  return { settings: Settings.parse(raw), reset: !StrictSettings.partial().safeParse(raw).success };
}

const StrictSettings = z.object({
  version: z.literal(SETTINGS_VERSION),
  autoAnalyze: z.boolean(),
  disabledSites: z.array(SitePattern).max(1000),
  readerLanguage: z.string().regex(/^(auto|[a-z]{2,3})$/),
});
