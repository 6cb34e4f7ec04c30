/** The public API: unknown languages, robustness on any text, span consistency, and linear cost. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeAttribution } from '../../../lib/analyze/attribution';
import { articleFromText } from '../../../lib/analyze/plain-text';
import { LEXICONS } from '../../../lib/lang';
import { allSpans, expectSpansConsistent } from './helpers';

const SAMPLE = '«Мы продолжим работу», — сказал аким Ерболат Досаев. "We will win," said Senator Jane Smith.';

describe('analyzeAttribution', () => {
  it.each(['und', 'xx', '', 'zz-ZZ'])('returns empty results for language %j', (lang) => {
    expect(analyzeAttribution(articleFromText(SAMPLE), lang)).toEqual({ quotes: [], people: [], references: [], sources: [] });
  });

  it('accepts region tags ("ru-RU")', () => {
    expect(analyzeAttribution(articleFromText(SAMPLE), 'ru-RU').quotes.length).toBeGreaterThan(0);
  });

  it('never throws and keeps every span consistent, for any text in any registered language', () => {
    const alphabet = fc.constantFrom(...'аеиоуыэюяАБВГДЕЖЗИКЛМНОПРСТУФabcdeABCDEғқңөұүһі «»„“”"\'‘’—–-,.:;!?…()\n '.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 400 }).map((a) => a.join('')), fc.constantFrom(...Object.keys(LEXICONS)), (text, lang) => {
        const article = articleFromText(text);
        const r = analyzeAttribution(article, lang);
        expectSpansConsistent(article, allSpans(r));
      }),
      { numRuns: 150 },
    );
  });

  it('grows about linearly with the article length', () => {
    const para = 'Аким г. Алматы Ерболат Досаев провел совещание. «Мы продолжим работу», — сказал Досаев. Эксперты считают, что цены стабилизируются к весне, сообщает Zakon.kz.';
    const time = (n: number) => {
      const a = articleFromText(Array.from({ length: n }, () => para).join('\n\n'));
      analyzeAttribution(a, 'ru');
      const t0 = performance.now();
      for (let i = 0; i < 3; i++) analyzeAttribution(a, 'ru');
      return (performance.now() - t0) / 3;
    };
    time(20);
    const small = time(50);
    const large = time(400);
    // 8× the text should cost well under 8² = 64× (quadratic); allow noise on a busy machine.
    expect(large / Math.max(small, 0.5)).toBeLessThan(30);
  });
});
