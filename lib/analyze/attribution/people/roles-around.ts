/**
 * Role readers around a name (part of the people registry's pass 3): the role phrase before a name
 * ("министр финансов X"), after it in apposition ("X, a Miami lawyer,"), in brackets, in the predicate
 * ("X был послом Японии"), shared by a list of names, or given to a pronoun. They read the registry
 * through RegistryView and write only through its addRole.
 */
import { type Compiled, verbGender } from '../compile';
import { coordinatedAdjectives, dictionaryForm, listPluralBase, earliestRoleEndingAt, isObliqueAdjective, isPluralRole, occupationBase, roleAfterVerb, roleVerbEnd, isVerbLike, trimRole, phraseAround, withoutArticle, predicateRole, roleCase, roleHeadKind, rolesAfter, rolesBefore, type RoleSpan } from '../roles';
import { type Block, type Doc, sentenceOf, type Token } from '../text';
import { lower, lowerBound } from '../words';
import { obliqueOutletLengthAt, outletLengthAt } from '../outlet-names';
import { endsWithAny, isTitleWord, PHRASED_TITLE_REACH } from './names';
import type { PersonRec, Run } from './records';

/** What the role readers need of the registry (people/registry.ts implements it). */
export interface RegistryView {
  readonly c: Compiled;
  readonly doc: Doc;
  readonly persons: readonly PersonRec[];
  readonly runsByBlock: Map<number, Run[]>;
  /** The lexicon describes role phrases (rolePhrases). */
  readonly phrased: boolean;
  addRole(p: PersonRec, raw: string, sentenceInitial?: boolean, pluralChecked?: boolean): void;
  antecedent(pos: number, gender: 'male' | 'female' | null): PersonRec | null;
  describedLast(title: string, pos: number): PersonRec | null;
  blockOf(index: number): Block | undefined;
  bridgesToName(b: Block, from: number, to: number): boolean;
  isLinkWord(low: string): boolean;
  isNameToken(b: Block, k: number): boolean;
  namedBefore(b: Block, t: Token, pos: number): boolean;
  titleEndsAt(b: Block, t: Token): boolean;
  titleStartsAt(b: Block, t: Token, titleTok: Token): boolean;
}

/** Apposition after a name: how many tokens may follow the comma ("Габит Сыздыкбеков, аким г. Алматы,"). */
const APPOSITION_REACH = 9;
/** How far back from "…, Name" a title may open its apposition ("La portavoz de la asociación vecinal Arroyo del Moro, Carmen Ruiz"). */
const APPOSITIVE_TITLE_REACH = 9;
/** Adjectives a role in brackets may open with ("(бывший главный тренер)"). */
const BRACKET_HEAD_REACH = 3;
/** A remark in brackets after a name in a list. */
const BRACKET_REMARK_RE = /^[\s\u00a0]*\([^()]*\)/u;
/** Words of circumstance before a predicate without a subject ("В 1988 году", "С 2009 года по 2011"). */
const MAX_CIRCUMSTANCE = 6;
/** Adjectives that may open a role in the instrumental before its predicate ("Новым главным тренером"). */
const MAX_MODIFIERS_BEFORE = 3;
/** Characters between a role's predicate and the person it names ("назначен бывший заместитель Суходольского генерал-майор полиции"). */
const MAX_SUBJECT_REACH = 90;
/** How far back coordinated roles may start ("Писатель, поэт и журналист Дмитрий Быков"). */
const COORDINATION_REACH = 12;
/** Words the subject's first verb phrase may have before a conjunction opens a second predicate ("учился во Франции и …"). */
const COORDINATED_VERB_REACH = 6;
/** Longest text between two names of a list, remark included. */
const MAX_LIST_GAP = 60;
/** Names one plural role may cover in a list. */
const MAX_LIST_NAMES = 8;
/** A quoted organisation name inside a role, or a name in brackets ("(МОК)"). */
const QUOTED_NAME_RE = /«[^«»]{1,60}»|„[^„“”]{1,60}[“”]|"[^"«»\n]{1,60}"|''[^'«»\n]{1,60}''|\((?:[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*)(?:[\s\u00a0]+[\p{Lu}\p{N}&][\p{L}\p{N}.&'’-]*)*\)/gu;
/** Lowercase words inside a possessor's name ("Денсаулық сақтау министрлігінің"). */
const MAX_POSSESSOR_LOWERS = 2;
/** A preposition and a capitalised place or two after a name in a list ("из Москвы", "aus Köln"). */
const PLACE_REMARK_RE = /^[\s\u00a0]+(\p{Ll}+)[\s\u00a0]+\p{Lu}[\p{L}-]*(?:[\s\u00a0]+\p{Lu}[\p{L}-]*)?/u;
/** An age set off by commas after a name (a number, maybe with a word before or after it), up to the comma closing it. */
const AGE_BEFORE_APPOSITION_RE = /^(,[\s\u00a0]*(?:\p{Ll}{1,3}[\s\u00a0]+)?\p{N}{1,3}(?:[\s\u00a0]+\p{Ll}{1,6})?[\s\u00a0]*),[\s\u00a0]/u;
const MAX_AGE_SEGMENT = 24;
/** How far back (in tokens) a title may sit before the name it belongs to ("министр иностранных дел РК Мурат Нуртлеу"). */
const TITLE_REACH = 7;
/** Longest told cue of a lexicon, in words ("said in an interview with"). */
const TOLD_WORDS = 6;

export class RolesAround {
  constructor(private readonly reg: RegistryView) {}

  /**
   * Roles of one name: a title phrase right before it ("Депутат Мажилиса Парламента РК"), shared by
   * a list of names after a plural role ("музыканты A, B и C"), in apposition after it
   * ("Иванов, глава компании X,") and in its predicate ("X был послом Японии").
   */
  rolesFor(r: Run): Array<{ text: string; sentenceInitial: boolean }> {
    const b = this.reg.blockOf(r.block);
    if (!b) return [];
    const out: Array<{ text: string; sentenceInitial: boolean }> = [];
    const near = this.roleBefore(b, r.at, r.start, this.startsList(b, r) ? 'any' : 'singular', this.obliqueForm(r));
    const before = near ?? this.roleBeforeList(b, r) ?? this.roleBeforeComma(b, r) ?? this.roleBeforeApposition(b, r) ?? this.roleBeforeDash(b, r);
    if (before) out.push(...before);
    // "Le chef du service des urgences, le professeur Antoine Bérard": a title apposition before the title before the name.
    if (near && !this.reg.phrased) out.push(...(this.stackedApposition(b, r, r.start - near[0]!.text.length) ?? []));
    const after = this.roleAfter(b, r);
    if (after) out.push(...after);
    if (this.reg.phrased) for (const x of this.predicateRoles(b, r.at + r.tokens.length, r.end)) out.push({ text: x.text, sentenceInitial: false });
    // "за словами голови адміністрації X": the role in its dictionary form.
    return out.map((x) => ({ ...x, text: dictionaryForm(this.reg.c, withoutArticle(this.reg.c, x.text)) }));
  }

  /** Whether the passes that give roles to persons named elsewhere have anything to do: a phrased language and a person. */
  private givesRoles(): boolean {
    return this.reg.phrased && this.reg.persons.length > 0;
  }

  /** Roles in the predicate starting at token `from` ("был послом Японии, генеральным консулом"), to the sentence end. */
  private predicateRoles(b: Block, from: number, pos: number): RoleSpan[] {
    const sentEnd = sentenceOf(b, pos)?.end ?? b.end;
    // The first token past the sentence: a binary search, as every pronoun of a long sentence asks.
    const to = Math.max(from, lowerBound(b.tokens, sentEnd, (t) => t.start));
    if (from >= to || from === 0) return [];
    const isName = (k: number) => this.reg.isNameToken(b, k);
    const pred = predicateRole(this.reg.c, this.reg.doc.text, this.reg.doc.words, b.tokens, from, to, isName) ?? this.coordinatedPredicate(b, from, to, isName);
    return pred ? [pred, ...rolesAfter(this.reg.c, this.reg.doc.text, b.tokens, pred, to, isName)] : [];
  }

  /**
   * A role predicate coordinated with the subject's first verb: "Сидибе учился во Франции и уже в юности работал
   * консультантом". The first conjunction of the clause opens it; no name, relative pronoun or punctuation before it, so
   * the subject is still the name's.
   */
  private coordinatedPredicate(b: Block, from: number, to: number, isName: (k: number) => boolean): RoleSpan | null {
    const c = this.reg.c;
    const toks = b.tokens;
    for (let k = from; k < Math.min(to, from + COORDINATED_VERB_REACH); k++) {
      const t = toks[k]!;
      if (isName(k) || c.relativizers.has(t.low) || c.pronounGender.has(t.low) || !/^[\s\u00a0]+$/u.test(this.reg.doc.text.slice(toks[k - 1]!.end, t.start))) return null;
      if (!c.morph.conjunctions.has(t.low)) continue;
      // A first verb before it, and no role or adjective right after it ("встретился с министром и губернатором": two objects).
      const next = toks[k + 1];
      if (!next || !toks.slice(from, k).some((x) => isVerbLike(c, x.low)) || roleHeadKind(c, next.low) > 0 || endsWithAny(next.low, c.adjectiveLike, 2)) return null;
      return predicateRole(c, this.reg.doc.text, this.reg.doc.words, toks, k + 1, to, isName);
    }
    return null;
  }

  /**
   * "Он был назначен послом Японии", "она стала министром": a role in the predicate of a
   * subject pronoun goes to the person the pronoun stands for (nearest earlier, gender agreeing).
   */
  pronounRoles(): void {
    if (!this.givesRoles()) return;
    for (const b of this.reg.doc.blocks) {
      b.tokens.forEach((t, k) => {
        // Gendered pronouns only: a plural "они" stands for several people.
        const gender = this.reg.c.pronounGender.get(t.low);
        if (!gender) return;
        const roles = this.predicateRoles(b, k + 1, t.end);
        if (roles.length === 0) return;
        const p = this.reg.antecedent(t.start, gender);
        if (p) for (const x of roles) this.reg.addRole(p, dictionaryForm(this.reg.c, x.text));
      });
    }
  }

  /**
   * "Хантсмена на должность посла в Китае", "Стив Джобс уходит в отставку с поста исполнительного директора": a role
   * in the genitive after a noun for a post is the role of the person named last before it in the sentence.
   */
  postRoles(): void {
    const posts = this.reg.c.lex.rolePhrases?.postNouns;
    if (!this.givesRoles() || !posts?.length) return;
    const set = new Set(posts);
    const c = this.reg.c;
    const text = this.reg.doc.text;
    for (const b of this.reg.doc.blocks) {
      const toks = b.tokens;
      toks.forEach((t, k) => {
        if (!set.has(t.low)) return;
        // The role's head, maybe after its adjectives ("с поста исполнительного директора").
        let h = k + 1;
        while (h < toks.length && h <= k + BRACKET_HEAD_REACH && !toks[h]!.cap && roleHeadKind(c, toks[h]!.low) !== 2 && /^[\s\u00a0]+$/u.test(text.slice(toks[h - 1]!.end, toks[h]!.start))) h++;
        const head = toks[h];
        if (!head || head.cap || roleHeadKind(c, head.low) !== 2 || isPluralRole(c, head.low) || !/^[\s\u00a0]+$/u.test(text.slice(toks[h - 1]!.end, head.start))) return;
        const sent = sentenceOf(b, t.start);
        const sentStart = sent?.start ?? b.start;
        // The capitalised run nearest before, past places and organisations: it must be a person ("Обама выдвинул
        // Хантсмена на должность посла": "Хантсмена", no person of the registry, is not Obama).
        const runs = this.reg.runsByBlock.get(b.index) ?? [];
        let i = runs.length - 1;
        while (i >= 0 && (runs[i]!.start > t.start || (runs[i]!.personId < 0 && (runs[i]!.notPerson || runs[i]!.complement)))) i--;
        const run = runs[i];
        if (!run || run.start < sentStart || run.personId < 0) return;
        const p = this.reg.persons[run.personId];
        const to = Math.max(h + 1, lowerBound(toks, sent?.end ?? b.end, (x) => x.start));
        const isName = (j: number) => this.reg.isNameToken(b, j);
        const phrase = phraseAround(c, text, toks, h, k + 1, to, isName);
        if (!p || phrase.first !== k + 1) return;
        // "…пост главы Московской области Бориса Громова": a name right after the role is the holder.
        if (isName(phrase.last + 1) && /^[\s\u00a0]+$/u.test(text.slice(phrase.end, toks[phrase.last + 1]!.start))) return;
        // "кандидатом на пост главы Франции": the post belongs to a role before it; ", в качестве заместителя, входит X":
        // a parenthesis opening before the post speaks of a name after it.
        const prev = toks[k - 1];
        const prev2 = toks[k - 2];
        if (prev && c.placePrepositions.has(prev.low)) {
          if (prev2 && prev2.start >= sentStart && roleHeadKind(c, prev2.low) === 2) return;
          if (/,[\s\u00a0]*$/u.test(text.slice(Math.max(sentStart, prev.start - 3), prev.start))) return;
        } else if (prev && roleHeadKind(c, prev.low) === 2) return;
        this.reg.addRole(p, dictionaryForm(c, phrase.text));
      });
    }
  }

  /**
   * A description standing for the person named last: "55-летний вице-губернатор направлялся …", "38-летнего
   * топ-менеджера": an age word before a singular role with no name after it is a role of the one person named in this
   * paragraph before it (or, if none, in the paragraph before: the registry's describedLast). A bare role opening a
   * sentence ("Спортсменка является …") was measured too: under half of those were the person's (NEREL train).
   */
  describedRoles(): void {
    if (!this.givesRoles()) return;
    const c = this.reg.c;
    const text = this.reg.doc.text;
    for (const b of this.reg.doc.blocks) {
      const toks = b.tokens;
      const isName = (j: number) => this.reg.isNameToken(b, j);
      for (let k = 0; k < toks.length; k++) {
        const t = toks[k]!;
        if (!this.isPersonCue(t.low)) continue;
        // The head: after the age word and an adjective or two.
        let h = k + 1;
        while (h < toks.length && h <= k + 2 && roleHeadKind(c, toks[h]!.low) !== 2 && !toks[h]!.cap && /^[\s\u00a0]+$/u.test(text.slice(toks[h - 1]!.end, toks[h]!.start))) h++;
        const head = toks[h];
        if (!head || roleHeadKind(c, head.low) !== 2 || isPluralRole(c, head.low) || (head.cap && !head.sentStart) || isName(h)) continue;
        const sentEnd = sentenceOf(b, head.start)?.end ?? b.end;
        const to = Math.max(h + 1, lowerBound(toks, sentEnd, (x) => x.start));
        const phrase = phraseAround(c, text, toks, h, k + 1, to, isName);
        const next = toks[phrase.last + 1];
        // A name (or any capitalised word) after the role, or a dash, makes it that name's role (roleBefore, roleBeforeDash).
        if (next && next.start < sentEnd && (next.cap || /[—–-]/u.test(text.slice(phrase.end, next.start)))) continue;
        const p = this.reg.describedLast(text.slice(phrase.start, phrase.end), phrase.start);
        if (p) this.reg.addRole(p, dictionaryForm(c, phrase.text), head.sentStart);
        k = Math.max(k, phrase.last);
      }
    }
  }

  /**
   * A role in the instrumental before its predicate, the person after it: "Новым спикером был назначен 69-летний экономист
   * Эстебан Ласо", "Главой Малави стала вице-президент Джойс Банда", "Президентом Ирана избран Х.Рухани". The person is
   * the first name after the predicate in the same clause.
   */
  invertedPredicateRoles(): void {
    if (!this.givesRoles()) return;
    const c = this.reg.c;
    const text = this.reg.doc.text;
    for (const b of this.reg.doc.blocks) {
      const toks = b.tokens;
      const isName = (j: number) => this.reg.isNameToken(b, j);
      const runs = this.reg.runsByBlock.get(b.index) ?? [];
      for (let h = 0; h < toks.length; h++) {
        const t = toks[h]!;
        if ((t.cap && !t.sentStart) || roleHeadKind(c, t.low) !== 2 || !c.morph.instrumentalRe.test(t.low) || isPluralRole(c, t.low)) continue;
        const sent = sentenceOf(b, t.start);
        const sentStart = sent?.start ?? b.start;
        const sentEnd = sent?.end ?? b.end;
        let from = h;
        while (from > 0 && h - from < MAX_MODIFIERS_BEFORE && toks[from - 1]!.start >= sentStart) from--;
        const to = Math.max(h + 1, lowerBound(toks, sentEnd, (x) => x.start));
        const phrase = phraseAround(c, text, toks, h, from, to, isName);
        const v = phrase.last + 1 < to && /^[\s\u00a0]+$/u.test(text.slice(phrase.end, toks[phrase.last + 1]!.start)) ? roleVerbEnd(c, this.reg.doc.words, toks, phrase.last + 1) : -1;
        if (v < 0) continue;
        // The role opens its clause: nothing before it in the sentence but its adjectives, or a comma or an adverbial.
        const opener = toks[phrase.first]!;
        const before = phrase.first > 0 && toks[phrase.first - 1]!.start >= sentStart ? toks[phrase.first - 1]! : null;
        if (before && (isName(phrase.first - 1) || roleHeadKind(c, before.low) > 0 || isVerbLike(c, before.low)) && !/[,:]/u.test(text.slice(before.end, opener.start))) continue;
        const afterVerb = toks[v]!.end;
        const r = runs.find((x) => x.start > afterVerb && x.personId >= 0);
        if (!r || r.start >= sentEnd || /[,;:!?()]|[.][\s\u00a0]/u.test(text.slice(afterVerb, r.start)) || r.start - afterVerb > MAX_SUBJECT_REACH) continue;
        const p = this.reg.persons[r.personId];
        if (p) this.reg.addRole(p, dictionaryForm(c, phrase.text), opener.sentStart);
        h = phrase.last;
      }
    }
  }

  /**
   * A predicate without a subject, as in a biography: "В 1988 году стал депутатом Верховного совета", "Работала
   * прокурором", "Затем стал начальником управления": the role goes to the person named last (gender by the verb).
   * Before the predicate only circumstances: prepositions with up to two words after them, numbers, gap words.
   */
  droppedSubjectRoles(): void {
    if (!this.givesRoles()) return;
    const c = this.reg.c;
    const text = this.reg.doc.text;
    for (const b of this.reg.doc.blocks) {
      const toks = b.tokens;
      const isName = (j: number) => this.reg.isNameToken(b, j);
      for (const sent of b.sentences) {
        let k = lowerBound(toks, sent.start, (x) => x.start);
        const end = lowerBound(toks, sent.end, (x) => x.start);
        let afterPreposition = 0;
        for (let n = 0; k < end && n <= MAX_CIRCUMSTANCE; k++, n++) {
          const t = toks[k]!;
          if (roleVerbEnd(c, this.reg.doc.words, toks, k) >= 0) break;
          if (isName(k) || (t.cap && !t.sentStart)) { k = end; break; }
          if (c.placePrepositions.has(t.low)) afterPreposition = 2;
          else if (/^\p{N}/u.test(t.raw)) afterPreposition = 1;
          else if (afterPreposition > 0) afterPreposition--;
          else if (!c.lex.speakerGap.includes(t.low)) { k = end; break; }
        }
        if (k >= end) continue;
        const v = roleVerbEnd(c, this.reg.doc.words, toks, k);
        if (v < 0 || /[,;:—–]/u.test(text.slice(sent.start, toks[k]!.start))) continue;
        const role = roleAfterVerb(c, text, toks, v, end, isName);
        if (!role || isPluralRole(c, toks[role.head ?? role.first]!.low)) continue;
        const p = this.reg.antecedent(toks[k]!.start, verbGender(c, text.slice(toks[k]!.start, toks[v]!.end)));
        if (p) this.reg.addRole(p, dictionaryForm(c, role.text));
      }
    }
  }

  /**
   * A plural role before a colon, a dash or a list opener covers each name of the list after it, in the singular:
   * "известные писатели и критики, среди которых — Павел Басинский и Михаил Павлов", "таких исполнителей, как Элтон
   * Джон, Марк Энтони", "два бывших руководителя РУСАДА: Вячеслав Синев (…), Никита Камаев (…)".
   */
  rolesOverList(): void {
    if (!this.givesRoles()) return;
    const c = this.reg.c;
    const text = this.reg.doc.text;
    const openers = (c.lex.rolePhrases?.listOpeners ?? []).map((o) => o.split(' '));
    for (const b of this.reg.doc.blocks) {
      const toks = b.tokens;
      const runs = this.namedRuns(b);
      const isName = (j: number) => this.reg.isNameToken(b, j);
      runs.forEach((r, i) => {
        if (r.personId < 0 || r.at < 2 || (i > 0 && this.listGap(runs[i - 1]!.end, r.start))) return;
        // Back from the name: a dash or colon, or an opener after a comma (maybe with a dash after it).
        let k = r.at - 1;
        const gap = text.slice(toks[k]!.end, r.start);
        const opener = openers.find((o) => o.length <= k && o.every((w, n) => toks[k - o.length + 1 + n]!.low === w));
        if (opener && /^[\s\u00a0]*(?:[—–-][\s\u00a0]*)?$/u.test(gap)) {
          k -= opener.length;
          if (k < 0 || !/^[\s\u00a0]*,[\s\u00a0]*$/u.test(text.slice(toks[k]!.end, toks[k + 1]!.start))) return;
        } else if (!/^[\s\u00a0]*(?::|[\s\u00a0][—–-])[\s\u00a0]*$/u.test(gap)) return;
        const sentStart = sentenceOf(b, r.start)?.start ?? b.start;
        if (toks[k]!.start < sentStart) return;
        let from = k;
        while (from > 0 && k - from < COORDINATION_REACH && toks[from - 1]!.start >= sentStart) from--;
        const role = earliestRoleEndingAt(c, text, toks, k, from, isName);
        if (!role || !listPluralBase(c, toks[role.head ?? role.first]!.low)) return;
        const roles = [role, ...rolesBefore(c, text, toks, role, from, isName)].flatMap((x) => this.singular(x));
        const list = [r];
        for (let j = i + 1; j < runs.length && list.length < MAX_LIST_NAMES && this.listGap(runs[j - 1]!.end, runs[j]!.start); j++) list.push(runs[j]!);
        for (const x of list) {
          const p = this.reg.persons[x.personId];
          if (p) for (const t of roles) this.reg.addRole(p, t, false, true);
        }
      });
    }
  }

  /** The token where a "one of" phrase opens before the plural role head at token h (adjectives between), or -1. */
  private oneOfBefore(b: Block, h: number): number {
    const phrases = (this.reg.c.lex.rolePhrases?.oneOf ?? []).map((o) => o.split(' '));
    if (phrases.length === 0) return -1;
    const toks = b.tokens;
    let k = h;
    while (k > 0 && h - k < MAX_MODIFIERS_BEFORE && !toks[k - 1]!.cap && roleHeadKind(this.reg.c, toks[k - 1]!.low) === 0 && !phrases.some((o) => o[o.length - 1] === toks[k - 1]!.low)) k--;
    for (const o of phrases) {
      const at = k - o.length;
      if (at >= 0 && o.every((w, n) => toks[at + n]!.low === w) && o.every((_, n) => n === 0 || /^[\s\u00a0]+$/u.test(this.reg.doc.text.slice(toks[at + n - 1]!.end, toks[at + n]!.start)))) return at;
    }
    return -1;
  }

  /** A plural role phrase in the singular: each conjunct's head in its lexicon base with its complement, without the plural adjectives before it. */
  private singular(x: RoleSpan): string[] {
    const out: string[] = [];
    // "писатели и критики": each conjunct on its own.
    let part: string[] = [];
    const flush = () => {
      const at = part.findIndex((w) => listPluralBase(this.reg.c, lower(w)) !== null);
      const base = at >= 0 ? listPluralBase(this.reg.c, lower(part[at]!)) : null;
      if (base) out.push([base, ...part.slice(at + 1)].join(' '));
      part = [];
    };
    for (const w of this.reg.doc.text.slice(x.start, x.end).split(/[\s\u00a0]+/u)) {
      if (this.reg.c.morph.conjunctions.has(lower(w))) flush();
      else part.push(w);
    }
    flush();
    return out;
  }

  /** The role before the first name of a list the run closes, when that role is plural. */
  private roleBeforeList(b: Block, r: Run): Array<{ text: string; sentenceInitial: boolean }> | null {
    if (!this.reg.phrased) return null;
    const runs = this.namedRuns(b);
    let i = this.namedRunIndex.get(r) ?? -1;
    let head = r;
    for (let n = 0; i > 0 && n < MAX_LIST_NAMES; n++, i--) {
      const prev = runs[i - 1]!;
      if (!this.listGap(prev.end, head.start)) break;
      head = prev;
    }
    if (head === r) return null;
    return this.roleBefore(b, head.at, head.start, 'plural');
  }

  /**
   * A role that opens the clause and is set off by a comma before the name: "Таким образом, первый
   * вратарь сборной последних лет, Оливер Кан будет запасным". The role is in the base form
   * (nominative), so it is the subject the name stands beside, not "По словам министра, Иван …".
   */
  private roleBeforeComma(b: Block, r: Run): Array<{ text: string; sentenceInitial: boolean }> | null {
    if (!this.reg.phrased || r.at < 2) return null;
    const toks = b.tokens;
    const h = r.at - 1;
    if (!/^,[\s\u00a0]+$/u.test(this.reg.doc.text.slice(toks[h]!.end, r.start))) return null;
    const sentStart = sentenceOf(b, r.start)?.start ?? b.start;
    let from = h;
    while (from > 0 && h - from < COORDINATION_REACH && toks[from - 1]!.start >= sentStart) from--;
    const isName = (j: number) => this.reg.isNameToken(b, j);
    const role = earliestRoleEndingAt(this.reg.c, this.reg.doc.text, toks, h, from, isName);
    if (!role) return null;
    const head = toks[role.head ?? role.first]!;
    if (roleCase(this.reg.c, head.low) !== 'nom' || isPluralRole(this.reg.c, head.low)) return null;
    // The role opens its clause: the sentence start, or a comma, colon or dash before it.
    const opener = toks[role.first]!;
    const before = role.first > 0 ? this.reg.doc.text.slice(toks[role.first - 1]!.end, opener.start) : '';
    if (!opener.sentStart && !/[,:;—–]/u.test(before)) return null;
    // "Министр, Иван Петров и Мария Иванова": a comma after the name starts a list, not a clause.
    if (/^[\s\u00a0]*,/u.test(this.reg.doc.text.slice(r.end, r.end + 2)) && this.startsList(b, r)) return null;
    // "итальянский боксёр, чемпион мира и Европы, Анджело Роттоли": roles coordinated before it are the person's too.
    const more = rolesBefore(this.reg.c, this.reg.doc.text, toks, role, from, isName).map((x) => ({ text: x.text, sentenceInitial: toks[x.first]!.sentStart }));
    return [{ text: role.text, sentenceInitial: opener.sentStart }, ...more];
  }

  /**
   * A role set off from the name by a dash, or by a comma before the person's age: "Адвокат потерпевшего — Матвей
   * Цзена", "у российского фехтовальщика — Тимура Сафина", "глава республики — 57-летний Тоомас Хендрик Ильвес",
   * "вице-губернатор Приморского края, 35-летний Александр Шемелев". With a comma the role and the age word must
   * both be in the base form (nominative), so "По словам министра, 35-летний Иван …" names two people.
   */
  private roleBeforeDash(b: Block, r: Run): Array<{ text: string; sentenceInitial: boolean }> | null {
    if (!this.reg.phrased || r.at < 2) return null;
    const c = this.reg.c;
    const toks = b.tokens;
    const text = this.reg.doc.text;
    // Words about the person between the mark and the name ("57-летний").
    let g = r.at;
    while (g > 0 && g > r.at - 2 && /^[\s\u00a0]+$/u.test(text.slice(toks[g - 1]!.end, toks[g]!.start)) && this.isPersonCue(toks[g - 1]!.low)) g--;
    if (g < 2) return null;
    const gap = text.slice(toks[g - 1]!.end, toks[g]!.start);
    const dash = /^[\s\u00a0]+[—–-][\s\u00a0]+$/u.test(gap);
    const comma = g < r.at && /^,[\s\u00a0]+$/u.test(gap) && !isObliqueAdjective(c, toks[g]!.low);
    if (!dash && !comma) return null;
    const sentStart = sentenceOf(b, r.start)?.start ?? b.start;
    const h = g - 1;
    if (toks[h]!.start < sentStart) return null;
    let from = h;
    while (from > 0 && h - from < COORDINATION_REACH && toks[from - 1]!.start >= sentStart) from--;
    const isName = (j: number) => this.reg.isNameToken(b, j);
    const role = earliestRoleEndingAt(c, text, toks, h, from, isName);
    if (!role) return null;
    const head = toks[role.head ?? role.first]!;
    if (isPluralRole(c, head.low) || (comma && roleCase(c, head.low) !== 'nom')) return null;
    const more = rolesBefore(c, text, toks, role, from, isName).map((x) => ({ text: x.text, sentenceInitial: false }));
    return [{ text: role.text, sentenceInitial: toks[role.first]!.sentStart }, ...more];
  }

  /** The person's age between a role and the name ("57-летний"); not a relative ("сын Ивана Петрова" is not Ivan). */
  private isPersonCue(low: string): boolean {
    return this.reg.c.personCueEndings.some((e) => low.endsWith(e.slice(1)));
  }

  /**
   * A title phrase set off by a comma before a name that closes the apposition: "El alcalde, José
   * Antonio Ortega, aseguró", "Le maire de Montbrison, Philippe Garnier, a déclaré", "anunció el
   * concejal de Medio Ambiente, Javier Morales." (languages without role phrases; Russian has
   * roleBeforeComma). Not after "according to" or a preposition: "Según el concejal, Morales …".
   */
  private roleBeforeApposition(b: Block, r0: Run, stacked = false): Array<{ text: string; sentenceInitial: boolean }> | null {
    if (this.reg.phrased || r0.at < 2) return null;
    const toks = b.tokens;
    const text = this.reg.doc.text;
    // "Son avocat, Me Laurent Vidal,": an honorific between the comma and the name.
    const honorific = this.reg.c.honorificGender.has(toks[r0.at - 1]!.low.replace(/\.$/u, '')) || this.reg.c.honorificGender.has(toks[r0.at - 1]!.low + '.');
    const r = honorific && r0.at >= 3 ? { ...r0, at: r0.at - 1, start: toks[r0.at - 1]!.start } : r0;
    // "La réalisatrice de « La Dernière Saison », Camille Perret": a quoted title may close the apposition.
    if (!/^[\s\u00a0]*[»"”“]?,[\s\u00a0]+$/u.test(text.slice(toks[r.at - 1]!.end, r.start))) return null;
    // The name closes the apposition (a comma or the sentence end after it) and looks like a full name.
    const closed = /^(?:[,.;:!?)—–]|$)/u.test(text.slice(r.end, r.end + 1));
    if (r.evidence !== 'internal' && r.tokens.length < 2) return null;
    const sentStart = sentenceOf(b, r.start)?.start ?? b.start;
    // The farthest title word back from the comma, with only its complement between (no verb, no punctuation).
    let head = -1;
    for (let k = r.at - 1; k >= 0 && r.at - 1 - k < APPOSITIVE_TITLE_REACH; k--) {
      const t = toks[k]!;
      if (t.start < sentStart) break;
      if (k < r.at - 1 && !/^[\s\u00a0]*[«»"“”„]?[\s\u00a0]*$/u.test(text.slice(t.end, toks[k + 1]!.start))) break;
      // German "der" is an article here, a relative pronoun elsewhere: a link word first.
      if (!t.cap && !this.reg.isLinkWord(t.low) && (this.reg.c.verbRe.isWord(t.low) || this.reg.c.relativizers.has(t.low) || this.reg.c.lex.complementizers.includes(t.low))) break;
      if (isTitleWord(this.reg.c, t.low) && !isPluralRole(this.reg.c, t.low)) head = k;
    }
    if (head < 0) return null;
    // "the city's finance director, Maria Delgado": lowercase words of a lexicon title before its head.
    while (head > 0 && toks[head - 1]!.start >= sentStart && !toks[head - 1]!.cap && this.reg.c.titleParts.has(toks[head - 1]!.low) && /^[\s\u00a0]+$/u.test(text.slice(toks[head - 1]!.end, toks[head]!.start))) head--;
    // Determiners before the title, then no "según", "laut", "by": the title would be someone else's.
    let first = head;
    while (first > 0 && toks[first - 1]!.start >= sentStart && this.reg.isLinkWord(toks[first - 1]!.low) && !this.reg.c.placePrepositions.has(toks[first - 1]!.low)) first--;
    const prev = first > 0 && toks[first - 1]!.start >= sentStart ? toks[first - 1]! : null;
    // "Buteur décisif, Karim Haddad a dédié …": a title opening the sentence needs no comma after the name; nor does one
    // stacked before a nearer title ("бөлімінің бастығы, подполковник Ерлан Жұмабаев өрттің …").
    if (!closed && prev && !stacked) return null;
    // "Según el concejal, Morales …" names two people; "Según el director del festival, Javier Rojas, …" one.
    if (!closed || r.evidence !== 'internal') {
      if (prev && this.reg.c.placePrepositions.has(prev.low)) return null;
      const opener = toks[first]!.start;
      for (const h of this.reg.c.accordingBeforeRe?.allIn(this.reg.doc.words, sentStart, opener) ?? []) if (/^[\s\u00a0]*$/u.test(text.slice(h.index + h[0].length, opener))) return null;
    }
    // "Өрт сөндіру бөлімінің бастығы, …": the organisation owning the title in the genitive before it.
    head = this.possessorBefore(b, head, sentStart);
    let roleEnd = toks[r.at - 1]!.end;
    if (/^[\s\u00a0]*[»"”“]/u.test(text.slice(roleEnd, r.start))) roleEnd = text.indexOf(',', roleEnd);
    const role = text.slice(toks[head]!.start, roleEnd).replace(/[\s\u00a0]+/g, ' ');
    return [{ text: role, sentenceInitial: toks[head]!.sentStart }];
  }

  /**
   * A title apposition set off by a comma before the title phrase (starting at `roleStart`) that stands right before the
   * name: "El director del hospital, el doctor Juan Pérez", "бөлімінің бастығы, подполковник Ерлан Жұмабаев". Languages
   * without role phrases (Russian stacks roles in rolesBefore); the earlier title must pass roleBeforeApposition's checks.
   */
  private stackedApposition(b: Block, r: Run, roleStart: number): Array<{ text: string; sentenceInitial: boolean }> | null {
    const toks = b.tokens;
    let a = toks.findIndex((t) => t.start === roleStart);
    if (a < 0) return null;
    // The article of the nearer title ("le professeur").
    while (a > 0 && !toks[a - 1]!.cap && (this.reg.c.lex.names.definiteArticles ?? []).includes(toks[a - 1]!.low) && /^[\s\u00a0]+$/u.test(this.reg.doc.text.slice(toks[a - 1]!.end, toks[a]!.start))) a--;
    if (a < 2 || !/^[\s\u00a0]*,[\s\u00a0]+$/u.test(this.reg.doc.text.slice(toks[a - 1]!.end, toks[a]!.start))) return null;
    return this.roleBeforeApposition(b, { ...r, at: a, start: toks[a]!.start }, true);
  }

  /** Whether another name follows this one in a list ("Юрий Царёв, Алексей Борисов"). */
  private startsList(b: Block, r: Run): boolean {
    const runs = this.namedRuns(b);
    const i = this.namedRunIndex.get(r) ?? -1;
    const next = i >= 0 ? runs[i + 1] : undefined;
    return !!next && (!!next.evidence || next.personId >= 0) && this.listGap(r.end, next.start);
  }

  private readonly namedRunCache = new Map<number, Run[]>();
  /** Where each run stands in its block's `namedRuns`: neighbours in a list without a scan of the paragraph. */
  private readonly namedRunIndex = new Map<Run, number>();

  /** Runs of a block that are names (evidence or a known person), once per block: "Метро" in brackets is not. */
  private namedRuns(b: Block): Run[] {
    let list = this.namedRunCache.get(b.index);
    if (!list) {
      list = (this.reg.runsByBlock.get(b.index) ?? []).filter((x) => x.evidence || x.personId >= 0);
      list.forEach((x, i) => this.namedRunIndex.set(x, i));
      this.namedRunCache.set(b.index, list);
    }
    return list;
  }

  /** Text between two names of a list: a comma or "и", after an optional remark in brackets ("Юрий Царёв (проект «Метро»), Алексей Борисов"). */
  private listGap(from: number, to: number): boolean {
    if (to - from > MAX_LIST_GAP) return false;
    let gap = this.reg.doc.text.slice(from, to).replace(BRACKET_REMARK_RE, '');
    // "Михаил Павлов из Москвы, Василий Авченко из Владивостока": where each comes from, a preposition and a place.
    const place = PLACE_REMARK_RE.exec(gap);
    if (place && this.reg.c.placePrepositions.has(lower(place[1]!))) gap = gap.slice(place[0].length);
    return this.reg.c.morph.nameListGapRe.test(gap);
  }

  /** A title phrase ending right before token `at` (position `start`), no clause punctuation between. */
  /**
   * Whether run r is an inflected form of a name its person also has in the base form ("Клишаса"
   * after "Андрей Клишас"): then a nominative role before it governs it ("первый заместитель Клишаса").
   */
  private obliqueForm(r: Run): boolean {
    const p = this.reg.persons[r.personId];
    if (!p || !this.reg.phrased) return false;
    const low = r.tokens[r.tokens.length - 1]!.low;
    for (const e of this.reg.c.morph.table.names.obliqueEndings) if (low.length > e.length + 2 && low.endsWith(e) && p.lastWords.has(low.slice(0, -e.length))) return true;
    return false;
  }

  private roleBefore(b: Block, at: number, start: number, number: 'singular' | 'plural' | 'any', oblique = false): Array<{ text: string; sentenceInitial: boolean }> | null {
    const toks = b.tokens;
    const sentStart = sentenceOf(b, start)?.start ?? b.start;
    const reach = this.reg.phrased ? PHRASED_TITLE_REACH : TITLE_REACH;
    // A quoted organisation may stand inside the role ("главред радио «Эхо Москвы» Алексей Венедиктов"):
    // its marks are blanked out (same length) so a token inside the quote does not see a lone "»" after it.
    const lookFrom = Math.max(sentStart, toks[Math.max(0, at - reach)]!.start);
    const stretch = this.reg.doc.text.slice(lookFrom, start);
    const masked = stretch.replace(QUOTED_NAME_RE, (q) => ' '.repeat(q.length));
    for (let k = at - 1; k >= Math.max(0, at - reach); k--) {
      const t = toks[k]!;
      if (t.start < sentStart) break;
      const unquoted = masked.slice(Math.max(0, t.end - lookFrom));
      if (/[,;:!?()«»"“”„—–]/u.test(unquoted) || /\s[-–—]\s/.test(unquoted)) break;
      const dotted = this.reg.doc.text[t.end] === '.' ? t.low + '.' : t.low;
      // Right before the name, a noun with an occupation ending is a role too ("ультрамарафонец", "видеоблогер").
      const adjacentRole = this.reg.phrased && k === at - 1 && (!t.cap || t.sentStart) && roleHeadKind(this.reg.c, t.low) === 1;
      if (isTitleWord(this.reg.c, t.low) || isTitleWord(this.reg.c, dotted) || adjacentRole || this.reg.titleEndsAt(b, t)) {
        // "главный врач Тамбовского диспансера", "председатель кабинета министров Испании": the word nearest the name may be
        // the complement of a role phrase opening further back, whose head is then the role's.
        const hk = this.reg.phrased ? this.widerHead(b, k, at, sentStart) : k;
        const h = toks[hk]!;
        // Only a plural role is shared by a list of names ("музыканты A, B и C"); before one name it
        // names other people ("адвокаты Кристенсена").
        if (number === 'plural' && !listPluralBase(this.reg.c, h.low)) return null;
        const oneOf = this.reg.phrased && isPluralRole(this.reg.c, h.low) && this.oneOfBefore(b, hk) >= 0;
        if (number === 'singular' && this.reg.phrased && isPluralRole(this.reg.c, h.low) && !oneOf) return null;
        let a = hk;
        // Capitalised modifiers before the title ("Transportation Secretary", "Hillary Clinton's campaign manager"),
        // but not a sentence-opening verb before a lowercase title ("Скончался академик").
        const capModifiers = !this.reg.phrased || h.cap;
        // Not the outlet the speech was told to ("řekla Deníku starostka").
        while (capModifiers && a > 0 && toks[a - 1]!.cap && toks[a - 1]!.start >= sentStart && !this.reg.c.nonNames.has(toks[a - 1]!.low) && /^[\s\u00a0]$/.test(this.reg.doc.text.slice(toks[a - 1]!.end, toks[a]!.start)) && !this.audienceAt(b, a - 1)) a--;
        while (a > 0 && /^[\s\u00a0]$/.test(this.reg.doc.text.slice(toks[a - 1]!.end, toks[a]!.start)) && this.reg.titleStartsAt(b, toks[a - 1]!, h)) a--;
        if (!this.reg.phrased) {
          // "náměstek primátorky pro dopravu": a title governing the next one belongs to the role; "Заступниця міського
          // голови": also past the adjectives of the governed one.
          for (;;) {
            const joined = (j: number) => j >= 0 && toks[j]!.start >= sentStart && /^[\s\u00a0]+$/u.test(this.reg.doc.text.slice(toks[j]!.end, toks[j + 1]!.start));
            let g = a - 1;
            while (g >= 0 && a - 1 - g < MAX_MODIFIERS_BEFORE && joined(g) && !toks[g]!.cap && !isTitleWord(this.reg.c, toks[g]!.low) && endsWithAny(toks[g]!.low, this.reg.c.adjectiveLike, 2)) g--;
            if (joined(g) && (!toks[g]!.cap || toks[g]!.sentStart) && isTitleWord(this.reg.c, toks[g]!.low)) a = g;
            else break;
          }
          a = this.possessorBefore(b, a, sentStart);
          return [{ text: this.reg.doc.text.slice(toks[a]!.start, start), sentenceInitial: toks[a]!.sentStart }];
        }
        // Modifiers and coordinated roles stay inside the sentence: walk back a few tokens, never the whole block.
        let firstTok = hk;
        while (firstTok > 0 && hk - firstTok < COORDINATION_REACH && toks[firstTok - 1]!.start >= sentStart) firstTok--;
        const isName = (j: number) => this.reg.isNameToken(b, j);
        const phrase = phraseAround(this.reg.c, this.reg.doc.text, toks, hk, firstTok, at, isName);
        // "первый заместитель Клишаса": a role in the base form before an inflected name is someone else's.
        if (oblique && phrase.last === at - 1 && roleCase(this.reg.c, h.low) === 'nom') return null;
        // The role must reach the name, but for words about the person ("30-летнего"): "министр встретился с Ивановым" gives Иванов no role.
        if (!this.reg.bridgesToName(b, phrase.last + 1, at)) return null;
        const from = Math.min(toks[a]!.start, phrase.start);
        let text = from < phrase.start ? this.reg.doc.text.slice(from, phrase.end) : phrase.text;
        // "один из командиров ополчения ДНР Арсен Павлов": one of the plural is this person's role, in the singular.
        if (oneOf) text = this.singular(phrase)[0] ?? text;
        // "керамиста Геннадия Фисуна": an occupation noun alone in an oblique case, in its base form.
        if (phrase.first === phrase.last && roleHeadKind(this.reg.c, h.low) === 1) text = occupationBase(this.reg.c, h.low);
        // "Писатель, поэт и журналист Дмитрий Быков": every coordinated role is the person's.
        const more = rolesBefore(this.reg.c, this.reg.doc.text, toks, phrase, firstTok, isName).map((x) => ({ text: x.text, sentenceInitial: false }));
        return [{ text, sentenceInitial: from < phrase.start && toks[a]!.sentStart }, ...more];
      }
      if (t.cap && k < at - 1 && t.sentStart) break;
    }
    return null;
  }

  /**
   * Whether token j is whom a speech was told to, not a modifier of the title after it: a known outlet in an oblique
   * case ("řekla Deníku starostka", "Tengrinews-ке әкім"), or, right after a told cue of the lexicon ("řekla", "uvedl
   * pro", "told"), a known outlet in any form or a capitalised word with an outlet's case ending that is no adjective
   * and no possessor ("розповіла Вектору мерка"); "said Transportation Secretary" keeps its modifier.
   */
  audienceAt(b: Block, j: number): boolean {
    const c = this.reg.c;
    const text = this.reg.doc.text;
    const t = b.tokens[j]!;
    const rest = text.slice(t.start, b.end);
    if (obliqueOutletLengthAt(c, rest) > 0) return true;
    if (!this.afterTold(b, j)) return false;
    if (outletLengthAt(rest) > 0) return true;
    const endings = c.lex.sourceCues.nameEndings ?? [];
    const possessor = c.morph.table.roles.possessorEndings ?? [];
    return endsWithAny(t.low, endings, 2) !== null && endsWithAny(t.low, c.adjectiveLike, 2) === null && endsWithAny(t.low, possessor, 2) === null;
  }

  /** Whether a told cue of the lexicon ends right before token j ("řekla", "uvedl pro", "told"). */
  afterTold(b: Block, j: number): boolean {
    const re = this.reg.c.toldRe;
    const toks = b.tokens;
    if (!re || j === 0 || toks[j - 1]!.cap || !/^[\s\u00a0]+$/u.test(this.reg.doc.text.slice(toks[j - 1]!.end, toks[j]!.start))) return false;
    for (let i = j - 1; i >= Math.max(0, j - TOLD_WORDS); i--) {
      const hit = re.at(this.reg.doc.words, toks[i]!.start, toks[j - 1]!.end);
      if (hit && hit.index + hit[0].length === toks[j - 1]!.end) return true;
    }
    return false;
  }

  /** The head of the longest lexicon role phrase (in the sentence) that ends where the phrase of the title at token k ends, or k. */
  private widerHead(b: Block, k: number, at: number, sentStart: number): number {
    const toks = b.tokens;

    let from = k;
    while (from > 0 && k - from < COORDINATION_REACH && toks[from - 1]!.start >= sentStart) from--;
    const isName = (j: number) => this.reg.isNameToken(b, j);
    const near = phraseAround(this.reg.c, this.reg.doc.text, toks, k, from, at, isName);
    const wider = earliestRoleEndingAt(this.reg.c, this.reg.doc.text, toks, near.last, from, isName);
    if (wider?.head === undefined || wider.head >= k || wider.first > near.first) return k;
    // "посол Франции генерал Антуан Дюпон": a role in the base form nearest the name is stacked, not a complement.
    if (roleHeadKind(this.reg.c, toks[k]!.low) === 2 && roleCase(this.reg.c, toks[k]!.low) === 'nom') return k;
    // "поэт и журналист": coordinated roles stay apart (rolesBefore).
    for (let j = wider.head + 1; j < k; j++) if (this.reg.c.morph.conjunctions.has(toks[j]!.low)) return k;
    return wider.head;
  }

  /**
   * The organisation owning a title, before it in the genitive (languages whose morphology lists
   * possessor endings): "Алматы облысының әкімі", "Денсаулық сақтау министрлігінің басшысы". Returns the
   * token the role starts at: the possessor, the lowercase words of its name and the capitalised words
   * opening it, never past punctuation or the sentence start.
   */
  private possessorBefore(b: Block, a: number, sentStart: number): number {
    const endings = this.reg.c.morph.table.roles.possessorEndings ?? [];
    if (endings.length === 0) return a;
    const toks = b.tokens;
    const text = this.reg.doc.text;
    const joined = (k: number) => k >= 0 && toks[k]!.start >= sentStart && /^[\s\u00a0]+$/u.test(text.slice(toks[k]!.end, toks[k + 1]!.start));
    const possessor = (k: number) => endings.some((e) => toks[k]!.low.length > e.length + 2 && toks[k]!.low.endsWith(e));
    let first = a;
    // The title phrase may open with its possessor already ("облысының әкімі" of "облыс әкімі").
    let k = possessor(a) ? a : a - 1;
    while ((k === a || joined(k)) && possessor(k) && !this.reg.isNameToken(b, k)) {
      first = k;
      // "Денсаулық сақтау министрлігінің": lowercase words of the name, if a capitalised word opens it.
      let j = k - 1;
      let lowers = 0;
      while (joined(j) && !toks[j]!.cap && !possessor(j) && lowers < MAX_POSSESSOR_LOWERS) j--, lowers++;
      if (lowers > 0 && !(joined(j) && toks[j]!.cap)) break;
      first = j + 1;
      k = j;
      // "Қазақстан Республикасы …": the capitalised words opening the name.
      while (joined(k) && toks[k]!.cap && !this.reg.isNameToken(b, k)) first = k--;
    }
    return first;
  }

  /** A ", title …," apposition after the name. */
  private roleAfter(b: Block, r: Run): Array<{ text: string; sentenceInitial: boolean }> | null {
    const toks = b.tokens;
    // "Скотт Хоровитц (Scott Horowitz), бывший астронавт": the apposition comes after a remark in brackets.
    const remark = this.reg.phrased ? (BRACKET_REMARK_RE.exec(this.reg.doc.text.slice(r.end, Math.min(b.end, r.end + MAX_LIST_GAP)))?.[0].length ?? 0) : 0;
    // "Mary Cole, 81, a retired nurse", "Sophie Roux, 45 ans, mère de …", "María Ruiz, de 45 años, vecina de …": the age
    // between two commas, the apposition after it.
    const aged = remark ? 0 : (AGE_BEFORE_APPOSITION_RE.exec(this.reg.doc.text.slice(r.end, Math.min(b.end, r.end + MAX_AGE_SEGMENT)))?.[1]?.length ?? 0);
    const end0 = r.end + remark + aged;
    // "Йоахим Лёв (второй тренер)": the remark itself may be the role.
    const inBrackets = remark ? this.roleInBrackets(b, r, end0) : null;
    if (inBrackets) return [inBrackets];
    const after = this.reg.doc.text.slice(end0, Math.min(b.end, end0 + 3));
    // ", глава компании X," and, in lists and headlines, "Кирилл Разлогов - директор института".
    const dashed = this.reg.phrased && /^[\s\u00a0][-–—][\s\u00a0]/u.test(after);
    if (!/^,\s/.test(after) && !dashed) return null;
    let k = r.at + r.tokens.length;
    while ((remark || aged) && k < toks.length && toks[k]!.start < end0) k++;
    const first = k;
    const stop = Math.min(toks.length, k + APPOSITION_REACH);
    let titleAt = -1;
    // "— известный советский и российский актёр": coordinated adjectives widen the reach by their conjunction.
    let reach = 4;
    for (; k < stop; k++) {
      const t = toks[k]!;
      const between = this.reg.doc.text.slice(end0 + (dashed ? 2 : 1), t.start);
      if (/[;:!?()«»"“”]|,\s/.test(between.slice(1)) || t.start >= (sentenceOf(b, r.end)?.end ?? b.end)) break;
      // German "der", "die" are articles as well as relative pronouns: before a title ("Markus Reiter, der Trainer des FC …")
      // or, once the title is found, before a noun ("Chef der Gewerkschaft") they open no relative clause.
      if (this.reg.c.relativizers.has(t.low) && !this.articleBefore(toks, k, titleAt >= 0)) break;
      // A one-word title, or a lexicon phrase opening there ("ama de casa").
      if (k >= first + 2 && coordinatedAdjectives(this.reg.c, this.reg.doc.text, toks, k - 2, k)) reach++;
      if (titleAt < 0 && k < first + reach && (isTitleWord(this.reg.c, t.low) || (!this.reg.phrased && (this.reg.c.roleRe.at(this.reg.doc.words, t.start) ?? this.reg.c.titleRe.at(this.reg.doc.words, t.start))?.index === t.start))) titleAt = k;
    }
    if (titleAt < 0) return null;
    const startTok = toks[first]!;
    if (this.reg.phrased) {
      // ", представители Госдумы," after one name speaks of other people, ", один из основателей компании," of this one.
      const oneOfAt = isPluralRole(this.reg.c, toks[titleAt]!.low) ? this.oneOfBefore(b, titleAt) : -1;
      if (isPluralRole(this.reg.c, toks[titleAt]!.low) && oneOfAt !== first) return null;
      const isName = (j: number) => this.reg.isNameToken(b, j);
      const phrase = phraseAround(this.reg.c, this.reg.doc.text, toks, titleAt, first, k, isName);
      // "Башимов, выступая перед журналистами,": a role word deeper in a clause is not an apposition.
      if (oneOfAt < 0 && phrase.first !== first && toks.slice(first, phrase.first).some((t) => isVerbLike(this.reg.c, t.low) || this.reg.c.nonNames.has(t.low) || this.reg.c.placePrepositions.has(t.low))) return null;
      // "Алсу, внучка бывшего вице-президента Лукойла": a genitive role after another noun is that noun's complement, someone else's role.
      if (oneOfAt < 0 && phrase.first !== first && roleCase(this.reg.c, toks[titleAt]!.low) === 'gen') return null;
      if (oneOfAt >= 0) return this.singular(phrase).slice(0, 1).map((text) => ({ text, sentenceInitial: false }));
      // "Владимир Квачков — полковник ГРУ в отставке, воин-интернационалист.": after a dash the roles run on past commas to the sentence end.
      const to = dashed ? Math.max(k, lowerBound(toks, sentenceOf(b, r.end)?.end ?? b.end, (x) => x.start)) : k;
      const roles = [phrase, ...rolesAfter(this.reg.c, this.reg.doc.text, toks, phrase, to, isName)];
      // "Михаил Вельмакин, известный правозащитник Лев Пономарев", "…, продюсер и актер Игорь Жижикин": the apposition is the next name's role.
      const last = roles[roles.length - 1]!;
      const after = toks[last.last + 1];
      // A person named earlier is who the role is about ("Людмила Бокова, первый заместитель Клишаса").
      if (after && isName(last.last + 1) && /^[\s\u00a0]+$/u.test(this.reg.doc.text.slice(last.end, after.start)) && !this.reg.namedBefore(b, after, r.start)) return null;
      return roles.map((x) => ({ text: x.text, sentenceInitial: false }));
    }
    let end = toks[k - 1]!.end;
    // Up to the clause end; the sentence end knows abbreviations ("аким г. Алматы").
    const sentEnd = sentenceOf(b, startTok.start)?.end ?? b.end;
    const tail = /^[^,;:!?()«»"“”]*?(?=[,;:!?()«»"“”]|\s[-–—]\s|$)/u.exec(this.reg.doc.text.slice(startTok.start, sentEnd));
    if (tail) end = Math.min(end, startTok.start + tail[0].length);
    if (end > startTok.start) return [{ text: trimRole(this.reg.c, this.reg.doc.text.slice(startTok.start, end).replace(/\.$/, '')), sentenceInitial: false }];
    return null;
  }

  /**
   * Whether the relative-pronoun-shaped word at token k is a definite article: the next word is a title, or, where every noun
   * is capitalised, a noun inside a role already found (no comma before it: a relative clause would need one).
   */
  private articleBefore(toks: readonly Token[], k: number, inRole: boolean): boolean {
    const c = this.reg.c;
    const next = toks[k + 1];
    if (!next || !(c.lex.names.definiteArticles ?? []).includes(toks[k]!.low)) return false;
    if (!/^[\s\u00a0]+$/u.test(this.reg.doc.text.slice(toks[k]!.end, next.start))) return false;
    return isTitleWord(c, next.low) || (inRole && c.lex.capitalisedNouns && next.cap);
  }

  /**
   * A role phrase filling a bracket right after the name ("Андреас Кёпке (тренер вратарей)"): the
   * head among the first words, nothing after the phrase but the closing bracket.
   */
  private roleInBrackets(b: Block, r: Run, close: number): { text: string; sentenceInitial: boolean } | null {
    const toks = b.tokens;
    const first = r.at + r.tokens.length;
    if (this.reg.doc.text.slice(r.end, toks[first]?.start ?? r.end).trim() !== '(') return null;
    let last = first;
    while (last + 1 < toks.length && toks[last + 1]!.end < close) last++;
    const isName = (j: number) => this.reg.isNameToken(b, j);
    for (let h = first; h <= Math.min(last, first + BRACKET_HEAD_REACH); h++) {
      const t = toks[h]!;
      if (t.cap || roleHeadKind(this.reg.c, t.low) !== 2) continue;
      if (isPluralRole(this.reg.c, t.low)) return null;
      const phrase = phraseAround(this.reg.c, this.reg.doc.text, toks, h, first, last + 1, isName);
      if (phrase.first !== first || phrase.last !== last) return null;
      return { text: phrase.text, sentenceInitial: false };
    }
    return null;
  }

  /** Whether the name starting at token t belongs to a person already named before position pos. */
}
