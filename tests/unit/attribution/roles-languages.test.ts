/**
 * Issue 15, roles in every language, from how each press attaches a role to a person: a title before the name
 * (with its organisation), an apposition after it, a possessive or genitive organisation, German compounds written as
 * one word, stacked appositions ("Le chef du service, le professeur X"), Czech roles given in the nominative, and what is
 * not a role (an age, a care noun that looks like a title's case form, a title ending the sentence before a capital).
 * Sentences written for these tests; names and organisations are invented.
 */
import { describe, expect, it } from 'vitest';
import { rolesByName } from './helpers';

/** [language, sentence, part of the person's name, a substring one role must hold, or null for no role]. */
type Row = [string, string, string, string | null];

function rolesOf(language: string, text: string, name: string): string[] | undefined {
  const roles = rolesByName(language, text);
  const key = Object.keys(roles).find((k) => k.includes(name));
  return key ? roles[key] : undefined;
}

function check(rows: Row[]): void {
  for (const [language, text, name, role] of rows) {
    it(`${language}: ${text.slice(0, 70)}`, () => {
      const roles = rolesOf(language, text, name);
      expect(roles, `${name} is a person`).toBeDefined();
      if (role === null) expect(roles).toEqual([]);
      else expect(roles!.some((r) => r.toLowerCase().includes(role.toLowerCase())), JSON.stringify(roles)).toBe(true);
    });
  }
}

describe('roles: the common nouns of each press', () => {
  check([
    ['en', 'The company’s managing director, Claire Hollins, said the firm was disappointed.', 'Hollins', 'managing director'],
    ['en', '"It is hard," said retiree Gloria Mendes, 71.', 'Mendes', 'retiree'],
    ['en', 'Emma Walsh, a lecturer in politics at Cardiff University, said turnout was low.', 'Walsh', 'lecturer in politics'],
    ['en', 'Emma Walsh, the bank’s chief financial officer, said rates would rise.', 'Walsh', 'chief financial officer'],
    ['de', 'Sozialreferentin Birgit Hallmann stellte den Mietspiegel vor.', 'Hallmann', 'Sozialreferentin'],
    ['de', '„Pausen fallen aus“, sagte der Busfahrer Lukas Wendt aus Braunschweig.', 'Wendt', 'Busfahrer'],
    ['de', '„Wir legen drauf“, sagte Anja Brüggemann, Milchbäuerin aus Dobbertin.', 'Brüggemann', 'Milchbäuerin'],
    ['de', 'Café-Besitzerin Petra Lang sagte, die Kunden blieben aus.', 'Lang', 'Besitzerin'],
    ['fr', 'Fatima Benali, locataire au troisième étage, raconte avoir entendu un bruit.', 'Benali', 'locataire'],
    ['fr', 'Le viticulteur Jean-Marc Dubreuil a déposé un dossier.', 'Dubreuil', 'viticulteur'],
    ['es', 'Pedro Gil, dueño de un bar en el centro, lamentó la caída de ventas.', 'Gil', 'dueño de un bar'],
    ['es', '«No sale nadie», explicó a EFE Ramón Pereira, patrón mayor de la cofradía de pescadores.', 'Pereira', 'patrón mayor'],
    ['cs', 'Sládek pivovaru Tomáš Beneš řekl, že pivo zdraží.', 'Beneš', 'sládek'],
    ['uk', 'Про це повідомив керівник експедиції, доцент кафедри історії Михайло Попович.', 'Попович', 'доцент'],
    ['ru', 'Самовыдвиженец Рустам Галиев набрал 1214 голосов.', 'Галиев', 'самовыдвиженец'],
    ['ru', 'Кандидат от «Единой России» Ирина Мухаметова набрала 1208 голосов.', 'Мухаметова', 'кандидат от «Единой России»'],
  ]);
});

describe('roles: an apposition after the age', () => {
  check([
    ['en', '"It is hard," said Mary Cole, 81, a retired nurse from Leeds.', 'Cole', 'retired nurse'],
    ['fr', 'Sophie Roux, 45 ans, mère de trois enfants, a dénoncé la décision.', 'Roux', 'mère de trois enfants'],
    ['es', 'María Ruiz, de 45 años, vecina del barrio, denunció la falta de personal.', 'Ruiz', 'vecina del barrio'],
    ['en', 'Mary Cole, 81, said the plan was wrong.', 'Cole', null],
  ]);
});

describe('roles: a lexicon role phrase before the name is whole', () => {
  check([
    ['en', 'Union regional officer Kevin Dunn said the offer was a pay cut.', 'Dunn', 'regional officer'],
    ['kk', 'Аурухананың бас дәрігері Марат Бекетаев жаңалықты айтты.', 'Бекетаев', 'бас дәрігері'],
    ['kk', 'Үш баланың анасы Айгүл Сыздықова балалары туралы айтты.', 'Сыздықова', 'баланың анасы'],
  ]);

  it('en: a clause with a speech verb is no role', () => {
    const roles = rolesByName('en', 'Emma Cole, 58, stole from residents. Prosecutor Daniel Hughes told the court that Cole had lied.');
    const key = Object.keys(roles).find((k) => k.includes('Emma'));
    expect(key && roles[key]!.some((r) => / told /u.test(r))).toBe(false);
  });
});

describe('roles: the organisation after the title', () => {
  check([
    // German "der" is an article here, not a relative pronoun.
    ['de', 'Thomas Brandt, Geschäftsführer der Stadtwerke Erfurt, kündigte Entlassungen an.', 'Brandt', 'Geschäftsführer der Stadtwerke Erfurt'],
    ['de', 'Markus Reiter, Chef der Gewerkschaft der Lokführer, drohte mit Streik.', 'Reiter', 'Chef der Gewerkschaft der Lokführer'],
    ['de', 'Markus Reiter, der Trainer des FC Augsburg, war zufrieden.', 'Reiter', 'Trainer des FC Augsburg'],
    // A relative clause stays out.
    ['de', 'Markus Reiter, der seit Jahren in Augsburg lebt, war zufrieden.', 'Reiter', null],
    // A plural genitive complement ("директоров") is no role head of its own.
    ['ru', 'Об этом сообщил председатель Совета директоров Ростислав Мурзагулов.', 'Мурзагулов', 'председатель Совета директоров'],
  ]);
});

describe('roles: a title stacked before the title before the name', () => {
  check([
    ['fr', 'Le chef du service des urgences, le professeur Antoine Bérard, estime que la situation était prévisible.', 'Bérard', 'chef du service des urgences'],
    ['kk', 'Өрт сөндіру бөлімінің бастығы, подполковник Ерлан Жұмабаев өрттің себебін айтты.', 'Жұмабаев', 'бөлімінің бастығы'],
  ]);

  it('fr: the title next to the name stays too', () => {
    expect(rolesOf('fr', 'Le chef du service des urgences, le professeur Antoine Bérard, estime que la situation était prévisible.', 'Bérard')).toContain('professeur');
  });

  it('fr: a title after "selon" is someone else’s', () => {
    expect(rolesOf('fr', 'Selon le maire, le préfet Jean Dupont a tort.', 'Dupont')?.some((r) => r.includes('maire'))).toBe(false);
  });
});

describe('roles: a plural role over a list whose names say where each comes from', () => {
  check([
    ['ru', 'В Барнаул прилетели известные писатели, среди которых — Павел Басинский и Михаил Павлов из Москвы, Василий Авченко из Владивостока.', 'Авченко', 'писатель'],
    ['ru', 'Встретились министр Иван Петров из Москвы и Сергей Сидоров.', 'Сидоров', null],
  ]);
});

describe('roles: the dictionary form in Czech', () => {
  check([
    ['cs', 'Podle ministra financí Petra Svobody se rozpočet nezmění.', 'Svobod', 'ministr financí'],
    ['cs', 'Podle starosty Liberce Jana Nováka most opraví.', 'Novák', 'starosta Liberce'],
    ['cs', 'Podle předsedy vlády Petra Fialy rozpočet projde.', 'Fial', 'předseda vlády'],
    ['cs', 'Podle náměstka primátora Pavla Kratochvíla tramvaje pojedou.', 'Kratochvíl', 'náměstek primátora'],
    ['cs', 'Podle poslance Pavla Kratochvíla zákon projde.', 'Kratochvíl', 'poslanec'],
    ['cs', 'Podle mluvčí policie Jany Dvořákové pachatele zadrželi.', 'Dvořákov', 'mluvčí policie'],
  ]);

  it('cs: the oblique form is not kept', () => {
    expect(rolesOf('cs', 'Podle ministra financí Petra Svobody se rozpočet nezmění.', 'Svobod')).not.toContain('ministra financí');
  });
});

describe('roles: what is not a role', () => {
  check([
    ['en', 'Ann Dowd, 52, said the bridge would reopen.', 'Dowd', null],
    ['fr', 'Paul Morel, 52 ans, a dénoncé la décision.', 'Morel', null],
    ['es', 'María Ruiz, de 45 años, denunció la falta de personal.', 'Ruiz', null],
    // "starosti" (cares) is not a case form of "starosta" (mayor).
    ['cs', 'Starosti s rozpočtem má i Pavel Kratochvíl.', 'Kratochvíl', null],
  ]);

  it('a role noun ending a sentence makes no person of the next sentence’s first word', () => {
    const rows: Array<[string, string, string]> = [
      ['en', 'The union says it speaks for every driver. Senior managers were not consulted, it said.', 'Senior'],
      ['uk', 'Він представляється лікарем. Гроші потерпілим вдалося повернути.', 'Гроші'],
      ['es', 'El premio lo entregó el productor. Habrá otra edición el año próximo, dijo el jurado.', 'Habrá'],
    ];
    for (const [language, text, word] of rows) expect(Object.keys(rolesByName(language, text)).filter((k) => k.startsWith(word)), language).toEqual([]);
  });
});
