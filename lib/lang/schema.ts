/**
 * The Lexicon schema: everything the attribution engine knows about one language, as plain data.
 * The engine (lib/analyze/attribution) never names a language; adding a language is adding one
 * file that parses with this schema and registering it in lib/lang/index.ts.
 *
 * Conventions: word lists are lowercase (except `abbreviations`, kept as written) with ё written е;
 * multiword entries are separated by single spaces; lists are sorted and free of duplicates
 * (tests/unit/attribution/lexicon.test.ts checks this).
 */
import { z } from '../schema/zod-full';
import { Morphology } from './morphology/types';

const words = z.array(z.string().min(1));
const gendered = z.object({ male: words, female: words });

export const Lexicon = z.object({
  /** ISO 639-1 code, as the language detector reports it. */
  code: z.string().length(2),
  name: z.string(),
  /** Opening and closing quotation marks, outermost convention first. */
  quotePairs: z.array(z.tuple([z.string().length(1), z.string().length(1)])).min(1),
  /** Speech verbs in every form (person, number, gender, aspect, tense); multiword phrases allowed. */
  speechVerbs: words.min(1),
  /**
   * Optional (added for German "Das kündigte X am Dienstag an", issue 4): separable speech verbs as
   * "finite-form particle" ("kündigte an", "teilte mit"). The finite form is a cue when the particle is
   * the last word of its clause; contiguous forms ("gab an") belong in `speechVerbs`.
   */
  splitSpeechVerbs: words.optional(),
  /** Endings of speech-verb forms that show the speaker's gender (Russian past tense -ла / -л). */
  verbGenderEndings: gendered,
  /** Words that open reported content after a speech verb: "что", "that", "dass". */
  complementizers: words,
  /**
   * Optional (issue 15, German Konjunktiv I): finite forms that mark reported speech by themselves ("sei",
   * "werde", "hätten"). A sentence with one and no cue of its own, right after a quote in the same paragraph,
   * goes on reporting that quote's speaker ("Er sagte, die Stadt habe … Man werde …").
   */
  reportedMood: words.optional(),
  /** Whether reported content may follow a speech verb with no complementizer ("He said Trump was right"). */
  bareContent: z.boolean(),
  /**
   * Optional (issue 15, quote boundaries; with bareContent): words that open a reported clause right after a
   * speech verb, a subject pronoun or "whether" ("said he was committed to ensuring that …"). The content
   * starts there, and a complementizer further on belongs to it.
   */
  clauseOpeners: words.optional(),
  /**
   * Optional (issue 15, quote boundaries): conjunctions that, after a comma, open a clause of the writer's
   * rather than more of the reported one ("said A, while 9 percent found B", "…, though voters …"). Reported
   * content ends before them; in a lexicon that has them, it also ends at a semicolon.
   */
  contentBreaks: words.optional(),
  /**
   * Optional (issue 15, quote boundaries): conjunctions opening an adverbial clause that stands before its main
   * clause ("While Ramos said that A, he …", "If Carson implied that A, he …"). A cue inside such a clause reports
   * content that ends at the comma closing the clause; the main clause is the writer's.
   */
  subordinators: words.optional(),
  /**
   * Optional (issue 15): words after which a word is a noun, never a verb ("the states", "his comments", "her
   * remarks"): a speech-verb form right after one (or after a number) is no cue.
   */
  nounMarkers: words.optional(),
  /**
   * Optional (issue 15): a question put to someone ("When asked whether …, X said", "X said when asked if …",
   * "Asked by reporters about …"): passive question verbs, the words that may stand right before one
   * (the sentence start always may), and the words opening the question, which is the content.
   */
  questions: z.object({ verbs: words, before: words, openers: words }).optional(),
  /** Speech verbs end the clause, content between subject and verb ("Министр … маңызды екенін атап өтті"). */
  verbFinal: z.boolean(),
  /**
   * Optional (added for Czech „Q,“ uvedla., issue 14): subjects may be left out. A speech verb with no
   * subject stands for the person named last whose gender its form shows (any person for a form that shows none).
   */
  proDrop: z.boolean().optional(),
  /** Every noun is capitalised (German): a capital says nothing about names or sentence starts. */
  capitalisedNouns: z.boolean(),
  /** Short words that may stand between a speaker and the speech verb ("also", "тоже"). */
  speakerGap: words,
  /**
   * Speech verbs as participles whose subject is the main clause's ("…, saying that", "asking “…?”",
   * "…, заявив, что"). Optional: a lexicon without them treats every speech verb as finite.
   */
  participles: words.optional(),
  /**
   * Optional (added for "said that A and argued that B", issue 15): conjunctions that join a second verb
   * of the same subject; reported content ends before one followed by a speech verb.
   */
  coordinators: words.optional(),
  /**
   * Optional (issue 15): words opening an as-clause around a speech verb ("Как сказал X, …", "As X said, …",
   * "Wie X sagte, …"): the rest of the sentence is what X said.
   */
  asCues: words.optional(),
  /**
   * Optional (issue 15): words that may stand between a speech verb and a colon, pointing at what follows
   * ("сказал так:", "said the following:"): the unmarked text after the colon is the speech.
   */
  colonPointers: words.optional(),
  /**
   * Optional (issue 15, an official's promise in a lead): speech verbs of promising whose content is an
   * infinitive clause ("пообещал построить …", "vowed to rebuild …"): the infinitive is known by its
   * ending, or by a marker word before it ("to").
   */
  promises: z.object({ verbs: words, markers: words, infinitiveEndings: words }).optional(),
  /** Relative pronouns: they end an apposition ("Ronald Fieldstone, a Miami lawyer who …"). */
  relativizers: words,
  /** Words closing reported content before the verb (Kazakh "деп": «Q» деп мәлімдеді S). */
  quoteClosers: words,
  /**
   * Optional: endings of a nominalised verb in the object case that carry a whole reported clause, so
   * reported content of two words is a statement (Kazakh "ойыншылардың шаршағанын мойындады").
   */
  clauseEndings: words.optional(),
  /**
   * Optional (added for German „Q“, so S.): words that attribute a marked quote when they follow its
   * closing mark and a comma, with the speaker right after and no speech verb. They cue nothing elsewhere
   * ("so" is an ordinary adverb everywhere else), so they are kept out of `speechVerbs`.
   */
  postQuoteMarkers: words.optional(),
  /**
   * Optional (added for lead sentences attributed afterwards, issue 4): phrases opening a sentence that
   * point back at the sentence before as what its speech verb reports ("Об этом сообщил X", "Про це
   * повідомив X", "Das kündigte X an", "Así lo anunció X", "C'est ce qu'a annoncé X").
   */
  backReferences: words.optional(),
  /**
   * Optional (added for "по его словам", "selon elle", issue 4): according-to phrases holding a personal
   * or possessive pronoun; the speaker is the person of that gender named last.
   */
  accordingPronoun: z.object({ male: words, female: words, neutral: words }).optional(),
  /** "According to" constructions: `before` precede the speaker (по словам S), `after` follow it (S zufolge). */
  accordingTo: z.object({ before: words, after: words }),
  /** Citation cues for sources (news outlets, agencies, press services, photo credits). */
  sourceCues: z.object({
    /** "со ссылкой на X", "citing X": the cited source follows. */
    citing: words,
    /** "X-ке сілтеме жасап": the cited source precedes. */
    citingAfter: words,
    /** "сообщает X", "reports": the reporting outlet follows (or, in `reportsAfter`, precedes). */
    reports: words,
    reportsAfter: words,
    /** "по данным X", "according to X" when X is an outlet. */
    according: words,
    /** Postposed "according to": "ҚазАқпарат мәліметінше" (the source precedes). */
    accordingAfter: words,
    /**
     * Optional (issue 15, Czech bare "podle"): "according to" cues that also introduce persons ("Podle Babiše"),
     * so the name after them is a source only with an organisation word in it ("Podle Českého statistického úřadu").
     */
    accordingBody: words.optional(),
    /** "told Reuters", "рассказал Tengrinews": the outlet follows. */
    told: words,
    pressService: words,
    photo: words,
    correspondent: words,
    /**
     * Optional (added for "told the daily X", "a confié au Parisien", "podle agentury Reuters", issue 15):
     * lowercase words that may stand between a cue and the source it names: articles, contracted
     * prepositions, pronouns, and nouns for kinds of outlet ("agency", "newspaper"), in every form.
     */
    beforeName: words.optional(),
    /**
     * Optional (issue 15, unseen articles): nouns for a kind of outlet that follow its name where the language
     * puts them after it ("Reuters агенттігі", "Tengrinews.kz порталының", "ҚазАқпарат агенттігінің тілшісі").
     */
    afterName: words.optional(),
    /**
     * Optional (issue 15): lowercase nouns that close an outlet's title after one capitalised adjective, in every
     * case ("Karlovarský deník", "řekl Ústeckému deníku", "Brněnským novinám"): the two words are the outlet's name.
     */
    titleNouns: words.optional(),
    /**
     * Optional (issue 15): case endings an outlet's name takes when it ends in a consonant ("Укрінформу",
     * "Интерфаксом", "Reutersu"), so a known name in an oblique case is still that outlet.
     */
    nameEndings: words.optional(),
    /** Optional (issue 15): the word of a line naming the text's source ("Источник: Kazinform", "Source: Reuters"). */
    sourceLine: words.optional(),
    /**
     * Optional (issue 15, "По сообщениям СМИ", "laut Medienberichten"): nouns for the media or the press in general, in
     * every form, lower case; after a source cue or as a speaker they name no outlet, so they are no named source.
     */
    genericSources: words.optional(),
  }),
  /** Official titles and offices ("аким", "министр", "глава государства", "secretary"). */
  titles: words,
  /** Other roles that make a person notable but not an official ("эксперт", "analyst"). */
  roles: words,
  /**
   * Optional (added for "депутат <to whom> <after what>", "le ministre <under what>", issue 15): words that
   * open the circumstances of a speech after a role (prepositions of time, cause, audience, manner, and
   * the audience in the dative); a role ends before them.
   */
  roleStops: words.optional(),
  /**
   * Optional (issue 15, Czech "starosti" beside "starosty"): words that look like a title or role in a case form but are
   * other nouns ("starost", care); they are never role words.
   */
  notTitles: words.optional(),
  /**
   * Optional (added for German "Kulturminister", "Vorstandschef", issue 15): titles and roles also end
   * closed compounds written as one word, so a word ending in one ("…minister", "…chef") is a title too.
   */
  compoundTitles: z.boolean().optional(),
  /** How title words inflect: letters allowed after the (vowel-stripped) stem. */
  inflection: z.object({ maxSuffix: z.number().int().min(0).max(8), stripFinalVowel: z.boolean() }),
  /** Honorifics before a name ("Mr.", "г-жа", "Frau"), as written, with the gender they show. */
  honorifics: z.object({ male: words, female: words, neutral: words }),
  /** Unnamed speakers that are groups or anonymous ("эксперты", "a source", "officials"). */
  collectiveSpeakers: words,
  /** Pronouns that can be speakers or mentions, by gender; `neutral` for ungendered or plural ones. */
  pronouns: z.object({ male: words, female: words, neutral: words }),
  /** First-person pronouns: never speakers (a quote's "I" is the quoted person). */
  selfPronouns: words,
  /** Abbreviations ending in a dot that do not end a sentence ("г.", "т.е.", "Mr."). */
  abbreviations: words,
  /** Capitalised words that are never part of a name: function words, months, days, places of habit. */
  nonNames: words,
  /**
   * Optional: function words of nonNames that may open or sit inside a noun phrase before its head
   * (determiners, quantifiers, "former"): "“Q,” one senior Democrat said", "the former governor said".
   */
  determiners: words.optional(),
  /** Prepositions: they put a following capitalised word in a place ("в Ростове", "in Boston"), and reported content never starts with one. */
  placePrepositions: words,
  /** Words that make a capitalised sequence an organisation or place, not a person. */
  orgWords: words,
  /**
   * Optional (issue 15, "города Иваново", "в селе Бокино", "штата Техас", "Наурызбай ауданы"): nouns for kinds of
   * settlement and territory, in the base form (inflected forms match by the name case endings). One or two
   * capitalised words right after or right before one name that place, not a person; a capitalised adjective
   * before one ("Рязанской области") is not the end of a name.
   */
  placeNouns: words.optional(),
  /**
   * Optional (issue 15, "Sarah Hill", "Tom White"): organisation and place words that are also common surnames. Closing a
   * name right after a first name, such a word is its surname (title words are read so without a list: "Pavel Král").
   */
  surnameOrgWords: words.optional(),
  /**
   * Optional (added for role phrases, lib/analyze/attribution/roles.ts): how a person's role is
   * worded around a name. Languages without it get roles from `titles` and `roles` only.
   */
  rolePhrases: z
    .object({
      /** Noun endings that name a person by occupation ("-ист", "-тель"): a word so ending heads a role right before a name. */
      suffixes: words,
      /** Words with such an ending that are not roles ("налог", "например"). */
      notRoles: words,
      /** Predicates after which a role follows ("стал", "назначен", "занимал пост"): "X был послом Японии". */
      verbs: words,
      /** Words always allowed inside a role phrase: prepositions ("по" in "комитета по экономической политике") and nouns that look like verbs ("дел"). */
      joins: words,
      /** Endings of verb forms: a word so ending closes a role phrase ("госпитализирован", "сказал"). */
      verbEndings: words,
      /** Optional: nouns for a post that a role in the genitive follows ("на посту губернатора", "в качестве посла"). */
      postNouns: words.optional(),
      /** Optional: words after a comma that open a list of names a plural role before them covers ("как", "среди которых"). */
      listOpeners: words.optional(),
      /** Optional: "one of" before a plural role ("один из", "одним из"): the role is then that person's, in the singular. */
      oneOf: words.optional(),
    })
    .optional(),
  /** The language family's morphology table (lib/lang/morphology); without one, words are matched as written. */
  morphology: Morphology.optional(),
  names: z.object({
    /** Endings stripped when matching an inflected name to its nominative ("Башимова" → "Башимов"). */
    caseEndings: words,
    surnameSuffixes: gendered,
    patronymicSuffixes: gendered,
    firstNames: gendered,
    /** Surname endings that adjectives share ("Московский", "Бывший"): alone, such a word needs a first name. */
    adjectiveLike: words,
    /** Words right before a name that show it is a person ("жена", "51-летний" via "-летний"); "-x" matches an ending. */
    personCues: words,
    /** Lowercase particles inside names ("van", "de", "bin"). */
    particles: words,
    /**
     * Optional (added for descriptions standing for the person named last, "el funcionario", "der
     * 44-Jährige"): definite articles and demonstratives, lowercase, elided forms with "'". A language
     * that has them needs one before such a description; a language without them (ru, kk) leaves this out.
     */
    definiteArticles: words.optional(),
    /**
     * Optional (issue 15, "a réagi l'élue", "explicó la concejala", "sagte die 54-Jährige"): determiners that show
     * the gender of the singular noun after them. A description then stands for the person of that gender named
     * last, even with a person of the other gender named between.
     */
    articleGender: gendered.optional(),
    /**
     * Optional (issue 15, languages without articles: kk "дейді қария"): nouns that describe a person already named by
     * age, kinship or the writer's word for them ("қария" an old man, "әже" a grandmother, "кейіпкеріміз" our
     * protagonist), lowercase, by the gender they show (neutral: none). Alone as a speaker they stand for the person named
     * last in this paragraph or the one before: the one of that gender, or the only one.
     */
    descriptions: z.object({ male: words, female: words, neutral: words }).optional(),
    /**
     * Optional (issue 15, "a précisé l'adjoint au Télégramme", "dijo al Mundo"): prepositions fused with a definite
     * article, lowercase, and the article as an outlet's name writes it ("au" → "Le"): after one, a name known with
     * its article ("Le Télégramme", "El Mundo") stands without it.
     */
    contractedArticles: z.record(z.string(), z.string()).optional(),
  }),
});
export type Lexicon = z.infer<typeof Lexicon>;
