/**
 * Speaker readers (pass 5): the phrase that names who speaks, after a cue ("said Marat Bashimov"), before
 * it ("Flynn, a top Trump surrogate, said"), at the sentence start, in the cue itself ("a-t-il dit"), or
 * left out (dropped subjects). Each reader returns a Speaker tagged with its rule id (../rules.ts); the
 * people registry is asked for names (and may attach a name found in speaker position).
 *
 * Over 500 lines (stated reason, issue 14): one short reader per speaker position, sharing the phrase
 * walkers at the bottom of the file; the next split moves the cue-internal and dropped-subject readers
 * (the ones only some languages use) to a file of their own.
 */
import { type Compiled, lexiconMemo, verbGender } from '../compile';
import { isTitleWord } from '../people/names';
import type { PersonRec, Run } from '../people/records';
import type { People } from '../people/registry';
import { trimRole } from '../roles';
import { cutAtOutlet, isOutletName, outletLengthAt } from '../sources';
import { type Block, type Doc, SPACE_RE, sentenceAt } from '../text';
import { lower, lowerBound } from '../words';
import { type Hit, type Speaker, tagged } from './records';
import { tailStart } from './spans';

/** Lowercase words a cue with a dropped subject may take before its clause ends ("vzkázal fanouškům"). */
const DROPPED_SUBJECT_WORDS = 1;
/** Words of a phrase of the circumstances (opened by a role stop or preposition) allowed after such a verb instead. */
const CIRCUMSTANCE_WORDS = 5;
/** How far back an apposition may reach between a name and its verb ("David Kamin, an adviser … at NYU School of Law, said"). */
const APPOSITION_REACH = 300;
/** Commas inside such an apposition ("X, director of A and a professor at B, C, said"). */
const APPOSITION_COMMAS = 4;
/** Words of an adverbial phrase between a subject and its verb ("під час оголошення вироку"). */
const ADVERBIAL_WORDS = 6;
/** Characters looked at before a name that closes an apposition. */
const APPOSITION_LEAD_CHARS = 60;
/** A comma, then at most three lowercase words before the name ("Голова журі, польський кінокритик Марек Новак"). */
const APPOSITION_LEAD_RE = /,[\s\u00a0]*(?:\p{Ll}[\p{L}'’-]*[\s\u00a0]+){0,3}$/u;
/** Words a title and its complement may take before the name at a sentence start ("Ойыннан кейінгі баспасөз мәслихатында «Қайраттың» бас бапкері Владимир …"). */
const SUBJECT_LEAD_TOKENS = 8;
/** Punctuation that ends such a lead: a clause boundary, not quote marks around a club's name. */
const LEAD_PUNCT_RE = /[,;:.!?()]|[\s\u00a0][-–—][\s\u00a0]/u;
const LETTER_RE = /\p{L}/u;
const ELIDED_ARTICLE_RE = /^(\p{L}{1,2}['’])\p{L}/u;
/** A short name in marks after a word and before another word (an organisation inside a title). */
const TITLE_MARKED_NAME_RE = /(\p{L}[\s\u00a0]+)[«"“„][^«»"“”„.!?,;:]{1,40}[»"”“](?=[\s\u00a0]+\p{Lu})/gu;
/** Characters of a word in a speaker phrase ("Rep.", "O’Neill", "Holtz-Eakin", "2016"). */
const PHRASE_CHAR_RE = /[\p{L}\p{N}.'’-]/u;
/** One word, an article at most before it ("der Verbandschef"). */
const COMPOUND_HEAD_RE = /^(?:([\p{L}]+)[\s\u00a0]+)?([\p{L}-]+)(?![\p{L}\p{N}-])/u;
const CAP_CHUNK_RE = /^(?:\p{Lu}[\p{L}\p{M}\p{N}.'’&-]*(?:[\s\u00a0]+|$))+/u;
/** Longest speaker phrase looked at on either side of a verb, in characters. */
export const SPEAKER_REACH = 120;
/** Nothing but space, dashes or other opening marks before a quote: it starts its own sentence. */
export const OWN_SENTENCE_RE = /^[\s\u00a0\-–—―'"“‘«„]*$/u;

export class SpeakerReader {
  constructor(
    private readonly c: Compiled,
    private readonly doc: Doc,
    private readonly people: People,
  ) {}

  /** Set while looking for a speaker before an adverbial phrase: such a phrase is skipped once only. */
  private inAdverbial = false;

  /**
   * Whether an unnamed speaker phrase looks like a noun phrase: it does not open with a preposition or
   * relative pronoun, does not end on a function word ("and", "one of the", "those electors in"), and
   * holds no speech verb ("early Friday saying").
   */
  nounPhrase(text: string, start: number): boolean {
    const ws = (text.match(/[\p{L}\p{N}'’.-]+/gu) ?? []).map((w) => lower(w).replace(/['’.]+$/u, ''));
    const first = ws[0];
    const last = ws[ws.length - 1];
    if (!first || !last) return false;
    if (this.c.placePrepositions.has(first) || this.c.relativizers.has(first) || this.c.lex.complementizers.includes(first)) return false;
    if (this.c.nonNames.has(last) || this.c.placePrepositions.has(last) || this.c.pronounGender.has(last) || this.c.selfPronouns.has(last)) return false;
    return !this.c.verbRe.firstIn(this.doc.words, start, start + text.length);
  }


  /** The speaker right after a verb: "сказал Марат Башимов", "said a source", "деді ол", "said Transportation Secretary Pete Buttigieg". */
  speakerAfter(b: Block, pos: number, limit = b.end): Speaker | null {
    return tagged(this.findSpeakerAfter(b, pos, limit), 'speaker.after-cue');
  }

  private findSpeakerAfter(b: Block, pos: number, limit: number): Speaker | null {
    const norm = this.doc.norm;
    const sent = sentenceAt(b, pos);
    let end = Math.min(limit, sent.end, pos + SPEAKER_REACH);
    // An organisation's name in marks inside the title does not end the phrase ("директор КП «Водоканал» X").
    const phrase = norm.slice(pos, end).replace(TITLE_MARKED_NAME_RE, (m, lead: string) => lead + 'x'.repeat(m.length - lead.length));
    const cut = phrase.search(/[,;:!?«»"“”()[\]]|[\s\u00a0][-–—][\s\u00a0]/u);
    if (cut >= 0) end = pos + cut;
    let p0 = pos;
    while (p0 < end && SPACE_RE.test(norm[p0]!)) p0++;
    // "сказал журналистам обвинитель X": the audience of the lexicon's gap words stands before the speaker.
    // Gap phrases of several words count as one ("v úterý", "in der Nacht").
    for (let k = 0; k < 2; k++) {
      const w = this.c.gapRe && /^\p{Ll}/u.test(this.doc.text[p0] ?? '') ? this.c.gapRe.at(this.doc.words, p0, end)?.[0] : undefined;
      if (!w || !SPACE_RE.test(norm[p0 + w.length] ?? '')) break;
      p0 += w.length;
      while (p0 < end && SPACE_RE.test(norm[p0]!)) p0++;
    }
    // "a dénoncé l'adjointe au maire": an elided article glued to the title is no word of the phrase.
    const elided = ELIDED_ARTICLE_RE.exec(norm.slice(p0, end));
    if (elided && this.c.lex.names.definiteArticles?.some((a) => a.replace(/’/gu, "'") === elided[1]!.replace(/’/gu, "'"))) p0 += elided[1]!.length;
    if (p0 >= end) return null;
    const seg = norm.slice(p0, end);
    const firstWord = /^[\p{L}]+/u.exec(seg)?.[0]?.toLowerCase() ?? '';
    if (this.c.selfPronouns.has(firstWord)) return null;
    if (this.c.pronounGender.has(firstWord)) return { kind: 'pronoun', gender: this.c.pronounGender.get(firstWord) ?? null, start: p0, end: p0 + firstWord.length, text: this.doc.text.slice(p0, p0 + firstWord.length) };
    const told = this.namedPastOutlet(b, pos, p0, end);
    if (told) return told;
    const src = this.sourceAt(p0, end);
    if (src) return this.titledAfterAudience(b, p0, end) ?? src;
    const press = this.c.pressRe && this.c.pressRe.exec(seg);
    if (press && (seg.slice(0, press.index).match(/[\p{L}]+/gu) ?? []).length <= 1) {
      const text = this.doc.text.slice(p0, end).replace(/[.\s]+$/u, '');
      return { kind: 'ref', text, start: p0, end: p0 + text.length, official: true };
    }
    // A name within the phrase, after titles or modifiers only; a run with name evidence beats a bare
    // capitalised modifier before it ("said Transportation Secretary Pete Buttigieg").
    const candidates: Run[] = [];
    const blockRuns = this.people.runsByBlock.get(b.index) ?? [];
    for (let i = lowerBound(blockRuns, p0, (x) => x.start); i < blockRuns.length; i++) {
      const r = blockRuns[i]!;
      if (r.end > end) break;
      const ws = norm.slice(p0, r.start).match(/[\p{L}.]+/gu) ?? [];
      if (ws.some((w) => this.c.placePrepositions.has(w.toLowerCase())) || ws.length > 8) break;
      candidates.push(r);
    }
    // "řekla Deníku starostka X": one capitalised word right after the verb and a lower-case title before
    // the next name is the audience (a dative outlet the list does not know), not the speaker.
    const first = candidates[0];
    if (first && first.start === p0 && first.tokens.length === 1 && candidates.length > 1) {
      const titled = this.titledAfterAudience(b, p0, end);
      if (titled) return titled;
      // "řekla Deníku Jana Malá": a full name right behind it is the speaker.
      const next = candidates[1]!;
      if (next.tokens.length > 1 && next.evidence && /^[\s\u00a0]+$/u.test(norm.slice(first.end, next.start))) {
        const person = this.personOf(next);
        if (person) return { kind: 'person', person, start: next.start, end: next.end };
      }
    }
    // Own evidence first: a bare word that matched a person elsewhere may be an adjective of an
    // organisation before the name ("начальник департаменту Львівської ОВА Тарас Бойко").
    const pick = candidates.find((r) => r.evidence) ?? candidates.find((r) => this.people.match(r)) ?? candidates[0];
    // "the Census Bureau": a bare capitalised word glued to an organisation word is part of that name.
    const glued = pick && !pick.evidence && !this.people.match(pick) && /^[\s\u00a0]+\p{Lu}/u.test(this.doc.text.slice(pick.end, pick.end + 2));
    if (pick && !glued) {
      const person = this.personOf(pick);
      if (person) {
        // Not the outlet told before the title ("розповів Укрінформу міський голова X").
        const from = this.people.pastAudience(b, p0);
        const between = this.doc.text.slice(from, pick.start);
        if (pick.start > from && (between.match(/[\p{L}.]+/gu) ?? []).some((w) => isTitleWord(this.c, lower(w)))) this.people.addRole(person, between);
        return { kind: 'person', person, start: pick.start, end: pick.end };
      }
    }
    return this.phraseSpeaker(p0, end, true);
  }

  /**
   * The speaker right before a verb: "Марат Башимов сообщил", "Flynn, a top Trump surrogate, said",
   * "Депутат считает", "sources said". With `exact`, the phrase must reach back to `minPos` only through it.
   */
  speakerBefore(b: Block, pos: number, minPos: number, exact: boolean, genitive = false): Speaker | null {
    return tagged(this.findSpeakerBefore(b, pos, minPos, exact, genitive), 'speaker.before-cue');
  }

  private findSpeakerBefore(b: Block, pos: number, minPos: number, exact: boolean, genitive: boolean): Speaker | null {
    const norm = this.doc.norm;
    let e = pos;
    const floor = Math.max(minPos, pos - SPEAKER_REACH);
    const skipSpace = () => {
      while (e > floor && SPACE_RE.test(norm[e - 1]!)) e--;
    };
    skipSpace();
    // A parenthesis after the name ("Rep. John Mica (R-Fla.) said").
    if (norm[e - 1] === ')') {
      const open = norm.lastIndexOf('(', e - 1);
      if (open >= floor && e - open < 40) {
        e = open;
        skipSpace();
      }
    }
    // Words that may sit between subject and verb ("also", "тоже").
    for (let k = 0; k < 3 && this.c.gapRe; k++) {
      const ws = tailStart(norm, floor, e, 2, LETTER_RE);
      if (ws < 0) break;
      const w = norm.slice(ws, e);
      const parts = w.split(/[\s\u00a0]+/);
      const last = parts[parts.length - 1]!;
      const two = parts.join(' ');
      if (parts.length === 2 && this.isGap(two)) e -= w.length;
      else if (this.isGap(last)) e -= last.length;
      else break;
      skipSpace();
    }
    if (e <= floor) return null;
    // Apposition: "Flynn, a top Trump surrogate, said", "David Kamin, an adviser … at NYU School of Law, said":
    // the nearest comma back (up to a few) with a name or title right before it.
    // A name right before that comma comes first: it closes an apposition whose head is a title with a long
    // complement ("El concejal de Medio Ambiente, Javier Morales, dijo").
    if (norm[e - 1] === ',') return this.nameAtComma(b, e - 1, minPos) ?? this.beforeApposition(b, e - 1, Math.max(minPos, pos - APPOSITION_REACH), minPos, exact, genitive);
    // "X, who said …": the relative pronoun stands for the name before the comma.
    const rel = /[,][\s\u00a0]*([\p{L}]+)$/u.exec(norm.slice(Math.max(floor, e - 12), e));
    if (rel && this.c.relativizers.has(rel[1]!.toLowerCase()) && !this.c.lex.complementizers.includes(rel[1]!.toLowerCase())) {
      const commaAt = e - rel[0].length;
      const sp = this.speakerBefore(b, commaAt, minPos, exact, genitive);
      if (sp && sp.kind !== 'source') return sp;
      return null;
    }
    const lw0 = tailStart(norm, floor, e, 1, LETTER_RE);
    const lastWord = lw0 < 0 ? '' : norm.slice(lw0, e).toLowerCase();
    if (this.c.selfPronouns.has(lastWord)) return null;
    if (this.c.pronounGender.has(lastWord) || (genitive && this.isPronounForm(lastWord))) {
      return { kind: 'pronoun', gender: this.c.pronounGender.get(lastWord) ?? null, start: e - lastWord.length, end: e, text: this.doc.text.slice(e - lastWord.length, e) };
    }
    const runs = this.people.runsByBlock.get(b.index) ?? [];
    // Runs are sorted and disjoint: start from the last one starting before e.
    for (let i = lowerBound(runs, e, (x) => x.start) - 1; i >= 0; i--) {
      const r = runs[i]!;
      if (r.end > e) continue;
      const gap = norm.slice(r.end, e);
      if (!/^(?:['’]s?)?$/u.test(gap) && !(genitive && /^[\p{L}]{0,4}$/u.test(gap))) break;
      const past = this.namedBeforeOutlet(b, r, floor);
      if (past) return past;
      const person = this.personOf(r);
      if (person) return { kind: 'person', person, start: this.extendLeft(b, r), end: r.end };
      break;
    }
    // Title or collective ending here ("Депутат считает", "the minister said", "a source said", "эксперты считают").
    const tail = this.phraseBefore(floor, e);
    if (tail) return tail;
    return this.beforeAdverbial(b, floor, e, minPos, exact, genitive);
  }

  /**
   * "Світлана Ткаченко під час оголошення вироку зазначила": a short lowercase phrase opened by a
   * preposition between the subject and its verb. The speaker is looked for before the preposition,
   * once (no phrase inside a phrase), and only a name, pronoun or title counts there.
   */
  private beforeAdverbial(b: Block, floor: number, e: number, minPos: number, exact: boolean, genitive: boolean): Speaker | null {
    if (this.inAdverbial) return null;
    const toks = b.tokens;
    const last = lowerBound(toks, e, (x) => x.start) - 1;
    for (let k = last; k > last - ADVERBIAL_WORDS && k > 0; k--) {
      const t = toks[k]!;
      if (t.start < floor || t.cap) return null;
      if (/[^\s\u00a0'’-]/u.test(this.doc.norm.slice(t.end, toks[k + 1]?.start ?? e).replace(/[\p{L}\p{N}]/gu, ''))) return null;
      if (k === last || !this.c.placePrepositions.has(t.low)) continue;
      this.inAdverbial = true;
      try {
        const sp = this.speakerBefore(b, t.start, minPos, exact, genitive);
        return sp && (sp.kind === 'person' || sp.kind === 'pronoun' || sp.kind === 'title') ? sp : null;
      } finally {
        this.inAdverbial = false;
      }
    }
    return null;
  }

  /**
   * "TITLE …, NAME, said": the person run ending right at `comma`, when a comma (or the clause start)
   * sits right before it, so the name is itself the apposition of a title phrase.
   */
  private nameAtComma(b: Block, comma: number, minPos: number): Speaker | null {
    const runs = this.people.runsByBlock.get(b.index) ?? [];
    const r = runs[lowerBound(runs, comma, (x) => x.end)];
    if (!r || r.end !== comma || r.start < minPos) return null;
    // Right after the comma, or after a short lowercase description ("Голова журі, польський кінокритик Марек Новак,").
    const before = this.doc.text.slice(Math.max(minPos, r.start - APPOSITION_LEAD_CHARS), r.start);
    if (!APPOSITION_LEAD_RE.test(before)) return null;
    const person = this.personOf(r);
    if (!person) return null;
    return { kind: 'person', person, start: r.start, end: r.end };
  }

  /** The speaker before an apposition that ends at the comma `comma`, looking back through at most a few commas. */
  private beforeApposition(b: Block, comma: number, far: number, minPos: number, exact: boolean, genitive: boolean): Speaker | null {
    const norm = this.doc.norm;
    let c2 = comma;
    for (let k = 0; k < APPOSITION_COMMAS; k++) {
      c2 = norm.lastIndexOf(',', c2 - 1);
      if (c2 < far) return null;
      // An apposition holds no clause ends or quotations.
      if (/[;:«»"“”]/u.test(norm.slice(c2, comma))) return null;
      const sp = this.speakerBefore(b, c2, minPos, exact, genitive);
      if (sp && (sp.kind === 'person' || sp.kind === 'title')) {
        const appos = this.doc.text.slice(c2 + 1, comma);
        if (sp.kind === 'person' && (appos.match(/[\p{L}]+/gu) ?? []).some((w) => isTitleWord(this.c, lower(w)))) this.people.addRole(sp.person, appos);
        return sp;
      }
    }
    return null;
  }

  /**
   * A subject left out („Q,“ uvedla. / Dodala, že …) in a language that drops subjects: the verb stands
   * for the person named last whose gender its form shows (resolved like a pronoun). The verb must end its
   * clause, or (`opening`) open its sentence; at most DROPPED_SUBJECT_WORDS lowercase words may follow it
   * ("vzkázal fanouškům"), or (`aside`) close an attribution inside the quote's marks.
   */
  droppedSubject(b: Block, v: Hit, opening = false, aside = false): Speaker | null {
    if (!this.c.lex.proDrop) return null;
    const sent = sentenceAt(b, v.start);
    if (opening) {
      if (!OWN_SENTENCE_RE.test(this.doc.norm.slice(sent.start, v.start))) return null;
    // An aside inside a quote (`aside`: "«A —dijo—, B»") closes right after its verb, as the caller checked.
    } else if (!aside) {
      const rest = this.doc.text.slice(v.end, sent.end);
      const words = rest.match(/[\p{L}\p{N}]+/gu) ?? [];
      // Or a short phrase of the circumstances ("afirmó durante el juicio", "dodal před novináři").
      const first = lower(words[0] ?? '');
      const circumstance = (this.c.lex.roleStops?.includes(first) || this.c.placePrepositions.has(first)) && words.length <= CIRCUMSTANCE_WORDS;
      if ((words.length > DROPPED_SUBJECT_WORDS && !circumstance) || words.some((w) => /^\p{Lu}/u.test(w)) || /[,;:«»"“”„]/u.test(rest)) return null;
    }
    return { kind: 'pronoun', gender: verbGender(this.c, v.text), start: v.start, end: v.end, text: this.doc.text.slice(v.start, v.end), rule: 'speaker.dropped-subject' };
  }

  /** "dit-elle", "a-t-il déclaré": the subject pronoun is part of the cue. */
  pronounInCue(v: Hit): Speaker | null {
    for (const part of lower(v.text).split(/[\s-]+/)) {
      if (this.c.pronounGender.has(part) && part.length > 1) {
        const at = lower(v.text).lastIndexOf(part);
        return { kind: 'pronoun', gender: this.c.pronounGender.get(part) ?? null, start: v.start + at, end: v.start + at + part.length, text: this.doc.text.slice(v.start + at, v.start + at + part.length) };
      }
    }
    return null;
  }

  /**
   * Whether the text between a quote (or comma) and its speaker holds only punctuation, a dash and
   * title words ("Italian Prime Minister", "Депутат Мажилиса"), so the speaker still closes the quote.
   */
  titleGap(gap: string): boolean {
    const rest = gap.replace(/^[\s\u00a0]*[,.!?…;]?[\s\u00a0]*(?:[-–—]{1,2}[\s\u00a0]*)?/u, '');
    if (!rest.trim()) return true;
    if (/[,;:!?«»"“”()]/u.test(rest)) return false;
    const words = rest.match(/[\p{L}\p{N}'’.-]+/gu) ?? [];
    // Organisation words and possessives belong to the title too ("Tulsa police Chief", "Connecticut’s tax commissioner").
    // A determiner may open the phrase and lowercase modifiers stand before its head ("one senior Democrat",
    // "former presidential candidate Herman Cain", "the ACU"), but no word that opens a clause.
    return words.length <= 6 && words.every((w) => {
      const lw = lower(w).replace(/['’]s?$/u, '');
      if (/^\p{Lu}/u.test(w) || isTitleWord(this.c, lw) || this.c.honorificGender.has(lw) || this.c.orgWords.has(lw) || this.c.titleParts.has(lw)) return true;
      if (this.c.lex.determiners?.includes(lw)) return true;
      return !this.opensClause(lw) && !this.c.nonNames.has(lw);
    });
  }

  /** A word that cannot stand inside a noun phrase before its head: a preposition, conjunction, pronoun or verb. */
  opensClause(lw: string): boolean {
    return this.c.placePrepositions.has(lw) || this.c.coordinators.has(lw) || this.c.relativizers.has(lw) || this.c.lex.complementizers.includes(lw) ||
      this.c.pronounGender.has(lw) || this.c.selfPronouns.has(lw) || this.c.verbRe.isWord(lw) || this.isGap(lw);
  }

  /** Start of a name with its honorifics and titles ("Mr. Obama", "Sen. Lindsey Graham", "аким Ержан"). */
  private extendLeft(b: Block, r: Run): number {
    let k = r.at;
    let start = r.start;
    for (let n = 0; n < 4 && k > 0; n++) {
      const t = b.tokens[k - 1]!;
      const gap = this.doc.text.slice(t.end, b.tokens[k]!.start);
      if (!/^\.?[\s\u00a0]+$/u.test(gap)) break;
      const withDot = gap.startsWith('.') ? t.low + '.' : t.low;
      if (!(this.c.honorificGender.has(withDot) || this.c.honorificGender.has(t.low) || isTitleWord(this.c, withDot) || isTitleWord(this.c, t.low))) break;
      k--;
      start = t.start;
    }
    return start;
  }

  private isGap(w: string): boolean {
    return !!this.c.gapRe && this.c.gapRe.isWord(lower(w));
  }

  private isPronounForm(w: string): boolean {
    return this.c.pronounGender.has(w);
  }

  /** The name run of the block starting exactly at p0 (runs are sorted by start). */
  runStartingAt(b: Block, p0: number): Run | undefined {
    const runs = this.people.runsByBlock.get(b.index) ?? [];
    const r = runs[lowerBound(runs, p0, (x) => x.start)];
    return r && r.start === p0 ? r : undefined;
  }

  /** The person a run names, making one of it when it stands in speaker position and looks like a name. */
  personOf(r: Run): PersonRec | null {
    const known = this.people.attach(r, true);
    if (known) return known;
    if (r.evidence) return this.people.attach(r);
    // Speaker position is evidence enough for an unknown capitalised word, unless it is an outlet; in
    // languages whose surnames show morphology, one bare unknown word is more likely an organisation.
    const raw = this.doc.text.slice(r.start, r.end);
    if (isOutletName(raw)) return null;
    if (r.tokens.length === 1 && this.c.surMale.length > 0) return null;
    r.evidence = 'speaker';
    return this.people.attach(r);
  }

  /** A source (outlet, correspondent) at p0: "корреспондент Altaynews.kz", "Reuters". */
  private sourceAt(p0: number, end: number): Speaker | null {
    const seg = this.doc.norm.slice(p0, end);
    const re = this.c.correspondentRe;
    if (re) {
      const m = re.at(seg, 0);
      if (m) return { kind: 'source', text: this.doc.text.slice(p0, end), start: p0, end };
    }
    if (isOutletName(this.doc.text.slice(p0, end))) return { kind: 'source', text: this.doc.text.slice(p0, end), start: p0, end };
    return null;
  }

  /**
   * "Martin Zeman pro Deník N uvedl", "Tomáš Vrba na dotaz Deníku odpověděl": the name right before the verb is the
   * outlet told (a known outlet, or one word, or after the preposition of the lexicon's told phrases, "uvedl pro"),
   * behind one or two lower-case words; the full name before those is the speaker.
   */
  private namedBeforeOutlet(b: Block, r: Run, floor: number): Speaker | null {
    const norm = this.doc.norm;
    const lead = /(?:^|[\s\u00a0])((?:\p{Ll}+[\s\u00a0]+){1,2})$/u.exec(norm.slice(Math.max(floor, r.start - 24), r.start));
    if (!lead) return null;
    const words = lead[1]!.trim().split(/[\s\u00a0]+/u);
    const preps = audiencePrepositions(this.c);
    const outlet = isOutletName(this.doc.text.slice(r.start, r.end)) || r.tokens.length === 1 || preps.has(words[words.length - 1]!);
    if (!outlet || !(this.c.placePrepositions.has(words[0]!) || preps.has(words[0]!))) return null;
    const e = r.start - lead[1]!.length - (lead[0].length - lead[1]!.length);
    const runs = this.people.runsByBlock.get(b.index) ?? [];
    const before = runs[lowerBound(runs, e, (x) => x.start) - 1];
    if (!before || before.tokens.length < 2 || !/^[\s\u00a0]*$/u.test(norm.slice(before.end, e))) return null;
    const person = this.personOf(before);
    return person ? { kind: 'person', person, start: this.extendLeft(b, before), end: before.end } : null;
  }

  /**
   * "uvedl pro Deník N Martin Zeman", "řekla ČTK Eva Machová", "сказал РБК Олег Петров": the outlet the verb was
   * told to (a told phrase of the lexicon running from the verb into the phrase, or a known outlet opening it),
   * then a full name closing the phrase: that name is the speaker, the outlet only the audience.
   */
  private namedPastOutlet(b: Block, pos: number, p0: number, end: number): Speaker | null {
    const norm = this.doc.norm;
    const verbWord = /[\p{L}]+$/u.exec(norm.slice(Math.max(b.start, pos - 30), pos));
    const from = verbWord ? pos - verbWord[0].length : pos;
    const told = this.c.toldRe?.at(this.doc.words, from, end);
    if (!(told && from + told[0].length > p0) && outletLengthAt(this.doc.text.slice(p0, end)) === 0) return null;
    const runs = this.people.runsByBlock.get(b.index) ?? [];
    let last: Run | null = null;
    for (let i = lowerBound(runs, p0 + 1, (x) => x.start); i < runs.length && runs[i]!.end <= end; i++) last = runs[i]!;
    if (!last || last.tokens.length < 2 || !/^[\s\u00a0.]*$/u.test(norm.slice(last.end, end))) return null;
    // Only the outlet's words between: capitalised ones, or the lexicon's words before a source name ("pro", "deníku").
    const between = this.doc.text.slice(p0, last.start).match(/[\p{L}\p{N}]+/gu) ?? [];
    const outletWords = this.c.lex.sourceCues.beforeName ?? [];
    const ownWords = (w: string) => /^\p{Lu}|^\p{N}/u.test(w) || outletWords.includes(lower(w)) || (told && lower(told[0]).endsWith(' ' + lower(w)));
    // "řekla Deníku krajská zastupitelka Pirátů Eva Machová": or the speaker's title after the outlet.
    if (between.length === 0 || !ownWords(between[0]!) || !(between.every(ownWords) || between.some((w) => isTitleWord(this.c, lower(w))))) return null;
    const person = this.personOf(last);
    return person ? { kind: 'person', person, start: last.start, end: last.end } : null;
  }

  /**
   * An outlet right after the verb may be the audience, with the titled speaker after it ("сообщил ТАСС
   * директор завода X", "řekl ČTK ředitel nemocnice X"): a named person after a lower-case title word.
   */
  private titledAfterAudience(b: Block, p0: number, end: number): Speaker | null {
    const runs = this.people.runsByBlock.get(b.index) ?? [];
    for (let i = lowerBound(runs, p0 + 1, (x) => x.start); i < runs.length; i++) {
      const r = runs[i]!;
      if (r.end > end) break;
      const between = this.doc.text.slice(p0, r.start);
      const title = /(?:^|[\s\u00a0])(\p{Ll}[\p{L}.-]*)/u.exec(between);
      if (!title || !isTitleWord(this.c, lower(title[1]!))) continue;
      const person = this.personOf(r);
      if (!person) continue;
      const role = between.slice(title.index).trim();
      this.people.addRole(person, role);
      // Nor is the audience part of the role ("Deníku starostka").
      const audience = between.slice(0, title.index).trim();
      if (audience && person.roles.some((x) => x.startsWith(audience))) {
        person.roles = person.roles.filter((x) => !x.startsWith(audience));
        this.people.addRole(person, role);
      }
      // The speaker phrase is the titled name, without the audience before it.
      return { kind: 'person', person, start: p0 + between.indexOf(role), end: r.end };
    }
    return null;
  }

  /** A title, collective or capitalised organisation phrase starting at p0 (after a verb). */
  private phraseSpeaker(p0: number, end: number, atStart: boolean): Speaker | null {
    const norm = this.doc.norm;
    const seg = norm.slice(p0, end);
    for (const [re, kind] of [
      [this.c.titleRe, 'title'],
      [this.c.roleRe, 'role'],
      [this.c.collectiveRe, 'ref'],
    ] as const) {
      const hit = re.firstIn(this.doc.words, p0, end);
      if (!hit) continue;
      const m = { index: hit.index - p0 };
      const lead = seg.slice(0, m.index);
      // Only determiners/adjectives before the head ("a senior official", "the minister").
      const leadWords = lead.match(/[\p{L}]+/gu) ?? [];
      if (atStart && leadWords.length > 3) continue;
      if (leadWords.some((w) => this.c.placePrepositions.has(w.toLowerCase()))) continue;
      // Titles keep their complement ("министр финансов", "глава государства", "Secretary of State").
      const stop = seg.slice(m.index).search(/[,;:!?()]|[\s\u00a0][-–—][\s\u00a0]/u);
      const phraseEnd = p0 + (stop >= 0 ? m.index + stop : seg.length);
      // Not the circumstances after it ("депутат журналистам после заседания", "le ministre sous la pression").
      const text = cutAtOutlet(trimRole(this.c, this.doc.text.slice(p0, phraseEnd).replace(/[.\s]+$/u, '')));
      if (kind === 'ref') return { kind: 'ref', text, start: p0, end: p0 + text.length, official: false };
      return { kind: 'title', text, start: p0, end: p0 + text.length };
    }
    // "a réagi l'élue": the matcher reads whole words, and the title is one with its elided article.
    if (/\p{L}['’]$/u.test(norm.slice(Math.max(0, p0 - 2), p0))) {
      const w = /^\p{L}+(?=[\s\u00a0.,;:!?]|$)/u.exec(seg)?.[0];
      if (w && (isTitleWord(this.c, lower(w)) || this.c.roleRe.isWord(lower(w)))) return { kind: 'title', text: this.doc.text.slice(p0, p0 + w.length), start: p0, end: p0 + w.length };
    }
    // "erklärte der Verbandschef": a closed compound ending in a title (lexicon compoundTitles), an article at most before it.
    if (this.c.lex.compoundTitles) {
      const m = COMPOUND_HEAD_RE.exec(seg);
      if (m && (!m[1] || this.c.lex.names.definiteArticles?.includes(lower(m[1]))) && isTitleWord(this.c, lower(m[2]!))) {
        return { kind: 'title', text: this.doc.text.slice(p0, p0 + m[0].length), start: p0, end: p0 + m[0].length };
      }
    }
    const cap = CAP_CHUNK_RE.exec(this.doc.text.slice(p0, end));
    if (cap && !cap[0].split(/[\s\u00a0]+/).filter(Boolean).every((w) => this.c.nonNames.has(lower(w).replace(/[.]$/, '')))) {
      const text = cap[0].trim().replace(/[.]$/, '');
      if (this.nounPhrase(text, p0)) return { kind: 'ref', text, start: p0, end: p0 + text.length, official: false };
    }
    // "der 44-Jährige": an article and a person cue (the article may double as a relative pronoun).
    const described = this.cueDescription(p0, end);
    if (described) return described;
    // Any short phrase up to the clause end ("according to the Census Bureau", "по словам очевидцев").
    const phrase = this.doc.text.slice(p0, end).replace(/[.\s\u00a0]+$/u, '');
    const words = phrase.match(/[\p{L}\p{N}]+/gu) ?? [];
    // Where subjects may be dropped, not the circumstances of the speech ("afirmó durante el juicio"), and
    // in a language with articles not a bare lower-case noun, which is the object ("ha pedido calma").
    const w0 = words[0] ?? '';
    const articles = this.c.lex.names.definiteArticles ?? [];
    const bareNoun = articles.length > 0 && /^\p{Ll}/u.test(w0) && !articles.includes(lower(w0)) && !this.c.lex.determiners?.includes(lower(w0));
    const circumstance = this.c.lex.proDrop && (this.c.lex.roleStops?.includes(lower(w0)) || bareNoun);
    if (atStart && words.length > 0 && words.length <= 5 && !circumstance && !words.some((w) => this.c.relativizers.has(lower(w)) || this.c.selfPronouns.has(lower(w))) && this.nounPhrase(phrase, p0)) {
      return { kind: 'ref', text: phrase, start: p0, end: p0 + phrase.length, official: false };
    }
    return null;
  }

  /** A definite article and one word with a person-cue ending of the lexicon at p0 ("der 44-Jährige"). */
  private cueDescription(p0: number, end: number): Speaker | null {
    const articles = this.c.lex.names.definiteArticles;
    if (!articles?.length || this.c.personCueEndings.length === 0) return null;
    const m = /^([\p{L}]+)[\s\u00a0]+([\p{L}\p{N}-]+)(?![\p{L}\p{N}-])/u.exec(this.doc.norm.slice(p0, end));
    if (!m || !articles.includes(m[1]!.toLowerCase())) return null;
    const head = m[2]!.toLowerCase();
    if (!this.c.personCueEndings.some((e) => head.endsWith(e.slice(1)))) return null;
    return { kind: 'ref', text: this.doc.text.slice(p0, p0 + m[0].length), start: p0, end: p0 + m[0].length, official: false };
  }

  /** A title or collective ending at e ("Депутат", "the minister", "another source", "эксперты"). */
  private phraseBefore(floor: number, e: number): Speaker | null {
    const norm = this.doc.norm;
    // Up to seven words back, no punctuation.
    const base = tailStart(norm, floor, e, 7, PHRASE_CHAR_RE);
    if (base < 0) return null;
    const phrase = norm.slice(base, e);
    for (const [re, kind] of [
      [this.c.collectiveRe, 'ref'],
      [this.c.titleRe, 'title'],
      [this.c.roleRe, 'title'],
    ] as const) {
      // Matched on the article text itself: its words are tokenised once for every matcher.
      const hits = re.allIn(this.doc.words, base, e);
      const last = hits[hits.length - 1];
      if (!last) continue;
      const found = { index: last.index - base, 0: last[0] };
      const after = phrase.slice(found.index + found[0].length);
      // The head must be last, or followed only by its complement ("министр финансов", "глава государства").
      const afterWords = after.match(/[\p{L}]+/gu) ?? [];
      // Heads keep a short complement: "министр финансов", "a source familiar with the talks".
      if (afterWords.length > (kind === 'ref' ? 4 : 2)) continue;
      if (afterWords.some((w) => this.c.pronounGender.has(w.toLowerCase()))) continue;
      // Extend back over determiners/adjectives in the same phrase ("a senior official", "another source").
      const beforeHead = phrase.slice(0, found.index);
      const start = base + found.index - this.modifiersBefore(beforeHead);
      const text = this.doc.text.slice(start, e);
      if (!this.nounPhrase(text, start)) continue;
      if (kind === 'ref') return { kind: 'ref', text, start, end: e, official: false };
      return { kind: 'title', text, start, end: e };
    }
    const cap = /(?:\p{Lu}[\p{L}\p{M}\p{N}.'’&-]*[\s\u00a0]+)*\p{Lu}[\p{L}\p{M}\p{N}.'’&-]*$/u.exec(this.doc.text.slice(floor, e));
    if (cap) {
      // "The New York Times" whole when it names an outlet; otherwise leading function words go ("Meanwhile Trump").
      const capStart = e - cap[0].length;
      if (isOutletName(cap[0])) return { kind: 'source', text: cap[0], start: capStart, end: e };
      let start = capStart;
      for (const m of cap[0].matchAll(/[^\s\u00a0]+/gu)) {
        if (!this.c.nonNames.has(lower(m[0]))) break;
        start = capStart + m.index + m[0].length;
      }
      while (start < e && SPACE_RE.test(this.doc.text[start]!)) start++;
      if (start >= e) return null;
      const text = this.doc.text.slice(start, e);
      if (isOutletName(text)) return { kind: 'source', text, start, end: e };
      if (!this.nounPhrase(text, start)) return null;
      return { kind: 'ref', text, start, end: e, official: false };
    }
    return this.nounPhraseBefore(floor, e);
  }

  /**
   * Length of the modifiers ending `before` that belong to a head noun: "the", "a senior", "The Indiana",
   * "Connecticut’s", "The Democratic presidential". Stops at prepositions, conjunctions that open
   * clauses, speech verbs; a function word ("the", "another") is taken as the phrase's first word.
   */
  private modifiersBefore(before: string): number {
    const m = /(?<![\p{L}\p{M}\p{N}'’.-])(?:[\p{L}\p{N}'’.-]+[\s\u00a0]+){1,4}$/u.exec(before);
    if (!m) return 0;
    const parts = m[0].split(/([\s\u00a0]+)/);
    let len = 0;
    for (let i = parts.length - 1; i >= 0; i--) {
      const w = parts[i]!;
      if (!/[\p{L}\p{N}]/u.test(w)) {
        len += w.length;
        continue;
      }
      const lw = lower(w).replace(/['’]s?$/u, '');
      if (this.c.placePrepositions.has(lw) || this.c.coordinators.has(lw) || this.c.lex.complementizers.includes(lw) || this.c.relativizers.has(lw) || this.c.selfPronouns.has(lw) || this.c.verbRe.isWord(lw) || this.isGap(lw)) break;
      len += w.length;
      if (this.c.nonNames.has(lw) || this.c.pronounGender.has(lw)) break;
    }
    // Only whole words: drop the spaces counted after the last word kept.
    const kept = m[0].slice(m[0].length - len);
    return kept.length - (kept.length - kept.trimStart().length);
  }

  /**
   * Any short noun phrase right before the verb, from the clause start ("The bank said that",
   * "Several cast members said", "В министерстве отметили, что"): an unnamed speaker.
   */
  private nounPhraseBefore(floor: number, e: number): Speaker | null {
    const text = this.doc.text;
    const seg = text.slice(floor, e);
    const m = /(?:^|[,;:()—–]|[\s\u00a0][-–—][\s\u00a0])[\s\u00a0]*((?:[\p{L}\p{N}'’.-]+[\s\u00a0]+){0,3}[\p{L}\p{N}'’.-]+)$/u.exec(seg);
    if (!m) return null;
    const phrase = m[1]!;
    const words = phrase.split(/[\s\u00a0]+/).map((w) => lower(w));
    const bad = (w: string) =>
      this.c.relativizers.has(w) || this.c.lex.complementizers.includes(w) || this.c.selfPronouns.has(w);
    if (words.some(bad)) return null;
    const start = e - phrase.length;
    if (!this.nounPhrase(phrase, start)) return null;
    return { kind: 'ref', text: phrase, start, end: e, official: false };
  }

  /**
   * A subject led by its title and the title's complement ("Шымкент қаласының әкімі Ғалымжан Сейітов …",
   * "«Ордабасының» бапкері Нұрлан Әбдірахманов …", "Денсаулық сақтау вице-министрі Айгүл …"): the first
   * name within a few words of the sentence start, right after a title word, with no punctuation before
   * it but quote marks.
   */
  private titledNameNearStart(b: Block, p0: number, limit: number): Speaker | null {
    const toks = b.tokens;
    const first = lowerBound(toks, p0, (x) => x.start);
    for (let k = first + 1; k < toks.length && k <= first + SUBJECT_LEAD_TOKENS && toks[k]!.start < limit; k++) {
      if (LEAD_PUNCT_RE.test(this.doc.norm.slice(p0, toks[k]!.start))) return null;
      const r = this.runStartingAt(b, toks[k]!.start);
      if (!r) continue;
      if (!isTitleWord(this.c, toks[k - 1]!.low)) {
        // A capitalised organisation inside the title chain ("… облысы Төтенше жағдайлар департаментінің … хатшысы S").
        if (r.evidence || this.people.match(r)) return null;
        continue;
      }
      const person = this.personOf(r);
      return person ? { kind: 'person', person, start: r.start, end: r.end } : null;
    }
    return null;
  }

  /** The subject at the start of a sentence: a name, title or pronoun ("Министр … деп атап өтті"). */
  speakerAtStart(b: Block, sStart: number, limit: number): Speaker | null {
    const norm = this.doc.norm;
    let p0 = sStart;
    while (p0 < limit && /[\s\u00a0\-–—]/u.test(norm[p0]!)) p0++;
    // A title phrase at the start wins over its capitalised first word ("Мемлекет басшысы").
    const title = this.c.titleRe.at(this.doc.words, p0, limit);
    if (title && /\s/u.test(title[0])) return { kind: 'title', text: this.doc.text.slice(p0, p0 + title[0].length), start: p0, end: p0 + title[0].length };
    const run = this.runStartingAt(b, p0);
    if (run) {
      const person = this.personOf(run);
      if (person) return { kind: 'person', person, start: run.start, end: run.end };
    }
    const titled = this.titledNameNearStart(b, p0, limit);
    if (titled) return titled;
    const w = /^[\p{L}]+/u.exec(norm.slice(p0, limit))?.[0] ?? '';
    if (this.c.pronounGender.has(w.toLowerCase())) return { kind: 'pronoun', gender: this.c.pronounGender.get(w.toLowerCase()) ?? null, start: p0, end: p0 + w.length, text: w };
    const lw = w.toLowerCase();
    if (this.c.collectiveRe.isWord(lw)) return { kind: 'ref', text: w, start: p0, end: p0 + w.length, official: false };
    if (isTitleWord(this.c, lw)) {
      // A multiword title at the start ("Мемлекет басшысы").
      const t = this.c.titleRe.at(this.doc.words, p0, limit);
      if (t) return { kind: 'title', text: this.doc.text.slice(p0, p0 + t[0].length), start: p0, end: p0 + t[0].length };
      return { kind: 'title', text: this.doc.text.slice(p0, p0 + w.length), start: p0, end: p0 + w.length };
    }
    const t = this.c.titleRe.at(this.doc.words, p0, limit);
    if (t) return { kind: 'title', text: this.doc.text.slice(p0, p0 + t[0].length), start: p0, end: p0 + t[0].length };
    return null;
  }
}

/** Prepositions that close the lexicon's multiword told phrases ("uvedl pro", "a dit à"): the audience follows them. */
const audiencePrepositions = lexiconMemo((c) => new Set(c.lex.sourceCues.told.map((t) => t.split(' ')).filter((w) => w.length > 1).map((w) => w[w.length - 1]!).filter((w) => w.length <= 3)));
