/**
 * Issue 4: the same attribution quality in each of the seven languages, on articles written for this
 * project and annotated by hand before the engine ever ran on them (tests/fixtures/attribution/golden).
 * Per language: quote F1 (substring overlap), speaker accuracy over found quotes, person recall;
 * role and source recall are printed, not asserted.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseMarkup } from '../../../scripts/eval/attribution/markup';
import {
  emptyPositionTally,
  figures,
  GOLDEN_BARS,
  GoldenAnnotation,
  loadGolden,
  locateQuotes,
  positionFigures,
  positionProblems,
  scoreAll,
  scorePositions,
  type Figures,
  type GoldenArticle,
} from '../../../scripts/eval/attribution/golden';

const ROOT = path.resolve(__dirname, '../../fixtures/attribution/golden');
const LANGUAGES = ['ru', 'kk', 'en', 'uk', 'de', 'fr', 'es', 'cs'] as const;
const ARTICLES_PER_LANGUAGE = 4;
/** Languages with no public set: every article is annotated by position, with two articles more (issue 15). */
const POSITIONED_LANGUAGES = ['kk', 'de', 'fr', 'uk', 'es'] as const;

/**
 * de: issue 15 added a reported-speech quote the first annotation had missed ("warf der Verwaltung vor, …
 * zu sparen"), which the engine does not find yet (quote F1 0.857 → just under the bar).
 * Languages still short of the bar because of engine gaps (listed in the issue-4 report: title-comma-name
 * appositions, "Об этом сообщил"-style anaphora, pronouns inside according-to phrases, Spanish inciso
 * dashes, Kazakh title-led subjects…), skipped unless GOLDEN_PENDING=1 so CI stays green while the
 * engine fixes land. Remove a language as soon as `GOLDEN_PENDING=1 npx vitest run … golden` passes for it.
 */
const PENDING_LANGUAGES: readonly string[] = [];

/**
 * Articles added for issue 15 (two per language without a public set): measured by `npm run eval:attribution`
 * (the golden table and the by-position table), not asserted here: they show where the engine stands on text
 * it was not written against, and asserting bars on them would invite tuning to them.
 */
const MEASURED_ONLY = new Set([
  'kk/atyrau-flood', 'kk/kostanay-sowing', 'de/rostock-stadthalle', 'de/niedersachsen-tarif', 'fr/bretagne-ter',
  'fr/toulouse-urgences', 'uk/dnipro-bridge', 'uk/chernivtsi-jazz', 'es/valencia-metro', 'es/mendoza-vendimia',
  // Written blind for issue 15's "unseen articles" bar (two per language, annotated and committed before the engine ran on them).
  ...['ru/karaganda-court', 'ru/tomsk-zavod', 'kk/oskemen-bus', 'kk/zhezkazgan-boxing', 'en/wakefield-care-home', 'en/dayton-plant'],
  ...['uk/poltava-fraud', 'uk/zaporizhzhia-football', 'de/koeln-apotheken', 'de/bremen-werft', 'fr/lyon-proces', 'fr/nantes-handball'],
  ...['es/sevilla-juicio', 'es/rosario-puertos', 'cs/ostrava-soud', 'cs/plzen-pivovar'],
  // Written blind in session 8 (a second unseen set, two per language, annotated and committed before the engine ran on them).
  ...['ru/novosibirsk-metro', 'ru/yaroslavl-hockey', 'kk/semey-fire', 'kk/taraz-school',
    'en/bristol-bus-strike', 'en/tucson-water', 'uk/vinnytsia-hospital', 'uk/cherkasy-water',
    'de/muenchen-mieten', 'de/leipzig-basketball', 'fr/chamrousse-neige', 'fr/lille-immeuble',
    'es/vigo-temporal', 'es/medellin-metrocable', 'cs/turnov-porodnice', 'cs/pardubice-letiste'],
  // Written blind in session 9 (a third unseen set, two per language, annotated and committed before the engine ran on them).
  ...['ru/kazan-vybory', 'ru/irkutsk-nerpa', 'kk/turkistan-makta', 'kk/aktau-alayaq',
    'en/cardiff-by-election', 'en/minnesota-cover-crops', 'uk/rivne-budget', 'uk/mukachevo-kelty',
    'de/augsburg-solarbetrug', 'de/schwerin-milchpreis', 'fr/dunkerque-eolien', 'fr/gironde-arrachage',
    'es/zaragoza-presupuesto', 'es/puebla-oleo', 'cs/liberec-senat', 'cs/budejovice-teplo'],
  // Written blind in session 10 (a fourth unseen set, three per language, annotated and committed before the engine ran on them).
  ...['ru/murmansk-purga', 'ru/perm-teatr', 'ru/sochi-opolzen', 'kk/almaty-sel', 'kk/oral-bekire', 'kk/kokshetau-kitaphana',
    'en/oban-ferries', 'en/adelaide-heatwave', 'en/maine-lobster', 'uk/lutsk-ukryttia', 'uk/bukovel-sezon', 'uk/kropyvnytskyi-khabar',
    'de/dresden-striezelmarkt', 'de/innsbruck-lawine', 'de/freiburg-radweg', 'fr/strasbourg-marche-noel', 'fr/clermont-usine',
    'fr/geneve-logement', 'es/granada-esqui', 'es/cadiz-narcolancha', 'es/cusco-turismo', 'cs/sumava-kurovec', 'cs/usti-unik',
    'cs/karlovy-vary-kolonada'],
  // Written blind in session 11 (a fifth unseen set, three per language, annotated and committed before the engine ran on them).
  ...['ru/rostov-apellyaciya', 'ru/ekaterinburg-universitet', 'ru/astrakhan-port', 'kk/petropavl-kardio', 'kk/kyzylorda-kurish',
    'kk/karagandy-teatr', 'en/leeds-appeal', 'en/winnipeg-hydro', 'en/otago-university', 'uk/odesa-port', 'uk/kharkiv-universytet',
    'uk/uzhhorod-vyno', 'de/hamburg-hafen', 'de/winterthur-spital', 'de/koblenz-berufung', 'fr/bordeaux-universite', 'fr/rennes-transfert',
    'fr/liege-crue', 'es/bilbao-puerto', 'es/salamanca-retina', 'es/monterrey-apelacion', 'cs/olomouc-univerzita', 'cs/krkonose-snih',
    'cs/kladno-kradeze'],
]);

const articles = loadGolden(ROOT);
const scores = scoreAll(articles.filter((a) => !MEASURED_ONLY.has(`${a.language}/${a.slug}`)));
const table: Array<[string, Figures]> = [];

describe('golden set: annotations', () => {
  it('has at least four articles in each language, six where no public set exists', () => {
    for (const lang of LANGUAGES) expect(articles.filter((a) => a.language === lang).length, lang).toBeGreaterThanOrEqual(ARTICLES_PER_LANGUAGE);
    for (const lang of POSITIONED_LANGUAGES) expect(articles.filter((a) => a.language === lang).length, lang).toBeGreaterThanOrEqual(ARTICLES_PER_LANGUAGE + 2);
  });

  it.each(articles.map((a) => [`${a.language}/${a.slug}`, a] as const))('%s: every annotated quote occurs exactly once', (_name, a) => {
    expect(locateQuotes(a).problems).toEqual([]);
  });

  it.each(articles.map((a) => [`${a.language}/${a.slug}`, a] as const))('%s: positions lie in the text and match their surface', (_name, a) => {
    expect(positionProblems(a)).toEqual([]);
  });

  it('annotates by position every article of the languages without a public set', () => {
    const missing = articles.filter((a) => (POSITIONED_LANGUAGES as readonly string[]).includes(a.language) && !a.gold.mentions).map((a) => `${a.language}/${a.slug}`);
    expect(missing).toEqual([]);
  });

  it('refuses a positioned annotation with a quote that has no content span, or a mention of nobody in people', () => {
    const base = { quotes: [{ text: 'abc', kind: 'direct', speaker: null }], people: [{ name: 'Anna Berg', role: null }], sources: [] };
    expect(GoldenAnnotation.safeParse({ ...base, mentions: [] }).success).toBe(false);
    const placed = { ...base, quotes: [{ ...base.quotes[0], content: [{ start: 0, end: 3, text: 'abc' }] }] };
    expect(GoldenAnnotation.safeParse({ ...placed, mentions: [{ start: 4, end: 8, text: 'Berg', person: 'Anna Berg', kind: 'surname' }] }).success).toBe(true);
    expect(GoldenAnnotation.safeParse({ ...placed, mentions: [{ start: 4, end: 8, text: 'Berg', person: 'Ben Berg', kind: 'surname' }] }).success).toBe(false);
  });

  it('reports a span whose text differs from the article', () => {
    const a = {
      language: 'de',
      slug: 'x',
      text: '„Wir bleiben“, sagte Anna Berg.',
      gold: { quotes: [{ text: 'Wir bleiben', kind: 'direct', speaker: 'Anna Berg', content: [{ start: 1, end: 12, text: 'Wir bleiben' }] }], people: [{ name: 'Anna Berg', role: null }], sources: [], mentions: [{ start: 21, end: 30, text: 'Anna Berg', person: 'Anna Berg', kind: 'name' }] },
    } as GoldenArticle;
    expect(positionProblems(a)).toEqual([]);
    expect(positionProblems({ ...a, gold: { ...a.gold, mentions: [{ start: 20, end: 29, text: 'Anna Berg', person: 'Anna Berg', kind: 'name' }] } })).toHaveLength(1);
    expect(positionProblems({ ...a, gold: { ...a.gold, mentions: [{ start: 25, end: 40, text: 'Berg.', person: 'Anna Berg', kind: 'surname' }] } })).toHaveLength(1);
  });
});

describe('golden set: scoring by position', () => {
  const text = '„Wir bleiben hier“, sagte Bürgermeisterin Anna Berg. Der Rat tagt morgen.';
  const a: GoldenArticle = {
    language: 'de',
    slug: 'x',
    text,
    gold: {
      quotes: [{ text: 'Wir bleiben hier', kind: 'direct', speaker: 'Anna Berg', content: [{ start: 1, end: 17, text: 'Wir bleiben hier' }] }],
      people: [{ name: 'Anna Berg', role: 'Bürgermeisterin' }],
      sources: [],
      mentions: [
        { start: 26, end: 41, text: 'Bürgermeisterin', person: 'Anna Berg', kind: 'title' },
        { start: 42, end: 51, text: 'Anna Berg', person: 'Anna Berg', kind: 'name' },
      ],
    },
  };
  const quote = (start: number, end: number) => ({ start, end, text: text.slice(start, end), speaker: 'Anna Berg', kind: 'direct' as const });

  it('matches quotes by position at 30% and strictly at 80% both ways', () => {
    const exact = positionFigures(scorePositions(a, { quotes: [quote(1, 17)], people: [], sources: [] })!.tally);
    expect([exact.found30.f1, exact.found80.f1]).toEqual([1, 1]);
    // The quote and its cue: covers the content but holds too much of its own for the strict row.
    const long = positionFigures(scorePositions(a, { quotes: [quote(0, 51)], people: [], sources: [] })!.tally);
    expect([long.found30.f1, long.found80.f1]).toEqual([1, 0]);
    const elsewhere = positionFigures(scorePositions(a, { quotes: [quote(53, 73)], people: [], sources: [] })!.tally);
    expect([elsewhere.found30.recall, elsewhere.found30.precision]).toEqual([0, 0]);
  });

  it('judges every linked mention: names on the same person, titles on that person\'s title', () => {
    const people = [
      { name: 'Anna Berg', roles: [], mentionSpans: [{ start: 42, end: 51, kind: 'name' as const }, { start: 26, end: 41, kind: 'title' as const }, { start: 57, end: 60, kind: 'title' as const }] },
      { name: 'Rat Berg', roles: [], mentionSpans: [{ start: 26, end: 41, kind: 'name' as const }] },
    ];
    const f = positionFigures(scorePositions(a, { quotes: [], people, sources: [] })!.tally);
    expect(f.namePrecision).toBe(0.5);
    expect(f.titlePrecision).toBe(0.5);
    expect([f.nameRecall, f.titleRecall]).toEqual([1, 1]);
  });

  it('leaves articles without positions out', () => {
    expect(scorePositions({ ...a, gold: { ...a.gold, mentions: undefined } }, { quotes: [], people: [], sources: [] })).toBeNull();
    expect(emptyPositionTally().articles).toBe(0);
  });
});

describe('golden set: the annotation helper', () => {
  it('strips the brackets and keeps offsets into the plain text, nested brackets included', () => {
    const { text, brackets } = parseMarkup('«⟪Мы с ⟦Петровым|pp⟧ договорились|d,mb⟫», – деді ⟦әкім|mb,t⟧.');
    expect(text).toBe('«Мы с Петровым договорились», – деді әкім.');
    expect(brackets.map((b) => [text.slice(b.start, b.end), b.label.join(',')])).toEqual([
      ['Мы с Петровым договорились', 'd,mb'],
      ['Петровым', 'pp'],
      ['әкім', 'mb,t'],
    ]);
  });

  it('refuses mismatched or unclosed brackets', () => {
    expect(() => parseMarkup('⟪abc|d,x⟧')).toThrow();
    expect(() => parseMarkup('⟦abc')).toThrow();
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
