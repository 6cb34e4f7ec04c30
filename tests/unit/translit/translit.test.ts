import { describe, expect, it } from 'vitest';
import { latinNames, transliterate, type TranslitSystem } from '../../../lib/translit';

const cases: Record<TranslitSystem, [string, string][]> = {
  'bgn-pcgn-ru': [
    ['Марат Башимов', 'Marat Bashimov'],
    ['Маргарита Малышева', 'Margarita Malysheva'],
    ['Токаев', 'Tokayev'],
    ['Елена Ершова', 'Yelena Yershova'],
    ['Подъезд', 'Podyezd'],
    ['Королёв', 'Korolëv'],
    ['Ёлкин', 'Yëlkin'],
    ['Достоевский', 'Dostoyevskiy'],
    ['Щукин Цой Хабаров Чехов Жуков', 'Shchukin Tsoy Khabarov Chekhov Zhukov'],
    ['Эрнст Юлия Яна', 'Ernst Yuliya Yana'],
  ],
  'ua-national-2010': [
    ['Згорани', 'Zghorany'],
    ['Розгон', 'Rozghon'],
    ['Єнакієве', 'Yenakiieve'],
    ['Гаєвич', 'Haievych'],
    ['Їжакевич', 'Yizhakevych'],
    ['Кадиївка', 'Kadyivka'],
    ["Короп'є", 'Koropie'],
    ['Мар’їне', 'Marine'],
    ['Йосипівка', 'Yosypivka'],
    ['Стрий', 'Stryi'],
    ['Олексій', 'Oleksii'],
    ['Юрій Корюківка', 'Yurii Koriukivka'],
    ['Яготин Костянтин', 'Yahotyn Kostiantyn'],
    ["Знам'янка", 'Znamianka'],
    ['Феодосія', 'Feodosiia'],
    ['Львів Ґалаґан', 'Lviv Galagan'],
    ['Щербухи Харків', 'Shcherbukhy Kharkiv'],
    ['Володимир Зеленський', 'Volodymyr Zelenskyi'],
  ],
  'kz-latin-2021': [
    ['Қазақстан Республикасы', 'Qazaqstan Respublikasy'],
    ['Серікқызы', 'Serıkqyzy'],
    ['Ақжол', 'Aqjol'],
    ['Шымкент', 'Şymkent'],
    ['Өскемен', 'Öskemen'],
    ['Бұрыңғы өткен заманда', 'Būryñğy ötken zamanda'],
    ['үйіне', 'üiıne'],
    ['сый беріп', 'syi berıp'],
    ['Іле Илияс', 'Ile İliias'],
    ['Һәм Чимкент Цемент', 'Häm Çimkent Tsement'],
    ['Юрта Ясауи', 'İurta İasaui'],
  ],
  'en-common': [
    ['Марат Башимов', 'Marat Bashimov'],
    ['Маргарита Малышева', 'Margarita Malysheva'],
    ['Нурсултан Назарбаев', 'Nursultan Nazarbayev'],
    ['Касым-Жомарт Токаев', 'Kasym-Zhomart Tokayev'],
    ['Сыздыкбеков', 'Syzdykbekov'],
    ['Серікқызы', 'Serikkyzy'],
    ['Ақжол', 'Akzhol'],
    ['Өскемен Әлихан Ұлы', 'Oskemen Alikhan Uly'],
    ['Ерлан Пётр', 'Yerlan Pyotr'],
    ['Дмитрий Юрий Белый', 'Dmitry Yury Bely'],
    ['Хрущёв', 'Khrushchov'],
  ],
};

describe.each(Object.entries(cases) as [TranslitSystem, [string, string][]][])('transliterate %s', (system, rows) => {
  it.each(rows)('%s → %s', (cyrillic, latin) => {
    expect(transliterate(cyrillic, system)).toBe(latin);
  });
});

describe('case and untouched characters', () => {
  it.each([
    ['bgn-pcgn-ru', 'ШАМИЛЬ Шамиль', 'SHAMIL Shamil'],
    ['bgn-pcgn-ru', 'Ш. Иванов', 'Sh. Ivanov'],
    ['bgn-pcgn-ru', 'ЕРМЕК ЖУКОВ', 'YERMEK ZHUKOV'],
    ['ua-national-2010', 'ЄНАКІЄВЕ', 'YENAKIIEVE'],
    ['ua-national-2010', 'ЗГОРАНИ', 'ZGHORANY'],
    ['kz-latin-2021', 'ИЛИЯС ЖАНСҮГІРОВ', 'İLİİAS JANSÜGIROV'],
    ['en-common', 'Щ', 'Shch'],
    ['en-common', 'Башимов (Altaynews.kz), 5 ноября 2023!', 'Bashimov (Altaynews.kz), 5 noyabrya 2023!'],
    ['en-common', 'Zürich 東京', 'Zürich 東京'],
  ] as [TranslitSystem, string, string][])('%s: %s → %s', (system, cyrillic, latin) => {
    expect(transliterate(cyrillic, system)).toBe(latin);
  });

  it('returns text without Cyrillic unchanged', () => {
    expect(transliterate('Marat Bashimov', 'bgn-pcgn-ru')).toBe('Marat Bashimov');
    expect(transliterate('', 'en-common')).toBe('');
  });
});

describe('latinNames', () => {
  it('gives the usual English spelling first, then BGN/PCGN, for Russian', () => {
    expect(latinNames('Марат Башимов', 'ru')).toEqual([
      { system: 'en-common', latin: 'Marat Bashimov' },
      { system: 'bgn-pcgn-ru', latin: 'Marat Bashimov' },
    ]);
  });

  it('uses Kazakh systems for Kazakh names, even in a Russian article', () => {
    expect(latinNames('Айгерім Серікқызы', 'ru').map((n) => n.system)).toEqual(['en-common', 'kz-latin-2021']);
    expect(latinNames('Тоқаев', 'kk')[0]?.latin).toBe('Tokayev');
  });

  it('uses the national system for Ukrainian, but not for names with Russian-only letters', () => {
    expect(latinNames('Володимир Зеленський', 'uk')).toEqual([{ system: 'ua-national-2010', latin: 'Volodymyr Zelenskyi' }]);
    expect(latinNames('Їжакевич', 'ru')[0]?.system).toBe('ua-national-2010');
    expect(latinNames('Эдуард Рыбаков', 'uk')[0]?.system).toBe('en-common');
  });

  it('accepts region subtags and unknown languages', () => {
    expect(latinNames('Башимов', 'ru-KZ')[0]?.latin).toBe('Bashimov');
    expect(latinNames('Башимов', 'und')[0]?.latin).toBe('Bashimov');
  });

  it('returns [] for Latin input', () => {
    expect(latinNames('Marat Bashimov', 'ru')).toEqual([]);
    expect(latinNames('', 'ru')).toEqual([]);
  });
});
