/** Russian rules, one convention per row: quote marks, dash attributions, indirect speech, people, sources. */
import { describe, expect, it } from 'vitest';
import { allSpans, analyze, expectSpansConsistent } from './helpers';

interface Row {
  name: string;
  paragraphs: string[];
  quote: { kind: 'direct' | 'indirect'; speaker?: string | null; speakerRef?: string | null; cue?: string | null; text: string };
}

const quoteRows: Row[] = [
  {
    name: '«Q», — V title S (guillemets, sentence dots inside)',
    paragraphs: ['«Мы продолжим работу. Это важно!», — сказал аким г. Алматы Ерболат Досаев.'],
    quote: { kind: 'direct', speaker: 'Ерболат Досаев', cue: 'сказал', text: 'Мы продолжим работу. Это важно!' },
  },
  {
    name: 'S V: «Q»',
    paragraphs: ['Министр финансов Ерулан Жамаубаев заявил: «Бюджет будет исполнен в срок».'],
    quote: { kind: 'direct', speaker: 'Ерулан Жамаубаев', cue: 'заявил', text: 'Бюджет будет исполнен в срок' },
  },
  {
    name: '„Q“ — V (nested-style marks), female verb',
    paragraphs: ['„Это решение давно назрело“, — подчеркнула председатель комитета Анна Петрова.'],
    quote: { kind: 'direct', speaker: 'Анна Петрова', cue: 'подчеркнула', text: 'Это решение давно назрело' },
  },
  {
    name: 'straight quotes with a hyphen dash',
    paragraphs: ['"Все объекты сдадим вовремя", - пообещал Нурлан Ахметов.'],
    quote: { kind: 'direct', speaker: 'Нурлан Ахметов', cue: 'пообещал', text: 'Все объекты сдадим вовремя' },
  },
  {
    name: 'no marks: paragraph closed by ", - V S."',
    paragraphs: ['Тарифы на тепло в этом году не вырастут. Мы договорились с поставщиками, - сообщил Марат Оспанов.'],
    quote: { kind: 'direct', speaker: 'Марат Оспанов', cue: 'сообщил', text: 'Тарифы на тепло в этом году не вырастут. Мы договорились с поставщиками' },
  },
  {
    name: 'French spaces inside guillemets, pronoun speaker',
    paragraphs: ['Ирина Ким возглавила фонд.', '« Мы готовы к диалогу », — сказала она.'],
    quote: { kind: 'direct', speaker: 'Ирина Ким', cue: 'сказала', text: 'Мы готовы к диалогу' },
  },
  {
    name: 'unclosed quote runs to the paragraph end',
    paragraphs: ['Аким Серик Жаксылыков сказал: «Дороги отремонтируют до конца сентября, а дворы к октябрю'],
    quote: { kind: 'direct', speaker: 'Серик Жаксылыков', cue: 'сказал', text: 'Дороги отремонтируют до конца сентября, а дворы к октябрю' },
  },
  {
    name: 'indirect: S V, что …',
    paragraphs: ['Депутат Ольга Сидорова заявила, что закон примут до конца сессии.'],
    quote: { kind: 'indirect', speaker: 'Ольга Сидорова', cue: 'заявила', text: 'закон примут до конца сессии' },
  },
  {
    name: 'indirect: по словам S(gen), …',
    paragraphs: ['Министр Ерлан Карин выступил в сенате.', 'По словам Карина, новые правила вступят в силу с января.'],
    quote: { kind: 'indirect', speaker: 'Ерлан Карин', cue: 'По словам', text: 'новые правила вступят в силу с января' },
  },
  {
    name: 'indirect: collective speaker is a reference, not a person',
    paragraphs: ['Эксперты считают, что цены стабилизируются к весне.'],
    quote: { kind: 'indirect', speaker: null, speakerRef: 'Эксперты', cue: 'считают', text: 'цены стабилизируются к весне' },
  },
  {
    name: 'indirect: "…, считает S." without a dash',
    paragraphs: ['Председатель комитета Анна Петрова выступила на заседании.', 'Рост цен замедлится уже к лету, считает Петрова.'],
    quote: { kind: 'indirect', speaker: 'Анна Петрова', cue: 'считает', text: 'Рост цен замедлится уже к лету' },
  },
  {
    name: 'title alone resolves to the person holding it',
    paragraphs: ['Аким области Даниал Ахметов провел совещание.', 'Аким отметил, что отопительный сезон начнется вовремя.'],
    quote: { kind: 'indirect', speaker: 'Даниал Ахметов', cue: 'отметил', text: 'отопительный сезон начнется вовремя' },
  },
  {
    name: 'press service as an unnamed speaker',
    paragraphs: ['«Новые правила вступят в силу с января», — сообщили в пресс-службе акимата.'],
    quote: { kind: 'direct', speaker: null, speakerRef: 'в пресс-службе акимата', cue: 'сообщили', text: 'Новые правила вступят в силу с января' },
  },
  {
    name: 'a request: the object first, the infinitive a few words on ("попросила родителей не приводить …")',
    paragraphs: ['Директор гимназии Наталья Попова попросила родителей не приводить детей с признаками простуды.'],
    quote: { kind: 'indirect', speaker: 'Наталья Попова', cue: 'попросила', text: 'родителей не приводить детей с признаками простуды' },
  },
  {
    name: '"не исключил, что …"',
    paragraphs: ['Глава компании Виктор Рыбин не исключил, что цены на продукцию вырастут.'],
    quote: { kind: 'indirect', speaker: 'Виктор Рыбин', cue: 'не исключил', text: 'цены на продукцию вырастут' },
  },
  {
    name: 'an outlet in marks addressed before "что" is no quote ("сообщил «Известиям», что …")',
    paragraphs: ['Владимир Носов сообщил «Известиям», что в поселке не хватает врачей.'],
    quote: { kind: 'indirect', speaker: 'Владимир Носов', cue: 'сообщил', text: 'в поселке не хватает врачей' },
  },
  {
    name: 'an outlet in marks between the verb and the speaker is its addressee ("…, сказал «Интерфаксу» министр X.")',
    paragraphs: ['Переговоры зашли в тупик, сказал «Интерфаксу» министр Иван Петров.'],
    quote: { kind: 'indirect', speaker: 'Иван Петров', cue: 'сказал', text: 'Переговоры зашли в тупик' },
  },
];

describe('ru quotes', () => {
  it.each(quoteRows)('$name', ({ paragraphs, quote }) => {
    const r = analyze('ru', ...paragraphs);
    const q = r.quotes.find((x) => x.text === quote.text);
    expect(q, JSON.stringify(r.quotes.map((x) => x.text))).toBeDefined();
    expect(q!.kind).toBe(quote.kind);
    if (quote.speaker !== undefined) expect(q!.speaker).toBe(quote.speaker);
    if (quote.speakerRef !== undefined) expect(q!.speakerRef).toBe(quote.speakerRef);
    if (quote.cue !== undefined) expect(q!.cue).toBe(quote.cue);
    expectSpansConsistent(r.article, allSpans(r));
  });

  it('continues a dialogue after the attribution', () => {
    const r = analyze('ru', '— Работы много, — отметил Габит Сыздыкбеков, аким г. Усть-Каменогорска. — Но мы справимся до конца года.');
    expect(r.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['Работы много', 'Габит Сыздыкбеков'],
      ['Но мы справимся до конца года.', 'Габит Сыздыкбеков'],
    ]);
  });

  it('keeps no quote for the outlet addressed in marks', () => {
    const r = analyze('ru', 'Владимир Носов сообщил «Известиям», что в поселке не хватает врачей.');
    expect(r.quotes.map((q) => q.text)).toEqual(['в поселке не хватает врачей']);
  });

  it('ignores scare quotes and names in quotes', () => {
    const r = analyze('ru', 'ТОО «Астана Газ» начало ремонт, и жители «обновились» вместе с домами.');
    expect(r.quotes).toEqual([]);
  });
});

describe('ru people', () => {
  it('merges inflected forms into the nominative full name, with role, gender and mentions', () => {
    const r = analyze('ru', 'Аким г. Алматы Ерболат Досаев провел совещание.', 'Досаеву доложили о ремонте. С Досаевым согласились депутаты.');
    expect(r.people).toHaveLength(1);
    const p = r.people[0]!;
    expect(p.name).toBe('Ерболат Досаев');
    expect(p.roles).toContain('аким г. Алматы');
    expect(p.isOfficial).toBe(true);
    expect(p.gender).toBe('male');
    expect(p.mentions).toBe(3);
  });

  it('takes a role from an apposition after the name', () => {
    const r = analyze('ru', 'Габит Сыздыкбеков, аким г. Усть-Каменогорска, заявил, что дороги отремонтируют к осени.');
    expect(r.people[0]?.roles).toContain('аким г. Усть-Каменогорска');
  });

  it('knows women by first name, patronymic and verb agreement', () => {
    const r = analyze('ru', 'Наталья Ивановна Ким выступила первой.', 'Эльмира Сатпаева рассказала, что школа откроется в сентябре.');
    expect(r.people.map((p) => [p.name, p.gender])).toEqual([
      ['Наталья Ивановна Ким', 'female'],
      ['Эльмира Сатпаева', 'female'],
    ]);
  });

  it('does not take places and organisations for people', () => {
    const r = analyze('ru', 'В Ростове и Москве прошли встречи. Министерство финансов России сообщило о росте доходов. Московский университет открыл набор.');
    expect(r.people).toEqual([]);
  });

  it('keeps an unnamed official as a reference', () => {
    const r = analyze('ru', 'Глава государства подписал указ о выборах.');
    expect(r.people).toEqual([]);
    expect(r.references.map((x) => [x.text, x.isOfficial])).toEqual([['Глава государства', true]]);
  });
});

describe('ru sources', () => {
  it.each([
    ['со ссылкой на X, cited by the reporting site', 'Как сообщает Tengrinews.kz со ссылкой на пресс-службу МВД, задержаны трое.', 'пресс-службу МВД', 'press-service', 'Tengrinews.kz'],
    ['передает корреспондент X', 'Об этом передает корреспондент Kazinform.', 'Kazinform', 'correspondent', null],
    ['по данным X', 'По данным Бюро национальной статистики, население выросло.', 'Бюро национальной статистики', 'official', null],
    ['photo credit', 'Фото: Vlast.kz', 'Vlast.kz', 'photo', null],
    ['agency alias', 'Об этом сообщает ТАСС.', 'TASS', 'agency', null],
  ])('%s', (_n, text, name, kind, citedBy) => {
    const r = analyze('ru', text);
    const s = r.sources.find((x) => x.name === name);
    expect(s, JSON.stringify(r.sources)).toBeDefined();
    expect(s!.kind).toBe(kind);
    expect(s!.citedBy).toBe(citedBy);
  });
});
