/** Kazakh rules: «Q», – деді S, "… деп атап өтті S", айтуынша/сөзінше, verb-final indirect speech, sources. */
import { describe, expect, it } from 'vitest';
import { allSpans, analyze, expectSpansConsistent } from './helpers';

const quoteRows: Array<{ name: string; paragraphs: string[]; text: string; kind: 'direct' | 'indirect'; speaker: string | null; speakerRef?: string; cue?: string }> = [
  { name: '«Q», – деді TITLE S', paragraphs: ['«Біз жұмысты жалғастырамыз», – деді Алматы қаласының әкімі Ерболат Досаев.'], text: 'Біз жұмысты жалғастырамыз', kind: 'direct', speaker: 'Ерболат Досаев', cue: 'деді' },
  { name: 'no marks: "…, - деді ол."', paragraphs: ['Ерлан Қарин жиынға қатысты.', 'Біз бұл мәселені міндетті түрде шешеміз, - деді ол.'], text: 'Біз бұл мәселені міндетті түрде шешеміз', kind: 'direct', speaker: 'Ерлан Қарин', cue: 'деді' },
  { name: 'S-тың айтуынша, CONTENT', paragraphs: ['Қасым-Жомарт Тоқаев жиында сөз сөйледі.', 'Тоқаевтың айтуынша, реформалар міндетті түрде жалғасады.'], text: 'реформалар міндетті түрде жалғасады', kind: 'indirect', speaker: 'Қасым-Жомарт Тоқаев', cue: 'айтуынша' },
  { name: 'Оның сөзінше, CONTENT', paragraphs: ['Гүлжан Марқабаева баяндама жасады.', 'Оның сөзінше, биыл жолдардың көбі жөнделеді.'], text: 'биыл жолдардың көбі жөнделеді', kind: 'indirect', speaker: 'Гүлжан Марқабаева', cue: 'сөзінше' },
  { name: 'CONTENT деп атап өтті S', paragraphs: ['Бұл жұмыстар келесі жылы да жалғаса береді деп атап өтті министр.'], text: 'Бұл жұмыстар келесі жылы да жалғаса береді', kind: 'indirect', speaker: null, speakerRef: 'министр' },
  { name: 'verb-final: S CONTENT V', paragraphs: ['Сарапшылар бағаның биыл тұрақталатынын айтты.'], text: 'бағаның биыл тұрақталатынын', kind: 'indirect', speaker: null, speakerRef: 'Сарапшылар', cue: 'айтты' },
  { name: 'two words ending in a nominalised verb (-ғанын) are a whole clause', paragraphs: ['Футбол клубының бас бапкері Мұрат Оспанов матчтан кейін сөйледі.', 'Мұрат Оспанов ойыншылардың шаршағанын мойындады.'], text: 'ойыншылардың шаршағанын', kind: 'indirect', speaker: 'Мұрат Оспанов', cue: 'мойындады' },
  { name: 'CONTENT деп шағымданды S', paragraphs: ['Аулада автотұрақ мүлдем жетіспейді деп шағымданды тұрғын Әсел Бекова.'], text: 'Аулада автотұрақ мүлдем жетіспейді', kind: 'indirect', speaker: 'Әсел Бекова', cue: 'шағымданды' },
  { name: 'unnamed official: Мемлекет басшысы', paragraphs: ['Мемлекет басшысы экономиканы әртараптандыру маңызды екенін атап өтті.'], text: 'экономиканы әртараптандыру маңызды екенін', kind: 'indirect', speaker: null, speakerRef: 'Мемлекет басшысы' },
];

describe('kk quotes', () => {
  it.each(quoteRows)('$name', (row) => {
    const r = analyze('kk', ...row.paragraphs);
    const q = r.quotes.find((x) => x.text === row.text);
    expect(q, JSON.stringify(r.quotes.map((x) => [x.text, x.speaker, x.speakerRef]))).toBeDefined();
    expect(q!.kind).toBe(row.kind);
    expect(q!.speaker).toBe(row.speaker);
    if (row.speakerRef) expect(q!.speakerRef).toBe(row.speakerRef);
    if (row.cue) expect(q!.cue).toBe(row.cue);
    expectSpansConsistent(r.article, allSpans(r));
  });
});

describe('kk people', () => {
  it('merges case forms (Тоқаевтың, Тоқаевқа) with the full name', () => {
    const r = analyze('kk', 'Қасым-Жомарт Тоқаев Астанаға келді.', 'Тоқаевтың сапары екі күнге созылады. Тоқаевқа хат жолданды.');
    expect(r.people.map((p) => [p.name, p.mentions])).toEqual([['Қасым-Жомарт Тоқаев', 3]]);
  });

  it('knows -ұлы / -қызы names and their gender', () => {
    const r = analyze('kk', 'Айбек Ғабиденұлы мен Әсел Серікқызы жиналысқа қатысты.');
    expect(r.people.map((p) => [p.name, p.gender])).toEqual([
      ['Айбек Ғабиденұлы', 'male'],
      ['Әсел Серікқызы', 'female'],
    ]);
  });

  it('keeps Мемлекет басшысы a reference, not a person', () => {
    const r = analyze('kk', 'Мемлекет басшысы жиын өткізді.');
    expect(r.people).toEqual([]);
    expect(r.references.map((x) => x.text)).toEqual(['Мемлекет басшысы']);
  });
});

describe('kk sources', () => {
  it.each([
    ['X-ке сілтеме жасап, Y хабарлайды', 'Бұл туралы Kazinform-ке сілтеме жасап, Tengrinews.kz хабарлайды.', 'Kazinform', 'agency', 'Tengrinews.kz'],
    ['деп хабарлайды X тілшісі', 'Жол жөндеу жұмыстары күзге дейін аяқталады, деп хабарлайды ҚазАқпарат тілшісі.', 'Kazinform', 'correspondent', null],
    ['Сурет: X', 'Сурет: orda.kz', 'orda.kz', 'photo', null],
  ])('%s', (_n, text, name, kind, citedBy) => {
    const r = analyze('kk', text);
    const s = r.sources.find((x) => x.name === name);
    expect(s, JSON.stringify(r.sources)).toBeDefined();
    expect(s!.kind).toBe(kind);
    expect(s!.citedBy).toBe(citedBy);
  });
});
