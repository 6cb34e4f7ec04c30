/**
 * France: Parliament, the executive and its metonyms (Matignon, l'Élysée, Bercy), the prefects and
 * local councils. Capital É is often written E, so such forms allow both. Pattern syntax: ../pattern.ts.
 */
import type { GlossaryEntryInput } from '../schema';

export const fr: GlossaryEntryInput[] = [
  {
    term: 'Assemblée nationale', language: 'fr', usedIn: ['en'], country: 'FR', forms: ['Assembl{é,e}e nationale'],
    explanation: {
      en: "National Assembly, the lower and more powerful house of France's Parliament (577 deputies).",
      ru: 'Национальное собрание — нижняя и более влиятельная палата парламента Франции (577 депутатов).',
    },
  },
  {
    term: 'Sénat', language: 'fr', country: 'FR', forms: ['S{é,e}nat'],
    explanation: {
      en: "Senate, the upper house of France's Parliament, elected indirectly by local officials.",
      ru: 'Сенат — верхняя палата парламента Франции, избираемая косвенно выборщиками из местных депутатов.',
    },
  },
  {
    term: 'préfet', language: 'fr', country: 'FR', forms: ['préf{et,ets,ète,ètes}'],
    explanation: {
      en: "Prefect: the State's representative in a French department or region, appointed by the government.",
      ru: 'Префект — представитель государства в департаменте или регионе Франции, назначается правительством.',
    },
  },
  {
    term: 'préfecture', language: 'fr', country: 'FR', forms: ['préfecture{,s}'],
    explanation: {
      en: "Prefecture: the State's administration in a French department, run by the prefect; also the department's chief town.",
      ru: 'Префектура — администрация государства в департаменте Франции во главе с префектом; также главный город департамента.',
    },
  },
  {
    term: 'maire', language: 'fr', country: 'FR', forms: ['maire{,s}'],
    explanation: { en: 'Mayor: the head of a French commune, elected by the municipal council.', ru: 'Мэр французской коммуны, избираемый муниципальным советом.' },
  },
  {
    term: 'conseil municipal', language: 'fr', country: 'FR', forms: ['conseil{,s} municipa{l,ux}'],
    explanation: {
      en: 'Municipal council: the elected council of a French commune, which elects the mayor.',
      ru: 'Муниципальный совет — выборный совет коммуны во Франции, избирает мэра.',
    },
  },
  {
    term: 'conseil départemental', language: 'fr', country: 'FR', forms: ['conseil{,s} départementa{l,ux}'],
    explanation: {
      en: 'Departmental council: the elected assembly of a French department (social aid, roads, secondary schools).',
      ru: 'Совет департамента — выборное собрание департамента Франции (соцпомощь, дороги, коллежи).',
    },
  },
  {
    term: 'conseil régional', language: 'fr', country: 'FR', forms: ['conseil{,s} régiona{l,ux}'],
    explanation: {
      en: 'Regional council: the elected assembly of a French region (transport, high schools, economic development).',
      ru: 'Региональный совет — выборное собрание региона Франции (транспорт, лицеи, экономика).',
    },
  },
  {
    term: 'département', language: 'fr', country: 'FR', forms: ['département{,s}'],
    explanation: {
      en: "Department: one of France's 101 administrative divisions, between the region and the commune.",
      ru: 'Департамент — одна из 101 административных единиц Франции, между регионом и коммуной.',
    },
  },
  {
    term: 'Matignon', language: 'fr', usedIn: ['en'], country: 'FR', caseSensitive: true, forms: ['Matignon'],
    explanation: {
      en: "Hôtel Matignon, the Prime Minister's residence; by extension, the French Prime Minister and government.",
      ru: 'Отель Матиньон — резиденция премьер-министра; в переносном смысле — премьер-министр и правительство Франции.',
    },
  },
  {
    term: 'Élysée', language: 'fr', usedIn: ['en'], country: 'FR', forms: ["palais de l'{É,E}lysée", '{É,E}lysée'],
    explanation: {
      en: "The Élysée Palace, the French President's residence; by extension, the presidency.",
      ru: 'Елисейский дворец — резиденция Президента Франции; в переносном смысле — президентская власть.',
    },
  },
  {
    term: 'Conseil constitutionnel', language: 'fr', country: 'FR', forms: ['Conseil constitutionnel'],
    explanation: {
      en: 'Constitutional Council, which checks that French laws comply with the Constitution.',
      ru: 'Конституционный совет Франции, проверяющий соответствие законов Конституции.',
    },
  },
  {
    term: "Conseil d'État", language: 'fr', country: 'FR', forms: ["Conseil d'{É,E}tat"],
    explanation: {
      en: "Council of State: France's highest administrative court and the government's legal adviser.",
      ru: 'Государственный совет — высший административный суд Франции и юридический советник правительства.',
    },
  },
  {
    term: 'garde des Sceaux', language: 'fr', country: 'FR', forms: ['garde{,s} des Sceaux'],
    explanation: { en: "Keeper of the Seals: the traditional title of France's Minister of Justice.", ru: 'Хранитель печати — традиционный титул министра юстиции Франции.' },
  },
  {
    term: '49.3', language: 'fr', country: 'FR', forms: ['49{.,-}3'],
    explanation: {
      en: 'Article 49.3 of the Constitution: lets the government pass a bill without a vote unless a no-confidence motion succeeds.',
      ru: 'Статья 49.3 Конституции Франции: правительство принимает закон без голосования, если не пройдёт вотум недоверия.',
    },
  },
  {
    term: 'Beauvau', language: 'fr', country: 'FR', caseSensitive: true, forms: ['place Beauvau', 'Beauvau'],
    explanation: { en: 'Place Beauvau: by metonymy, the French Interior Ministry.', ru: 'Площадь Бово — в переносном смысле министерство внутренних дел Франции.' },
  },
  {
    term: "Quai d'Orsay", language: 'fr', country: 'FR', forms: ["Quai d'Orsay"],
    explanation: { en: 'Quai d\'Orsay: by metonymy, the French Foreign Ministry.', ru: 'Набережная Орсе — в переносном смысле МИД Франции.' },
  },
  {
    term: 'Bercy', language: 'fr', country: 'FR', caseSensitive: true, forms: ['Bercy'],
    explanation: { en: 'Bercy: by metonymy, the French Economy and Finance Ministry (its Paris address).', ru: 'Берси — в переносном смысле министерство экономики и финансов Франции (по адресу в Париже).' },
  },
];
