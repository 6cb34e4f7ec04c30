/**
 * People: inflected mentions brought back to the base form (Byline issue 7), and a later mention by
 * both surnames merged with the full name. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const names = (language: string, ...paragraphs: string[]) => analyze(language, ...paragraphs).people.map((p) => p.name);

describe('canonical names in the nominative', () => {
  it('uk: a woman first named in the genitive ("Оксани" → "Оксана")', () => {
    const r = analyze('uk', 'Премію отримала стрічка режисерки Оксани Литвин.', 'Литвин подякувала акторам: «Ми знімали цей фільм три роки».');
    expect(r.people.map((p) => p.name)).toContain('Оксана Литвин');
    expect(r.quotes[0]?.speaker).toBe('Оксана Литвин');
  });

  it('ru: a woman\'s surname in -овой and a man\'s name in the dative', () => {
    const got = names('ru', 'Главный приз вручили режиссеру Айжан Касымовой.', 'Касымова поблагодарила съемочную группу.', 'Приз зрительских симпатий достался Даурену Сейтову.');
    expect(got).toEqual(expect.arrayContaining(['Айжан Касымова', 'Даурен Сейтов']));
    expect(got.some((n) => /Касымовой|Сейтову|Даурену/.test(n))).toBe(false);
  });

  it('ru: genitive and instrumental of men\'s names without a surname suffix agree with the first name', () => {
    const got = names('ru', 'Встреча Роберта Мюллера с журналистами прошла в Вашингтоне.', 'Позже с Евгением Казанцевым поговорил корреспондент.');
    expect(got).toEqual(expect.arrayContaining(['Роберт Мюллер', 'Евгений Казанцев']));
  });

  it('ru: adjectival surnames and women\'s first names in oblique cases', () => {
    const got = names('ru', 'Концерт памяти Петра Чайковского открыла дирижер Валентина Бондарева.', 'Цветы вручили Марии Петровской.');
    expect(got).toEqual(expect.arrayContaining(['Петр Чайковский', 'Мария Петровская']));
  });

  it('keeps indeclinable and foreign names as written', () => {
    expect(names('ru', 'Выставку открыл художник Георгий Данелия.')).toContain('Георгий Данелия');
    expect(names('ru', 'Тренер Андреа Рокелли заявил, что команда готова.')).toContain('Андреа Рокелли');
    expect(names('ru', 'Гол забил защитник Жерар Пике.')).toContain('Жерар Пике');
  });

  it('does not take a city in the prepositional for a first name', () => {
    expect(names('ru', 'Фестиваль прошел в Марселе и собрал тысячи зрителей.')).not.toContain('Марсель');
  });
});

describe('mentions by both surnames', () => {
  it('es: "Hernández Luna" after "Roberto Hernández Luna" is the same person', () => {
    const r = analyze(
      'es',
      'El secretario de Salud, Roberto Hernández Luna, dijo que se han confirmado 300 casos.',
      'De acuerdo con Hernández Luna, las brigadas recorrerán 120 colonias durante las próximas semanas.',
    );
    expect(r.people.map((p) => p.name)).toEqual(['Roberto Hernández Luna']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(expect.arrayContaining(['Roberto Hernández Luna']));
    expect(r.quotes.every((q) => q.speaker === 'Roberto Hernández Luna' || q.speaker === null)).toBe(true);
  });

  it('es: a namesake with another first name stays apart', () => {
    const got = names('es', 'El alcalde Juan García López inauguró el parque.', 'Al acto asistió también la concejala María García López.');
    expect(got).toEqual(expect.arrayContaining(['Juan García López', 'María García López']));
  });
});
