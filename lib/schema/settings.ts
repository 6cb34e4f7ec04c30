/**
 * User settings, stored in `storage.local` under one key. Parsing never throws: older versions
 * are migrated, anything unreadable falls back to defaults field by field, and the caller is told
 * when something had to be reset.
 */
import { lazySchema, z } from './zod';
import { siteListed } from './sites';

export { siteListed };

export const SETTINGS_VERSION = 2;

/** A site the user listed: a hostname, lower-case, without scheme, port or path. */
export const SitePattern = lazySchema(() =>
  z.pipe(
    z.pipe(
      z.string().check(z.trim(), z.toLowerCase()),
      z.transform((s: string) => s.replace(/^[a-z]+:\/\//, '').replace(/[/:].*$/, '').replace(/^\*\./, '')),
    ),
    z.string().check(z.regex(/^[a-z0-9.-]{1,253}$/u, 'not a hostname')),
  ),
);

const LanguageCode = lazySchema(() =>
  z.string().check(z.regex(/^[a-z]{2,3}$/)),
);
const Color = lazySchema(() =>
  z.string().check(z.regex(/^#[0-9a-f]{6}$/i)),
);

/** Kinds of highlight a reader can switch on and off (quotes are tinted per speaker). */
export const HIGHLIGHT_SETTING_KINDS = ['quote-direct', 'quote-indirect', 'speaker', 'official', 'person', 'source'] as const;
export type HighlightSettingKind = (typeof HIGHLIGHT_SETTING_KINDS)[number];

/**
 * Mid-tone colours (≥ 3:1 on white and on a dark page) that stay ≥ 20 apart (CIEDE2000) for readers with
 * protanopia or deuteranopia as well as for everyone else; tests/unit/highlight/palette.test.ts checks both.
 */
export const DEFAULT_HIGHLIGHT_COLORS: Record<HighlightSettingKind, string> = {
  'quote-direct': '#e57205',
  'quote-indirect': '#376b6d',
  speaker: '#753ce0',
  official: '#a34631',
  person: '#7c94b7',
  source: '#769883',
};

/** A field that falls back to `value` when missing or unreadable (the settings never fail to parse). */
function lenient<T extends z.ZodMiniType>(schema: T, value: z.output<T> | (() => z.output<T>)) {
  const fallback = (typeof value === 'function' ? value : () => value) as () => z.output<T>;
  const caught = z.catch(schema, fallback);
  // (The same fallback fills in a missing field; `never`: its type is the schema's output, which zod cannot infer back here.)
  return z._default(caught, fallback as never);
}

export const HighlightSettings = lazySchema(() => {
  // Built here, not as the module loads: the content script imports this module and paid for these 36 schema nodes as it started.
  const kindFlags = Object.fromEntries(HIGHLIGHT_SETTING_KINDS.map((k) => [k, lenient(z.boolean(), true)])) as Record<
    HighlightSettingKind,
    ReturnType<typeof lenient<z.ZodMiniBoolean>>
  >;
  const kindColors = Object.fromEntries(
    HIGHLIGHT_SETTING_KINDS.map((k) => [k, lenient(Color, DEFAULT_HIGHLIGHT_COLORS[k])]),
  ) as Record<HighlightSettingKind, ReturnType<typeof lenient<z.ZodMiniString>>>;
  return z.object({
    /** Master switch; the keyboard shortcut flips it. */
    enabled: lenient(z.boolean(), true),
    kinds: lenient(z.object(kindFlags), () => z.object(kindFlags).parse({})),
    colors: lenient(z.object(kindColors), () => z.object(kindColors).parse({})),
    /** Tint each speaker's quotes in their own colour, so a reader can follow who says what. */
    tintBySpeaker: lenient(z.boolean(), true),
  });
});
export type HighlightSettings = z.infer<typeof HighlightSettings>;

export const HistorySettings = lazySchema(() =>
  z.object({
    /** Keep a local index of analysed articles, for related stories. It never leaves the device. */
    enabled: lenient(z.boolean(), true),
    maxArticles: lenient(z.int().check(z.gte(10), z.lte(10_000)), 1000),
    maxAgeDays: lenient(z.int().check(z.gte(1), z.lte(3650)), 180),
  }),
);

export const ProviderSettings = lazySchema(() =>
  z.object({
    /** GDELT DOC 2.0 search for related coverage: off until the reader turns it on. */
    gdelt: lenient(z.boolean(), false),
    /** Google News RSS search: off until the reader turns it on. */
    googleNews: lenient(z.boolean(), false),
  }),
);

/** The fields a page's content script runs with (see PageSettings), the same schemas in both. */
function pageFields() {
  return {
    /** Analyse article pages as they open; when off, Byline works only when asked from the popup. */
    autoAnalyze: lenient(z.boolean(), true),
    /** Hostnames (and their subdomains) where Byline never runs on its own. */
    disabledSites: lenient(z.array(SitePattern).check(z.maxLength(1000)), () => []),
    /** Hostnames where every page is analysed, article-looking or not. */
    alwaysOnSites: lenient(z.array(SitePattern).check(z.maxLength(1000)), () => []),
    highlights: lenient(HighlightSettings, () => HighlightSettings.parse({})),
  };
}

export const Settings = lazySchema(() =>
  z.object({
    version: z.catch(z.literal(SETTINGS_VERSION), SETTINGS_VERSION),
    ...pageFields(),
    /** The language the reader reads best, or "auto" for the browser's UI language. */
    readerLanguage: lenient(z.string().check(z.regex(/^(auto|[a-z]{2,3})$/)), 'auto'),
    /** Other languages the reader reads: no translation hints for these. */
    otherLanguages: lenient(z.array(LanguageCode).check(z.maxLength(20)), () => []),
    history: lenient(HistorySettings, () => HistorySettings.parse({})),
    providers: lenient(ProviderSettings, () => ProviderSettings.parse({})),
  }),
);
export type Settings = z.infer<typeof Settings>;

/**
 * What a page's content script needs of the settings: whether to run (site lists, auto-analyse) and how to paint.
 * Read with the same field schemas as `Settings`, one parse of four fields instead of the whole settings twice
 * (a cold page paid ~3 ms for that); repairing what is stored is left to the background and the options page.
 */
export const PageSettings = lazySchema(() => z.object(pageFields()));
export type PageSettings = z.infer<typeof PageSettings>;

/**
 * The defaults, made the first time they are needed: building and running the settings schema costs a cold page
 * ~4 ms, which every script importing lib/schema paid as it started. Marked pure so a bundle that never names
 * DEFAULT_SETTINGS (the content script, the background) does not make it as it loads.
 */
let defaults: Settings | null = null;
function defaultSettings(): Settings {
  return (defaults ??= Settings.parse({}));
}
export const DEFAULT_SETTINGS: Settings = /* @__PURE__ */ defaultSettings();


export function isSiteDisabled(settings: Pick<Settings, 'disabledSites'>, hostname: string): boolean {
  return siteListed(settings.disabledSites, hostname);
}

/** Each step turns version N into N+1; a stored object runs through every step it needs. */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  // v1 had no highlight, history, provider or always-on settings: they take their defaults.
  1: (old) => ({ ...old, version: 2 }),
};

/**
 * Reads stored settings of any shape. `reset` is true when something stored could not be
 * used as it was (corrupted or foreign data), so the UI can say so; a clean migration is not a reset.
 */
export function parseStoredSettings(raw: unknown): { settings: Settings; reset: boolean } {
  if (raw === undefined || raw === null) return { settings: defaultSettings(), reset: false };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { settings: defaultSettings(), reset: true };
  const data = migrated(raw as Record<string, unknown>);
  // `Settings` repairs bad fields silently (`.catch`); a strict parse tells whether it had to.
  return { settings: Settings.parse(data), reset: !strictlyValid(data) };
}

function migrated(stored: Record<string, unknown>): Record<string, unknown> {
  let data = stored;
  for (let v = Number(data.version); MIGRATIONS[v] && v < SETTINGS_VERSION; v = Number(data.version)) {
    data = MIGRATIONS[v]!(data);
  }
  return data;
}

/** The page's settings from stored settings of any shape (what `parseStoredSettings` would give for those fields). */
export function parseStoredPageSettings(raw: unknown): PageSettings {
  const object = typeof raw === 'object' && raw !== null && !Array.isArray(raw);
  return PageSettings.parse(object ? migrated(raw as Record<string, unknown>) : {});
}

function strictlyValid(data: Record<string, unknown>): boolean {
  if (data.version !== undefined && data.version !== SETTINGS_VERSION) return false;
  const repaired = Settings.parse(data);
  // Anything the lenient parse changed (beyond filling in missing fields) was unreadable.
  return sameWhereGiven(data, repaired);
}

function sameWhereGiven(given: unknown, parsed: unknown): boolean {
  if (given === undefined) return true;
  if (Array.isArray(given)) {
    return Array.isArray(parsed) && given.length === parsed.length && given.every((g, i) => sameWhereGiven(g, parsed[i]));
  }
  if (given && typeof given === 'object') {
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return false;
    // Keys the schema doesn't know are ignored, not counted as damage (a newer version may have written them).
    return Object.entries(given).every(([k, v]) => !(k in parsed) || sameWhereGiven(v, (parsed as Record<string, unknown>)[k]));
  }
  // Site names are normalised on parse (case, scheme): that is a repair nobody needs to hear about.
  if (typeof given === 'string' && typeof parsed === 'string') return given === parsed || given.trim().toLowerCase() === parsed;
  return Object.is(given, parsed);
}
