/**
 * What names nobody (issue 15, mention precision): a capitalised run that fills a quotation by itself, a
 * place after or before a noun for a kind of place, a Latin-script outlet in speaker position of a Cyrillic
 * text, an abbreviation ending a sentence. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const names = (language: string, ...paragraphs: string[]) => analyze(language, ...paragraphs).people.map((p) => p.name);

describe('runs that name nobody', () => {
  it('ru: a name that fills a quotation is a title, a club or an award, and keeps an outside namesake apart', () => {
    const got = names('ru', 'Фильм получил «Оскара» в прошлом году, а клуб «Спартак» проиграл.', 'Как сообщил "Ъ", режиссер Оскар Грант доволен.');
    expect(got).toEqual(['Оскар Грант']);
    const p = analyze('ru', 'Фильм получил «Оскара» в прошлом году.', 'Режиссер Оскар Грант доволен.').people.find((x) => x.name === 'Оскар Грант');
    expect(p?.mentionSpans?.length).toBe(1);
  });

  it('ru: a lone word after a noun for a kind of place is that place', () => {
    const got = names('ru', 'Он родился в селе Вырубово и переехал в город Бокино. Губернатор штата Техас приехал в Иваново.');
    expect(got.some((n) => /Вырубов|Бокин|Техас/.test(n))).toBe(false);
  });

  it('ru: but a person named after a place noun with its adjective, or with a first name, stays a person', () => {
    const got = names('ru', 'Губернатор Кемеровской области Аман Тулеев подал в отставку. Мэр города Сергей Собянин ответил.');
    expect(got).toEqual(expect.arrayContaining(['Аман Тулеев', 'Сергей Собянин']));
  });

  it('ru: a capitalised adjective before a place noun is not the end of a name', () => {
    const got = names('ru', 'Иван Петров родился в городе Скопин Рязанской области.');
    expect(got).toContain('Иван Петров');
    expect(got.some((n) => /Скопин|Рязанск/.test(n))).toBe(false);
  });

  it('kk: a first name before a place noun names the place', () => {
    const got = names('kk', 'Наурызбай ауданының тұрғыны Серік Жұмабаев жол туралы айтты.');
    expect(got).toContain('Серік Жұмабаев');
    expect(got.some((n) => n.startsWith('Наурызбай'))).toBe(false);
  });

  it('kk: a bare place noun after a name is a common noun (ауыл мектептері), not the possessive that names a place', () => {
    const got = names('kk', 'Мәжіліс депутаты Гүлжан Сәдуақасова ауыл мектептеріне қосымша қаржы бөлу қажет екенін атап өтті.');
    expect(got).toContain('Гүлжан Сәдуақасова');
  });

  it('ru: Latin words in speaker position of a Cyrillic text are an outlet, a Cyrillic name there a person', () => {
    expect(names('ru', 'Британская газета The Sunday Times сообщила, что расследование продолжается.')).toEqual([]);
    expect(names('ru', '«Мы не боимся», — сказал Кобир Чоудури.')).toContain('Кобир Чоудури');
    expect(names('ru', '«Мы не боимся», — сказал Kobir Chowdhury.')).toEqual([]);
  });

  it('one unknown word that only a speaker position makes a name is no person; a known surname there is', () => {
    expect(names('de', '„Wir sind zu Gesprächen bereit“, hieß es aus Verhandlungskreisen.')).toEqual([]);
    expect(names('en', '"The waiting lists are too long," said England in a statement.')).toEqual([]);
    const got = analyze('en', 'Mayor Anna Becker opened the bridge.', '"It took three years," said Becker.');
    expect(got.people.map((p) => p.name)).toEqual(['Anna Becker']);
    expect(got.quotes[0]?.speaker).toBe('Anna Becker');
  });

  it('ru: an abbreviation in capitals ending a sentence does not join the next sentence\'s first word', () => {
    const got = names('ru', 'Он был премьер-министром РФ. Известен он был своими афоризмами.');
    expect(got.some((n) => /Известен/.test(n))).toBe(false);
  });

  it('ru: a title at the end of a line or of a sentence gives no evidence to the next word', () => {
    expect(names('ru', 'Площадка уничтожена полицейскими\nЛоготип AlphaBay висел на сайте.')).toEqual([]);
    expect(names('ru', 'Решение одобрил министр\nГерб Армении висел в зале.')).toEqual([]);
    expect(names('ru', 'Он настоящий воин. Желаю ему скорейшего восстановления.')).toEqual([]);
  });
});

describe('roles around a name (issue 15, person–role recall)', () => {
  const roles = (text: string) => Object.fromEntries(analyze('ru', text).people.map((p) => [p.name, p.roles]));

  it('ru: a role in the instrumental right after a name is what the verb makes of that person', () => {
    expect(roles('Компания назначила Владимира Зворыкина руководителем лаборатории.')['Владимир Зворыкин']).toEqual(['руководитель лаборатории']);
  });

  it('ru: the city of "стал мэром Харькова" is no person, and the date after the role is not part of it', () => {
    const got = roles('Член партии 54-летний Геннадий Кернес стал мэром Харькова в марте 2010 года.');
    expect(Object.keys(got)).toEqual(['Геннадий Кернес']);
    expect(got['Геннадий Кернес']).toContain('мэр Харькова');
  });

  it('ru: a profession of the lexicon before an unknown name makes it a person with that role', () => {
    expect(roles('Вчера легендарный баскетболист Коби Брайант разбился на вертолёте.')['Коби Брайант']).toEqual(['легендарный баскетболист']);
  });
});
