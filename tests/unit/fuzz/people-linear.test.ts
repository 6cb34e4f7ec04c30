/**
 * The people index in linear time (Byline issue 4): one person named tens of thousands of times, many
 * distinct persons, many quotes each with its own speaker. Per-name and per-quote steps (the sentence
 * of a mention, a run's neighbours in a list, the run under a quote, the mention timeline, the latest
 * mention of a titled person) must not scan the paragraph or the article each time.
 */
import { describe, expect, it } from 'vitest';
import { analyzeAttribution } from '../../../lib/analyze/attribution';
import { articleFromText } from '../../../lib/analyze/plain-text';
import { describeGrowth, growth, MAX_RATIO } from './growth';

/** Letters for distinct made-up surnames (no vowel clusters that end words as case endings would). */
const LETTERS = 'бвгдклмнпрстфхцш';
const FIRST = ['Марат', 'Иван', 'Сергей', 'Анна', 'Ольга'];

/** A distinct capitalised stem for every i ("Б", "В", …, "Бв", …) with vowels between, so it reads as a word. */
function stem(i: number): string {
  let s = '';
  do {
    s += LETTERS[i % LETTERS.length]! + 'а';
    i = Math.floor(i / LETTERS.length);
  } while (i > 0);
  return s[0]!.toUpperCase() + s.slice(1);
}

/** Units repeated to about n characters (each unit may depend on its index). */
function fill(n: number, unit: (i: number) => string): string {
  let t = '';
  for (let i = 0; t.length < n; i++) t += unit(i);
  return t;
}

const CASES: Array<[string, string, (n: number) => string]> = [
  // Full name, bare surname (found in the second pass), a title referring back, a pronoun: one person throughout.
  ['one person named again and again, one paragraph', 'ru', (n) => 'Министр Марат Башимов приехал. ' + fill(n, () => 'Башимов сказал: «Нет». Министр отметил, что все хорошо. Он добавил: «Да». ')],
  ['one person named again and again, many paragraphs', 'ru', (n) => 'Министр Марат Башимов приехал.\n\n' + fill(n, () => 'Башимов сказал: «Нет». Министр отметил, что все хорошо.\n\n')],
  ['one person in English, full name and surname alternating', 'en', (n) => fill(n, () => '"We are ready," said Senator John Smith. The senator added that "Smith is ready," Smith said. ')],
  ['many distinct persons with roles, one paragraph', 'ru', (n) => fill(n, (i) => `Министр ${FIRST[i % FIRST.length]} ${stem(i)}ев, глава комитета, приехал. `)],
  ['many distinct persons in a list', 'ru', (n) => 'Музыканты ' + fill(n, (i) => `${FIRST[i % FIRST.length]} ${stem(i)}ов, `)],
  // No quote marks anywhere: each paragraph's mark search must stop at its own end.
  ['many distinct persons, one per paragraph, no quote marks', 'ru', (n) => fill(n, (i) => `Министр ${FIRST[i % FIRST.length]} ${stem(i)}ов приехал в город.\n\n`)],
  ['many quotes each with its own speaker', 'ru', (n) => fill(n, (i) => `«Все хорошо», — сказал министр ${FIRST[i % FIRST.length]} ${stem(i)}ов. Он добавил, что «это так». `)],
  ['many quotes each with its own speaker, in German', 'de', (n) => fill(n, (i) => `„Alles gut“, sagte Kultusminister Hans ${stem(i).replace(/./gu, (ch) => 'bcdfghklmnprstvwa'[LETTERS.indexOf(ch.toLowerCase()) + 1] ?? 'e')}er. Der Minister sagte, „es ist so“. `)],
];

describe('people index: linear time (ratio of time at 4n to time at n < 12, from 16k characters)', () => {
  for (const [name, language, make] of CASES) {
    it(`analyzeAttribution: ${name}`, () => {
      const g = growth((n) => articleFromText(make(n)), (a) => analyzeAttribution(a, language), 16_000);
      expect(g.ratio, describeGrowth(g)).toBeLessThan(MAX_RATIO);
    }, 300_000);
  }
});

describe('one person mentioned 50,000 times', () => {
  it('is one person with every mention, and the analysis does not fail', () => {
    const text = 'Министр Марат Башимов приехал в Астану. ' + 'Башимов сказал: «Нет». Министр отметил: «Да». '.repeat(25_000);
    const r = analyzeAttribution(articleFromText(text), 'ru');
    const p = r.people.find((x) => x.name === 'Марат Башимов');
    expect(p).toBeDefined();
    expect(p!.mentions).toBeGreaterThanOrEqual(50_000);
    expect(r.quotes.length).toBeGreaterThanOrEqual(50_000);
  }, 120_000);
});
