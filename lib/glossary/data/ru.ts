/**
 * Russia: federal parliament, regions, security agencies and political vocabulary of Russian media.
 * Pattern syntax: ../pattern.ts.
 */
import type { GlossaryEntryInput } from '../schema';

const OBLAST = {
  en: "Oblast (region), one of the kinds of Russia's federal subjects, headed by a governor.",
  ru: 'Область — один из видов субъектов Российской Федерации во главе с губернатором.',
};

export const ru: GlossaryEntryInput[] = [
  {
    term: 'Госдума', language: 'ru', country: 'RU', forms: ['Госдум{@ru-f}', 'Государственн{@ru-adj} дум{@ru-f}'],
    explanation: {
      en: "State Duma, the lower house of Russia's parliament (Federal Assembly), with 450 deputies.",
      ru: 'Государственная дума — нижняя палата Федерального собрания России, 450 депутатов.',
    },
  },
  {
    term: 'Совет Федерации', language: 'ru', country: 'RU', forms: ['Совет{@ru-m} Федерации', 'Совфед{@ru-m}'],
    explanation: {
      en: "Federation Council, the upper house of Russia's parliament, with two members from each region.",
      ru: 'Совет Федерации — верхняя палата парламента России, по два представителя от каждого региона.',
    },
  },
  {
    term: 'Федеральное собрание', language: 'ru', country: 'RU', forms: ['Федеральн{@ru-adj} собрани{е,я,ю,ем,и}'],
    explanation: {
      en: "Federal Assembly, Russia's parliament: the State Duma and the Federation Council.",
      ru: 'Федеральное собрание — парламент России из Государственной думы и Совета Федерации.',
    },
  },
  {
    term: 'губернатор', language: 'ru', country: 'RU', forms: ['губернатор{@ru-m}'],
    explanation: {
      en: "Governor: the head of one of Russia's regions, elected, or appointed as acting governor by the President until an election.",
      ru: 'Губернатор — глава региона России; избирается, а до выборов Президент назначает временно исполняющего обязанности.',
    },
  },
  {
    term: 'врио', language: 'ru', country: 'RU', forms: ['врио'],
    explanation: {
      en: 'Acting (temporarily appointed) holder of a post, such as an acting governor before an election.',
      ru: 'Временно исполняющий обязанности, например губернатор, назначенный до выборов.',
    },
  },
  {
    term: 'полпред', language: 'ru', country: 'RU',
    forms: ['полпред{@ru-m}', 'полномочн{@ru-adj} представител{ь,я,ю,ем,е,и,ей,ям,ями,ях} президента'],
    explanation: {
      en: "Presidential envoy (plenipotentiary representative) to one of Russia's federal districts.",
      ru: 'Полномочный представитель Президента России в федеральном округе.',
    },
  },
  {
    term: 'силовики', language: 'ru', country: 'RU', forms: ['силовик{@ru-m-k}'],
    explanation: {
      en: '"Siloviki": officials from the security services, military and police, and their faction in politics.',
      ru: 'Выходцы из силовых ведомств (спецслужб, армии, полиции) и их группа влияния в политике.',
    },
  },
  {
    term: 'Роскомнадзор', language: 'ru', country: 'RU', forms: ['Роскомнадзор{@ru-m}', 'РКН'],
    explanation: {
      en: "Roskomnadzor, Russia's media, telecoms and internet regulator, which blocks websites.",
      ru: 'Федеральная служба по надзору в сфере связи, ИТ и СМИ; блокирует сайты.',
    },
  },
  {
    term: 'ФСБ', language: 'ru', country: 'RU', forms: ['ФСБ'],
    explanation: { en: "Federal Security Service, Russia's main security and intelligence agency.", ru: 'Федеральная служба безопасности — главная спецслужба России.' },
  },
  {
    term: 'Следственный комитет', language: 'ru', country: 'RU', forms: ['Следственн{@ru-adj} комитет{@ru-m}', 'СК РФ', 'СКР'],
    explanation: {
      en: "Investigative Committee, Russia's main federal criminal investigation agency, reporting to the President.",
      ru: 'Следственный комитет — федеральный орган уголовного расследования, подчинённый Президенту России.',
    },
  },
  {
    term: 'иноагент', language: 'ru', country: 'RU', forms: ['иноагент{@ru-m}', 'иностранн{@ru-adj} агент{@ru-m}'],
    explanation: {
      en: '"Foreign agent": a status Russia gives to media, groups and people it deems under foreign influence, with labelling duties and restrictions.',
      ru: 'Статус, который власти России присваивают СМИ, организациям и людям «под иностранным влиянием»; влечёт маркировку и ограничения.',
    },
  },
  {
    term: 'Единая Россия', language: 'ru', country: 'RU', forms: ['Един{@ru-adj} Росси{я,и,ю,ей,ею}', 'единорос{с,}{@ru-m}'],
    explanation: {
      en: 'United Russia, the ruling party that backs President Putin and holds most seats in the State Duma.',
      ru: 'Правящая партия России, поддерживающая Президента Путина; большинство в Госдуме.',
    },
  },
  {
    term: 'субъект федерации', language: 'ru', country: 'RU', forms: ['субъект{@ru-m} {федерации,РФ,Российской Федерации}'],
    explanation: {
      en: "Federal subject: one of Russia's regions (republics, krais, oblasts, federal cities and others).",
      ru: 'Регион России: республика, край, область, город федерального значения и др.',
    },
  },
  { term: 'РФ', language: 'ru', country: 'RU', forms: ['РФ'], explanation: { en: 'Russian Federation (abbreviation).', ru: 'Российская Федерация (сокращение).' } },
  {
    term: 'Кремль', language: 'ru', country: 'RU', forms: ['Кремл{ь,я,ю,ем,е}'],
    explanation: {
      en: "The Kremlin: the Moscow fortress housing the President's office; by extension, Russia's leadership.",
      ru: 'Московский Кремль, где работает Президент; в переносном смысле — руководство России.',
    },
  },
  {
    term: 'ЦИК', language: 'ru', country: 'RU', forms: ['ЦИК', 'Центризбирком{@ru-m}'],
    explanation: { en: 'Central Election Commission of Russia, which runs federal elections.', ru: 'Центральная избирательная комиссия России, проводит федеральные выборы.' },
  },
  {
    term: 'Конституционный суд', language: 'ru', country: 'RU', forms: ['Конституционн{@ru-adj} суд{@ru-m}', 'КС РФ'],
    explanation: {
      en: "Russia's Constitutional Court, which rules on whether laws comply with the Constitution.",
      ru: 'Конституционный суд России, проверяющий соответствие законов Конституции.',
    },
  },
  { term: 'область', language: 'ru', country: 'RU', forms: ['област{@ru-f-soft}'], explanation: OBLAST },
  { term: 'oblast', language: 'en', country: 'RU', forms: ['oblast{,s}'], explanation: OBLAST },
  {
    term: 'State Duma', language: 'en', country: 'RU', forms: ['State Duma', 'Duma'],
    explanation: {
      en: "State Duma, the lower house of Russia's parliament (Federal Assembly), with 450 deputies.",
      ru: 'Государственная дума — нижняя палата Федерального собрания России, 450 депутатов.',
    },
  },
];
