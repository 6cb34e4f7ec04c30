/**
 * Spanish reporting patterns (issue 15), from the grammar rather than from annotated articles: perfect,
 * imperfect and pluperfect forms, "según explicó X", "a su juicio", and the dropped subject of a
 * pro-drop language ("«Q», afirmó durante el juicio"). Every sentence here was written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

function find(text: string, start: string) {
  const qs = analyze('es', text).quotes;
  return { q: qs.find((x) => x.text.startsWith(start)), all: qs.map((x) => x.text) };
}

describe('es: speech verbs in every tense the press uses', () => {
  it.each([
    ['Pedro Gómez explicaba que la obra estaría lista en junio del próximo año.', 'la obra estaría'],
    ['Pedro Gómez había dicho que la obra estaría lista en junio del próximo año.', 'la obra estaría'],
    ['Pedro Gómez ha reconocido que la obra no estará lista en junio.', 'la obra no estará'],
    ['«La obra estará lista en junio», apostilló Pedro Gómez.', 'La obra estará'],
    ['«La obra estará lista en junio», ha advertido Pedro Gómez en una rueda de prensa.', 'La obra estará'],
    ['Pedro Gómez llegó a Sevilla. Según explicó Gómez, la obra estará lista en junio del próximo año.', 'la obra estará'],
    ['El alcalde Pedro Gómez visitó la obra. A su juicio, la obra estará lista en junio del próximo año.', 'la obra estará'],
    // Pronominal verbs ("se lamentó", "se quejaba", "se ha mostrado convencido de que") and more verbs of the press.
    ['«La obra estará lista en junio», se lamentó Pedro Gómez.', 'La obra estará'],
    ['«La obra estará lista en junio», se quejaba Pedro Gómez.', 'La obra estará'],
    ['Pedro Gómez se ha mostrado convencido de que la obra estará lista en junio.', 'la obra estará'],
    ['«La obra estará lista en junio», remachó Pedro Gómez.', 'La obra estará'],
    ['«La obra estará lista en junio», espetó Pedro Gómez.', 'La obra estará'],
  ])('%s', (text, start) => {
    const { q, all } = find(text, start);
    expect(q, JSON.stringify(all)).toBeDefined();
    expect(q!.speaker).toBe('Pedro Gómez');
  });
});

describe('es: a dropped subject is the person named last', () => {
  it('a verb followed only by the circumstances', () => {
    const { q } = find('El fiscal Jorge Almansa pidió diez años. «Se aprovechó de personas mayores», afirmó durante el juicio.', 'Se aprovechó');
    expect(q?.speaker).toBe('Jorge Almansa');
  });

  it('a bare noun after the verb is its object, not an unnamed speaker', () => {
    const { quotes } = analyze('es', 'El alcalde, Pedro Gómez, ha pedido calma. «Lo peor ya ha pasado», ha dicho Gómez.');
    expect(quotes.some((q) => q.speakerRef === 'calma')).toBe(false);
    expect(quotes.find((q) => q.text.startsWith('Lo peor'))?.speaker).toBe('Pedro Gómez');
  });

  it('a Galician first name makes the surname alone the same person', () => {
    const { q } = find('El conselleiro Xosé Carballo ha pedido a la población que evite los viajes. «Lo peor está por llegar», ha advertido Carballo.', 'Lo peor');
    expect(q?.speaker).toBe('Xosé Carballo');
  });
});

describe('es: a description after the verb stands for the person of its gender named last', () => {
  it.each([
    ['Lucía Fernández visitó el barrio con Pedro Gómez. «La obra estará lista en junio», explicó la edil.', 'Lucía Fernández'],
    ['Pedro Gómez visitó el barrio con Lucía Fernández. «La obra estará lista en junio», explicó el edil.', 'Pedro Gómez'],
  ])('%s', (text, speaker) => {
    expect(find(text, 'La obra').q?.speaker).toBe(speaker);
  });
});
