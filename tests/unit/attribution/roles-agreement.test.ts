/**
 * Roles and people read from agreement (issue 15; ru, one uk case): coordinated adjectives inside a role, a name agreeing with an
 * oblique role, a plural role over a list in a form a singular case shares, a genitive role that is another noun's
 * complement, compound role nouns, a predicate after a range of years. Sentences written for the tests, in the shape of
 * NEREL news.
 */
import { describe, expect, it } from 'vitest';
import { rolesByName } from './helpers';

const rolesOf = (text: string) => rolesByName('ru', text);

describe('ru roles read from agreement', () => {
  it.each([
    ['Матч закончился. Дмитрий Аленичев — советский и российский футболист.', 'Дмитрий Аленичев', 'советский и российский футболист'],
    ['Вчера умер Владимир Этуш — известный советский и российский актёр театра и кино.', 'Владимир Этуш', 'известный советский и российский актёр театра и кино'],
    ['Среди них актрисы Гвинет Пэлтроу, Анджелина Джоли и Мира Сорвино.', 'Анджелина Джоли', 'актриса'],
    ['Среди них актрисы Гвинет Пэлтроу, Анджелина Джоли и Мира Сорвино.', 'Мира Сорвино', 'актриса'],
    ['Вчера в эфир вышел Иван Петров — известный тележурналист.', 'Иван Петров', 'известный тележурналист'],
    ['Карен Петросян в 2010—2011 годах был мэром Еревана.', 'Карен Петросян', 'мэр Еревана'],
    ['Иван Петров был назначен послом в Японии.', 'Иван Петров', 'посол в Японии'],
    ['Юрий Царёв записал альбом с музыкантами группы — Вадимом Голутвиным, Евгением Казанцевым и Юрием Китаевым.', 'Евгений Казанцев', 'музыкант группы'],
    ['Иван Петров стал директором института и первым ректором университета.', 'Иван Петров', 'первый ректор университета'],
    ['Иван Петров стал директором института и первым ректором университета.', 'Иван Петров', 'директор института'],
    ['Новость. Валерий Тишков - директор Института этнологии и антропологии РАН, выступил.', 'Валерий Тишков', 'директор Института этнологии и антропологии РАН'],
    ['Новость. Владимир Квачков — полковник ГРУ в отставке, воин-интернационалист.', 'Владимир Квачков', 'воин-интернационалист'],
    ['Новость. Иван Петров окончил МГУ и был назначен послом в Японии.', 'Иван Петров', 'посол в Японии'],
  ])('%s → %s: %s', (text, name, role) => {
    expect(rolesOf(text)[name]).toContain(role);
  });

  it('reads a name agreeing with an instrumental role as its apposition, a genitive after it as its complement', () => {
    expect(Object.values(rolesOf('Он надеялся добиться встречи с президентом Обамой.')).flat()).toContain('президент');
    expect(Object.keys(rolesOf('Он стал мэром Харькова.'))).toEqual([]);
  });

  it('reads a lone genitive after a genitive role as a name only when the model reads it as a person', () => {
    expect(Object.values(rolesOf('Он выступил против закона президента Обамы о реформе.')).flat()).toContain('президент');
    expect(Object.keys(rolesOf('Указ президента России вступил в силу.'))).toEqual([]);
  });

  it('gives no role from two objects joined by a conjunction, nor from a coordinated role before another name', () => {
    expect(rolesOf('Иван Петров встретился с министром и губернатором.')['Иван Петров'] ?? []).toEqual([]);
    const roles = rolesOf('Среди гостей выдающийся спортсмен и актёр Олег Тактаров, продюсер и актер Игорь Жижикин, а также другие.');
    expect(roles['Олег Тактаров']).not.toContain('продюсер');
    expect(roles['Игорь Жижикин']).toContain('продюсер');
  });

  it('leaves a genitive role after another noun of an apposition to that noun', () => {
    const roles = rolesOf('Певица Алсу, внучка бывшего вице-президента Лукойла, выступила на концерте.');
    expect(roles['Алсу'] ?? []).not.toContain('бывший вице-президент Лукойла');
  });

  it('reads a uk place adjective agreeing with the next word, or before an abbreviation, as no person', () => {
    const names = Object.keys(rolesByName('uk', 'Вінницька обласна клінічна лікарня отримала апарат. Фото: Вінницька ОВА'));
    expect(names).not.toContain('Вінницька');
    expect(Object.keys(rolesByName('uk', 'Про це повідомила журналістка Олена Ковальська, яка працює в Києві.'))).toContain('Олена Ковальська');
  });

  it('reads an adjective opening a run after "в" as a place name', () => {
    const names = Object.keys(rolesByName('ru', 'Новость. Губернатор Глеб Никитин приехал в Нижний Новгород вчера.'));
    expect(names).toContain('Глеб Никитин');
    expect(names).not.toContain('Нижний Новгород');
  });
});
