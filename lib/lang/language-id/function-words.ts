/**
 * Closed-class words (pronouns, conjunctions, particles, auxiliaries) that exist as words in only
 * some of the close languages Byline separates. Written from the grammars of these languages, not
 * from any evaluation text: they are the words a reader uses to tell Russian from Bulgarian or
 * Ukrainian in a five-word sentence, where letters and trigrams are too few.
 *
 * Each group says: these words belong to `languages` and to no other supported language of the same
 * script. Seeing one counts against every other language, like a letter outside its alphabet.
 * Words that are real words in a neighbour too (ru/bg "как", "или"; uk/ru "для") are left out.
 */

export interface FunctionWordGroup {
  languages: readonly string[];
  words: readonly string[];
  reason: string;
}

const list = (s: string): string[] => s.split(/\s+/).filter(Boolean);

export const FUNCTION_WORDS: readonly FunctionWordGroup[] = [
  {
    languages: ['ru'],
    words: list(`что это этот эта эти этого этом она оно они его ему её ее меня тебя себя мне мной
      когда тогда если нет уже ещё еще был была было были будет может очень только здесь сейчас
      теперь почему потому чтобы также тоже всё вот где который которая которое которые которых
      кто чего ничего всех всем к никогда всегда сегодня можно нужно надо один одна одно
      их об более чем даже лишь около через между этой этих этим того тому которого которой котором которым года году`),
    reason: 'Russian pronouns, particles, case forms and "year" (года); Bulgarian has че, това, той, кога, ако, година; Ukrainian що, це, він, коли, року',
  },
  {
    languages: ['bg'],
    words: list('че това този тази тези които който която което към във със бяха бъде няма тя още вече защо къде най'),
    reason: 'Bulgarian auxiliaries, pronouns and conjunctions',
  },
  {
    languages: ['bg', 'mk'],
    words: list('е ги беше кога'),
    reason: 'е "is" and clitic ги: Bulgarian and Macedonian (Serbian је, Russian/Ukrainian no such word)',
  },
  {
    languages: ['bg', 'mk', 'sr'],
    words: list('се си го има ако'),
    reason: 'South Slavic reflexive and clitic pronouns; East Slavic uses -ся/-сь suffixes instead',
  },
  {
    languages: ['sr'],
    words: list('је који која које када шта није био'),
    reason: 'Serbian "is", relative pronouns and "when" (Macedonian е, кој, кога)',
  },
  {
    languages: ['mk'],
    words: list('кој дека сум'),
    reason: 'Macedonian relative pronoun, "that" and "I am"',
  },
  {
    languages: ['ru', 'bg', 'mk', 'sr'],
    words: list('и'),
    reason: 'the conjunction и; Ukrainian and Belarusian write і, the Turkic languages have their own',
  },
  {
    languages: ['ru', 'uk', 'bg'],
    words: list('в'),
    reason: 'the preposition в; Belarusian writes у/ў, Macedonian во, Serbian у',
  },
  {
    languages: ['ru', 'bg', 'sr'],
    words: list('с'),
    reason: 'the preposition с; Ukrainian and Belarusian write з, Macedonian со',
  },
  {
    languages: ['ru', 'uk', 'be', 'sr'],
    words: list('у'),
    reason: 'the preposition у; Bulgarian and Macedonian have no such word',
  },
  {
    languages: ['ru', 'bg', 'sr'],
    words: list('из'),
    reason: 'the preposition из; Macedonian од, Ukrainian із/з',
  },
  {
    languages: ['ru', 'mk'],
    words: list('во со'),
    reason: 'Macedonian в and с; in Russian the forms before consonant clusters',
  },
  {
    languages: ['bg', 'uk'],
    words: list('ще'),
    reason: 'Bulgarian future particle, Ukrainian "still"',
  },
  {
    languages: ['mk', 'sr'],
    words: list('од'),
    reason: 'Macedonian and Serbian "from" (Bulgarian and Russian от)',
  },
  {
    languages: ['bg', 'sr'],
    words: list('са'),
    reason: 'Bulgarian "are", Serbian "with"',
  },
  {
    languages: ['uk'],
    words: list(`що це цей ця цього він вона воно вони його її їх коли тоді також дуже вже чи щоб
      було був була буде має немає тільки навіть від із зі`),
    reason: 'Ukrainian pronouns and particles; Russian что, это, он, когда, уже; Belarusian што, гэта, ён',
  },
  {
    languages: ['ru', 'uk'],
    words: list('же'),
    reason: 'the emphatic particle же (Belarusian жа; the South Slavic languages have no such word)',
  },
  {
    languages: ['ru', 'uk', 'be'],
    words: list('для'),
    reason: 'the preposition для (Bulgarian and Macedonian за, Serbian за)',
  },
  {
    languages: ['uk', 'be'],
    words: list('або але з й бо як'),
    reason: 'East Slavic words shared by Ukrainian and Belarusian only',
  },
  {
    languages: ['be'],
    words: list('вось дзе небудзь што гэта ён яна яны яго яе ці калі таксама вельмі ужо толькі быў будзе ёсць'),
    reason: 'Belarusian pronouns and particles',
  },
  // Latin script: the Romance languages franc confuses on short texts, and English.
  {
    languages: ['es'],
    words: list(`el los las y es pero muy hay sus yo ella ellos usted esto eso ese esa cuando donde hasta sin tan fue fueron
      nuestro nuestra aunque hace algo otro otra también después ya había están puede pueden cual según mientras
      tiene tienen dijo ahora así aquí han hemos muchos muchas mucho mucha unos unas pues hacia entonces luego
      siempre mismo misma ellas estos esos esas aquel aquella`),
    reason: 'Spanish articles and pronouns (Portuguese o, os, as, do; Italian il, gli)',
  },
  {
    languages: ['es'],
    words: list(`tambien despues segun habia estan asi alli aun ningun ninguna haya hayan buen
      tenga tengan sea sean estaba estaban todavia quizas ademas`),
    reason: 'Spanish words written without their accents, as often on the web, and subjunctive auxiliaries (Portuguese tenha, seja, haja; Italian abbia, sia)',
  },
  {
    languages: ['pt'],
    words: list('não uma os às em muito também ele ela eles isso isto esse essa foi são pelo pela com seu lhe nem já'),
    reason: 'Portuguese articles, contractions and pronouns',
  },
  {
    languages: ['it'],
    words: list('gli della dello delle degli sono anche più molto questo questa quello nel nella sul sulla dal dalla io loro essere stato'),
    reason: 'Italian articles, contractions and pronouns',
  },
  {
    languages: ['en'],
    words: list('the and of that with for this are have has not you he she they but at by from which would there their what been were'),
    reason: 'English function words',
  },
  {
    languages: ['pl'],
    words: list('nie się jest że oraz który która które przez dla czy jego jej są był była było ale'),
    reason: 'Polish negation, reflexive, auxiliaries and pronouns',
  },
  {
    languages: ['nl'],
    words: list('het een van zijn werd niet naar ook deze wordt hij zij maar bij uit voor heeft geen nog als tot'),
    reason: 'Dutch articles, pronouns and auxiliaries',
  },
  {
    languages: ['de'],
    words: list(`und der das ist nicht sich mit auf auch ein eine dem von zu wird wurde sind für
      im zum zur vom beim einen einem einer sie ich wir ihr nach aus über noch nur schon oder wenn dass
      haben wurden kann durch ohne`),
    reason: 'German articles and their contractions, pronouns, prepositions and auxiliaries (Dutch het, een, naar, werd)',
  },
  {
    languages: ['fr'],
    words: list('les des est une du dans pour pas sur au aux avec ce cette sont elle nous vous ils été mais'),
    reason: 'French articles, pronouns and auxiliaries',
  },
  {
    languages: ['cs'],
    words: list('že jsou byl byla bylo který která které také podle jeho jejich není jsem již už však když ještě při před mezi nebo což více'),
    reason: 'Czech conjunctions, auxiliaries and pronouns (Polish że, był, który, także, jego)',
  },
  {
    languages: ['cs'],
    words: list('jsme jste neni jiz kdyz takze muze ktery ktera ktere proto tedy jestli v pri vsak jeste kde pouze tim toto tato tyto budou bude nejsou vsechny'),
    reason: 'the same Czech words typed without diacritics, as often on the web',
  },
  // Arabic script: Arabic and Persian.
  {
    languages: ['ar'],
    words: list('الذي التي هذا هذه ذلك إلى على عن إن أن كان كانت لم لن هو هي'),
    reason: 'Arabic relative pronouns, demonstratives, prepositions and particles (Persian که, این, از, به)',
  },
  {
    languages: ['fa'],
    words: list('است این که را می برای از آن در با خود كه براي'),
    reason: 'Persian copula, demonstratives, the object marker را and the verb prefix می (also as typed with Arabic kaf and yeh)',
  },
];
