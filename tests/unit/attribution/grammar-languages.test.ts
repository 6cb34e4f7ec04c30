/**
 * Grammar read from the lexicon data in several languages (issue 15, own unseen articles): back-references
 * in the word order of verb-final languages, roles in the genitive put in the dictionary form, honorifics
 * that never start a name. Sentences written for the project.
 */
import { describe, expect, it } from 'vitest';
import { analyze, rolesByName } from './helpers';

describe('grammar from the lexicon data', () => {
  it('kk: a back-reference takes the subject with its title phrase before the final verb', () => {
    const r = analyze('kk', 'Қалада жаңа мектеп салынады. Бұл туралы қалалық білім бөлімінің бастығы Ерлан Сәрсенов брифингте мәлімдеді.');
    const q = r.quotes.find((x) => x.text.startsWith('Қалада жаңа мектеп салынады'));
    expect(q?.speaker).toBe('Ерлан Сәрсенов');
    expect(r.people.find((p) => p.name === 'Ерлан Сәрсенов')?.roles.join(' ')).toContain('бастығы');
  });

  it('uk: a role in the genitive after "за словами" is given in the nominative', () => {
    const roles = rolesByName('uk', 'За словами речниці міської ради Олени Кравченко, ремонт завершать у травні.');
    expect(roles['Олена Кравченко']?.[0]).toMatch(/^речниця/u);
  });

  it('fr: "D\'après Mme X" is the person named X before, not a new one', () => {
    const r = analyze('fr', 'La directrice du CHU, Nathalie Perrin, a parlé hier.', "D'après Mme Perrin, une quinzaine de postes restent vacants aux urgences.");
    expect(r.people.map((p) => p.name)).toEqual(['Nathalie Perrin']);
    expect(r.quotes.find((q) => q.text.startsWith('une quinzaine'))?.speaker).toBe('Nathalie Perrin');
  });
});
