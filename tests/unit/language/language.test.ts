/**
 * detectLanguage: sentences written for these tests (not taken from any evaluation set), short and
 * long, in each first-class language, plus mixed script, symbols only, empty text and the page hint.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage, normalizeHint, SUPPORTED_LANGUAGES } from '../../../lib/analyze/language';
import { LanguageGuess } from '../../../lib/schema';

const SENTENCES: [string, string][] = [
  ['ru', 'Аким области заявил, что выборы пройдут в срок.'],
  ['ru', 'Мы не знаем, когда это закончится.'],
  ['ru', 'Депутат Мажилиса Парламента РК Марат Башимов сообщил журналистам, что законопроект будет рассмотрен на следующей неделе, а общественное обсуждение продлится до конца месяца.'],
  ['kk', 'Әкім сайлауы биыл өтеді.'],
  ['kk', 'Мемлекет басшысы Қасым-Жомарт Тоқаев Парламент депутаттарымен кездесіп, ауыл әкімдерін сайлау туралы заң жобасын талқылады.'],
  ['uk', 'Він сказав, що це неможливо.'],
  ['uk', "Верховна Рада ухвалила закон про об'єднання громад, і депутати пообіцяли, що реформа триватиме ще два роки."],
  ['be', 'Ён сказаў, што гэта немагчыма.'],
  ['be', 'Беларуская мова мае доўгую гісторыю, і сёння на ёй пішуць кнігі ды вядуць перадачы.'],
  ['bg', 'Той каза, че това е невъзможно.'],
  ['en', 'The minister said the vote would go ahead.'],
  ['en', 'According to Reuters, the talks between the two governments broke down late on Tuesday after neither side would accept the proposed ceasefire terms.'],
  ['de', 'Der Minister sagte, die Wahl werde stattfinden.'],
  ['de', 'Laut dpa hat die Bundesregierung am Mittwoch beschlossen, die Förderung für kleine Unternehmen bis zum Ende des Jahres zu verlängern.'],
  ['fr', 'Le ministre a déclaré que le vote aurait lieu.'],
  ['fr', "Selon l'AFP, les négociations entre les deux gouvernements ont échoué mardi soir, aucune des parties n'acceptant les conditions proposées."],
  ['es', 'El ministro dijo que la votación se celebrará.'],
  ['es', 'Según la agencia EFE, el Gobierno aprobó este martes un paquete de medidas para reducir el precio de la electricidad durante el invierno.'],
  ['pt', 'O ministro disse que a votação não será adiada.'],
  ['it', 'Il ministro ha detto che il voto si terrà regolarmente.'],
  ['pl', 'Minister powiedział, że głosowanie się odbędzie.'],
  ['tr', 'Bakan seçimlerin zamanında yapılacağını söyledi.'],
  ['el', 'Ο υπουργός είπε ότι οι εκλογές θα γίνουν κανονικά.'],
  ['ja', '大臣は選挙が予定通り行われると述べた。'],
  ['zh', '部长说选举将如期举行。'],
  ['ko', '장관은 선거가 예정대로 치러질 것이라고 말했다.'],
];

describe('detectLanguage on sentences', () => {
  it.each(SENTENCES)('%s: %s', (language, text) => {
    const guess = detectLanguage(text);
    expect(guess.language).toBe(language);
    expect(LanguageGuess.parse(guess)).toEqual(guess);
  });
});

describe('scripts and edge cases', () => {
  it.each([
    ['', 'und'],
    ['   \n\t ', 'und'],
    ['😀🎉👍🔥', 'und'],
    ['12345 67890 — 2024.05.01', 'und'],
    ['OK', 'und'],
  ])('%j → %s without a hint', (text, language) => {
    const guess = detectLanguage(text);
    expect(guess.language).toBe(language);
    expect(guess.confidence).toBe(0);
    expect(guess.runnerUp).toBeNull();
  });

  it('uses the hint when the text says nothing', () => {
    expect(detectLanguage('', 'kk-KZ')).toMatchObject({ language: 'kk', confidence: 0.5 });
    expect(detectLanguage('😀👍', 'ru')).toMatchObject({ language: 'ru' });
    expect(detectLanguage('Да.', 'ru-RU')).toMatchObject({ language: 'ru', script: 'Cyrl' });
  });

  it('ignores a hint in another script than the short text', () => {
    expect(detectLanguage('OK', 'ru').language).toBe('und');
  });

  it('reports the dominant script', () => {
    expect(detectLanguage('Выборы прошли спокойно, сообщили в ЦИК.').script).toBe('Cyrl');
    expect(detectLanguage('The election went smoothly, officials said.').script).toBe('Latn');
    expect(detectLanguage('Ο υπουργός είπε ότι οι εκλογές θα γίνουν.').script).toBe('Grek');
  });

  it('reads mixed-script text by its main script', () => {
    const text = 'Компания Apple представила новый iPhone 16 Pro на презентации в Купертино, сообщает The Verge.';
    expect(detectLanguage(text)).toMatchObject({ language: 'ru', script: 'Cyrl' });
  });

  it('reads Latin i typed for Ukrainian і', () => {
    expect(detectLanguage('Вiн прийшов до школи i сiв за парту бiля вiкна.').language).toBe('uk');
  });

  it('never throws on odd input', () => {
    expect(() => detectLanguage(undefined as unknown as string)).not.toThrow();
    expect(detectLanguage(null as unknown as string, 'en').language).toBe('en');
    expect(() => detectLanguage('\u0000\uD800 broken', 'xx-YY')).not.toThrow();
  });
});

describe('the page hint', () => {
  const kazakh =
    'Алматы облысының әкімі аудандағы жол құрылысын тексеріп, жұмыстың уақытында аяқталуын тапсырды. ' +
    'Ол тұрғындармен кездесіп, олардың ұсыныстарын тыңдады.';
  const russian =
    'Аким области проверил ход строительства дороги в районе и поручил завершить работы в срок. ' +
    'Он встретился с жителями и выслушал их предложения.';

  it('does not override strong evidence: Kazakh text declared as ru is kk', () => {
    expect(detectLanguage(kazakh, 'ru').language).toBe('kk');
    expect(detectLanguage(kazakh, 'ru-RU').runnerUp).not.toBeNull();
  });

  it('does not override strong evidence: Russian text declared as kk is ru', () => {
    expect(detectLanguage(russian, 'kk').language).toBe('ru');
  });

  it('breaks a near-tie: a few words shared by Russian and Bulgarian follow the hint', () => {
    const ambiguous = 'На грани';
    expect(detectLanguage(ambiguous, 'ru').language).toBe('ru');
    expect(detectLanguage(ambiguous, 'bg').language).toBe('bg');
  });

  it('still tips a near-tie on a whole page, not only on a sentence', () => {
    // Words Russian and Bulgarian share, over 1,000 letters: the page's declaration decides.
    const page = 'На грани. '.repeat(150);
    expect(detectLanguage(page, 'ru').language).toBe('ru');
    expect(detectLanguage(page, 'bg').language).toBe('bg');
  });

  it('ignores a declaration in another script than the text (a Cyrillic page under lang="en" or "kk-Latn")', () => {
    const page = 'На грани. '.repeat(150);
    expect(detectLanguage(page, 'en')).toEqual(detectLanguage(page));
    expect(detectLanguage(page, 'ru-Latn')).toEqual(detectLanguage(page));
    expect(detectLanguage('Да.', 'en').language).toBe('und');
    expect(detectLanguage('Да.', 'ru-Cyrl').language).toBe('ru');
  });

  it('raises confidence with more text', () => {
    const short = detectLanguage('Аким заявил об этом.');
    const long = detectLanguage(russian);
    expect(long.confidence).toBeGreaterThan(short.confidence);
    expect(long.confidence).toBeGreaterThan(0.9);
  });
});

describe('long texts', () => {
  it('samples a huge article quickly and still finds its language', () => {
    const paragraph =
      'Мемлекет басшысы ауыл әкімдерін сайлау туралы заң жобасын талқылады. Депутаттар құжатқы өз ұсыныстарын енгізді. ';
    const text = 'Сообщает пресс-служба. ' + paragraph.repeat(4000);
    const t0 = performance.now();
    const guess = detectLanguage(text, 'ru');
    expect(performance.now() - t0).toBeLessThan(100);
    expect(guess.language).toBe('kk');
  });

  it('is not swayed by a quoted foreign name in a long Russian text', () => {
    const text =
      'Президент встретился с главой Верховной Рады и обсудил вопросы торговли. '.repeat(10) +
      'Председатель Руслан Стефанчук назвал встречу «історичною». ' +
      'Стороны договорились продолжить переговоры в следующем месяце. '.repeat(10);
    expect(detectLanguage(text).language).toBe('ru');
  });
});

describe('hints and the language list', () => {
  it.each([
    ['ru-RU', 'ru'],
    ['en_US', 'en'],
    ['KK', 'kk'],
    ['kz', 'kk'],
    ['ua', 'uk'],
    ['rus', 'ru'],
    ['zh-Hans-CN', 'zh'],
    ['cz', 'cs'],
    ['cs-CZ', 'cs'],
    ['x-klingon', null],
    ['', null],
    [null, null],
  ])('normalizeHint(%j) → %j', (hint, code) => {
    expect(normalizeHint(hint)).toBe(code);
  });

  it('supports at least the first-class and next languages, as unique ISO 639-1 codes', () => {
    for (const code of ['ru', 'kk', 'uk', 'be', 'bg', 'en', 'de', 'fr', 'es', 'cs']) expect(SUPPORTED_LANGUAGES).toContain(code);
    expect(new Set(SUPPORTED_LANGUAGES).size).toBe(SUPPORTED_LANGUAGES.length);
    for (const code of SUPPORTED_LANGUAGES) expect(code).toMatch(/^[a-z]{2}$/);
  });
});

describe('letter cues for close languages', () => {
  it.each([
    ['uk', "Пам'ять про це залишиться."],
    ['be', 'Сёння ўрад абвясціў вынікі.'],
    ['bg', 'Пътят към върха е дълъг.'],
    ['ru', 'Съезд объявил перерыв.'],
    ['kk', 'Бүгін қалада жаңбыр жауды.'],
    ['cs', 'Ministr řekl, že volby proběhnou podle plánu.'],
    ['cs', 'Podle mluvciho se jednani protahne, protoze ministr neni v Praze.'],
    ['pl', 'Minister powiedział, że wybory odbędą się zgodnie z planem.'],
    ['ky', 'Бүгүн шаарда жаңы мектеп ачылды, анда миңден ашык бала окуйт.'],
    ['fa', 'او گفت که این کار را نمی‌کند و به خانه برگشت.'],
    ['ar', 'قال الوزير إن الانتخابات ستجرى في موعدها المحدد.'],
  ])('%s: %s', (language, text) => {
    expect(detectLanguage(text).language).toBe(language);
  });
});

describe('scripts shared by several languages', () => {
  it('takes kanji-only text as Chinese unless the page says Japanese', () => {
    expect(detectLanguage('東京都知事選挙').language).toBe('zh');
    expect(detectLanguage('東京都知事選挙', 'ja-JP')).toMatchObject({ language: 'ja', script: 'Jpan' });
  });

  it('keeps a Roman numeral from looking Ukrainian', () => {
    expect(detectLanguage('Петр I основал город на Неве, и это был смелый шаг.').language).toBe('ru');
  });
});
