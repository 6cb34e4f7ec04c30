/**
 * News agencies and outlets that articles cite, in every script they are written in. Shared by all
 * languages (Reuters is Reuters in a Kazakh article too); a domain-like name ("X.kz") needs no entry.
 * `name` is the canonical form shown to the reader; `aliases` are matched as whole words.
 */
export interface Outlet {
  name: string;
  kind: 'agency' | 'outlet';
  aliases: string[];
}

export const OUTLETS: Outlet[] = [
  { name: 'AFP', kind: 'agency', aliases: ['AFP', 'Agence France-Presse', 'Франс Пресс', "l'AFP", 'l’AFP'] },
  { name: 'ANSA', kind: 'agency', aliases: ['ANSA'] },
  { name: 'AP', kind: 'agency', aliases: ['AP', 'Associated Press', 'Ассошиэйтед Пресс'] },
  { name: 'BBC', kind: 'outlet', aliases: ['BBC', 'Би-би-си'] },
  { name: 'Bloomberg', kind: 'agency', aliases: ['Bloomberg', 'Блумберг', 'Bloombergu'] },
  { name: 'CNN', kind: 'outlet', aliases: ['CNN'] },
  { name: 'dpa', kind: 'agency', aliases: ['dpa', 'Deutsche Presse-Agentur'] },
  { name: 'EFE', kind: 'agency', aliases: ['EFE', 'Agencia EFE'] },
  { name: 'Europa Press', kind: 'agency', aliases: ['Europa Press'] },
  { name: 'Fox News', kind: 'outlet', aliases: ['Fox News'] },
  { name: 'Kazinform', kind: 'agency', aliases: ['Kazinform', 'Казинформ', 'ҚазАқпарат', 'Kazinform.kz', 'inform.kz'] },
  { name: 'KazTAG', kind: 'agency', aliases: ['KazTAG', 'КазТАГ'] },
  { name: 'Politico', kind: 'outlet', aliases: ['Politico'] },
  { name: 'Reuters', kind: 'agency', aliases: ['Reuters', 'Рейтер', 'Рейтерс', 'Reuters.com', 'Reutersu'] },
  { name: 'RIA Novosti', kind: 'agency', aliases: ['РИА Новости', 'RIA Novosti', 'РИА «Новости»'] },
  { name: 'RBC', kind: 'outlet', aliases: ['РБК', 'RBC'] },
  { name: 'Sputnik', kind: 'agency', aliases: ['Sputnik', 'Спутник', 'Sputnik Казахстан'] },
  { name: 'TASS', kind: 'agency', aliases: ['TASS', 'ТАСС'] },
  { name: 'Interfax', kind: 'agency', aliases: ['Interfax', 'Интерфакс', 'Интерфакс-Казахстан', 'Interfax-Kazakhstan', 'Інтерфакс-Україна'] },
  { name: 'Tengrinews', kind: 'outlet', aliases: ['Tengrinews', 'Tengrinews.kz', 'Тенгриньюс'] },
  { name: 'The New York Times', kind: 'outlet', aliases: ['The New York Times', 'New York Times', 'Нью-Йорк таймс', 'NYT'] },
  { name: 'The Wall Street Journal', kind: 'outlet', aliases: ['The Wall Street Journal', 'Wall Street Journal', 'WSJ'] },
  { name: 'The Washington Post', kind: 'outlet', aliases: ['The Washington Post', 'Washington Post'] },
  { name: 'The Guardian', kind: 'outlet', aliases: ['The Guardian', 'Guardian'] },
  { name: 'Ukrinform', kind: 'agency', aliases: ['Ukrinform', 'Укрінформ', 'Укринформ'] },
  { name: 'UNIAN', kind: 'agency', aliases: ['UNIAN', 'УНІАН', 'УНИАН'] },
  { name: 'Xinhua', kind: 'agency', aliases: ['Xinhua', 'Синьхуа'] },
  { name: 'Kommersant', kind: 'outlet', aliases: ['Коммерсант', 'Коммерсантъ', 'Kommersant'] },
  { name: 'Vedomosti', kind: 'outlet', aliases: ['Ведомости', 'Vedomosti'] },
  { name: 'Meduza', kind: 'outlet', aliases: ['Медуза', 'Meduza'] },
  { name: 'Le Monde', kind: 'outlet', aliases: ['Le Monde'] },
  { name: 'Der Spiegel', kind: 'outlet', aliases: ['Der Spiegel', 'Spiegel'] },
  { name: 'El País', kind: 'outlet', aliases: ['El País'] },
  { name: 'Zakon.kz', kind: 'outlet', aliases: ['Zakon.kz', 'Закон.кз'] },
  { name: 'Orda.kz', kind: 'outlet', aliases: ['Orda.kz'] },
  { name: 'Vlast.kz', kind: 'outlet', aliases: ['Vlast.kz', 'Власть.kz'] },
  { name: 'Хабар 24', kind: 'outlet', aliases: ['Хабар 24', 'Khabar 24', 'Хабар'] },
  { name: 'Azattyq', kind: 'outlet', aliases: ['Azattyq', 'Азаттык', 'Азаттық', 'Радио Азаттык'] },
  // Czech outlets and agencies, with the case forms articles cite them in ("podle České televize", "řekl Novinkám").
  { name: 'ČTK', kind: 'agency', aliases: ['ČTK', 'Česká tisková kancelář', 'České tiskové kanceláře', 'České tiskové kanceláři'] },
  { name: 'TASR', kind: 'agency', aliases: ['TASR'] },
  { name: 'ČT24', kind: 'outlet', aliases: ['ČT24', 'ČT', 'Česká televize', 'České televize', 'České televizi', 'Českou televizí'] },
  { name: 'Český rozhlas', kind: 'outlet', aliases: ['Český rozhlas', 'Českého rozhlasu', 'Českému rozhlasu', 'Českém rozhlase', 'ČRo', 'Radiožurnál', 'Radiožurnálu'] },
  { name: 'iROZHLAS', kind: 'outlet', aliases: ['iROZHLAS', 'iROZHLAS.cz'] },
  { name: 'Novinky.cz', kind: 'outlet', aliases: ['Novinky.cz', 'Novinkám', 'Novinkách'] },
  { name: 'Seznam Zprávy', kind: 'outlet', aliases: ['Seznam Zprávy', 'Seznam Zpráv', 'Seznam Zprávám', 'Seznam Zprávách'] },
  { name: 'Deník N', kind: 'outlet', aliases: ['Deník N', 'Deníku N'] },
  { name: 'Aktuálně.cz', kind: 'outlet', aliases: ['Aktuálně.cz'] },
  { name: 'iDNES.cz', kind: 'outlet', aliases: ['iDNES.cz', 'iDNES', 'MF DNES', 'Mladá fronta DNES', 'Mladé fronty DNES'] },
  { name: 'Hospodářské noviny', kind: 'outlet', aliases: ['Hospodářské noviny', 'Hospodářských novin', 'Hospodářským novinám'] },
  { name: 'Lidové noviny', kind: 'outlet', aliases: ['Lidové noviny', 'Lidových novin', 'Lidovým novinám'] },
  { name: 'Právo', kind: 'outlet', aliases: ['deník Právo', 'deníku Právo'] },
  // Not bare "Respekt": a common noun in German.
  { name: 'Respekt', kind: 'outlet', aliases: ['týdeník Respekt', 'týdeníku Respekt', 'Respekt.cz'] },
  { name: 'Echo24', kind: 'outlet', aliases: ['Echo24', 'Echo24.cz'] },
  { name: 'CNN Prima News', kind: 'outlet', aliases: ['CNN Prima News'] },
  { name: 'Profimedia', kind: 'agency', aliases: ['Profimedia', 'Profimedia.cz'] },
];

/** Top-level domains that make a word a site name ("orda.kz", "Altaynews.kz"). */
export const SITE_TLDS = ['by', 'com', 'cz', 'de', 'es', 'fr', 'info', 'kg', 'kz', 'media', 'net', 'news', 'org', 'ru', 'sk', 'tv', 'ua', 'uk', 'uz', 'қаз'];
