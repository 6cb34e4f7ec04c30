/**
 * Who holds a title word standing without a name ("депутат", "the minister", "главой государства"):
 * a person only when the article ties them, never "whoever was named last". The evidence names the
 * rule id suffix, so the eval measures each kind apart (and the confidence table rates it):
 *   apposition     the title stands before a name, with its complement ("Президент России Владимир Путин"),
 *                  and that person holds the title;
 *   same-sentence  the one holder of the title named earlier in the same sentence;
 *   sole-holder    the one person of the article whose roles hold the title, named before it (for a
 *                  speaker: the one holder named so far);
 *   described      (speakers only) a definite description of the one person named in this paragraph or the
 *                  one before ("the veteran coach said", "признал наставник"): the registry's describedLast.
 * A plural ("депутаты", "акимами"), a word that only shares letters ("главное", "главным" are no
 * "глава": the registry's stem link) or a title before a new name ("Руководитель … <Name>") links to nobody.
 */
import { type Compiled, wordMemo } from './compile';
import { commonPrefix } from './people/names';
import type { PersonRec, Run } from './people/records';
import type { People } from './people/registry';
import { isPluralRole, isVerbLike } from './roles';
import { isOutletName } from './outlet-names';
import type { Block, Doc, Sentence } from './text';
import { lower, upperBound } from './words';

export type TitleEvidence = 'apposition' | 'same-sentence' | 'sole-holder' | 'described';

export interface TitleHolder {
  person: PersonRec;
  evidence: TitleEvidence;
}

/** A title right before a name ("аким Ержан …"): that name's role, not a mention of its own; `person` is the name's, if any. */
export interface NameRole {
  person: PersonRec | null;
  evidence: 'name';
}

/** Words a title's complement may have before the name it belongs to ("министр иностранных дел Доминик Рааб"). */
const COMPLEMENT_WORDS = 5;
/** A quoted organisation name inside a title's complement ("«Металурга»", "„Weser-Werft“"). */
const QUOTED_COMPLEMENT_RE = /«[^«»]{1,40}»|„[^„“”]{1,40}[“”]/gu;
/** Punctuation that ends the phrase a title heads: past it, a name is no longer the title's own. */
const PHRASE_BREAK_RE = /[.!?;:()«»"“”„—–]/u;

/**
 * What a title at [start, end) of block b stands for: a holder with its evidence, the role of the name
 * right after it (not a mention of its own), or null (nobody, or not sure).
 */
export function titleHolder(c: Compiled, doc: Doc, people: People, b: Block, start: number, end: number, speaker = false): TitleHolder | NameRole | null {
  const raw = doc.text.slice(start, end).split(/[\s\u00a0]+/u).filter(Boolean);
  const words = raw.map((w) => lower(w));
  const plural = (w: string) => isPluralRole(c, w) || people.pluralOfLexicon(w);
  const isHead = (w: string) => c.titleRe.isWord(w) || c.roleRe.isWord(w) || plural(w);
  const heads = words.filter(isHead);
  const head = heads[0] ?? words[words.length - 1]!;
  if (plural(head)) return null;
  // "Son avocat, Me Laurent Vidal, a annoncé": a speaker phrase followed by a name in apposition is that person, whatever its determiner.
  const named0 = speaker ? people.namedRightAfter(doc.text.slice(start, end), start) : null;
  if (named0) return { person: named0, evidence: 'apposition' };
  // Languages with articles: only a definite description refers back ("the governor"); "an Iowa voter",
  // "their candidate", "local GOP leaders" or a bare "chief" name nobody in particular.
  const articles = c.lex.names.definiteArticles;
  /** Where the description starts with its article, when the article stands before `start`. */
  let from = start;
  if (articles?.length) {
    // "l'élue": an elided article joins its noun.
    const m = /([\p{L}]+)[\s\u00a0]+$|(\p{L}['’])$/u.exec(doc.norm.slice(Math.max(b.start, start - 12), start));
    const before = m?.slice(1).find(Boolean)?.replace(/’/gu, "'");
    const opener = words[0] === head ? lower(before ?? '') : words[0]!;
    if (!articles.includes(opener)) return null;
    if (words[0] === head && m) from = start - m[0].length;
  // A speaker's title may carry one modifier before it ("20-річного форварда").
  } else if (!isTitleNoun(c, words[0]!) && !(speaker && words.indexOf(head) === 1 && isTitleNoun(c, head))) return null;
  const sent = sentenceAt(b, start);
  let after = nameAfter(c, doc, people, b, end, sent);
  // "sagte die Senatorin dem Sender Radio Bremen": a capitalised run further on that is nobody is not the title's name.
  if (after && !after.adjacent && after.run.personId < 0) after = null;
  if (after && after.adjacent) return { person: after.run.personId >= 0 ? (people.persons[after.run.personId] ?? null) : null, evidence: 'name' };
  // Holders by the title words only: "New York" of "the New York businessman" is no title.
  const holders = people.titleHolders(heads.length ? heads.join(' ') : words.join(' '));
  // "La presidenta del jurado, la actriz Nuria Blanco, dijo", "Қала әкімінің орынбасары Динара Әлімова": a
  // speaker phrase names the person right after it, past a comma and a second title (the registry's reading).
  const title = doc.text.slice(start, end);
  const appositive = speaker ? people.namedRightAfter(title, start) : null;
  if (after) {
    const p = after.run.personId >= 0 ? people.persons[after.run.personId] : undefined;
    if (p && holders.includes(p)) return { person: p, evidence: 'apposition' };
    return appositive ? { person: appositive, evidence: 'apposition' } : null;
  }
  if (appositive) return { person: appositive, evidence: 'apposition' };
  // Capitalised words that qualify the title ("the Indiana governor", "президента Ирана") must be the holder's.
  const named = [...words.filter((w, i) => !isHead(w) && (i > 0 ? /^\p{Lu}/u : /^\p{Lu}.*\p{Lu}/u).test(raw[i]!)), ...complementNames(c, doc, people, b, end, sent)];
  const before = holders.filter((p) => people.personNamedBefore(p, start) && named.every((w) => rolesName(p, w)));
  const inSentence = before.filter((p) => people.namedIn(p, sent.start, start));
  if (inSentence.length === 1) return { person: inSentence[0]!, evidence: 'same-sentence' };
  // A speaker (a cue verb next to the title) may take the one holder named so far; a bare mention needs the
  // article's only holder ("бапкер" said by the coach named above, though the other team's coach comes later).
  // A title in the instrumental is a predicate ("стал его директором", "работал консультантом"): it belongs to its
  // clause's subject, which the article's only holder need not be.
  const predicate = !speaker && c.morph.instrumentalRe.test(head) && c.lex.rolePhrases !== undefined;
  if (inSentence.length === 0 && before.length === 1 && (speaker || holders.length === 1) && !predicate) return { person: before[0]!, evidence: 'sole-holder' };
  const described = speaker && holders.length === 0 ? people.describedLast(doc.text.slice(from, end), from) : null;
  return described ? { person: described, evidence: 'described' } : null;
}

/**
 * Whether a word is a lexicon title or role as a noun: the title itself or its stem with a case or plural ending of
 * the morphology table ("главой", "президентом"), not a word that only begins the same ("главное", "главным").
 * Languages without case endings in their table take every match.
 */
const isTitleNoun = wordMemo((c: Compiled, low: string): boolean => {
  const t = c.morph.table;
  const endings = new Set([...t.roles.caseClasses.filter((k) => k.case !== 'nom').flatMap((k) => k.endings), ...t.roles.plural.flatMap((g) => g.endings), ...t.cases.instrumental]);
  if (endings.size === 0) return true;
  return [...c.lex.titles, ...c.lex.roles].some((title) => {
    const first = title.split(' ')[0]!;
    if (low === first) return true;
    const stem = c.morph.finalVowelRe.test(first) ? first.slice(0, -1) : first;
    return low.startsWith(stem) && endings.has(low.slice(stem.length));
  });
});

/** Shared letters that tie a capitalised complement to a holder's role ("России" ~ "президент России", "Минздрава" ~ "Минздрав"). */
const COMPLEMENT_LINK = 4;

/**
 * Capitalised words of the title's own complement ("президента Ирана", "директор РУСАДА"), lowercase:
 * the words after it up to a name, punctuation or COMPLEMENT_WORDS words.
 */
function complementNames(c: Compiled, doc: Doc, people: People, b: Block, end: number, sent: Sentence): string[] {
  const out: string[] = [];
  let at = end;
  for (const t of b.tokens) {
    if (t.start < end) continue;
    if (t.start >= sent.end || out.length + 1 > COMPLEMENT_WORDS || !/^[\s\u00a0]*$/u.test(doc.text.slice(at, t.start))) break;
    // "the president of France": a linking word may open the complement.
    if (!t.cap && !(out.length === 0 && at === end && people.isLinkWord(t.low))) break;
    // "бас бапкер Vesti.kz сайтына", "analytik Hospodářským novinám": the outlet told is no complement.
    if (t.cap && (isOutletName(doc.text.slice(t.start, sent.end)) || c.lex.sourceCues.beforeName?.includes(t.low))) break;
    if (t.cap) out.push(t.low);
    at = t.end;
  }
  return out;
}

/** Whether a holder's roles or organisations carry a complement word ("Ирана" is not in "президент Сирии"). */
function rolesName(p: PersonRec, w: string): boolean {
  return [...p.roles, ...p.organizations].some((r) => lower(r).split(/[\s,«»"“”„]+/u).some((x) => commonPrefix(x, w) >= Math.min(COMPLEMENT_LINK, w.length, x.length)));
}

/** titleHolder for a speaker phrase of block number `block`. */
export function speakerTitleHolder(c: Compiled, doc: Doc, people: People, block: number, start: number, end: number): TitleHolder | NameRole | null {
  const b = people.blockOf(block);
  return b ? titleHolder(c, doc, people, b, start, end, true) : null;
}

/** The sentence of block b holding pos (the block as one sentence when it has none). */
function sentenceAt(b: Block, pos: number): Sentence {
  const i = upperBound(b.sentences, pos, (s) => s.start) - 1;
  return b.sentences[i] ?? { start: b.start, end: b.end };
}

/**
 * The name run a title stands before: adjacent right after it ("аким Ержан"), the run after a short
 * complement in the same phrase ("глава Минздрава Мэтт Хэнкок", "депутатом городского совета Светланой …"),
 * or null.
 */
function nameAfter(c: Compiled, doc: Doc, people: People, b: Block, end: number, sent: Sentence): { run: Run; adjacent: boolean } | null {
  const runs = people.runsByBlock.get(b.index) ?? [];
  let at = upperBound(runs, end - 1, (x) => x.start);
  // "головний тренер «Металурга» Андрій Лозинський": past the quoted organisation of the complement.
  if (runs[at] && !(runs[at]!.evidence || runs[at]!.personId >= 0) && /[«„“"][\s\u00a0]*$/u.test(doc.text.slice(end, runs[at]!.start))) at++;
  const r = runs[at];
  if (!r || r.start >= sent.end || !(r.evidence || r.personId >= 0)) return null;
  // "головний тренер «Металурга» Андрій Лозинський": a quoted organisation is the title's complement.
  const gap = doc.text.slice(end, r.start).replace(QUOTED_COMPLEMENT_RE, 'X');
  // "аким Ержан …", "el director del festival, Javier Rojas,": the title is that name's own.
  if (/^[\s\u00a0]*(?:,[\s\u00a0]*)?$/u.test(gap)) return { run: r, adjacent: true };
  if (PHRASE_BREAK_RE.test(gap)) return null;
  // A comma may only open an apposition right before the name ("глава региона, Иван Петров").
  const comma = gap.indexOf(',');
  if (comma >= 0 && !/^,[\s\u00a0]*$/u.test(gap.slice(comma))) return null;
  const gapWords = gap.split(/[\s\u00a0,]+/u).filter(Boolean);
  // "The businessman says of Clinton": a verb ends the title's phrase.
  if (gapWords.length > COMPLEMENT_WORDS || gapWords.some((w) => isVerbLike(c, lower(w)))) return null;
  return { run: r, adjacent: false };
}
