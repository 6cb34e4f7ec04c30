/**
 * Kazakhstan: local government, parliament, elections and state bodies, as written in Russian-language,
 * Kazakh-language and English-language Kazakh media. Pattern syntax: ../pattern.ts.
 */
import type { GlossaryEntryInput } from '../schema';

const AKIM = {
  en: 'Head of a local administration in Kazakhstan (region, city, district or rural district); regional akims are appointed by the President, rural akims elected since 2021, district and city akims since 2023.',
  ru: 'Глава местного исполнительного органа в Казахстане (области, города, района, сельского округа); областных акимов назначает Президент, сельских избирают с 2021 года, районных и городских — с 2023-го.',
  kk: 'Қазақстандағы жергілікті атқарушы органның (облыс, қала, аудан, ауылдық округ) басшысы; облыс әкімдерін Президент тағайындайды, ауыл әкімдері 2021 жылдан, аудан және қала әкімдері 2023 жылдан бастап сайланады.',
};
const AKIMAT = {
  en: 'Local executive body (administration) of a region, city or district in Kazakhstan, headed by an akim.',
  ru: 'Местный исполнительный орган (администрация) области, города или района в Казахстане во главе с акимом.',
  kk: 'Қазақстандағы облыстың, қаланың немесе ауданның әкім басқаратын жергілікті атқарушы органы (әкімшілігі).',
};
const MASLIKHAT = {
  en: 'Elected local representative assembly (council) of a region, city or district in Kazakhstan.',
  ru: 'Выборный местный представительный орган (собрание депутатов) области, города или района в Казахстане.',
  kk: 'Қазақстандағы облыстың, қаланың немесе ауданның сайланбалы жергілікті өкілді органы (депутаттар жиналысы).',
};
const MAZHILIS = {
  en: "The Mazhilis, the lower house of Kazakhstan's Parliament, elected by popular vote.",
  ru: 'Мажилис — нижняя палата Парламента Казахстана, избираемая населением.',
  kk: 'Мәжіліс — Қазақстан Парламентінің халық сайлайтын төменгі палатасы.',
};
const SENATE = {
  en: "The upper house of Kazakhstan's Parliament; most senators are elected by members of local councils (maslikhats), some are appointed by the President.",
  ru: 'Верхняя палата Парламента Казахстана; большинство сенаторов избирают депутаты маслихатов, часть назначает Президент.',
  kk: 'Қазақстан Парламентінің жоғарғы палатасы; сенаторлардың көбін мәслихат депутаттары сайлайды, бір бөлігін Президент тағайындайды.',
};
const PARLIAMENT = {
  en: 'Parliament of the Republic of Kazakhstan: the Mazhilis (lower house) and the Senate (upper house).',
  ru: 'Парламент Республики Казахстан из двух палат: Мажилиса (нижней) и Сената (верхней).',
  kk: 'Қазақстан Республикасының екі палаталы Парламенті: Мәжіліс (төменгі) және Сенат (жоғарғы).',
};
const OBLAST = {
  en: 'Region (oblast), the top-level administrative unit of Kazakhstan, headed by an akim; there are 17.',
  ru: 'Область — крупнейшая административно-территориальная единица Казахстана во главе с акимом; их 17.',
  kk: 'Облыс — Қазақстанның әкім басқаратын ең ірі әкімшілік-аумақтық бірлігі; олардың саны 17.',
};
const DISTRICT = {
  en: 'District, the administrative unit below a region in Kazakhstan (also a district of a large city), headed by an akim.',
  ru: 'Район — административная единица в составе области (или крупного города) Казахстана во главе с акимом.',
  kk: 'Аудан — Қазақстанда облыстың (немесе ірі қаланың) құрамындағы, әкім басқаратын әкімшілік бірлік.',
};
const RURAL_DISTRICT = {
  en: 'Rural district, the lowest administrative unit in Kazakhstan, grouping one or more villages under an elected akim.',
  ru: 'Сельский округ — низовая административная единица Казахстана из одного или нескольких сёл с выборным акимом.',
  kk: 'Ауылдық округ — Қазақстанның бір немесе бірнеше ауылды біріктіретін, сайланбалы әкімі бар ең төменгі әкімшілік бірлігі.',
};
const VILLAGE = {
  en: 'Village, in Kazakhstan (Kazakh "auyl").',
  ru: 'Аул — село в Казахстане (каз. «ауыл»).',
  kk: 'Ауыл — Қазақстандағы елді мекен (орысша мәтінде «аул»).',
};
const REPUBLIC = { en: 'Republic of Kazakhstan (abbreviation).', ru: 'Республика Казахстан (сокращение).', kk: 'Қазақстан Республикасы (қысқартылған атауы).' };
const CEC = {
  en: 'Central Election Commission of Kazakhstan, which runs national elections and referendums.',
  ru: 'Центральная избирательная комиссия Казахстана, проводит выборы и референдумы.',
  kk: 'Қазақстанның Орталық сайлау комиссиясы: республикалық сайлаулар мен референдумдарды өткізеді.',
};
const TENGE = { en: "Kazakhstan's national currency (KZT).", ru: 'Национальная валюта Казахстана (KZT).', kk: 'Қазақстанның ұлттық валютасы (KZT).' };
const AKORDA = {
  en: "The President's palace in Astana; by extension, the President's administration.",
  ru: 'Резиденция Президента Казахстана в Астане; в переносном смысле — администрация Президента.',
  kk: 'Қазақстан Президентінің Астанадағы резиденциясы; ауыспалы мағынада — Президент әкімшілігі.',
};
const HEAD_OF_STATE = {
  en: '"Head of state": the usual official way of referring to the President.',
  ru: 'Принятое в официальном языке обозначение Президента страны.',
  kk: 'Ресми тілде ел Президентін осылай атау қалыптасқан.',
};
const CONSTITUTIONAL_COURT = {
  en: "Kazakhstan's Constitutional Court, re-established in 2023 in place of the Constitutional Council; citizens may appeal to it directly.",
  ru: 'Конституционный суд Казахстана, воссозданный в 2023 году вместо Конституционного совета; граждане могут обращаться в него напрямую.',
  kk: 'Қазақстанның Конституциялық соты: 2023 жылы Конституциялық кеңестің орнына қайта құрылды; азаматтар оған тікелей жүгіне алады.',
};
const ELBASY = {
  en: '"Leader of the Nation": the title of Nursultan Nazarbayev, Kazakhstan\'s first President (removed from the Constitution in 2022).',
  ru: '«Лидер нации» — титул первого Президента Казахстана Нурсултана Назарбаева (исключён из Конституции в 2022 году).',
  kk: '«Ұлт көшбасшысы» — Қазақстанның тұңғыш Президенті Нұрсұлтан Назарбаевтың атағы (2022 жылы Конституциядан алынып тасталды).',
};
const KURULTAI = {
  en: 'National Kurultai: an advisory assembly under the President of Kazakhstan, meeting yearly since 2022.',
  ru: 'Национальный курултай — консультативный орган при Президенте Казахстана, собирается ежегодно с 2022 года.',
  kk: 'Ұлттық құрылтай — Қазақстан Президенті жанындағы консультативтік орган, 2022 жылдан бастап жыл сайын жиналады.',
};
const NUR_OTAN = {
  en: "Kazakhstan's long-ruling party founded by Nursultan Nazarbayev, renamed Amanat in 2022.",
  ru: 'Правящая партия Казахстана, созданная Нурсултаном Назарбаевым; в 2022 году переименована в Amanat.',
  kk: 'Нұрсұлтан Назарбаев құрған Қазақстанның билеуші партиясы; 2022 жылы Amanat болып қайта аталды.',
};

export const kz: GlossaryEntryInput[] = [
  // --- Russian-language terms ---
  { term: 'аким', language: 'ru', country: 'KZ', forms: ['аким{@ru-m}'], exclude: ['Аким{ов,ова,ову,овым,ове,овой,овы,овых}'], explanation: AKIM },
  { term: 'акимат', language: 'ru', country: 'KZ', forms: ['акимат{@ru-m}'], explanation: AKIMAT },
  { term: 'маслихат', language: 'ru', country: 'KZ', forms: ['маслихат{@ru-m}'], explanation: MASLIKHAT },
  { term: 'Мажилис', language: 'ru', country: 'KZ', forms: ['мажилис{@ru-m}'], explanation: MAZHILIS },
  {
    term: 'мажилисмен', language: 'ru', country: 'KZ', forms: ['мажилисмен{@ru-m}', 'мажилисменк{@ru-f}'],
    explanation: { en: "Member of the Mazhilis, the lower house of Kazakhstan's Parliament.", ru: 'Депутат Мажилиса, нижней палаты Парламента Казахстана.', kk: 'Қазақстан Парламентінің төменгі палатасы — Мәжілістің депутаты.' },
  },
  { term: 'Сенат', language: 'ru', country: 'KZ', forms: ['сенат{@ru-m}'], explanation: SENATE },
  {
    term: 'Парламент РК', language: 'ru', country: 'KZ',
    forms: ['парламент{@ru-m} РК', 'парламент{@ru-m} Республики Казахстан', 'парламент{@ru-m} Казахстана'],
    explanation: PARLIAMENT,
  },
  { term: 'область', language: 'ru', country: 'KZ', forms: ['област{@ru-f-soft}'], explanation: OBLAST },
  { term: 'район', language: 'ru', country: 'KZ', forms: ['район{@ru-m}'], explanation: DISTRICT },
  { term: 'сельский округ', language: 'ru', country: 'KZ', forms: ['сельск{@ru-adj} округ{@ru-m-k}'], explanation: RURAL_DISTRICT },
  { term: 'аул', language: 'ru', country: 'KZ', forms: ['аул{@ru-m}'], explanation: VILLAGE },
  { term: 'РК', language: 'ru', country: 'KZ', forms: ['РК'], explanation: REPUBLIC },
  {
    term: 'ЦИК', language: 'ru', country: 'KZ',
    forms: ['ЦИК', 'Центральн{@ru-adj} избирательн{@ru-adj} комисси{я,и,ю,ей,ею} Казахстана'],
    explanation: CEC,
  },
  { term: 'тенге', language: 'ru', country: 'KZ', forms: ['тенге'], explanation: TENGE },
  { term: 'Акорда', language: 'ru', country: 'KZ', forms: ['Акорд{@ru-f}'], explanation: AKORDA },
  {
    term: 'Нур Отан', language: 'ru', usedIn: ['kk', 'en'], country: 'KZ',
    forms: ['Нур{ ,-}Отан{*}', 'Нұр{ ,-}Отан{*}', 'Nur{ ,-}Otan'], explanation: NUR_OTAN,
  },
  {
    term: 'Amanat', language: 'ru', usedIn: ['kk', 'en'], country: 'KZ', caseSensitive: true, forms: ['Аманат{*}', 'Amanat'],
    explanation: { en: "Kazakhstan's ruling party, called Nur Otan until 2022.", ru: 'Правящая партия Казахстана, до 2022 года называлась «Нур Отан».', kk: 'Қазақстанның билеуші партиясы, 2022 жылға дейін «Нұр Отан» деп аталған.' },
  },
  {
    term: 'Ак жол', language: 'ru', country: 'KZ', forms: ['Ак{ ,-}жол{,а,у,ом,е}'],
    explanation: { en: 'Ak Zhol, a pro-business party represented in the Mazhilis of Kazakhstan.', ru: 'Партия «Ак жол», представленная в Мажилисе Казахстана.', kk: 'Қазақстан Мәжілісінде өкілдігі бар «Ақ жол» партиясы.' },
  },
  { term: 'глава государства', language: 'ru', country: 'KZ', forms: ['глав{@ru-f} государства'], explanation: HEAD_OF_STATE },
  { term: 'Конституционный суд', language: 'ru', country: 'KZ', forms: ['Конституционн{@ru-adj} суд{@ru-m}'], explanation: CONSTITUTIONAL_COURT },
  { term: 'Курултай', language: 'ru', country: 'KZ', forms: ['Национальн{@ru-adj} курултай{,я,ю,ем,е}', 'Курултай{,я,ю,ем,е}'], explanation: KURULTAI },
  {
    term: 'АНК', language: 'ru', country: 'KZ', forms: ['АНК', 'Ассамбле{я,и,ю,ей,ею} народа Казахстана'],
    explanation: {
      en: 'Assembly of People of Kazakhstan: an advisory body of the country\'s ethnic communities, chaired by the President.',
      ru: 'Ассамблея народа Казахстана — консультативный орган этнокультурных объединений при Президенте.',
      kk: 'Қазақстан халқы Ассамблеясы — Президент жанындағы этномәдени бірлестіктердің консультативтік органы.',
    },
  },
  {
    term: 'КНБ', language: 'ru', country: 'KZ', forms: ['КНБ'],
    explanation: { en: "National Security Committee, Kazakhstan's security and intelligence service.", ru: 'Комитет национальной безопасности — спецслужба Казахстана.', kk: 'Ұлттық қауіпсіздік комитеті — Қазақстанның арнаулы қызметі.' },
  },
  {
    term: 'АФМ', language: 'ru', country: 'KZ', forms: ['АФМ'],
    explanation: {
      en: "Agency for Financial Monitoring, Kazakhstan's financial crimes and anti-money-laundering agency.",
      ru: 'Агентство по финансовому мониторингу — ведомство Казахстана по борьбе с финансовыми преступлениями.',
      kk: 'Қаржылық мониторинг агенттігі — Қазақстанда қаржылық қылмыстармен күресетін мекеме.',
    },
  },
  {
    term: 'Самрук-Казына', language: 'ru', country: 'KZ', forms: ['Самрук{-, }Казын{@ru-f}'],
    explanation: {
      en: "Samruk-Kazyna, Kazakhstan's sovereign wealth fund, owner of the largest state companies.",
      ru: 'Фонд национального благосостояния Казахстана, владеющий крупнейшими госкомпаниями.',
      kk: 'Қазақстанның ірі мемлекеттік компаниялар иесі — ұлттық әл-ауқат қоры.',
    },
  },
  {
    term: 'город областного значения', language: 'ru', country: 'KZ', forms: ['город{@ru-m} областного значения'],
    explanation: {
      en: 'City of regional significance: a city directly under a region, ranking with a district.',
      ru: 'Город, подчинённый непосредственно области и равный по статусу району.',
      kk: 'Облысқа тікелей бағынатын, мәртебесі жағынан ауданға тең қала.',
    },
  },
  {
    term: 'город районного значения', language: 'ru', country: 'KZ', forms: ['город{@ru-m} районного значения'],
    explanation: {
      en: 'Town of district significance: a town under a district; its akim has been elected since 2021.',
      ru: 'Город, подчинённый району; его аким избирается с 2021 года.',
      kk: 'Ауданға бағынатын қала; оның әкімі 2021 жылдан бастап сайланады.',
    },
  },
  {
    term: 'город республиканского значения', language: 'ru', country: 'KZ', forms: ['город{@ru-m} республиканского значения'],
    explanation: {
      en: 'City of republican significance (Astana, Almaty, Shymkent): a city outside any region, under the central government.',
      ru: 'Город, не входящий в область и подчинённый центру: Астана, Алматы, Шымкент.',
      kk: 'Облыс құрамына кірмейтін, орталыққа бағынатын қала: Астана, Алматы, Шымкент.',
    },
  },

  // --- Kazakh-language terms (open suffix: Kazakh adds case and possessive endings in chains) ---
  { term: 'әкім', language: 'kk', country: 'KZ', forms: ['әкім{*}'], explanation: AKIM },
  // к softens to г before a vowel: әкімдік, әкімдігі.
  { term: 'әкімдік', language: 'kk', country: 'KZ', forms: ['әкімді{к,г}{*}'], explanation: AKIMAT },
  { term: 'мәслихат', language: 'kk', country: 'KZ', forms: ['мәслихат{*}'], explanation: MASLIKHAT },
  // Lowercase мәжіліс is any "session"; the chamber is capitalised.
  { term: 'Мәжіліс', language: 'kk', country: 'KZ', caseSensitive: true, forms: ['Мәжіліс{*}'], explanation: MAZHILIS },
  { term: 'Сенат', language: 'kk', country: 'KZ', forms: ['сенат{*}'], explanation: SENATE },
  { term: 'Парламент', language: 'kk', country: 'KZ', forms: ['ҚР Парламент{*}', 'Парламент{*}'], explanation: PARLIAMENT },
  { term: 'облыс', language: 'kk', country: 'KZ', forms: ['облыс{*}'], explanation: OBLAST },
  { term: 'аудан', language: 'kk', country: 'KZ', forms: ['аудан{*}'], explanation: DISTRICT },
  { term: 'ауылдық округ', language: 'kk', country: 'KZ', forms: ['ауылдық округ{*}'], explanation: RURAL_DISTRICT },
  { term: 'ауыл', language: 'kk', country: 'KZ', forms: ['ауыл{*}'], exclude: ['{а,А}уылшаруашылы{*}'], explanation: VILLAGE },
  { term: 'ҚР', language: 'kk', country: 'KZ', forms: ['ҚР'], explanation: REPUBLIC },
  { term: 'ОСК', language: 'kk', country: 'KZ', forms: ['ОСК', 'Орталық сайлау комиссия{*}'], explanation: CEC },
  { term: 'теңге', language: 'kk', country: 'KZ', forms: ['теңге{*}'], explanation: TENGE },
  { term: 'Ақорда', language: 'kk', country: 'KZ', forms: ['Ақорда{*}'], explanation: AKORDA },
  { term: 'Мемлекет басшысы', language: 'kk', country: 'KZ', forms: ['Мемлекет басшы{*}'], explanation: HEAD_OF_STATE },
  { term: 'Конституциялық сот', language: 'kk', country: 'KZ', forms: ['Конституциялық сот{*}'], explanation: CONSTITUTIONAL_COURT },
  { term: 'Ұлттық құрылтай', language: 'kk', country: 'KZ', forms: ['Ұлттық құрылтай{*}'], explanation: KURULTAI },
  { term: 'Елбасы', language: 'kk', usedIn: ['ru', 'en'], country: 'KZ', forms: ['Елбасы{*}', 'Elbasy'], explanation: ELBASY },

  // --- English-language spellings used by Kazakh and foreign media ---
  { term: 'akim', language: 'en', country: 'KZ', forms: ['akim{,s}'], explanation: AKIM },
  { term: 'akimat', language: 'en', country: 'KZ', forms: ['akimat{,s}'], explanation: AKIMAT },
  { term: 'maslikhat', language: 'en', country: 'KZ', forms: ['maslikhat{,s}', 'maslihat{,s}', 'mäslihat{,s}'], explanation: MASLIKHAT },
  { term: 'Mazhilis', language: 'en', country: 'KZ', forms: ['Ma{zh,j}ilis{,man,men}', 'Mäjilis'], explanation: MAZHILIS },
  { term: 'oblast', language: 'en', country: 'KZ', forms: ['oblast{,s}'], explanation: OBLAST },
  { term: 'tenge', language: 'en', country: 'KZ', forms: ['tenge'], explanation: TENGE },
  { term: 'Akorda', language: 'en', country: 'KZ', forms: ['Akorda'], explanation: AKORDA },
  { term: 'National Kurultai', language: 'en', country: 'KZ', forms: ['National {K,Q}urultai'], explanation: KURULTAI },
];
