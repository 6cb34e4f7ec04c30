/** Ukrainian, German, French and Spanish: the same engine, one lexicon each. */
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const rows: Array<[string, string, string[], string, string | null, string | null]> = [
  ['uk', '«Q», — V title S', ['«Ми продовжимо роботу», — сказав міністр Дмитро Кулеба.'], 'Ми продовжимо роботу', 'Дмитро Кулеба', null],
  ['uk', 'за словами S(gen)', ['Міністр Дмитро Кулеба прибув до Брюсселя.', 'За словами Кулеби, переговори тривають уже третій тиждень.'], 'переговори тривають уже третій тиждень', 'Дмитро Кулеба', null],
  ['de', '„Q“, sagte title S', ['„Wir werden das schaffen“, sagte Bundeskanzlerin Angela Merkel am Montag in Berlin.'], 'Wir werden das schaffen', 'Angela Merkel', null],
  ['de', 'S erklärte, dass …', ['Finanzminister Christian Lindner erklärte, dass der Haushalt stabil bleibe.'], 'der Haushalt stabil bleibe', 'Christian Lindner', null],
  ['de', 'S zufolge …', ['Experten zufolge wird die Inflation weiter sinken.'], 'wird die Inflation weiter sinken', null, 'Experten'],
  ['fr', '« Q », a déclaré title S', ['« Nous ne céderons pas », a déclaré le président Emmanuel Macron.'], 'Nous ne céderons pas', 'Emmanuel Macron', null],
  ['fr', '« Q », dit-elle', ['Anne Hidalgo a parlé aux journalistes.', '« C’est une victoire », dit-elle.'], 'C’est une victoire', 'Anne Hidalgo', null],
  ['fr', 'S a affirmé que …', ['La ministre Élisabeth Borne a affirmé que la réforme serait votée avant l’été.'], 'la réforme serait votée avant l’été', 'Élisabeth Borne', null],
  ['es', '«Q», dijo title S', ['«No vamos a retroceder», dijo el presidente Pedro Sánchez.'], 'No vamos a retroceder', 'Pedro Sánchez', null],
  ['es', 'S aseguró que …', ['La ministra María Jesús Montero aseguró que los presupuestos saldrán adelante.'], 'los presupuestos saldrán adelante', 'María Jesús Montero', null],
];

describe('more languages', () => {
  it.each(rows)('%s: %s', (lang, _name, paragraphs, text, speaker, speakerRef) => {
    const r = analyze(lang, ...paragraphs);
    const q = r.quotes.find((x) => x.text === text);
    expect(q, JSON.stringify(r.quotes.map((x) => [x.text, x.speaker, x.speakerRef]))).toBeDefined();
    expect(q!.speaker).toBe(speaker);
    if (speakerRef) expect(q!.speakerRef).toBe(speakerRef);
  });

  it.each([
    ['de', 'Laut dpa will die Regierung das Gesetz noch im Sommer verabschieden.', 'dpa', 'agency'],
    ['fr', 'Selon l’AFP, le gouvernement prépare une réforme.', 'AFP', 'agency'],
    ['es', 'Según EFE, el Gobierno aprobará la ley la próxima semana.', 'EFE', 'agency'],
    ['uk', 'Як повідомляє Укрінформ, засідання відбудеться у четвер.', 'Ukrinform', 'agency'],
  ])('%s source: %s', (lang, text, name, kind) => {
    const r = analyze(lang, text);
    expect(r.sources.find((s) => s.name === name)?.kind, JSON.stringify(r.sources)).toBe(kind);
  });
});
