/**
 * Issue 15, unseen articles: sources in wire and credit forms the engine missed (datelines with an
 * agency it does not know or after a full stop, photo credits naming a photographer and an agency, past
 * and neuter report verbs, figures "according to" an institution). Sentences written for these tests;
 * the names of people and agencies are invented.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

function sourceNames(language: string, ...paragraphs: string[]): string[] {
  return analyze(language, ...paragraphs).sources.map((s) => s.name);
}

describe('sources: datelines', () => {
  it('an unknown agency behind a place in wire capitals, with ".-" after the bracket', () => {
    expect(sourceNames('es', 'CÁCERES (Agencia Norte).- El ayuntamiento abrirá dos piscinas nuevas en verano.', 'La obra costará tres millones.')).toContain('Agencia Norte');
  });

  it('a regional desk after a slash stays out of the agency name', () => {
    expect(sourceNames('de', 'KASSEL (dpa/lhe) - Die Stadt baut eine neue Brücke über die Fulda.', 'Die Arbeiten beginnen im Mai.')).toContain('dpa');
  });

  it('"PLACE. AGENCY –": a known agency after an upper-case place and a full stop', () => {
    expect(sourceNames('kk', 'ТАРАЗ. KAZTAG – Қалада жаңа саябақ ашылды.', 'Саябақ аумағы 12 гектар.')).toContain('KazTAG');
  });

  it('a capitalised phrase in brackets behind an ordinary sentence opening is no agency', () => {
    expect(sourceNames('es', 'El alcalde (Partido Verde) - que gobierna desde 2019 - presentó el plan.')).not.toContain('Partido Verde');
  });
});

describe('sources: photo credits', () => {
  it('a one-word agency beside the photographer is the source, not the photographer', () => {
    const names = sourceNames('de', 'Die Halle war ausverkauft.\nFoto: Jana Kröger/NWZ', 'Das Team spielt am Sonntag wieder.');
    expect(names).toContain('NWZ');
    expect(names).not.toContain('Jana Kröger');
  });

  it('cs: a lone word beside the full name of the photographer is the agency, even when the text also names it like a person', () => {
    const names = sourceNames('cs', '„Most opravíme do léta,“ řekl Zpravodaji starosta Karel Vondra.\nFoto: Zpravodaj/Petra Malá', 'Oprava začne v březnu.');
    expect(names).toContain('Zpravodaj');
    expect(names).not.toContain('Petra Malá');
  });

  it('an outlet in quotation marks after the photographer and a comma', () => {
    expect(sourceNames('ru', 'На площади установили ёлку.\nФото: Сергей Волков, «Вечерний Омск»', 'Ёлку украсят к выходным.')).toContain('Вечерний Омск');
  });

  it('lowercase words before the credited name ("cortesía") are not part of it', () => {
    expect(sourceNames('es', 'El puente quedó abierto.\nFoto: cortesía Puerto de Huelva', 'El tráfico se normalizó.')).toContain('Puerto de Huelva');
  });
});

describe('sources: report verbs and according-to', () => {
  it('ru: a past imperfective report verb ("как сообщал портал X")', () => {
    expect(sourceNames('ru', 'Как сообщал портал «Омск-Инфо», ремонт моста начнётся весной.')).toContain('Омск-Инфо');
  });

  it('uk: a neuter report verb for an outlet ("повідомило Суспільне")', () => {
    expect(sourceNames('uk', 'Про пожежу першим повідомило Суспільне.')).toContain('Suspilne');
  });

  it('es: "según cifras de" an institution', () => {
    expect(sourceNames('es', 'Según cifras de la Diputación de Lugo, la provincia perdió 3.000 habitantes.')).toContain('Diputación de Lugo');
  });
});

describe('sources: titles and institutions', () => {
  it('a title opened by a capitalised article after a speech cue is an outlet', () => {
    expect(sourceNames('es', '«Aquí nadie nos escucha», le dijo a El Eco del Valle un comerciante.')).toContain('El Eco del Valle');
    expect(sourceNames('en', '"We will appeal," the owner told The Riverside Ledger on Friday.')).toContain('The Riverside Ledger');
  });

  it('a person after a speech cue is not made an outlet', () => {
    expect(sourceNames('es', '«Aquí nadie nos escucha», le dijo a Marta Rivas un comerciante.')).not.toContain('Marta Rivas');
  });

  it('uk: an institution opened by a capitalised adjective runs to the comma after "за даними"', () => {
    const names = sourceNames('uk', 'За даними Житомирського обласного центру контролю та профілактики хвороб, захворюваність зросла на 12%.');
    expect(names).toContain('Житомирського обласного центру контролю та профілактики хвороб');
  });
});
