import { describe, expect, it } from 'vitest';
import { cleanByline, detectArticle, extractArticle, parseMachineDate, parseTextDate, plainTextTitle } from '../../../lib/page';
import { docOf } from './helpers';
import { titleSuffix } from '../../../lib/page/metadata';

describe('parseTextDate: dates written for people', () => {
  it.each([
    ['5 ноября 2023 13:40 519 Маргарита Малышева', '2023-11-05T13:40'],
    ['Опубликовано: 21.01.2025', '2025-01-21'],
    ['21.01.2025, 09:05', '2025-01-21T09:05'],
    ['2023 жылғы 5 қараша', '2023-11-05'],
    ['2023 ж. 12 желтоқсан 18:30', '2023-12-12T18:30'],
    ['12 березня 2024 року, 10:00', '2024-03-12T10:00'],
    ['Veröffentlicht am 3. März 2024 um 14:05 Uhr', '2024-03-03T14:05'],
    ['Publié le 8 octobre 2025 à 07h30', '2025-10-08T07:30'],
    ['8 de octubre de 2025', '2025-10-08'],
    ['Updated March 3, 2024 at 5:07 pm', '2024-03-03T17:07'],
    ['Nov. 5, 2023', '2023-11-05'],
    ['2025-01-21', '2025-01-21'],
    ['5. března 2024', '2024-03-05'],
    ['Publikováno 17. listopadu 2023 v 9:15', '2023-11-17T09:15'],
    ['1. července 2025', '2025-07-01'],
    ['30. září 2024', '2024-09-30'],
    ['2. prosince 2022', '2022-12-02'],
    ['Aktualizováno 3. 1. 2024 14:05', '2024-01-03T14:05'],
    ['Stand: 03.03.2024, 14:05 Uhr', '2024-03-03T14:05'],
    ['Montag, 1. Juli 2024', '2024-07-01'],
    ['mardi 2 janvier 2024', '2024-01-02'],
    ['1er janvier 2024', '2024-01-01'],
    ['Actualizado: 12 mar. 2024', '2024-03-12'],
    ['13 de enero, 2024', '2024-01-13'],
    ['4 грудня 2024 р.', '2024-12-04'],
    ['15 қаңтар 2024', '2024-01-15'],
    ['12 мая 2024 г.', '2024-05-12'],
    ['January 3rd, 2024', '2024-01-03'],
  ])('%s → %s', (text, iso) => {
    expect(parseTextDate(text)?.iso).toBe(iso);
  });

  it.each(['Тел. 8 777 123 45 67', '31.02.2024', 'версия 1.2.3', 'May I help you'])('finds no date in %s', (text) => {
    expect(parseTextDate(text)).toBeNull();
  });
});

describe('parseMachineDate: meta and JSON-LD values', () => {
  it.each([
    ['2023-11-05T13:40:00+06:00', '2023-11-05T13:40:00+06:00'],
    ['2023-11-05T13:40:00+0600', '2023-11-05T13:40:00+06:00'],
    ['2023-11-05T07:40:00.000Z', '2023-11-05T07:40:00Z'],
    ['2023-11-05', '2023-11-05'],
    ['Sun, 05 Nov 2023 07:40:00 GMT', '2023-11-05T07:40:00Z'],
  ])('%s → %s', (raw, iso) => {
    expect(parseMachineDate(raw)).toBe(iso);
  });
  it('rejects junk', () => {
    expect(parseMachineDate('yesterday')).toBeNull();
    expect(parseMachineDate('')).toBeNull();
  });
});

describe('cleanByline', () => {
  it.each([
    ['By Jane Doe and John Roe', 'Jane Doe, John Roe'],
    ['Автор: Маргарита Малышева', 'Маргарита Малышева'],
    ['5 ноября 2023 13:40 519 Маргарита Малышева', 'Маргарита Малышева'],
    ['Von Anna Schmidt und Peter Wolf', 'Anna Schmidt, Peter Wolf'],
    ['Par Claire Martin', 'Claire Martin'],
    ['Por Lucía Gómez y Pablo Ruiz', 'Lucía Gómez, Pablo Ruiz'],
    ['Jane Doe jane.doe@paper.com @janedoe', 'Jane Doe'],
    ['Written by Jane Doe | March 3, 2024', 'Jane Doe'],
    ['Jane Doe, Jane Doe', 'Jane Doe'],
    ['Par Jean Dupont, le', 'Jean Dupont'],
    ['Par Jean Dupont le 8 octobre 2025', 'Jean Dupont'],
    ['By Jane Doe on', 'Jane Doe'],
    ['Autor: Jan Novák a Petra Svobodová', 'Jan Novák, Petra Svobodová'],
    ['Авторы: Иван Петров и Анна Смирнова', 'Иван Петров, Анна Смирнова'],
    ['Jane A. Smith', 'Jane A. Smith'],
    ['jane doe', 'jane doe'],
    // Trailing particles in any case, after a comma, a dash or none (issue 15).
    ['Par Jean Dupont, Le 8 octobre 2025', 'Jean Dupont'],
    ['Par Jean Dupont Le 08/10/2025 à 18:00', 'Jean Dupont'],
    ['Par Jean Dupont - Publié le', 'Jean Dupont'],
    ['Por Lucía Gómez, actualizado el', 'Lucía Gómez'],
    ['Von Anna Schmidt, aktualisiert am', 'Anna Schmidt'],
    ['By Jane Doe, Published', 'Jane Doe'],
    // A two-word name keeps a last word that is also a particle elsewhere.
    ['By Thanh Le', 'Thanh Le'],
  ])('%s → %s', (raw, clean) => {
    expect(cleanByline(raw)).toBe(clean);
  });
  it('returns null when nothing name-like is left', () => {
    expect(cleanByline('5 ноября 2023 13:40 519')).toBeNull();
  });
});

describe('titleSuffix: the outlet named at the end of the title', () => {
  it.each([
    ['Parliament passes the budget – The Daily Planet', 'The Daily Planet'],
    ['Мажилис принял закон | Altaynews', 'Altaynews'],
    ['A headline without an outlet', null],
    ['Home | Welcome to our long-winded site name here', null],
  ])('%s → %s', (title, outlet) => {
    expect(titleSuffix(title)).toBe(outlet);
  });
});

describe('plainTextTitle: a text file\'s first line', () => {
  it.each([
    ['Parliament passes the budget\n\nThe lower house passed the budget on Tuesday.', 'Parliament passes the budget'],
    ['\ufeff\n  Мажилис принял закон  \r\nДепутаты одобрили поправки.', 'Мажилис принял закон'],
    ['Only one line of text, with nothing after it.', ''],
    [`${'word '.repeat(30)}\nMore text.`, ''],
    ['', ''],
  ])('%j → %j', (text, title) => {
    expect(plainTextTitle(text)).toBe(title);
  });
});

describe('publisher: declared name, then the title\'s suffix, then the bare host', () => {
  const body = '<body><article><h1>Council reopens the old bridge to buses</h1>' +
    '<p>The council voted on Tuesday to reopen the old bridge to buses, ending a closure that began last spring.</p>' +
    '<p>Engineers said the repairs to the supports were finished two weeks ahead of the schedule set in March.</p></article></body>';
  const url = 'https://www.town-herald.example/news/council-reopens-bridge';
  const publisher = (head: string) => {
    const doc = docOf(`<html><head>${head}</head>${body}</html>`);
    return extractArticle(doc, url, detectArticle(doc, url)).article.publisher;
  };
  it.each([
    ['og:site_name', '<title>Council reopens the old bridge – TH</title><meta property="og:site_name" content="The Town Herald">', 'The Town Herald'],
    ['JSON-LD publisher', '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council reopens the old bridge to buses","publisher":{"@type":"Organization","name":"Herald Media"}}</script>', 'Herald Media'],
    ['the title\'s suffix', '<title>Council reopens the old bridge to buses – Town Herald</title>', 'Town Herald'],
    ['the bare host when the suffix only spells it', '<title>Council reopens the old bridge to buses | town-herald.example</title>', 'town-herald.example'],
    ['the bare host without anything else', '<title>Council reopens the old bridge to buses</title>', 'town-herald.example'],
  ])('%s', (_, head, expected) => {
    expect(publisher(head)).toBe(expected);
  });
});
