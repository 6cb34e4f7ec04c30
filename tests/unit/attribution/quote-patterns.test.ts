/**
 * Speech patterns added for issue 15, with sentences written for these tests: a circumstance between
 * the verb and its speaker, an as-clause, a colon after the verb, a cue inside the sentence with a
 * bracket after the speaker, first-person speech, and an official's promise with an infinitive.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const only = (language: string, text: string) => {
  const r = analyze(language, text);
  expect(r.quotes, JSON.stringify(r.quotes.map((q) => [q.text, q.speaker, q.rule]))).toHaveLength(1);
  return r.quotes[0]!;
};

describe('a circumstance between the verb and its speaker: "…, сказал в интервью РБК министр X."', () => {
  it.each([
    ['ru', 'Бюджет будет принят вовремя, сказал в интервью РБК министр финансов Антон Силуанов.', 'Бюджет будет принят вовремя', 'Антон Силуанов'],
    ['uk', 'Бюджет буде ухвалено вчасно, сказав в інтерв’ю агентству міністр фінансів Сергій Марченко.', 'Бюджет буде ухвалено вчасно', 'Сергій Марченко'],
    ['cs', 'Rozpočet bude schválen včas, řekl v rozhovoru pro ČT ministr financí Zbyněk Stanjura.', 'Rozpočet bude schválen včas', 'Zbyněk Stanjura'],
  ])('%s', (language, text, content, speaker) => {
    const q = only(language, text);
    expect(q.text).toBe(content);
    expect(q.speaker).toBe(speaker);
    expect(q.speakerRule).toBe('speaker.after-circumstance');
  });

  it('does not take a name after a comma as the speaker of a circumstance', () => {
    const r = analyze('ru', 'Бюджет будет принят вовремя, сказал в понедельник, а Антон Силуанов промолчал.');
    expect(r.quotes.every((q) => q.speaker !== 'Антон Силуанов')).toBe(true);
  });
});

describe('an as-clause: "Как сказал X, CONTENT"', () => {
  it.each([
    ['ru', 'Как сказал министр финансов Антон Силуанов, бюджет будет принят вовремя.', 'бюджет будет принят вовремя', 'Антон Силуанов'],
    ['ru', 'Как сказал в интервью РБК министр финансов Антон Силуанов, бюджет будет принят вовремя.', 'бюджет будет принят вовремя', 'Антон Силуанов'],
    ['uk', 'Як сказав міністр фінансів Сергій Марченко, бюджет буде ухвалено вчасно.', 'бюджет буде ухвалено вчасно', 'Сергій Марченко'],
    ['en', 'As Senator Maria Lopez said, the bill will pass this week.', 'the bill will pass this week', 'Maria Lopez'],
    ['de', 'Wie Finanzminister Christian Lindner sagte, wird der Haushalt rechtzeitig beschlossen.', 'wird der Haushalt rechtzeitig beschlossen', 'Christian Lindner'],
    ['es', 'Como dijo el ministro Carlos Cuerpo, el presupuesto se aprobará a tiempo.', 'el presupuesto se aprobará a tiempo', 'Carlos Cuerpo'],
  ])('%s: %s', (language, text, content, speaker) => {
    const q = only(language, text);
    expect(q.text).toBe(content);
    expect(q.speaker).toBe(speaker);
    expect(q.rule).toBe('quote.according.as-cue');
  });

  it('reads the content before a closing as-clause', () => {
    const q = only('ru', 'Бюджет будет принят вовремя, как сказал министр финансов Антон Силуанов.');
    expect(q.text).toBe('Бюджет будет принят вовремя');
    expect(q.speaker).toBe('Антон Силуанов');
  });

  it('leaves a press service cited in an as-clause to the sources ("Как сообщает пресс-служба …")', () => {
    const r = analyze('ru', 'Как сообщает пресс-служба акимата, аварийные бригады будут дежурить круглосуточно.');
    expect(r.quotes.every((q) => q.rule !== 'quote.according.as-cue')).toBe(true);
  });

  it('ignores "as" that opens no clause of speech', () => {
    const r = analyze('en', 'The bill, which passed as expected, was signed on Monday.');
    expect(r.quotes).toHaveLength(0);
  });
});

describe('a colon after the verb: "X сказал так: CONTENT"', () => {
  it.each([
    ['ru', 'Министр финансов Антон Силуанов сказал так: бюджет будет принят вовремя.', 'бюджет будет принят вовремя', 'Антон Силуанов'],
    ['en', 'Senator Maria Lopez said the following: the bill will pass this week.', 'the bill will pass this week', 'Maria Lopez'],
  ])('%s', (language, text, content, speaker) => {
    const q = only(language, text);
    expect(q.text).toBe(content);
    expect(q.speaker).toBe(speaker);
    expect(q.rule).toBe('quote.colon');
  });

  it('needs a pointer word or nothing between the verb and the colon', () => {
    const r = analyze('ru', 'Министр Антон Силуанов сказал журналистам в Москве: бюджет будет принят вовремя.');
    expect(r.quotes.every((q) => q.rule !== 'quote.colon')).toBe(true);
  });
});

describe('a cue inside the sentence: "CONTENT, утверждает X (…), CONTENT"', () => {
  it('joins the content around the cue, leaving out the speaker and the bracket', () => {
    const q = only('ru', 'Бюджет, утверждает министр финансов Антон Силуанов (Минфин), будет принят вовремя.');
    expect(q.text).toBe('Бюджет будет принят вовремя');
    expect(q.speaker).toBe('Антон Силуанов');
  });
});

describe('first-person speech: "Я утверждаю, что CONTENT"', () => {
  it.each([
    ['ru', 'Я утверждаю, что бюджет будет принят вовремя.', 'бюджет будет принят вовремя'],
    ['uk', 'Я стверджую, що бюджет буде ухвалено вчасно.', 'бюджет буде ухвалено вчасно'],
  ])('%s: found, the speaker left open', (language, text, content) => {
    const q = only(language, text);
    expect(q.text).toBe(content);
    expect(q.speaker).toBeNull();
    expect(q.rule).toBe('quote.indirect.first-person');
  });
});

describe("an official's promise: \"Аким пообещал построить школу\"", () => {
  it.each([
    ['ru', 'Аким области Марат Бекетаев пообещал построить новую школу до конца года.', 'построить новую школу до конца года', 'Марат Бекетаев'],
    ['uk', 'Міністр Сергій Марченко пообіцяв ухвалити бюджет до кінця року.', 'ухвалити бюджет до кінця року', 'Сергій Марченко'],
    ['en', 'Mayor John Smith vowed to rebuild the bridge by next summer.', 'to rebuild the bridge by next summer', 'John Smith'],
  ])('%s', (language, text, content, speaker) => {
    const q = only(language, text);
    expect(q.text).toBe(content);
    expect(q.speaker).toBe(speaker);
    expect(q.rule).toBe('quote.indirect.promise');
  });

  it('takes no promise without an infinitive after the verb', () => {
    const r = analyze('ru', 'Аким области Марат Бекетаев пообещал жителям новую школу.');
    expect(r.quotes.every((q) => q.rule !== 'quote.indirect.promise')).toBe(true);
  });
});
