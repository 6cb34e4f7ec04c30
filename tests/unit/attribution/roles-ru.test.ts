/** Russian role phrases and name edges: head words with complements, lists, predicates, glued words. */
import { describe, expect, it } from 'vitest';
import { rolesByName } from './helpers';

const rolesOf = (text: string) => rolesByName('ru', text);

describe('ru role phrases', () => {
  it.each([
    ['Госсекретарь США Рекс Тиллерсон прилетел в Анкару.', 'Рекс Тиллерсон', 'госсекретарь США'],
    ['Пианист Евгений Кисин дал концерт.', 'Евгений Кисин', 'пианист'],
    ['Скончался академик Виталий Костомаров.', 'Виталий Костомаров', 'академик'],
    ['Об этом рассказал Иван Петров, глава компании «Ромашка», на встрече.', 'Иван Петров', 'глава компании'],
    ['Сергей Иванов был послом Японии в Австрии.', 'Сергей Иванов', 'посол Японии в Австрии'],
    ['Ольга Петрова стала советником губернатора области.', 'Ольга Петрова', 'советник губернатора области'],
  ])('%s', (text, name, role) => {
    expect(rolesOf(text)[name]).toContain(role);
  });

  it('gives a plural role to every name of the list after it', () => {
    const roles = rolesOf('На сцену вышли музыканты Юрий Царёв, Алексей Борисов и Павел Шевелёв.');
    for (const n of ['Юрий Царёв', 'Алексей Борисов', 'Павел Шевелёв']) expect(roles[n]).toContain('музыканты');
  });

  it('stops a role at a verb and keeps several roles of one person', () => {
    const roles = rolesOf('Режиссер Георгий Данелия госпитализирован. Георгий Данелия работал сценаристом.');
    expect(roles['Георгий Данелия']).toEqual(expect.arrayContaining(['режиссер', 'сценарист']));
    expect(roles['Георгий Данелия']!.some((r) => r.includes('госпитализирован'))).toBe(false);
  });

  it('keeps organisation words out of names', () => {
    const names = Object.keys(rolesOf('Глава Металлоинвеста Андрей Варичев и члены Совфеда стали советниками Белого дома.'));
    expect(names).toContain('Андрей Варичев');
    expect(names.some((n) => /Металлоинвеста|Белого|Совфеда/.test(n))).toBe(false);
  });

  it('drops a sentence-opening adjective from the name', () => {
    const names = Object.keys(rolesOf('Аргентинский Маурисио Макри приехал в Москву.'));
    expect(names.some((n) => n.startsWith('Аргентинский'))).toBe(false);
  });

  it('shares coordinated roles before a name and after a predicate', () => {
    const roles = rolesOf('Писатель, поэт и журналист Дмитрий Быков родился в Москве. Дмитрий Быков работал учителем, редактором журнала.');
    expect(roles['Дмитрий Быков']).toEqual(expect.arrayContaining(['писатель', 'поэт', 'журналист', 'учитель', 'редактор журнала']));
  });

  it('reads a dash apposition and a list with a remark in brackets', () => {
    const roles = rolesOf('Кирилл Разлогов - директор Российского института культурологии, выступил на форуме. Выступили музыканты Юрий Царёв (проект «Метро»), Алексей Борисов и Павел Шевелёв.');
    expect(roles['Кирилл Разлогов']).toContain('директор Российского института культурологии');
    expect(roles['Алексей Борисов']).toContain('музыканты');
  });

  it('gives a predicate role after a pronoun to the person it stands for', () => {
    const roles = rolesOf('Сергей Иванов родился в Омске. В 2005 году он был назначен послом России при МАГАТЭ.');
    expect(roles['Сергей Иванов']?.some((r) => r.startsWith('посол России'))).toBe(true);
  });

  it('does not give a role to a name the role does not reach', () => {
    const roles = rolesOf('Вчера министр встретился с Иваном Петровым в Москве.');
    expect(roles['Иваном Петровым'] ?? roles['Иван Петров'] ?? []).toEqual([]);
  });

  it('does not give a plural role to a single name', () => {
    const roles = rolesOf('Адвокаты Ивана Петрова подали жалобу.');
    expect(Object.values(roles).flat()).not.toContain('адвокаты');
  });
});

