/**
 * Russian roles away from the name: set off by a dash or an age word, after a noun for a post, before an inverted
 * predicate, in a biography's subject-less predicate, over a list, "one of", and the role phrase past a bracketed
 * abbreviation or a quoted organisation. Sentences written for the tests, in the shape of NEREL news.
 */
import { describe, expect, it } from 'vitest';
import { rolesByName } from './helpers';
import { attributeArticle } from '../../../lib/analyze/attribution';
import { articleFromText } from '../../../lib/analyze/plain-text';

const rolesOf = (text: string) => rolesByName('ru', text);

describe('ru roles around a name', () => {
  it.each([
    ['Адвокат потерпевшего — Матвей Цзена посчитал, что прокурор неправ.', 'Матвей Цзена', 'адвокат потерпевшего'],
    ['Со своего поста ушел вице-губернатор Приморского края, 35-летний Александр Шемелев.', 'Александр Шемелев', 'вице-губернатор Приморского края'],
    ['Это сказал президент Международного олимпийского комитета (МОК) Томас Бах.', 'Томас Бах', 'президент Международного олимпийского комитета (МОК)'],
    ['Секретарь директора школы № 1 Махачкалы Ирина Бандурина подтвердила это.', 'Ирина Бандурина', 'секретарь директора школы № 1 Махачкалы'],
    ['Им может стать член правления "Газпрома" Олег Аксютин.', 'Олег Аксютин', 'член правления "Газпрома"'],
    ['Об этом рассказывает главный врач Тамбовского диспансера Владимир Милованов.', 'Владимир Милованов', 'главный врач Тамбовского диспансера'],
    ['Представлены работы керамиста Геннадия Фисуна.', 'Геннадий Фисун', 'керамист'],
    ['В Донецке убит один из командиров ополчения ДНР Арсен Павлов.', 'Арсен Павлов', 'командир ополчения ДНР'],
    ['Джо Арпайо долгое время был шерифом округа Марикопа.', 'Джо Арпайо', 'шериф округа Марикопа'],
    ['Стив Джобс уходит в отставку с поста исполнительного директора компании Apple.', 'Стив Джобс', 'исполнительный директор компании Apple'],
    ['Новым спикером был назначен 69-летний экономист Эстебан Ласо.', 'Эстебан Ласо', 'новый спикер'],
  ])('%s', (text, name, role) => {
    expect(rolesOf(text)[name]).toContain(role);
  });

  it('puts a noun declined as an adjective in its base form', () => {
    expect(Object.values(rolesOf('Путин наградил ведущего КВН Александра Маслякова орденом.')).flat()).toContain('ведущий КВН');
  });

  it('keeps the letters of a role as written when it puts it in the base form', () => {
    expect(rolesOf('Она замужем за актёром Максимом Виторганом.')['Максим Виторган']).toContain('актёр');
  });

  it('gives a role after an age word to the one person named before it', () => {
    const roles = rolesOf('Николай Доронин погиб в ДТП. 55-летний вице-губернатор направлялся в командировку.');
    expect(roles['Николай Доронин']).toContain('вице-губернатор');
  });

  it('gives a subject-less predicate of a biography to the person named last', () => {
    const roles = rolesOf('Евгений Примаков родился в Киеве. В 1988 году стал депутатом Верховного совета СССР.');
    expect(roles['Евгений Примаков']).toContain('депутат Верховного совета СССР');
  });

  it('gives a plural role before a list opener to every name of the list, in the singular', () => {
    const roles = rolesOf('В Барнаул прилетели известные писатели и критики, среди которых — Павел Басинский и Михаил Павлов.');
    for (const n of ['Павел Басинский', 'Михаил Павлов']) expect(roles[n]).toEqual(expect.arrayContaining(['писатель', 'критик']));
  });

  it('does not give a role after a post noun to a name that the role does not follow', () => {
    const roles = rolesOf('В мае президент Барак Обама выдвинул Хантсмена на должность посла в Китае.');
    expect(roles['Барак Обама'] ?? []).not.toContain('посол в Китае');
  });

  it('does not give a role across a comma to a name with an oblique role before it', () => {
    expect(rolesOf('По словам министра, 35-летний Иван Петров уволен.')['Иван Петров'] ?? []).toEqual([]);
  });

  it('reads a surname shaped like an inflected role word next to a first name', () => {
    const people = attributeArticle(articleFromText('Об этом сказал Иван Кузнецов. Олег Охотников промолчал.'), 'ru').people.map((p) => p.name);
    expect(people).toEqual(expect.arrayContaining(['Иван Кузнецов', 'Олег Охотников']));
  });
});

describe('roles in the base form in other languages', () => {
  it('puts a Ukrainian genitive role in the nominative', () => {
    expect(rolesByName('uk', 'За словами речниці поліції області Олени Кравченко, зловмисник телефонував людям.')['Олена Кравченко']).toContain('речниця поліції області');
  });

  it('reads a French apposition with an honorific before the name', () => {
    expect(rolesByName('fr', 'Son avocat, Me Laurent Vidal, a annoncé que son client ferait appel.')['Laurent Vidal']).toContain('avocat');
  });
});
