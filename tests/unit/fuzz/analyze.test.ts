/**
 * Fuzz: the pure analysers on random and adversarial text (unbalanced quotes of every kind, mixed
 * scripts, combining marks, zero-width characters, emoji and lone surrogates, long runs). They must
 * never throw, every span they return must index the text exactly, and outputs must parse with the
 * schemas. The analysers swallow their own errors, so a paragraph with one unambiguous attributed
 * quote (a canary) is added after the noise: if it is not found, the analyser failed silently.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../lib/analyze';
import { analyzeAttribution } from '../../../lib/analyze/attribution';
import { detectLanguage, SUPPORTED_LANGUAGES } from '../../../lib/analyze/language';
import { articleFromText } from '../../../lib/analyze/plain-text';
import { findGlossaryTerms } from '../../../lib/glossary';
import { Analysis, LanguageGuess, type Span } from '../../../lib/schema';
import { latinNames, transliterate, type TranslitSystem } from '../../../lib/translit';
import { CANARY_QUOTES, LANGUAGES, adversarialText, speechText, expectValidBlocks, expectValidSpan, params, timeoutFor } from './arbitraries';

const SYSTEMS: TranslitSystem[] = ['bgn-pcgn-ru', 'ua-national-2010', 'kz-latin-2021', 'en-common'];
const HINTS = [null, 'ru', 'kk-KZ', 'en_US', 'uk', 'de', 'fr', 'es', 'xx', '', '  ', 'ru-RU-x-private'];

/** Several noisy paragraphs. */
const noise = fc.array(fc.oneof(adversarialText(25), speechText()), { minLength: 1, maxLength: 5 }).map((ps) => ps.join('\n\n'));

describe('fuzz: detectLanguage', () => {
  it('always answers with a schema-valid guess in a supported language or "und"', () => {
    fc.assert(
      fc.property(adversarialText(60), fc.constantFrom(...HINTS), (text, hint) => {
        const guess = detectLanguage(text, hint);
        LanguageGuess.parse(guess);
        expect(['und', ...SUPPORTED_LANGUAGES]).toContain(guess.language);
      }),
      params(300),
    );
  }, timeoutFor(300, 10));

  it('still recognises a long Russian paragraph after short noise (no silent failure)', () => {
    const russian = 'Мажилисмен рассказал журналистам, что принесут стране выборы районных акимов и как изменится работа местных органов власти. '.repeat(4);
    fc.assert(
      fc.property(adversarialText(8), (text) => {
        expect(detectLanguage(`${russian}\n\n${text}`).language).toBe('ru');
      }),
      params(150),
    );
  }, timeoutFor(150, 10));
});

describe('fuzz: analyzeAttribution', () => {
  it('never throws, keeps every span inside the text, and still finds a canary quote after noise', () => {
    fc.assert(
      fc.property(noise, fc.constantFrom(...LANGUAGES), (text, language) => {
        const canary = CANARY_QUOTES[language]!;
        const article = articleFromText(`${text}\n\n${canary.text}`);
        const result = analyzeAttribution(article, language);
        checkAttributionSpans(result, article.text, article.blocks);
        expect(result.quotes.map((q) => q.text.replace(/^[«"„“]|[»"“”]$/g, '').trim()), `canary quote (${language})`).toContain(canary.quote);
      }),
      params(200),
    );
  }, timeoutFor(200, 30));

  it('keeps spans valid on noise alone, in every language', () => {
    fc.assert(
      fc.property(noise, fc.constantFrom(...LANGUAGES, 'und', 'xx'), (text, language) => {
        const article = articleFromText(text);
        expectValidBlocks(article.blocks, article.text);
        checkAttributionSpans(analyzeAttribution(article, language), article.text, article.blocks);
      }),
      params(200),
    );
  }, timeoutFor(200, 30));
});

describe('fuzz: analyzeArticle', () => {
  it('gives an Analysis the schema accepts, with no failed step, and glossary offsets that index the text', () => {
    fc.assert(
      fc.property(noise, fc.constantFrom(...HINTS), fc.constantFrom('en', 'ru', 'kk', 'xx'), (text, hint, reader) => {
        const article = { ...articleFromText(`${text}\n\nАким района заявил: «Работы завершены».`), langHint: hint };
        const analysis = Analysis.parse(analyzeArticle(article, { readerLanguage: reader }));
        // analyzeArticle turns a crashing step into a note: that is a failure here.
        expect(analysis.notes.filter((n) => /failed/.test(n))).toEqual([]);
        checkAttributionSpans(analysis, analysis.article.text, article.blocks);
        for (const term of analysis.glossary) {
          for (const m of term.matches) expect(analysis.article.text.slice(m.start, m.end), term.term).toBe(m.text);
        }
      }),
      params(100),
    );
  }, timeoutFor(100, 50));
});

describe('fuzz: findGlossaryTerms', () => {
  it('returns matches that index the text, in order, and still finds a known term after noise', () => {
    fc.assert(
      fc.property(noise, fc.constantFrom('ru', 'kk', 'uk', 'de', 'fr', 'en', 'und', ''), fc.constantFrom('en', 'ru', 'de'), (text, language, reader) => {
        const hits = findGlossaryTerms(text, language, reader);
        for (const hit of hits) {
          let previous = -1;
          for (const m of hit.matches) {
            expect(0 <= m.start && m.start < m.end && m.end <= text.length, `${hit.term} [${m.start}, ${m.end})`).toBe(true);
            expect(text.slice(m.start, m.end)).toBe(m.text);
            expect(m.start).toBeGreaterThan(previous);
            previous = m.start;
          }
        }
        const withTerm = `${text}\n\nАким района встретился с жителями.`;
        expect(findGlossaryTerms(withTerm, 'ru', reader).map((h) => h.term)).toContain('аким');
      }),
      params(200),
    );
  }, timeoutFor(200, 10));
});

describe('fuzz: transliterate and latinNames', () => {
  it('never throw, keep text without Cyrillic as it is, and stay within 4 Latin letters per character', () => {
    fc.assert(
      fc.property(adversarialText(30), fc.constantFrom(...SYSTEMS), (text, system) => {
        const out = transliterate(text, system);
        expect(typeof out).toBe('string');
        if (!/\p{Script=Cyrillic}/u.test(text)) expect(out).toBe(text);
        expect(out.length).toBeLessThanOrEqual(text.length * 4 + 4);
        for (const language of ['ru', 'kk', 'uk', 'en', 'und']) {
          for (const n of latinNames(text, language)) expect(typeof n.latin).toBe('string');
        }
      }),
      params(300),
    );
  }, timeoutFor(300, 5));

  it('leave no Russian letter behind in the Russian systems', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ -'), maxLength: 60 }), fc.constantFrom<TranslitSystem>('bgn-pcgn-ru', 'en-common'), (text, system) => {
        expect(transliterate(text, system)).not.toMatch(/[а-яё]/i);
      }),
      params(300),
    );
  }, timeoutFor(300, 5));
});

interface SpanHolder {
  quotes: (Span & { speakerSpan?: Span | null; cueSpan?: Span | null })[];
  people: { mentionSpans?: Span[] }[];
  references: Span[];
  sources: { spans?: Span[] }[];
}

/** Every span of an attribution result: quotes (and their speaker and cue), mentions, references, sources. */
function checkAttributionSpans(result: SpanHolder, text: string, blocks: Parameters<typeof expectValidSpan>[2]): void {
  for (const q of result.quotes) {
    expectValidSpan(q, text, blocks, 'quote');
    if (q.speakerSpan) expectValidSpan(q.speakerSpan, text, blocks, 'speaker');
    if (q.cueSpan) expectValidSpan(q.cueSpan, text, blocks, 'cue');
  }
  for (const p of result.people) for (const m of p.mentionSpans ?? []) expectValidSpan(m, text, blocks, 'mention');
  for (const r of result.references) expectValidSpan(r, text, blocks, 'reference');
  for (const s of result.sources) for (const sp of s.spans ?? []) expectValidSpan(sp, text, blocks, 'source');
}
