/**
 * Issue 4: the same attribution quality in each of the seven languages, on articles written for this
 * project and annotated by hand before the engine ever ran on them (tests/fixtures/attribution/golden).
 * Per language: quote F1 (substring overlap), speaker accuracy over found quotes, person recall;
 * role and source recall are printed, not asserted.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { figures, GOLDEN_BARS, loadGolden, locateQuotes, scoreAll, type Figures } from '../../../scripts/eval/attribution/golden';

const ROOT = path.resolve(__dirname, '../../fixtures/attribution/golden');
const LANGUAGES = ['ru', 'kk', 'en', 'uk', 'de', 'fr', 'es', 'cs'] as const;
const ARTICLES_PER_LANGUAGE = 4;

/**
 * Languages still short of the bar because of engine gaps (listed in the issue-4 report: title-comma-name
 * appositions, "Об этом сообщил"-style anaphora, pronouns inside according-to phrases, Spanish inciso
 * dashes, Kazakh title-led subjects…), skipped unless GOLDEN_PENDING=1 so CI stays green while the
 * engine fixes land. Remove a language as soon as `GOLDEN_PENDING=1 npx vitest run … golden` passes for it.
 */
const PENDING_LANGUAGES: readonly string[] = [];

const articles = loadGolden(ROOT);
const scores = scoreAll(articles);
const table: Array<[string, Figures]> = [];

describe('golden set: annotations', () => {
  it('has four articles in each language', () => {
    for (const lang of LANGUAGES) expect(articles.filter((a) => a.language === lang).length, lang).toBe(ARTICLES_PER_LANGUAGE);
  });

  it.each(articles.map((a) => [`${a.language}/${a.slug}`, a] as const))('%s: every annotated quote occurs exactly once', (_name, a) => {
    expect(locateQuotes(a).problems).toEqual([]);
  });
});

for (const lang of LANGUAGES) {
  const pending = PENDING_LANGUAGES.includes(lang);
  describe.skipIf(pending && process.env.GOLDEN_PENDING !== '1')(`golden set: ${lang}${pending ? ' (pending)' : ''}`, () => {
    const entry = scores.get(lang)!;
    const f = figures(entry.tally);
    table.push([lang, f]);
    const why = entry.misses.map((m) => `${m.slug} ${m.what}: ${m.expected} — got ${m.got}`).join('\n');

    it(`quote F1 ≥ ${GOLDEN_BARS.quoteF1}`, () => {
      expect(f.quoteF1, why).toBeGreaterThanOrEqual(GOLDEN_BARS.quoteF1);
    });
    it(`speaker accuracy ≥ ${GOLDEN_BARS.speakerAccuracy}`, () => {
      expect(f.speakerAccuracy, why).toBeGreaterThanOrEqual(GOLDEN_BARS.speakerAccuracy);
    });
    it(`person recall ≥ ${GOLDEN_BARS.personRecall}`, () => {
      expect(f.personRecall, why).toBeGreaterThanOrEqual(GOLDEN_BARS.personRecall);
    });
  });
}

afterAll(() => {
  if (table.length === 0) return;
  const pct = (x: number) => x.toFixed(2).padStart(6);
  const lines = table.map(([lang, f]) => `${lang.padEnd(4)}${pct(f.quoteRecall)}${pct(f.quotePrecision)}${pct(f.quoteF1)}${pct(f.speakerAccuracy)}${pct(f.personRecall)}${pct(f.roleRecall)}${pct(f.sourceRecall)}`);
  console.log(['lang  q.rec q.prec  q.F1 speakr pers.r role.r  src.r', ...lines].join('\n'));
});
