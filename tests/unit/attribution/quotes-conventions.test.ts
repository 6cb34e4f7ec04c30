/**
 * Quote conventions handled by the engine (lib/analyze/attribution/quotes.ts) with lexicon data only:
 * German „Q“, so S. (postQuoteMarkers), Spanish dialogue asides —dijo S—, French « Q », a déclaré S.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { allSpans, analyze, expectSpansConsistent } from './helpers';

function quoteOf(r: ReturnType<typeof analyze>, text: string) {
  const q = r.quotes.find((x) => x.text === text);
  expect(q, JSON.stringify(r.quotes.map((x) => [x.text, x.kind, x.speaker, x.speakerRef, x.cue]))).toBeDefined();
  return q!;
}

describe('German „Q“, so S.', () => {
  it('takes the name after "so" as the speaker, with "so" as the cue', () => {
    const r = analyze('de', 'Die Gewerkschaft hat neue Gespräche angeboten.', '„Wir sind zu einem Kompromiss bereit“, so Verdi-Chef Frank Werneke.');
    const q = quoteOf(r, 'Wir sind zu einem Kompromiss bereit');
    expect(q.kind).toBe('direct');
    expect(q.speaker).toBe('Frank Werneke');
    expect(q.cue).toBe('so');
    expectSpansConsistent(r.article, allSpans(r));
  });

  it('takes a title phrase after "so" as the speaker', () => {
    const r = analyze('de', '„Die Lage an der Grenze bleibt angespannt“, so ein Sprecher der Bundespolizei.');
    const q = quoteOf(r, 'Die Lage an der Grenze bleibt angespannt');
    expect(q.speaker ?? q.speakerRef).toMatch(/Sprecher/);
  });

  it('does not read an adverb "so" elsewhere as a cue', () => {
    const r = analyze('de', 'Die Lage ist so ernst, dass die Regierung sofort handeln muss.', 'Die Preise sind so hoch wie nie zuvor.');
    expect(r.quotes.filter((q) => q.cue === 'so')).toEqual([]);
  });

  it('needs the comma after the closing mark ("„Q“ so …" is no attribution)', () => {
    const r = analyze('de', 'Der Slogan „Mehr Fortschritt wagen“ so wie er im Vertrag steht, war umstritten.');
    expect(r.quotes.filter((q) => q.cue === 'so')).toEqual([]);
  });
});

describe('Spanish dialogue dash', () => {
  it('reads "—Q —dijo S—. Q2" as a quote of S, continued after the aside', () => {
    const r = analyze('es', '—Vamos a ganar estas elecciones —dijo el ministro Luis Planas—. No tenemos miedo a nadie.');
    const q = quoteOf(r, 'Vamos a ganar estas elecciones');
    expect(q.kind).toBe('direct');
    expect(q.speaker).toBe('Luis Planas');
    expect(q.cue).toBe('dijo');
    const cont = quoteOf(r, 'No tenemos miedo a nadie.');
    expect(cont.speaker).toBe('Luis Planas');
    expectSpansConsistent(r.article, allSpans(r));
  });

  it('reads an aside that ends the sentence ("—Q —explicó S.")', () => {
    const r = analyze('es', '—Todavía no hay un acuerdo con los socios —explicó Pedro Sánchez.');
    const q = quoteOf(r, 'Todavía no hay un acuerdo con los socios');
    expect(q.speaker).toBe('Pedro Sánchez');
  });

  it('keeps an unnamed speaker of the aside without the closing dash', () => {
    const r = analyze('es', '—No vamos a subir los impuestos este año —aseguró la portavoz—.');
    const q = quoteOf(r, 'No vamos a subir los impuestos este año');
    expect(q.speakerRef).toBe('la portavoz');
  });

  it('does not take a dash inside a sentence without dialogue for a cue', () => {
    const r = analyze('es', 'El Gobierno aprobó la ley —dijo ayer la prensa local— sin el apoyo de la oposición.');
    expect(r.quotes.filter((q) => q.kind === 'direct')).toEqual([]);
  });
});

describe('French « Q », a déclaré S.', () => {
  it('reads a named speaker after the verb', () => {
    const r = analyze('fr', '« Nous sommes prêts à négocier avec les syndicats », a déclaré Élisabeth Borne.');
    const q = quoteOf(r, 'Nous sommes prêts à négocier avec les syndicats');
    expect(q.kind).toBe('direct');
    expect(q.speaker).toBe('Élisabeth Borne');
    expect(q.cue).toBe('a déclaré');
  });

  it('reads a title speaker after the verb', () => {
    const r = analyze('fr', '« La réforme sera votée avant l’été », a déclaré le ministre.');
    expect(quoteOf(r, 'La réforme sera votée avant l’été').speakerRef).toBe('le ministre');
  });
});
