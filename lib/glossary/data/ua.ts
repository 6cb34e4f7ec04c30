/**
 * Ukraine: parliament, government, wartime administrations, anti-corruption bodies and local
 * self-government, as written in Ukrainian, in Russian-language Ukrainian media and in English.
 * Pattern syntax: ../pattern.ts.
 */
import type { GlossaryEntryInput } from '../schema';

const RADA = {
  en: "Verkhovna Rada, Ukraine's single-chamber parliament (450 seats).",
  ru: 'Верховная Рада — однопалатный парламент Украины (450 мест).',
  uk: 'Верховна Рада — однопалатний парламент України (450 місць).',
};
const MP = {
  en: "People's Deputy: a member of Ukraine's parliament, the Verkhovna Rada.",
  ru: 'Народный депутат — член парламента Украины, Верховной Рады.',
};
const OVA = {
  en: 'Regional military administration: since martial law in 2022, the presidentially appointed body running a Ukrainian region.',
  ru: 'Областная военная администрация — с введения военного положения в 2022 году управляет областью Украины; глава назначается Президентом.',
};
const OBLAST = {
  en: 'Oblast (region), the top-level administrative unit of Ukraine; there are 24, plus Crimea.',
  ru: 'Область — крупнейшая административная единица Украины; их 24, плюс Крым.',
};
const HROMADA = {
  en: "Hromada: a territorial community (municipality), Ukraine's basic unit of local self-government since the 2020 reform.",
  ru: 'Громада — территориальная община, базовая единица местного самоуправления Украины после реформы 2020 года.',
};

export const ua: GlossaryEntryInput[] = [
  { term: 'Верховна Рада', language: 'uk', country: 'UA', forms: ['Верховн{@uk-adj} Рад{@uk-f}', 'ВР', 'ВРУ'], explanation: RADA },
  // Lowercase "рада" is any council (міська рада); capitalised, it is the parliament.
  { term: 'Рада', language: 'uk', country: 'UA', caseSensitive: true, forms: ['Рад{@uk-f}'], explanation: RADA },
  { term: 'народний депутат', language: 'uk', country: 'UA', forms: ['народн{@uk-adj} депутат{@uk-m}', 'нардеп{@uk-m}'], explanation: MP },
  {
    term: 'Кабмін', language: 'uk', country: 'UA', forms: ['Кабмін{@uk-m}', 'Кабінет{@uk-m} Міністрів'],
    explanation: { en: "Cabinet of Ministers, Ukraine's government, headed by the Prime Minister.", ru: 'Кабинет министров — правительство Украины во главе с премьер-министром.' },
  },
  {
    term: 'ОВА', language: 'uk', usedIn: ['ru'], country: 'UA',
    forms: ['ОВА', 'обласн{@uk-adj} військов{@uk-adj} адміністраці{я,ї,ю,єю}'], explanation: OVA,
  },
  {
    term: 'ОДА', language: 'uk', usedIn: ['ru'], country: 'UA',
    forms: ['ОДА', 'обласн{@uk-adj} державн{@uk-adj} адміністраці{я,ї,ю,єю}'],
    explanation: {
      en: 'Regional state administration: the executive of a Ukrainian region, headed by a presidential appointee; run as a military administration under martial law.',
      ru: 'Областная государственная администрация — исполнительная власть области Украины; при военном положении действует как военная администрация.',
    },
  },
  {
    term: 'СБУ', language: 'uk', usedIn: ['ru'], country: 'UA', forms: ['СБУ'],
    explanation: { en: "Security Service of Ukraine, the country's main security and counter-intelligence agency.", ru: 'Служба безопасности Украины — главная спецслужба страны.' },
  },
  {
    term: 'НАБУ', language: 'uk', usedIn: ['ru'], country: 'UA', forms: ['НАБУ'],
    explanation: {
      en: 'National Anti-Corruption Bureau of Ukraine, which investigates high-level corruption.',
      ru: 'Национальное антикоррупционное бюро Украины, расследует коррупцию высших чиновников.',
    },
  },
  {
    term: 'САП', language: 'uk', usedIn: ['ru'], country: 'UA', forms: ['САП'],
    explanation: {
      en: "Specialised Anti-Corruption Prosecutor's Office of Ukraine, which prosecutes the cases NABU investigates.",
      ru: 'Специализированная антикоррупционная прокуратура Украины, поддерживает обвинение по делам НАБУ.',
    },
  },
  { term: 'громада', language: 'uk', country: 'UA', forms: ['територіальн{@uk-adj} громад{@uk-f}', 'громад{@uk-f}'], explanation: HROMADA },
  {
    term: 'облрада', language: 'uk', country: 'UA', forms: ['облрад{@uk-f}', 'обласн{@uk-adj} рад{@uk-f}'],
    explanation: { en: 'Regional council: the elected assembly of a Ukrainian region (oblast).', ru: 'Областной совет — выборное собрание области Украины.' },
  },
  {
    term: 'міськрада', language: 'uk', country: 'UA', forms: ['міськрад{@uk-f}', 'міськ{@uk-adj} рад{@uk-f}'],
    explanation: { en: 'City council: the elected assembly of a Ukrainian city.', ru: 'Городской совет — выборное собрание города в Украине.' },
  },
  {
    term: 'староста', language: 'uk', country: 'UA', forms: ['старост{@uk-f}'],
    explanation: {
      en: 'Starosta: the official representing a village within a hromada (municipality) in Ukraine.',
      ru: 'Староста — представитель села в составе громады (общины) в Украине.',
    },
  },
  {
    term: 'ЦВК', language: 'uk', country: 'UA', forms: ['ЦВК'],
    explanation: { en: 'Central Election Commission of Ukraine.', ru: 'Центральная избирательная комиссия Украины.' },
  },
  {
    term: 'Офіс Президента', language: 'uk', country: 'UA', forms: ['Офіс{,у,і,ом} Президента'],
    explanation: { en: "Office of the President of Ukraine, the head of state's administration.", ru: 'Офис Президента Украины — администрация главы государства.' },
  },
  {
    term: 'РНБО', language: 'uk', country: 'UA', forms: ['РНБО', 'Рад{@uk-f} національної безпеки і оборони'],
    explanation: {
      en: "National Security and Defence Council of Ukraine, chaired by the President; its decisions impose sanctions.",
      ru: 'Совет национальной безопасности и обороны Украины под председательством Президента; вводит санкции.',
    },
  },
  {
    term: 'ТЦК', language: 'uk', usedIn: ['ru'], country: 'UA', forms: ['ТЦК'],
    explanation: {
      en: "Territorial recruitment centre: Ukraine's military enlistment office, in charge of mobilisation.",
      ru: 'Территориальный центр комплектования — военкомат Украины, отвечает за мобилизацию.',
    },
  },
  {
    term: 'гривня', language: 'uk', country: 'UA', forms: ['гривн{я,і,ю,ею,ям,ями,ях}', 'гривень'],
    explanation: { en: "Hryvnia, Ukraine's currency (UAH).", ru: 'Гривна — национальная валюта Украины (UAH).' },
  },
  { term: 'область', language: 'uk', country: 'UA', forms: ['област{ь,і,ю,ей,ям,ями,ях}'], explanation: OBLAST },

  // --- Russian-language Ukrainian media ---
  { term: 'Верховная Рада', language: 'ru', country: 'UA', forms: ['Верховн{@ru-adj} Рад{@ru-f}', 'ВР', 'ВРУ'], explanation: RADA },
  { term: 'нардеп', language: 'ru', country: 'UA', forms: ['нардеп{@ru-m}'], explanation: MP },
  { term: 'область', language: 'ru', country: 'UA', forms: ['област{@ru-f-soft}'], explanation: OBLAST },

  // --- English ---
  { term: 'Verkhovna Rada', language: 'en', country: 'UA', forms: ['Verkhovna Rada'], explanation: RADA },
  { term: 'hromada', language: 'en', country: 'UA', forms: ['hromad{a,as,y}'], explanation: HROMADA },
  { term: 'oblast', language: 'en', country: 'UA', forms: ['oblast{,s}'], explanation: OBLAST },
];
