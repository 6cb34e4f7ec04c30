// (person, role) pair matching, NEREL / factRuEval / KazNERD readers and mention scoring,
// on hand-made snippets whose offsets are computed from the text.
import { describe, expect, it } from 'vitest';
import { readFactRuEval } from '../../../scripts/eval/attribution/factrueval';
import { buildDocuments, parseIob2 } from '../../../scripts/eval/attribution/kaznerd';
import { emptyMentionTally, scoreMentionsDoc } from '../../../scripts/eval/attribution/mentions';
import { readNerel } from '../../../scripts/eval/attribution/nerel';
import {
  emptyPairTally,
  personMatches,
  roleMatches,
  scorePairsDoc,
  type GoldPair,
} from '../../../scripts/eval/attribution/pairs';
import { stem, type Range } from '../../../scripts/eval/attribution/text';

function span(text: string, part: string, from = 0): Range {
  const s = text.indexOf(part, from);
  if (s < 0) throw new Error(`"${part}" not in text`);
  return [s, s + part.length];
}

describe('stems', () => {
  it.each([
    ['Клинтона', 'Клинтон'],
    ['Обамы', 'Обама'],
    ['Билла', 'Билл'],
    ['президента', 'президент'],
    ['Назарбаевтың', 'Назарбаев'],
  ])('%s ~ %s', (a, b) => expect(stem(a)).toBe(stem(b)));
});

describe('role and person matching', () => {
  it.each([
    ['президента США', 'президент', true],
    ['пресс-секретарю экс-президента', 'пресс-секретарь', true],
    ['министр иностранных дел США', 'президент США', false], // a shared country is not a shared job
    ['CEO', 'CEO компании', true], // only an acronym on one side: it is all there is to compare
    ['губернатора', 'мэр', false],
  ])('role %s vs %s → %s', (gold, predicted, expected) => expect(roleMatches([gold], predicted)).toBe(expected));

  const gold: GoldPair = { names: ['Билла Клинтона'], personRanges: [[100, 114]], roles: ['президента США'] };
  it('matches a person by an inflected name or by an overlapping mention span', () => {
    expect(personMatches(gold, { name: 'Билл Клинтон', personRanges: [], role: 'x' })).toBe(true);
    expect(personMatches(gold, { name: 'Б. Клинтон', personRanges: [], role: 'x' })).toBe(true);
    expect(personMatches(gold, { name: 'Джо Локхарт', personRanges: [[105, 110]], role: 'x' })).toBe(true);
    expect(personMatches(gold, { name: 'Джо Локхарт', personRanges: [[0, 10]], role: 'x' })).toBe(false);
  });

  it('counts precision over predicted pairs and recall over gold pairs', () => {
    const tally = emptyPairTally();
    const other: GoldPair = { names: ['Рекс Тиллерсон'], personRanges: [], roles: ['Госсекретарь США'] };
    scorePairsDoc(tally, 'doc', [gold, other], [
      { name: 'Билл Клинтон', personRanges: [], role: 'президент' },
      { name: 'Билл Клинтон', personRanges: [], role: 'адвокат' },
      { name: 'Рекс Тиллерсон', personRanges: [], role: 'глава ExxonMobil' },
    ]);
    expect(tally).toMatchObject({ predicted: 3, predRight: 1, gold: 2, goldFound: 1, goldPersonOnly: 1 });
  });
});

describe('readNerel', () => {
  const text = 'Экс-пресс-секретарь Джо Локхарт встретил Билла Клинтона, бывшего президента США.';
  const e = (id: string, type: string, part: string) => `${id}\t${type} ${span(text, part).join(' ')}\t${part}`;
  const ann = [
    e('T1', 'PERSON', 'Джо Локхарт'),
    e('T2', 'PERSON', 'Билла Клинтона'),
    e('T3', 'PROFESSION', 'президента США'),
    e('T4', 'COUNTRY', 'США'),
    e('T5', 'PROFESSION', 'пресс-секретарь'),
    'R1\tWORKS_AS Arg1:T2 Arg2:T3\t',
    'R2\tWORKS_AS Arg1:T1 Arg2:T5\t',
    'R3\tWORKS_AS Arg1:T4 Arg2:T3\t',
    'R4\tWORKPLACE Arg1:T2 Arg2:T4\t',
    'N1\tReference T2 Wikidata:Q1124\tBill Clinton',
  ].join('\n');

  it('reads WORKS_AS as PERSON → PROFESSION and PERSON entities', () => {
    const gold = readNerel(ann);
    expect(gold.pairs.map((p) => [p.names[0], p.roles[0]])).toEqual([
      ['Билла Клинтона', 'президента США'],
      ['Джо Локхарт', 'пресс-секретарь'],
    ]);
    expect(gold.skippedRelations).toBe(1);
    expect(gold.persons).toEqual([[span(text, 'Джо Локхарт')], [span(text, 'Билла Клинтона')]]);
  });
});

describe('readFactRuEval', () => {
  const txt = 'Мэр Москвы Юрий Лужков выступил. Лужков сказал, что губернатор Громов прав.';
  const s = (id: number, type: string, part: string, from = 0) => {
    const [a, b] = span(txt, part, from);
    return `${id} ${type} ${a} ${b - a} 1 1  # 1 ${part}`;
  };
  const files = {
    txt,
    spans: [
      s(1, 'job', 'Мэр'),
      s(2, 'loc_name', 'Москвы'),
      s(3, 'name', 'Юрий'),
      s(4, 'surname', 'Лужков'),
      s(5, 'surname', 'Лужков', 30),
      s(6, 'job', 'губернатор'),
      s(7, 'surname', 'Громов'),
    ].join('\n'),
    objects: ['10 Person 3 4 # Юрий Лужков', '11 Person 5 # Лужков', '12 LocOrg 2 # Москвы', '13 Person 7 # Громов'].join('\n'),
    coref: ['48 10 11', 'firstname Юрий', 'lastname Лужков', '', '49 13', 'lastname Громов', '', '47 12', 'name Москва'].join('\n'),
    facts: [
      '1-0 Occupation',
      'Who obj48 Лужков Юрий',
      'Position span1 Мэр | span6 глава',
      'Where obj47 Москва',
      '',
      '1-1 Occupation',
      'Who obj49 Громов',
      'Where obj47 Москва',
      '',
      '1-2 Meeting',
      'Participant obj48 Лужков Юрий',
    ].join('\n'),
  };

  it('follows facts → coref → objects → spans and keeps role alternatives', () => {
    const gold = readFactRuEval(files);
    expect(gold.pairs).toHaveLength(1); // the fact without a Position is no (person, role) pair
    const pair = gold.pairs[0]!;
    expect(pair.roles).toEqual(['Мэр', 'губернатор']);
    expect(pair.names).toEqual(expect.arrayContaining(['Лужков Юрий', 'Юрий', 'Юрий Лужков']));
    expect(pair.personRanges).toEqual([span(txt, 'Юрий'), span(txt, 'Лужков'), span(txt, 'Лужков', 30)]);
    expect(gold.persons).toHaveLength(3);
    expect(gold.badSpans).toBe(0);
  });
});

describe('KazNERD', () => {
  const iob = [
    'Елбасы B-POSITION', 'Нұрсұлтан B-PERSON', 'Назарбаев I-PERSON', 'сөз O', 'сөйледі O', '. O', '',
    'Асқар I-PERSON', 'Мамин I-PERSON', 'келді O', '. O', '',
  ].join('\n');

  it('parses sentences and builds documents with entity offsets into the joined text', () => {
    const sentences = parseIob2(iob);
    expect(sentences.map((s) => s.tokens.length)).toEqual([6, 4]);
    const [doc] = buildDocuments(sentences, 20);
    expect(doc!.text).toBe('Елбасы Нұрсұлтан Назарбаев сөз сөйледі . Асқар Мамин келді .');
    expect(doc!.entities.map((e) => [e.type, e.text])).toEqual([
      ['POSITION', 'Елбасы'],
      ['PERSON', 'Нұрсұлтан Назарбаев'],
      ['PERSON', 'Асқар Мамин'], // an entity opened by I- (lenient reading)
    ]);
    for (const e of doc!.entities) expect(doc!.text.slice(e.range[0], e.range[1])).toBe(e.text);
  });

  it('splits documents and paragraphs', () => {
    const sentences = Array.from({ length: 12 }, (_, i) => ({ tokens: [`s${i}`, '.'], tags: ['O', 'O'] }));
    const docs = buildDocuments(sentences, 10);
    expect(docs).toHaveLength(2);
    expect(docs[0]!.text.split('\n\n')).toHaveLength(2);
  });
});

describe('scoreMentionsDoc', () => {
  it('scores entity and token overlap', () => {
    const text = 'Асқар Мамин мен Әлия Ислямова келді';
    const tally = emptyMentionTally();
    scoreMentionsDoc(tally, 'd', text, [[span(text, 'Асқар Мамин')], [span(text, 'Әлия Ислямова')]], [span(text, 'Мамин'), span(text, 'келді')]);
    expect(tally).toMatchObject({ goldEntities: 2, goldFound: 1, predSpans: 2, predRight: 1 });
    expect(tally).toMatchObject({ goldTokens: 4, goldTokensCovered: 1, predTokens: 2, predTokensRight: 1 });
  });
});
