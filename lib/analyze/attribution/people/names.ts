/**
 * Name words: what a capitalised token looks like (first name, patronymic, surname, initial, unknown, or a
 * word that breaks a name) by the lexicon's lists and endings, and the base form of a first name or
 * surname (the nominative, restored through the language's morphology table).
 */
import { type Compiled, nameCores, wordMemo } from '../compile';
import { isRoleBase, roleHeadKind } from '../roles';
import type { Doc, Token } from '../text';
import { lower } from '../words';

/** Where a token that is followed by ".kz" etc. is a domain, not a name. */
const DOMAIN_AFTER_RE = /^\.[a-z]{2,6}\b/i;

/** Reach of a title when the lexicon describes role phrases: the phrase itself must then run up to the name
 * ("начальника Управления по контролю за оборотом наркотиков Главного управления МВД по Москве Юрия Девяткина"). */
export const PHRASED_TITLE_REACH = 14;

export type Kind = 'first' | 'patr' | 'sur' | 'init' | 'unk' | 'break';

export interface TokInfo {
  kind: Kind;
  gender: 'male' | 'female' | null;
}

export function endsWithAny(low: string, suffixes: string[], minStem = 2): string | null {
  // Long suffixes need a longer stem: "Әбішұлы" is a name, "Атаулы" an adjective.
  for (const s of suffixes) if (low.length - s.length >= minStem + (s.length >= 3 ? 1 : 0) && low.endsWith(s)) return s;
  return null;
}

/** What one capitalised token looks like, case endings considered. */
export function classify(c: Compiled, doc: Doc, t: Token): TokInfo {
  const low = t.low;
  if (t.initial) return INIT;
  if (c.nonNames.has(low)) return BREAK;
  if (t.raw.length >= 2 && t.raw === t.raw.toUpperCase() && /\p{Lu}{2}/u.test(t.raw)) return BREAK;
  if (DOMAIN_AFTER_RE.test(doc.text.slice(t.end, t.end + 8))) return BREAK;
  // "Иван Кузнецов", "Олег Охотников", "Юрий Царёв": next to a first name or an initial, a capitalised word that is a role
  // word only in an inflected form with a surname's suffix (a genitive plural "кузнецов") is read as a name.
  if (surnameShaped(c, low) && nextToGivenName(c, doc, t)) return classifyNameWord(c, low);
  // "Pavel Král", "Hans Richter", "Sarah Hill": a title word, or an organisation word the lexicon knows as a surname, that
  // closes a name after a first name is the surname.
  const word = classifyWord(c, low);
  if (word.kind === 'break' && (isTitleWord(c, low) || c.lex.surnameOrgWords?.includes(low)) && closesNameAfterFirst(c, doc, t)) return classifyBareWord(c, low);
  return word;
}

/**
 * A first name (not itself an organisation or place word, as "Georgia" is), or an honorific before a word that is no
 * title ("Mr Fox"), right before the token, and no capitalised word after it.
 */
function closesNameAfterFirst(c: Compiled, doc: Doc, t: Token): boolean {
  if (/^(?:[\s\u00a0]+|-)\p{Lu}/u.test(doc.text.slice(t.end, t.end + 3))) return false;
  const before = /(?:^|[^\p{L}.])(\p{L}\p{Ll}+)(\.?)[\s\u00a0]+$/u.exec(doc.text.slice(Math.max(0, t.start - 24), t.start));
  if (!before) return false;
  const first = lower(before[1]!);
  // "Mr Fox", but "Mr. President", "pan prezident" address a title.
  if (c.honorificGender.has(first + before[2]) || c.honorificGender.has(first)) return !isTitleWord(c, t.low);
  return !before[2] && /^\p{Lu}/u.test(before[1]!) && firstNameBase(c, first, null) !== null && !nameCores(c, first).some((x) => c.orgStems.has(x)) && !c.nonNames.has(first);
}

/** Whether a first name or an initial stands right before the token, or a first name or patronymic right after it. */
function nextToGivenName(c: Compiled, doc: Doc, t: Token): boolean {
  const before = /(\p{Lu}[\p{Ll}]*)(\.?)[\s\u00a0]+$/u.exec(doc.text.slice(Math.max(0, t.start - 24), t.start));
  if (before && ((before[2] && before[1]!.length === 1) || firstNameBase(c, lower(before[1]!), null))) return true;
  const after = /^[\s\u00a0]+(\p{Lu}\p{Ll}+)/u.exec(doc.text.slice(t.end, t.end + 24));
  if (!after) return false;
  const w = lower(after[1]!);
  return firstNameBase(c, w, null) !== null || endsWithAny(w, [...c.patrMale, ...c.patrFemale], 3) !== null;
}

/** A title or role word only through an inflection that ends like a surname ("охотников", "царев"), not as the lexicon writes it. */
const surnameShaped = wordMemo((c, low): boolean => isTitleWord(c, low) && !isRoleBase(c, low) && endsWithAny(low, [...c.surMale, ...c.surFemale], 3) !== null);
const classifyNameWord = wordMemo((c, low): TokInfo => Object.freeze(classifyUncached(c, low, false)));
/** A word read as a name word whatever the lexicon's organisation and title lists say of it. */
const classifyBareWord = wordMemo((c, low): TokInfo => Object.freeze(classifyUncached(c, low, false, false)));

export const INIT: TokInfo = Object.freeze({ kind: 'init', gender: null });
export const BREAK: TokInfo = Object.freeze({ kind: 'break', gender: null });
/** The part of classify that depends on the word alone (memoised per lexicon; results are frozen and shared). */
const classifyWord = wordMemo((c, low): TokInfo => Object.freeze(classifyUncached(c, low)));

function classifyUncached(c: Compiled, low: string, titles = true, orgs = true): TokInfo {
  const cores = nameCores(c, low);
  const first = firstNameBase(c, low, null);
  if (first) return { kind: 'first', gender: first.gender };
  if (orgs) for (const core of cores) if (c.orgStems.has(core)) return BREAK;
  if (titles && isTitleWord(c, low)) return BREAK;
  if (endsWithAny(low, c.patrFemale, 3)) return { kind: 'patr', gender: 'female' };
  if (endsWithAny(low, c.patrMale, 3)) return { kind: 'patr', gender: 'male' };
  for (const core of cores) {
    if (endsWithAny(core, c.surFemale, 3) && core === low) return { kind: 'sur', gender: 'female' };
    if (endsWithAny(core, c.surMale, 3)) return { kind: 'sur', gender: core === low ? 'male' : null };
  }
  return { kind: 'unk', gender: null };
}

/**
 * The base form of a first name from the lexicon's lists: the word itself, or its stem with an ending
 * put back ("Оксани" → "оксана"). With a gender, a form of that gender wins ("Александра" of a man is "Александр").
 */
export function firstNameBase(c: Compiled, low: string, gender: 'male' | 'female' | null): { base: string; gender: 'male' | 'female' } | null {
  let found: { base: string; gender: 'male' | 'female' } | null = null;
  const consider = (w: string): boolean => {
    const g = c.firstFemale.has(w) ? 'female' : c.firstMale.has(w) ? 'male' : null;
    if (!g) return false;
    found ??= { base: w, gender: g };
    if (!gender || g === gender) {
      found = { base: w, gender: g };
      return true;
    }
    // The other gender may list it too ("Саша").
    if (gender === 'male' ? c.firstMale.has(w) : c.firstFemale.has(w)) {
      found = { base: w, gender };
      return true;
    }
    return false;
  };
  if (consider(low)) return found;
  const m = c.morph.table.names;
  // Shortest ending first ("Евгением" is евгени + й, not евген + я), put back only where the declension allows.
  for (const core of nameCores(c, low).slice(1).reverse()) {
    const ending = low.slice(core.length);
    // The bare stem, after any ending of the lexicon ("Айгүлге" → "айгүл"), as before; others by the table.
    for (const e of m.firstNameRestore) if ((e === '' || !!m.restoreFrom[e]?.includes(ending)) && consider(core + e)) return found;
  }
  return found;
}

/**
 * The nominative of a surname or patronymic by its gendered suffixes: "Касымовой" → "касымова",
 * "Сейтову" (a man) → "сейтов", "Петровского" → "петровский"; the word itself when it already has a suffix
 * of that gender, null when the suffixes say nothing (then other mentions of the person may).
 */
export function surnameBase(c: Compiled, low: string, gender: 'male' | 'female'): string | null {
  const [own, other, restore] = gender === 'female' ? [[...c.surFemale, ...c.patrFemale], [...c.surMale, ...c.patrMale], c.morph.table.names.femaleRestore] : [[...c.surMale, ...c.patrMale], [...c.surFemale, ...c.patrFemale], c.morph.table.names.maleRestore];
  if (own.length === 0) return null;
  // "Касымова" of a woman is the base form; of a man it is the genitive of "Касымов".
  if (endsWithAny(low, own, 3) && !(gender === 'male' && endsWithAny(low, other, 3))) return low;
  for (const core of nameCores(c, low)) {
    if (core === low) continue;
    for (const e of restore) {
      const w = core + e;
      // The suffix must reach into the stem: "Данелия" is not "Данел" + "ий".
      const suffix = endsWithAny(w, own, 3);
      const cases = c.morph.table.names.adjectivalCases[e];
      if (cases && !cases.includes(low.slice(core.length))) continue;
      if (suffix && suffix.length > e.length && !(gender === 'male' && endsWithAny(w, other, 3))) return w;
    }
  }
  return null;
}

/**
 * Whether a single word is a title or role word in some inflected form: lexicon words, also as the last
 * part of a compound ("пресс-атташе", "рок-музыкант") or after "зам".
 */
export const isTitleWord = wordMemo((c, low): boolean => roleHeadKind(c, low) === 2);

/** Latin or not: enough to tell "MySQL" from "Майкл". */
export function scriptOf(word: string): 'latin' | 'other' {
  return /^[A-Za-z]/.test(word) ? 'latin' : 'other';
}

export function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

