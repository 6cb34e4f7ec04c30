/**
 * Germany: federal and state parliaments and governments, local offices and coalition shorthand.
 * German compounds (Bundestagswahl, Landtagsabgeordnete) are matched through the open suffix {*}.
 * Pattern syntax: ../pattern.ts.
 */
import type { GlossaryEntryInput } from '../schema';

export const de: GlossaryEntryInput[] = [
  {
    term: 'Bundestag', language: 'de', usedIn: ['en', 'fr'], country: 'DE', forms: ['Bundestag{*}'],
    explanation: {
      en: "The Bundestag, Germany's federal parliament, elected by the people; it elects the Chancellor.",
      ru: 'Бундестаг — федеральный парламент Германии, избираемый гражданами; избирает канцлера.',
    },
  },
  {
    term: 'Bundesrat', language: 'de', usedIn: ['en', 'fr'], country: 'DE', forms: ['Bundesrat{*}', 'Bundesrät{*}'],
    explanation: {
      en: "The Bundesrat, the chamber through which Germany's 16 state governments take part in federal lawmaking.",
      ru: 'Бундесрат — палата, через которую правительства 16 земель Германии участвуют в федеральном законодательстве.',
    },
  },
  {
    term: 'Bundeskanzler', language: 'de', country: 'DE', forms: ['Bundeskanzler{*}'],
    explanation: {
      en: "Federal Chancellor, the head of Germany's government, elected by the Bundestag.",
      ru: 'Федеральный канцлер — глава правительства Германии, избираемый бундестагом.',
    },
  },
  {
    term: 'Bundeskanzleramt', language: 'de', country: 'DE', forms: ['Bundeskanzleramt{*}', 'Kanzleramt{*}'],
    explanation: { en: "Federal Chancellery, the Chancellor's office in Berlin.", ru: 'Ведомство федерального канцлера Германии в Берлине.' },
  },
  {
    term: 'Bundespräsident', language: 'de', country: 'DE', forms: ['Bundespräsident{*}'],
    explanation: {
      en: "Federal President, Germany's head of state, a largely ceremonial office.",
      ru: 'Федеральный президент — глава государства Германии с преимущественно представительскими функциями.',
    },
  },
  {
    term: 'Bundesregierung', language: 'de', country: 'DE', forms: ['Bundesregierung{*}'],
    explanation: { en: 'The federal government of Germany: the Chancellor and the federal ministers.', ru: 'Федеральное правительство Германии: канцлер и федеральные министры.' },
  },
  {
    term: 'Bundesland', language: 'de', country: 'DE', forms: ['Bundesl{a,ä}nd{*}'],
    explanation: { en: "Federal state (Land), one of Germany's 16 states, with its own parliament and government.", ru: 'Федеральная земля — один из 16 субъектов Германии со своим парламентом и правительством.' },
  },
  {
    term: 'Landtag', language: 'de', usedIn: ['en'], country: 'DE', forms: ['Landtag{*}'],
    explanation: {
      en: "Landtag: the parliament of one of Germany's 16 states (Länder).",
      ru: 'Ландтаг — парламент одной из 16 федеральных земель Германии.',
    },
  },
  {
    term: 'Ministerpräsident', language: 'de', country: 'DE', forms: ['Ministerpräsident{*}'],
    explanation: {
      en: 'Minister-President: the head of government of a German state (Land).',
      ru: 'Премьер-министр (министр-президент) федеральной земли Германии.',
    },
  },
  {
    term: 'Kreistag', language: 'de', country: 'DE', forms: ['Kreistag{*}'],
    explanation: { en: 'Kreistag: the elected council of a German rural district (Kreis).', ru: 'Крайстаг — выборное собрание района (крайса) в Германии.' },
  },
  {
    term: 'Landrat', language: 'de', country: 'DE', forms: ['Landrat{*}', 'Landrät{*}'],
    explanation: {
      en: "Landrat: the head of a German rural district's administration, usually directly elected.",
      ru: 'Ландрат — глава администрации района (крайса) в Германии, обычно избирается напрямую.',
    },
  },
  {
    term: 'Oberbürgermeister', language: 'de', country: 'DE', forms: ['Oberbürgermeister{*}', 'OB'],
    explanation: {
      en: 'Lord mayor: the mayor of a larger German city, usually directly elected.',
      ru: 'Обер-бургомистр — мэр крупного города Германии, обычно избирается напрямую.',
    },
  },
  {
    term: 'Bürgermeister', language: 'de', country: 'DE', forms: ['Bürgermeister{*}'],
    explanation: { en: 'Mayor of a German town or municipality, usually directly elected.', ru: 'Бургомистр — мэр города или общины в Германии, обычно избирается напрямую.' },
  },
  {
    term: 'Bundesverfassungsgericht', language: 'de', country: 'DE', forms: ['Bundesverfassungsgericht{*}', 'BVerfG'],
    explanation: {
      en: "Federal Constitutional Court in Karlsruhe, Germany's highest court on constitutional matters.",
      ru: 'Федеральный конституционный суд Германии в Карлсруэ.',
    },
  },
  {
    term: 'Ampel', language: 'de', country: 'DE', forms: ['Ampel{-,}{k,K}oalition{*}', 'Ampelregierung{*}'],
    explanation: {
      en: '"Traffic-light coalition": the SPD, Greens and FDP federal government of 2021–2024.',
      ru: '«Светофорная коалиция» — федеральное правительство СДПГ, «зелёных» и СвДП в 2021–2024 годах.',
    },
  },
  {
    term: 'Große Koalition', language: 'de', country: 'DE', forms: ['Gro{ß,ss}{e,en} Koalition{,en}', 'GroKo'],
    explanation: {
      en: '"Grand coalition": a government of the two largest parties, CDU/CSU and SPD.',
      ru: '«Большая коалиция» — правительство двух крупнейших партий, ХДС/ХСС и СДПГ.',
    },
  },
  {
    term: 'MdB', language: 'de', country: 'DE', caseSensitive: true, forms: ['MdB'],
    explanation: { en: 'Mitglied des Bundestages: a member of the German federal parliament.', ru: 'Член бундестага, депутат федерального парламента Германии.' },
  },
  {
    term: 'Fraktion', language: 'de', country: 'DE', forms: ['Fraktion{*}'],
    explanation: { en: "Parliamentary group: a party's members in a German parliament.", ru: 'Фракция — депутаты одной партии в парламенте Германии.' },
  },
];
