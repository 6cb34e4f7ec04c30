/**
 * Role phrases: the words that say what a person does ("пианист", "послом Японии", "заместителя
 * председателя комитета Совета Федерации по экономической политике"). A role is a head word (a
 * lexicon title or role, or, right before a name, a noun with an occupation ending such as -ист,
 * -тель) with its adjectives before it and its genitive/adjectival complements after it
 * (organisations, places), stopping at punctuation, verbs, function words, numbers and names.
 * Works on word tokens of the article or of a short string; the data is in the lexicon
 * (`titles`, `roles`, `rolePhrases`), so the rules stay the same for every language.
 */
import type { Compiled } from './compile';
import { lexiconMemo, phraseRe, wordMemo } from './compile';
import type { Phrases, Tokens } from './phrases';
import type { Token } from './text';
import { lower } from './words';

/** Most complement words after a head ("председателя комитета Совета Федерации по экономической политике" has 7). */
const MAX_TAIL = 8;
/** Adjectives and governing role nouns before a head ("бывший главный тренер", "заместителя председателя"). */
const MAX_MODIFIERS = 3;
/** Hyphen parts shorter than this are prefixes, not role words ("экс-", "вице-" are whole entries anyway). */
const MIN_HYPHEN_PART = 4;
/** Stem letters an occupation ending needs before it ("пианист", not "лист"). */
const MIN_SUFFIX_STEM = 3;
/** Letters before the title ending a closed compound ("Bahn|chef"), and of the title itself ("chef"). */
const MIN_COMPOUND_STEM = 3;
const MIN_COMPOUND_TITLE = 4;
/** Gap between two words of one phrase: spaces, maybe an opening or closing quote mark, or a hyphen. */
const PHRASE_GAP_RE = /^(?:[»"”“]?[\s\u00a0]+[«"„“]?|-)$/u;
/** Words of circumstance between a name and its role predicate ("в молодости", "долгое время", "с 1975 года"). */
const MAX_SUBJECT_GAP = 4;
/** Words that may follow a role predicate before its noun ("стал также первым", "стал самым молодым британским премьером"). */
const MAX_PREDICATE_GAP = 3;
/** A range of years inside a circumstance ("в 2010—2011 годах"): a dash between two numbers. */
const NUMBER_RANGE_GAP_RE = /^[\s ]*[-‑–—][\s ]*$/u;
/** A word with a digit ends a role ("в 1988—1998 годах"). */
const DIGIT_RE = /\p{N}/u;
/** An ordinal adjective in digits ("7-го созыва", "1-го класса"): part of a rank or a body's name, not a date. */
const ORDINAL_RE = /^\p{N}+-\p{L}{1,3}$/u;
/** The gap before a number that follows "№". */
const NUMBER_SIGN_GAP_RE = /^[\s\u00a0]+№[\s\u00a0]*$/u;
/** A bracket holding an abbreviation or a capitalised name only ("(МОК)", "(Human Rights Foundation)"). */
const BRACKETED_NAME_RE = /^\((?:[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*)(?:[\s\u00a0]+[\p{Lu}\p{N}&][\p{L}\p{N}.&'’-]*)*\)/u;
const MAX_BRACKETED = 60;

const WORD_RE = /[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*/gu;

export interface RoleSpan {
  start: number;
  end: number;
  text: string;
  /** Token indices of the first and last word. */
  first: number;
  last: number;
  /** Token index of the head word. */
  head?: number;
}

interface RoleData {
  suffixes: string[];
  notRoles: Set<string>;
  verbs: Phrases | null;
  joins: Set<string>;
  verbEndings: string[];
  speechVerbs: Set<string>;
  /** Lexicon titles and roles as written (base forms). */
  bases: Set<string>;
  /** Words opening the circumstances of a speech: a role ends before them ("депутат | журналистам после заседания"). */
  stops: Set<string>;
}

/** The role data of a compiled lexicon, built once. */
const data = lexiconMemo((c: Compiled): RoleData => {
  const rp = c.lex.rolePhrases;
  return {
    suffixes: [...(rp?.suffixes ?? [])].sort((a, b) => b.length - a.length),
    notRoles: new Set([...(rp?.notRoles ?? []), ...(c.lex.notTitles ?? [])]),
    verbs: phraseRe(rp?.verbs ?? []),
    joins: new Set(rp?.joins ?? []),
    verbEndings: rp?.verbEndings ?? [],
    speechVerbs: new Set(c.lex.speechVerbs.filter((v) => !v.includes(' '))),
    bases: new Set([...c.lex.titles, ...c.lex.roles]),
    stops: new Set(c.lex.roleStops ?? []),
  };
});

/** A word the lexicon rules out as a role ("налог", Czech "starosti"), whatever it looks like. */
export function isNotRole(c: Compiled, low: string): boolean {
  return data(c).notRoles.has(low);
}

function lexiconWord(c: Compiled, low: string): boolean {
  return c.titleRe.isWord(low) || c.roleRe.isWord(low);
}

/**
 * 2 = a title or role of the lexicon (also as the last part of a hyphenated word, or after "зам"),
 * 1 = a noun with an occupation ending, 0 = not a role word.
 */
export const roleHeadKind = wordMemo((c: Compiled, low: string): 0 | 1 | 2 => {
  // "l'entraîneuse": an elided article glued to the title.
  const elided = /^([\p{L}]{1,2}['’])(\p{L}.*)$/u.exec(low);
  if (elided && c.lex.names.definiteArticles?.some((a) => a.replace(/’/g, "'") === elided[1]!.replace(/’/g, "'"))) return roleHeadKind(c, elided[2]!);
  let kind: 0 | 1 | 2 = 0;
  const d = data(c);
  const parts = low.split('-');
  const last = parts[parts.length - 1]!;
  if (d.notRoles.has(low)) kind = 0;
  else if (lexiconWord(c, low)) kind = 2;
  else if (parts.length > 1 && last.length >= MIN_HYPHEN_PART && lexiconWord(c, last)) kind = 2;
  // "врач-реаниматолог", "воин-интернационалист": the first part may be the head too.
  else if (parts.length > 1 && parts[0]!.length >= MIN_HYPHEN_PART && lexiconWord(c, parts[0]!)) kind = 2;
  else if (c.lex.compoundTitles && compoundTitle(c, low)) kind = 2;
  // "командующего", "ведущего", "нападающему": a noun declined as an adjective, its base form in the lexicon.
  else if (lexiconAdjectiveNoun(c, low)) kind = 2;
  else if (c.morph.table.roles.deputyPrefixes.some((x) => low.startsWith(x) && low.length > x.length + MIN_HYPHEN_PART && lexiconWord(c, low.slice(x.length)))) kind = 2;
  // "киноактёр", "нейрохирург": a compounding prefix before a lexicon role.
  else if (c.morph.table.roles.compoundPrefixes?.some((x) => low.startsWith(x) && low.length > x.length + MIN_HYPHEN_PART && lexiconWord(c, low.slice(x.length)))) kind = 2;
  else if (!d.notRoles.has(low)) {
    for (const core of coresOf(c, last)) {
      if (d.notRoles.has(core)) break;
      if (d.suffixes.some((s) => core.length - s.length >= MIN_SUFFIX_STEM && core.endsWith(s))) {
        kind = 1;
        break;
      }
    }
  }
  return kind;
});

/** Whether an oblique adjective form has a lexicon title or role as its base ("командующего" → "командующий"). */
function lexiconAdjectiveNoun(c: Compiled, low: string): boolean {
  for (const [from, to] of c.morph.table.roles.adjectiveBase ?? []) {
    if (low.length - from.length >= MIN_SUFFIX_STEM && low.endsWith(from)) return lexiconWord(c, low.slice(0, low.length - from.length) + to) && data(c).bases.has(low.slice(0, low.length - from.length) + to);
  }
  return false;
}

/** A closed compound ending in a lexicon title or role ("kulturminister", "vorstandschef"). */
function compoundTitle(c: Compiled, low: string): boolean {
  for (let i = MIN_COMPOUND_STEM; i <= low.length - MIN_COMPOUND_TITLE; i++) if (lexiconWord(c, low.slice(i))) return true;
  return false;
}

/**
 * A plural role noun ("адвокаты", "врачи", "депутатов"): its base form is a lexicon word (endings: the morphology table). Such a
 * role before one name belongs to other people ("адвокаты Кристенсена"), unless a list of names follows.
 */
export function isPluralRole(c: Compiled, low: string): boolean {
  return pluralBase(c, low) !== null;
}

/** The lexicon base (singular) of a plural role noun ("адвокаты" → "адвокат", "актрисы" → "актриса"), or null. */
export function pluralBase(c: Compiled, low: string): string | null {
  const bases = data(c).bases;
  const base = (cut: number, add = '') => {
    const w = low.slice(0, low.length - cut) + add;
    const last = w.split('-').pop()!;
    return w.length >= MIN_SUFFIX_STEM && (bases.has(w) || bases.has(last)) ? w : null;
  };
  // The first group whose ending the word has decides (the morphology table orders them).
  for (const g of c.morph.plural) {
    const ending = g.endings.find((e) => low.endsWith(e));
    if (ending === undefined) continue;
    for (const add of g.restore) {
      const w = base(ending.length, add);
      if (w) return w;
    }
    return null;
  }
  return null;
}

/**
 * The base of a role noun that is plural when names in a list follow it: a plural by the morphology table, or a form
 * the table keeps out of its plurals (`listPlural`: "актрисы" is a feminine genitive singular too, "музыкантами" was
 * measured out). Only a list of names after it tells the number, so only list readers ask.
 */
export function listPluralBase(c: Compiled, low: string): string | null {
  const plural = pluralBase(c, low);
  if (plural) return plural;
  const bases = data(c).bases;
  for (const g of c.morph.table.roles.listPlural ?? []) {
    const ending = g.endings.find((e) => low.endsWith(e));
    if (ending === undefined) continue;
    for (const add of g.restore) {
      const w = low.slice(0, low.length - ending.length) + add;
      if (w.length >= MIN_SUFFIX_STEM && bases.has(w)) return w;
    }
  }
  return null;
}

/** The word and the word minus each case ending. */
function coresOf(c: Compiled, low: string): string[] {
  const out = [low];
  for (const e of c.caseEndings) if (low.length - e.length >= MIN_SUFFIX_STEM && low.endsWith(e)) out.push(low.slice(0, -e.length));
  return out;
}

/**
 * A noun with an occupation ending in its base form, by the case ending it drops ("керамиста" → "керамист",
 * "кинокритиком" → "кинокритик"); the word itself when no ending leaves an occupation noun.
 */
export function occupationBase(c: Compiled, low: string): string {
  const d = data(c);
  if (c.relativizers.has(low) || c.nonNames.has(low) || isVerbLike(c, low)) return low;
  // Only the genitive and instrumental endings a man's name agrees in (the morphology table): "карьере", "которой" are no occupations.
  for (const e of Object.keys(c.morph.table.names.agreeingCases)) {
    const core = low.slice(0, low.length - e.length);
    if (!e || !low.endsWith(e) || d.notRoles.has(core)) continue;
    if (d.suffixes.some((s) => core.length - s.length >= MIN_SUFFIX_STEM && core.endsWith(s)) && roleCase(c, core) === 'nom') return core;
  }
  return low;
}

/** One word of a role predicate ("назначен", "занимал"). */
export function isRoleVerb(c: Compiled, low: string): boolean {
  return !!data(c).verbs?.isWord(low);
}

/** A verb form: a speech verb, a role predicate, or a verb ending. */
export function isVerbLike(c: Compiled, low: string): boolean {
  const d = data(c);
  if (d.joins.has(low)) return false;
  if (d.speechVerbs.has(low) || d.verbs?.isWord(low)) return true;
  return d.verbEndings.some((e) => low.length - e.length >= MIN_SUFFIX_STEM && low.endsWith(e));
}

function adjectiveLike(c: Compiled, low: string): boolean {
  return c.adjectiveLike.some((e) => low.length - e.length >= MIN_SUFFIX_STEM && low.endsWith(e));
}

/** Letters two coordinated adjectives share at their end: the same case, number and gender ("-ский и -ский"). */
const AGREEING_ENDING = 2;

/**
 * Whether tokens i and j (= i + 2) are adjectives joined by a list conjunction between them ("советский и
 * российский"), with the same ending: agreeing modifiers of one noun, not a new phrase.
 */
export function coordinatedAdjectives(c: Compiled, text: string, toks: readonly Token[], i: number, j: number): boolean {
  const x = toks[i];
  const and = toks[i + 1];
  const y = toks[j];
  if (!x || !and || !y || j !== i + 2 || !c.morph.conjunctions.has(and.low)) return false;
  if (!/^[\s\u00a0]+$/u.test(text.slice(x.end, and.start)) || !/^[\s\u00a0]+$/u.test(text.slice(and.end, y.start))) return false;
  const adjective = (t: Token) => (!t.cap || t.sentStart) && adjectiveLike(c, t.low) && !stopWord(c, t.low) && roleHeadKind(c, t.low) === 0;
  return adjective(x) && adjective(y) && x.low.length > AGREEING_ENDING && x.low.slice(-AGREEING_ENDING) === y.low.slice(-AGREEING_ENDING);
}

/** A word that may not stand inside a role: function words, relative pronouns, verbs. */
function stopWord(c: Compiled, low: string): boolean {
  if (data(c).joins.has(low)) return false;
  return c.nonNames.has(low) || c.relativizers.has(low) || c.placePrepositions.has(low) || isVerbLike(c, low);
}

/**
 * The role phrase headed by token h: adjectives before it (not before `from`), complements after
 * it up to (not including) token `to`, never a token for which `isName` says yes.
 */
export function phraseAround(c: Compiled, text: string, toks: readonly Token[], h: number, from: number, to: number, isName: (k: number) => boolean): RoleSpan {
  let a = h;
  for (let n = 0; n < MAX_MODIFIERS && a - 1 >= from; n++) {
    const t = toks[a - 1]!;
    if (!/^[\s\u00a0]+$/u.test(text.slice(t.end, toks[a]!.start))) break;
    if ((t.cap && !t.sentStart) || isName(a - 1)) break;
    // "советский и российский футболист": adjectives joined by a conjunction, agreeing in their ending.
    if (a < h && a - 2 >= from && coordinatedAdjectives(c, text, toks, a - 2, a)) {
      a -= 2;
      continue;
    }
    if (roleHeadKind(c, t.low) !== 2 && (!adjectiveLike(c, t.low) || stopWord(c, t.low))) break;
    a--;
  }
  let z = h;
  /** Where a bracketed name inside the phrase closes ("комитета (МОК)"): the gap after it may open with its bracket. */
  let bracketClose = -1;
  for (let j = h + 1; j < to && j - h <= MAX_TAIL; j++) {
    const t = toks[j]!;
    const gap = text.slice(toks[j - 1]!.end, t.start);
    // "аким г. Алматы": an abbreviation's dot stays inside the phrase.
    const abbreviated = /^\.[\s\u00a0]+$/u.test(gap) && c.abbreviations.has(toks[j - 1]!.low + '.');
    // "директора школы № 1 Махачкалы": a number after "№" names the organisation.
    const numbered = NUMBER_SIGN_GAP_RE.test(gap) && /^\p{N}+$/u.test(t.raw);
    const afterBracket = bracketClose === toks[j - 1]!.end && /^\)[\s\u00a0]+$/u.test(gap);
    // "президент Международного олимпийского комитета (МОК) Томас Бах": an abbreviation or a name in brackets is the complement's.
    const bracket = /^[\s\u00a0]+\($/u.test(gap) ? BRACKETED_NAME_RE.exec(text.slice(t.start - 1, t.start + MAX_BRACKETED)) : null;
    if (bracket) {
      const close = t.start - 1 + bracket[0].length;
      let k = j;
      while (k + 1 < to && toks[k + 1]!.end < close) k++;
      if (toks[k]!.end !== close - 1 || k - h > MAX_TAIL) break;
      z = j = k;
      bracketClose = close;
      continue;
    }
    if (!PHRASE_GAP_RE.test(gap) && !abbreviated && !numbered && !afterBracket) break;
    if ((DIGIT_RE.test(t.raw) && !numbered && !ORDINAL_RE.test(t.raw)) || isName(j) || data(c).stops.has(t.low)) break;
    // "директором и первым ректором": a conjunction before another role opens a coordinated role (rolesAfter), not a complement.
    if (!t.cap && c.morph.conjunctions.has(t.low) && coordinatedRoleAt(c, text, toks, j + 1, to, toks[h]!.low)) break;
    // A preposition among the joins ("по") stays only when a complement follows it; a noun ("дел") stays.
    if (!t.cap && data(c).joins.has(t.low)) {
      if (!c.nonNames.has(t.low) && !c.placePrepositions.has(t.low)) z = j;
      continue;
    }
    if (!t.cap && stopWord(c, t.low)) break;
    if (t.cap && c.nonNames.has(t.low)) break;
    z = j;
  }
  let end = toks[z]!.end;
  if (bracketClose === end + 1) end++;
  // A quoted organisation keeps its closing mark ("главного редактора «Эха Москвы»").
  const opened = (text.slice(toks[a]!.start, end).match(/[«„]/gu) ?? []).length;
  const closed = (text.slice(toks[a]!.start, end).match(/[»“]/gu) ?? []).length;
  if (opened > closed && /^[»“]/u.test(text.slice(end, end + 1))) end++;
  // Straight marks open and close alike: an odd count leaves one to close ('члена правления "Газпрома"').
  else if ((text.slice(toks[a]!.start, end).match(/"/gu) ?? []).length % 2 === 1 && text[end] === '"') end++;
  let out = text.slice(toks[a]!.start, end).replace(/[\s\u00a0]+/g, ' ');
  // Sentence-initial capital on the first word is grammar, not part of the role.
  const first = toks[a]!;
  if (first.sentStart && first.raw !== first.raw.toUpperCase()) out = out[0]!.toLowerCase() + out.slice(1);
  return { start: toks[a]!.start, end, text: out, first: a, last: z, head: h };
}

/**
 * Whether a role head stands at token k, after at most MAX_MODIFIERS lowercase adjectives ("первым ректором"), before token
 * `to`, in the case of the role head `prev` when one is given ("Института этнологии и антропологии" is no second role).
 */
function coordinatedRoleAt(c: Compiled, text: string, toks: readonly Token[], k: number, to: number, prev?: string): boolean {
  for (let h = k; h < Math.min(to, k + MAX_MODIFIERS + 1); h++) {
    const t = toks[h]!;
    if (t.cap || !SPACE_GAP_RE.test(text.slice(toks[h - 1]!.end, t.start))) return false;
    if (roleHeadKind(c, t.low) === 2) return prev === undefined || sameCase(c, prev, t.low);
    if (!adjectiveLike(c, t.low) || stopWord(c, t.low)) return false;
  }
  return false;
}

/** A comma between coordinated roles ("писатель, поэт"); the conjunction "и" is a word token of its own. */
const COMMA_GAP_RE = /^[\s\u00a0]*,[\s\u00a0]*$/u;
const SPACE_GAP_RE = /^[\s\u00a0]+$/u;
/** Roles one list may coordinate. */
const MAX_COORDINATED = 4;

/** Roles coordinated after a role phrase ("министром, зампредседателя Госсовета и зампредседателя КНР"), up to token `to`. */
export function rolesAfter(c: Compiled, text: string, toks: readonly Token[], prev: RoleSpan, to: number, isName: (k: number) => boolean): RoleSpan[] {
  const out: RoleSpan[] = [];
  let last = prev.last;
  for (let n = 0; n < MAX_COORDINATED; n++) {
    let h = last + 1;
    if (h >= to) break;
    const gap = text.slice(toks[last]!.end, toks[h]!.start);
    if (COMMA_GAP_RE.test(gap) || SPACE_GAP_RE.test(gap)) {
      if (c.morph.conjunctions.has(toks[h]!.low)) h++;
      else if (!COMMA_GAP_RE.test(gap)) break;
    } else break;
    const t = toks[h];
    if (!t || h >= to || t.cap) break;
    // The next role's head, maybe after its adjectives ("директором и первым ректором").
    let head = h;
    if (roleHeadKind(c, t.low) !== 2) {
      if (!coordinatedRoleAt(c, text, toks, h, to)) break;
      while (roleHeadKind(c, toks[head]!.low) !== 2) head++;
    }
    const r = phraseAround(c, text, toks, head, h, to, isName);
    if (r.first !== h) break;
    out.push(r);
    last = r.last;
  }
  return out;
}

/** Gap after a stacked role ending in a name or a quoted name ("председатель Совета муфтиев России шейх"). */
const STACK_GAP_RE = /^[»“”"]?[\s\u00a0]+$/u;

/** A title or role exactly as the lexicon writes it (its base form). */
export function isRoleBase(c: Compiled, low: string): boolean {
  return data(c).bases.has(low);
}

/** A coarse case of a role head word ('nom', 'gen', 'dat', 'ins', 'pl' or null): its lexicon base form is a nominative. */
export function roleCase(c: Compiled, low: string): string | null {
  const last = low.split('-').pop()!;
  if (data(c).bases.has(low) || data(c).bases.has(last)) return 'nom';
  // "директоров", "депутатов": a genitive plural ends in a consonant like a base form does.
  if (pluralBase(c, low) !== null) return 'pl';
  for (const [re, name] of c.morph.caseClasses) if (re.test(last)) return name;
  return null;
}

/** Whether two role heads stand in the same case (unknown endings agree with anything). */
function sameCase(c: Compiled, a: string, b: string): boolean {
  const x = roleCase(c, a);
  const y = roleCase(c, b);
  return !x || !y || x === y;
}

/**
 * Roles coordinated or stacked before a role phrase, not before token `from`: "Писатель, поэт и
 * журналист Дмитрий Быков", "лидер Меджлиса крымско-татарского народа, народный депутат Украины
 * Мустафа Джемилев", "председатель Совета муфтиев России шейх Равиль Гайнутдин". The earlier role
 * must end right before the separator and agree in case with the later one ("По словам министра,
 * губернатор Иван Петров": "министра" is not the governor's role).
 */
export function rolesBefore(c: Compiled, text: string, toks: readonly Token[], next: RoleSpan, from: number, isName: (k: number) => boolean): RoleSpan[] {
  const out: RoleSpan[] = [];
  let first = next.first;
  let head = next.head ?? next.first;
  for (let n = 0; n < MAX_COORDINATED; n++) {
    let h = first - 1;
    if (h < from) break;
    const gap = text.slice(toks[h]!.end, toks[first]!.start);
    if (SPACE_GAP_RE.test(gap) && c.morph.conjunctions.has(toks[h]!.low)) {
      h--;
      if (h < from || !(SPACE_GAP_RE.test(text.slice(toks[h]!.end, toks[h + 1]!.start)) || COMMA_GAP_RE.test(text.slice(toks[h]!.end, toks[h + 1]!.start)))) break;
    } else if (!COMMA_GAP_RE.test(gap)) {
      // Side by side without a comma only after a proper name or a quote closing the earlier role.
      if (!STACK_GAP_RE.test(gap) || !((toks[h]!.cap && !toks[h]!.sentStart && !isName(h)) || /^[»“”"]/u.test(gap))) break;
    }
    const r = earliestRoleEndingAt(c, text, toks, h, from, isName);
    if (!r) break;
    const rHead = toks[r.head ?? r.first]!.low;
    const nextHead = toks[head]!.low;
    if (!sameCase(c, rHead, nextHead)) break;
    if (isPluralRole(c, rHead) && !isPluralRole(c, nextHead)) break;
    out.push(r);
    first = r.first;
    head = r.head ?? r.first;
  }
  return out;
}

/** The longest role phrase (not before token `from`) whose last word is token h, or null. */
export function earliestRoleEndingAt(c: Compiled, text: string, toks: readonly Token[], h: number, from: number, isName: (k: number) => boolean): RoleSpan | null {
  let found: RoleSpan | null = null;
  for (let g = h; g >= Math.max(from, h - MAX_TAIL); g--) {
    const t = toks[g]!;
    if (isName(g)) break;
    if ((t.cap && !t.sentStart) || roleHeadKind(c, t.low) !== 2) continue;
    const r = phraseAround(c, text, toks, g, from, h + 1, isName);
    if (r.last === h) found = r;
  }
  return found;
}

/**
 * A role in the predicate after a name: "X был послом Японии", "стали советниками Белого дома",
 * "занимал пост губернатора". `from` is the first token after the name, `to` the sentence end.
 */
export function predicateRole(c: Compiled, text: string, norm: string | Tokens, toks: readonly Token[], from: number, to: number, isName: (k: number) => boolean): RoleSpan | null {
  const verbs = data(c).verbs;
  if (!verbs) return null;
  // "назначил Владимира Зворыкина руководителем лаборатории": a role in the instrumental right after the
  // name is what the verb before it makes of that person.
  const first = toks[from];
  if (first && !first.cap && SPACE_GAP_RE.test(text.slice(toks[from - 1]!.end, first.start)) && roleHeadKind(c, first.low) === 2 && c.morph.instrumentalRe.test(first.low)) return phraseAround(c, text, toks, from, from, to, isName);
  // "Бен Саутхолл, который стал смотрителем острова": a relative pronoun in the base form is the name's subject.
  let start = from;
  if (first && /^,[\s\u00a0]+$/u.test(text.slice(toks[from - 1]!.end, first.start)) && c.relativizers.has(first.low) && !isObliqueAdjective(c, first.low) && from + 1 < to) start = from + 1;
  // The predicate follows the name directly or after a few words of circumstance ("Иванов ранее работал", "Ричард Бах
  // в молодости был пилотом", "Арпайо долгое время был шерифом"): lowercase words, no verb, no second subject.
  for (let k = start; k < Math.min(to, start + MAX_SUBJECT_GAP + 1); k++) {
    const t = toks[k]!;
    const gap = text.slice(toks[k - 1]!.end, t.start);
    const range = NUMBER_RANGE_GAP_RE.test(gap) && DIGIT_RE.test(t.raw) && DIGIT_RE.test(toks[k - 1]!.raw);
    if (!SPACE_GAP_RE.test(gap) && !range && !(k === start && start > from)) return null;
    const v = verbs.at(norm, t.start);
    if (!v) {
      if (t.cap || c.morph.conjunctions.has(t.low) || c.relativizers.has(t.low) || isVerbLike(c, t.low) || roleHeadKind(c, t.low) > 0) return null;
      continue;
    }
    let j = k;
    const vEnd = t.start + v[0].length;
    while (j + 1 < to && toks[j + 1]!.start < vEnd) j++;
    return roleAfterVerb(c, text, toks, j, to, isName);
  }
  return null;
}

/** The role a predicate ending at token j names ("стал самым молодым игроком НБА"), up to token `to`, or null. */
export function roleAfterVerb(c: Compiled, text: string, toks: readonly Token[], j: number, to: number, isName: (k: number) => boolean): RoleSpan | null {
  for (let h = j + 1; h < Math.min(to, j + 2 + MAX_PREDICATE_GAP); h++) {
    const w = toks[h]!;
    if (!SPACE_GAP_RE.test(text.slice(toks[h - 1]!.end, w.start)) || w.cap) return null;
    if (roleHeadKind(c, w.low) > 0) return phraseAround(c, text, toks, h, j + 1, to, isName);
    if (!adjectiveLike(c, w.low) && !c.lex.speakerGap.includes(w.low)) return null;
  }
  return null;
}

/** The last token of a role predicate ("назначен", "был избран") starting at token k, or -1. */
export function roleVerbEnd(c: Compiled, norm: string | Tokens, toks: readonly Token[], k: number): number {
  const t = toks[k];
  const v = t ? data(c).verbs?.at(norm, t.start) : null;
  if (!t || !v) return -1;
  let j = k;
  const end = t.start + v[0].length;
  while (j + 1 < toks.length && toks[j + 1]!.start < end) j++;
  return j;
}

/** Plain tokens of a short string (for role texts handed over by other finders). */
function tokensOf(s: string): Token[] {
  const out: Token[] = [];
  for (const m of s.matchAll(WORD_RE)) {
    const raw = m[0];
    const f = raw[0]!;
    out.push({ start: m.index, end: m.index + raw.length, low: lower(raw), raw, cap: f !== f.toLowerCase(), initial: false, sentStart: m.index === 0 });
  }
  return out;
}

/**
 * The role phrase inside a loose text ("Скончался основатель группы" → "основатель группы",
 * "режиссёр Георгий Данелия госпитализирован" → "режиссёр"), or null when it holds no role word.
 * `isNameWord` tells words that begin a person's name (first names, the person's own name).
 */
export function cleanRole(c: Compiled, raw: string, isNameWord: (low: string) => boolean): string | null {
  const toks = tokensOf(raw);
  const isName = (k: number) => toks[k]!.cap && isNameWord(toks[k]!.low);
  // A lexicon head first; else a noun with an occupation ending ("киновед", read right before a name).
  const need = toks.some((t) => roleHeadKind(c, t.low) === 2) ? 2 : 1;
  for (let h = 0; h < toks.length; h++) {
    const kind = roleHeadKind(c, toks[h]!.low);
    if (kind < need) continue;
    // An occupation ending alone is weak evidence: only a noun in its base form ("киновед", not "котором", "матери").
    if (kind === 1 && (roleCase(c, toks[h]!.low) !== 'nom' || c.relativizers.has(toks[h]!.low))) continue;
    const phrase = phraseAround(c, raw, toks, h, 0, toks.length, isName);
    // ... and a word alone ("киновед"), not a phrase around it ("антисемитский заговор").
    if (kind === 1 && phrase.first !== phrase.last) continue;
    // "выступая перед журналистами": a role after a preposition is someone else's (an object), not this person's.
    const prev = phrase.first > 0 ? toks[phrase.first - 1]!.low : '';
    if (prev && !data(c).joins.has(prev) && (c.placePrepositions.has(prev) || c.nonNames.has(prev))) {
      h = phrase.last;
      continue;
    }
    return dictionaryForm(c, phrase.text);
  }
  return null;
}


/** The lexicon base form of an inflected title or role word ("заступника" → "заступник", "главой" → "глава"), or null. */
const baseFormOf = wordMemo((c: Compiled, low: string): string | null => {
  const bases = data(c).bases;
  let fallback: string | null = null;
  for (const [ending, base] of c.morph.table.roles.baseRestore ?? []) {
    if (!low.endsWith(ending) || low.length - ending.length < MIN_SUFFIX_STEM) continue;
    let w = low.slice(0, low.length - ending.length) + base;
    // "послом" → "посол", "бойцом" → "боец": a vowel the base form has before its last consonant.
    if (!bases.has(w) && base === '') w = (c.morph.table.roles.fleetingVowels ?? []).map((v) => w.slice(0, -1) + v + w.slice(-1)).find((x) => bases.has(x)) ?? w;
    if (!bases.has(w)) continue;
    // The lexicon holds some oblique forms too ("посла"): a nominative-looking base wins.
    if (caseByLongestEnding(c, w) === 'nom') return w;
    fallback ??= w;
  }
  return fallback;
});

/**
 * A role in its dictionary form: a head word opening the role in an oblique case is put in its base
 * form, its complements stay as they are ("голови обласної адміністрації" → "голова обласної
 * адміністрації", "послом Японии" → "посол Японии"). Only in languages whose morphology tells cases;
 * a role opening with an adjective is left as written (the adjective would need its own form).
 */
export function dictionaryForm(c: Compiled, text: string): string {
  if (c.morph.caseClasses.length === 0 || !c.morph.table.roles.baseRestore?.length) return text;
  // "бывшего главы компании": adjectives before the head take their base form with it.
  const words = text.split(/[\s\u00a0]+/u);
  // The head: the first title word that is not an adjective ("главным" of "главным тренером" is one).
  const at = words.slice(0, MAX_MODIFIERS + 1).findIndex((w) => roleHeadKind(c, lower(w)) === 2 && (adjectiveBase(c, w) === null || lexiconAdjectiveNoun(c, lower(w))));
  if (at > 0) {
    const rest = words.slice(at).join(' ');
    const head = dictionaryForm(c, rest);
    const adjectives = words.slice(0, at).map((w) => adjectiveBase(c, w));
    return head !== rest && adjectives.every((a) => a !== null) ? `${adjectives.join(' ')} ${head}` : text;
  }
  const m = /^([\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*)(.*)$/su.exec(text);
  if (!m) return text;
  const word = m[1]!;
  const low = lower(word);
  if (roleHeadKind(c, low) !== 2 || isPluralRole(c, low)) return text;
  // "командующего войсками" → "командующий войсками": an adjectival noun takes its adjective's base form.
  if (lexiconAdjectiveNoun(c, low)) return adjectiveBase(c, word)! + m[2]!;
  const parts = low.split('-');
  const last = parts[parts.length - 1]!;
  const kind = caseByLongestEnding(c, last);
  if (kind === null || kind === 'nom') return text;
  const base = baseFormOf(c, last);
  if (!base || base === last) return text;
  const rebuilt = [...parts.slice(0, -1), base].join('-');
  // Keep the letters as written where the base form shares them: the capital, and "ё" ("актёром" → "актёр", not "актер").
  const out = [...rebuilt].map((ch, i) => (i < word.length && lower(word[i]!) === ch ? word[i]! : ch)).join('');
  return out + m[2]!;
}

/** An oblique adjective in its base form by the morphology's pairs ("первого" → "первый", "57-летнего" → "57-летний"), or null. */
function adjectiveBase(c: Compiled, word: string): string | null {
  const low = lower(word);
  if (!adjectiveLike(c, low) && !/-/u.test(low)) return null;
  for (const [from, to] of c.morph.table.roles.adjectiveBase ?? []) {
    if (low.length - from.length >= MIN_SUFFIX_STEM && low.endsWith(from)) return word.slice(0, word.length - from.length) + to;
  }
  return null;
}

/** An adjective in an oblique case by the morphology's pairs ("62-летнему", "первого"): not the base form. */
export function isObliqueAdjective(c: Compiled, low: string): boolean {
  const base = adjectiveBase(c, low);
  return base !== null && base !== low;
}

/** The case class whose ending is the longest the word has ("главой": "-ой", instrumental, over "-й"). */
const caseByLongestEnding = wordMemo((c: Compiled, low: string): string | null => {
  let best: string | null = null;
  let length = 0;
  for (const g of c.morph.table.roles.caseClasses) {
    for (const e of g.endings) if (e.length > length && low.length > e.length && low.endsWith(e)) [best, length] = [g.case, e.length];
  }
  return best;
});

/** A role without the article opening it ("l'entraîneuse" → "entraîneuse", "the mayor" → "mayor", "der Busfahrer" → "Busfahrer"). */
export function withoutArticle(c: Compiled, text: string): string {
  const low = lower(text);
  for (const a of c.lex.names.definiteArticles ?? []) {
    const elided = /['’]$/u.test(a);
    if (low.startsWith(a.replace(/’/g, "'")) || low.startsWith(a.replace(/'/g, '’'))) {
      const rest = text.slice(a.length);
      if (elided ? /^\p{L}/u.test(rest) : /^[\s\u00a0]+\p{L}/u.test(rest)) return rest.trimStart();
    }
  }
  return text;
}

/**
 * A role without the circumstances of the speech after it ("le ministre sous la pression des syndicats"
 * → "le ministre", "депутат журналистам после заседания" → "депутат"): cut before the first stop word.
 */
export function trimRole(c: Compiled, text: string): string {
  const stops = data(c).stops;
  if (stops.size === 0) return text;
  for (const m of text.matchAll(WORD_RE)) {
    if (m.index > 0 && stops.has(lower(m[0]))) return text.slice(0, m.index).replace(/[\s,;:\u00a0-]+$/u, '');
  }
  return text;
}
