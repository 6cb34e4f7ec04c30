/** Russian roles: quoted organisations, stacked and comma-separated roles, roles in brackets, governed names. */
import { describe, expect, it } from 'vitest';
import { rolesByName } from './helpers';

const rolesOf = (text: string) => rolesByName('ru', text);

describe('ru roles around names', () => {
  it.each([
    // A quoted organisation inside a role before the name.
    ['Вчера заявил председатель партии «Зелёный дом» Пётр Сидоров.', 'Пётр Сидоров', 'председатель партии «Зелёный дом»'],
    ['Директор завода „Прогресс“ Олег Смирнов ушёл в отставку.', 'Олег Смирнов', 'директор завода „Прогресс“'],
    // Two roles side by side, with a comma or after a proper name.
    ['Выступил ректор университета, профессор Игорь Лебедев.', 'Игорь Лебедев', 'ректор университета'],
    ['Приехал посол Франции генерал Антуан Дюпон.', 'Антуан Дюпон', 'посол Франции'],
    // A role in brackets right after the name.
    ['Сергей Ковалёв (главный тренер) и Андрей Орлов (тренер вратарей) объявили состав.', 'Андрей Орлов', 'тренер вратарей'],
    // A role opening the clause, set off by a comma.
    ['Таким образом, лучший нападающий сезона, Томас Мюллер останется в клубе.', 'Томас Мюллер', 'лучший нападающий сезона'],
    // A predicate role keeps its adjectives, in the dictionary form.
    ['Николай Зайцев станет главным тренером команды.', 'Николай Зайцев', 'главный тренер команды'],
  ])('%s', (text, name, role) => {
    expect(rolesOf(text)[name]).toContain(role);
  });

  it('knows common foreign first names', () => {
    const names = Object.keys(rolesOf('Вчера Оливер Браун и Йенс Майер встретились с Дженнифер Грин.'));
    expect(names).toEqual(expect.arrayContaining(['Оливер Браун', 'Йенс Майер', 'Дженнифер Грин']));
  });

  it('does not give a role in the genitive before a comma to the next name', () => {
    expect(rolesOf('По словам министра, Иван Петров уехал в отпуск.')['Иван Петров'] ?? []).toEqual([]);
  });

  it('gives an apposition that runs into a new name to that name', () => {
    const roles = rolesOf('Задержаны Михаил Волков, известный правозащитник Лев Пономарев и другие.');
    expect(roles['Михаил Волков'] ?? []).not.toContain('известный правозащитник');
    expect(roles['Лев Пономарев']).toContain('известный правозащитник');
  });

  it('keeps a role about a named person with the one it describes', () => {
    const roles = rolesOf('Закон внесли Андрей Клишас, глава комитета; Людмила Бокова, первый заместитель Клишаса.');
    expect(roles['Людмила Бокова']).toContain('первый заместитель Клишаса');
    expect(roles['Андрей Клишас'] ?? []).not.toContain('первый заместитель');
  });

  it('keeps an organisation followed by its genitive phrase out of the names', () => {
    const roles = rolesOf('Об этом рассказал лидер Меджлиса крымско-татарского народа, народный депутат Украины Мустафа Джемилев.');
    expect(Object.keys(roles)).toEqual(['Мустафа Джемилев']);
    expect(roles['Мустафа Джемилев']).toEqual(expect.arrayContaining(['народный депутат Украины', 'лидер Меджлиса крымско-татарского народа']));
  });
});
