/**
 * Issue 15: roles in every language (compound titles, the owning organisation, the dictionary form, no
 * circumstances of the speech) and sources in every form (credit lines, datelines, "told X" with
 * articles and case forms, quoted outlets, organisations before a postposed cue). Sentences written for
 * these tests; names and organisations are invented.
 */
import { describe, expect, it } from 'vitest';
import { analyzeAttribution } from '../../../lib/analyze/attribution';
import { articleFromText } from '../../../lib/analyze/plain-text';
import type { ArticleText } from '../../../lib/schema';
import { analyze, rolesByName } from './helpers';

function rolesOf(language: string, text: string, name: string): string[] {
  const roles = rolesByName(language, text);
  const key = Object.keys(roles).find((k) => k.includes(name));
  return key ? roles[key]! : [];
}

function sourceNames(language: string, ...paragraphs: string[]): string[] {
  return analyze(language, ...paragraphs).sources.map((s) => s.name);
}

describe('roles: compound titles, organisations, dictionary forms', () => {
  it('de: a title written as one compound word is a title', () => {
    expect(rolesOf('de', 'Kulturminister Tobias Rendel sagte am Montag, die Förderung werde verlängert.', 'Rendel')).toContain('Kulturminister');
    expect(rolesOf('de', '„Wir prüfen das“, sagte Stadtwerkechef Jonas Albrecht am Abend.', 'Albrecht')).toContain('Stadtwerkechef');
    expect(rolesOf('de', 'Konzernvorstand Petra Lindqvist kündigte einen Sparkurs an.', 'Lindqvist')).toContain('Konzernvorstand');
  });

  it('kk: the organisation in the genitive stays with the title', () => {
    expect(rolesOf('kk', 'Қарағанды облысының әкімі Ерлан Бекмұханов жиында сөз сөйледі.', 'Бекмұханов')).toContain('Қарағанды облысының әкімі');
    const roles = rolesOf('kk', 'Білім және ғылым министрлігінің басшысы Айгүл Сейітова мәлімдеді.', 'Сейітова');
    expect(roles.some((r) => r.includes('министрлігінің басшысы'))).toBe(true);
  });

  it('uk, ru: a role head in an oblique case is given in its dictionary form', () => {
    const uk = rolesOf('uk', 'За словами голови Полтавської обласної ради Андрія Коваленка, сесію перенесли.', 'Коваленк');
    expect(uk).toContain('голова Полтавської обласної ради');
    expect(uk.some((r) => r.startsWith('голови'))).toBe(false);
    const ru = rolesOf('ru', 'По словам заместителя министра энергетики Павла Серова, тарифы не изменятся.', 'Серов');
    expect(ru).toContain('заместитель министра энергетики');
  });

  it('ru: the circumstances of the speech are not a role', () => {
    const roles = rolesOf('ru', 'Депутат городского маслихата Сергей Оленев, выступая перед журналистами после заседания, сказал, что бюджет пересмотрят.', 'Оленев');
    expect(roles).toContain('депутат городского маслихата');
    expect(roles.some((r) => r.includes('журналист'))).toBe(false);
  });

  it('ru: a noun with an occupation ending opening the sentence is a role', () => {
    expect(rolesOf('ru', 'Фестиваль закрылся в субботу. Искусствовед Дарья Климова назвала выбор жюри смелым.', 'Климова')).toContain('искусствовед');
  });

  it('fr: a title apposition closed by a quoted work; a title with an elided article', () => {
    expect(rolesOf('fr', "L'autrice de « Les Jours clairs », Hélène Marchand, a confié qu'elle était surprise.", 'Marchand').some((r) => r.startsWith('autrice de « Les Jours clairs »'))).toBe(true);
    expect(rolesOf('fr', "Côté visiteurs, l'entraîneuse Claire Vidal ne cachait pas sa déception.", 'Vidal')).toContain('entraîneuse');
    expect(rolesOf('fr', 'Buteur décisif, Romain Castel a dédié son but à son père.', 'Castel').map((r) => r.toLowerCase())).toContain('buteur décisif');
  });

  it('es: an apposition after "según" names the same person; a multiword role after the name', () => {
    expect(rolesOf('es', 'Según la directora del certamen, Marta Ibáñez, esta edición batió récords.', 'Ibáñez')).toContain('directora del certamen');
    expect(rolesOf('es', '“Nadie nos ha ayudado”, dijo Rosa Villalba, ama de casa.', 'Villalba')).toContain('ama de casa');
  });

  it('en: the lowercase words of a lexicon title stay with it', () => {
    expect(rolesOf('en', "According to the county's finance director, Gareth Pryce, the reserves are low.", 'Pryce')).toContain('finance director');
  });

  it('cs: a title governing the next one is part of the role', () => {
    const roles = rolesOf('cs', 'Oznámil to v úterý náměstek primátora pro dopravu Lukáš Holub.', 'Holub');
    expect(roles.some((r) => r.startsWith('náměstek primátora'))).toBe(true);
  });
});

describe('the circumstances of a speech are neither role nor speaker', () => {
  it.each([
    ['fr', '« Nous tiendrons », a assuré le ministre sous la pression des syndicats.', 'le ministre'],
    ['ru', '«Решение принято», — сказал депутат журналистам после заседания комитета.', 'депутат'],
    ['uk', '«Ми залишимося», — сказав депутат журналістам після засідання.', 'депутат'],
    ['es', '«Seguiremos», dijo el alcalde ante los vecinos tras la reunión.', 'el alcalde'],
    ['en', '"We will stay," said the minister under pressure from unions.', 'the minister'],
    ['de', '„Wir bleiben“, sagte der Minister unter dem Druck der Gewerkschaften.', 'der Minister'],
  ])('%s: %s', (language, text, speaker) => {
    const r = analyze(language, text);
    expect(r.quotes.length).toBeGreaterThan(0);
    expect(r.quotes[0]!.speaker ?? r.quotes[0]!.speakerRef).toBe(speaker);
  });

  it('fr: an apposition keeps the title, not what follows it', () => {
    expect(rolesOf('fr', '« Nous tiendrons », a assuré Paul Renaud, le ministre sous la pression des syndicats depuis lundi.', 'Renaud')).toEqual(['ministre']);
  });
});

describe('sources: agencies and outlets in every form', () => {
  it('photo credit lines name their source, in any language, photographer excluded', () => {
    expect(sourceNames('de', 'Foto: Hafenfest Kiel/Presse', 'Beim Hafenfest kamen 20.000 Besucher.')).toContain('Hafenfest Kiel');
    expect(sourceNames('uk', 'Фото: Офіс омбудсмана', 'Омбудсман оприлюднив доповідь.')).toContain('Офіс омбудсмана');
    expect(sourceNames('de', 'Foto: IMAGO', 'Der Verein gewann das Spiel.')).toContain('IMAGO');
    expect(sourceNames('en', 'Photo: Tom Harris/Reuters', 'The river rose overnight.')).toContain('Reuters');
  });

  it('a credit after a caption text in a page caption', () => {
    const text = 'Der Platz am Abend. Foto: Stadtarchiv Goslar\n\nDie Stadt plant einen Umbau.';
    const article: ArticleText = { ...articleFromText(text), blocks: [{ kind: 'caption', start: 0, end: 44 }, { kind: 'paragraph', start: 46, end: text.length }] };
    expect(analyzeAttribution(article, 'de').sources.map((s) => s.name)).toContain('Stadtarchiv Goslar');
  });

  it('datelines with a lowercase state abbreviation or a date', () => {
    expect(sourceNames('en', 'DAYTON, Ohio (AP) — The school board voted on Monday to close two schools.')).toContain('AP');
  });

  it('"told X" with articles, contractions, pronouns and case forms', () => {
    expect(sourceNames('fr', "« Nous sommes inquiets », a confié au Parisien une habitante du quartier.")).toContain('Le Parisien');
    expect(sourceNames('de', 'Das sei zu wenig, sagte sie der „Lausitzer Rundschau“.')).toContain('Lausitzer Rundschau');
    expect(sourceNames('uk', '«Ми не погоджуємося з вироком», — розповів адвокат Левченко кореспондентові «Вчасно Медіа».')).toContain('Вчасно Медіа');
    expect(sourceNames('ru', 'Жительница Ирина Котова рассказала корреспонденту «Степной Вести», что света нет третий день.')).toContain('Степной Вести');
  });

  it('"told X" past the speaker standing between the cue and the outlet; never a bare capitalised name', () => {
    expect(sourceNames('cs', '„Ceny zvedneme,“ vysvětlil Novotný České tiskové kanceláři.')).toContain('ČTK');
    expect(sourceNames('de', '„Wir bleiben dran“, sagte die Ministerin dem Sender Radio Bremen.')).toContain('ARD');
    expect(sourceNames('kk', '– Жарыс жақсы өтті, – деді бапкер Ерлан Омаров Vesti.kz сайтына.')).toContain('Vesti.kz');
    expect(sourceNames('en', '"We will appeal," said Mark Dean, when contacted by Reuters.')).toContain('Reuters');
    // Not an outlet: a capitalised word after the speaker is a place, not a source.
    expect(sourceNames('cs', '„Ceny zvedneme,“ vysvětlil Novotný v Plzni.')).toEqual([]);
  });

  it('a quoted outlet before a postposed reporting cue', () => {
    expect(sourceNames('de', 'Der Rat stimmt im Mai ab, wie die „Ostsee-Zeitung“ berichtet.')).toContain('Ostsee-Zeitung');
  });

  it('kk: an organisation in the genitive before "мәліметінше"', () => {
    expect(sourceNames('kk', 'Ұлттық статистика бюросының мәліметінше, баға 2 пайызға өсті.')).toContain('Ұлттық статистика бюросы');
  });

  it('a press service keeps its quoted organisation; a spokesperson is a person, not a press service', () => {
    expect(sourceNames('ru', 'Как сообщает пресс-служба ТОО «Северная энергия», ремонт завершат к пятнице.')).toContain('пресс-служба ТОО «Северная энергия»');
    expect(analyze('es', 'La portavoz de la asociación vecinal Los Olivos, Carmen Ríos, pidió más autobuses.').sources.filter((s) => s.kind === 'press-service')).toEqual([]);
  });

  it('according to an agency named with its kind, and an organisation after an article', () => {
    expect(sourceNames('cs', 'Sucho podle agentury Reuters sužuje také Rakousko.')).toContain('Reuters');
    expect(sourceNames('fr', "D'après l'Insee, le chômage a reculé au troisième trimestre.")).toContain('Insee');
  });
});
