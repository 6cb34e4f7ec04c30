/**
 * Cue phrases around a speech verb that the quote rules share (issue 15): the speaker after a short
 * circumstance ("сказал в интервью РБК министр финансов X"), an as-clause ("Как сказал X, …", "As X
 * said, …", "Wie X sagte, …"), and a verb pointing at what follows a colon ("X сказал так: …").
 * Every word comes from the lexicon (lib/lang): this file holds no language.
 */
import type { Compiled } from '../compile';
import { type Block, type Doc, sentenceAt } from '../text';
import { lower } from '../words';
import { type Hit, type Speaker, tagged } from './records';
import type { SpeakerReader } from './speakers';
import { wordCount } from './spans';

/** Words of a circumstance between a verb and its speaker ("в интервью телеканалу «Россия 24»"). */
const CIRCUMSTANCE_WORDS = 6;
/** Characters after a verb looked at for that circumstance (six words fit well within). */
const CIRCUMSTANCE_REACH = 120;
/** Words allowed between an as-word and its verb when the speaker follows the verb ("comme l'a dit X"). */
const AS_GAP_WORDS = 2;
/** Characters before a verb looked at for an as-word (the speaker phrase and a few words fit well within). */
const AS_REACH = 200;
/** Characters after a verb looked at for its colon (two pointer words fit well within). */
const COLON_REACH = 40;
/** Words between a verb and its colon ("сказал так:", "said the following:"). */
const COLON_POINTER_WORDS = 2;
/** The one or two words right after a verb ("to rebuild", "построить"). */
const INFINITIVE_HEAD_RE = /^[\s\u00a0]+([\p{L}'’-]+)(?:[\s\u00a0]+([\p{L}'’-]+))?/u;
/** Characters after a promise verb read for its infinitive (two words fit well within). */
const INFINITIVE_REACH = 64;
/** A word with its start, in a short segment. */
const WORD_RE = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export class CuePhrases {
  constructor(
    private readonly c: Compiled,
    private readonly doc: Doc,
    private readonly speakers: SpeakerReader,
  ) {}

  /** The speaker right after a cue, or after a short circumstance opened by a preposition. */
  speakerAfterCue(b: Block, pos: number, limit = b.end): Speaker | null {
    return this.speakers.speakerAfter(b, pos, limit) ?? this.afterCircumstance(b, pos, limit);
  }

  /**
   * "сказал в интервью РБК министр финансов Антон Силуанов": after a preposition, a few words with no
   * punctuation, then a title or a name with evidence of its own opens the speaker phrase.
   */
  private afterCircumstance(b: Block, pos: number, limit: number): Speaker | null {
    const norm = this.doc.norm;
    const end = Math.min(limit, sentenceAt(b, pos).end, pos + CIRCUMSTANCE_REACH);
    const seg = norm.slice(pos, end);
    WORD_RE.lastIndex = 0;
    const words: Array<{ at: number; w: string }> = [];
    for (let m = WORD_RE.exec(seg); m && words.length <= CIRCUMSTANCE_WORDS; m = WORD_RE.exec(seg)) words.push({ at: pos + m.index, w: m[0] });
    if (words.length < 2 || !this.c.placePrepositions.has(lower(words[0]!.w))) return null;
    if (/[^\s\u00a0]/u.test(norm.slice(pos, words[0]!.at))) return null;
    for (let i = 1; i < words.length; i++) {
      const { at } = words[i]!;
      // A comma, a dash or a bracket ends the circumstance: what follows is no longer the verb's speaker.
      if (/[,;:!?()\[\]]|[\s\u00a0][-–—][\s\u00a0]/u.test(norm.slice(words[0]!.at, at))) return null;
      const title = this.c.titleRe.at(this.doc.words, at);
      const run = title ? undefined : this.speakers.runStartingAt(b, at);
      if (!title && !run?.evidence) continue;
      const s = this.speakers.speakerAfter(b, at, limit);
      if (!s || s.kind === 'source' || s.kind === 'pronoun' || s.kind === 'ref') return null;
      return tagged(s, 'speaker.after-circumstance');
    }
    return null;
  }

  /**
   * An as-clause around verb v: "Как сказал X, CONTENT", "CONTENT, как сказал X.", "As X said, CONTENT",
   * "Wie X sagte, CONTENT", "Comme l'a dit X, CONTENT". The as-word opens its sentence or follows a comma;
   * the speaker follows the verb, or stands between the as-word and the verb. Returns the clause
   * [start, end) and the speaker, or null.
   */
  asClause(b: Block, v: Hit): { start: number; end: number; speaker: Speaker } | null {
    const words = this.c.lex.asCues;
    if (!words?.length) return null;
    const norm = this.doc.norm;
    const sent = sentenceAt(b, v.start);
    // The as-word lies a few words before the verb: a bounded look back, not one to the start of a long sentence.
    const from = Math.max(sent.start, v.start - AS_REACH);
    const head = norm.slice(from, v.start);
    // The as-word: the last one before the verb, opening the sentence or after a comma.
    let asAt = -1;
    let asEnd = -1;
    WORD_RE.lastIndex = 0;
    for (let m = WORD_RE.exec(head); m; m = WORD_RE.exec(head)) {
      if (!words.includes(lower(m[0]))) continue;
      const before = head.slice(0, m.index);
      const opens = from === sent.start && /^[\s\u00a0\-–—"“«„]*$/u.test(before);
      if (opens || /,[\s\u00a0]*$/u.test(before)) {
        asAt = from + m.index;
        asEnd = asAt + m[0].length;
      }
    }
    // "Jak uvedla S", "как заявил S": an according-to phrase of the lexicon reads the clause itself.
    if (asAt < 0 || this.c.accordingBeforeRe?.at(this.doc.words, asAt)) return null;
    const between = norm.slice(asEnd, v.start);
    if (/[,;:!?«»"“”()]/u.test(between)) return null;
    let speaker: Speaker | null = null;
    if (wordCount(between, AS_GAP_WORDS + 1) > AS_GAP_WORDS) {
      // "As Senator X said": the speaker stands between the as-word and the verb.
      const s = this.speakers.speakerAfter(b, asEnd, v.start);
      if (s && s.kind !== 'source' && /^[\s\u00a0]*$/u.test(norm.slice(s.end, v.start))) speaker = s;
    } else {
      speaker = this.speakerAfterCue(b, v.end, sent.end) ?? (wordCount(between, 1) > 0 ? null : this.speakers.speakerBefore(b, v.start, asEnd, true));
    }
    // A person, a title or a pronoun: "Как сообщает пресс-служба …" cites a source, not a speaker.
    if (!speaker || speaker.kind === 'source' || speaker.kind === 'ref') return null;
    // The clause runs to the comma after the speaker (or the verb), or to the sentence end.
    const clauseEnd = Math.max(v.end, speaker.end);
    const rest = norm.slice(clauseEnd, sent.end);
    const comma = rest.search(/,|$/u);
    const tail = rest.slice(0, comma);
    // Only a short phrase may close the clause after the speaker ("…, как сказал X в понедельник,").
    if (wordCount(tail, CIRCUMSTANCE_WORDS + 1) > CIRCUMSTANCE_WORDS || /[.!?…]\s+\S/u.test(tail)) return null;
    return { start: asAt, end: clauseEnd + tail.length, speaker };
  }

  /**
   * "X сказал так: CONTENT", "X said the following: CONTENT": a verb then at most a pointer word or two
   * and a colon, then unmarked text to the sentence end. Returns where the content starts, or -1.
   */
  colonContent(b: Block, v: Hit): number {
    const norm = this.doc.norm;
    const sent = sentenceAt(b, v.start);
    // The colon follows within two words: a bounded look, not one to the end of a long sentence.
    const colon = norm.slice(v.end, Math.min(sent.end, v.end + COLON_REACH)).indexOf(':');
    const rest = colon < 0 ? '' : norm.slice(v.end, sent.end);
    if (colon < 0) return -1;
    const gap = rest.slice(0, colon);
    if (/[,;.!?«»"“”()]/u.test(gap) || wordCount(gap, COLON_POINTER_WORDS + 1) > COLON_POINTER_WORDS) return -1;
    // Every word between the verb and the colon is a pointer of the lexicon ("так", "следующее").
    const pointers = this.c.lex.colonPointers ?? [];
    if ((gap.match(WORD_RE) ?? []).some((w) => !pointers.includes(lower(w)))) return -1;
    const after = rest.slice(colon + 1);
    // A quote in marks after the colon is found as such; here only unmarked content counts.
    if (/^[\s\u00a0]*[«"“„'‘\-–—]/u.test(after) || wordCount(after, 3) < 3) return -1;
    return v.end + colon + 1;
  }

  /**
   * "Аким пообещал построить школу", "The mayor vowed to rebuild the bridge": a promise verb of the
   * lexicon followed by an infinitive (by its ending, or after a marker word such as "to"). Returns
   * where the content starts (the marker or the infinitive), or -1.
   */
  infinitiveContent(v: Hit): number {
    const p = this.c.lex.promises;
    if (!p || !p.verbs.includes(lower(v.text))) return -1;
    const m = INFINITIVE_HEAD_RE.exec(this.doc.norm.slice(v.end, v.end + INFINITIVE_REACH));
    if (!m) return -1;
    const first = lower(m[1]!);
    const at = v.end + m[0].indexOf(m[1]!);
    if (p.markers.includes(first)) return m[2] ? at : -1;
    if (p.infinitiveEndings.some((e) => first.endsWith(e) && first.length > e.length + 1)) return at;
    // "попросила родителей не приводить детей", "поручил к концу месяца подготовить план": an object or a
    // circumstance first, the infinitive a few words on; the content starts after the verb. Only endings of
    // two letters or more are read so far from the verb (a one-letter ending marks nouns as often).
    const head = this.doc.norm.slice(v.end, v.end + INFINITIVE_REACH);
    const words = /^(?:[\s\u00a0]+[\p{L}'’-]+){1,4}/u.exec(head)?.[0].match(/[\p{L}'’-]+/gu) ?? [];
    const later = words.slice(1).some((w) => p.infinitiveEndings.some((e) => e.length > 1 && lower(w).endsWith(e) && w.length > e.length + 1));
    return later ? at : -1;
  }
}
