/**
 * Czech lexicon for attribution: „…“ and »…« quotes, speech verbs as l-participles by gender and number
 * (řekl/řekla/řekli/řeklo/řekly) and in the present (říká/říkají), "podle X" and "jak uvedl X",
 * ČTK-style source cues, titles with their feminine forms (ministr/ministryně), Czech name endings
 * (Babiše/Babišovi/Babišem, Schillerová/Schillerové/Schillerovou). Written for the project (issue 14).
 * Name morphology is the West Slavic table (lib/lang/morphology/west-slavic.ts, which also drafts what the
 * engine does not read yet: fleeting e, k/c alternations, dropped subjects).
 */
import { WEST_SLAVIC } from './morphology/west-slavic';
import type { Lexicon } from './schema';

export const cs: Lexicon = {
  code: 'cs',
  name: 'Czech',
  // „dolní a horní“ is the Czech norm, »…« in books and some magazines, ‚…‘ nested; straight quotes on many sites.
  quotePairs: [
    ['„', '“'],
    ['»', '«'],
    ['‚', '‘'],
    ['"', '"'],
  ],
  // Past tense is the l-participle: -l masculine, -la feminine, -li masculine animate plural, -lo neuter, -ly feminine plural.
  speechVerbs: [
    'apeloval', 'apelovala', 'apelovali', 'apelovalo', 'apelovaly', 'apeluje', 'apelují', 'argumentoval',
    'argumentovala', 'argumentovali', 'argumentovalo', 'argumentovaly', 'argumentuje', 'argumentují', 'avizoval',
    'avizovala', 'avizovali', 'avizovalo', 'avizovaly', 'chválil', 'chválila', 'chválili', 'chválilo', 'chválily',
    'chválí', 'chválí si', 'citoval', 'citovala', 'citovali', 'citovalo', 'citovaly', 'cituje', 'citují', 'dal najevo',
    'dala najevo', 'dali najevo', 'dodal', 'dodala', 'dodali', 'dodalo', 'dodaly', 'dodá', 'dodávají', 'dodával',
    'dodávala', 'dodávali', 'dodávalo', 'dodávaly', 'dodává', 'domnívají se', 'domnívá', 'domnívá se', 'doplnil',
    'doplnila', 'doplnili', 'doplnilo', 'doplnily', 'doplňuje', 'doplňují', 'doporučil', 'doporučila', 'doporučili',
    'doporučilo', 'doporučily', 'doporučuje', 'doporučují', 'dotázal', 'dotázala', 'dotázali', 'dotázalo', 'dotázaly',
    'glosoval', 'glosovala', 'glosovali', 'glosovalo', 'glosovaly', 'glosuje', 'glosují', 'hlásil', 'hlásila',
    'hlásili', 'hlásilo', 'hlásily', 'hlásí', 'hodnotil', 'hodnotila', 'hodnotili', 'hodnotilo', 'hodnotily', 'hodnotí',
    'informoval', 'informovala', 'informovali', 'informovalo', 'informovaly', 'informuje', 'informují', 'je přesvědčen',
    'je přesvědčena', 'je přesvědčená', 'je přesvědčený', 'jsou přesvědčeni', 'jsou přesvědčené', 'komentoval',
    'komentovala', 'komentovali', 'komentovalo', 'komentovaly', 'komentuje', 'komentují', 'konstatoval', 'konstatovala',
    'konstatovali', 'konstatovalo', 'konstatovaly', 'konstatuje', 'konstatují', 'kontroval', 'kontrovala', 'kontrovali',
    'kontrovalo', 'kontrovaly', 'kontruje', 'kontrují', 'kritizoval', 'kritizovala', 'kritizovali', 'kritizovalo',
    'kritizovaly', 'kritizuje', 'kritizují', 'líčil', 'líčila', 'líčili', 'líčilo', 'líčily', 'líčí', 'myslí',
    'myslí si', 'mínil', 'mínila', 'mínili', 'mínilo', 'mínily', 'míní', 'nabádal', 'nabádala', 'nabádali', 'nabádalo',
    'nabádaly', 'nabádá', 'nabídl', 'nabídla', 'nabídli', 'nabídlo', 'nabídly', 'namítají', 'namítl', 'namítla',
    'namítli', 'namítlo', 'namítly', 'namítá', 'napsal', 'napsala', 'napsali', 'napsalo', 'napsaly', 'nastínil',
    'nastínila', 'nastínili', 'nastínilo', 'nastínily', 'navrhl', 'navrhla', 'navrhli', 'navrhlo', 'navrhly',
    'navrhuje', 'navrhují', 'naznačil', 'naznačila', 'naznačili', 'naznačilo', 'naznačily', 'naznačuje', 'naznačují',
    'nechal se slyšet', 'nechala se slyšet', 'nechali se slyšet', 'objasnil', 'objasnila', 'objasnili', 'objasnilo',
    'objasnily', 'ocenil', 'ocenila', 'ocenili', 'ocenilo', 'ocenily', 'oceňuje', 'oceňují', 'ocitoval', 'ocitovala',
    'ocitovali', 'ocitovalo', 'ocitovaly', 'odhadl', 'odhadla', 'odhadli', 'odhadlo', 'odhadly', 'odhaduje', 'odhadují',
    'odmítají', 'odmítl', 'odmítla', 'odmítli', 'odmítlo', 'odmítly', 'odmítá', 'odpovídají', 'odpovídá', 'odpověděl',
    'odpověděla', 'odpověděli', 'odpovědělo', 'odpověděly', 'odsekl', 'odsekla', 'odsekli', 'odseklo', 'odsekly',
    'odtušil', 'odtušila', 'odtušili', 'odtušilo', 'odtušily', 'odvětil', 'odvětila', 'odvětili', 'odvětilo',
    'odvětily', 'ohlásil', 'ohlásila', 'ohlásili', 'ohlásilo', 'ohlásily', 'ohradil', 'ohradil se', 'ohradila',
    'ohradila se', 'ohradili', 'ohradilo', 'ohradily', 'okomentoval', 'okomentovala', 'okomentovali', 'okomentovalo',
    'okomentovaly', 'opakoval', 'opakovala', 'opakovali', 'opakovalo', 'opakovaly', 'opakuje', 'opakují', 'oponoval',
    'oponovala', 'oponovali', 'oponovalo', 'oponovaly', 'oponuje', 'oponují', 'opáčil', 'opáčila', 'opáčili', 'opáčilo',
    'opáčily', 'oznamoval', 'oznamovala', 'oznamovali', 'oznamovalo', 'oznamovaly', 'oznamuje', 'oznamují', 'oznámil',
    'oznámila', 'oznámili', 'oznámilo', 'oznámily', 'oznámí', 'pochlubil', 'pochlubila', 'pochlubili', 'pochlubilo',
    'pochlubily', 'pochvaloval si', 'pochvalovala si', 'pochvalovali si', 'pochvaluje si', 'pochvalují si', 'pochválil',
    'pochválila', 'pochválili', 'pochválilo', 'pochválily', 'podotkl', 'podotkla', 'podotkli', 'podotklo', 'podotkly',
    'podotýkají', 'podotýká', 'podtrhl', 'podtrhla', 'podtrhli', 'podtrhlo', 'podtrhly', 'podtrhuje', 'podtrhují',
    'pokračoval', 'pokračovala', 'pokračovali', 'pokračovalo', 'pokračovaly', 'pokračuje', 'pokračují', 'popisuje',
    'popisují', 'popsal', 'popsala', 'popsali', 'popsalo', 'popsaly', 'popírají', 'popírá', 'popřel', 'popřela',
    'popřeli', 'popřelo', 'popřely', 'poradil', 'poradila', 'poradili', 'poradilo', 'poradily', 'posteskl',
    'posteskl si', 'posteskla', 'posteskla si', 'posteskli', 'postesklo', 'posteskly', 'postěžoval', 'postěžoval si',
    'postěžovala', 'postěžovala si', 'postěžovali', 'postěžovalo', 'postěžovaly', 'postěžuje si', 'potvrdil',
    'potvrdila', 'potvrdili', 'potvrdilo', 'potvrdily', 'potvrdí', 'potvrzoval', 'potvrzovala', 'potvrzovali',
    'potvrzovalo', 'potvrzovaly', 'potvrzuje', 'potvrzují', 'poukazuje', 'poukazují', 'poukázal', 'poukázala',
    'poukázali', 'poukázalo', 'poukázaly', 'povzdechl', 'povzdechl si', 'povzdechla', 'povzdechla si', 'povzdechli',
    'povzdechlo', 'povzdechly', 'poznamenal', 'poznamenala', 'poznamenali', 'poznamenalo', 'poznamenaly',
    'poznamenávají', 'poznamenává', 'požadoval', 'požadovala', 'požadovali', 'požadovalo', 'požadovaly', 'požaduje',
    'požadují', 'požádal', 'požádala', 'požádali', 'požádalo', 'požádaly', 'pravil', 'pravila', 'pravili', 'pravilo',
    'pravily', 'praví', 'prohlašoval', 'prohlašovala', 'prohlašovali', 'prohlašovalo', 'prohlašovaly', 'prohlašuje',
    'prohlašuji', 'prohlašují', 'prohlásil', 'prohlásila', 'prohlásili', 'prohlásilo', 'prohlásily', 'prohodil',
    'prohodila', 'prohodili', 'prohodilo', 'prohodily', 'prozradil', 'prozradila', 'prozradili', 'prozradilo',
    'prozradily', 'prozrazuje', 'prozrazují', 'ptal', 'ptala', 'ptali', 'ptalo', 'ptaly', 'píše', 'píšou', 'píší',
    'předpovídají', 'předpovídá', 'předpověděl', 'předpověděla', 'předpověděli', 'předpovědělo', 'předpověděly',
    'přibližuje', 'přibližují', 'přiblížil', 'přiblížila', 'přiblížili', 'přiblížilo', 'přiblížily', 'přidal',
    'přidala', 'přidali', 'přidalo', 'přidaly', 'přidávají', 'přidává', 'připomněl', 'připomněla', 'připomněli',
    'připomnělo', 'připomněly', 'připomínají', 'připomíná', 'připouští', 'připustil', 'připustila', 'připustili',
    'připustilo', 'připustily', 'přislíbil', 'přislíbila', 'přislíbili', 'přislíbilo', 'přislíbily', 'přitakal',
    'přitakala', 'přitakali', 'přitakalo', 'přitakaly', 'přiznal', 'přiznala', 'přiznali', 'přiznalo', 'přiznaly',
    'přiznávají', 'přiznává', 'radoval', 'radoval se', 'radovala', 'radovala se', 'radovali', 'radovali se', 'radovalo',
    'radovaly', 'radí', 'reagoval', 'reagovala', 'reagovali', 'reagovalo', 'reagovaly', 'reaguje', 'reagují', 'sdělil',
    'sdělila', 'sdělili', 'sdělilo', 'sdělily', 'sděloval', 'sdělovala', 'sdělovali', 'sdělovalo', 'sdělovaly',
    'sděluje', 'sdělují', 'sdělí', 'shodl', 'shodl se', 'shodla', 'shodla se', 'shodli', 'shodli se', 'shodlo',
    'shodly', 'shodly se', 'shrnuje', 'shrnují', 'shrnul', 'shrnula', 'shrnuli', 'shrnulo', 'shrnuly', 'sliboval',
    'slibovala', 'slibovali', 'slibovalo', 'slibovaly', 'slibuje', 'slibují', 'slíbil', 'slíbila', 'slíbili', 'slíbilo',
    'slíbily', 'smál se', 'smála se', 'smáli se', 'soudil', 'soudila', 'soudili', 'soudilo', 'soudily', 'soudí',
    'stěžoval', 'stěžovala', 'stěžovali', 'stěžovalo', 'stěžovaly', 'stěžuje', 'stěžuje si', 'stěžují', 'stěžují si',
    'svěřil', 'svěřil se', 'svěřila', 'svěřila se', 'svěřili', 'svěřilo', 'svěřily', 'svěřuje se', 'svěřují se',
    'tvrdil', 'tvrdila', 'tvrdili', 'tvrdilo', 'tvrdily', 'tvrdí', 'tvrdím', 'ujistil', 'ujistila', 'ujistili',
    'ujistilo', 'ujistily', 'ujišťuje', 'ujišťují', 'upozornil', 'upozornila', 'upozornili', 'upozornilo', 'upozornily',
    'upozorňoval', 'upozorňovala', 'upozorňovali', 'upozorňovalo', 'upozorňovaly', 'upozorňuje', 'upozorňují',
    'upřesnil', 'upřesnila', 'upřesnili', 'upřesnilo', 'upřesnily', 'upřesňuje', 'upřesňují', 'usmál se', 'usmála se',
    'usoudil', 'usoudila', 'usoudili', 'usoudilo', 'usoudily', 'uvažoval', 'uvažovala', 'uvažovali', 'uvažovalo',
    'uvažovaly', 'uvede', 'uvedl', 'uvedla', 'uvedli', 'uvedlo', 'uvedly', 'uvádí', 'uvádějí', 'uváděl', 'uváděla',
    'uváděli', 'uvádělo', 'uváděly', 'uzavírají', 'uzavírá', 'uzavřel', 'uzavřela', 'uzavřeli', 'uzavřelo', 'uzavřely',
    'uznal', 'uznala', 'uznali', 'uznalo', 'uznaly', 'uznávají', 'uznává', 'varoval', 'varovala', 'varovali',
    'varovalo', 'varovaly', 'varuje', 'varují', 'vyjádřil', 'vyjádřil naději', 'vyjádřil přesvědčení', 'vyjádřil se',
    'vyjádřila', 'vyjádřila naději', 'vyjádřila přesvědčení', 'vyjádřila se', 'vyjádřili', 'vyjádřili se', 'vyjádřilo',
    'vyjádřily', 'vylíčil', 'vylíčila', 'vylíčili', 'vylíčilo', 'vylíčily', 'vypočítal', 'vypočítala', 'vypočítali',
    'vypočítalo', 'vypočítaly', 'vypočítávají', 'vypočítává', 'vypráví', 'vyprávějí', 'vyprávěl', 'vyprávěla',
    'vyprávěli', 'vyprávělo', 'vyprávěly', 'vysvětlil', 'vysvětlila', 'vysvětlili', 'vysvětlilo', 'vysvětlily',
    'vysvětloval', 'vysvětlovala', 'vysvětlovali', 'vysvětlovalo', 'vysvětlovaly', 'vysvětluje', 'vysvětlují',
    'vysvětlí', 'vyzdvihl', 'vyzdvihla', 'vyzdvihli', 'vyzdvihlo', 'vyzdvihly', 'vyzdvihuje', 'vyzdvihují', 'vyzval',
    'vyzvala', 'vyzvali', 'vyzvalo', 'vyzvaly', 'vyzývají', 'vyzývá', 'vzkazuje', 'vzkazují', 'vzkázal', 'vzkázala',
    'vzkázali', 'vzkázalo', 'vzkázaly', 'vzpomněl', 'vzpomněla', 'vzpomněli', 'vzpomnělo', 'vzpomněly', 'vzpomínají',
    'vzpomínal', 'vzpomínala', 'vzpomínali', 'vzpomínalo', 'vzpomínaly', 'vzpomíná', 'zakončil', 'zakončila',
    'zakončili', 'zakončilo', 'zakončily', 'zasmál se', 'zasmála se', 'zasmáli se', 'zavtipkoval', 'zavtipkovala',
    'zavtipkovali', 'zavtipkovalo', 'zavtipkovaly', 'zavzpomínal', 'zavzpomínala', 'zavzpomínali', 'zavzpomínalo',
    'zavzpomínaly', 'zaznělo', 'zažertoval', 'zažertovala', 'zažertovali', 'zažertovalo', 'zažertovaly', 'zdůraznil',
    'zdůraznila', 'zdůraznili', 'zdůraznilo', 'zdůraznily', 'zdůrazňoval', 'zdůrazňovala', 'zdůrazňovali',
    'zdůrazňovalo', 'zdůrazňovaly', 'zdůrazňuje', 'zdůrazňuji', 'zdůrazňují', 'zdůvodnil', 'zdůvodnila', 'zdůvodnili',
    'zdůvodnilo', 'zdůvodnily', 'zdůvodňuje', 'zeptal', 'zeptal se', 'zeptala', 'zeptala se', 'zeptali', 'zeptali se',
    'zeptalo', 'zeptaly', 'zhodnotil', 'zhodnotila', 'zhodnotili', 'zhodnotilo', 'zhodnotily', 'zkonstatoval',
    'zkonstatovala', 'zkonstatovali', 'zkonstatovalo', 'zkonstatovaly', 'zmiňuje', 'zmiňují', 'zmínil', 'zmínila',
    'zmínili', 'zmínilo', 'zmínily', 'zopakoval', 'zopakovala', 'zopakovali', 'zopakovalo', 'zopakovaly', 'řekl',
    'řekla', 'řekli', 'řeklo', 'řekly', 'řekne', 'říkají', 'říkal', 'říkala', 'říkali', 'říkalo', 'říkaly', 'říká',
    'říkám', 'žertoval', 'žertovala', 'žertovali', 'žertovalo', 'žertovaly', 'žertuje', 'žádají', 'žádal', 'žádala',
    'žádali', 'žádalo', 'žádaly', 'žádá',
  ],
  // řekl / řekla: the l-participle shows the speaker's gender (neuter -lo and plural -li/-ly show none).
  verbGenderEndings: { male: ['l'], female: ['la'] },
  complementizers: ['aby', 'jestli', 'zda', 'že'],
  // Reported speech needs "že": "řekl, že …".
  bareContent: false,
  capitalisedNouns: false,
  verbFinal: false,
  // „Q,“ uvedla. / Dodal, že …: the subject is left out.
  proDrop: true,
  // Clitics stand second in the clause, between the subject and the verb: "Novák se domnívá", "Malá si myslí".
  speakerGap: [
    'ale', 'dnes', 'dále', 'dříve', 'již', 'mimo jiné', 'navíc', 'novinářům', 'následně', 'ovšem', 'pak', 'později',
    'rovněž', 'se', 'si', 'také', 'tehdy', 'totiž', 'též', 'už', 'v neděli', 'v pondělí', 'v pátek', 'v sobotu',
    'v úterý', 've středu', 've čtvrtek', 'včera', 'však', 'zároveň',
  ],
  // "said that A and argued that B": a second verb of the same speaker ends the first content.
  coordinators: ['a', 'ale'],
  // "As X said, …" / "Как сказал X, …": the as-clause attributes the rest of the sentence.
  asCues: ['jak'],
  // "X said the following: …" / "X сказал так: …": the unmarked text after the colon is the speech.
  colonPointers: ['následující', 'takto', 'tohle', 'toto'],
  // "пообещал построить …" / "vowed to rebuild …": a promise's content is an infinitive clause.
  promises: { verbs: ['slibuje', 'slibují', 'slíbil', 'slíbila', 'slíbili', 'slíbilo', 'slíbily'], markers: [], infinitiveEndings: ['ci', 't'] },
  relativizers: [
    'jehož', 'jejíž', 'jemuž', 'jenž', 'jež', 'jíž', 'kde', 'kdo', 'kterou', 'která', 'které', 'kterého', 'kterém', 'kterému',
    'který', 'kterých', 'kterým', 'kteří',
  ],
  quoteClosers: [],
  // "O tom informovala ČTK", "To uvedl ministr": the sentence before is what was said.
  backReferences: ['o tom', 'to', 'tuto informaci', 'tyto údaje'],
  // Possessive phrases only: "podle ní", "podle něj" are "podle" + a pronoun, resolved by its gender.
  accordingPronoun: {
    male: ['dle jeho slov', 'podle jeho informací', 'podle jeho názoru', 'podle jeho odhadu', 'podle jeho slov'],
    female: [
      'dle jejích slov', 'podle jejích informací', 'podle jejích slov', 'podle jejího názoru', 'podle jejího odhadu',
    ],
    neutral: [
      'dle jejich slov', 'podle jejich informací', 'podle jejich názoru', 'podle jejich odhadu', 'podle jejich slov',
    ],
  },
  // "Podle Babiše …", "Jak uvedla mluvčí …, …": the speaker follows; Czech has no postposed according-to.
  accordingTo: {
    before: [
      'dle', 'dle slov', 'jak dodal', 'jak dodala', 'jak konstatoval', 'jak konstatovala', 'jak napsal', 'jak napsala',
      'jak potvrdil', 'jak potvrdila', 'jak poznamenal', 'jak poznamenala', 'jak prohlásil', 'jak prohlásila', 'jak píše',
      'jak sdělil', 'jak sdělila', 'jak sdělili', 'jak tvrdí', 'jak upozornil', 'jak upozornila', 'jak uvedl', 'jak uvedla',
      'jak uvedli', 'jak uvádí', 'jak vysvětlil', 'jak vysvětlila', 'jak zdůraznil', 'jak zdůraznila', 'jak řekl',
      'jak řekla', 'jak řekli', 'jak říká', 'podle', 'podle názoru', 'podle slov', 'slovy',
    ],
    after: [],
  },
  sourceCues: {
    citing: ['s odkazem na', 's odvoláním na'],
    citingAfter: [],
    // "informovala ČTK", "cituje ho agentura Reuters": the outlet follows.
    reports: [
      'citoval', 'citovala', 'citovalo', 'cituje', 'citují', 'informoval', 'informovala', 'informovalo',
      'informovaly', 'informuje', 'informují', 'napsal', 'napsala', 'napsalo', 'napsaly', 'odhalil', 'odhalila',
      'odhalilo', 'odhalily', 'odvysílal', 'odvysílala', 'odvysílalo', 'oznámil', 'oznámila', 'oznámilo', 'píše',
      'píší', 'přinesl', 'přinesla', 'přineslo', 'přinesly', 'referoval', 'referovala', 'referovalo', 'referovaly',
      'upozornil', 'upozornila', 'upozornilo', 'upozornily', 'uvedl', 'uvedla', 'uvedlo', 'uvedly', 'uveřejnil',
      'uveřejnila', 'uveřejnilo', 'uveřejnily', 'uvádí', 'zjistil', 'zjistila', 'zjistilo', 'zjistily', 'zveřejnil',
      'zveřejnila', 'zveřejnilo', 'zveřejnily',
    ],
    // "Seznam Zprávy zjistily", "Deník N napsal": the outlet precedes.
    reportsAfter: [
      'citoval', 'citovala', 'citovalo', 'citovaly', 'informoval', 'informovala', 'informovalo', 'informovaly',
      'informuje', 'napsal', 'napsala', 'napsalo', 'napsaly', 'odhalil', 'odhalila', 'odhalilo', 'odhalily', 'píše',
      'píší', 'přinesl', 'přinesla', 'přineslo', 'přinesly', 'referoval', 'referovala', 'referovalo', 'referovaly',
      'zjistil', 'zjistila', 'zjistilo', 'zjistily',
    ],
    // Not bare "podle": "Podle Babiše je …" names a speaker, and with no comma after the name the engine ran the source on to the clause end.
    according: [
      'dle agentury', 'dle dat', 'dle informací', 'dle serveru', 'dle údajů', 'podle agentury', 'podle analýzy',
      'podle dat', 'podle databáze', 'podle deníku', 'podle dokumentu', 'podle evidence', 'podle hlášení',
      'podle informací', 'podle listu', 'podle magazínu', 'podle materiálu', 'podle měření', 'podle odhadu',
      'podle odhadů', 'podle portálu', 'podle prognózy', 'podle propočtů', 'podle průzkumu', 'podle předpovědi',
      'podle registru', 'podle rozhlasu', 'podle serveru', 'podle stanice', 'podle statistik', 'podle statistiky',
      'podle studie', 'podle sčítání', 'podle televize', 'podle týdeníku', 'podle vyjádření', 'podle výpočtů',
      'podle výroční zprávy', 'podle výsledků', 'podle webu', 'podle zjištění', 'podle zprávy', 'podle záznamů',
      'podle údajů', 'podle časopisu',
    ],
    accordingAfter: [],
    // Bare "podle" names a source only with an organisation word ("Podle Úřadu pro civilní letectví", not "Podle Babiše").
    accordingBody: ['podle'],
    // "řekl ČTK", "uvedla pro Novinky.cz": the outlet follows.
    told: [
      'dodal', 'dodala', 'napsal', 'napsala', 'potvrdil', 'potvrdil pro', 'potvrdila', 'potvrdila pro',
      'pro agenturu', 'pro deník', 'pro list', 'pro rozhlas', 'pro server', 'pro stanici', 'pro televizi', 'pro web',
      'sdělil', 'sdělil pro', 'sdělila', 'sdělila pro', 'sdělilo', 'upozornil', 'upozornila', 'uvedl', 'uvedl pro',
      'uvedla', 'uvedla pro', 'uvedli pro', 'uvedlo', 'v pořadu', 'v rozhovoru pro', 'v rozhovoru s', 've vysílání',
      'vysvětlil', 'vysvětlila', 'řekl', 'řekl pro', 'řekla', 'řekla pro', 'řekli', 'řekli pro',
    ],
    pressService: [
      'tisková mluvčí', 'tisková zpráva', 'tiskové oddělení', 'tiskové zprávy', 'tiskové zprávě', 'tiskového odboru',
      'tiskového oddělení', 'tiskovém oddělení', 'tiskový mluvčí', 'tiskový odbor',
    ],
    // "Foto: ČTK / …", "Zdroj foto: …", "Ilustrační foto".
    photo: [
      'foto', 'fotografie', 'ilustrační foto', 'ilustrační snímek', 'snímek', 'video', 'zdroj foto', 'zdroj fotografie',
    ],
    // "Zdroj: ČSÚ": where the figures come from, not a photograph.
    sourceLine: ['zdroj', 'zdroj dat', 'zdroje'],
    // "podle médií", "informovala média": the media in general, no named outlet.
    genericSources: ['média', 'médii', 'médiu', 'médií', 'médiích', 'médiím', 'tisk', 'tisku'],
    correspondent: [
      'dopisovatel', 'dopisovatelka', 'novinář', 'novinářka', 'redaktor', 'redaktorka', 'reportér', 'reportérka', 'zpravodaj',
      'zpravodajka',
    ],
    beforeName: [
      // "informoval o tom server X", "řekl to serveru X": the pronoun object before the outlet; "podle údajů X": the data's noun;
      // "řekl v rozhovoru pro X": the interview's nouns.
      'agentura', 'agenturu', 'agentury', 'agentuře', 'analýzy', 'dat', 'databáze', 'deník', 'deníku', 'dokumentu',
      'evidence', 'hlášení', 'list', 'listu', 'magazínu', 'materiálu', 'měření', 'o', 'odhadu', 'odhadů', 'portál',
      'portálu', 'pořadu', 'prognózy', 'průzkumu', 'předpovědi', 'registru', 'rozhlasu', 'rozhovoru', 'rádia',
      'rádio', 'rádiu', 'server', 'serveru', 'stanice', 'stanici', 'statistik', 'statistiky', 'studie', 'sčítání',
      'televize', 'televizi', 'to', 'tom', 'týdeník', 'týdeníku', 'vysílání', 'výpočtů', 'výroční', 'web',
      'webu', 'zprávy', 'záznamů', 'údajů', 'časopis', 'časopisu',
    ],
    nameEndings: [
      'a', 'e', 'em', 'ovi', 'u',
    ],
    // "Karlovarský deník", "řekl Ústeckému deníku", "podle Lidových listů": regional papers named by an adjective.
    titleNouns: [
      'deník', 'deníkem', 'deníku', 'listech', 'listy', 'listů', 'listům', 'novin', 'novinami', 'noviny', 'novinách',
      'novinám', 'týdeník', 'týdeníku', 'zpravodaj', 'zpravodaje', 'zpravodaji',
    ],
  },
  // Offices with their feminine forms; ministries in the genitive ("ministr financí").
  // Base forms, and the oblique stem of titles whose e drops in every other case ("náměstek" / "náměstka", "poslanec" /
  // "poslance"): case endings follow that stem (morphology titleFinalVowels), the dictionary form puts the e back (fleetingVowels).
  titles: [
    'arcibiskup', 'biskup', 'diplomat', 'diplomatka', 'děkan', 'děkanka', 'eurokomisař', 'eurokomisařka', 'europoslance',
    'europoslanec', 'europoslankyně', 'generál', 'generální tajemnice', 'generální tajemník', 'generální ředitel',
    'generální ředitelka', 'guvernér', 'guvernérka', 'hejtman', 'hejtmanka', 'hlava státu', 'inspektor', 'inspektorka',
    'jednatel', 'jednatelka', 'kancléř', 'kancléřka', 'kardinál', 'komisař', 'komisařka', 'konzul', 'konzulka',
    'krajská policejní ředitelka', 'krajská radní', 'krajský policejní ředitel', 'krajský radní', 'král', 'královna',
    'kvestor', 'kvestorka', 'ministr', 'ministr dopravy', 'ministr financí', 'ministr kultury', 'ministr obrany',
    'ministr pro místní rozvoj', 'ministr práce a sociálních věcí', 'ministr průmyslu a obchodu', 'ministr spravedlnosti',
    'ministr vnitra', 'ministr zahraničních věcí', 'ministr zahraničí', 'ministr zdravotnictví', 'ministr zemědělství',
    'ministr školství', 'ministr životního prostředí', 'ministryně', 'ministryně dopravy', 'ministryně financí',
    'ministryně kultury', 'ministryně obrany', 'ministryně pro místní rozvoj', 'ministryně práce a sociálních věcí',
    'ministryně průmyslu a obchodu', 'ministryně spravedlnosti', 'ministryně vnitra', 'ministryně zahraničních věcí',
    'ministryně zahraničí', 'ministryně zdravotnictví', 'ministryně zemědělství', 'ministryně školství',
    'ministryně životního prostředí', 'mluvčí', 'místopředseda', 'místopředsedkyně', 'místostarosta', 'místostarostka',
    'nejvyšší státní zástupce', 'nejvyšší státní zástupkyně', 'náměstek', 'náměstek ministra', 'náměstek primátora',
    'náměstka', 'náměstkyně', 'náměstkyně ministra', 'náměstkyně primátora', 'náčelnice', 'náčelník',
    'náčelník generálního štábu', 'ombudsman', 'ombudsmanka', 'papež', 'policejní mluvčí', 'policejní prezident',
    'policejní prezidentka', 'poslance', 'poslanec', 'poslankyně', 'premiér', 'premiérka', 'prezident',
    'prezident republiky', 'prezidentka', 'prezidentka republiky', 'primátor', 'primátorka', 'primář', 'primářka',
    'proděkan', 'proděkanka', 'prorektor', 'prorektorka', 'předseda', 'předseda hnutí', 'předseda klubu', 'předseda odborů',
    'předseda představenstva', 'předseda senátu', 'předseda sněmovny', 'předseda soudu', 'předseda strany',
    'předseda vlády', 'předseda výboru', 'předsedkyně', 'předsedkyně hnutí', 'předsedkyně klubu',
    'předsedkyně představenstva', 'předsedkyně senátu', 'předsedkyně sněmovny', 'předsedkyně soudu', 'předsedkyně strany',
    'předsedkyně vlády', 'předsedkyně výboru', 'radní', 'rektor', 'rektorka', 'senátor', 'senátorka', 'soudce', 'soudkyně',
    'staniční sestra', 'starosta', 'starostka', 'státní tajemnice', 'státní tajemník', 'státní zástupce',
    'státní zástupkyně', 'tajemnice', 'tajemník', 'tisková mluvčí', 'tiskový mluvčí', 'vedoucí', 'velitel', 'velitelka',
    'velvyslance', 'velvyslanec', 'velvyslankyně', 'veřejná ochránkyně práv', 'veřejný ochránce práv', 'viceguvernér',
    'viceguvernérka', 'vicepremiér', 'vicepremiérka', 'vládní zmocněnec', 'vládní zmocněnkyně', 'vrchní sestra',
    'zastupitel', 'zastupitelka', 'zmocněnce', 'zmocněnec', 'zmocněnkyně', 'úřednice', 'úředník', 'člen představenstva',
    'členka představenstva', 'ředitel', 'ředitel nemocnice', 'ředitel školy', 'ředitelka', 'ředitelka nemocnice',
    'ředitelka školy', 'šéf', 'šéf diplomacie', 'šéfka', 'šéfka diplomacie', 'šéfredaktor', 'šéfredaktorka',
  ],
  roleStops: ['během', 'novinářům', 'před'],
  // Nouns a title's stem would match in a case form: "starost" (care) beside "starosta" (mayor), "zdravotnictví" (health care) beside "zdravotnice".
  notTitles: ['starost', 'starosti', 'starostmi', 'starostí', 'zdravotnictví', 'zdravotnictvím'],
  roles: [
    'advokát', 'advokátka', 'agronom', 'agronomka', 'aktivista', 'aktivistka', 'analytik', 'analytička', 'archeoložka',
    'architekt', 'architektka', 'archivář', 'archivářka', 'bioložka', 'bloger', 'blogerka', 'brankář', 'brankářka',
    'básník', 'básnířka', 'chemik', 'chemička', 'chirurg', 'chirurgyně', 'chovatel', 'chovatelka', 'demograf', 'demografka',
    'dirigent', 'dirigentka', 'dobrovolnice', 'dobrovolník', 'docent', 'docentka', 'dělnice', 'dělník', 'důchodce',
    'důchodkyně', 'ekolog', 'ekoložka', 'ekonom', 'ekonomka', 'elektrikář', 'epidemiolog', 'epidemioložka', 'exekutor',
    'exekutorka', 'expert', 'expertka', 'farmář', 'farmářka', 'farář', 'farářka', 'fotbalista', 'fotbalistka', 'fotograf',
    'fotografka', 'fyzička', 'geoložka', 'hasič', 'hasička', 'herce', 'herec', 'herečka', 'historik', 'historička',
    'hokejista', 'hokejistka', 'hostinský', 'hráč', 'hráčka', 'hudebnice', 'hudebník', 'hydrolog', 'hydroložka', 'imám',
    'instalatér', 'inženýr', 'inženýrka', 'kadeřnice', 'kadeřník', 'kapitán', 'kapitánka', 'klimatolog', 'klimatoložka',
    'knihovnice', 'knihovník', 'kněz', 'komentátor', 'komentátorka', 'kouč', 'koučka', 'kriminalista', 'kriminalistka',
    'kritik', 'kritička', 'kuchař', 'kuchařka', 'kurátor', 'kurátorka', 'lektor', 'lektorka', 'lesník', 'lobbista',
    'lobbistka', 'lékař', 'lékař záchranné služby', 'lékařka', 'lékárnice', 'lékárník', 'majitel', 'majitelka', 'malíř',
    'malířka', 'manažer', 'manažerka', 'matematička', 'meteorolog', 'meteoroložka', 'mistr', 'moderátor', 'moderátorka',
    'muž', 'myslivec', 'notář', 'notářka', 'novinář', 'novinářka', 'nájemnice', 'nájemník', 'obchodnice', 'obchodník',
    'obhájce', 'obhájkyně', 'obránce', 'obránkyně', 'obyvatel', 'obyvatelka', 'odbornice', 'odborník', 'ošetřovatel',
    'ošetřovatelka', 'pediatr', 'pediatrička', 'pekař', 'pekařka', 'penzista', 'penzistka', 'pilot', 'pilotka',
    'podnikatel', 'podnikatelka', 'policista', 'policistka', 'politolog', 'politoložka', 'porodní asistentka', 'porodník',
    'pracovnice', 'pracovník', 'prodavač', 'prodavačka', 'producent', 'producentka', 'profesor', 'profesorka',
    'provozovatel', 'provozovatelka', 'právnička', 'právník', 'psychiatr', 'psychiatrička', 'psycholog', 'psycholožka',
    'pěstitel', 'pěstitelka', 'předák', 'rabín', 'redaktor', 'redaktorka', 'reportér', 'reportérka', 'režisér', 'režisérka',
    'rybář', 'sadař', 'sadařka', 'scenárista', 'scenáristka', 'servírka', 'sestra', 'skladatel', 'skladatelka', 'sládek',
    'sládka', 'sochař', 'sochařka', 'sociolog', 'socioložka', 'spisovatel', 'spisovatelka', 'spoluzakladatel',
    'spoluzakladatelka', 'sportovce', 'sportovec', 'sportovkyně', 'strážnice', 'strážník', 'student', 'studentka', 'svědek',
    'svědka', 'svědkyně', 'tanečnice', 'tanečník', 'technička', 'tenista', 'tenistka', 'trenér', 'trenérka', 'truhlář',
    'uklízečka', 'umělce', 'umělec', 'umělkyně', 'učitel', 'učitelka', 'vedoucí směny', 'veterinář', 'veterinářka', 'vinař',
    'vinařka', 'virolog', 'viroložka', 'voják', 'vojákyně', 'vychovatel', 'vychovatelka', 'vyšetřovatel', 'vyšetřovatelka',
    'výzkumnice', 'výzkumník', 'včelař', 'včelařka', 'vědec', 'vědkyně', 'zakladatel', 'zakladatelka', 'zaměstnanec',
    'zaměstnankyně', 'zdravotnice', 'zdravotní sestra', 'zdravotník', 'zedník', 'zemědělce', 'zemědělec', 'znalec',
    'znalkyně', 'zootechnik', 'zootechnička', 'zpěvačka', 'zpěvák', 'záchranář', 'záchranářka', 'záložnice', 'záložník',
    'útočnice', 'útočník', 'číšník', 'řezník', 'řidič', 'řidič autobusu', 'řidička', 'žena', 'živnostnice', 'živnostník',
  ],
  // "ministra", "ministrovi", "ministrem", "předsedy", "předsedovi", "mluvčího": up to three letters after the stem.
  inflection: { maxSuffix: 3, stripFinalVowel: true },
  // Academic degrees stand before the name ("Ing. Jana Nováková") and show no gender.
  honorifics: {
    male: ['pan', 'pana', 'panem', 'panu'],
    female: ['paní', 'slečna', 'slečny'],
    neutral: [
      'bc.', 'doc.', 'dr.', 'ing.', 'judr.', 'mgr.', 'mudr.', 'mvdr.', 'paeddr.', 'phdr.', 'prof.', 'rndr.',
    ],
  },
  collectiveSpeakers: [
    'analytici', 'analytiků', 'demonstranti', 'dopravci', 'ekonomové', 'ekonomů', 'experti', 'expertů', 'firma', 'hasiči',
    'hasičů', 'inspekce', 'kabinet', 'klub', 'kritici', 'kritiků', 'lékaři', 'lékařů', 'meteorologové', 'meteorologů',
    'ministerstvo', 'místní', 'nemocnice', 'obyvatelé', 'odborníci', 'odborníků', 'odbory', 'odboráři', 'opozice',
    'organizátorů', 'organizátoři', 'očití svědci', 'policie', 'policisté', 'policistů', 'pořadatelé', 'pořadatelů',
    'představitelé', 'radnice', 'rodiče', 'soud', 'společnost', 'státní zastupitelství', 'svědci', 'svědků', 'synoptici',
    'učitelé', 'vláda', 'vědci', 'vědců', 'zaměstnanci', 'zdroj', 'zdroje', 'zdrojů', 'zemědělci', 'záchranáři', 'záchranářů',
    'zástupci', 'zástupců', 'účastníci', 'úřad', 'úřady',
  ],
  // Personal pronouns in every case, clitics (mu, ho) included; "ony" is the feminine plural.
  pronouns: {
    male: [
      'ho', 'jeho', 'jej', 'jemu', 'jím', 'mu', 'ním', 'něho', 'něj', 'něm', 'němu', 'on',
    ],
    female: ['její', 'ji', 'jí', 'ní', 'ona'],
    neutral: [
      'jejich', 'jim', 'jimi', 'nich', 'nim', 'nimi', 'oni', 'ony',
    ],
  },
  selfPronouns: ['já', 'my'],
  abbreviations: [
    'Bc.', 'Dr.', 'Ing.', 'JUDr.', 'MUDr.', 'MVDr.', 'Mgr.', 'PaedDr.', 'PhDr.', 'RNDr.', 'Sb.', 'a.s.', 'aj.', 'apod.',
    'atd.', 'doc.', 'gen.', 'hod.', 'kpt.', 'mil.', 'mj.', 'mjr.', 'mld.', 'např.', 'nám.', 'odst.', 'p.', 'plk.', 'popř.',
    'pplk.', 'prof.', 'písm.', 'příp.', 'r.', 'resp.', 's.', 's.r.o.', 'st.', 'str.', 'sv.', 'tel.', 'tis.', 'tj.', 'tzn.',
    'tzv.', 'ul.', 'vč.', 'zejm.', 'č.',
  ],
  // Function words, months (nominative and genitive) and weekdays that open sentences with a capital.
  nonNames: [
    'a', 'aby', 'ale', 'ani', 'ano', 'ačkoli', 'bez', 'bude', 'budeme', 'budou', 'by', 'byl', 'byla', 'byli', 'bylo', 'během',
    'březen', 'března', 'bůh', 'chceme', 'co', 'další', 'dle', 'dnes', 'do', 'dokud', 'dosud', 'duben', 'dubna', 'díky',
    'foto', 'hlavně', 'i', 'internet', 'jak', 'jako', 'je', 'jeho', 'jejich', 'její', 'jen', 'jenže', 'jinak', 'již', 'jsem',
    'jsme', 'jsou', 'jste', 'já', 'k', 'kde', 'kdo', 'kdy', 'kdyby', 'když', 'ke', 'kolem', 'kromě', 'květen', 'května',
    'kvůli', 'leden', 'ledna', 'letos', 'listopad', 'listopadu', 'loni', 'mezi', 'mezitím', 'mimochodem', 'musíme', 'my',
    'mám', 'máme', 'na', 'nad', 'naopak', 'navíc', 'ne', 'nebo', 'neděle', 'neděli', 'nevím', 'než', 'nic', 'nicméně',
    'nikdo', 'nikdy', 'nyní', 'o', 'od', 'on', 'ona', 'oni', 'ony', 'pak', 'po', 'pod', 'podle', 'pokud', 'pondělí', 'poté',
    'pouze', 'pro', 'prosince', 'prosinec', 'proti', 'proto', 'protože', 'právě', 'pátek', 'před', 'přes', 'přesto',
    'přečtěte', 'při', 'připomeňme', 'přitom', 'rovněž', 's', 'se', 'si', 'sice', 'snad', 'sobota', 'sobotu', 'srpen',
    'srpna', 'stále', 'středa', 'středu', 'ta', 'tady', 'tak', 'také', 'tam', 'tato', 'tedy', 'ten', 'tento', 'teď', 'to',
    'tohle', 'totiž', 'toto', 'tu', 'ty', 'u', 'už', 'v', 've', 'video', 'vy', 'včera', 'však', 'všichni', 'z', 'za', 'zatím',
    'zdroj', 'ze', 'zejména', 'zároveň', 'září', 'zítra', 'únor', 'února', 'úterý', 'červen', 'července', 'červenec',
    'června', 'čtvrtek', 'čtěte', 'říjen', 'října', 'že',
  ],
  placePrepositions: [
    'blízko', 'do', 'kolem', 'na', 'nad', 'od', 'poblíž', 'pod', 'před', 'u', 'v', 've', 'vedle', 'z', 'ze',
  ],
  orgWords: [
    'agentura', 'akademie', 'ano', 'banka', 'berlín', 'bratislava', 'brno', 'brusel', 'centrum', 'eu', 'evropa', 'facebook',
    'fakulta', 'firma', 'fond', 'francie', 'google', 'hnutí', 'hrad', 'inspekce', 'instagram', 'institut', 'irozhlas',
    'izrael', 'kancelář', 'kdu-čsl', 'komora', 'kraj', 'kyjev', 'liberec', 'londýn', 'maďarsko', 'ministerstvo', 'moskva',
    'město', 'nadace', 'nato', 'nemocnice', 'novinky', 'německo', 'obec', 'ods', 'olomouc', 'osn', 'ostrava', 'paříž',
    'piráti', 'plzeň', 'policie', 'polsko', 'praha', 'radnice', 'rakousko', 'rusko', 'senát', 'seznam', 'slavia', 'slovensko',
    'sněmovna', 'soud', 'sparta', 'spd', 'spolek', 'společnost', 'stan', 'strana', 'svaz', 'tiktok', 'top', 'twitter',
    'ukrajina', 'univerzita', 'usa', 'varšava', 'vláda', 'vídeň', 'washington', 'youtube', 'zastupitelství', 'zprávy', 'ústav', 'úřad',
    'česko', 'česká', 'český', 'čez', 'čnb', 'čr', 'čssd', 'čt', 'čt24', 'čtk', 'čína',
  ],
  morphology: WEST_SLAVIC,
  names: {
    // Singular case endings of nouns and adjectival names: Babiš/Babiše/Babišovi/Babišem, Fiala/Fialy/Fialou, Černý/Černého.
    caseEndings: [
      'a', 'e', 'em', 'i', 'ii', 'ií', 'ou', 'ovi', 'u', 'y', 'á', 'é', 'ého', 'ém', 'ému', 'í', 'ího', 'ím', 'ímu', 'ý', 'ým', 'ě',
    ],
    // Women's surnames end in -ová or the adjectival -á (Nováková, Novotná, Lanová); men's are diverse.
    surnameSuffixes: { male: [
      'cký', 'ec', 'ek', 'ský', 'ák', 'ík', 'ý',
    ], female: ['cká', 'ová', 'ská', 'á'] },
    // Czech has no patronymics.
    patronymicSuffixes: { male: [], female: [] },
    firstNames: {
      male: [
        'adam', 'alexandr', 'aleš', 'andrej', 'antonín', 'bedřich', 'benjamin', 'bohdan', 'bohumil', 'bohuslav', 'bronislav',
        'dalibor', 'dan', 'daniel', 'david', 'dominik', 'donald', 'dušan', 'eduard', 'emil', 'emmanuel', 'erik', 'evžen',
        'filip', 'františek', 'friedrich', 'gustav', 'hynek', 'igor', 'ivan', 'ivo', 'jakub', 'jan', 'jaromír', 'jaroslav',
        'jindřich', 'jiří', 'joe', 'jonáš', 'josef', 'jáchym', 'kamil', 'karel', 'kryštof', 'ladislav', 'leoš', 'libor',
        'lubomír', 'lubor', 'luboš', 'ludvík', 'lukáš', 'marcel', 'marek', 'marian', 'martin', 'matouš', 'matěj', 'michal',
        'mikuláš', 'milan', 'miloslav', 'miloš', 'miroslav', 'mojmír', 'norbert', 'olaf', 'oldřich', 'ondřej', 'ota',
        'otakar', 'patrik', 'pavel', 'peter', 'petr', 'přemysl', 'radek', 'radim', 'radomír', 'radoslav', 'radovan',
        'richard', 'robert', 'roman', 'rostislav', 'rudolf', 'samuel', 'sebastián', 'stanislav', 'svatopluk', 'tadeáš',
        'tomáš', 'viktor', 'vilém', 'vladimir', 'vladimír', 'vladislav', 'vlastimil', 'vojtěch', 'volodymyr', 'vratislav',
        'václav', 'vít', 'vítězslav', 'zbyněk', 'zdeněk', 'zikmund', 'čestmír', 'šimon', 'štěpán',
      ],
      female: [
        'adéla', 'alena', 'alexandra', 'alice', 'alžběta', 'andrea', 'aneta', 'anna', 'barbora', 'blanka', 'blažena',
        'bohumila', 'božena', 'dagmar', 'dana', 'daniela', 'denisa', 'dita', 'dominika', 'drahomíra', 'edita', 'eliška',
        'ema', 'eva', 'gabriela', 'hana', 'hedvika', 'helena', 'ilona', 'irena', 'iva', 'ivana', 'jana', 'jarmila',
        'jaroslava', 'jindřiška', 'jitka', 'jiřina', 'johana', 'julie', 'kamala', 'kamila', 'karla', 'karolína', 'kateřina',
        'klára', 'kristina', 'kristýna', 'lada', 'lea', 'lenka', 'libuše', 'linda', 'lucie', 'ludmila', 'magdalena',
        'marcela', 'marie', 'markéta', 'marta', 'martina', 'michaela', 'milada', 'milena', 'miluše', 'miroslava', 'monika',
        'naděžda', 'natálie', 'nela', 'nikola', 'olga', 'pavla', 'pavlína', 'petra', 'radana', 'radka', 'renata', 'renáta',
        'romana', 'růžena', 'sabina', 'sandra', 'silvie', 'simona', 'soňa', 'stanislava', 'sára', 'taťána', 'tereza',
        'ursula', 'valerie', 'vanda', 'vendula', 'veronika', 'viktorie', 'vladimíra', 'vlasta', 'věra', 'yvona', 'zdena',
        'zdeňka', 'zita', 'zora', 'zuzana', 'šárka', 'žaneta',
      ],
    },
    // Novotný, Černá, Krejčí: such a surname alone could be an adjective.
    adjectiveLike: [
      'á', 'é', 'ého', 'ém', 'ému', 'í', 'ího', 'ím', 'ímu', 'ý', 'ých', 'ým', 'ými',
    ],
    // "45letý", "padesátiletá": the -letý adjective is written as one word.
    personCues: [
      '-letou', '-letá', '-leté', '-letého', '-letému', '-letý', '-letým', 'bratr', 'dcera', 'dcery', 'kolega', 'kolegyně',
      'manžel', 'manžela', 'manželka', 'manželky', 'matka', 'matky', 'otce', 'otec', 'partner', 'partnerka', 'přítel',
      'přítelkyně', 'sestra', 'sestry', 'syn', 'syna', 'vdova', 'vnuk', 'vnučka',
    ],
    particles: ['da', 'de', 'der', 'di', 'van', 'von'],
  },
};
