/**
 * Issue 15, source recall on unseen articles: sources recognised from general evidence, not from the
 * list of known outlets — the syntax of the cue (an outlet after a noun for a kind of outlet, after any
 * speech verb the quote finder reads, an organisation quoted as the speaker, "У … ОВА заявили, що"),
 * and the shape of an outlet's name (a head word such as "-Zeitung" or "Times", digits or an acronym
 * joined to it, Latin letters in a Cyrillic sentence, a regional edition of a known outlet). Every
 * outlet, body and person below is invented for these tests (none is in lib/lang/outlets.ts); the
 * negative cases keep precision: a person, a common noun or a place is no source.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

function sourceNames(language: string, ...paragraphs: string[]): string[] {
  return analyze(language, ...paragraphs).sources.map((s) => s.name);
}

describe('sources: an unknown outlet after a noun for a kind of outlet', () => {
  it.each([
    ['ru', '«Мы готовы», — сказал глава района Олег Петров телеканалу Алау.', 'Алау'],
    ['uk', '«Ми працюємо цілодобово», — розповів директор Олег Бойко виданню Вечірній Поділ.', 'Вечірній Поділ'],
    ['de', 'Der Sprecher sagte dem Sender Radio Elbtal, man prüfe den Fall.', 'Radio Elbtal'],
    ['es', '«Estamos preparados», dijo el alcalde Juan Pérez a Diario de Almenara.', 'Diario de Almenara'],
  ])('%s: %s', (language, sentence, outlet) => {
    expect(sourceNames(language, sentence, 'Подробности позже.')).toContain(outlet);
  });
});

describe('sources: an outlet told by the shape of its name', () => {
  it('de: a newspaper head word closing the name, past the speaker ("der Kieler Landpost")', () => {
    expect(sourceNames('de', 'Das sagte Bürgermeister Jens Weber der Kieler Landpost am Mittwoch.', 'Die Brücke bleibt gesperrt.')).toContain('Kieler Landpost');
  });

  it('de: a hyphenated "-Zeitung" before a postposed report verb', () => {
    expect(sourceNames('de', 'Wie die Haff-Zeitung berichtet, soll die Brücke im Mai öffnen.', 'Die Arbeiten laufen.')).toContain('Haff-Zeitung');
  });

  it('en: a head word inside the name ("Times") after "told the"', () => {
    expect(sourceNames('en', 'The plant will close in March, the company told the Millbrook Times Union on Tuesday.', 'Workers were told on Monday.')).toContain('Millbrook Times Union');
  });

  it('en: "the X reported": a name after a definite article before a report verb is no person', () => {
    expect(sourceNames('en', 'Smith said the deal was done, the Granite Bee reported.', 'The deal closes in May.')).toContain('Granite Bee');
  });

  it('es: a station name with digits, past the speaker, after any speech verb ("relató … a Cadena 77")', () => {
    expect(sourceNames('es', '«Fue un error», relató la vecina Ana Ruiz a Cadena 77.', 'El agua volvió por la tarde.')).toContain('Cadena 77');
  });

  it('es: a word joined to an acronym is the outlet, the speaker\'s name after it is not ("contó a Ribera-EMV Rosa Beltrán")', () => {
    const names = sourceNames('es', '«Cada mañana es una lotería», contó a Ribera-EMV Rosa Beltrán, vecina del barrio.', 'El servicio mejorará en mayo.');
    expect(names).toContain('Ribera-EMV');
    expect(names.join(' ')).not.toContain('Rosa');
  });

  it('ru: Latin letters in a Cyrillic sentence after a told cue', () => {
    expect(sourceNames('ru', 'Об этом рассказал Steppe Review председатель правления банка Аскар Нуриев.', 'Сделку закроют в мае.')).toContain('Steppe Review');
  });
});

describe('sources: a regional edition of a known outlet', () => {
  it('uk: "Суспільне Полтава" stays whole', () => {
    expect(sourceNames('uk', 'Про аварію першим повідомило Суспільне Полтава.', 'Воду дадуть увечері.')).toContain('Суспільне Полтава');
  });

  it('fr: "France Bleu Alsace" after any speech verb and "sur"', () => {
    expect(sourceNames('fr', '« Nous sommes prêts », a affirmé le maire Jean Dupont sur France Bleu Alsace.', 'Les travaux commencent lundi.')).toContain('France Bleu Alsace');
  });
});

describe('sources: bodies that speak', () => {
  it('fr: an organisation quoted as the speaker, after an elided article', () => {
    expect(sourceNames('fr', '« La situation est sous contrôle », a déclaré l\'ARS Limousin.', 'Des renforts arrivent lundi.')).toContain('ARS Limousin');
  });

  it('es: an organisation with its article quoted as the speaker', () => {
    expect(sourceNames('es', 'Por su parte, la Confederación Hidrográfica del Tajuña advirtió de que, si no llueve, habrá cortes de agua.', 'Los embalses están al 20 %.')).toContain('Confederación Hidrográfica del Tajuña');
  });

  it('uk: "У <body> заявили, що …": the body in the locative, no subject after the verb', () => {
    expect(sourceNames('uk', 'У Житомирській ОВА заявили, що загрози для людей немає.', 'Воду перевіряють щодня.').join(' ')).toContain('Житомирській ОВА');
  });

  it('ru: "В акимате … области сообщили, что …" keeps the body\'s noun', () => {
    expect(sourceNames('ru', 'В акимате Туркестанской области сообщили, что работы завершат в мае.', 'Дорогу откроют летом.').join(' ')).toContain('акимате Туркестанской области');
  });

  it('kk: an unknown body before a postposed "мәліметінше"', () => {
    expect(sourceNames('kk', 'Ауагидромет мәліметінше, ертең жаңбыр жауады.', 'Жол жабық.')).toContain('Ауагидромет');
  });

  it('fr: an acronym in brackets after the name is kept with it', () => {
    expect(sourceNames('fr', 'La fréquentation a reculé, selon les chiffres publiés mercredi par le Centre régional du film (CRF).', 'Les salles restent ouvertes.').join(' ')).toContain('(CRF)');
  });
});

describe('sources: what is not a source', () => {
  it.each([
    ['en', 'Hydrologists said the river would peak overnight.', 'Hydrologists'],
    ['en', '“We are ready,” Mayor John Carter told reporters on Monday.', 'John Carter'],
    ['kk', 'Сарапшылардың мәліметінше, баға өседі.', 'Сарапшылар'],
    ['ru', 'В Москве заявили, что переговоры продолжатся.', 'Москве'],
    ['de', 'Im Landkreis Harz sagte der Landrat, die Straße bleibe gesperrt.', 'Landkreis Harz'],
    ['ru', '«Мы играли без огня», — сказал наставник «Северного ветра».', 'Северного ветра'],
    ['es', 'Vecinos de la colonia Revolución dijeron que el agua llegó turbia.', 'Vecinos de la colonia Revolución'],
    ['de', 'Der Verein sagte, man werde die Szene prüfen.', 'Verein'],
  ])('%s: %s', (language, sentence, notSource) => {
    expect(sourceNames(language, sentence, 'Подробности позже.').join(' ')).not.toContain(notSource);
  });
});

describe('sources: credit lines and datelines of unknown agencies', () => {
  it.each([
    ['ru', 'Фото с сайта Степной вестник', 'Степной вестник'],
    ['ru', 'Фото: © Степной вестник', 'Степной вестник'],
    ['en', 'Photo courtesy of Millbrook Police Department', 'Millbrook Police Department'],
    ['en', '(Photo by Jane Doe/Granite Media)', 'Granite Media'],
  ])('%s: a credit line "%s"', (language, credit, name) => {
    expect(sourceNames(language, credit, 'Мост откроют в мае. The bridge opens in May.')).toContain(name);
  });

  it('a credit word opening an ordinary sentence is no credit line', () => {
    expect(sourceNames('en', 'Photo exhibitions by Anna Berg open in Granite Hall in May.', 'Tickets are free.')).toEqual([]);
  });

  it.each([
    ['ru', 'АКТОБЕ, 5 декабря – Степь Пресс. Мост откроют в мае.', 'Степь Пресс'],
    ['ru', 'АКТОБЕ. Степь Пресс — Мост откроют в мае.', 'Степь Пресс'],
    ['ru', 'Астана, 5 декабря. /Степь Пресс/. Мост откроют в мае.', 'Степь Пресс'],
  ])('%s: a dateline "%s"', (language, lead, name) => {
    expect(sourceNames(language, lead, 'Работы идут.')).toContain(name);
  });

  it('a capitalised phrase after a place in capitals is no agency unless shaped like one', () => {
    expect(sourceNames('ru', 'АКТОБЕ. Президент Академии — выступил на форуме.', 'Работы идут.')).toEqual([]);
  });
});

describe('sources: cs bare "podle" with a body, not a person or a place', () => {
  it.each([
    ['Podle Krajského hydrologického ústavu bude v noci mrznout.', 'Krajského hydrologického ústavu'],
    ['Podle Úřadu pro drobné letectví odbavilo letiště loni 190 tisíc cestujících.', 'Úřadu pro drobné letectví'],
    ['Podle Ministerstva dopravy se počet nehod zvýšil.', 'Ministerstva dopravy'],
  ])('%s', (sentence, body) => {
    expect(sourceNames('cs', sentence, 'Silnice jsou sjízdné.')).toContain(body);
  });

  it.each(['Podle Dvořáka je to chyba.', 'Podle Prahy je plán hotový.', 'Podle Babiše je vláda neschopná.'])('%s names no source', (sentence) => {
    expect(sourceNames('cs', sentence, 'Silnice jsou sjízdné.')).toEqual([]);
  });
});

describe('sources: a speaker phrase around a name is no body', () => {
  it.each([
    'The Granite team said the deal was done.',
    'Vice President Joseph R. Carver said the deal was done.',
    'Nervous Democrats on Capitol Hill said the deal was done.',
    'CLARIFICATION said the deal was done.',
  ])('en: %s', (sentence) => {
    expect(sourceNames('en', 'Budget talks', sentence)).toEqual([]);
  });

  it('en: "The Granite Budget Office said": the article stays out of the name', () => {
    expect(sourceNames('en', 'Budget talks', 'The Granite Budget Office said the deal would cost $4 billion.')).toContain('Granite Budget Office');
  });
});

describe('sources: a body said in, even where the name finder reads a person', () => {
  it('uk: "У Держпродспоживслужбі Полтавщини повідомили, що …"', () => {
    expect(sourceNames('uk', 'У Держпродспоживслужбі Полтавщини повідомили, що спалахів не виявлено.', 'Роботи тривають.').join(' ')).toContain('Держпродспоживслужбі Полтавщини');
  });

  it('ru: a person after a time phrase is the speaker, not a body ("В прошлом году Иван Петров заявил, что …")', () => {
    expect(sourceNames('ru', 'В прошлом году Иван Петров заявил, что уйдёт.', 'Работы идут.')).toEqual([]);
  });
});
