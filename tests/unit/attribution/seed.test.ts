/**
 * The seed page (Altaynews.kz, 5 Nov 2023): four unmarked direct quotes closed by a dash
 * attribution, three indirect ones, one deputy with his role, and the source chain.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeAttribution } from '../../../lib/analyze/attribution';
import { articleFromText } from '../../../lib/analyze/plain-text';
import { allSpans, expectSpansConsistent } from './helpers';

const text = readFileSync(path.resolve(__dirname, '../../fixtures/attribution/altaynews-akim-elections-ru.txt'), 'utf8');
const article = articleFromText(text, { byline: 'Маргарита Малышева', publisher: 'Altaynews.kz', title: 'Мажилисмен рассказал, что принесут стране выборы районных акимов' });
const result = analyzeAttribution(article, 'ru');

describe('seed page: altaynews-akim-elections-ru', () => {
  it('finds the four direct quotes closed by a dash attribution', () => {
    const direct = result.quotes.filter((q) => q.kind === 'direct');
    expect(direct.map((q) => q.cue)).toEqual(['сообщил', 'считает', 'отметил', 'заключил']);
    for (const q of direct) expect(q.speaker).toBe('Марат Башимов');
    expect(direct[0]!.text).toMatch(/^Почти 60% акимами .* сильно обновился$/);
  });

  it('lets the closing dash attribution win over "как указывают эксперты"', () => {
    const q = result.quotes.find((x) => x.text.startsWith('Как указывают эксперты'));
    expect(q?.speaker).toBe('Марат Башимов');
    expect(q?.cue).toBe('считает');
    expect(result.quotes.some((x) => x.speakerRef === 'эксперты')).toBe(false);
  });

  it('finds the three indirect quotes and resolves "мажилисмен"/"депутат" to the deputy', () => {
    const indirect = result.quotes.filter((q) => q.kind === 'indirect');
    expect(indirect.map((q) => q.cue)).toEqual(['отметил', 'считает', 'по словам']);
    for (const q of indirect) expect(q.speaker).toBe('Марат Башимов');
    expect(indirect[0]!.text.startsWith('с 2021 года')).toBe(true);
    expect(indirect[2]!.text).toMatch(/^Самое главное то, что выборы/);
  });

  it('knows the deputy: canonical name, role, gender, official, mentions', () => {
    const p = result.people.find((x) => x.name === 'Марат Башимов');
    expect(p).toBeDefined();
    expect(p!.roles.some((r) => r.includes('депутат Мажилиса Парламента РК'))).toBe(true);
    expect(p!.gender).toBe('male');
    expect(p!.isOfficial).toBe(true);
    expect(p!.mentions).toBeGreaterThanOrEqual(7);
    expect(p!.mentionSpans.map((m) => m.kind)).toEqual(expect.arrayContaining(['name', 'surname', 'title']));
  });

  it('does not make the byline author a speaker or invent people', () => {
    expect(result.quotes.some((q) => q.speaker === 'Маргарита Малышева')).toBe(false);
    expect(result.people.map((p) => p.name)).toEqual(['Марат Башимов']);
  });

  it('keeps "глава государства" an unnamed official reference', () => {
    expect(result.references.some((r) => r.text === 'главой государства' && r.isOfficial)).toBe(true);
  });

  it('finds the sources and their chain', () => {
    const by = (n: string) => result.sources.find((s) => s.name.toLowerCase() === n.toLowerCase());
    expect(by('orda.kz')?.kind).toBe('photo');
    expect(by('Altaynews.kz')?.kind).toBe('correspondent');
    expect(by('Zakon.kz')?.citedBy).toBe('Altaynews.kz');
    expect(by('Zakon.kz')?.evidence).toBe('со ссылкой на Zakon.kz');
  });

  it('gives every span a consistent selector', () => {
    expectSpansConsistent(article, allSpans(result));
  });
});
