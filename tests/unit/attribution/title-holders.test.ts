/**
 * A title belongs to someone only with evidence (issue 15): apposition, the one holder named in the
 * sentence, the sole holder of the title in the article; generic, plural and adjectival uses, and a
 * title standing before a new person's name, link to nobody.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeAttribution } from '../../../lib/analyze/attribution';
import { articleFromText } from '../../../lib/analyze/plain-text';
import { analyze } from './helpers';

type Result = ReturnType<typeof analyze>;

/** Title mentions as "word → person" (rule id), in text order. */
function titleMentions(r: Result): string[] {
  return r.people
    .flatMap((p) => p.mentionSpans.filter((m) => m.kind === 'title').map((m) => ({ at: m.start, s: `${r.article.text.slice(m.start, m.end)} → ${p.name}` })))
    .sort((a, b) => a.at - b.at)
    .map((x) => x.s);
}

describe('seed page: titles in the akim-elections article', () => {
  const text = readFileSync(path.resolve(__dirname, '../../fixtures/attribution/altaynews-akim-elections-ru.txt'), 'utf8');
  const article = articleFromText(text, { byline: 'Маргарита Малышева', publisher: 'Altaynews.kz' });
  const r = { ...analyzeAttribution(article, 'ru'), article };

  it('links no common word or plural to the deputy ("главное", "акимами", "глав", "главой государства")', () => {
    const words = titleMentions(r).map((s) => s.split(' → ')[0]!.toLowerCase());
    for (const w of ['главное', 'акимами', 'глав', 'главой']) expect(words).not.toContain(w);
  });

  it('gives the deputy\'s titles to the deputy only', () => {
    for (const s of titleMentions(r)) expect(s).toMatch(/→ Марат Башимов$/);
    expect(r.people.find((p) => /Малышев/.test(p.name))?.mentionSpans.some((m) => m.kind === 'title') ?? false).toBe(false);
  });

  it('keeps "главой государства" an unnamed official: the article names no head of state', () => {
    expect(r.references.some((x) => x.text === 'главой государства')).toBe(true);
  });
});

describe('titles and the people they belong to', () => {
  it('a title before a new name belongs to that name, not to the person of the sentence before', () => {
    const r = analyze('ru', 'Депутат маслихата Иван Петров открыл заседание.', 'Руководитель управления образования Анна Смирнова рассказала о школах.');
    expect(titleMentions(r).some((s) => s.startsWith('Руководитель') && s.endsWith('Иван Петров'))).toBe(false);
  });

  it('the one holder named earlier in the sentence takes the title', () => {
    const r = analyze('ru', 'Министр финансов Асель Жумабаева выступила в парламенте.', 'Позже Жумабаева сказала журналистам, что министр не уйдёт в отставку.');
    expect(titleMentions(r)).toContain('министр → Асель Жумабаева');
  });

  it('a plural title links to nobody', () => {
    const r = analyze('ru', 'Депутат Мажилиса Марат Башимов выступил на заседании.', 'Депутаты обсудили поправки.');
    expect(titleMentions(r).some((s) => s.startsWith('Депутаты'))).toBe(false);
  });

  it('with two holders of a title and neither in the sentence, nobody is guessed', () => {
    const r = analyze(
      'ru',
      'Министр энергетики Алмасадам Саткалиев и министр экологии Ербол Нысанбаев провели встречу.',
      'На следующий день министр посетил станцию.',
    );
    const later = r.article.text.indexOf('министр посетил');
    expect(r.people.some((p) => p.mentionSpans.some((m) => m.start === later))).toBe(false);
  });

  it('English: bare "chief" or "president" as common words link to nobody', () => {
    const r = analyze('en', 'Senator Maria Lopez spoke on Monday.', 'Every chief of a fire brigade and any president of a club can apply, she said.');
    expect(titleMentions(r)).toEqual([]);
  });

  it('English: "the president" of another country is not the president the article names', () => {
    const r = analyze('en', 'President Kassym-Jomart Tokayev of Kazakhstan met investors.', 'Later the president of France called.');
    expect(titleMentions(r).some((s) => s.startsWith('president'))).toBe(false);
  });
});

describe('speakers named by a title or description after the cue (blind golden articles, issue 15)', () => {
  const speakerOf = (r: Result, words: string) => r.quotes.find((q) => q.text.includes(words))?.speaker ?? null;

  it('a description after the cue is the one person of the paragraph ("каже жінка", "relató la mujer")', () => {
    const uk = analyze('uk', 'Пенсіонерка Галина Мельник розповіла, що повірила шахраєві. — Голос був спокійний, ввічливий, — каже жінка.');
    expect(speakerOf(uk, 'Голос був спокійний')).toBe('Галина Мельник');
    const es = analyze('es', 'Una de las víctimas, Carmen Ortega, contó que perdió sus ahorros. "Yo le daba la libreta", relató la mujer.');
    expect(speakerOf(es, 'Yo le daba la libreta')).toBe('Carmen Ortega');
  });

  it('the title\'s holder past a quoted organisation between title and name', () => {
    const r = analyze('uk', '«Я пишаюся ними», — сказав головний тренер «Металурга» Андрій Лозинський після матчу.');
    expect(speakerOf(r, 'Я пишаюся ними')).toBe('Андрій Лозинський');
    expect(r.people.map((p) => p.name)).not.toContain('Металурга');
  });

  it('the outlet told is neither the title\'s complement nor a person ("sagte die Senatorin dem Sender Radio Bremen")', () => {
    const r = analyze('de', 'Senatorin Carola Wiegand kündigte Hilfe an. „Wir lassen die Menschen nicht allein“, sagte die Senatorin dem Sender Radio Bremen.');
    expect(speakerOf(r, 'Wir lassen die Menschen')).toBe('Carola Wiegand');
  });

  it('the audience after the cue is neither speaker nor source ("сказал журналистам обвинитель X")', () => {
    const r = analyze('ru', 'Суд вынес приговор.', '— Мы просили семь лет, — сказал журналистам обвинитель Нурлан Сейтказиев.');
    expect(speakerOf(r, 'Мы просили семь лет')).toBe('Нурлан Сейтказиев');
  });
});
