/**
 * The site rules of the settings, without zod: the every-page probe reads them before deciding whether the
 * content script is needed at all. The content script (and the background) still parse the settings with
 * the schema and have the last word; this is a prefilter that agrees with it on any settings Byline saved.
 */

/** Whether `hostname` is one of `sites`, directly or as a subdomain. */
export function siteListed(sites: readonly string[], hostname: string): boolean {
  // No regex: this runs on every page, where each regex is compiled anew.
  const lower = hostname.toLowerCase();
  const host = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  return sites.some((site) => host === site || host.endsWith('.' + site));
}

export interface SiteRules {
  autoAnalyze: boolean;
  disabledSites: string[];
  alwaysOnSites: string[];
}

/** The rules from stored settings of any shape, with the schema's defaults for what is missing or unreadable. */
export function readSiteRules(raw: unknown): SiteRules {
  const stored = (raw ?? {}) as Record<string, unknown>;
  const sites = (value: unknown): string[] => (Array.isArray(value) && value.every((s) => typeof s === 'string') ? value : []);
  return { autoAnalyze: stored.autoAnalyze !== false, disabledSites: sites(stored.disabledSites), alwaysOnSites: sites(stored.alwaysOnSites) };
}
