/**
 * The every-page probe decides with detection's first stage and the settings' site rules, without zod: its
 * answers must be the ones the content script (full detection, schema-parsed settings) would give.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectArticle, detectFirstStage, finishDetection } from '../../../lib/page/detect';
import { parseStoredSettings, Settings } from '../../../lib/schema';
import { readSiteRules, siteListed } from '../../../lib/schema/sites';
import { DETECTION_URLS, docOf, htmlFilesUnder } from '../page/helpers';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');



describe('the probe’s verdict', () => {
  const all = htmlFilesUnder(fixtures);

  it('is detection’s: the first stage, finished only where it was left open, is detectArticle', () => {
    expect(all.length).toBeGreaterThan(10);
    let open = 0;
    let articles = 0;
    for (const file of all) {
      const html = readFileSync(file, 'utf8');
      for (const url of DETECTION_URLS) {
        const full = detectArticle(docOf(html), url);
        const first = detectFirstStage(docOf(html), url);
        if (first.pending) open++;
        if (full.isArticle) articles++;
        expect(finishDetection(first), `${path.relative(fixtures, file)} at ${url}`).toEqual(full);
        // A page the probe lets go (no article, nothing left open) is no article for the full detection either.
        if (!first.detection.isArticle && !first.pending) expect(full).toEqual(first.detection);
        // A verdict with nothing left open is final: the content script reuses it as it is.
        if (!first.pending) expect(full).toEqual(first.detection);
      }
    }
    // The sample holds both verdicts and pages the first stage leaves open, so each check above ran.
    expect(open).toBeGreaterThan(0);
    expect(articles).toBeGreaterThan(0);
  });
});

describe('the probe’s site rules', () => {
  const saved = (over: Record<string, unknown>) => Settings.parse(over);

  it('agree with the parsed settings on anything Byline saved', () => {
    const cases = [
      saved({}),
      saved({ autoAnalyze: false }),
      saved({ disabledSites: ['example.com', 'news.example.org'], alwaysOnSites: ['blog.example.net'] }),
    ];
    for (const settings of cases) {
      const rules = readSiteRules(JSON.parse(JSON.stringify(settings)));
      const { settings: parsed } = parseStoredSettings(settings);
      expect(rules.autoAnalyze).toBe(parsed.autoAnalyze);
      for (const host of ['example.com', 'www.example.com', 'news.example.org', 'blog.example.net', 'other.test']) {
        expect(siteListed(rules.disabledSites, host)).toBe(siteListed(parsed.disabledSites, host));
        expect(siteListed(rules.alwaysOnSites, host)).toBe(siteListed(parsed.alwaysOnSites, host));
      }
    }
  });

  it('take the defaults for missing or unreadable settings, as the schema does', () => {
    for (const raw of [undefined, null, 'junk', 42, [], { autoAnalyze: 'yes', disabledSites: 'example.com', alwaysOnSites: [1, 2] }]) {
      expect(readSiteRules(raw)).toEqual({ autoAnalyze: true, disabledSites: [], alwaysOnSites: [] });
      const { settings } = parseStoredSettings(raw);
      expect([settings.autoAnalyze, settings.disabledSites, settings.alwaysOnSites]).toEqual([true, [], []]);
    }
  });
});
