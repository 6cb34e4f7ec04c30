/**
 * Sources: the outlets, agencies, press services and photo credits an article relies on, from
 * citation cues ("со ссылкой на X", "сообщает корреспондент X", "X-ке сілтеме жасап", "told Reuters",
 * "(Reuters) -", "Фото: orda.kz"), with the citation chain (cited source → the one citing it).
 */
import type { Quote, Source, Span } from '../../schema';
import { OUTLET_HEADS, SOURCE_NAME_LINKS } from '../../lang/outlets';
import { OUTLET_ALT, OUTLET_START_RE, SITE_SRC, SITE_START_RE, contextualOutlet, inflectedOutletRe, outletByName, outletLengthAt } from './outlet-names';
import { STOP_WORDS } from '../../lang/stopwords';
import { endingRe } from './morphology';

export { cutAtOutlet, isOutletName, outletByName, outletLengthAt } from './outlet-names';
import { PHOTO_CREDIT_WORDS } from '../../lang/shared';
import { type Compiled, lexiconMemo, matchesIn } from './compile';
import type { People } from './people/registry';
import { type Block, type Doc, makeSpan, sentenceAt } from './text';
import { lower } from './words';

/**
 * The source finder reads every alias, those that also name other things ("Keystone") too; rules outside a source
 * context drop those afterwards (Sources.outOfContext).
 */
const outletInContext = (raw: string) => outletByName(raw, true);
const outletLengthInContext = (text: string) => outletLengthAt(text, true);
/** Rules that read a name in a source context: credits, source lines, datelines, according-to, citing, reported-by, correspondents. */
const CONTEXT_RULES = new Set([
  'source.according-after', 'source.according-before', 'source.according-body', 'source.citing-after', 'source.citing-before',
  'source.correspondent', 'source.dateline', 'source.photo-credit', 'source.photo-slash', 'source.reports-before',
  'source.source-line',
]);

/** Longest source name we read after a cue, in words ("пресс-служба акимата Восточно-Казахстанской области"). */
const MAX_NAME_WORDS = 6;
/** Longest name after "according to" that runs on to a comma, in words (names inflect: "центру контролю та профілактики хвороб"). */
const MAX_RUN_ON_WORDS = 9;
/** Shortest link word read as a noun for a kind of outlet ("radio", "газете"): shorter ones are articles and prepositions. */
const OUTLET_NOUN_MIN = 5;
/** Longest body's name said in, when it opens with a lowercase noun ("акимате Костанайской области"). */
const BODY_LOWER_MAX_WORDS = 4;
/** Longest word that ends a body's name after a bare "podle" ("je", "se"). */
const BODY_STOP_MAX = 2;
/** Longest word read as a preposition opening a body's complement ("pro", "na"). */
const BODY_LINK_MAX = 3;
/** Shortest organisation word matched by its stem ("úřad" → "úřadu"): shorter ones are acronyms and places. */
const ORG_WORD_MIN = 4;
/** Words between a cue and its source ("told the daily Le Monde", "sagte sie der „Zeitung“", "selon les données de l'Insee"). */
const MAX_LINK_WORDS = 4;
/** Longest quoted outlet name, in words: a longer quoted text is speech, not a name. */
const MAX_QUOTED_NAME_WORDS = 5;
/** Words of an organisation named before a postposed cue ("Денсаулық сақтау министрлігінің мәліметінше"). */
const MAX_ORG_BEFORE_WORDS = 4;
/** Words of a speaker (and a time phrase) between a speech cue and the outlet it was told to. */
const MAX_SPEAKER_WORDS = 5;
/** Longest photo credit line read as a source, in characters. */
const MAX_CREDIT_CHARS = 60;
/** A word that may stand between a cue and a source, elided article included ("l'"). */
const LINK_WORD_RE = /^([\p{L}\p{M}]+(?:['’](?=[\p{L}\p{N}]))?)[\s\u00a0]*/u;

/** A known outlet ending a string (source before a postposed cue). */
const OUTLET_END_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${OUTLET_ALT})$`, 'iu');
const SITE_END_RE = new RegExp(`${SITE_SRC}$`, 'iu');
const SITE_ANY_RE = new RegExp(`(?<![\\p{L}\\p{N}.@/])${SITE_SRC}`, 'giu');
/** "(Reuters) -" / "ALMATY (AP) —" / "LIMA (Andina).-" / "BONN (dpa/lnw) -" datelines at the start of a block. */
const DATELINE_RE = /^(\p{Lu}[\p{L}\p{N}\s,./'-]{0,60})\(([\p{L} .-]{2,40})(?:\/[\p{L}]{1,8})?\)\.?\s*[-–—]/u;
/** "Cusco, dic. 5 (ANDINA). El …": a place and a date, a known agency in brackets, a full stop (no dash). */
const DATELINE_KNOWN_DOT_RE = /^(\p{Lu}[\p{L}\p{N}\s,./'-]{0,60})\(([\p{L} .-]{2,40})\)\.[\s\u00a0]+(?=\p{Lu})/u;
/** "АСТАНА. KAZINFORM –": an upper-case place, a full stop, the agency, a dash. */
const DATELINE_DOT_RE = /^(\p{Lu}[\p{Lu}\p{M}\s-]{1,40})\.[\s\u00a0]+(\p{Lu}[\p{L}\p{N} .-]{1,40}?)[\s\u00a0]*[-–—][\s\u00a0]/u;
/** "АКТОБЕ, 5 декабря – Степь Пресс.": a place in capitals, a date, a dash, the agency, a full stop. */
const DATELINE_DATE_RE = /^(\p{Lu}{2}[\p{Lu}\p{M}\s-]{0,40},[^\n–—.]{1,30}?)[\s\u00a0][-–—][\s\u00a0](\p{Lu}[\p{L}\p{N} .-]{1,40}?)\.[\s\u00a0]/u;
/** "Астана, 5 декабря. /Степь Пресс/.": a place and a date, the agency between slashes. */
const DATELINE_SLASH_RE = /^(\p{Lu}[^\n/]{1,60}?)\/(\p{Lu}[\p{L}\p{N} .-]{1,30})\/\.?[\s\u00a0]/u;
/** A place written in capitals, as wires write it ("MEDELLÍN", "TUCSON, Ariz., Dec 4"): its letters, at least two, are upper-case. */
function capitalPlace(place: string): boolean {
  const head = place.split(',')[0]!;
  return /\p{Lu}{2}/u.test(head) && head === head.toUpperCase();
}
/** A dateline's place: one to three capitalised words, maybe with a date ("Genève", "Buenos Aires, 4 dic"), not a clause ("El alcalde"). */
function placeWords(place: string): boolean {
  const words = place.split(',')[0]!.trim().split(/[\s\u00a0]+/u);
  return words.length <= 3 && words.every((w) => /^\p{Lu}/u.test(w));
}
/** "(AP Photo/Evan Vucci)", "Photo: Reuters/…": the credited agency before the slash. */
const PHOTO_SLASH_RE = new RegExp(`\\(([\\p{L}\\p{N} .&-]{2,40}?)\\s+(?:${PHOTO_CREDIT_WORDS.join('|')})\\s*\\/\\s*[^)]*\\)`, 'giu');
/** A name in quotation marks after a cue: «Казинформ», "Egemen Qazaqstan". */
const QUOTED_NAME_RE = /^[«"“„]([^«»"“”„]{2,60})[»"”“]/u;
/** A capitalised name of up to six words ("The New York Post", "Минздрав РК", "Institut für Demoskopie Allensbach"). */
const CAP_NAME_RE = new RegExp(`^(?:The[ \\t\\u00a0]+)?\\p{Lu}[\\p{L}\\p{M}\\p{N}.&'’-]*(?:[ \\t\\u00a0]+(?:(?:${SOURCE_NAME_LINKS.join('|')})(?=[ \\t\\u00a0]+\\p{Lu})|\\p{Lu}[\\p{L}\\p{M}\\p{N}.&'’-]*)){0,5}`, 'u');
/** A dot then a space inside a capitalised run: a sentence end ("Bureau of Labor Statistics. In …") or an abbreviation ("Mrs. Clinton"). */
const DOT_IN_NAME_RE = /([\p{L}\p{M}]+)\.[ \t\u00a0]/gu;
/** A possessive ending a name ("Kantar Media’s"). */
const POSSESSIVE_RE = /['’]s$/u;
/** A credit line's name runs to the line end, a slash (author after it), a comma or a bracket. */
const CREDIT_END_RE = /[\n/,;()|]|[\s\u00a0][-–—][\s\u00a0]/u;

/** Capitalised words, maybe joined by a link word, ending right before a position ("Committee for a ", "New "). */
const NAME_LEFT_RE = new RegExp(`(?<![\\p{L}\\p{M}.])\\p{Lu}[\\p{L}\\p{M}-]*(?:[ \\u00a0]+\\p{Lu}[\\p{L}\\p{M}-]*)*[ \\u00a0]+(?:(?:${SOURCE_NAME_LINKS.join('|')}|on)(?:[ \\u00a0]+(?:a|an|the))?[ \\u00a0]+)?$`, 'u');
/** An acronym in brackets right after a name ("Centre national du cinéma (CNC)"). */
const ACRONYM_AFTER_RE = /^[\s\u00a0]*\((\p{Lu}[\p{Lu}\p{N}&-]{1,9})\)/u;
/** A short name in brackets written as a word ("Agencia Estatal de Meteorología (Aemet)", "… (Insee)"): one word, no spaces. */
const SHORT_NAME_AFTER_RE = /^[\s\u00a0]*\((\p{Lu}[\p{L}\p{N}&-]{2,9})\)/u;
/** A regional or topical edition right after a known outlet ("Суспільне Черкаси", "France Bleu Isère"): one capitalised word, no more. */
const EDITION_RE = /^[ \u00a0](\p{Lu}[\p{Ll}\p{M}'’-]+)(?![\p{L}\p{M}\p{N}]|[ \u00a0]\p{Lu}|[.'’-]\p{L})/u;
/** A network's regional edition in a few words, to a punctuation mark or the line end ("France 3 Grand Est.", "Českému rozhlasu Karlovy Vary,"). */
const EDITIONS_RE = /^[ \u00a0](\p{Lu}[\p{L}\p{M}'’-]+(?:[ \u00a0](?:(?:de|du|des|d['’]|de la)[ \u00a0]?)?\p{Lu}[\p{L}\p{M}'’-]+){0,2})(?=[ \u00a0]*(?:[.,;:!?)»“”"]|$))/u;

/** A name ending in an outlet's head word, alone ("Zeitung") or closing a compound ("Volkszeitung", "Ostsee-Zeitung"). */
const OUTLET_HEAD_RE = new RegExp(`(?:${OUTLET_HEADS.join('|')})$`, 'iu');
/** Name shapes no person has: a letter run and digits ("Rosario3", "Europe 1"), a word joined to an acronym ("Levante-EMV", "WBAL-TV"). */
const OUTLET_SHAPE_RE = /^\p{Lu}[\p{L}]*(?:\p{N}+|[ \u00a0]\p{N}{1,3}|-\p{Lu}{2,})$/u;
const OUTLET_HEAD_WORD_RE = new RegExp(`^(?:${OUTLET_HEADS.join('|')})$`, 'iu');
/** Capitalised words in a row, no link words ("Weber" of "Weber der Kieler Nachrichten"). */
const CAP_RUN_RE = /^\p{Lu}[\p{L}\p{M}\p{N}.&'’-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}\p{M}\p{N}.&'’-]*){0,4}(?:[ \u00a0]\p{N}{1,3}(?![\p{L}\p{N}]))?/u;
const LATIN_RE = /\p{Script=Latin}/gu;
/** A letter of another script than Latin. */
const OTHER_SCRIPT_RE = /(?!\p{Script=Latin})\p{L}/gu;

/** A sentence opening with a preposition and a word ("У Службі …", "В акимате …"). */
const BODY_OPEN_RE = /^[\s\u00a0«"„“]*(\p{L}+)[\s\u00a0]+(?=[\p{L}])/u;

/** Per lexicon: words that may stand between a cue and the source it names. */
const linkWords = lexiconMemo(
  (c) => new Set([...(c.lex.sourceCues.beforeName ?? []), ...(c.lex.names.definiteArticles ?? [])].map((w) => w.replace(/’/g, "'"))),
);

/** Per lexicon: nouns for the media in general (lexicon genericSources), lower case. */
const genericSources = lexiconMemo((c) => new Set((c.lex.sourceCues.genericSources ?? []).map(lower)));
/** Per lexicon: such a noun with an outlet name's case ending ("бақ-тың"). */
const inflectedGenericRe = lexiconMemo((c) => {
  const endings = c.lex.sourceCues.nameEndings ?? [];
  return endings.length > 0 ? new RegExp(`^(.+?)-?(?:${endings.join('|')})$`, 'u') : null;
});

/** Per lexicon: an outlet's title of one capitalised adjective and a title noun, at the start and at the end of a string ("Ústeckému deníku"). */
const titleNounRe = lexiconMemo((c): { start: RegExp; end: RegExp } | null => {
  const nouns = (c.lex.sourceCues.titleNouns ?? []).join('|');
  return nouns
    ? {
        start: new RegExp(`^(\\p{Lu}\\p{Ll}+)[ \\u00a0]+(?:${nouns})(?![\\p{L}\\p{N}])(?![ \\u00a0]*[\\p{Lu}\\p{N}«"„“])`, 'u'),
        end: new RegExp(`(?<![\\p{L}\\p{N}])(\\p{Lu}\\p{Ll}+)[ \\u00a0]+(?:${nouns})$`, 'u'),
      }
    : null;
});

/** Per lexicon: outlet nouns that follow a name ("агенттігі", "порталының"), longest first. */
const afterNameWords = lexiconMemo((c) => [...(c.lex.sourceCues.afterName ?? [])].sort((a, b) => b.length - a.length));

/** Per lexicon: the possessor (genitive) endings of an owner standing before what it owns ("департаментінің баспасөз қызметі"). */
const possessorRe = lexiconMemo((c) => endingRe(c.morph.table.roles.possessorEndings ?? []));

/** A quoted name ending a string ("die „Thüringer Allgemeine“"). */
const QUOTED_BEFORE_RE = /[«"“„]([^«»"“”„]{2,60})[»"”“]$/u;
/** Any quoted stretch of a phrase. */
const QUOTED_ANY_RE = /«[^«»]{1,60}»|„[^„“”]{1,60}[“”]|“[^“”]{1,60}”/gu;
/** A capitalised word and lowercase words after it, ending a string. */
const ORG_BEFORE_RE = /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}-]*(?:[\s\u00a0]+\p{Ll}[\p{L}\p{M}-]*){1,5}$/u;

/** Whether a quoted text reads as a name: a capital or digit first, a few words, no sentence end. */
function quotedName(q: string): boolean {
  const t = q.trim();
  return /^[\p{Lu}\p{N}]/u.test(t) && !/[.,;:!?…]$/u.test(t) && t.split(/\s+/).length <= MAX_QUOTED_NAME_WORDS;
}

interface Found {
  name: string;
  kind: Source['kind'];
  start: number;
  end: number;
  /** Read as a bare capitalised name, not a known outlet, site or quoted name. */
  weak?: boolean;
}

/** Records a source found by `rule` (see SourceFinder.block). */
type Note = (rule: string, f: Found | null, cueStart: number, role: 'reporter' | 'cited' | 'plain', citedByFallback?: string | null, shown?: string) => void;

export class SourceFinder {
  private readonly out = new Map<string, Source>();

  constructor(
    private readonly c: Compiled,
    private readonly doc: Doc,
    /** Whether [start, end) names a person (persons are speakers, not sources). */
    private readonly isPerson: (block: number, start: number, end: number) => boolean = () => false,
    /** The end of the person's name overlapping [start, end), or -1. */
    private readonly personEnd: (block: number, start: number, end: number) => number = () => -1,
  ) {}

  run(quotes: readonly Quote[] = []): Source[] {
    for (const b of this.doc.blocks) this.block(b);
    for (const q of quotes) this.speakingOrganisation(q);
    for (const q of quotes) this.toldAfterCue(q, quotes);
    return [...this.out.values()];
  }

  /**
   * The outlet a quote was told to, after whatever speech verb the quote finder read as its cue ("a assuré sur
   * France Bleu Isère", "contó a Levante-EMV"), not only after the lexicon's told cues: a known or shaped outlet only.
   */
  private toldAfterCue(q: Quote, quotes: readonly Quote[]): void {
    const cue = q.cueSpan;
    const block = cue && this.doc.blocks.find((b) => b.index === cue.block);
    if (!cue || !block) return;
    const end = sentenceAt(block, cue.start).end;
    const f = this.nameAt(cue.end, end, false) ?? this.outletPastSpeaker(cue.end, end);
    if (!f || (f.kind !== 'agency' && f.kind !== 'outlet') || this.namesNothing(f.name) || this.outOfContext(f, 'source.told-after-cue')) return;
    // Past the speaker, a quoted name is the speaker's organisation ("сказал наставник «Локомотива»"), not an outlet.
    if (f.start > cue.end + 1 && /[«"“„]/u.test(this.doc.text[f.start - 1] ?? '') && !outletInContext(f.name) && this.doc.text.slice(cue.end, f.start).trim().length > 1) return;
    // A quoted name inside a quote is the quote's words, not an outlet.
    if (quotes.some((o) => o.start < f.end && f.start < o.end)) return;
    this.add(f, this.doc.text.slice(cue.start, f.end).replace(/[\s\u00a0]+/g, ' '), makeSpan(this.doc, f.start, f.end, cue.block), 'source.told-after-cue');
  }

  /**
   * An organisation quoted as the speaker ("a annoncé SNCF Voyageurs", "la Confederación Hidrográfica del
   * Guadalquivir advirtió", "У Черкаській ОВА заявили"): whoever the article quotes and is no person is a
   * source. The speaker phrase must read as a name, not a common noun at a sentence start ("Hydrologists
   * said"): an article or a preposition before it, two capitalised words, an acronym or a hyphenated name.
   */
  private speakingOrganisation(q: Quote): void {
    const s = q.speakerSpan;
    if (q.speaker || !q.speakerRef || !s || q.speakerRule?.startsWith('speaker.inherited')) return;
    const text = this.doc.text;
    const phrase = text.slice(s.start, s.end);
    const lead = /^(?:[\p{Ll}\p{N}]+['’]?[\s\u00a0]+)*?(?=\p{Lu})|^\p{L}{1,2}['’](?=\p{Lu})/u.exec(phrase);
    if (!lead) return;
    // "В акимате Костанайской области сообщили": after a locative preposition the body's name starts at its noun.
    const prep = /^(\p{L}+)[\s\u00a0]+(?=\p{Ll}+[\s\u00a0]+\p{Lu})/u.exec(phrase);
    const before = /(\p{L}+)[\s\u00a0]+$/u.exec(text.slice(Math.max(0, s.start - 20), s.start))?.[1];
    const preceded = !!before && this.c.placePrepositions.has(lower(before)) && /^\p{Ll}+[\s\u00a0]+\p{Lu}/u.test(phrase);
    const located = preceded || (!!prep && this.c.placePrepositions.has(lower(prep[1]!)));
    // An unresolved title or pronoun ("голови ОВА", "he") is a person nobody named; a title after "в/у" is the office.
    if (q.speakerRule?.includes('+') && !located) return;
    let start = s.start + (preceded ? 0 : located ? prep![0].length : lead[0].length);
    // "L'ARS Occitanie": an elided article opens the name.
    const elided = /^\p{L}{1,2}['’](?=\p{Lu})/u.exec(text.slice(start, s.end));
    const leadWords = lower(lead[0] + (elided?.[0] ?? '')).replace(/’/g, "'").split(/[\s\u00a0]+/u).filter(Boolean);
    if (elided) start += elided[0].length;
    // "The Republican National Committee", "La Confederación …" opening a sentence: the article is no part of the name.
    const article = /^(\p{Lu}\p{Ll}{1,3})[ \u00a0]+(?=\p{Lu})/u.exec(text.slice(start, s.end));
    // Unless the article belongs to an outlet's title ("The Hill said").
    const titleOf = outletInContext(text.slice(start, s.end).replace(/[\s.,;:]+$/u, ''));
    const capArticle = !!article && !titleOf && !!this.c.lex.names.definiteArticles?.includes(lower(article[1]!));
    if (capArticle) start += article![0].length;
    // The speaker phrase may start inside the name ("[Committee for a] Responsible Federal Budget", "[New] York Post").
    if (lead[0] === '' && !elided && !capArticle) {
      const left = NAME_LEFT_RE.exec(text.slice(Math.max(0, start - 60), start));
      // A sentence's first word is no part of a name but through a link ("When Clinton", "Say Mexico").
      const linked = !!left && /(?:^|[ \u00a0])\p{Ll}+[ \u00a0]+$/u.test(left[0]);
      const block = this.doc.blocks.find((b) => b.index === s.block);
      const opens = !!left && !!block && /^[\s\u00a0«"„“(—–-]*$/u.test(text.slice(sentenceAt(block, start).start, start - left[0].length));
      if (left && (linked || !opens) && !this.c.nonNames.has(lower(left[0].split(/[ \u00a0]/u)[0]!))) start -= left[0].length;
    }
    const words = text.slice(start, s.end).replace(/[\s.,;:]+$/u, '').split(/[\s\u00a0]+/u);
    if (words.length === 0 || words.length > MAX_RUN_ON_WORDS) return;
    const name = words.join(' ');
    const caps = words.filter((w) => /^\p{Lu}/u.test(w));
    const acronym = caps.some((w) => /^\p{Lu}{2,}$/u.test(w.replace(/[-–]/gu, '')));
    // In German every noun has a capital ("Verein", "Ein Sprecher der Liga"): only an acronym or a known outlet tells.
    if (this.c.lex.capitalisedNouns && !acronym && !outletInContext(name)) return;
    // The word right before the name: "la Confederación", "в акимате" (not a preposition further back: "вступившему в силу Закону").
    const last = leadWords[leadWords.length - 1] ?? '';
    const articled = located || capArticle || !!this.c.lex.names.definiteArticles?.includes(last) || this.c.placePrepositions.has(last);
    // "Источники СМИ", "Западные СМИ": an unnamed group, however capitalised.
    if (matchesIn(this.c.collectiveRe, this.doc.words, s.start, s.end).some((m) => m.end >= s.end - 1)) return;
    // A sentence's first word has a capital anyway ("Vecinos de la colonia Revolución"): two capitalised words in a row then.
    const block = this.doc.blocks.find((b) => b.index === s.block);
    const opensSentence = !block || /^[\s\u00a0«"„“(—–-]*$/u.test(text.slice(sentenceAt(block, start).start, start));
    const twoCaps = opensSentence ? /^\p{Lu}/u.test(words[1] ?? '') && !this.c.nonNames.has(lower(words[0]!)) : caps.length >= 2;
    const shaped = twoCaps || acronym || /\p{Lu}[\p{L}]*-\p{Lu}/u.test(caps[0] ?? '');
    if (!articled && !shaped) return;
    // A person (known to the registry) anywhere in it is a speaker, never a source ("Vice President Joseph R. Biden Jr.").
    if (this.isPerson(s.block, start, start + name.length) || /['’]s\b|\p{Lu}\p{Ll}{0,3}\.[\s\u00a0]/u.test(name)) return;
    // Shouted text is no acronym ("CLARIFICATION", "SAVE A QUARTER").
    if (caps.some((w) => /^\p{Lu}{7,}$/u.test(w))) return;
    // Where names do not inflect, the whole name is capitalised words and their links ("the Federal Bureau of
    // Prisons"), not a phrase around one ("The Trump team", "Democrats on Capitol Hill", "a … poll released last week").
    // An acronym in brackets after it vouches for a name in any case ("le Centre national du cinéma (CNC)").
    const vouched = ACRONYM_AFTER_RE.test(text.slice(start + name.length, start + name.length + 16));
    if (this.c.morph.caseClasses.length === 0 && !vouched && CAP_NAME_RE.exec(name)?.[0].replace(/[\s.]+$/u, '') !== name) return;
    // "СМИ сообщили": the media in general name no source.
    if (this.namesNothing(name)) return;
    const f: Found = { name, kind: outletInContext(name)?.kind ?? 'official', start, end: start + name.length };
    if (this.outOfContext(f, 'source.speaking-organisation')) return;
    this.add(f, phrase, makeSpan(this.doc, f.start, f.end, s.block), 'source.speaking-organisation');
  }

  /** One block's sources, pass by pass (each pass a method: V8 optimises them apart, not one large function). */
  private block(b: Block): void {
    const text = this.doc.text;
    const perSentence = new Map<number, { reporter: string | null; cited: Source[] }>();
    const note: Note = (rule, f, cueStart, role, citedByFallback = null, shown) => {
      if (!f || this.namesNothing(f.name) || this.outOfContext(f, rule)) return;
      const sent = sentenceAt(b, cueStart);
      const evidence = shown ?? text.slice(Math.min(cueStart, f.start), Math.max(f.end, cueStart)).replace(/[\s\u00a0]+/g, ' ').trim();
      const src = this.add(f, evidence, makeSpan(this.doc, f.start, f.end, b.index), rule);
      const slot = perSentence.get(sent.start) ?? { reporter: null, cited: [] };
      perSentence.set(sent.start, slot);
      if (role === 'reporter') slot.reporter ??= src.name;
      if (role === 'cited') {
        slot.cited.push(src);
        if (citedByFallback) src.citedBy ??= citedByFallback;
      }
    };

    this.photoSources(b, note);
    this.datelineSources(b, note);
    this.reporterSources(b, note);
    this.accordingSources(b, note);
    this.bodyAccordingSources(b, note);
    this.toldSources(b, note);
    this.bodySources(b, note);
    // Chain: in one sentence, whatever is cited is cited by the reporter ("корреспондент Altaynews.kz со ссылкой на Zakon.kz").
    for (const slot of perSentence.values()) {
      for (const s of slot.cited) if (slot.reporter && s.name !== slot.reporter) s.citedBy = slot.reporter;
    }
  }

  /** Photo credits, after a credit word or in a "(X Photo / …)" line. */
  private photoSources(b: Block, note: Note): void {
    const norm = this.doc.norm;
    const text = this.doc.text;
    const c = this.c;
    // Photo credits: "Фото: orda.kz", "Photo: Reuters", "(AP Photo/Evan Vucci)".
    for (const h of matchesIn(c.photoRe, this.doc.words, b.start, b.end)) {
      const m = /^[\s\u00a0]*[:：][\s\u00a0]*(?:©[\s\u00a0]*)?/u.exec(norm.slice(h.end, h.end + 6));
      // Without a colon, only a credit line of its own ("Photo courtesy of …", "Фото с сайта …", "(Photo by …/…)").
      const f = m ? (this.nameAt(h.end + m[0].length, b.end) ?? this.creditLine(b, h.start, h.end + m[0].length)) : /^[\s\u00a0]/u.test(norm.slice(h.end, h.end + 1)) ? this.creditLine(b, h.start, h.end + 1, true) : null;
      if (f) note('source.photo-credit', { ...f, kind: 'photo' }, h.start, 'plain');
      // "Foto: picture alliance/dpa": every known agency of the credit is credited.
      if (f && m) for (const o of this.knownInCredit(b, h.end + m[0].length)) if (o.start !== f.start) note('source.photo-credit', o, h.start, 'plain');
    }
    // "Источник: Kazinform", "Source: Reuters", "Quelle: Statistisches Bundesamt": a known name after the colon, or a
    // name read as in a credit line (its own line, capitalised, no person); a source, not a photograph.
    for (const h of matchesIn(c.sourceLineRe, this.doc.words, b.start, b.end)) {
      const m = /^[\s\u00a0]*[:：][\s\u00a0]*/u.exec(norm.slice(h.end, h.end + 6));
      const f = m ? (this.nameAt(h.end + m[0].length, b.end) ?? this.creditLine(b, h.start, h.end + m[0].length)) : null;
      if (f) note('source.source-line', f.kind === 'photo' ? { ...f, kind: 'official' } : f, h.start, 'plain');
    }
    // "© Ludovic Marin / AFP": the copyright sign is a credit word in every language.
    for (let at = text.indexOf('©', b.start); at >= 0 && at < b.end; at = text.indexOf('©', at + 1)) {
      const f = this.creditLine(b, at, at + 1, false, true);
      if (f) note('source.photo-credit', { ...f, kind: 'photo' }, at, 'plain');
    }
    PHOTO_SLASH_RE.lastIndex = 0;
    // Cheap check first: a "(X Photo / …)" credit needs a slash in the block.
    const slash = text.indexOf('/', b.start);
    const photoCredits = slash >= 0 && slash < b.end ? text.slice(b.start, b.end).matchAll(PHOTO_SLASH_RE) : [];
    for (const m of photoCredits) {
      const start = b.start + m.index + 1;
      const name = m[1]!.trim();
      note('source.photo-slash', { name: outletInContext(name)?.name ?? name, kind: 'photo', start, end: start + name.length }, b.start + m.index, 'plain', null, m[0]);
    }
  }

  /** A dateline's agency in the first blocks. */
  private datelineSources(b: Block, note: Note): void {
    const text = this.doc.text;
    // Datelines: "WASHINGTON (Reuters) -".
    if (b.index === this.doc.blocks[0]?.index || b.index <= 2) {
      const block = text.slice(b.start, b.end);
      const d = DATELINE_RE.exec(block) ?? this.knownDatelineDot(block);
      if (d) {
        const raw = d[2]!.trim();
        // An unknown agency counts behind a place in wire capitals ("MEDELLÍN (Colprensa).-"), not behind any capitalised phrase.
        const start = b.start + d.index + d[0].indexOf('(') + 1;
        // Behind a place in ordinary letters ("Genève (Keystone-ATS) -"), an agency shaped as one (capitals, a joined acronym).
        const shaped = placeWords(d[1]!) && this.agencyShaped(raw, start);
        const o = outletInContext(raw) ?? ((capitalPlace(d[1]!) || shaped) && raw.split(' ').length <= 3 && /^\p{Lu}/u.test(raw) ? { name: raw, kind: 'agency' as const } : null);
        if (o) {
          note('source.dateline', { name: o.name, kind: o.kind, start, end: start + raw.length }, start, 'reporter');
        }
      }
      // "АСТАНА. KAZINFORM –", "АКТОБЕ, 5 декабря – Степь Пресс.": an unknown agency counts when its name is shaped
      // like one ("…Пресс", capitals, Latin letters in another script), not any capitalised phrase after a place.
      const dot = d ? null : (DATELINE_DOT_RE.exec(block) ?? DATELINE_DATE_RE.exec(block));
      if (dot) {
        const raw = dot[2]!.trim();
        const start = b.start + dot[1]!.length + dot[0].slice(dot[1]!.length).indexOf(dot[2]!);
        const o = outletInContext(raw) ?? (this.agencyShaped(raw, start) ? { name: raw, kind: 'agency' as const } : null);
        if (o) note('source.dateline', { name: o.name, kind: o.kind, start, end: start + raw.length }, start, 'reporter');
      }
      // "Астана, 5 декабря. /Степь Пресс/.": the agency between slashes.
      const slash = d || dot ? null : DATELINE_SLASH_RE.exec(block);
      if (slash) {
        const raw = slash[2]!.trim();
        const start = b.start + slash[1]!.length + 1;
        const o = outletInContext(raw);
        note('source.dateline', { name: o?.name ?? raw, kind: o?.kind ?? 'agency', start, end: start + raw.length }, start, 'reporter');
      }
    }
  }

  /** Who reports, and whom they cite, before or after the cue. */
  private reporterSources(b: Block, note: Note): void {
    const c = this.c;
    // "сообщает корреспондент X", "передает X", "reported by X": the reporter follows.
    for (const h of matchesIn(c.reportsRe, this.doc.words, b.start, b.end)) {
      const f = this.nameAt(h.end, b.end, true);
      // "zveřejnil Babiš": a person who publishes is a speaker, not a source.
      if (f && !(f.kind === 'other' && this.isPerson(b.index, f.start, f.end))) note('source.reports-before', f, h.start, 'reporter');
    }
    // "X reported", "X хабарлайды": the reporter precedes (known outlets and sites only: persons report too).
    // "Wie die „Sächsische Zeitung“ unter Berufung auf den Verband berichtet": the reporter stands before the citing phrase.
    const citing = matchesIn(c.citingRe, this.doc.words, b.start, b.end);
    let k = 0;
    for (const h of matchesIn(c.reportsAfterRe, this.doc.words, b.start, b.end)) {
      const sent = sentenceAt(b, h.start);
      // The last citing phrase before the cue (hits come in text order: one walk over both lists).
      while (k + 1 < citing.length && citing[k + 1]!.end <= h.start) k++;
      const last = citing[k];
      const cite = last && last.start >= sent.start && last.end <= h.start ? last : undefined;
      // A name after the citing phrase is the one cited (its own rule notes it): the reporter stands before the phrase.
      const near = this.nameBefore(b.start, h.start, false);
      note('source.reports-after', cite && (!near || near.start >= cite.end) ? this.nameBefore(sent.start, cite.start, false) : near, h.start, 'reporter');
    }
    // "со ссылкой на X", "citing X": cited, and cited by this sentence's reporter.
    for (const h of matchesIn(c.citingRe, this.doc.words, b.start, b.end)) {
      const f = this.nameAt(h.end, b.end, true);
      // "citing Trump": a person cited is a speaker, not a source.
      if (f && !(f.kind === 'other' && this.isPerson(b.index, f.start, f.end))) note('source.citing-before', f, h.start, 'cited');
    }
    for (const h of matchesIn(c.citingAfterRe, this.doc.words, b.start, b.end)) note('source.citing-after', this.nameBefore(b.start, h.start, true), h.start, 'cited');
  }

  /** "по данным X", "according to X": the cited source after the cue. */
  private accordingSources(b: Block, note: Note): void {
    const text = this.doc.text;
    const c = this.c;
    // "по данным X", "according to X", "X мәліметінше".
    for (const h of matchesIn(c.accordingSourceRe, this.doc.words, b.start, b.end)) {
      let f = this.nameAt(h.end, b.end, true) ?? this.lowerBodyAt(h.end, b.end);
      // "по данным Бюро национальной статистики": where names inflect, a name runs on in lowercase; not
      // after an acronym ("ČHMÚ napršelo"), nor where they do not ("NHS England data").
      // Only where names inflect (a case morphology): elsewhere the lowercase words after a name are not part of it.
      const lastWord = f ? f.name.split(/[\s\u00a0]+/u).pop()! : '';
      if (f && f.kind === 'other' && c.morph.caseClasses.length > 0 && lastWord !== lastWord.toUpperCase()) {
        // "по данным Бюро национальной статистики": the name runs to the clause end.
        const rest = text.slice(f.start, b.end);
        const stop = rest.search(/[,;:!?()«»"“”]|\.(?:\s|$)|[\s\u00a0][-–—][\s\u00a0]/u);
        // Up to a comma the name may be long ("обласного центру контролю та профілактики хвороб"); without one, a few words.
        const name = (stop >= 0 ? rest.slice(0, stop) : rest).trim().split(/\s+/).slice(0, stop >= 0 ? MAX_RUN_ON_WORDS : MAX_NAME_WORDS).join(' ');
        f = { ...f, name, end: f.start + name.length, kind: 'official' };
      }
      // "Selon les chiffres de la Commission de régulation de l'énergie, …": where names do not inflect, a body's name
      // opened by an organisation word runs on in lowercase to the comma that closes the according-to phrase.
      if (f && f.kind === 'other' && c.morph.caseClasses.length === 0 && !c.lex.capitalisedNouns && this.orgWord(f.name.split(/[\s\u00a0]/u)[0]!)) {
        const run = this.runToComma(f.start, b.end);
        if (run && run.length > f.name.length) f = { ...f, name: run, end: f.start + run.length, kind: 'official' };
      }
      const honorific = f && c.honorificGender.has(f.name.split(/\s/)[0]!.toLowerCase() + (text[f.start + f.name.split(/\s/)[0]!.length] === '.' ? '.' : ''));
      const firstWord = f ? f.name.split(/[\s\u00a0]/u)[0]!.length : 0;
      // "d'après le Cerema": after a definite article a capitalised name is no person.
      const lead = f ? lower(text.slice(h.end, f.start)).trim().split(/[\s\u00a0]+/u).pop()! : '';
      // Or after any link word ("datos del Servicio …", "nach Angaben des Landesamts"): a contracted article or an outlet noun.
      const articled = !!lead && (!!c.lex.names.definiteArticles?.includes(lead) || linkWords(c).has(lead));
      // A person is a speaker: the name opens with one ("по данным Ивана Петрова"), or, for a name run on, holds one.
      // A capitalised adjective before lowercase words ("Вінницького обласного центру") opens an institution's name, even
      // where it reads as a surname: a person's name ends at its last capitalised word.
      const words = f ? f.name.split(/[\s\u00a0]+/u) : [];
      const adjective = f?.kind === 'official' && words.length >= 3 && /^\p{Ll}{4,}/u.test(words[1]!) && this.personEnd(b.index, f.start, f.start + firstWord) <= f.start + firstWord;
      // "Laut Statistischem Bundesamt": where every noun has a capital and nouns compound, a name holding or ending in an
      // organisation word is a body (elsewhere such words are also places and first names: "Carolina", "France").
      const body = !!c.lex.capitalisedNouns && words.some((w) => this.orgWord(w) || this.orgHead(w));
      const person = f && !articled && !adjective && !body && (f.kind === 'official' ? this.isPerson(b.index, f.start, f.end + 40) : f.kind === 'other' && this.isPerson(b.index, f.start, f.start + firstWord));
      if (f && !honorific && !person) note('source.according-before', f, h.start, 'cited');
    }
  }

  /**
   * "Podle Českého statistického úřadu vzrostly …": a cue that also introduces persons names a source only
   * with an organisation word in the name; the name ends at its last organisation word, or, where that word
   * opens it, takes a short complement ("Úřadu pro civilní letectví", "Ministerstva zdravotnictví").
   */
  private bodyAccordingSources(b: Block, note: Note): void {
    const text = this.doc.text;
    for (const h of matchesIn(this.c.accordingBodyRe, this.doc.words, b.start, b.end)) {
      const f = this.nameAt(h.end, b.end, true);
      if (!f || f.kind !== 'other' || this.isPerson(b.index, f.start, f.end)) continue;
      const rest = text.slice(f.start, b.end);
      const stop = rest.search(/[,;:!?()«»"“”]|\.(?:\s|$)|[\s\u00a0][-–—][\s\u00a0]/u);
      const all = (stop >= 0 ? rest.slice(0, stop) : rest).trim().split(/[\s\u00a0]+/u).slice(0, MAX_NAME_WORDS);
      // The name ends before the first very short word ("je", "se": the clause's verb follows a person or a place).
      const short = all.findIndex((w) => w.length <= BODY_STOP_MAX);
      const words = short >= 0 ? all.slice(0, short) : all;
      const org = words.map((w, i) => (this.orgWord(w) ? i : -1)).filter((i) => i >= 0);
      // One word alone is a person's or a place's ("Podle Prahy je …") unless an acronym ("Podle ČHMÚ").
      const acronym = /^\p{Lu}{2,}$/u.test(words[0] ?? '');
      if (acronym) {
        note('source.according-body', { name: words[0]!, kind: 'official', start: f.start, end: f.start + words[0]!.length }, h.start, 'cited');
        continue;
      }
      if (org.length === 0 || words.length < 2) continue;
      const last = org[org.length - 1]!;
      const next = all[last + 1] ?? '';
      // A short word after the head opens its complement ("pro civilní letectví"); a lowercase word is its genitive.
      const end = last > 0 ? last : next.length > 0 && next.length <= BODY_LINK_MAX ? Math.min(last + 3, all.length - 1) : /^\p{Ll}/u.test(next) ? last + 1 : last;
      const name = all.slice(0, end + 1).join(' ');
      note('source.according-body', { name, kind: 'official', start: f.start, end: f.start + name.length }, h.start, 'cited');
    }
  }

  /** The words from start to the next comma, when a comma comes within a few words and nothing else stops the phrase. */
  private runToComma(start: number, limit: number): string | null {
    const rest = this.doc.text.slice(start, Math.min(limit, start + 160));
    const stop = rest.search(/[,;:!?()«»"“”]|\.(?:\s|$)|[\s\u00a0][-–—][\s\u00a0]/u);
    if (stop < 0 || rest[stop] !== ',') return null;
    const phrase = rest.slice(0, stop).trim();
    return phrase.split(/[\s\u00a0]+/u).length <= MAX_RUN_ON_WORDS ? phrase : null;
  }

  /**
   * A body written in lowercase after a data cue, where names inflect ("podle údajů ministerstva zdravotnictví",
   * "по данным министерства здравоохранения"): an organisation word of the lexicon opens it, its genitive
   * complement follows (one lowercase word, or a short preposition and a few words: "ministerstva pro místní rozvoj").
   */
  private lowerBodyAt(pos: number, limit: number): Found | null {
    const text = this.doc.text;
    let p = pos;
    while (p < limit && /[\s\u00a0]/.test(text[p]!)) p++;
    p = this.skipLinks(p, limit);
    // Languages whose names inflect list the endings an outlet's name takes; elsewhere the body's name runs to the comma
    // and ends with its place ("Selon la chambre d'agriculture de la Gironde, …", "según la consejería de Sanidad de Murcia, …").
    if ((this.c.lex.sourceCues.nameEndings?.length ?? 0) === 0) {
      if (this.c.lex.capitalisedNouns) return null;
      const run = this.runToComma(p, limit);
      const words = run?.split(/[\s\u00a0]+/u) ?? [];
      if (!run || words.length < 2 || !/^\p{Ll}/u.test(run) || !this.orgWord(words[0]!) || !/^\p{Lu}/u.test(words[words.length - 1]!.replace(/^\p{L}['’]/u, ''))) return null;
      return { name: run, kind: 'official', start: p, end: p + run.length };
    }
    const rest = text.slice(p, Math.min(limit, p + 120));
    const stop = rest.search(/[,;:!?()«»"“”]|\.(?:\s|$)|[\s\u00a0][-–—][\s\u00a0]/u);
    const all = (stop >= 0 ? rest.slice(0, stop) : rest).trim().split(/[\s\u00a0]+/u).slice(0, MAX_NAME_WORDS);
    const head = all[0] ?? '';
    if (!/^\p{Ll}/u.test(head) || !this.orgWord(head)) return null;
    const next = all[1] ?? '';
    const n = next.length > 0 && next.length <= BODY_LINK_MAX ? Math.min(3, all.length - 1) : /^\p{Ll}{4,}/u.test(next) ? 1 : 0;
    const name = all.slice(0, n + 1).join(' ');
    return { name, kind: 'official', start: p, end: p + name.length };
  }

  /** Whether the word ending right before pos is a link word of the lexicon (an article, an outlet noun). */
  private linkBefore(pos: number): boolean {
    const w = /([\p{L}\p{M}]+)[\s\u00a0]*$/u.exec(this.doc.text.slice(Math.max(0, pos - 30), pos))?.[1];
    return !!w && linkWords(this.c).has(lower(w));
  }

  /** A known outlet by its name, in any case form ("Интерфаксу" → Interfax). */
  private knownOutlet(name: string): { name: string; kind: 'agency' | 'outlet' } | null {
    const m = inflectedOutletRe(this.c)?.start.exec(name);
    return outletInContext(name) ?? (m && m[0].length === name.length ? outletInContext(m[1]!) : null);
  }

  /** Whether a name opens with a known outlet, in any case form, maybe with its edition ("Českému rozhlasu Pardubice"). */
  private opensKnown(name: string): boolean {
    const m = inflectedOutletRe(this.c)?.start.exec(name);
    return outletLengthInContext(name) > 0 || (!!m && !!outletInContext(m[1]!));
  }

  /** Whether a compound ends in an organisation word of the lexicon ("Bundesamt", "Landgericht"). */
  private orgHead(w: string): boolean {
    const l = lower(w);
    for (const o of this.c.orgWords) if (o.length >= ORG_WORD_MIN - 1 && l.length > o.length && l.endsWith(o)) return true;
    return false;
  }

  /** Whether a word holds an organisation word of the lexicon ("úřadu", "Ministerstva"). */
  private orgWord(w: string): boolean {
    const l = lower(w);
    for (const o of this.c.orgWords) if (o.length >= ORG_WORD_MIN && l.startsWith(o.slice(0, -1))) return true;
    return false;
  }

  /** Postposed "according to", "told X", correspondents of an outlet, press services. */
  private toldSources(b: Block, note: Note): void {
    const c = this.c;
    // Postposed: only known outlets and sites ("Experten zufolge" names no source).
    // Where only names have capitals, an unknown capitalised name counts too ("Қазгидромет мәліметінше"), unless a person's.
    for (const h of matchesIn(c.accordingSourceAfterRe, this.doc.words, b.start, b.end)) {
      const f = this.nameBefore(b.start, h.start, !c.lex.capitalisedNouns);
      if (f?.kind === 'other' && !this.properBefore(b, f)) continue;
      note('source.according-after', f, h.start, 'cited');
    }
    // "told Reuters", "рассказал Tengrinews".
    for (const h of matchesIn(c.toldRe, this.doc.words, b.start, b.end)) {
      const direct = this.nameAt(h.end, b.end, false);
      const past = direct ? null : this.outletPastSpeaker(h.end, sentenceAt(b, h.start).end);
      // Past the speaker, a quoted name is the speaker's organisation ("сказал наставник «Северного ветра»"), not an outlet.
      // After a link word it is the outlet ("sagte der Anwalt der „Augsburger Allgemeinen“": the dative article).
      if (past && /[«"“„]/u.test(this.doc.text[past.start - 1] ?? '') && !this.knownOutlet(past.name) && !this.linkBefore(past.start - 1)) continue;
      const f = direct ?? past ?? this.titledName(h.end, b.end);
      // "рассказала корреспонденту «Павлодар-Ньюс»": the correspondent's outlet is the source.
      if (f && (f.kind === 'agency' || f.kind === 'outlet' || (f.kind === 'correspondent' && !f.weak))) note('source.told', f, h.start, 'cited');
    }
    // "svěřila se Českému rozhlasu", "confesó a Cadena SER": a known outlet right after any speech verb, quote or not.
    // Only prepositions between them, no article: "argued the Keystone XL pipeline" names a thing, not the agency.
    const articles = new Set(c.lex.names.definiteArticles ?? []);
    for (const h of matchesIn(c.verbRe, this.doc.words, b.start, b.end)) {
      const f = this.nameAt(h.end, b.end, false);
      const between = lower(this.doc.text.slice(h.end, f?.start ?? h.end)).split(/[\s\u00a0'’]+/u);
      if (f && (f.kind === 'agency' || f.kind === 'outlet') && this.opensKnown(f.name) && !between.some((w) => articles.has(w))) note('source.told-after-cue', f, h.start, 'cited');
    }
    // "Českému rozhlasu řekl, že", "ČTK to dnes sdělila": a known outlet right before a told cue (a fronted addressee or the outlet speaking).
    for (const h of matchesIn(c.toldRe, this.doc.words, b.start, b.end)) {
      const sent = sentenceAt(b, h.start);
      const gap = /(?:[\s\u00a0]+\p{Ll}{1,5}){0,2}[\s\u00a0]*$/u.exec(this.doc.text.slice(Math.max(sent.start, h.start - 20), h.start))!;
      const f = this.nameBefore(sent.start, h.start - gap[0].length, false);
      if (f && (f.kind === 'agency' || f.kind === 'outlet') && this.opensKnown(f.name)) note('source.told', f, h.start, 'cited');
    }
    // "— сказал Савчук кореспондентові «Ґвара Медіа»": a correspondent of a named outlet, wherever it stands.
    for (const h of matchesIn(c.correspondentRe, this.doc.words, b.start, b.end)) {
      const f = this.nameAt(h.end, b.end, false);
      if (f && (f.kind === 'agency' || f.kind === 'outlet')) note('source.correspondent', { ...f, kind: 'correspondent' }, h.start, 'cited');
    }
    // "пресс-служба акимата", wherever it appears.
    for (const h of matchesIn(c.pressRe, this.doc.words, b.start, b.end)) {
      const f = this.pressAt(h.start, b.end);
      if (f) note('source.press-service', f, h.start, 'plain');
    }
  }

  /**
   * "У Службі автомобільних доріг … зазначили", "В Минздраве Приморья заявили": a sentence opening with a
   * locative preposition, a body's name and a speech verb cites that body (its people speak for it). One
   * word alone is most often a place ("В Москве заявили", "В России"), unless an acronym ("В МВД").
   */
  private bodySources(b: Block, note: Note): void {
    const text = this.doc.text;
    for (const sent of b.sentences) {
      const m = BODY_OPEN_RE.exec(text.slice(sent.start, Math.min(sent.end, sent.start + 200)));
      if (!m || !this.c.placePrepositions.has(lower(m[1]!))) continue;
      const from = sent.start + m[0].length;
      const verb = matchesIn(this.c.verbRe, this.doc.words, from, sent.end)[0];
      // No subject after the verb ("заявили, что", "зазначили:"): else the speaker is that subject ("Im Landkreis Harz sagte der Landrat").
      if (!verb || !/^[\s\u00a0]*[,:—–-]/u.test(text.slice(verb.end, verb.end + 4))) continue;
      const name = text.slice(from, verb.start).trim();
      const words = name.split(/[\s\u00a0]+/u);
      if (/[,;:!?()«»"“”\n]/u.test(name) || words.length > MAX_RUN_ON_WORDS || !/^[\p{Lu}\p{Ll}]/u.test(name)) continue;
      // Opening in lowercase, one noun then the body's name ("акимате Костанайской области"), not a clause
      // ("интервью New York Times в том же году пианист": the subject is the pianist).
      if (/^\p{Ll}/u.test(name) && words.length > BODY_LOWER_MAX_WORDS) continue;
      // A person's office ("поздравлении президента России") is a person's word, not a body's: a title word
      // before a capitalised one (the office itself, "акимате", opens the name).
      if (matchesIn(this.c.titleRe, this.doc.words, from, verb.start).some((m) => m.start > from)) continue;
      if (!words.some((w) => /^\p{Lu}[\p{L}\p{M}]/u.test(w)) || words.some((w) => this.pronoun(w))) continue;
      const acronym = words.some((w) => /^\p{Lu}{2,}$/u.test(w));
      if (words.length < 2 && !acronym) continue;
      // Right after "в/у", a capitalised name said in is a body whatever the name finder thought ("У Держпродспоживслужбі
      // Полтавщини повідомили": nobody says "in Ivan Petrenko they said"); after other words a person may be the subject.
      if (/^\p{Ll}/u.test(name) && this.isPerson(b.index, from, from + name.length)) continue;
      note('source.body-said', { name, kind: 'official', start: from, end: from + name.length }, from, 'cited');
    }
  }

  /** "Cusco, dic. 5 (ANDINA). El …": a known agency in brackets closed by a full stop instead of a dash. */
  private knownDatelineDot(block: string): RegExpExecArray | null {
    const m = DATELINE_KNOWN_DOT_RE.exec(block);
    return m && outletInContext(m[2]!.trim()) ? m : null;
  }

  /** Whether an unknown name reads as an agency's: shaped as an outlet's, or written in capitals ("KAZTAG"). */
  private agencyShaped(raw: string, at: number): boolean {
    const words = raw.split(/[\s\u00a0]+/u);
    return words.length <= 3 && (this.outletShaped(raw, at) || words.every((w) => /^[\p{Lu}\p{N}.&-]{2,}$/u.test(w)));
  }

  /**
   * A network's edition followed by the speaker's name ("svěřila se Českému rozhlasu Karlovy Vary Věra Bílková"): the
   * capitalised words up to the first word where a person's name starts, none of them a person's.
   */
  private editionBeforePerson(at: number, rest: string): RegExpExecArray | null {
    const words = [...rest.slice(0, 80).matchAll(/[ \u00a0](\p{Lu}[\p{L}\p{M}'’-]+)/gu)];
    const block = this.blockAt(at);
    for (let k = 1; k < Math.min(words.length, 4); k++) {
      const next = words[k]!;
      // The words must follow one another ("Karlovy Vary Věra"), nothing between them.
      if (words.slice(0, k + 1).some((w, i) => w.index !== (i === 0 ? 0 : words[i - 1]!.index + words[i - 1]![0].length))) return null;
      if (!this.isPerson(block, at + next.index + 1, at + next.index + next[0].length)) continue;
      const end = next.index;
      if (this.isPerson(block, at + 1, at + end)) return null;
      const m = /^[ \u00a0](.+)$/su.exec(rest.slice(0, end)) as RegExpExecArray;
      return m;
    }
    return null;
  }

  /** A lone word that names nothing ("Tuesday" of "a report Tuesday", "New"): no source. */
  private namesNothing(name: string): boolean {
    if (outletInContext(name)) return false;
    return (!/[\s\u00a0]/u.test(name) && this.c.nonNames.has(lower(name))) || this.generic(name);
  }

  /**
   * Whether a source found by `rule` is named by an alias that also names other things ("argued the Keystone XL
   * pipeline"), outside a source context: a rule of CONTEXT_RULES, or a noun for a kind of outlet before it ("der
   * Nachrichtenagentur Keystone").
   */
  private outOfContext(f: Found, rule: string): boolean {
    return !CONTEXT_RULES.has(rule) && contextualOutlet(this.c, this.doc.text.slice(f.start, f.end)) && !this.outletNounBefore(f.start);
  }

  /** Whether a name is only a noun for the media in general ("СМИ", "Medienberichten", "БАҚ-тың"), in a case form too. */
  private generic(name: string): boolean {
    const set = genericSources(this.c);
    if (set.size === 0) return false;
    const l = lower(name).replace(/[\s\u00a0]+/gu, ' ');
    if (set.has(l)) return true;
    const m = inflectedGenericRe(this.c)?.exec(l);
    return !!m && set.has(m[1]!);
  }

  /** The index of the block holding pos. */
  private blockAt(pos: number): number {
    return this.doc.blocks.find((b) => b.start <= pos && pos <= b.end)?.index ?? -1;
  }

  /** Whether a word is a pronoun of the lexicon ("I", "он"): a clause with one names no body. */
  private pronoun(w: string): boolean {
    const l = lower(w);
    const p = this.c.lex.pronouns;
    return this.c.lex.selfPronouns.includes(l) || p.male.includes(l) || p.female.includes(l) || p.neutral.includes(l);
  }

  /** Merges by name (case-insensitive), keeping the first kind found, adding spans. */
  private add(found: Found, evidence: string, span: Span, rule: string): Source {
    // "le Centre national du cinéma (CNC)": the acronym in brackets is the name readers know too; so is a short name
    // written as a word when it opens with the name's initial ("Agencia Estatal de Meteorología (Aemet)"), not a place.
    const after = this.doc.text.slice(found.end, found.end + 16);
    const short = SHORT_NAME_AFTER_RE.exec(after);
    const acr = ACRONYM_AFTER_RE.exec(after) ?? (short && /\s/u.test(found.name) && short[1]![0] === found.name[0] ? short : null);
    const f = acr && !found.name.includes(acr[1]!) ? { ...found, name: `${found.name} (${acr[1]})` } : found;
    const key = f.name.toLowerCase();
    const old = this.out.get(key);
    if (old) {
      if (!old.spans.some((s) => s.start === span.start)) old.spans.push(span);
      // A correspondent of a site is the stronger fact; a photo credit stays a photo credit.
      if (f.kind === 'correspondent' && old.kind !== 'photo') old.kind = 'correspondent';
      return old;
    }
    const s: Source = { name: f.name, kind: f.kind, evidence, spans: [span], citedBy: null, rule };
    this.out.set(key, s);
    return s;
  }

  /**
   * The source named at pos: a correspondent of X, a known outlet, a site, a quoted name, or a
   * capitalised name, maybe after link words ("au Parisien", "der „Sächsischen Zeitung“", "agentury Reuters").
   */
  private nameAt(pos: number, limit: number, allowCap = false): Found | null {
    let p = pos;
    while (p < limit && /[\s\u00a0]/.test(this.doc.norm[p]!)) p++;
    const strong = this.nameRightAt(p, limit, false);
    if (strong) return strong;
    const q = this.skipLinks(p, limit);
    // After a noun for a kind of outlet ("телеканалу Алау", "dem Sender Radio Lausitz", "serveru Brněnský"), a capitalised name is its title.
    const noun = q > p && this.outletNounBefore(q);
    const after = q > p ? this.nameRightAt(q, limit, allowCap || noun) : null;
    if (after && noun && after.kind === 'other') return { ...after, kind: 'outlet' };
    return after ?? (allowCap ? this.nameRightAt(p, limit, true) : null);
  }

  /** The article a preposition right before p fuses ("au" → "Le"), from the lexicon; null when none. */
  private fusedArticle(p: number): string | null {
    const table = this.c.lex.names.contractedArticles;
    if (!table) return null;
    const w = /([\p{L}]+)[\s\u00a0]+$/u.exec(this.doc.text.slice(Math.max(0, p - 12), p))?.[1];
    return w && Object.hasOwn(table, lower(w)) ? table[lower(w)]! : null;
  }

  /** Whether the word before q is a link noun for a kind of outlet ("газете", "Sender", "diario"), not an article or a preposition. */
  private outletNounBefore(q: number): boolean {
    const m = /([\p{L}\p{M}]+)[\s\u00a0]*$/u.exec(this.doc.text.slice(Math.max(0, q - 40), q));
    const w = m?.[1];
    if (!w || w.length < OUTLET_NOUN_MIN || !linkWords(this.c).has(lower(w))) return false;
    if (this.c.lex.names.definiteArticles?.includes(lower(w))) return false;
    // Where every noun has a capital, a lowercase link word is an article or a pronoun ("einer", "sie").
    return !this.c.lex.capitalisedNouns || w[0] !== w[0]!.toLowerCase();
  }

  /**
   * A known outlet or site a few words after a speech cue, past the speaker standing between them
   * ("vysvětlil Kolář České tiskové kanceláři", "sagte die Senatorin dem Sender Radio Bremen",
   * "деді бас бапкер Vesti.kz сайтына"); never a bare capitalised name.
   */
  private outletPastSpeaker(pos: number, limit: number): Found | null {
    const text = this.doc.text;
    let p = pos;
    for (let n = 0; n < MAX_SPEAKER_WORDS; n++) {
      const m = /^[\s\u00a0]*[^\s\u00a0]+/u.exec(text.slice(p, Math.min(limit, p + 60)));
      // The speaker's words only: a comma or a clause opens something else.
      if (!m || /[,;:!?()«»"“”„]/u.test(m[0])) return null;
      // A full stop ends the sentence, unless it closes an abbreviation ("Dr.").
      const dot = /([\p{L}\p{M}]+)\.$/u.exec(m[0]);
      if (dot && !this.c.abbreviations.has(lower(dot[1]!) + '.') && !this.c.honorificGender.has(lower(dot[1]!) + '.')) return null;
      p += m[0].length;
      const f = this.nameAt(p, limit, false);
      if (f && (f.kind === 'agency' || f.kind === 'outlet')) return f;
    }
    return null;
  }

  /**
   * A title opened by a capitalised article mid-sentence ("dijo a El Heraldo", "told The Oregonian"): a
   * person's name takes no article, so after a speech cue it names a newspaper or a broadcaster.
   */
  private titledName(pos: number, limit: number): Found | null {
    const text = this.doc.text;
    let p = pos;
    while (p < limit && /[\s\u00a0]/.test(text[p]!)) p++;
    const m = LINK_WORD_RE.exec(text.slice(p, Math.min(limit, p + 40)));
    const w = m?.[1];
    if (!w || w[0] === w[0]!.toLowerCase() || !this.c.lex.names.definiteArticles?.includes(lower(w))) return null;
    const rest = text.slice(p + m[0].length, Math.min(limit, p + 200));
    const cap = CAP_NAME_RE.exec(rest);
    if (!cap || cap[0].split(/\s+/).length > MAX_NAME_WORDS - 1) return null;
    const name = `${w} ${this.cutAtSentenceEnd(cap[0]).replace(/[.\s]+$/u, '').replace(POSSESSIVE_RE, '')}`;
    return { name, kind: 'outlet', start: p, end: p + name.length };
  }

  /** Past the link words at p (articles, pronouns, outlet nouns of the lexicon), at most a few. */
  private skipLinks(p: number, limit: number): number {
    const links = linkWords(this.c);
    if (links.size === 0) return p;
    for (let n = 0; n < MAX_LINK_WORDS; n++) {
      const m = LINK_WORD_RE.exec(this.doc.text.slice(p, Math.min(limit, p + 40)));
      if (!m) break;
      const w = m[1]!;
      // A capital starts a name, except where every noun has one.
      if (w[0] !== w[0]!.toLowerCase() && !this.c.lex.capitalisedNouns) break;
      if (!links.has(lower(w).replace(/’/g, "'"))) break;
      p += m[0].length;
    }
    return p;
  }

  private nameRightAt(p: number, limit: number, allowCap: boolean): Found | null {
    const text = this.doc.text;
    const seg = text.slice(p, Math.min(limit, p + 200));
    const re = this.c.correspondentRe;
    if (re) {
      const m = re.at(this.doc.words, p, Math.min(limit, p + 60));
      if (m) {
        const inner = this.nameAt(p + m[0].length, limit, true);
        // "told reporters Thursday": a bare capitalised word after the correspondent is no outlet of record.
        return inner ? { ...inner, kind: 'correspondent', weak: inner.kind === 'other' } : null;
      }
    }
    const press = this.pressAt(p, limit);
    if (press) return press;
    const site = SITE_START_RE.exec(seg);
    if (site) return this.withCorrespondent({ name: site[0], kind: outletInContext(site[0])?.kind ?? 'outlet', start: p, end: p + site[0].length }, limit);
    const known = OUTLET_START_RE.exec(seg);
    const o = known && outletInContext(known[0]);
    if (known && o) {
      // A network names its regional editions in a few words; no person's name among them ("a dit à France Bleu Jean Roux.").
      const wide = o.editions ? (EDITIONS_RE.exec(seg.slice(known[0].length)) ?? this.editionBeforePerson(p + known[0].length, seg.slice(known[0].length))) : null;
      const edition = wide && !this.isPerson(this.blockAt(p), p + known[0].length + 1, p + known[0].length + wide[0].length) ? wide : EDITION_RE.exec(seg.slice(known[0].length));
      // A possessive edition is what the outlet owns ("BBC Radio Four’s Any Questions", "HuffPost Pollster’s average").
      const owned = !!edition && /['’]s(?![\p{L}])/u.test(edition[0]);
      if (edition && !owned && !this.c.nonNames.has(lower(edition[1]!.split(/[ \u00a0]/u)[0]!)) && (!this.c.lex.capitalisedNouns || edition === wide)) {
        const name = known[0] + edition[0];
        return this.withCorrespondent({ name, kind: o.kind, start: p, end: p + name.length }, limit);
      }
      return this.withCorrespondent({ name: o.name, kind: o.kind, start: p, end: p + known[0].length }, limit);
    }
    // "au Télégramme", "del Mundo": a name known with its article, the article fused with the preposition before it.
    const fused = this.fusedArticle(p);
    const bare = fused ? OUTLET_START_RE.exec(`${fused} ${seg}`) : null;
    const bo = bare && bare[0].length > fused!.length + 1 ? outletInContext(bare[0]) : null;
    if (bo) return this.withCorrespondent({ name: bo.name, kind: bo.kind, start: p, end: p + bare![0].length - fused!.length - 1 }, limit);
    // "кореспондентові Укрінформу", "рассказал Интерфаксу": a known name in an oblique case.
    const inflected = inflectedOutletRe(this.c)?.start.exec(seg);
    const io = inflected && outletInContext(inflected[1]!);
    if (inflected && io) return this.withCorrespondent({ name: io.name, kind: io.kind, start: p, end: p + inflected[0].length }, limit);
    const quoted = QUOTED_NAME_RE.exec(seg);
    // After a cue, English punctuation may sit inside the marks (told "Fox and Friends," that …).
    if (quoted && quotedName(quoted[1]!.replace(/[.,]$/u, ''))) {
      const name = quoted[1]!.trim().replace(/[.,]$/u, '');
      const o = this.knownOutlet(name);
      return { name: o?.name ?? name, kind: o?.kind ?? 'outlet', start: p + 1, end: p + 1 + name.length };
    }
    // "řekl Karlovarskému deníku": an adjective and a title noun, no person's name, no title of its own after them ("deníku Právo").
    const titled = titleNounRe(this.c)?.start.exec(seg);
    if (titled && !this.isPerson(this.blockAt(p), p, p + titled[1]!.length)) return { name: titled[0], kind: 'outlet', start: p, end: p + titled[0].length };
    const shaped = this.shapedOutlet(p, seg);
    if (shaped) return shaped;
    if (allowCap) {
      const cap = CAP_NAME_RE.exec(seg);
      if (cap && cap[0].split(/\s+/).length <= MAX_NAME_WORDS) {
        const name = this.cutAtSentenceEnd(cap[0]).replace(/[.\s]+$/u, '').replace(POSSESSIVE_RE, '');
        return { name, kind: 'other', start: p, end: p + name.length };
      }
    }
    return null;
  }

  /**
   * An unknown outlet told by its name's shape, not a list: a head word ending it ("Leipziger Volkszeitung"),
   * digits or an acronym joined to it ("Rosario3", "Levante-EMV"), or Latin letters in a Cyrillic sentence
   * ("рассказал Forbes Kazakhstan": persons' names are transliterated, titles of outlets are not).
   */
  private shapedOutlet(p: number, seg: string): Found | null {
    const cap = CAP_RUN_RE.exec(seg) ?? CAP_NAME_RE.exec(seg);
    if (!cap) return null;
    // Where every noun has a capital, "Sender" of "dem Sender Radio Lausitz" is the noun before the title (skipLinks passes it).
    if (this.c.lex.capitalisedNouns && linkWords(this.c).has(lower(cap[0].split(/\s/u)[0]!))) return null;
    const name = this.cutAtSentenceEnd(cap[0]).replace(/[.\s]+$/u, '').replace(POSSESSIVE_RE, '');
    const words = name.split(/[\s\u00a0]+/u);
    const out = (n: string): Found => ({ name: n, kind: outletInContext(n)?.kind ?? 'outlet', start: p, end: p + n.length });
    // "Diario de Sevilla", "Radio Lausitz", "Cadena 100": an outlet noun of the lexicon opens the title.
    const titled = CAP_NAME_RE.exec(seg)?.[0].replace(/[.\s]+$/u, '');
    if (titled && /\s/u.test(titled) && titled.split(/\s+/u).length <= MAX_NAME_WORDS - 2) {
      const first = lower(titled.split(/\s/u)[0]!);
      if (first.length >= OUTLET_NOUN_MIN && linkWords(this.c).has(first) && !this.c.lex.names.definiteArticles?.includes(first)) return out(titled);
    }
    if (this.outletShaped(name, p)) return out(name);
    // "contó a Levante-EMV Rosa Beltrán": the shaped word alone, the speaker's name after it.
    if (words.length > 1 && /-/u.test(words[0]!) && OUTLET_SHAPE_RE.test(words[0]!)) return out(words[0]!);
    return null;
  }

  /**
   * Whether a capitalised name has a shape only titles of outlets have: a head word ending it or inside
   * it ("Leipziger Volkszeitung", "Albany Times Union"), digits or an acronym joined to it ("Rosario3",
   * "Levante-EMV"), or Latin letters in a sentence of another script ("рассказал Forbes Kazakhstan": persons'
   * names are transliterated, titles of outlets are not).
   */
  private outletShaped(name: string, at: number): boolean {
    const words = name.split(/[\s\u00a0]+/u);
    if (words.length > MAX_NAME_WORDS - 2 || this.c.nonNames.has(lower(words[0]!))) return false;
    const last = words[words.length - 1]!;
    const head = OUTLET_HEAD_RE.exec(last);
    // A bare head word ("Zeitung", "Radio") is a common noun; a head ending a longer word or standing in a name is a title.
    if (head && head[0].length < last.length) return true;
    if (words.length >= 2 && words.some((w) => OUTLET_HEAD_WORD_RE.test(w))) return true;
    if (OUTLET_SHAPE_RE.test(name)) return true;
    if (!/^[\p{Script=Latin}\p{N} .&'’-]+$/u.test(name)) return false;
    const around = this.doc.text.slice(Math.max(0, at - 200), at) + this.doc.text.slice(at + name.length, at + name.length + 200);
    return (around.match(OTHER_SCRIPT_RE)?.length ?? 0) > 2 * (around.match(LATIN_RE)?.length ?? 0);
  }

  /** A capitalised run up to a sentence end inside it; abbreviations ("Mrs.", "U.S.") do not end it. */
  private cutAtSentenceEnd(name: string): string {
    for (const m of name.matchAll(DOT_IN_NAME_RE)) {
      const word = m[1]!;
      const low = lower(word) + '.';
      if (word.length < 2 || this.c.abbreviations.has(low) || this.c.honorificGender.has(low)) continue;
      return name.slice(0, m.index + word.length);
    }
    return name;
  }

  /**
   * Whether a capitalised name before a postposed cue reads as an organisation's: no person, and not a lone
   * sentence-initial word in a case form ("Сарапшылардың мәліметінше" is a common noun; names of bodies stand bare).
   */
  private properBefore(b: Block, f: Found): boolean {
    if (this.isPerson(b.index, f.start, f.end)) return false;
    const text = this.doc.text;
    const opens = /^[\s\u00a0«"„“(—–-]*$/u.test(text.slice(sentenceAt(b, f.start).start, f.start));
    const inflected = /^[\p{L}\p{M}]/u.test(text.slice(f.end, f.end + 1));
    return !(opens && inflected && !/\s/u.test(f.name));
  }

  /** "ҚазАқпарат тілшісі": a correspondent word right after the outlet name. */
  private withCorrespondent(f: Found, limit: number): Found {
    const re = this.c.correspondentRe;
    if (!re) return f;
    let p = f.end;
    while (p < limit && /[\s\u00a0]/.test(this.doc.norm[p]!)) p++;
    const m = re.at(this.doc.words, p, Math.min(limit, p + 30));
    return m ? { ...f, kind: 'correspondent' } : f;
  }

  /**
   * A photo credit line ("Foto: IMAGO", "Фото: Офіс генпрокурора", "Foto: Filmfest Oberland/Presse"): the
   * cue opens its line, the credit runs to the line end; a known outlet among the slash-separated
   * parts wins, a person (the photographer) is not a source.
   */
  private creditLine(b: Block, cueStart: number, pos: number, bare = false, symbol = false): Found | null {
    const text = this.doc.text;
    const lineStart = Math.max(b.start, text.lastIndexOf('\n', cueStart - 1) + 1);
    // "(Photo by …/…)" opening its line, or closing a caption's sentence in brackets ("… overnight. (Photo by …)").
    const raw = text.slice(lineStart, cueStart).trim();
    // "©" is a credit whatever it follows: after a caption's sentence in plain text too ("… jeudi matin. © X / AFP").
    const before = /(?:^|[.!?…])[\s\u00a0]*\($/u.test(raw) || (symbol && /[.!?…]$/u.test(raw)) ? '' : raw;
    // A credit word without a colon opens its own line, and link words follow it ("courtesy of", "с сайта", "by"), or a
    // known agency does ("Photo d’illustration AFP").
    if (bare && (before !== '' || !(/^[\s\u00a0]*\p{Ll}/u.test(text.slice(pos, pos + 3)) || outletLengthInContext(text.slice(pos).trimStart()) > 0))) return null;
    // In a page's caption the credit may follow the caption's text ("Митинг в Алматы. Фото: Иван Петров / Vlast.kz").
    if (before !== '' && !(b.kind === 'caption' && /[.!?|•·—–-]$/u.test(before))) return null;
    const lineEnd = text.indexOf('\n', pos);
    const line = text.slice(pos, lineEnd >= 0 && lineEnd < b.end ? lineEnd : b.end);
    if (line.length > MAX_CREDIT_CHARS) return null;
    let at = pos;
    const named: Array<Found & { words: number }> = [];
    const persons: Array<Found & { words: number }> = [];
    // Parts split by slashes and commas ("Maik Seidler/LVZ", "Иван Петров, «Вечерний город»").
    for (const part of line.split(/[/,]/u)) {
      const lead = part.length - part.trimStart().length;
      const cut = part.search(CREDIT_END_RE);
      let name = (cut >= 0 ? part.slice(0, cut) : part).trim().replace(/\.$/u, '').replace(/^©[\s\u00a0]*/u, '');
      let start = at + lead;
      at += part.length + 1;
      // A known agency wins even when written in lowercase ("Jan Weidemann/picture alliance").
      const o = outletInContext(name);
      if (o) return { name: o.name, kind: o.kind, start, end: start + name.length };
      // A quoted name is an outlet's title ("«Вечерний город»").
      const quoted = /^[«"“„]([^«»"“”„]{2,60})[»"”“]$/u.exec(name);
      if (quoted && quotedName(quoted[1]!)) return { name: quoted[1]!, kind: 'photo', start: start + 1, end: start + 1 + quoted[1]!.length };
      // Lowercase words before a name ("courtesy", "cortesía") are no part of it.
      const lower = /^(?:\p{Ll}+[\s\u00a0]+){1,3}(?=\p{Lu})/u.exec(name);
      if (lower) {
        name = name.slice(lower[0].length);
        start += lower[0].length;
      }
      if (!/^[\p{Lu}\p{N}«"„“]/u.test(name) || name.split(/\s+/).length > MAX_NAME_WORDS) continue;
      // The photographer: a person's name fills the part ("Фото: Иван Петров"), not just its first word ("Львівська ОВА").
      const credited = { name, kind: 'photo' as const, start, end: start + name.length, words: name.split(/\s+/).length };
      (this.personEnd(b.index, start, start + name.length) < start + name.length ? named : persons).push(credited);
    }
    // Photographer and agency side by side, neither known: an acronym is the agency ("Anna Kowal/LVZ"), the two or
    // three capitalised words the photographer's name; a plain word is not ("Hafenfest Kiel/Presse").
    const single = named.filter((f) => f.words === 1 && /^\p{Lu}{2,}$/u.test(f.name));
    let pick = named.length === 2 && single.length === 1 && named.some((f) => f.words >= 2 && f.words <= 3) ? single[0]! : named[0];
    // Both parts read as persons ("Deník/Jana Malá" where the text also says "řekla Deníku"): a photographer is credited by
    // full name, so a lone word beside a full name is the agency.
    if (!pick && persons.length === 2) pick = persons.find((f) => f.words === 1 && persons.some((o) => o.words >= 2 && o.words <= 3));
    return pick ? { name: pick.name, kind: pick.kind, start: pick.start, end: pick.end } : null;
  }

  /** Known agencies and outlets among the slash-separated parts of a credit line ("picture alliance/dpa"). */
  private knownInCredit(b: Block, pos: number): Found[] {
    const text = this.doc.text;
    const lineEnd = text.indexOf('\n', pos);
    const line = text.slice(pos, lineEnd >= 0 && lineEnd < b.end ? lineEnd : b.end);
    if (line.length > MAX_CREDIT_CHARS) return [];
    const out: Found[] = [];
    let at = pos;
    for (const part of line.split('/')) {
      const name = part.trim().replace(/\.$/u, '');
      const o = outletInContext(name);
      if (o) out.push({ name: o.name, kind: 'photo', start: at + part.indexOf(name), end: at + part.indexOf(name) + name.length });
      at += part.length + 1;
    }
    return out;
  }

  /** The source named just before pos: "Zakon.kz-ке сілтеме жасап", "Reuters reported", "ҚазАқпарат мәліметінше". */
  private nameBefore(from: number, pos: number, allowCap: boolean): Found | null {
    const text = this.doc.text;
    let e = pos;
    while (e > from && /[\s\u00a0]/.test(text[e - 1]!)) e--;
    e = this.beforeOutletNouns(from, e);
    const seg = text.slice(Math.max(from, e - 80), e);
    // Every name read here has a capital, a quotation mark or a dot (sites): skip plain lowercase text at once.
    if (!/[\p{Lu}«»"“”„.]/u.test(seg)) return null;
    const base = e - seg.length;
    // "wie die „Thüringer Allgemeine“ berichtet": a quoted name right before the cue.
    const quoted = QUOTED_BEFORE_RE.exec(seg);
    if (quoted && quotedName(quoted[1]!)) {
      const start = base + quoted.index + 1;
      return { name: quoted[1]!.trim(), kind: 'outlet', start, end: start + quoted[1]!.length };
    }
    // Strip a case ending joined by hyphen or directly ("Zakon.kz-ке", "Тенгриньюсқа").
    const bare = seg.replace(/-[\p{L}]{1,5}$/u, '');
    const site = SITE_END_RE.exec(bare);
    if (site) return { name: site[0], kind: outletInContext(site[0])?.kind ?? 'outlet', start: base + site.index, end: base + site.index + site[0].length };
    const known = OUTLET_END_RE.exec(bare) ?? OUTLET_END_RE.exec(bare.replace(/[\p{Ll}]{1,4}$/u, ''));
    const o = known && outletInContext(known[0]);
    if (known && o) {
      return { name: o.name, kind: o.kind, start: base + known.index, end: base + known.index + known[0].length };
    }
    // "jak napsal Ústecký deník" read backwards: "Ústecký deník napsal".
    const titled = titleNounRe(this.c)?.end.exec(seg);
    if (titled && !this.isPerson(this.blockAt(base + titled.index), base + titled.index, base + titled.index + titled[1]!.length)) {
      return { name: titled[0], kind: 'outlet', start: base + titled.index, end: base + titled.index + titled[0].length };
    }
    // "Про це Укрінформу повідомили": a known name in an oblique case.
    const inflected = inflectedOutletRe(this.c)?.end.exec(bare);
    const io = inflected && outletInContext(inflected[1]!);
    if (inflected && io) return { name: io.name, kind: io.kind, start: base + inflected.index, end: base + inflected.index + inflected[0].length };
    const whole = /\p{Lu}[\p{L}\p{M}\p{N}.&'’-]*(?:[\s\u00a0]+\p{Lu}[\p{L}\p{M}\p{N}.&'’-]*){0,4}$/u.exec(bare);
    // A run ends at a sentence end inside it ("the Danube. She said").
    const cut = whole ? whole[0].search(/\.[\s\u00a0]+(?=\p{Lu}[^.]*$)/u) : -1;
    const run = whole && cut >= 0 ? null : whole;
    if (run && !allowCap) {
      // "wie die Ostsee-Zeitung berichtet", "the Fresno Bee reported": a shaped name, or one after a definite article
      // where only names have capitals (a person's name takes none).
      const article = /([\p{L}]+)[\s\u00a0]+$/u.exec(bare.slice(0, run.index))?.[1];
      const articled = !this.c.lex.capitalisedNouns && !!article && article[0] === article[0]!.toLowerCase() && !!this.c.lex.names.definiteArticles?.includes(lower(article));
      const shaped = this.outletShaped(run[0], base + run.index);
      // "wie das Statistische Landesamt mitteilte": where every noun has a capital, an organisation word (or a compound
      // ending in one) after an article makes the name a body's.
      const body = !!this.c.lex.capitalisedNouns && !!article && linkWords(this.c).has(lower(article)) && run[0].split(/[\s\u00a0]+/u).some((w) => this.orgWord(w) || this.orgHead(w));
      if (articled || shaped || body) return { name: run[0], kind: shaped ? 'outlet' : 'official', start: base + run.index, end: base + run.index + run[0].length };
    }
    if (allowCap) {
      const cap = /\p{Lu}[\p{L}\p{M}\p{N}.&'’-]*(?:[\s\u00a0]+\p{Lu}[\p{L}\p{M}\p{N}.&'’-]*){0,4}$/u.exec(bare);
      if (cap) {
        const name = cap[0].replace(this.c.morph.sourceCaseRe, '');
        return { name, kind: 'other', start: base + cap.index, end: base + cap.index + name.length };
      }
    }
    return this.orgBefore(seg, base);
  }

  /**
   * Where outlet nouns follow the name ("Reuters агенттігі хабарлады", "Tengrinews.kz порталының хабарлауынша",
   * "ҚазАқпарат агенттігінің тілшісі"), the end of the name before them; else e.
   */
  private beforeOutletNouns(from: number, e: number): number {
    const nouns = afterNameWords(this.c);
    if (nouns.length === 0) return e;
    const text = this.doc.text;
    for (let stripped = true; stripped; ) {
      stripped = false;
      const tail = lower(text.slice(Math.max(from, e - 60), e));
      for (const w of nouns) {
        if (!tail.endsWith(w) || !/[\s\u00a0]/u.test(tail[tail.length - w.length - 1] ?? '')) continue;
        let f = e - w.length;
        while (f > from && /[\s\u00a0]/.test(text[f - 1]!)) f--;
        e = f;
        stripped = true;
        break;
      }
    }
    return e;
  }

  /**
   * An organisation in a case form before a postposed cue, its first word capitalised ("Кәсіби футбол
   * лигасының мәліметінше" → "Кәсіби футбол лигасы"): only where the morphology lists source case endings.
   */
  private orgBefore(seg: string, base: number): Found | null {
    const m = ORG_BEFORE_RE.exec(seg);
    if (!m) return null;
    const words = m[0].split(/[\s\u00a0]+/u);
    if (words.length < 2 || words.length > MAX_ORG_BEFORE_WORDS) return null;
    const name = m[0].replace(this.c.morph.sourceCaseRe, '');
    if (name === m[0]) return null;
    const start = base + m.index;
    return { name, kind: 'official', start, end: start + name.length };
  }

  /**
   * The owner of a press service written before it in the possessor case ("облыстық полиция департаментінің
   * баспасөз қызметі"): up to a few words back to punctuation or a function word, its last word in the base form.
   */
  private ownerBefore(pos: number): { name: string; start: number } | null {
    const re = possessorRe(this.c);
    const text = this.doc.text;
    const seg = text.slice(Math.max(0, pos - 100), pos);
    const words = [...seg.matchAll(/[\p{L}\p{M}\p{N}.-]+/gu)];
    const last = words[words.length - 1];
    if (!last || !re.test(last[0]) || /[^\s\u00a0]/u.test(seg.slice(last.index + last[0].length))) return null;
    const stop = new Set(STOP_WORDS[this.c.lex.code] ?? []);
    let first = words.length - 1;
    while (first > 0 && words.length - first < MAX_ORG_BEFORE_WORDS) {
      const prev = words[first - 1]!;
      const gap = seg.slice(prev.index + prev[0].length, words[first]!.index);
      if (!/^[\s\u00a0]+$/u.test(gap) || stop.has(lower(prev[0]))) break;
      first--;
    }
    const base = pos - seg.length;
    const start = base + words[first]!.index;
    const name = text.slice(start, base + last.index + last[0].length).replace(re, '');
    return { name, start };
  }

  /** "пресс-служба акимата области" up to the next punctuation. */
  private pressAt(pos: number, limit: number): Found | null {
    const re = this.c.pressRe;
    if (!re) return null;
    const m = re.at(this.doc.words, pos, Math.min(limit, pos + 40));
    if (!m) return null;
    const rest = this.doc.text.slice(pos, Math.min(limit, pos + 160));
    // A quoted organisation stays inside ("пресс-служба АО «Павлодарская РЭК»"): its marks do not stop the phrase.
    const masked = rest.replace(QUOTED_ANY_RE, (q) => 'x'.repeat(q.length));
    const stop = masked.search(/[,;:!?()«»"“”„]|\.(?:\s|$)|[\s\u00a0][-–—][\s\u00a0]/u);
    let phrase = (stop >= 0 ? rest.slice(0, stop) : rest).trim();
    phrase = phrase.split(/\s+/).slice(0, MAX_NAME_WORDS).join(' ');
    const owner = this.ownerBefore(pos);
    if (owner) return { name: `${owner.name} ${m[0].trim()}`, kind: 'press-service', start: owner.start, end: pos + m[0].trim().length };
    // Where an owner stands before what it owns, so does the press service's organisation, whatever follows.
    if (phrase.length <= m[0].length || (this.c.morph.table.roles.possessorEndings?.length ?? 0) > 0) {
      phrase = m[0].trim();
      // "ФК «Қайрат» баспасөз қызметі": the organisation stands before the press service.
      const before = this.nameBefore(Math.max(0, pos - 80), pos, true);
      if (!before) return null;
      return { name: `${before.name} ${phrase}`, kind: 'press-service', start: before.start, end: pos + phrase.length };
    }
    return { name: phrase, kind: 'press-service', start: pos, end: pos + phrase.length };
  }
}

/** Sites named anywhere in the text ("orda.kz"), for callers that want every mention. */
export function sitesIn(text: string): string[] {
  return [...text.matchAll(SITE_ANY_RE)].map((m) => m[0]);
}

/**
 * Pass 8, sources: the article's sources, persons excluded (they are speakers); a source nobody in the
 * text cites is cited by the publisher.
 */
export function findSources(c: Compiled, doc: Doc, people: People, publisher: string | null, quotes: readonly Quote[] = []): Source[] {
  const personRun = (block: number, start: number, end: number) => {
    const r = people.runAt(block, start, end);
    return r && r.personId >= 0 ? r : null;
  };
  const sources = new SourceFinder(c, doc, (block, start, end) => !!personRun(block, start, end), (block, start, end) => personRun(block, start, end)?.end ?? -1).run(quotes);
  for (const s of sources) if (s.citedBy === null && s.kind !== 'photo' && s.kind !== 'correspondent' && publisher && s.name !== publisher) s.citedBy = publisher;
  return sources;
}
