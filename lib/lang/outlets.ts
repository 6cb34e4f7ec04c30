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
  { name: 'dpa', kind: 'agency', aliases: ['dpa', 'Deutsche Presse-Agentur', 'Deutschen Presse-Agentur'] },
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
  // French outlets, also after a contracted article ("au Parisien", "du Figaro").
  { name: 'Le Parisien', kind: 'outlet', aliases: ['Le Parisien', 'Parisien'] },
  { name: 'Le Figaro', kind: 'outlet', aliases: ['Le Figaro', 'Figaro'] },
  { name: 'Libération', kind: 'outlet', aliases: ['Libération'] },
  { name: 'Ouest-France', kind: 'outlet', aliases: ['Ouest-France'] },
  { name: 'La Provence', kind: 'outlet', aliases: ['La Provence'] },
  { name: 'Le Progrès', kind: 'outlet', aliases: ['Le Progrès'] },
  { name: "L'Équipe", kind: 'outlet', aliases: ["L'Équipe", 'L’Équipe'] },
  { name: 'Sud Ouest', kind: 'outlet', aliases: ['Sud Ouest', 'Sud-Ouest'] },
  { name: 'La Dépêche du Midi', kind: 'outlet', aliases: ['La Dépêche du Midi', 'La Dépêche'] },
  { name: 'Le Télégramme', kind: 'outlet', aliases: ['Le Télégramme'] },
  { name: 'La Voix du Nord', kind: 'outlet', aliases: ['La Voix du Nord'] },
  { name: 'Le Dauphiné libéré', kind: 'outlet', aliases: ['Le Dauphiné libéré', 'Le Dauphiné'] },
  { name: 'Les Échos', kind: 'outlet', aliases: ['Les Échos', 'Les Echos'] },
  { name: 'RFI', kind: 'outlet', aliases: ['RFI', 'Radio France internationale', 'France 24'] },
  { name: 'France Bleu', kind: 'outlet', aliases: ['France Bleu', 'ici Radio France'] },
  { name: 'franceinfo', kind: 'outlet', aliases: ['franceinfo', 'France Info', 'France Inter', 'France Télévisions', 'France 2', 'France 3'] },
  { name: 'BFMTV', kind: 'outlet', aliases: ['BFMTV', 'BFM TV', 'RMC'] },
  { name: 'Der Spiegel', kind: 'outlet', aliases: ['Der Spiegel', 'Spiegel'] },
  { name: 'Süddeutsche Zeitung', kind: 'outlet', aliases: ['Süddeutsche Zeitung', 'Süddeutschen Zeitung'] },
  { name: 'Frankfurter Allgemeine Zeitung', kind: 'outlet', aliases: ['Frankfurter Allgemeine Zeitung', 'Frankfurter Allgemeinen Zeitung', 'FAZ'] },
  { name: 'Bild', kind: 'outlet', aliases: ['Bild-Zeitung', 'Bild.de'] },
  { name: 'ARD', kind: 'outlet', aliases: ['ARD', 'ZDF', 'Tagesschau', 'MDR', 'NDR', 'WDR', 'SWR', 'Bayerischer Rundfunk', 'Bayerischen Rundfunk', 'Radio Bremen', 'Deutschlandfunk', 'Hessischer Rundfunk', 'Hessischen Rundfunk', 'Norddeutscher Rundfunk', 'Norddeutschen Rundfunk', 'Westdeutscher Rundfunk', 'Westdeutschen Rundfunk', 'Mitteldeutscher Rundfunk', 'Mitteldeutschen Rundfunk', 'Südwestrundfunk', 'Rundfunk Berlin-Brandenburg', 'Saarländischer Rundfunk', 'Saarländischen Rundfunk'] },
  { name: 'KNA', kind: 'agency', aliases: ['KNA', 'epd'] },
  { name: 'IMAGO', kind: 'agency', aliases: ['IMAGO', 'imago images'] },
  { name: 'picture alliance', kind: 'agency', aliases: ['picture alliance', 'picture-alliance'] },
  { name: 'Getty Images', kind: 'agency', aliases: ['Getty Images', 'Getty'] },
  { name: 'PA Media', kind: 'agency', aliases: ['PA Media', 'Press Association', 'PA Wire'] },
  { name: 'El País', kind: 'outlet', aliases: ['El País'] },
  // Spanish and Mexican outlets and photo agencies.
  { name: 'El Mundo', kind: 'outlet', aliases: ['El Mundo'] },
  { name: 'La Vanguardia', kind: 'outlet', aliases: ['La Vanguardia'] },
  { name: 'RTVE', kind: 'outlet', aliases: ['RTVE', 'TVE', 'Cadena SER', 'Cadena COPE', 'Onda Cero'] },
  { name: 'La Jornada', kind: 'outlet', aliases: ['La Jornada'] },
  { name: 'El Universal', kind: 'outlet', aliases: ['El Universal'] },
  { name: 'Milenio', kind: 'outlet', aliases: ['Milenio'] },
  // Argentine agencies and national outlets.
  { name: 'Noticias Argentinas', kind: 'agency', aliases: ['Noticias Argentinas'] },
  { name: 'Télam', kind: 'agency', aliases: ['Télam', 'Telam'] },
  { name: 'Clarín', kind: 'outlet', aliases: ['Clarín'] },
  { name: 'La Nación', kind: 'outlet', aliases: ['La Nación'] },
  { name: 'Infobae', kind: 'outlet', aliases: ['Infobae'] },
  { name: 'Página/12', kind: 'outlet', aliases: ['Página/12', 'Página 12'] },
  { name: 'Cuartoscuro', kind: 'agency', aliases: ['Cuartoscuro'] },
  { name: 'Notimex', kind: 'agency', aliases: ['Notimex'] },
  { name: 'Zakon.kz', kind: 'outlet', aliases: ['Zakon.kz', 'Закон.кз'] },
  { name: 'Orda.kz', kind: 'outlet', aliases: ['Orda.kz'] },
  { name: 'Vlast.kz', kind: 'outlet', aliases: ['Vlast.kz', 'Власть.kz'] },
  { name: 'Хабар 24', kind: 'outlet', aliases: ['Хабар 24', 'Khabar 24', 'Хабар'] },
  // Ukrainian outlets, with the case forms articles cite them in ("в ефірі «Суспільного»").
  { name: 'Suspilne', kind: 'outlet', aliases: ['Суспільне', 'Суспільного', 'Суспільному', 'Suspilne'] },
  { name: 'Ukrainska Pravda', kind: 'outlet', aliases: ['Українська правда', 'Української правди', 'Українській правді', 'УП'] },
  { name: 'Hromadske', kind: 'outlet', aliases: ['Громадське', 'Громадського', 'Hromadske'] },
  { name: 'RBC-Ukraine', kind: 'outlet', aliases: ['РБК-Україна', 'RBC-Ukraine'] },
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

/**
 * Lowercase words that may join the capitalised words of one source name ("Institut für Demoskopie
 * Allensbach", "Confederación Hidrográfica del Guadalquivir", "Bank of England").
 */
export const SOURCE_NAME_LINKS: readonly string[] = ['and', 'de', 'del', 'der', 'des', 'di', 'du', 'for', 'für', 'la', 'of', 'the', 'und'];

/** Top-level domains that make a word a site name ("orda.kz", "Altaynews.kz"). */
export const SITE_TLDS = ['by', 'com', 'cz', 'de', 'es', 'fr', 'info', 'kg', 'kz', 'media', 'net', 'news', 'org', 'ru', 'sk', 'tv', 'ua', 'uk', 'uz', 'қаз'];

/**
 * Head words that end an outlet's name in many languages ("Leipziger Volkszeitung", "Ostsee-Zeitung",
 * "Kieler Nachrichten", "Denver Post", "Daily Herald", "Павлодар Ньюс"): a capitalised name after a
 * citation cue ending in one (or, written as one word, ending with one) is a newspaper or a broadcaster.
 */
export const OUTLET_HEADS: readonly string[] = [
  'allgemeine', 'anzeiger', 'blatt', 'bote', 'courier', 'daily', 'gazette', 'gazeta', 'herald', 'info', 'journal', 'kurier',
  'media', 'medien', 'nachrichten', 'news', 'post', 'presse', 'radio', 'rundschau', 'times', 'tribune', 'tv', 'zeitung',
  'zeitungen', 'медиа', 'медіа', 'ньюс', 'инфо', 'інфо', 'пресс', 'тв', 'фм', 'fm',
];
