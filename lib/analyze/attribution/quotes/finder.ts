/**
 * Quotes: direct quotes in marks of every convention (found on raw block text, before sentence
 * splitting), unmarked quotes closed by a dash attribution ("…, - сообщил X."), dialogue dashes,
 * floating quotes that inherit the previous speaker, and indirect speech (complementizers,
 * "S said X", "X, S said.", according-to, Kazakh "… деп"), each with its cue and speaker.
 * Passes 4 and 5 (quotes, speakers): each quote records the id of its quote rule and its speaker's
 * rule (../rules.ts).
 *
 * Over 500 lines (stated reason, issue 14): the quote rules (marked, dash, indirect, according-to) are
 * methods of one class sharing the block being read (its verbs, quotes so far, the last speaker); the
 * next step splits them into quotes/marked.ts and quotes/indirect.ts over an explicit block state.
 * Speaker readers, marks, records and span tools already live apart (speakers.ts, ../marks.ts, records.ts, spans.ts).
 */
import { type Compiled, descriptionGender, descriptionNouns, matchesIn, verbGender } from '../compile';
import type { People } from '../people/registry';
import { type Marked } from '../marks';
import { CuePhrases } from './cue-phrases';
import { JOIN, joinFragments } from './fragments';
import { joinParagraphs } from './paragraphs';
import { type Hit, type QuoteRec, type Speaker, tagged } from './records';
import { OWN_SENTENCE_RE, SPEAKER_REACH, SpeakerReader } from './speakers';
import { CLOSING_PUNCT_RE, PERIOD_RE, RangeSet, SPACE_COMMA_RE, lastIndexIn, trimEndWhile, wordCount } from './spans';
import { type Block, type Doc, SPACE_RE, sentenceAt, trimRange } from '../text';
import { lower, lowerBound } from '../words';

/** Quotes shorter than this with no attribution are scare quotes or names ("«обновились»", "Fox and Friends"). */
const MIN_UNATTRIBUTED_WORDS = 5;
/** How many words may lie between a speech verb and "that"/"что" ("said in an interview on Monday that"). */
const COMPLEMENTIZER_REACH = 7;
/** After "told": an addressee and a place may come first ("told a crowded banquet hall at a hotel in Baltimore that"). */
const TOLD_COMPLEMENTIZER_REACH = 16;
/** Characters per word allowed when searching for a complementizer (the seven-word reach read 160 characters). */
const COMPLEMENTIZER_WORD_CHARS = 23;
/** Reported content shorter than this is not worth showing ("he said so"). */
const MIN_INDIRECT_WORDS = 3;
/** A floating quote inherits the last speaker only this many blocks later. */
const FLOAT_BLOCKS = 2;
/** A marked quote inside reported content is part of it when it covers less than this share. */
const MIXED_SHARE = 0.6;
/** Words allowed between a speech verb and the colon or comma before a quote ("said Monday:", "said at a briefing on Monday,"). */
const VERB_TAIL_WORDS = 6;
/** A clause ending in a colon introduces the quote after it when this short ("Limbaugh continued:"). */
const COLON_INTRO_WORDS = 12;
/**
 * Longest reported content (indirect speech, according-to) in characters, some 200 words: a "sentence"
 * longer than this is a list, a table or run-on text, not one statement. The cap keeps every cue's work
 * bounded: without it, k cues in one huge sentence each rebuild content the size of the sentence.
 */
const MAX_UNMARKED_CHARS = 1500;
/** Characters searched for the closing mark of a name in marks after "according to" (an outlet's or a paper's name). */
const MARKED_NAME_REACH = 60;
/** Characters after "according to" searched for the end of its clause (a ten-word phrase fits well within). */
const CLAUSE_REACH = 400;
/**
 * How far before a verb the comma of "CONTENT, S said" may lie: the speaker (with an apposition) and a
 * few title words fit well within it (APPOSITION_REACH + SPEAKER_REACH, and six title words).
 */
const TAIL_COMMA_REACH = 600;
/** Words allowed between a multiword back-reference and its verb ("Об этом на брифинге в службе коммуникаций сообщил"). */
const BACKREF_VERB_WORDS = 8;
/** In a verb-final language the whole subject with its genitive title chain stands there ("Бұл туралы … департаментінің баспасөз хатшысы S хабарлады"). */
const BACKREF_VERB_FINAL_WORDS = 12;
/** Characters between a back-reference and its verb, or after the verb, looked at (eight words fit well within). */
const BACKREF_REACH = 200;
/** Words of an opening phrase before a back-reference that stands right before its verb ("Po jednání rady to oznámila"). */
const BACKREF_LEAD_WORDS = 6;
const BACKREF_TAIL_END_RE = /[.!?…\s\u00a0]/u;
/** Longest unnamed speaker phrase taken after a back-reference verb ("Про це повідомили в обласній прокуратурі"). */
const BACKREF_TAIL_WORDS = 8;
/** Most words of a capitalised name in quote marks («Қайрат», «Київтеплоенерго», „Alles auf Anfang“). */
const NAME_IN_MARKS_WORDS = 3;
/** A short name in marks between a verb and its "что" ("рассказала корреспонденту «Павлодар-Ньюс», что"). */
const MARKED_NAME_RE = /[«"“„][^«»"“”„.!?]{1,40}[»"”“]/gu;
/** Characters from a separable verb's finite form to its particle ("kündigte … am Dienstag im Stadtrat an"). */
const SPLIT_VERB_REACH = 200;
/** Longest unnamed source taken whole after "according to" ("a new Washington Post-ABC News national poll"). */
const CLAUSE_PHRASE_WORDS = 10;
/** A semicolon, or a comma and the word after it: where reported content may give way to the writer's clause. */
const CONTENT_BREAK_RE = /;|,[\s\u00a0]+([\p{L}]+)/gu;
/** Up to seven words after a question verb, no clause punctuation: an agent or circumstance, then the question opener. */
const QUESTION_OPENER_RE = /^(?:[\s\u00a0]+[\p{L}\p{N}'’.-]+){1,7}/u;
/** A circumstance between a question verb and its opener ends within this reach ("by a reporter on Monday"). */
const CIRCUMSTANCE_CHARS = 60;
/** A name of up to three words set off by a comma at the sentence start fits in this reach. */
const NAME_PART_CHARS = 80;

const CLOSE_PUNCT_RE = /^[\s\u00a0]*[,.!?…;]?[\s\u00a0]*(?:[-–—]{1,2}[\s\u00a0]*)?$/u;
/** A dash glued to the verb after a space: a dialogue aside ("—Vamos a ganar —dijo el ministro—."). */
const ASIDE_BEFORE_RE = /[\p{L}\p{N}.!?…][\s\u00a0]+[–—]$/u;
/** Dashes that close such an aside (hyphens join words: "Jean-Pierre"). */
const ASIDE_DASH_RE = /[–—]/u;
/** Dialogue opens with a dash. */
const DIALOGUE_OPEN_RE = /^[\s\u00a0]*[-–—]/u;
/** The same tail, found from its punctuation (a search on a few characters only). */
const DASH_PUNCT_RE = /[,.!?…]["»”’]?[\s\u00a0]*[-–—]{1,2}[\s\u00a0]*$/u;
/** Where an attribution inside marks opens, at the end of the first part: a dash, a comma, or both («A, — сказал»). */
const INCISO_OPEN_RE = /(?:,[\s\u00a0]*(?:[-–—]{1,2}[\s\u00a0]*)?|[\s\u00a0]*[-–—]{1,2}[\s\u00a0]*)$/u;
/** Where it closes, before the second part: a dash, a comma or a full stop, maybe with a dash (", —", ". —"). */
const INCISO_CLOSE_RE = /^[\s\u00a0]*(?:[-–—]{1,2}[\s\u00a0]*[,.]?|[,.][\s\u00a0]*(?:[-–—]{1,2})?)[\s\u00a0]*/u;
/** A quotation mark inside a quote's text (an apostrophe inside a word is none). */
const INNER_MARK_RE = /[“”"«»„‹›]|(?<![\p{L}])‘/u;
/** Trimmed off either part's edges: spaces, the dash and the comma of the attribution. */
const INCISO_TRIM_RE = /[\s\u00a0\u202f,;\-–—]/u;
/** A comma right before the verb ("…, a-t-il confié"). */
const COMMA_BEFORE_RE = /,[\s\u00a0]*$/u;
const DASH_BEFORE_RE = /[,.!?…]["»”’]?[\s\u00a0]*[-–—]{1,2}[\s\u00a0]*$/u;
const MARK_DASH_BEFORE_RE = /["»”“’][\s\u00a0]*[,.!?…]?[\s\u00a0]*[-–—]{1,2}[\s\u00a0]*$/u;
/** Only a comma or colon between a cue and the quote it introduces. */
const PLAIN_GAP_RE = /^[\s\u00a0]*[,:]?[\s\u00a0]*$/u;
/**
 * Up to seven words then the sentence end or a comma, after an attribution ("said Don Fowler, who …").
 * A word is followed by spaces or by a non-word character, so the engine never splits a word to retry.
 * An outlet in marks addressed there counts as words ("sagte sie der „Sächsischen Zeitung“.").
 */
const TAIL_WORDS_RE = /^[\s\u00a0]*(?:[«„]?[\p{L}\p{N}'’-]+[»“]?(?:[\s\u00a0]+|(?![\p{L}\p{N}'’-]))){0,6}(?:[.!?…]|,|$)/u;
/** After a closing mark, a dash then the speaker's name with no verb ("“Q.” ― Pamela Padilla"). */
const SIGNATURE_DASH_RE = /^[\s\u00a0]*[,.]?[\s\u00a0]*[-–—―]{1,2}[\s\u00a0]*/u;
/** What may follow a signature name: the line or sentence end, or an apposition. */
const SIGNATURE_END_RE = /^[\s\u00a0]*(?:$|\n|[,.;(])/u;
/** After a closing mark: a comma, then one word followed by a space ("“, so Scholz"). */
const POST_MARKER_RE = /^[\s\u00a0]*,[\s\u00a0]*([\p{L}]+)(?=[\s\u00a0])/u;
/** Characters after a closing mark searched for that word. */
const POST_MARKER_REACH = 24;
/** Text before a word that puts it inside a sentence: a letter, digit or comma, then space. */
const MID_SENTENCE_RE = /[\p{L}\p{N},][\s\u00a0]+$/u;
/** A comma (after a closing mark at most) or a dash right before a participle cue: ", adding", ",” adding", " — asserting". */
const PARTICIPLE_COMMA_RE = /(?:,["»”’]?|[\s\u00a0][-–—])[\s\u00a0]*$/u;
/** Characters before a speech verb inside reported content searched for the clause break before its subject (eight words fit). */
const NESTED_SUBJECT_CHARS = 90;
/** Most words between that break and the verb: a subject with its determiner and a speaker-gap word ("more than 4 in 10"). */
const NESTED_SUBJECT_WORDS = 8;
/** Characters from a sentence start to reported content opened inside an adverbial clause there (a clause of some 30 words). */
const SUBORDINATE_REACH = 200;
/** Words from the sentence start within which that clause's subordinator stands ("A few weeks after …", "But even if …"). */
const SUBORDINATOR_WORDS = 4;
/** Characters of the writer's words opening a sentence that a quote then finishes (a mixed quote): some 50 words. */
const MIXED_LEAD_CHARS = 300;
/** Characters after "CONTENT, S said," read to tell an apposition or a second cue from more content (a title phrase fits). */
const ASIDE_CHARS = 80;
/** Characters before a verb looked at for the word right before it (a noun marker). */
const NOUN_MARKER_CHARS = 16;
/** Characters before a verb looked at for a coordinator ("and also", ", but"). */
const COORDINATED_REACH = 24;
/** The last one or two words before a verb, with an optional comma before them ("…, and also", "… but"). */
const COORDINATED_TAIL_RE = /,?[\s\u00a0]+([\p{L}]+)(?:[\s\u00a0]+([\p{L}]+))?[\s\u00a0]+$/u;
/** A space then a word: what follows a possessive, not a pronoun standing alone. */
const WORD_NEXT_RE = /^[\s\u00a0]\p{L}/u;
/** A short bracket right after a speaker ("X (Минфин)", "X (R-Texas)"). */
const BRACKET_AFTER_RE = /^[\s\u00a0]*\([^()]{1,80}\)/u;
/** Characters after a speaker searched for that bracket. */
const BRACKET_REACH = 90;
/** Characters before a verb looked at for its pronoun subject. */
const SELF_REACH = 24;
/** Words of a title set off by commas between a quote and the speaker's name ("Ms. Merkel's spokesman, "). */
const APPOSITIVE_TITLE_WORDS = 8;
/** A short name in marks right after a verb: its addressee ("сказал «Интерфаксу»"), not its speaker. */
const ADDRESSEE_IN_MARKS_RE = /^[\s\u00a0]*[«"“„][^«»"“”„.!?,]{1,40}[»"”“]/u;
/** Characters after a verb searched for that name. */
const ADDRESSEE_REACH = 48;
/** A quote ending in a question or exclamation mark (then closing marks at most). */
const QUESTION_END_RE = /[?!]["'’”»]*[\s\u00a0]*$/u;
/** A comma closing a sentence-opening phrase, at most two lowercase words on ("Minutes later,"). */
const OPENER_COMMA_RE = /^(?:[\s\u00a0]+\p{Ll}+){0,2}[\s\u00a0]*,[\s\u00a0]*/u;
/** Characters after the opening phrase searched for that comma. */
const OPENER_REACH = 24;
/** Quoted words closed by a comma, question or exclamation mark: their sentence goes on after the closing mark. */
const UNLISTED_CUE_CLOSE_RE = /[,?!][\s\u00a0]*$/u;
/** Words an unlisted cue may take after it before its clause ends ("continued on Fox News"). */
const UNLISTED_CUE_TAIL = 3;
/** Between a verb and a quote: a short tail (time, place, manner) ending in a colon or comma, no sentence or quote marks. */
const VERB_TAIL_RE = /^[^.!?;«»"“”„]*[,:][\s\u00a0]*$/u;

export class QuoteFinder {
  readonly quotes: QuoteRec[] = [];
  private last: { speaker: Speaker; block: number } | null = null;
  /** Quotes found so far in the block being read (participles take their speaker from them). */
  private current: QuoteRec[] = [];
  /** Per cue of the block being read, the first quote it gave a speaker to ("“A,” he said, “B.”"). */
  private byCue = new Map<Hit, QuoteRec>();
  /** Ends of the block's quotes so far, as empty ranges: an unmarked quote starts after the last one before it. */
  private quoteEnds = new RangeSet();
  /** All quotes kept so far in the block being read. */
  private blockAll = new RangeSet();

  /** The speaker readers (quotes/speakers.ts). */
  private readonly speakers: SpeakerReader;
  /** Circumstances, as-clauses and colon pointers around a verb (quotes/cue-phrases.ts). */
  private readonly cues: CuePhrases;
  /** As-clauses of the block being read that gave a quote: an according-to phrase inside one is that clause. */
  private asClauses = new RangeSet();
  /** Separable verbs' finite forms → where their clause ends ("teilte am Montag mit|, …"): the content starts after it. */
  private splitClauseEnds = new Map<number, number>();

  constructor(
    private readonly c: Compiled,
    private readonly doc: Doc,
    private readonly people: People,
    private readonly marked: Map<number, Marked[]>,
  ) {
    this.speakers = new SpeakerReader(c, doc, people);
    this.cues = new CuePhrases(c, doc, this.speakers);
  }

  run(): QuoteRec[] {
    for (const b of this.doc.blocks) this.block(b);
    return joinParagraphs(this.doc, this.quotes);
  }

  private block(b: Block): void {
    const marked = this.marked.get(b.index) ?? [];
    const markedRanges = new RangeSet();
    for (const m of marked) markedRanges.add(m.inStart, m.inEnd);
    const verbs = this.withSplitVerbs(b, matchesIn(this.c.verbRe, this.doc.words, b.start, b.end)).filter((v) => !markedRanges.covers(v.start) && !this.namePart(b, v) && !this.nounUse(b, v));
    const used = new Set<Hit>();
    const blockQuotes: QuoteRec[] = [];
    this.current = blockQuotes;
    this.byCue = new Map();
    this.quoteEnds = new RangeSet();
    this.asClauses = new RangeSet();
    // Every question about the block's quotes goes through range sets: no scan of all quotes per cue.
    const all = new RangeSet();
    this.blockAll = all;
    const indirects = new RangeSet();
    const keep = (q: QuoteRec) => {
      blockQuotes.push(q);
      all.add(q.start, q.end);
      this.quoteEnds.add(q.end, q.end);
      if (q.kind === 'indirect') indirects.add(q.start, q.end);
      if (q.cue && q.speaker && !this.byCue.has(q.cue)) this.byCue.set(q.cue, q);
    };
    const inQuote = (pos: number) => all.covers(pos);

    // 1. Marked quotes and their cues.
    for (const m of marked) {
      const q = this.attributeMarked(b, m, verbs, used);
      if (!q) continue;
      if (!m.closed) q.runsOn = true;
      keep(q);
      if (q.speaker && q.speaker.kind !== 'source') this.last = { speaker: q.speaker, block: b.index };
    }
    // 2. Unmarked quotes closed by a dash attribution, and dialogue dashes.
    for (const v of verbs) {
      if (used.has(v) || inQuote(v.start)) continue;
      const q = this.dashQuote(b, v);
      if (q) {
        used.add(v);
        keep(q);
        const cont = this.dialogueContinuation(b, q, verbs);
        if (cont) keep(cont);
      }
    }
    // 3. Indirect speech outside the direct quotes.
    const direct = new Set(blockQuotes);
    const firstIndirect = blockQuotes.length;
    // A subject that holds an according-to cue is that phrase misread ("According to media reports, …": "media"
    // does not report here); the according-to reading of the same content (below) is the one kept.
    const accordingHits = matchesIn(this.c.accordingBeforeRe, this.doc.words, b.start, b.end);
    const accordingCues = new RangeSet();
    for (const hit of accordingHits) accordingCues.add(hit.start, hit.end);
    for (const v of verbs) {
      if (used.has(v) || inQuote(v.start)) continue;
      const q = this.indirect(b, v);
      if (q?.speaker && accordingCues.overlaps(q.speaker.start, q.speaker.end)) continue;
      if (q && !indirects.overlaps(q.start, q.end)) {
        used.add(v);
        keep(q);
      }
    }
    const afterIndirect = blockQuotes.length;
    for (const q of this.according(b, inQuote, accordingHits)) keep(q);
    for (const q of this.moodContinued(b, blockQuotes, verbs, all)) keep(q);
    // Mixed quotes: a short marked quote inside reported content is part of that content.
    const host = this.hostFinder(b, blockQuotes.slice(firstIndirect, afterIndirect), blockQuotes.slice(afterIndirect));
    const kept = blockQuotes.filter((q) => {
      if (!direct.has(q)) return true;
      const h = host(q);
      if (!h) return true;
      return (q.end - q.start) / (h.end - h.start) >= MIXED_SHARE && !!q.speaker;
    });
    const keptDirect = new RangeSet();
    for (const x of kept) if (x.kind === 'direct') keptDirect.add(x.start, x.end);
    // Reported content that a direct quote holds whole is that quote's content already.
    const final = kept.filter((q) => q.kind !== 'indirect' || keptDirect.furthestBefore(q.start + 1) < q.end);
    final.sort((a, b2) => a.start - b2.start);
    for (const q of joinFragments(b, this.doc.text, final)) {
      this.lastSpeakerForTitle(b, q);
      this.quotes.push(q);
      if (q.speaker && q.speaker.kind !== 'source') this.last = { speaker: q.speaker, block: b.index };
    }
  }

  /**
   * "«Q», — признал наставник алматинцев." / "„Q“, sagte der 44-Jährige.": a description standing for the
   * person named or quoted last (this paragraph or the one before), when the people index names no one.
   * Two kinds: a singular title or role, with a cue whose form shows one speaker's gender ("признал", not
   * "считают"; "по мнению экспертов" has no such cue and a plural head); or an article and a person cue
   * of the lexicon ("der 44-Jährige"). Languages with articles need a definite one.
   */
  private lastSpeakerForTitle(b: Block, q: QuoteRec): void {
    const s = q.speaker;
    if (!s || q.inherited || !q.cue || (s.kind !== 'title' && s.kind !== 'ref')) return;
    const words = lower(s.text).split(/[\s\u00a0]+|(?<=^\p{L}['’])/u).filter(Boolean);
    const articles = this.c.lex.names.definiteArticles;
    const withArticle = !!articles?.length && articles.includes(words[0]!.replace(/’/gu, "'"));
    if (articles?.length && !withArticle) return;
    const gender = verbGender(this.c, q.cue.text) ?? descriptionGender(this.c, s.text);
    // "«…», – дейді кейіпкеріміз": a description noun of the lexicon alone (no title or role: those resolve as titles), where
    // the language has no article to need.
    if (s.kind === 'ref' && !articles?.length && words.length === 1 && descriptionNouns(this.c).has(words[0]!)) {
      const described = this.people.describedLast(s.text, s.start);
      if (described) q.speaker = { kind: 'person', person: described, start: s.start, end: s.end, rule: 'speaker.title-antecedent' };
      return;
    }
    if (s.kind === 'title') {
      if (!gender || this.people.byTitle(s.text, s.start)) return;
    } else {
      // "der 44-Jährige": the article and one word with a person-cue ending, nothing else.
      const head = words[words.length - 1] ?? '';
      if (!withArticle || words.length !== 2 || !this.c.personCueEndings.some((e) => head.endsWith(e.slice(1)))) return;
    }
    const person = this.people.antecedent(s.start, gender);
    if (!person) return;
    // Named in this paragraph or the one before: further back, the description may be someone new.
    const prev = this.doc.blocks[lowerBound(this.doc.blocks, b.start, (x) => x.start) - 1];
    const from = prev ? prev.start : b.start;
    const i = lowerBound(person.runStarts, s.start, (x) => x) - 1;
    if (i < 0 || person.runStarts[i]! < from) return;
    q.speaker = { kind: 'person', person, start: s.start, end: s.end, rule: 'speaker.title-antecedent' };
  }

  /**
   * Speech-verb hits plus the finite forms of separable verbs whose particle closes their clause ("Das
   * kündigte X am Dienstag an.", "Er teilte am Montag mit, dass …"), in text order.
   */
  private withSplitVerbs(b: Block, verbs: Hit[]): Hit[] {
    const re = this.c.splitVerbRe;
    if (!re) return verbs;
    const norm = this.doc.norm;
    const taken = new RangeSet();
    for (const v of verbs) taken.add(v.start, v.end);
    const extra: Hit[] = [];
    for (const h of matchesIn(re, this.doc.words, b.start, b.end)) {
      if (taken.overlaps(h.start, h.end)) continue;
      const particles = this.c.splitParticles.get(lower(h.text));
      if (!particles) continue;
      // The clause runs to the next comma, colon or sentence end, within a bounded reach.
      const limit = Math.min(sentenceAt(b, h.end).end, h.end + SPLIT_VERB_REACH);
      const cut = norm.slice(h.end, limit).search(/[,;:!?«»"“”„]|[.](?![\p{L}\p{N}])/u);
      const clauseEnd = cut >= 0 ? h.end + cut : limit;
      const last = /([\p{L}]+)[\s\u00a0]*$/u.exec(norm.slice(h.end, clauseEnd));
      if (last && particles.has(last[1]!.toLowerCase())) {
        extra.push(h);
        this.splitClauseEnds.set(h.start, clauseEnd);
      }
    }
    if (extra.length === 0) return verbs;
    return [...verbs, ...extra].sort((x, y) => x.start - y.start);
  }

  /**
   * "Er sagte, die Stadt habe kein Geld. Man werde …": a sentence whose verb is in the reported mood of the
   * lexicon, with no cue and no quote of its own, goes on with the speaker of a quote in the sentence
   * before it (same paragraph); each one found carries the chain on.
   */
  private moodContinued(b: Block, quotes: QuoteRec[], verbs: Hit[], all: RangeSet): QuoteRec[] {
    const re = this.c.reportedMoodRe;
    if (!re) return [];
    const out: QuoteRec[] = [];
    let prev: QuoteRec | undefined;
    for (const s of b.sentences) {
      const before = prev;
      prev = undefined;
      if (all.overlaps(s.start, s.end)) {
        prev = [...quotes, ...out].filter((q) => q.start < s.end && q.end > s.start && q.speaker && q.speaker.kind !== 'source').sort((x, y) => y.end - x.end)[0];
        continue;
      }
      if (!before || !re.firstIn(this.doc.words, s.start, s.end)) continue;
      const v = verbs[lowerBound(verbs, s.start, (x) => x.start)];
      if (v && v.start < s.end) continue;
      let end = s.end;
      while (end > s.start && /[\s\u00a0.!?]/u.test(this.doc.text[end - 1]!)) end--;
      const q = this.push(b, 'quote.indirect.mood-continued', s.start, end, 'indirect', before.speaker, null, true);
      if (q) {
        q.inheritedRule = 'speaker.mood-continued';
        out.push(q);
        prev = q;
      }
    }
    return out;
  }

  /**
   * The first indirect quote (in the order found) that holds a given quote. Indirect speech found by
   * cues never overlaps itself, so at most one of it holds the quote; according-to quotes may overlap,
   * but stay inside one sentence, so only those of the quote's sentence are looked at.
   */
  private hostFinder(b: Block, byCue: QuoteRec[], according: QuoteRec[]): (q: QuoteRec) => QuoteRec | undefined {
    const cued = byCue.slice().sort((x, y) => x.start - y.start);
    const around = according.map((q, order) => ({ q, order })).sort((x, y) => x.q.start - y.q.start);
    return (q) => {
      const i = lowerBound(cued, q.start + 1, (x) => x.start) - 1;
      const c = cued[i];
      if (c && c.end >= q.end) return c;
      const sStart = sentenceAt(b, q.start).start;
      let best: { q: QuoteRec; order: number } | undefined;
      for (let k = lowerBound(around, q.start + 1, (x) => x.q.start) - 1; k >= 0 && around[k]!.q.start >= sStart; k--) {
        const x = around[k]!;
        if (x.q.end >= q.end && (!best || x.order < best.order)) best = x;
      }
      return best?.q;
    };
  }

  /**
   * "“Q,” Rubio continued.", "“Q?” Hannity pressed.": a comma, question or exclamation mark closing the
   * quoted words shows that their sentence goes on into its attribution, so a word right after the
   * speaker that ends the clause (within a few words) is its cue even when the lexicon does not list it.
   */
  private unlistedCueAfter(b: Block, m: Marked, sentEnd: number): { speaker: Speaker; cue: Hit } | null {
    const norm = this.doc.norm;
    if (!UNLISTED_CUE_CLOSE_RE.test(norm.slice(m.inStart, m.close))) return null;
    const from = m.close + 1;
    // The clause ends at a comma or the sentence end, not at other marks ("… fixates on the “pivot” line").
    const reach = Math.min(sentEnd, from + SPEAKER_REACH);
    const clause = norm.slice(from, reach).search(/[,;:!?()«»"“”„]|[.](?=[\s\u00a0]*$)/u);
    if (clause >= 0 && !/[,.]/u.test(norm[from + clause]!)) return null;
    const limit = clause >= 0 ? from + clause : reach;
    const toks = b.tokens;
    for (let k = lowerBound(toks, from, (t) => t.start); k < toks.length && toks[k]!.end <= limit; k++) {
      const t = toks[k]!;
      if (t.cap || !/^\p{Ll}/u.test(t.raw)) continue;
      if (this.c.verbRe.isWord(t.low) || this.c.lex.complementizers.includes(t.low) || this.c.relativizers.has(t.low) || this.c.coordinators.has(t.low)) return null;
      // Function words and prepositions belong to the speaker phrase, not to its cue.
      if (this.c.nonNames.has(t.low) || this.speakers.opensClause(t.low)) continue;
      const s = this.speakers.speakerBefore(b, t.start, from, true);
      if (!s) continue;
      if (s.kind === 'source' || !this.speakers.titleGap(norm.slice(from, s.start))) return null;
      // An unnamed speaker needs a collective head ("the campaign", "officials") or the shape of a name: not
      // any capitalised words ("Several Republican leaders").
      if (s.kind === 'ref' && !this.c.collectiveRe.isWord(lower(/[\p{L}]+$/u.exec(s.text)?.[0] ?? '')) && !this.nameShaped(s.text)) return null;
      // The cue ends the clause, a short tail at most ("continued on Fox News").
      if (wordCount(norm.slice(t.end, limit), UNLISTED_CUE_TAIL + 1) > UNLISTED_CUE_TAIL) return null;
      return { speaker: tagged(s, 'speaker.before-unlisted-cue')!, cue: { start: t.start, end: t.end, text: this.doc.text.slice(t.start, t.end) } };
    }
    return null;
  }

  /** One to three capitalised words, none a function or organisation word ("Hollande", "Mr. Gray"). */
  private nameShaped(text: string): boolean {
    const ws = text.split(/[\s\u00a0]+/u).filter(Boolean);
    return ws.length > 0 && ws.length <= 3 && ws.every((w) => /^\p{Lu}/u.test(w) && !this.c.nonNames.has(lower(w)) && !this.c.orgWords.has(lower(w)));
  }

  /** A short tail of a verb before its quote (time, place, audience), ending in a comma or colon. */
  private verbTail(gap: string): boolean {
    return VERB_TAIL_RE.test(gap) && wordCount(gap, VERB_TAIL_WORDS + 1) <= VERB_TAIL_WORDS;
  }

  private push(b: Block, rule: string, start: number, end: number, kind: QuoteRec['kind'], speaker: Speaker | null, cue: Hit | null, inherited = false, text?: string): QuoteRec | null {
    [start, end] = trimRange(this.doc.text, start, end, /[\s\u00a0\u202f,;:\-–—]/u);
    if (end <= start) return null;
    if (kind === 'indirect' && end - start > MAX_UNMARKED_CHARS) return null;
    let body = text ?? this.doc.text.slice(start, end);
    body = body.replace(/[\s\u00a0]+/g, ' ').trim();
    return { block: b.index, start, end, text: body, kind, speaker, cue, inherited, rule };
  }

  // ---- direct quotes in marks -------------------------------------------------------------

  private attributeMarked(b: Block, m: Marked, verbs: Hit[], used: Set<Hit>): QuoteRec | null {
    const norm = this.doc.norm;
    const sent = sentenceAt(b, m.close);
    const sentOpen = sentenceAt(b, m.open);
    // Wire copy opens with two apostrophes (''Q''): the first one belongs to the mark, not to the gap before it.
    const open = m.open > b.start && this.doc.text[m.open] === "'" && this.doc.text[m.open - 1] === "'" ? m.open - 1 : m.open;
    const words = wordCount(norm.slice(m.inStart, m.inEnd), MIN_UNATTRIBUTED_WORDS);
    if (words === 0) return null;
    if (this.markedName(b, m, words)) return null;
    // A signature: “Q.” ― Name.
    const signed = m.closed ? tagged(this.signature(b, m), 'speaker.signature') : null;
    if (signed) return this.push(b, 'quote.marked.signature', m.inStart, m.inEnd, 'direct', signed, null);
    // After the closing mark: «Q», — сказал S. / "Q," S said. / «Q» деп мәлімдеді S.
    if (m.closed) {
      // "“Q?” Trump asked.": a question or exclamation mark closes the quote, not the sentence the cue ends.
      const cueSentEnd = sent.end <= m.close + 1 && QUESTION_END_RE.test(norm.slice(m.inStart, m.inEnd)) ? sentenceAt(b, m.close + 2).end : sent.end;
      // Verbs are sorted and disjoint: start at the first one after the closing mark.
      for (let i = lowerBound(verbs, m.close + 1, (x) => x.start); i < verbs.length; i++) {
        const v = verbs[i]!;
        if (used.has(v)) continue;
        // The cue closes the quote's own sentence ("Q." He said … starts a new one).
        if (v.start >= cueSentEnd || v.start > m.close + SPEAKER_REACH) break;
        let gap = norm.slice(m.close + 1, v.start);
        const closer = this.c.closerRe ? /[\p{L}]+[\s\u00a0]*$/u.exec(gap) : null;
        if (closer && this.c.closerRe!.isWord(lower(closer[0].trim()))) gap = gap.slice(0, closer.index);
        let speaker: Speaker | null = null;
        if (this.isParticiple(v)) break;
        if (CLOSE_PUNCT_RE.test(gap)) {
          speaker = this.cues.speakerAfterCue(b, v.end) ?? tagged(this.speakers.pronounInCue(v), 'speaker.pronoun-in-cue') ?? this.speakers.speakerBefore(b, v.start, m.close + 1, true) ?? this.speakers.droppedSubject(b, v);
          // "“Q,” said one Republican involved in the planning, who …": the noun phrase after the verb, unnamed.
          if (!speaker && /^[\s\u00a0]*[,.!?…]?[\s\u00a0]*$/u.test(gap)) speaker = tagged(this.withoutCircumstance(this.clausePhrase(v.end, cueSentEnd)), 'speaker.after-cue-phrase');
        } else {
          const s = this.speakers.speakerBefore(b, v.start, m.close + 1, true);
          if (s && this.speakers.titleGap(norm.slice(m.close + 1, s.start))) speaker = s;
          // "“Q,” Ms. Merkel's spokesman, Steffen Seibert, wrote": a title set off by commas, then the name.
          else if (s?.kind === 'person' && this.appositiveTitle(norm.slice(m.close + 1, s.start))) speaker = tagged(s, 'speaker.before-cue-apposition');
          else if (!/[.!?]/.test(gap) && gap.length < 40 && /^[\s\u00a0]*[,.!?…]?[\s\u00a0]*[-–—]/u.test(gap) === false) break;
          else break;
        }
        if (!speaker) break;
        used.add(v);
        return this.push(b, 'quote.marked.cue-after', this.mixedStart(sentOpen.start, open, m.inStart), m.inEnd, 'direct', speaker, v);
      }
      const unlisted = this.unlistedCueAfter(b, m, cueSentEnd);
      if (unlisted) return this.push(b, 'quote.marked.cue-after', m.inStart, m.inEnd, 'direct', unlisted.speaker, unlisted.cue);
    }
    // „Q“, so Scholz.: a marker word of the lexicon in place of a verb.
    const marker = m.closed ? this.postQuoteMarker(b, m) : null;
    if (marker) return this.push(b, 'quote.marked.post-marker', m.inStart, m.inEnd, 'direct', tagged(marker.speaker, 'speaker.post-marker'), marker.cue);
    // Before the opening mark: S сказал: «Q» / S said, "Q" / сказал министр: «Q».
    // (Only verbs of the quote's sentence: one further back has a sentence end between it and the quote.)
    for (let i = lowerBound(verbs, open + 1, (x) => x.end) - 1; i >= 0; i--) {
      const v = verbs[i]!;
      if (v.end < sentOpen.start) break;
      if (used.has(v)) {
        // "“A,” Mr. Obama said, “B.”": the second part continues the quote the cue attributed, also after a
        // short tail of the verb ("said late last month, “B.”", "told reporters on Wednesday, “B.”").
        const prev = this.byCue.get(v);
        const tail = norm.slice(v.end, open);
        if (prev && (PLAIN_GAP_RE.test(tail) || this.verbTail(tail))) return this.push(b, 'quote.marked.continued', m.inStart, m.inEnd, 'direct', prev.speaker, null, true);
        continue;
      }
      const gap = norm.slice(v.end, open);
      const plain = /^[\s\u00a0]*[,:]?[\s\u00a0]*$/u.test(gap);
      let speaker: Speaker | null = null;
      const withoutComp = gap
        .split(/([\s\u00a0]+)/)
        .filter((w) => !this.c.lex.complementizers.includes(lower(w)))
        .join('');
      if (this.isParticiple(v)) {
        if (plain || /^[\s\u00a0]*[,:]?[\s\u00a0]*$/u.test(withoutComp)) speaker = tagged(this.clauseSubject(b, v), 'speaker.clause-subject');
      } else if (plain || /^[\s\u00a0]*[,:]?[\s\u00a0]*$/u.test(withoutComp)) {
        speaker = this.speakers.speakerBefore(b, v.start, sentOpen.start, false) ?? this.speakers.speakerAfter(b, v.end, open);
      } else if (this.verbTail(gap)) {
        // "said Monday: “…”", "said at a briefing Monday, “…”", "said Trump spokesman Jason Miller: “…”".
        // After "told" the words are its addressee ("Maria Lopez told the council: “…”"): the subject speaks.
        const subject = this.c.lex.sourceCues.told.includes(lower(v.text)) ? this.speakers.speakerBefore(b, v.start, sentOpen.start, false) : null;
        const s = subject ? null : this.speakers.speakerAfter(b, v.end, open);
        if (s && !(s.kind === 'ref' && this.allNonNames(s.text)) && /^[\s\u00a0]*[,:]?[\s\u00a0]*$/u.test(norm.slice(s.end, open))) speaker = s;
        else speaker = subject ?? this.speakers.speakerBefore(b, v.start, sentOpen.start, false);
      }
      if (speaker) {
        used.add(v);
        return this.push(b, 'quote.marked.cue-before', m.inStart, m.inEnd, 'direct', speaker, v);
      }
      break;
    }
    // «A —explicó X—, B», « A, a expliqué X, B », «A, — сказал X. — B»: the attribution inside the marks.
    const inciso = this.inciso(b, m);
    if (inciso) return inciso;
    // "The New York Times reports: “…”", "Limbaugh continued: “…”": a colon after a clause whose subject speaks.
    const intro = tagged(this.colonIntro(b, sentOpen.start, open), 'speaker.colon-intro');
    if (intro) return this.push(b, 'quote.marked.colon-intro', m.inStart, m.inEnd, 'direct', intro, null);
    // "Donald Trump issued the following statement:" closing the paragraph before: the same, over the break.
    const prev = this.doc.blocks[b.index - 1];
    if (prev && /^[\s\u00a0]*$/u.test(norm.slice(b.start, open)) && /:[\s\u00a0]*$/u.test(norm.slice(Math.max(prev.start, prev.end - 3), prev.end))) {
      // A speech verb in that sentence: a label ("Partial transcript:") introduces no one's words.
      const intro = sentenceAt(prev, prev.end - 1);
      const spoken = matchesIn(this.c.verbRe, this.doc.words, intro.start, prev.end).length > 0;
      const above = spoken ? tagged(this.colonIntro(prev, intro.start, prev.end), 'speaker.colon-intro') : null;
      const q = above ? this.push(b, 'quote.marked.colon-intro', m.inStart, m.inEnd, 'direct', above, null) : null;
      if (q) return { ...q, cueBlock: prev.index };
    }
    // Floating: a whole sentence or paragraph in quotes right after an attributed quote.
    // (Wire copy opens with two apostrophes: the first one sits before m.open.)
    const ownSentence = OWN_SENTENCE_RE.test(norm.slice(sentOpen.start, m.open)) || m.open === b.start;
    if (ownSentence && this.last && b.index - this.last.block <= FLOAT_BLOCKS) {
      return this.push(b, 'quote.marked.floating', m.inStart, m.inEnd, 'direct', this.last.speaker, null, true);
    }
    // "Moore thanked him for “stepping up …”": words quoted inside a sentence whose subject, a person named
    // at its start, is the one quoted.
    if (!ownSentence && words >= MIN_UNATTRIBUTED_WORDS && !this.isTitleCase(m)) {
      const subject = this.speakers.speakerAtStart(b, sentOpen.start, open);
      if (subject?.kind === 'person') return this.push(b, 'quote.marked.embedded', m.inStart, m.inEnd, 'direct', tagged(subject, 'speaker.embedding-subject'), null);
    }
    if (words >= MIN_UNATTRIBUTED_WORDS && !this.isTitleCase(m)) return this.push(b, 'quote.marked.unattributed', m.inStart, m.inEnd, 'direct', null, null);
    return null;
  }

  /**
   * An attribution set inside one pair of marks, between its two parts: «A —explicó la alcaldesa Ana Ruiz—, B»,
   * « A, a expliqué Anne Roux, B », «A, — сказал Иван Петров. — B», "A, Smith said, B". The cue opens after a dash or
   * a comma, the speaker (after it, in it, or right before it) closes at a dash, a comma or a full stop, and words of
   * the quote stand on both sides. The quote's text is the two parts, the attribution left out (as fragments.ts joins
   * marked parts).
   */
  private inciso(b: Block, m: Marked): QuoteRec | null {
    const norm = this.doc.norm;
    // Marks inside (a quote within the quote, or marks paired across a quote's end) leave the parts unsure.
    if (INNER_MARK_RE.test(norm.slice(m.inStart, m.inEnd))) return null;
    // The block's cues leave out words inside marks: this quote's own, read only here.
    for (const v of matchesIn(this.c.verbRe, this.doc.words, m.inStart, m.inEnd)) {
      if (v.end >= m.inEnd || this.isParticiple(v) || this.namePart(b, v) || this.nounUse(b, v)) continue;
      const lead = INCISO_OPEN_RE.exec(norm.slice(m.inStart, v.start));
      // The speaker may stand between the opener and the verb ("…, Smith said, …"): its phrase ends at the verb.
      const before = lead ? null : this.speakers.speakerBefore(b, v.start, m.inStart, true);
      const leadBefore = before ? INCISO_OPEN_RE.exec(norm.slice(m.inStart, before.start)) : null;
      const open = lead ? m.inStart + lead.index : leadBefore ? m.inStart + leadBefore.index : -1;
      if (open < 0 || wordCount(norm.slice(m.inStart, open), 1) === 0) continue;
      const speaker = before ?? this.cues.speakerAfterCue(b, v.end, m.inEnd) ?? tagged(this.speakers.pronounInCue(v), 'speaker.pronoun-in-cue') ?? (INCISO_CLOSE_RE.test(norm.slice(v.end, m.inEnd)) ? this.speakers.droppedSubject(b, v, false, true) : null);
      // A person, a pronoun or a title: not any phrase after the verb ("speaks like we do, says what's on your mind - …").
      if (!speaker || speaker.kind === 'ref') continue;
      const after = before ? v.end : Math.max(v.end, speaker.end);
      const close = INCISO_CLOSE_RE.exec(norm.slice(after, m.inEnd));
      if (!close || wordCount(norm.slice(after + close[0].length, m.inEnd), 1) === 0) continue;
      // "…, said Kessel, whose organization …": a relative clause after the comma describes the speaker; no second part.
      const next = /^[\p{L}]+/u.exec(norm.slice(after + close[0].length, m.inEnd))?.[0];
      if (next && this.c.relativizers.has(lower(next))) continue;
      const [a, z] = trimRange(this.doc.text, m.inStart, open, INCISO_TRIM_RE);
      const [c, d] = trimRange(this.doc.text, after + close[0].length, m.inEnd, INCISO_TRIM_RE);
      const text = `${this.doc.text.slice(a, z)}${JOIN}${this.doc.text.slice(c, d)}`;
      return this.push(b, 'quote.marked.inciso', m.inStart, m.inEnd, 'direct', speaker, v, false, text);
    }
    return null;
  }

  /**
   * "He was a “respected manager,” Boistard said.": words of the writer open the sentence and the quoted words
   * finish it, the cue after both. The statement attributed is the whole sentence (a mixed quote), so it starts
   * at the sentence start; a sentence whose opening words hold a cue or a colon of their own keeps the marks.
   */
  private mixedStart(sStart: number, open: number, inStart: number): number {
    // The writer's opening words are a clause at most: a bounded look, not a huge sentence for every quote.
    if (open - sStart > MIXED_LEAD_CHARS) return inStart;
    const lead = this.doc.norm.slice(sStart, open);
    // (Other marks or an aside in brackets: the quote stands apart.)
    if (!/[\p{L}\p{N}]/u.test(lead) || /[:;«»"“”„()]/u.test(lead) || this.c.verbRe.firstIn(this.doc.words, sStart, open)) return inStart;
    let p0 = sStart;
    while (p0 < open && /[\s\u00a0\-–—]/u.test(this.doc.norm[p0]!)) p0++;
    return p0;
  }

  /**
   * «Ордабасының» бапкері …, підприємства «Київтеплоенерго» Наталія …: a name in marks, not a quote. A
   * short capitalised text with no punctuation of its own, running on into the sentence (a word, not
   * punctuation or a dash, after the closing mark), names a club, firm or title.
   */
  private markedName(b: Block, m: Marked, words: number): boolean {
    if (!m.closed || words > NAME_IN_MARKS_WORDS || !this.isTitleCase(m)) return false;
    const norm = this.doc.norm;
    if (/[,.!?…;:]/u.test(norm.slice(m.inStart, m.inEnd))) return false;
    if (/^[\s\u00a0]*[\p{L}\p{N}]/u.test(norm.slice(m.close + 1, Math.min(b.end, m.close + 4)))) return true;
    // "сообщил «Известиям», что …": an outlet addressed between a verb and its complementizer.
    const comma = /^[\s\u00a0]*,[\s\u00a0]*/u.exec(norm.slice(m.close + 1, Math.min(b.end, m.close + 8)));
    return !!comma && !!this.c.complementizerRe?.at(this.doc.words, m.close + 1 + comma[0].length, b.end);
  }

  /**
   * „Q“, so Scholz. / „Q“, so der Kanzler.: a post-quote marker right after the closing mark and a
   * comma, then the speaker (after title words at most). Pronouns do not count ("so sie" is rare and
   * "so er es will" is not an attribution).
   */
  private postQuoteMarker(b: Block, m: Marked): { speaker: Speaker; cue: Hit } | null {
    if (this.c.postQuoteMarkers.size === 0) return null;
    const from = m.close + 1;
    const hit = POST_MARKER_RE.exec(this.doc.norm.slice(from, Math.min(b.end, from + POST_MARKER_REACH)));
    if (!hit || !this.c.postQuoteMarkers.has(lower(hit[1]!))) return null;
    const start = from + hit[0].length - hit[1]!.length;
    const end = start + hit[1]!.length;
    const speaker = this.speakers.speakerAfter(b, end);
    if (!speaker || speaker.kind === 'source' || speaker.kind === 'pronoun') return null;
    if (!this.speakers.titleGap(this.doc.norm.slice(end, speaker.start))) return null;
    return { speaker, cue: { start, end, text: this.doc.text.slice(start, end) } };
  }

  /** The subject of a short clause ending in a colon right before a quote ("Sanders made the following comment:"). */
  private colonIntro(b: Block, sStart: number, open: number): Speaker | null {
    const head = this.doc.norm.slice(sStart, open);
    const colon = /:[\s\u00a0]*$/u.exec(head);
    if (!colon || /[«»"“”]/u.test(head) || wordCount(head, COLON_INTRO_WORDS + 1) > COLON_INTRO_WORDS) return null;
    let p0 = sStart;
    while (p0 < open && /[\s\u00a0\-–—]/u.test(this.doc.norm[p0]!)) p0++;
    const s = this.speakers.speakerAfter(b, p0, sStart + colon.index);
    // The subject opens the clause, after its title words at most ("Grünbergs Trainerin Petra Albrecht lobte …:").
    const opens = !!s && (s.start === p0 || (s.kind === 'person' && this.speakers.titleGap(this.doc.norm.slice(p0, s.start))));
    if (!s || !opens || s.kind === 'pronoun') return s?.kind === 'pronoun' && opens ? s : null;
    return s.kind === 'ref' && !this.speakers.nounPhrase(s.text, s.start) ? null : s;
  }

  /**
   * Whether the text between a quote's closing mark and a name is a title set off by commas ("Ms. Merkel's
   * spokesman, ", ", the party's chairman, "): a short phrase with no sentence punctuation holding a title or role.
   */
  private appositiveTitle(gap: string): boolean {
    const rest = gap.replace(/^[\s\u00a0]*[,.!?…;]?[\s\u00a0]*/u, '');
    if (!/,[\s\u00a0]*$/u.test(rest) || /[.!?;:«»"“”()]|,.*,.*,/u.test(rest.replace(/\b\p{Lu}\p{Ll}{0,3}\./gu, ''))) return false;
    if (wordCount(rest, APPOSITIVE_TITLE_WORDS + 1) > APPOSITIVE_TITLE_WORDS) return false;
    return this.c.titleRe.allIn(rest).length > 0 || this.c.roleRe.allIn(rest).length > 0;
  }

  /** "“Q.” ― Pamela Padilla": a name signed under a quote with a dash and no verb. */
  private signature(b: Block, m: Marked): Speaker | null {
    const norm = this.doc.norm;
    const dash = SIGNATURE_DASH_RE.exec(norm.slice(m.close + 1, Math.min(b.end, m.close + 8)));
    if (!dash || !/[-–—―]/u.test(dash[0])) return null;
    const p0 = m.close + 1 + dash[0].length;
    const run = this.speakers.runStartingAt(b, p0);
    if (!run || !SIGNATURE_END_RE.test(norm.slice(run.end, Math.min(b.end, run.end + 4)))) return null;
    const person = this.speakers.personOf(run);
    return person ? { kind: 'person', person, start: run.start, end: run.end } : null;
  }

  /** Whether a first-person pronoun is the verb's subject, right before it or before one gap word ("Я утверждаю", "I also think"). */
  private selfSubject(v: Hit, sStart: number): boolean {
    const words = this.doc.norm.slice(Math.max(sStart, v.start - SELF_REACH), v.start).match(/[\p{L}]+/gu) ?? [];
    const last = lower(words[words.length - 1] ?? '');
    if (this.c.selfPronouns.has(last)) return true;
    const prev = lower(words[words.length - 2] ?? '');
    return this.c.selfPronouns.has(prev) && !!this.c.gapRe?.isWord(last);
  }

  /** A capitalised "verb" inside a sentence is part of a name ("the United States"), unless nouns are capitalised anyway. */
  /** "his comments", "the states": after a noun marker of the lexicon the word is a noun ("43 said" keeps its subject). */
  private nounUse(b: Block, v: Hit): boolean {
    if (this.c.nounMarkers.size === 0) return false;
    const prev = /([\p{L}\p{N}]+)[\s\u00a0]+$/u.exec(this.doc.norm.slice(Math.max(b.start, v.start - NOUN_MARKER_CHARS), v.start));
    return !!prev && this.c.nounMarkers.has(lower(prev[1]!));
  }

  private namePart(b: Block, v: Hit): boolean {
    if (this.c.lex.capitalisedNouns || !/^\p{Lu}/u.test(v.text)) return false;
    return MID_SENTENCE_RE.test(this.doc.norm.slice(Math.max(b.start, v.start - 4), v.start));
  }

  /** Whether every word of a phrase is a function or time word ("Monday", "on Tuesday"). */
  private allNonNames(text: string): boolean {
    const ws = text.match(/[\p{L}]+/gu) ?? [];
    return ws.every((w) => this.c.nonNames.has(lower(w)) || this.c.placePrepositions.has(lower(w)));
  }

  private isParticiple(v: Hit): boolean {
    return this.c.participles.size > 0 && this.c.participles.has(lower(v.text));
  }

  /**
   * The speaker of a participle cue ("Trump tweeted Friday, saying …", "X said Y, adding that …"):
   * the speaker of an earlier quote cued in the same sentence, else the sentence's subject.
   */
  private clauseSubject(b: Block, v: Hit): Speaker | null {
    const sent = sentenceAt(b, v.start);
    for (let i = this.current.length - 1; i >= 0; i--) {
      const q = this.current[i]!;
      if (q.cue && q.speaker && !q.inherited && q.cue.start >= sent.start && q.cue.end <= v.start) return q.speaker;
    }
    // The subject: a name among the first words ("Rival Hillary Clinton", "President Barack Obama"), else a title or group.
    let p0 = sent.start;
    while (p0 < v.start && /[\s\u00a0\-–—'"“‘«„]/u.test(this.doc.norm[p0]!)) p0++;
    let head = this.speakers.speakerAfter(b, p0, v.start);
    // "Last month, a group of experts …", "And in 2008, Hillary Clinton …": a phrase set off by a comma
    // before the verb opens the sentence; the subject follows it.
    const comma = head?.kind === 'ref' ? OPENER_COMMA_RE.exec(this.doc.norm.slice(head.end, Math.min(v.start, head.end + OPENER_REACH))) : null;
    if (head && comma) head = this.speakers.speakerAfter(b, head.end + comma[0].length, v.start) ?? head;
    if (head && head.kind !== 'source' && head.kind !== 'pronoun' && (head.kind !== 'ref' || this.speakers.nounPhrase(head.text, head.start))) return head;
    if (head?.kind === 'pronoun' && head.start === p0) return head;
    return null;
  }

  private isTitleCase(m: Marked): boolean {
    const ws = this.doc.text.slice(m.inStart, m.inEnd).match(/[\p{L}]+/gu) ?? [];
    return ws.filter((w) => w.length > 3).every((w) => /^\p{Lu}/u.test(w));
  }

  // ---- unmarked quotes closed by a dash -----------------------------------------------------

  private dashQuote(b: Block, v: Hit): QuoteRec | null {
    const norm = this.doc.norm;
    const pre = norm.slice(Math.max(b.start, v.start - 8), v.start);
    const aside = ASIDE_BEFORE_RE.test(pre);
    const dashed = !aside && DASH_BEFORE_RE.test(pre) && !MARK_DASH_BEFORE_RE.test(pre);
    // "– Q1. Q2, a-t-il confié.": a comma alone closes dialogue that a dash opened (checked below).
    const comma = !aside && !dashed && COMMA_BEFORE_RE.test(pre);
    if (!aside && !dashed && !comma) return null;
    // "—dijo el ministro—.": the speaker phrase of an aside ends at its closing dash.
    const speaker = this.cues.speakerAfterCue(b, v.end, aside ? this.asideEnd(b, v) : b.end) ?? (comma ? tagged(this.speakers.pronounInCue(v), 'speaker.pronoun-in-cue') : null);
    if (!speaker || speaker.kind === 'source') return null;
    // Content runs back to the block start, or to the end of the previous quote in this block (the
    // sentence holding that quote's attribution), read from the running set of quote ends.
    const lastEnd = this.lastQuoteEnd(v.start);
    const start = lastEnd > b.start ? this.afterSentence(b, lastEnd) : b.start;
    let end: number;
    if (aside || comma) {
      // Dialogue opens with a dash too ("—Q —dijo S"): without one, a dash before a verb is not a cue.
      if (!DIALOGUE_OPEN_RE.test(norm.slice(start, Math.min(v.start, start + 8)))) return null;
      end = aside ? v.start - 1 : norm.lastIndexOf(',', v.start);
    } else {
      end = this.dashCuePunct(b, v);
      if (norm[end] !== ',') end++;
    }
    const body = norm.slice(start, end).replace(/^[\s\u00a0]*[-–—][\s\u00a0]*/u, '');
    if (wordCount(body, 1) < 1) return null;
    return this.push(b, 'quote.dash', start, end, 'direct', speaker, v);
  }

  /** The dash closing an aside ("—dijo el ministro—."), or the block end when the sentence ends first. */
  private asideEnd(b: Block, v: Hit): number {
    const norm = this.doc.norm;
    const limit = Math.min(sentenceAt(b, v.end).end, v.end + SPEAKER_REACH);
    for (let i = v.end; i < limit; i++) if (ASIDE_DASH_RE.test(norm[i]!)) return i;
    return b.end;
  }

  /** Where a dash cue's quote ends before verb v ("Q, — сказал", "Q —dijo"), or -1 when v is no dash cue. */
  private dashCueEnd(b: Block, v: Hit): number {
    const punct = this.dashCuePunct(b, v);
    if (punct >= 0) return punct;
    return ASIDE_BEFORE_RE.test(this.doc.norm.slice(Math.max(b.start, v.start - 8), v.start)) ? v.start - 1 : -1;
  }

  /** Where the punctuation of ", — V" sits before a verb (looked for in a few characters only), or -1. */
  private dashCuePunct(b: Block, v: Hit): number {
    const pre = this.doc.norm.slice(Math.max(b.start, v.start - 8), v.start);
    if (!DASH_BEFORE_RE.test(pre)) return -1;
    return v.start - (pre.length - pre.search(DASH_PUNCT_RE));
  }

  /** The furthest end of the block's quotes so far that ends by pos (-Infinity when none). */
  private lastQuoteEnd(pos: number): number {
    return this.quoteEnds.furthestBefore(pos + 1);
  }

  /** The position after the sentence (attribution clause) that contains pos. */
  private afterSentence(b: Block, pos: number): number {
    const s = sentenceAt(b, pos);
    return s.end;
  }

  /** "— Q1, — сказал он. — Q2." : the text after the attribution, opened by a dash, continues the quote. */
  private dialogueContinuation(b: Block, q: QuoteRec, verbs: Hit[]): QuoteRec | null {
    const cue = q.cue;
    if (!cue) return null;
    const norm = this.doc.norm;
    let start: number;
    const closing = q.speaker ? this.asideEnd(b, cue) : b.end;
    if (closing < b.end && /^[\s\u00a0]*$/u.test(norm.slice(q.speaker!.end, closing))) {
      // "—Q —dijo S—. Q2": after the dash closing the aside, the speech goes on with no dash of its own.
      const m = /^[.,;:]?[\s\u00a0]*/u.exec(norm.slice(closing + 1, Math.min(b.end, closing + 8)))!;
      start = closing + 1 + m[0].length;
    } else {
      const s = sentenceAt(b, cue.end);
      const m = /^[\s\u00a0]*[-–—][\s\u00a0]+/u.exec(norm.slice(s.end, Math.min(b.end, s.end + 8)));
      if (!m) return null;
      start = s.end + m[0].length;
    }
    let end = b.end;
    for (let i = lowerBound(verbs, start + 1, (x) => x.start); i < verbs.length; i++) {
      const v = verbs[i]!;
      const punct = this.dashCueEnd(b, v);
      if (punct < 0) continue;
      // The punctuation before the dash, when it lies inside the continuation.
      end = punct >= start ? punct : start - 1;
      break;
    }
    if (end <= start) return null;
    return this.push(b, 'quote.dash.dialogue', start, end, 'direct', q.speaker, null, true);
  }

  // ---- indirect speech ---------------------------------------------------------------------

  private indirect(b: Block, v: Hit): QuoteRec | null {
    const norm = this.doc.norm;
    const sent = sentenceAt(b, v.start);
    const after = norm.slice(v.end, sent.end);
    // "CONTENT. Об этом сообщил S." / "Das kündigte S an.": the sentence before is what S said.
    const back = this.backReference(b, v, sent.start, sent.end);
    if (back !== undefined) return back;
    // Kazakh: "… деп атап өтті S." / "S … деп мәлімдеді." — the content ends at the closer.
    const closer = this.closerBefore(v);
    if (closer !== null) {
      let speaker = this.speakers.speakerAfter(b, v.end);
      let start = sent.start;
      if (!speaker) {
        const head = tagged(this.speakers.speakerAtStart(b, sent.start, closer), 'speaker.sentence-subject');
        if (head) {
          speaker = head;
          start = head.end;
        }
      }
      if (!speaker || speaker.kind === 'source') return null;
      return this.checked(this.push(b, 'quote.indirect.closer', start, closer, 'indirect', speaker, v));
    }
    // Verb-final languages: "S … CONTENT V." with the subject at the sentence start.
    if (this.c.lex.verbFinal && /^[\s\u00a0]*[.!?…]*[\s\u00a0]*$/u.test(after)) {
      const head = tagged(this.speakers.speakerAtStart(b, sent.start, v.start), 'speaker.sentence-subject');
      if (head && head.kind !== 'source') return this.checked(this.push(b, 'quote.indirect.subject-before-closer', head.end, v.start, 'indirect', head, v));
    }
    // "When asked whether CONTENT, X said …": the question put to X.
    const question = this.question(b, v, sent.start, sent.end);
    if (question !== undefined) return question;
    // "…, saying (that) CONTENT": the main clause's speaker.
    if (this.isParticiple(v)) return this.participleContent(b, v, sent.end);
    // "Как сказал X, CONTENT" / "CONTENT, as X said.": the as-clause attributes the rest of the sentence.
    const as = this.cues.asClause(b, v);
    if (as) {
      const q = this.aroundClause(b, 'quote.according.as-cue', sent.start, sent.end, as.start, as.end, as.speaker, v)[0] ?? null;
      if (q) this.asClauses.add(as.start, as.end);
      return q;
    }
    // "X сказал так: CONTENT": unmarked speech after a colon.
    const colonAt = this.cues.colonContent(b, v);
    if (colonAt >= 0) {
      const speaker = this.speakers.speakerBefore(b, v.start, sent.start, false);
      if (speaker && speaker.kind !== 'source') return this.checked(this.push(b, 'quote.colon', colonAt, sent.end, 'direct', speaker, v));
    }
    // "Аким пообещал построить школу": an official's promise, an infinitive clause for content (a
    // person or a title: "the government promised to …" is background more often than a statement).
    const promised = this.cues.infinitiveContent(v);
    if (promised >= 0) {
      const speaker = this.speakers.speakerBefore(b, v.start, sent.start, false);
      if (speaker && (speaker.kind === 'person' || speaker.kind === 'title')) return this.checked(this.push(b, 'quote.indirect.promise', promised, this.contentEnd(b, promised, sent.end), 'indirect', speaker, v));
    }
    // "S said that A and argued that B": the second verb's subject is the first's.
    const coordinated = this.coordinatorBefore(norm.slice(Math.max(sent.start, v.start - COORDINATED_REACH), v.start)) >= 0;
    const shared = coordinated ? tagged(this.clauseSubject(b, v), 'speaker.clause-subject') : null;
    // S V (…) что/that CONTENT
    const comp = this.complementizerAfter(v.end, sent.end);
    if (comp) {
      // "said he was committed to ensuring that …": a clause opened right after the verb holds the "that";
      // "said A, adding that B": so does another speech verb before it.
      const bare = this.opensClause(v.end, comp.start) || (this.c.lex.bareContent && this.c.verbRe.allIn(this.doc.words, v.end, comp.start).length > 0);
      const speaker = shared ?? this.speakers.speakerBefore(b, v.start, sent.start, false) ?? (bare ? null : this.speakers.speakerAfter(b, v.end, comp.start)) ?? this.speakers.droppedSubject(b, v, true);
      const from = bare ? v.end : this.contentStart(comp);
      // "Я утверждаю, что …", "I think that …": first-person speech, its speaker the writer or the one interviewed.
      if (!speaker && this.selfSubject(v, sent.start)) return this.checked(this.push(b, 'quote.indirect.first-person', from, this.contentEnd(b, from, sent.end), 'indirect', null, v));
      if (!speaker || speaker.kind === 'source') return null;
      return this.checked(this.push(b, bare ? 'quote.indirect.after-verb' : 'quote.indirect.complementizer', from, this.contentEnd(b, from, sent.end), 'indirect', speaker, v));
    }
    // CONTENT, S V. / CONTENT, V S. (not a separable verb whose clause goes on after a comma: "X, warf Y vor, …")
    const splitEnd = this.splitClauseEnds.get(v.start);
    const tail = splitEnd !== undefined && /[,:]/u.test(norm[splitEnd] ?? '') ? null : this.tailAttribution(b, v, sent.start, sent.end);
    if (tail) return tail;
    // S V CONTENT (languages that drop "that")
    if (this.c.lex.bareContent) {
      const speaker = shared ?? this.speakers.speakerBefore(b, v.start, sent.start, false);
      if (!speaker || speaker.kind === 'source') return null;
      let from = v.end;
      // "told a crowded banquet hall in Baltimore that …": after an addressee, "that" may come late.
      const told = this.c.lex.sourceCues.told.includes(lower(v.text));
      const late = told ? this.complementizerAfter(v.end, sent.end, TOLD_COMPLEMENTIZER_REACH) : null;
      if (late) return this.checked(this.push(b, 'quote.indirect.complementizer', this.contentStart(late), this.contentEnd(b, late.end, sent.end), 'indirect', speaker, v));
      // "told CNN the talks…", "told reporters the plan…": the addressee is not content.
      if (told) {
        const obj = /^[\s\u00a0]*(?:\p{Lu}[\p{L}\p{N}.&'’-]*(?:[\s\u00a0]+\p{Lu}[\p{L}\p{N}.&'’-]*)*|[\p{Ll}]+)/u.exec(after);
        if (obj) from += obj[0].length;
      }
      // A separable or compound verb ("hat … gesagt") reports the clause after its own; a clause ending the
      // sentence holds its object ("hatte fünf Jahre Haft gefordert"), not speech.
      if (splitEnd !== undefined) {
        if (norm[splitEnd] !== ',' && norm[splitEnd] !== ':') return null;
        from = splitEnd + 1;
      }
      if (/^[\s\u00a0]*,/u.test(norm.slice(from, sent.end))) from = norm.indexOf(',', from) + 1;
      const rest = norm.slice(from, sent.end);
      const first = /^[\s\u00a0]*([\p{L}]+)/u.exec(rest);
      if (!first || this.c.placePrepositions.has(first[1]!.toLowerCase())) return null;
      if (/^[\s\u00a0]*[.;:!?]/u.test(rest)) return null;
      return this.checked(this.push(b, 'quote.indirect.after-verb', from, this.contentEnd(b, from, sent.end), 'indirect', speaker, v));
    }
    return null;
  }

  /**
   * A question put to someone ("When asked whether CONTENT, X said …", "X said when asked if CONTENT", "Asked
   * by reporters about CONTENT, X …"): a passive question verb of the lexicon at the sentence start or after
   * one of its `before` words, then (past an agent or a circumstance of a few words) a question opener. The
   * content runs from the opener to the next clause break; the one asked is the speaker of a quote already
   * cued in the sentence, else the subject before the verb, else the subject after the content.
   * Undefined when the verb opens no such question.
   */
  private question(b: Block, v: Hit, sStart: number, sEnd: number): QuoteRec | null | undefined {
    const q = this.c.lex.questions;
    if (!q || !q.verbs.includes(lower(v.text))) return undefined;
    const norm = this.doc.norm;
    const prev = /([\p{L}]+)[\s\u00a0]*$/u.exec(norm.slice(Math.max(sStart, v.start - 16), v.start));
    const atStart = /^[\s\u00a0\-–—"“‘«]*$/u.test(norm.slice(sStart, v.start));
    if (!atStart && !(prev && q.before.includes(lower(prev[1]!)))) return undefined;
    const m = QUESTION_OPENER_RE.exec(norm.slice(v.end, Math.min(sEnd, v.end + CIRCUMSTANCE_CHARS)));
    if (!m) return undefined;
    let from = -1;
    for (const w of m[0].matchAll(/[\p{L}]+/gu)) {
      if (q.openers.includes(lower(w[0]))) {
        from = v.end + w.index;
        break;
      }
    }
    if (from < 0) return undefined;
    const breakAt = /[,;:!?]|[\s\u00a0][-–—][\s\u00a0]/u.exec(norm.slice(from, Math.min(sEnd, from + MAX_UNMARKED_CHARS + 8)));
    const end = breakAt ? from + breakAt.index : sEnd;
    let speaker: Speaker | null = null;
    for (let i = this.current.length - 1; i >= 0 && !speaker; i--) {
      const c = this.current[i]!;
      if (c.cue && c.speaker && !c.inherited && c.cue.start >= sStart && c.cue.end <= sEnd) speaker = c.speaker;
    }
    speaker ??= atStart ? null : this.speakers.speakerBefore(b, v.start, sStart, false);
    if (!speaker && breakAt && norm[end] === ',') speaker = this.speakers.speakerAfter(b, end + 1, sEnd);
    if (!speaker || (speaker.kind !== 'person' && speaker.kind !== 'title' && speaker.kind !== 'pronoun')) return null;
    return this.checked(this.push(b, 'quote.indirect.question', from, end, 'indirect', speaker, v));
  }

  /**
   * "CONTENT. Об этом на брифинге сообщил S." / "Про це повідомив S." / "Así lo anunció S.": a sentence
   * opening with a back-reference of the lexicon, then its speech verb (right after a one-word
   * back-reference, within a few words after a longer one), reports the sentence before it in the same
   * paragraph. The speaker follows the verb, or stands between the back-reference and the verb; with
   * neither, a short phrase after the verb is an unnamed one ("повідомили в обласній прокуратурі").
   * Undefined when the sentence does not open so; null when it does but gives no quote.
   */
  private backReference(b: Block, v: Hit, sStart: number, sEnd: number): QuoteRec | null | undefined {
    const re = this.c.backRefRe;
    if (!re || sStart <= b.start) return undefined;
    const norm = this.doc.norm;
    let p0 = sStart;
    while (p0 < v.start && /[\s\u00a0\-–—]/u.test(norm[p0]!)) p0++;
    const hit = re.at(this.doc.words, p0, v.start);
    if (!hit) return this.backReferenceBesideVerb(b, v, p0, sEnd);
    const hitEnd = p0 + hit[0].length;
    // A few words fit well within this reach: no long slice for every verb of a huge sentence.
    if (v.start - hitEnd > BACKREF_REACH) return undefined;
    const between = norm.slice(hitEnd, v.start);
    // A dot inside a word is no sentence mark ("Tengrinews.kz порталына берген сұхбатында"), nor are the marks
    // around an organisation's name in the speaker's title ("«Қазселденқорғау» мекемесінің директоры").
    const plain = between.replace(/(?<=[\p{L}\p{N}])\.(?=[\p{L}\p{N}])/gu, '').replace(/«[\p{L}\p{N}\s\u00a0-]{1,40}»|„[\p{L}\p{N}\s\u00a0-]{1,40}“/gu, 'x');
    if (/[^\p{L}\p{N}\s\u00a0'’-]/u.test(plain)) return undefined;
    const maxGap = this.c.lex.verbFinal ? BACKREF_VERB_FINAL_WORDS : BACKREF_VERB_WORDS;
    const gapWords = wordCount(between, maxGap + 1);
    if (gapWords > (/\s/u.test(hit[0]) ? maxGap : 0)) return undefined;
    // The sentence before, whole and not already a quote.
    let last = sStart - 1;
    while (last > b.start && SPACE_RE.test(norm[last]!)) last--;
    const prev = sentenceAt(b, last);
    if (prev.start >= sStart || this.blockAll.overlaps(prev.start, prev.end)) return null;
    let speaker = this.speakers.speakerAfter(b, v.end);
    if (!speaker && gapWords > 0) {
      const head = this.speakers.speakerAfter(b, hitEnd, v.start);
      if (head && head.kind !== 'ref' && this.speakers.titleGap(norm.slice(hitEnd, head.start))) speaker = head;
      // Verb-final: the subject opens the clause after the back-reference, with its title phrase ("Бұл туралы облыстық … бастығы S брифингте хабарлады").
      else if (this.c.lex.verbFinal) speaker = tagged(this.speakers.speakerAtStart(b, hitEnd, v.start), 'speaker.sentence-subject');
    }
    if (!speaker) {
      if (sEnd - v.end > BACKREF_REACH) return null;
      const tail = trimEndWhile(this.doc.text.slice(v.end, sEnd), BACKREF_TAIL_END_RE);
      const words = wordCount(tail, BACKREF_TAIL_WORDS + 1);
      if (words === 0 || words > BACKREF_TAIL_WORDS || /[,;:«»"“”()]/u.test(tail)) return null;
      const start = v.end + (tail.length - tail.trimStart().length);
      speaker = { kind: 'ref', text: tail.trim(), start, end: start + tail.trim().length, official: false, rule: 'speaker.back-reference' };
    }
    if (speaker.kind === 'source') return null;
    return this.checked(this.push(b, 'quote.indirect.back-reference', prev.start, prev.end, 'indirect', speaker, v));
  }

  /**
   * The back-reference beside its verb rather than opening the sentence, where the word order puts a
   * clitic pronoun second: right after a verb that opens the sentence ("Oznámil to S.", "Сообщил об этом
   * S.") or right before the verb after a short opening phrase ("Po jednání rady to oznámila S."). The
   * speaker must follow (a subject before the verb is not told apart from an adverbial), and the sentence
   * before must be whole and no quote yet, as for a back-reference that opens the sentence.
   */
  private backReferenceBesideVerb(b: Block, v: Hit, p0: number, sEnd: number): QuoteRec | null | undefined {
    const re = this.c.backRefRe!;
    const norm = this.doc.norm;
    let from: number;
    if (p0 === v.start) {
      let q = v.end;
      while (q < sEnd && SPACE_RE.test(norm[q]!)) q++;
      if (q === v.end) return undefined;
      const after = re.at(this.doc.words, q, sEnd);
      if (!after) return undefined;
      from = q + after[0].length;
    } else {
      if (v.start - p0 > BACKREF_REACH) return undefined;
      const lead = norm.slice(p0, v.start);
      if (/[^\p{L}\p{N}\s\u00a0'’-]/u.test(lead)) return undefined;
      const hits = re.allIn(this.doc.words, p0, v.start);
      const last = hits[hits.length - 1];
      if (!last || last.index === p0 || !this.onlyGapWords(last.index + last[0].length, v.start)) return undefined;
      if (wordCount(norm.slice(p0, last.index), BACKREF_LEAD_WORDS + 1) > BACKREF_LEAD_WORDS) return undefined;
      from = v.end;
    }
    let lastChar = p0 - 1;
    while (lastChar > b.start && SPACE_RE.test(norm[lastChar]!)) lastChar--;
    const prev = sentenceAt(b, lastChar);
    if (prev.start >= p0 || this.blockAll.overlaps(prev.start, prev.end)) return null;
    const speaker = this.speakers.speakerAfter(b, from);
    if (!speaker || speaker.kind === 'source' || speaker.kind === 'pronoun') return null;
    return this.checked(this.push(b, 'quote.indirect.back-reference', prev.start, prev.end, 'indirect', speaker, v));
  }

  /** Whether only spaces and at most two gap phrases of the lexicon lie between from and to ("to ve čtvrtek oznámil"). */
  private onlyGapWords(from: number, to: number): boolean {
    const norm = this.doc.norm;
    let q = from;
    if (q >= to || !SPACE_RE.test(norm[q]!)) return false;
    while (q < to && SPACE_RE.test(norm[q]!)) q++;
    for (let k = 0; k < 2 && q < to; k++) {
      const w = this.c.gapRe?.at(this.doc.words, q, to)?.[0];
      if (!w || !SPACE_RE.test(norm[q + w.length] ?? '')) return false;
      q += w.length;
      while (q < to && SPACE_RE.test(norm[q]!)) q++;
    }
    return q === to;
  }

  /**
   * Where reported content that starts at `from` ends, by `to`: before ", adding that …" (a participle
   * opens content of its own), and before a second verb of the same speaker ("said that A and argued
   * that B", "sagte, dass A, und betonte …"): each verb reports its own content.
   */
  private contentEnd(b: Block, from: number, to: number): number {
    to = this.subordinateEnd(b, from, this.clauseBreak(from, to));
    const norm = this.doc.norm;
    // Content longer than MAX_UNMARKED_CHARS is dropped anyway: no need to look further for its end.
    for (const h of this.c.verbRe.allIn(this.doc.words, from, Math.min(to, from + MAX_UNMARKED_CHARS + 8))) {
      const before = norm.slice(Math.max(from, h.index - COORDINATED_REACH), h.index);
      if (this.c.participles.has(lower(h[0]))) {
        const comma = PARTICIPLE_COMMA_RE.exec(before);
        if (comma) return h.index - comma[0].length;
        continue;
      }
      const at = this.coordinatorBefore(before);
      if (at >= 0) return h.index - (before.length - at);
      const nested = this.nestedCueBreak(b, from, h.index);
      if (nested >= 0) return nested;
    }
    return to;
  }

  /**
   * "While Ramos said that A, he appears …", "A few weeks after Obama announced that A, U.S. forces …": when the
   * sentence opens with an adverbial clause (a subordinator of the lexicon among its first words, no clause
   * punctuation from there to the content), the content ends at the comma closing that clause, words following.
   */
  private subordinateEnd(b: Block, from: number, to: number): number {
    if (this.c.subordinators.size === 0) return to;
    const norm = this.doc.norm;
    const sStart = sentenceAt(b, from).start;
    // The clause opens the sentence, so its subordinator lies within a few words of the start: a bounded look.
    if (from - sStart > SUBORDINATE_REACH) return to;
    const lead = norm.slice(sStart, from);
    const opening = [...lead.matchAll(/[\p{L}]+/gu)].slice(0, SUBORDINATOR_WORDS);
    const sub = opening.find((w) => this.c.subordinators.has(lower(w[0])));
    if (!sub || /[,;:()]|[\s\u00a0][-–—][\s\u00a0]/u.test(lead.slice(sub.index))) return to;
    // The cue stands inside the clause ("She says despite all that, …" opens no clause before its cue).
    if (this.c.verbRe.firstIn(this.doc.words, sStart, sStart + sub.index)) return to;
    const comma = norm.slice(from, to).indexOf(',');
    if (comma <= 0 || wordCount(norm.slice(from + comma + 1, to), MIN_INDIRECT_WORDS) < MIN_INDIRECT_WORDS) return to;
    return from + comma;
  }

  /**
   * Where reported content starting at `from` ends by `to` at the latest: before a semicolon or a comma and a
   * conjunction of the lexicon's contentBreaks ("said A, while 9 percent found B"): what follows is the writer's.
   */
  private clauseBreak(from: number, to: number): number {
    if (this.c.contentBreaks.size === 0) return to;
    // Content longer than MAX_UNMARKED_CHARS is dropped anyway: no need to look further for a break.
    const seg = this.doc.norm.slice(from, Math.min(to, from + MAX_UNMARKED_CHARS + 8));
    for (const m of seg.matchAll(CONTENT_BREAK_RE)) {
      if (m.index === 0) continue;
      if (m[0] === ';' || this.c.contentBreaks.has(lower(m[1]!))) return from + m.index;
    }
    return to;
  }

  /**
   * Where a clause break (comma, semicolon, dash) stands a few words before a speech verb inside reported
   * content, the words between being that verb's own subject ("said A, but Cook did not say when", "said A,
   * and more than 4 in 10 said B"): the content ends at the break, the verb reports content of its own. -1 when none.
   */
  private nestedCueBreak(b: Block, from: number, verbAt: number): number {
    const seg = this.doc.norm.slice(Math.max(from, verbAt - NESTED_SUBJECT_CHARS), verbAt);
    const m = /[,;][^,;«»"“”()\-–—]*$|[\s\u00a0][-–—][^,;«»"“”()\-–—]*$/u.exec(seg);
    if (!m) return -1;
    const at = verbAt - seg.length + m.index;
    if (at <= from) return -1;
    const words = wordCount(this.doc.norm.slice(at, verbAt), NESTED_SUBJECT_WORDS + 1);
    if (words > NESTED_SUBJECT_WORDS) return -1;
    // ", said B": a second verb of the content's speaker right after the break.
    if (words === 0) return at;
    // The verb must have a subject of its own there, else it shares the content's speaker.
    const s = this.speakers.speakerBefore(b, verbAt, at + 1, false);
    return s && s.kind !== 'source' ? at : -1;
  }

  /** Index in `before` of a coordinator ("and", "but", "и") ending it, a speaker-gap word ("also") at most between; -1 when none. */
  private coordinatorBefore(before: string): number {
    if (this.c.coordinators.size === 0) return -1;
    const m = COORDINATED_TAIL_RE.exec(before);
    if (!m) return -1;
    const [, w1, w2] = m;
    if (w2 && this.c.coordinators.has(lower(w1!)) && this.c.gapRe?.isWord(lower(w2))) return m.index;
    if (w2 && this.c.coordinators.has(lower(w2))) return m.index + m[0].indexOf(w2, w1!.length);
    if (!w2 && this.c.coordinators.has(lower(w1!))) return m.index;
    return -1;
  }

  private participleContent(b: Block, v: Hit, sEnd: number): QuoteRec | null {
    const norm = this.doc.norm;
    const speaker = tagged(this.clauseSubject(b, v), 'speaker.clause-subject');
    if (!speaker || speaker.kind === 'source') return null;
    const comp = this.complementizerAfter(v.end, sEnd);
    if (comp && !this.opensClause(v.end, comp.start)) return this.checked(this.push(b, 'quote.indirect.participle-complementizer', this.contentStart(comp), sEnd, 'indirect', speaker, v));
    if (!this.c.lex.bareContent) return null;
    const rest = norm.slice(v.end, sEnd);
    const first = /^[\s\u00a0]*([\p{L}]+)/u.exec(rest);
    if (!first || this.c.placePrepositions.has(first[1]!.toLowerCase())) return null;
    return this.checked(this.push(b, 'quote.indirect.participle', v.end, this.contentEnd(b, v.end, sEnd), 'indirect', speaker, v));
  }

  /**
   * Whether a word of the lexicon's clauseOpeners (a subject pronoun, "whether") stands right after a speech
   * verb ending at `from`, before a complementizer at `to`: the reported clause opens there, not at the
   * complementizer. An addressee or a circumstance ("told reporters", "said on Monday") opens none.
   */
  private opensClause(from: number, to: number): boolean {
    if (this.c.clauseOpeners.size === 0 || !this.c.lex.bareContent || to <= from) return false;
    const first = /^[\s\u00a0]+([\p{L}]+)(?=[\s\u00a0'’])/u.exec(this.doc.norm.slice(from, to));
    return !!first && this.c.clauseOpeners.has(lower(first[1]!));
  }

  /**
   * Where reported content opened by a complementizer starts: at "that" in languages that may drop it
   * (bareContent: attribution corpora draw the content with it, PolNeAR 2,917 times against 33), after it
   * elsewhere. The quote's text leaves it out either way (see checked()).
   */
  private contentStart(comp: Hit): number {
    return this.c.lex.bareContent ? comp.start : comp.end;
  }

  private checked(q: QuoteRec | null): QuoteRec | null {
    if (!q) return null;
    // "that the plan …": the span holds the complementizer, the text shown does not.
    const lead = this.c.lex.bareContent ? /^([\p{L}]+)[\s\u00a0]+/u.exec(q.text) : null;
    if (lead && q.kind === 'indirect' && this.c.lex.complementizers.includes(lower(lead[1]!)) && this.c.complementizerRe?.at(this.doc.words, q.start, q.end)) q.text = q.text.slice(lead[0].length);
    // Reported content carries no closing period of its own.
    q.text = trimEndWhile(q.text, PERIOD_RE).trim();
    const words = wordCount(q.text, MIN_INDIRECT_WORDS);
    if (words >= MIN_INDIRECT_WORDS) return q;
    // A nominalised verb carries a whole clause: two words are a statement ("ойыншылардың шаршағанын").
    const last = lower(/[\p{L}]+$/u.exec(q.text)?.[0] ?? '');
    return words === MIN_INDIRECT_WORDS - 1 && this.c.clauseEndings.some((e) => last.endsWith(e)) ? q : null;
  }

  private closerBefore(v: Hit): number | null {
    const re = this.c.closerRe;
    if (!re) return null;
    const vtext = lower(v.text);
    for (const w of this.c.lex.quoteClosers) if (vtext.startsWith(w + ' ')) return v.start;
    const pre = this.doc.norm.slice(Math.max(0, v.start - 12), v.start);
    const m = /([\p{L}]+)[\s\u00a0]+$/u.exec(pre);
    if (m && this.c.lex.quoteClosers.includes(m[1]!.toLowerCase())) return v.start - (pre.length - m.index);
    return null;
  }

  private complementizerAfter(from: number, to: number, reach = COMPLEMENTIZER_REACH): Hit | null {
    const re = this.c.complementizerRe;
    if (!re) return null;
    const norm = this.doc.norm;
    const seg = norm.slice(from, Math.min(to, from + reach * COMPLEMENTIZER_WORD_CHARS));
    const wordRe = /[\p{L}\p{N}]+/gu;
    const words: RegExpExecArray[] = [];
    for (let m = wordRe.exec(seg); m && words.length < reach; m = wordRe.exec(seg)) words.push(m);
    for (const w of words) {
      // "qu'elle": an elided complementizer is glued to the next word, so it is matched as written.
      const apo = norm[from + w.index + w[0].length];
      const elided = (apo === "'" || apo === '’') && this.c.lex.complementizers.includes(w[0].toLowerCase() + apo);
      const m = elided ? { index: from + w.index, 0: w[0] + apo } : re.at(this.doc.words, from + w.index, to);
      if (m) {
        // Nothing but words and commas between the verb and "что"/"that".
        // A short name in marks may stand there ("told «Павлодар-Ньюс» that").
        if (/[.;:!?«»"“”]/.test(seg.slice(0, w.index).replace(MARKED_NAME_RE, ''))) return null;
        return { start: m.index, end: m.index + m[0].length, text: m[0] };
      }
    }
    return null;
  }

  /** "CONTENT, a source said." / "CONTENT, said Don Fowler, who …" / "…, считает эксперт." */
  private tailAttribution(b: Block, v: Hit, sStart: number, sEnd: number): QuoteRec | null {
    const norm = this.doc.norm;
    // The comma before the attribution lies within a speaker phrase's reach: a bounded backward scan,
    // not a search back to the sentence start for every verb of a long sentence.
    const commaAt = lastIndexIn(norm, ',', Math.max(sStart, v.start - TAIL_COMMA_REACH), v.start);
    if (commaAt < 0) return null;
    const between = norm.slice(commaAt + 1, v.start);
    let speaker: Speaker | null = null;
    if (/^[\s\u00a0]*$/u.test(between)) {
      // "…, сказал «Интерфаксу» источник": an outlet in marks addressed between the verb and the speaker.
      const addressee = ADDRESSEE_IN_MARKS_RE.exec(norm.slice(v.end, Math.min(sEnd, v.end + ADDRESSEE_REACH)));
      const from = v.end + (addressee ? addressee[0].length : 0);
      speaker = this.cues.speakerAfterCue(b, from) ?? tagged(this.speakers.pronounInCue(v), 'speaker.pronoun-in-cue');
    } else {
      const s = this.speakers.speakerBefore(b, v.start, commaAt + 1, true);
      if (s && this.speakers.titleGap(norm.slice(commaAt + 1, s.start))) speaker = s;
    }
    if (!speaker || speaker.kind === 'source') return null;
    // "local officials said they welcome …": a clause opened after the verb is its content, not a tail.
    if (this.opensClause(v.end, Math.min(sEnd, v.end + OPENER_REACH))) return null;
    // "…, Kiedis said his band wrote …": a determiner right after the verb opens what it reports, so the words
    // before the comma are no content of its (an addressee after "told" is no content either way).
    // ("wrote in a court filing": a cue ending in a preposition takes a circumstance.)
    const lastCueWord = lower(/[\p{L}]+$/u.exec(v.text)?.[0] ?? '');
    const takesPlace = this.c.placePrepositions.has(lastCueWord);
    if (speaker.start < v.end && !takesPlace && !this.c.lex.sourceCues.told.includes(lower(v.text)) && this.determinerAfter(v.end, sEnd)) return null;
    // "Marlon Marshall, Clinton's director …, said …": a name set off by a comma is the verb's subject, not content.
    // (A name of three words ends within a bounded reach: no slice to the comma for every verb of a long sentence.)
    const firstPart = /^[\s\u00a0\-–—]*([^,;:«»"“”()]+),/u.exec(norm.slice(sStart, Math.min(commaAt + 1, sStart + NAME_PART_CHARS)));
    // (Two words at least: one capitalised word is any sentence's first, "Бюджет, утверждает X, …".)
    if (firstPart && /[\s\u00a0]/u.test(firstPart[1]!.trim()) && this.nameShaped(firstPart[1]!.trim())) return null;
    // After the attribution: the end of the sentence, or a comma opening an apposition/relative clause.
    // A bracket right after the speaker is part of the attribution ("утверждает X (Минфин), …").
    const afterSpeaker = Math.max(v.end, speaker.end);
    const bracket = BRACKET_AFTER_RE.exec(norm.slice(afterSpeaker, Math.min(sEnd, afterSpeaker + BRACKET_REACH)));
    const restFrom = afterSpeaker + (bracket ? bracket[0].length : 0);
    const rest = norm.slice(restFrom, sEnd);
    const tailM = TAIL_WORDS_RE.exec(rest);
    if (!tailM) return null;
    // "X, he said, Y.": the content goes on after the attribution unless a relative clause follows.
    if (tailM[0].endsWith(',') && /^[\s\u00a0]*,/u.test(rest)) {
      const after = rest.slice(rest.indexOf(',') + 1);
      const firstWord = /^[\s\u00a0]*([\p{L}]+)/u.exec(after)?.[1]?.toLowerCase() ?? '';
      if (firstWord && !this.c.relativizers.has(firstWord) && !this.attributionAside(after, firstWord, speaker.start >= v.end) && wordCount(after, MIN_INDIRECT_WORDS) >= MIN_INDIRECT_WORDS) {
        const right = restFrom + rest.indexOf(',') + 1;
        const joined = this.doc.text.slice(sStart, commaAt) + ' ' + this.doc.text.slice(right, sEnd).trim();
        return this.checked(this.push(b, 'quote.indirect.tail-joined', sStart, sEnd, 'indirect', speaker, v, false, joined));
      }
    }
    // "In a Wall Street Journal essay last week, Ivanka Trump wrote …": a prepositional opener is not content.
    const opener = /^[\s\u00a0\-–—"“«]*([\p{L}]+)/u.exec(norm.slice(sStart, commaAt))?.[1];
    if (opener && this.c.placePrepositions.has(opener.toLowerCase())) return null;
    return this.checked(this.push(b, 'quote.indirect.tail', sStart, commaAt, 'indirect', speaker, v));
  }

  /** Whether a determiner of the lexicon is the first word after `from` ("said his …", "says the …"). */
  private determinerAfter(from: number, to: number): boolean {
    const first = /^[\s\u00a0]+([\p{L}]+)(?=[\s\u00a0])/u.exec(this.doc.norm.slice(from, Math.min(to, from + OPENER_REACH)));
    return !!first && !!this.c.lex.determiners?.includes(lower(first[1]!));
  }

  /**
   * Whether the phrase after "CONTENT, S said," belongs to the attribution rather than going on with the
   * content: a second cue ("…, Spicer said, adding …", "…, the Post reported, citing …"), or, when the speaker
   * follows the verb, an apposition of that speaker ("…, said David Autor, a
   * professor of economics", "…, said Egge, executive director of …", "…, said Holan, Politifact's editor").
   */
  private attributionAside(after: string, firstWord: string, inverted: boolean): boolean {
    if (this.c.participles.has(firstWord)) return true;
    // A few words decide it: a bounded window, not the rest of a huge sentence for every cue.
    const head = after.slice(0, ASIDE_CHARS).trimStart();
    if (this.c.citingRe?.at(head, 0)) return true;
    if (!inverted) return false;
    const first = /^[\p{L}]+(?:['’][\p{L}]+)?/u.exec(head)?.[0] ?? '';
    if (this.c.lex.determiners?.includes(firstWord)) return true;
    // A possessive clitic ("Politifact's") opens a noun phrase, not a clause, after the speaker.
    if (this.c.caseEndings.some((e) => /['’]/u.test(e) && first.length > e.length && lower(first).endsWith(e))) return true;
    return !!(this.c.titleRe.at(head, 0) ?? this.c.roleRe.at(head, 0));
  }

  /**
   * по словам S, CONTENT / CONTENT, according to S. / S-тың айтуынша, CONTENT / S zufolge … `beforeHits`: the block's
   * cues that come before their source (`accordingBeforeRe`), found once by the caller.
   */
  private according(b: Block, inQuote: (pos: number) => boolean, beforeHits: readonly Hit[]): QuoteRec[] {
    const out: QuoteRec[] = [];
    for (const hit of beforeHits) {
      if (inQuote(hit.start) || this.asClauses.covers(hit.start)) continue;
      const sent = sentenceAt(b, hit.start);
      // Outlets count here ("According to Politico, …"), and so does any noun phrase up to the clause end
      // ("according to a new Washington Post-ABC News national poll").
      // „Spiegel“, « Le Monde »: a source named in marks is the name inside them; the clause ends at the closing mark.
      const marked = this.markedNameAfter(hit.end, sent.end);
      if (marked) {
        const inside = this.speakers.speakerAfter(b, marked.inStart, marked.inEnd);
        if (inside) out.push(...this.aroundClause(b, 'quote.according.before', sent.start, sent.end, hit.start, marked.close + 1, inside, hit));
        continue;
      }
      let speaker = this.speakers.speakerAfter(b, hit.end) ?? tagged(this.clausePhrase(hit.end, sent.end), 'speaker.according-phrase');
      // "…, according to his employer.": in a clause set off by a comma, a pronoun followed by a word is a
      // possessive opening the phrase that names the source ("Situace je podle ní klidná": not set off).
      const setOff = COMMA_BEFORE_RE.test(this.doc.norm.slice(Math.max(b.start, hit.start - 3), hit.start));
      if (speaker?.kind === 'pronoun' && setOff && WORD_NEXT_RE.test(this.doc.norm.slice(speaker.end, speaker.end + 2))) {
        speaker = tagged(this.clausePhrase(hit.end, sent.end), 'speaker.according-phrase') ?? speaker;
      }
      if (!speaker) continue;
      out.push(...this.aroundClause(b, 'quote.according.before', sent.start, sent.end, hit.start, speaker.end, speaker, hit));
    }
    // "По его словам, CONTENT", "Nach ihren Angaben CONTENT": the pronoun stands for the person named last
    // (resolved with the other pronouns, by gender).
    for (const hit of matchesIn(this.c.accordingPronounRe, this.doc.words, b.start, b.end)) {
      if (inQuote(hit.start)) continue;
      const sent = sentenceAt(b, hit.start);
      const gender = this.c.accordingPronounGender.get(lower(hit.text)) ?? null;
      const speaker: Speaker = { kind: 'pronoun', gender, start: hit.start, end: hit.end, text: this.doc.text.slice(hit.start, hit.end), rule: 'speaker.according-pronoun' };
      out.push(...this.aroundClause(b, 'quote.according.pronoun', sent.start, sent.end, hit.start, hit.end, speaker, hit));
    }
    for (const hit of matchesIn(this.c.accordingAfterRe, this.doc.words, b.start, b.end)) {
      if (inQuote(hit.start)) continue;
      const sent = sentenceAt(b, hit.start);
      const speaker = this.speakers.speakerBefore(b, hit.start, sent.start, true, true);
      if (!speaker || speaker.kind === 'source') continue;
      out.push(...this.aroundClause(b, 'quote.according.after', sent.start, sent.end, speaker.start, hit.end, speaker, hit));
    }
    return out;
  }

  /** A name in quote marks right after p0 (a few capitalised words): where its inside starts and ends, and its closing mark. */
  private markedNameAfter(p0: number, sEnd: number): { inStart: number; inEnd: number; close: number } | null {
    const text = this.doc.text;
    while (p0 < sEnd && SPACE_RE.test(text[p0]!)) p0++;
    const closers = this.c.openers.get(text[p0] ?? '');
    if (!closers) return null;
    const reach = Math.min(sEnd, p0 + MARKED_NAME_REACH);
    let close = p0 + 1;
    while (close < reach && !closers.includes(text[close]!)) close++;
    if (close >= reach) return null;
    let inStart = p0 + 1;
    while (inStart < close && SPACE_RE.test(text[inStart]!)) inStart++;
    let inEnd = close;
    while (inEnd > inStart && SPACE_RE.test(text[inEnd - 1]!)) inEnd--;
    return /^\p{Lu}[^.!?;:,]*$/u.test(text.slice(inStart, inEnd)) ? { inStart, inEnd, close } : null;
  }

  /** A noun phrase from p0 to the next clause punctuation: an unnamed speaker. */
  private clausePhrase(p0: number, sEnd: number): Speaker | null {
    const text = this.doc.text;
    while (p0 < sEnd && SPACE_RE.test(text[p0]!)) p0++;
    // Only a short window is searched: a phrase running past it has too many words anyway.
    const windowEnd = Math.min(sEnd, p0 + CLAUSE_REACH);
    const cut = text.slice(p0, windowEnd).search(/[,;:!?()«»"“”]|[.](?=[\s\u00a0]*$)|[\s\u00a0][-–—][\s\u00a0]/u);
    if (cut < 0 && windowEnd < sEnd) return null;
    const phrase = text.slice(p0, cut >= 0 ? p0 + cut : sEnd).trim();
    if (!phrase || wordCount(phrase, CLAUSE_PHRASE_WORDS + 1) > CLAUSE_PHRASE_WORDS || !this.speakers.nounPhrase(phrase, p0)) return null;
    return { kind: 'ref', text: phrase, start: p0, end: p0 + phrase.length, official: false };
  }

  /** A speaker phrase without the circumstance after its head ("l'élu lors du conseil", "one Republican involved in the planning"). */
  private withoutCircumstance(s: Speaker | null): Speaker | null {
    if (!s || s.kind !== 'ref') return s;
    const words = [...s.text.matchAll(/[\p{L}]+['’]?/gu)];
    const at = words.slice(1).findIndex((w) => this.c.placePrepositions.has(lower(w[0])));
    const kept = at >= 0 ? words.slice(0, at + 1) : words;
    // A definite description of two words ("l'élu", "the senator") stands for someone named before: no new speaker.
    const articles = this.c.lex.names.definiteArticles ?? [];
    if (kept.length <= 2 && articles.includes(lower(kept[0]![0]).replace(/’/gu, "'"))) return null;
    if (at < 0) return s;
    const text = s.text.slice(0, words[at + 1]!.index).trim();
    return text ? { ...s, text, end: s.start + text.length } : null;
  }

  /** Reported content of a sentence around an according-to clause [cStart, cEnd). */
  private aroundClause(b: Block, rule: string, sStart: number, sEnd: number, cStart: number, cEnd: number, speaker: Speaker, cue: Hit): QuoteRec[] {
    const text = this.doc.text;
    if (sEnd - sStart - (cEnd - cStart) > MAX_UNMARKED_CHARS) return [];
    const left = trimEndWhile(text.slice(sStart, cStart), SPACE_COMMA_RE);
    const right = text.slice(cEnd, sEnd).replace(/^[\s\u00a0,]+/u, '');
    const joined = [left, right].filter((x) => x.trim()).join(left && right ? ' ' : '');
    // A side with no word (the closing period of "CONTENT, according to X.") is no content; a clause not set
    // off by a comma keeps the sentence end ("hala byla podle pořadatelů vyprodaná": the phrase may run on).
    const setOff = COMMA_BEFORE_RE.test(text.slice(Math.max(sStart, cStart - 3), cStart));
    const start = /[\p{L}\p{N}]/u.test(left) ? sStart : cEnd;
    const end = /[\p{L}\p{N}]/u.test(right) || !setOff ? sEnd : cStart;
    const q = this.push(b, rule, start, end, 'indirect', speaker, cue, false, trimEndWhile(joined, CLOSING_PUNCT_RE));
    const ok = this.checked(q);
    return ok ? [ok] : [];
  }

}
