/**
 * Issue 15 (session 11), roles from each language's inventory: a speaker's description that stands for the person named
 * last gives that person its role ("raconte le viticulteur", "sagte die Händlerin", "řekl vědec"); role nouns of everyday
 * news (residents, trades, instructors, tourists) in ru, uk, es, fr, de, en; residents' nouns whose complement is a
 * place, not a person ("жительница Апатитов Ирина Ветрова"); surnames that are also title or organisation words after a
 * first name ("Pavel Král", "Sarah Hill"); Ukrainian -енко surnames in an oblique case ("Шевченка" → "Шевченко").
 * Sentences written for these tests; names and organisations are invented.
 */
import { describe, expect, it } from 'vitest';
import { rolesByName } from './helpers';

/** [language, text, the person's name as the engine gives it, a substring one role must hold, or null for no role]. */
type Row = [string, string, string, string | null];

function check(rows: Row[]): void {
  for (const [language, text, name, role] of rows) {
    it(`${language}: ${text.slice(0, 70)}`, () => {
      const roles = rolesByName(language, text);
      expect(Object.keys(roles), `${name} is a person`).toContain(name);
      if (role === null) expect(roles[name]).toEqual([]);
      else expect(roles[name]!.some((r) => r.toLowerCase().includes(role.toLowerCase())), JSON.stringify(roles[name])).toBe(true);
    });
  }
}

describe('roles: a description standing for the person named last', () => {
  check([
    ['de', 'Heike Brandl verkauft seit 20 Jahren Waffeln. „Es bleibt kaum etwas übrig“, sagte die Händlerin aus Pirna dem Sender.', 'Heike Brandl', 'Händlerin'],
    ['cs', 'Tomáš Vrba z Ústavu ekologie připomněl, že les roste. „Za deset let to nikdo nepozná,“ řekl vědec.', 'Tomáš Vrba', 'vědec'],
    ['ru', 'Игорь Сомов приехал на стадион утром. «Мы справимся», — признал наставник.', 'Игорь Сомов', 'наставник'],
  ]);
  it('cs: a surname that is also a title word describes nobody ("Král dodal")', () => {
    const roles = rolesByName('cs', '„Je to těžké,“ řekl Pavel Král. „Zlepší se to,“ dodal Král.');
    expect(roles['Pavel Král']).toEqual([]);
  });
});

describe('roles: role nouns of everyday news', () => {
  check([
    ['ru', 'Дальнобойщик Сергей Гусев провёл в машине на трассе почти восемь часов.', 'Сергей Гусев', 'дальнобойщик'],
    ['ru', 'Об этом рассказал 41-летний житель Вологды Олег Тарасов.', 'Олег Тарасов', 'житель Вологды'],
    ['ru', 'Экскурсовод Марина Лапина показала гостям старую пристань.', 'Марина Лапина', 'экскурсовод'],
    ['uk', 'Інструктор із Ворохти Богдан Гнатюк каже, що снігу цього року більше.', 'Богдан Гнатюк', 'інструктор'],
    ['uk', 'Екскурсовод Олена Мельник розповіла, що музей відкриють у травні.', 'Олена Мельник', 'екскурсовод'],
    ['es', 'Andrés Molina, monitor de la escuela de vela del puerto, ha contado que faltan barcos.', 'Andrés Molina', 'monitor'],
    ['es', 'Kate Brown, una turista escocesa que recorría el casco antiguo, contó que no encontró entradas.', 'Kate Brown', 'turista'],
    ['fr', 'Le moniteur de ski Pierre Vasseur a expliqué que la neige manquait.', 'Pierre Vasseur', 'moniteur'],
    ['de', 'Imker Jonas Albers sagte, der Sommer sei zu trocken gewesen.', 'Jonas Albers', 'Imker'],
    ['en', '"Prices are up," said Fiona Grant, a fish wholesaler in Ullapool.', 'Fiona Grant', 'wholesaler'],
  ]);
});

describe('roles: a resident noun places the words after it, the name after them is the person', () => {
  it('ru: "жительница Апатитов Ирина Ветрова" is one person, not Апатитов', () => {
    const roles = rolesByName('ru', 'Среди застрявших в аэропорту — жительница Кировска Ирина Ветлугина, которая летела на операцию.');
    expect(Object.keys(roles)).toEqual(['Ирина Ветлугина']);
    expect(roles['Ирина Ветлугина']!.some((r) => r.includes('жительница Кировска'))).toBe(true);
  });
  it('ru: residents in an oblique plural name a place, not a person ("жителям Поморья")', () => {
    expect(rolesByName('ru', 'Питьевую воду раздали жителям Поморья в среду.')).toEqual({});
  });
  it('ru: a sentence opening with the residents noun ("Жители Соединённого Королевства")', () => {
    expect(rolesByName('ru', 'Жители Соединённого Королевства продолжают возмущаться из-за цен.')).toEqual({});
  });
  it('uk: "мешканка Львова Ірина Петрук" is one person', () => {
    expect(Object.keys(rolesByName('uk', 'Про це розповіла мешканка Львова Ірина Петрук.'))).toEqual(['Ірина Петрук']);
  });
});

describe('names: a surname that is also a title or organisation word', () => {
  check([
    ['cs', '„Je to těžké,“ řekl Pavel Král, starosta obce.', 'Pavel Král', 'starosta obce'],
    ['de', '„Das ist schwer“, sagte Hans Richter, Bürgermeister der Stadt.', 'Hans Richter', 'Bürgermeister'],
    ['en', '"We are ready," said Sarah Hill, a nurse at the hospital.', 'Sarah Hill', 'nurse'],
    ['en', '"We are ready," said Tom White, the club\'s coach.', 'Tom White', 'coach'],
    ['de', 'Richter Hans Müller verurteilte den Mann.', 'Hans Müller', 'Richter'],
  ]);
  it('en: an honorific before an organisation word ("Mr Fox") names a person, not before a title ("Mr. President")', () => {
    expect(Object.keys(rolesByName('en', 'Mr Fox later told the court he was sorry.'))).toEqual(['Fox']);
    expect(rolesByName('en', '"Thank you, Mr. President," he said.')).toEqual({});
  });
  it('en: an organisation word the lexicon does not list as a surname still ends the name ("Martin Foundation")', () => {
    expect(Object.keys(rolesByName('en', 'The Trayvon Martin Foundation said it would not comment.'))).not.toContain('Martin Foundation');
  });
});

describe('names: Ukrainian -енко surnames in an oblique case', () => {
  it('"За словами Тараса Шевченка" names Тарас Шевченко', () => {
    expect(Object.keys(rolesByName('uk', 'За словами Тараса Шевченка, все добре.'))).toEqual(['Тарас Шевченко']);
    expect(Object.keys(rolesByName('uk', 'Серед гостей – родина Андрія Нечипоренка з Києва.'))).toEqual(['Андрій Нечипоренко']);
  });
});
