/**
 * Speakers after a verb behind an audience or an organisation in marks, and lead sentences reported by the
 * next one with adverbials or a long title chain (issue 15, second blind set). Every sentence here was
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

function quoteOf(lang: string, text: string, head: string) {
  const r = analyze(lang, text);
  const q = r.quotes.find((x) => x.text.startsWith(head));
  expect(q, JSON.stringify(r.quotes.map((x) => [x.text, x.speaker]))).toBeDefined();
  return q!;
}

describe('speaker after an outlet the verb addresses', () => {
  it.each([
    ['ru', 'Котельную закроют на ремонт в мае, сообщил ТАСС директор теплосети Павел Гордеев.', 'Котельную закроют', 'Павел Гордеев'],
    ['cs', 'Knihovna v Jihlavě bude v srpnu zavřená, řekl v úterý ČTK ředitel knihovny Ondřej Malý.', 'Knihovna v Jihlavě', 'Ondřej Malý'],
  ])('%s: the titled person after the outlet speaks', (lang, text, head, speaker) => {
    const q = quoteOf(lang, text, head);
    expect(q.kind).toBe('indirect');
    expect(q.speaker).toBe(speaker);
  });

  it('keeps the outlet alone as no speaker ("сообщает ТАСС")', () => {
    const r = analyze('ru', 'Котельную закроют на ремонт в мае, сообщает ТАСС.');
    expect(r.quotes.every((q) => q.speaker !== 'ТАСС')).toBe(true);
  });
});

describe('organisation in marks inside the title after the verb', () => {
  it.each([
    ['uk', 'Ремонт теплотраси завершать до середини жовтня, запевнив директор КП «Теплоенерго» Роман Гнатюк.', 'Ремонт теплотраси', 'Роман Гнатюк'],
    ['ru', 'Новые автобусы выйдут на линии к осени, сказал генеральный директор АО «Горавтотранс» Степан Ильин.', 'Новые автобусы', 'Степан Ильин'],
  ])('%s: the name after the marked organisation is the speaker', (lang, text, head, speaker) => {
    expect(quoteOf(lang, text, head).speaker).toBe(speaker);
  });
});

describe('lead sentence reported by the next one', () => {
  it('cs: adverbials between "to" and its verb ("to ve středu oznámila")', () => {
    const q = quoteOf('cs', 'Město Kolín otevře nový bazén v létě. Na zasedání zastupitelstva to ve středu oznámila starostka Jana Vlčková.', 'Město Kolín otevře');
    expect(q.speaker).toBe('Jana Vlčková');
  });

  it('kk: a long genitive title chain with a capitalised organisation before the name', () => {
    const q = quoteOf('kk', 'Қаладағы екі мектепте жылу берілмей тұр. Бұл туралы Қарағанды облысы Білім басқармасының баспасөз хатшысы Әсел Нұрланова хабарлады.', 'Қаладағы екі мектепте');
    expect(q.speaker).toBe('Әсел Нұрланова');
  });
});

describe('French speech verbs of justification', () => {
  it.each([
    ['« La piscine rouvrira en mars », a justifié le maire Paul Morel.', 'Paul Morel'],
    ['« Nous manquons de maîtres-nageurs », justifie la directrice Lucie Caron.', 'Lucie Caron'],
  ])('%s', (text, speaker) => {
    const q = quoteOf('fr', text, text.includes('piscine') ? 'La piscine' : 'Nous manquons');
    expect(q.speaker).toBe(speaker);
  });
});
