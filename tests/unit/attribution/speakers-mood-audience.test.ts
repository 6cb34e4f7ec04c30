/**
 * Speakers outside English (issue 15): German reported speech running on in Konjunktiv I without a cue,
 * and a Czech outlet in the dative right after the verb (not a speaker). Every sentence here was written
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

function quotes(lang: string, ...paragraphs: string[]) {
  return analyze(lang, ...paragraphs).quotes.map((q) => ({ text: q.text, speaker: q.speaker, kind: q.kind }));
}

describe('de: Konjunktiv I carries the speaker into the next sentences', () => {
  it('sentences in the reported mood after "Er sagte, …" keep his name', () => {
    const qs = quotes('de', 'Bürgermeister Klaus Weber trat am Montag vor die Presse. Er sagte, die Stadt habe kein Geld für neue Straßen. Man werde die Steuern trotzdem nicht erhöhen. Die Bürger müssten Geduld haben.');
    expect(qs.find((q) => q.text.startsWith('Man werde die Steuern'))).toMatchObject({ speaker: 'Klaus Weber', kind: 'indirect' });
    // Each sentence found carries the chain on.
    expect(qs.find((q) => q.text.startsWith('Die Bürger müssten'))?.speaker).toBe('Klaus Weber');
  });

  it('after a direct quote: "„…“, sagte Vogt. Der Verein wolle …"', () => {
    const qs = quotes('de', '„Wir sind sehr enttäuscht“, sagte Trainerin Petra Vogt. Der Verein wolle nun einen neuen Torwart verpflichten.');
    expect(qs.find((q) => q.text.startsWith('Der Verein wolle'))).toMatchObject({ speaker: 'Petra Vogt', text: 'Der Verein wolle nun einen neuen Torwart verpflichten' });
  });

  it('an indicative sentence after the quote is the reporter\'s, and a new paragraph starts afresh', () => {
    const qs = quotes('de', 'Er sagte, die Halle sei marode. Der Stadtrat tagt am Donnerstag.', 'Die Sanierung sei teuer.');
    expect(qs.some((q) => q.text.startsWith('Der Stadtrat tagt'))).toBe(false);
    expect(qs.some((q) => q.text.startsWith('Die Sanierung sei'))).toBe(false);
  });

  it('a sentence with its own cue keeps its own speaker', () => {
    const qs = quotes('de', 'Klaus Weber sagte, die Halle sei marode. Die Kosten seien zu hoch, erklärte Kämmerin Anna Roth.');
    expect(qs.find((q) => q.text.startsWith('Die Kosten seien'))?.speaker).toBe('Anna Roth');
  });
});

describe('cs: an outlet in the dative after the verb is the audience', () => {
  it.each([
    ['Nová škola bude hotová v září, řekla Deníku starostka Jana Malá.', 'Jana Malá'],
    ['Most přes řeku opraví do konce roku, řekl Týdeníku Petr Novotný.', 'Petr Novotný'],
    ['Most přes řeku opraví do konce roku, řekl Večerníku ředitel správy silnic Petr Novotný.', 'Petr Novotný'],
  ])('%s', (text, speaker) => {
    const r = analyze('cs', text);
    expect(r.quotes[0]?.speaker).toBe(speaker);
  });

  // Once a known gap (session-11 merge): the role took the outlet in the dative before the title ("Deníku starostka"),
  // and "Deníku" was read as a person.
  it('the title after the audience is the role, without the outlet', () => {
    const r = analyze('cs', 'Nová škola bude hotová v září, řekla Deníku starostka Jana Malá.');
    expect(r.people.find((p) => p.name === 'Jana Malá')?.roles).toEqual(['starostka']);
    expect(r.people.map((p) => p.name)).toEqual(['Jana Malá']);
  });
});

describe('the outlet told before a title is no part of the role, in every language with the audience there', () => {
  it.each([
    ['cs', 'Most bude hotový do konce roku, uvedl pro Deník ředitel Petr Novák.', 'Petr Novák', ['ředitel']],
    ['cs', 'Nová škola bude hotová v září, řekla Blesku starostka Jana Malá.', 'Jana Malá', ['starostka']],
    ['uk', 'Новий міст відкриють у вересні, розповів Укрінформу міський голова Іван Петренко.', 'Іван Петренко', ['міський голова']],
    ['uk', 'Новий міст відкриють у вересні, сказала Суспільному мерка Ганна Коваль.', 'Ганна Коваль', ['мерка']],
    ['kk', 'Жаңа мектеп қыркүйекте ашылады, деді Tengrinews-ке әкім Бауыржан Сейітов.', 'Бауыржан Сейітов', ['әкім']],
    // An outlet the list does not know, in the dative right after the verb.
    ['kk', 'Жаңа мектеп қыркүйекте ашылады, деді Айқынға аудан әкімі Бауыржан Сейітов.', 'Бауыржан Сейітов', ['аудан әкімі']],
    ['ru', 'Новая школа откроется в сентябре, сказал РБК мэр Иван Петров.', 'Иван Петров', ['мэр']],
  ])('%s: %s', (lang, text, name, roles) => {
    const r = analyze(lang, text);
    expect(r.quotes[0]?.speaker).toBe(name);
    expect(r.people.map((p) => p.name)).toEqual([name]);
    expect(r.people[0]?.roles).toEqual(roles);
  });

  // A capitalised word before the title that is no audience stays in the role.
  it.each([
    ['en', '"We will fix it," said Transportation Secretary Pete Buttigieg.', 'Pete Buttigieg', ['Transportation Secretary']],
    ['de', '„Wir schaffen das“, sagte Bayerns Ministerpräsident Markus Söder.', 'Markus Söder', ['Bayerns Ministerpräsident']],
    ['uk', 'Міст відкриють у вересні, заявив Київський міський голова Віталій Кличко.', 'Віталій Кличко', ['Київський міський голова']],
  ])('%s: %s', (lang, text, name, roles) => {
    expect(analyze(lang, text).people.find((p) => p.name === name)?.roles).toEqual(roles);
  });
});
