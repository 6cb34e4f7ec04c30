/**
 * An agency alias that also names other things (lib/lang/outlets.ts `contextual`: "Keystone" the pipeline, "Sputnik"
 * the vaccine, "Getty" the museum) is a source only in a source context: a credit line, a dateline, after an
 * according-to, citing or reported-by cue, after a noun for a kind of outlet, or in the agency's fuller name
 * ("Keystone-SDA"). In running text it is no outlet. Every sentence here was written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const names = (lang: string, ...text: string[]) => analyze(lang, ...text).sources.map((s) => s.name);

describe('an alias that also names other things, in running text, is no source', () => {
  it.each([
    ['en', '"We will win," said Keystone XL opponent Jane Kleeb.'],
    ['en', 'TC Energy, which owns Keystone, told regulators the leak was contained.'],
    ['en', 'The company says Keystone would create 42,000 jobs.'],
    ['de', 'Die Gegner sagten Keystone den Kampf an, berichtete die Zeitung am Montag.'],
    ['ru', 'Глава Минздрава заявил Спутник V самой надежной вакциной.'],
    ['en', '"It is a relief," said Getty spokeswoman Lisa Lapin.'],
  ])('%s: %s', (lang, text) => {
    expect(names(lang, text)).toEqual([]);
  });

  it('the speaker after it is found ("said Keystone XL opponent Jane Kleeb")', () => {
    expect(analyze('en', '"We will win," said Keystone XL opponent Jane Kleeb.').quotes[0]?.speaker).toBe('Jane Kleeb');
  });
});

describe('in a source context it is the agency', () => {
  it.each([
    ['en', 'GENEVA (Keystone) - The vote failed.', 'Keystone-SDA'],
    ['de', 'Das teilte die Polizei laut Keystone am Montag mit.', 'Keystone-SDA'],
    ['de', 'Der Hafen wird ausgebaut.\nBild: Keystone', 'Keystone-SDA'],
    ['en', 'Citing Keystone, the paper said the vote failed.', 'Keystone-SDA'],
    ['de', '«Wir sind froh», sagte Sandra Frei der Nachrichtenagentur Keystone.', 'Keystone-SDA'],
    ['ru', 'Об этом сообщает Спутник.', 'Sputnik'],
    ['en', 'The mayor waved to the crowd. (Photo: Getty)', 'Getty Images'],
    // Its fuller name is never ambiguous.
    ['de', '«Wir sind froh», sagte Sandra Frei, Gewerkschaftssekretärin, gegenüber Keystone-SDA.', 'Keystone-SDA'],
  ])('%s: %s', (lang, text, name) => {
    expect(names(lang, text)).toContain(name);
  });
});

describe('the data', () => {
  it('every contextual name is one of its outlet\'s aliases', async () => {
    const { OUTLETS } = await import('../../../lib/lang/outlets');
    const flagged = OUTLETS.filter((o) => o.contextual);
    expect(flagged.length).toBeGreaterThan(0);
    for (const o of flagged) for (const a of o.contextual!) expect(o.aliases, o.name).toContain(a);
  });
});
