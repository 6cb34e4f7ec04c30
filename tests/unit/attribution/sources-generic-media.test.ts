/**
 * "По сообщениям СМИ", "laut Medienberichten", "БАҚ хабарлауынша": a noun for the media in general after a source cue
 * (or as the speaker) names no outlet, so it is no named source (lexicon sourceCues.genericSources). A named outlet
 * after the same cues still is. Every sentence here was written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const names = (lang: string, text: string) => analyze(lang, text).sources.map((s) => s.name);

describe('the media in general are no named source', () => {
  it.each([
    ['ru', 'По сообщениям СМИ, завод закроют в марте.'],
    ['ru', 'СМИ сообщили, что завод закроют в марте.'],
    ['ru', 'Об этом сообщают СМИ.'],
    ['uk', 'За повідомленнями ЗМІ, завод закриють у березні.'],
    ['de', 'Laut Medienberichten soll das Werk im März schließen.'],
    ['de', 'Das berichteten Medien am Montag.'],
    ['kk', 'БАҚ хабарлауынша, зауыт наурызда жабылады.'],
    ['kk', 'Бұл туралы БАҚ хабарлады.'],
    ['kk', 'БАҚ-тың хабарлауынша, зауыт наурызда жабылады.'],
    ['en', 'According to media reports, the plant will close in March.'],
    ['fr', 'Selon des médias, l’usine fermera en mars.'],
    ['es', 'Según los medios, la planta cerrará en marzo.'],
    ['cs', 'Podle médií továrna v březnu skončí.'],
  ])('%s: %s', (lang, text) => {
    expect(names(lang, text)).toEqual([]);
  });

  it.each([
    ['ru', 'По сообщениям РБК, завод закроют в марте.', 'RBC'],
    ['kk', 'Tengrinews-тің хабарлауынша, зауыт наурызда жабылады.', 'Tengrinews'],
    ['uk', 'За повідомленням Укрінформу, завод закриють у березні.', 'Ukrinform'],
    ['de', 'Laut „Spiegel“ soll das Werk im März schließen.', 'Der Spiegel'],
  ])('a named outlet after the same cue is still one: %s: %s', (lang, text, name) => {
    expect(names(lang, text)).toEqual([name]);
  });
});
