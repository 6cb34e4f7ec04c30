/**
 * People: finds person names among capitalised word runs (by first-name lists, surname and
 * patronymic morphology, initials, a title or honorific before them, or a speaker position), merges
 * inflected and partial mentions into one person with a canonical nominative name, and collects
 * roles, organisations, gender and mention spans. Passes 2 and 3 (candidates, people registry): the
 * registry is the only code that changes the people list (attach, detach, roles, mentions, votes).
 *
 * Over 500 lines (stated reason, issue 14): candidate runs and their merging into persons share the
 * registry's indexes as methods of one class; the next step moves the candidate splitter (findRuns …
 * titleShortlyBefore) to people/candidates.ts. Name morphology, records, the mention timeline and the role
 * readers around a name already live apart (names.ts, records.ts, timeline.ts, roles-around.ts).
 */
import type { Mention, Person } from '../../../schema';
import { ORG_NAME_LINKS } from '../../../lang/shared';
import { type Compiled, descriptionGender, descriptionNouns, lexiconMemo, nameCores, roleWordSet } from '../compile';
import { entityModel, kindOf, kindText, notAPerson, type KindText } from './entity-kind';
import { classify, PHRASED_TITLE_REACH, commonPrefix, endsWithAny, firstNameBase, isTitleWord, scriptOf, surnameBase, type TokInfo } from './names';
import { type Evidence, genderOf, type PersonRec, type Run } from './records';
import { RolesAround } from './roles-around';
import { SEVERAL, Timeline } from './timeline';
import { obliqueOutletLengthAt, outletLengthAt } from '../outlet-names';
import { cleanRole, dictionaryForm, isPluralRole, isRoleVerb, isVerbLike, phraseAround, roleHeadKind, trimRole, withoutArticle, isNotRole } from '../roles';
import { type Block, type Doc, type Token, makeSpan } from '../text';
import { lower, lowerBound, upperBound } from '../words';

/** Capitalised words of an organisation's name, with the small words that may link them ("Bank of America"). */
const ORG_NAME_RE = new RegExp(`(?:\\p{Lu}[\\p{L}\\p{M}.'’-]*|\\p{Lu}{2,})(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}.'’-]*|${ORG_NAME_LINKS.join('|')}))*`, 'gu');

/** Titles and roles of a lexicon as one set, built once per compiled lexicon (not on every plural check). */

/** Longest name we accept ("Мария Ивановна Петрова-Водкина", "Martin Luther King Jr"). */
/** How far the person score must lead the other kinds for a lone genitive after an oblique role to be a name ("президента Обамы"). */
const PERSON_LEAD = 0;
const MAX_NAME_TOKENS = 4;
/** Shared prefix that links a title to a role word ("мажилисмен" ~ "Мажилиса", "senator" ~ "Senate"). */
const STEM_LINK = 5;
/** Letters of a word that survive its inflection, for a quick "may a title end here" check. */
const TITLE_END_PREFIX = 3;
/** Words of a title phrase between an apposition's comma and the name ("el actor"). */
const APPOSITION_TITLE_WORDS = 3;
/** Where the head of a description may stand: after an article and one adjective ("the veteran minister"). */
const DESCRIPTION_HEAD_AT = 2;
/** Shortest title that may end a German compound ("Minister" in "Kultusminister"). */
const MIN_COMPOUND_HEAD = 5;
/** How far back an organisation or title word may complete a capitalised run ("Confederación Hidrográfica del Guadalquivir"). */
const COMPLEMENT_REACH = 6;
/** Articles and short function words that may link a role to its complement ("der", "the", "la"). */
const MAX_ARTICLE_LENGTH = 3;
/** Words a title may stand before a lone speaker name, its organisation between ("Secretary of State Tillerson"). */
const TITLE_LABEL_REACH = 4;
/** Characters after a quoted name that may still be capitalised words before the closing mark («Лерман ЛЛС»). */
const QUOTED_NAME_TAIL = 24;
/** Mentions a pronoun may look back over for a person of its gender ("она" after pages about men finds nobody, quickly). */
const ANTECEDENT_REACH = 500;

export class People {
  readonly persons: PersonRec[] = [];
  /** Every run (candidate name) in text order, per block. */
  readonly runsByBlock = new Map<number, Run[]>();
  /** Mentions of persons in text order (names, pronouns, titles), for pronoun resolution. */
  private readonly timeline = new Timeline();
  /** The text as the entity-kind classifier reads it, once per document. */
  private kindDoc: KindText | null = null;

  /** Role readers around a name (people/roles-around.ts), reading this registry. */
  private readonly around: RolesAround = new RolesAround(this);

  constructor(
    readonly c: Compiled,
    readonly doc: Doc,
  ) {}

  private readonly blockByIndex = new Map<number, Block>();
  /** Persons by surname core, so matching a run costs a few lookups, not a scan of everyone. */
  private readonly bySurname = new Map<string, Set<PersonRec>>();
  private readonly byFirst = new Map<string, Set<PersonRec>>();

  blockOf(index: number): Block | undefined {
    if (this.blockByIndex.size === 0) for (const b of this.doc.blocks) this.blockByIndex.set(b.index, b);
    return this.blockByIndex.get(index);
  }

  /** Files p under core (a set: a common first name may be shared by thousands of persons). */
  private indexCore(map: Map<string, Set<PersonRec>>, core: string, p: PersonRec): void {
    let set = map.get(core);
    if (!set) map.set(core, (set = new Set()));
    set.add(p);
  }

  /** Step 1: candidate runs in every block, and persons from runs with evidence. */
  build(): void {
    for (const b of this.doc.blocks) this.runsByBlock.set(b.index, this.findRuns(b));
    for (const runs of this.runsByBlock.values()) for (const r of runs) if (r.evidence) this.attach(r);
    // Second pass: bare surnames and first names of known persons ("Башимова", "Trump").
    for (const runs of this.runsByBlock.values()) for (const r of runs) if (r.personId < 0) this.attach(r, true);
    this.around.pronounRoles();
    this.around.postRoles();
    this.around.describedRoles();
    this.around.invertedPredicateRoles();
    this.around.droppedSubjectRoles();
    this.around.rolesOverList();
  }

  private findRuns(b: Block): Run[] {
    const c = this.c;
    const runs: Run[] = [];
    const toks = b.tokens;
    let i = 0;
    while (i < toks.length) {
      if (!toks[i]!.cap) {
        i++;
        continue;
      }
      // A sequence of capitalised tokens separated by single spaces, dots of initials or hyphens.
      let j = i + 1;
      while (j < toks.length) {
        const gap = this.doc.text.slice(toks[j - 1]!.end, toks[j]!.start);
        const t = toks[j]!;
        if (!/^(?:\.?[\s\u00a0]|\.-?|\.[\s\u00a0]?|-)$/.test(gap) && gap !== ' ') break;
        // "РФ. Известен": a dot after an abbreviation in capitals ends the name, as after any word but an initial.
        if (gap.startsWith('.') && (!toks[j - 1]!.initial || /^\p{Lu}{2}$/u.test(toks[j - 1]!.raw))) break;
        if (t.cap) j++;
        else if (c.particles.has(t.low) && toks[j + 1]?.cap) j += 2;
        else break;
      }
      this.splitSequence(b, i, j, runs);
      i = j;
    }
    return runs;
  }

  /** Splits a capitalised sequence at non-name words and keeps the parts that may be names. */
  private splitSequence(b: Block, from: number, to: number, out: Run[]): void {
    const infos: TokInfo[] = [];
    for (let k = from; k < to; k++) infos.push(classify(this.c, this.doc, b.tokens[k]!));
    const parts: Array<[number, number]> = [];
    let s = from;
    for (let k = from; k <= to; k++) {
      // "vysvětlil Kolář České tiskové kanceláři", "Обозреватель РИА Новости Сергей Петухов": a known outlet inside
      // the sequence is no part of a name; the name before it and the one after it stand apart.
      const outlet = k > from && k < to ? outletLengthAt(this.doc.text.slice(b.tokens[k]!.start, b.tokens[to - 1]!.end + 40)) : 0;
      if (k === to || infos[k - from]!.kind === 'break' || outlet > 0) {
        if (k > s) parts.push([s, k]);
        const outletEnd = outlet > 0 ? b.tokens[k]!.start + outlet : 0;
        while (k + 1 < to && b.tokens[k + 1]!.start < outletEnd) k++;
        s = k + 1;
      }
    }
    this.splitAtFirstNames(b, from, infos, parts);
    const hasInternal = (p: [number, number]) => infos.slice(p[0] - from, p[1] - from).some((x) => x.kind !== 'unk');
    const anyInternal = parts.some(hasInternal);
    parts.forEach((p, idx) => {
      let [a, z] = p;
      // "Ингушетии Абдурахман Мартазанов": a place in the genitive glued before a name.
      while (this.phrased && z - a > 2 && infos[a - from]!.kind === 'unk' && this.c.morph.genitiveAdjectiveRe.test(b.tokens[a]!.low) && this.c.morph.genitivePlaceRe.test(b.tokens[a + 1]!.low)) a++;
      if (this.phrased && z - a > 1 && infos[a - from]!.kind === 'unk' && this.c.morph.genitivePlaceRe.test(b.tokens[a]!.low)) a++;
      // "Аргентинский Маурисио Макри", "Бывший Барак Обама": a sentence-opening adjective is not part of the name.
      if (z - a > 1 && b.tokens[a]!.sentStart && infos[a - from]!.kind !== 'first' && endsWithAny(b.tokens[a]!.low, this.c.adjectiveLike, 2)) a++;
      // "Скопин Рязанской области", "Бокино Тамбовского района": an adjective before a lowercase place noun is that noun's.
      while (z - a > 1 && infos[z - 1 - from]!.kind !== 'first' && endsWithAny(b.tokens[z - 1]!.low, this.c.adjectiveLike, 2) && this.placeNounAfter(b, z - 1)) z--;
      const internal = hasInternal([a, z]);
      const first = b.tokens[a]!;
      // A sentence-initial word alone with nothing name-like about it stays a bare candidate (no evidence):
      // only a speaker position or an earlier full name makes it a person.
      if (z - a > MAX_NAME_TOKENS) {
        if (!internal) return;
        a = z - MAX_NAME_TOKENS;
      }
      let evidence: Evidence = internal ? 'internal' : null;
      // A title a few capitalised words back ("Госсекретарь США Рекс Тиллерсон", "президентом Аргентины Маурисио Макри").
      const titleAt = !internal && !anyInternal ? this.titleShortlyBefore(b, a) : -1;
      if (titleAt >= 0) evidence = 'title';
      // "раввин синагоги Исорел Голстайн", "министр иностранных дел Доминик Рааб": two or three unknown
      // capitalised words in the nominative right after a role phrase.
      if (!internal && !anyInternal && this.phrased && z - a >= 2 && z - a <= 3 && !this.c.morph.uncertainRe.test(b.tokens[z - 1]!.low) && this.roleBeforeCovers(b, a)) evidence = 'title';
      const prev = b.tokens[a - 1];
      const before = prev ? lower(this.doc.text.slice(prev.start, b.tokens[a]!.start)).trim() : '';
      if (!internal && (idx === 0 || !anyInternal)) {
        if (prev && this.c.honorificGender.has(before)) evidence = 'honorific';
        // Not a quoted name after the title: "наставник «Полісся»", "директор «Горсвета»" name its organisation.
        // Not across a sentence end either ("verteidigte die Vermieter. Viele …"): only an abbreviated title keeps its dot ("Sen. Warren").
        else if (prev && isTitleWord(this.c, prev.low) && !anyInternal && !/[«„“"]/u.test(before) && this.titleGapBefore(prev, b.tokens[a]!)) evidence = 'title';
      }
      // "жена Мишель", "51-летний Габриэл Уортман": a person noun right before.
      if (!evidence && prev && (this.c.personCues.has(prev.low) || this.c.personCueEndings.some((e) => prev.low.endsWith(e)))) evidence = 'cue';
      // A lone word with an adjective's ending ("Московский", "Бывший") is not a surname by itself.
      if (evidence === 'internal' && z - a === 1 && infos[a - from]!.kind === 'sur' && endsWithAny(b.tokens[a]!.low, this.c.adjectiveLike, 2)) evidence = null;
      // A lone surname-looking word after "в"/"in" is a place ("в Ростове").
      // Likewise a first name only by an ending put back ("в Марселе" → "Марсель").
      const restored = infos[a - from]!.kind === 'first' && !this.c.firstMale.has(first.low) && !this.c.firstFemale.has(first.low) && !nameCores(this.c, first.low).some((x) => this.c.firstMale.has(x) || this.c.firstFemale.has(x));
      if (evidence === 'internal' && z - a === 1 && (infos[a - from]!.kind === 'sur' || restored) && prev && this.c.placePrepositions.has(prev.low)) evidence = null;
      if (evidence === 'internal' && z - a === 1 && infos[a - from]!.kind === 'sur' && first.sentStart && b.tokens[a + 1] === undefined) evidence = null;
      // "в Нижний Новгород", "в Великий Устюг": after "в"/"in" an adjective opening the run makes it a place's name.
      if (evidence === 'internal' && z - a >= 2 && infos[a - from]!.kind !== 'first' && prev && this.c.placePrepositions.has(prev.low) && endsWithAny(first.low, this.c.adjectiveLike, 2)) evidence = null;
      if (evidence && z - a === 1 && infos[a - from]!.kind !== 'first' && this.modifiesNextWord(b, a)) evidence = null;
      // "Вінницька обласна лікарня", "Фото: Вінницька ОВА": a lone surname-shaped word agreeing with the lowercase word after
      // it, or before an organisation's abbreviation, is a place adjective.
      if (evidence === 'internal' && z - a === 1 && infos[a - from]!.kind === 'sur' && this.placeAdjective(b, a)) evidence = null;
      // "директор компании Huixin Yin Tong": a name in another script than the role word before it is a company or a brand.
      if (evidence === 'title' && this.phrased && prev && !prev.cap && scriptOf(prev.raw) !== scriptOf(b.tokens[a]!.raw)) evidence = null;
      // "членом Совфеда", "прокурором Манхэттена": a lone genitive after an instrumental role is its organisation or place.
      // "члена Конгресса", "представители Роскосмоса", "сотрудники Microsoft": a lone word after a role, in the
      // genitive, in another script or after a plural role, is the organisation or place the role belongs to.
      // The role word is the title's, past its capitalised complement ("король Руанды Кигели").
      const role = titleAt >= 0 && titleAt < a - 1 ? b.tokens[titleAt] : prev;
      if (evidence === 'title' && this.phrased && z - a === 1 && infos[a - from]!.kind === 'unk' && role && this.loneComplement(role, b.tokens[a]!, () => this.personByModel(b, a))) evidence = null;
      // "лидер Меджлиса крымско-татарского народа": a lone word the role's genitive phrase runs on from is its organisation.
      if (evidence === 'title' && this.phrased && z - a === 1 && infos[a - from]!.kind === 'unk' && this.genitiveRunsOn(b, a)) evidence = null;
      // "El concejal de Medio Ambiente", "Confederación Hidrográfica del Guadalquivir": no name word, an organisation or a role before.
      // "глава парламента Костас Тассулас", "судья окружного суда Рэймонд Дири": two or more words closing a role phrase whose
      // organisation is lowercase are the role's holder, not the organisation's name.
      const complement = !internal && this.completesOrgOrRole(b, a, from) && !(this.phrased && z - a >= 2 && this.roleBeforeCovers(b, a));
      if (complement) evidence = null;
      // The language's classifier (people/entity-kind.ts) reads the run as an organisation, a place or a common word;
      // or the words fill a quotation by themselves («Оскар», "Ъ", «Лиги Севера»: a title, an organisation, an award);
      // or they follow or precede a noun for a kind of place ("города Иваново", "в селе Бокино", "штата Техас").
      const notPerson =
        this.fillsQuotation(b, a, z) ||
        this.toldOutlet(b, a, z) ||
        this.namesPlaceBefore(b, a, z, infos.slice(a - from, z - from)) ||
        // "стал мэром Харькова", "назначен главой Минздрава": a lone genitive after a role in the instrumental is its complement.
        (this.phrased && z - a === 1 && infos[a - from]!.kind === 'sur' && prev !== undefined && !prev.cap && isTitleWord(this.c, prev.low) && this.c.morph.instrumentalRe.test(prev.low) && this.c.morph.genitiveRe.test(first.low)) ||
        // "Наурызбай ауданының": before a place noun, even a first name names the place.
        (z - a <= 2 && this.placeNounAfter(b, z - 1)) ||
        notAPerson(this.c.lex.code, () => (this.kindDoc ??= kindText(this.doc.text)), b.tokens, a, z);
      if (notPerson) evidence = null;
      let gender: 'male' | 'female' | null = null;
      let nominative = 0;
      for (let k = a; k < z; k++) {
        const info = infos[k - from]!;
        gender ??= info.gender;
        const t = b.tokens[k]!;
        if (info.kind === 'first' && (this.c.firstMale.has(t.low) || this.c.firstFemale.has(t.low))) nominative += 2;
        if ((info.kind === 'sur' || info.kind === 'patr') && nameCores(this.c, t.low).length === 1) nominative += 1;
        if ((info.kind === 'sur' || info.kind === 'patr') && info.gender) nominative += 1;
      }
      const honor = prev ? this.c.honorificGender.get(before) : undefined;
      if (honor) gender ??= honor;
      out.push({
        block: b.index,
        start: b.tokens[a]!.start,
        end: b.tokens[z - 1]!.end,
        tokens: b.tokens.slice(a, z),
        evidence,
        gender,
        at: a,
        role: null,
        personId: -1,
        nominative,
        ...(complement ? { complement } : {}),
        ...(notPerson ? { notPerson } : {}),
      });
    });
  }

  /**
   * Whether the capitalised words starting at token a complete an organisation or a role: an
   * organisation word earlier in the same capitalised sequence (`from` is its first token: "Royal
   * College of Surgeons", "Confederación Hidrográfica del Guadalquivir"), an organisation word just
   * before ("colonia Revolución", "asociación vecinal Arroyo"), or a title joined by a linking word
   * ("concejal de Medio Ambiente", "maire de Montbrison", "Chef der Bäder").
   */
  private completesOrgOrRole(b: Block, a: number, from: number): boolean {
    const toks = b.tokens;
    let links = 0;
    let loose = 0;
    for (let k = a - 1; k >= 0 && a - k <= COMPLEMENT_REACH; k--) {
      const t = toks[k]!;
      if (!/^[\s\u00a0]+$/u.test(this.doc.text.slice(t.end, toks[k + 1]!.start))) return false;
      // "State Tillerson", "Kremlin Peskov": a capitalised organisation word right before a name only labels it.
      // After a plural role the words may name the group that speaks ("Officials at Homeland Security Investigations said"): left to the quote finder.
      if (isTitleWord(this.c, t.low)) return links > 0 && !isPluralRole(this.c, t.low) && !this.pluralOfLexicon(t.low);
      if (this.isOrgWord(t.low)) return links > 0 || !t.cap;
      if (t.cap) {
        // Earlier words of the same capitalised sequence ("Confederación Hidrográfica del …").
        if (k >= from) continue;
        return false;
      }
      if (this.isLinkWord(t.low)) links++;
      // One lowercase modifier after an organisation word ("asociación vecinal").
      else if (loose++ > 0 || this.c.verbRe.isWord(t.low)) return false;
    }
    return false;
  }

  /** Whether a title word stands within a few words before run r, in the same stretch of the sentence ("Secretary of State Tillerson"). */
  private titleWithin(r: Run): boolean {
    const b = this.blockOf(r.block);
    if (!b) return false;
    for (let k = r.at - 1; k >= Math.max(0, r.at - TITLE_LABEL_REACH); k--) {
      const t = b.tokens[k]!;
      if (!/^[\s\u00a0]+$/u.test(this.doc.text.slice(t.end, b.tokens[k + 1]!.start))) return false;
      if (isTitleWord(this.c, t.low)) return true;
    }
    return false;
  }

  /** A noun for a kind of place, in any case form ("города", "селе", "штата"). */
  private isPlaceNoun(low: string): boolean {
    return this.c.placeNouns.size > 0 && nameCores(this.c, low).some((x) => this.c.placeNouns.has(x));
  }

  /**
   * Whether tokens [a, z) name the place a lowercase place noun right before them stands for ("города Иваново",
   * "в селе Верхнее Нащекино", "штата Техас"). Not when an adjective before the noun already names the place
   * ("губернатор Кемеровской области Аман Тулеев"), nor for a first name or a two-word name ending in a surname
   * ("глава республики Ильхам Алиев").
   */
  private namesPlaceBefore(b: Block, a: number, z: number, infos: readonly TokInfo[]): boolean {
    const noun = b.tokens[a - 1];
    // "Жители Соединённого Королевства": a place noun may open the sentence.
    if (!noun || (noun.cap && !noun.sentStart) || z - a > 2 || !this.isPlaceNoun(noun.low) || !/^[\s\u00a0]+$/u.test(this.doc.text.slice(noun.end, b.tokens[a]!.start))) return false;
    if (infos.some((x) => x.kind === 'first')) return false;
    if (z - a === 2 && infos[1]!.kind === 'sur' && !endsWithAny(b.tokens[a]!.low, this.c.adjectiveLike, 2)) return false;
    const before = b.tokens[a - 2];
    return !(before && endsWithAny(before.low, this.c.adjectiveLike, 2) && /^[\s\u00a0]+$/u.test(this.doc.text.slice(before.end, noun.start)));
  }

  /** Whether a lowercase place noun follows token k after a space ("Рязанской области"). */
  private placeNounAfter(b: Block, k: number): boolean {
    const next = b.tokens[k + 1];
    return !!next && !next.cap && this.isPlaceNoun(next.low) && /^[\s\u00a0]+$/u.test(this.doc.text.slice(b.tokens[k]!.end, next.start));
  }

  /** Where a phrase after a speech verb starting at `pos` goes on past the outlet it was told to ("Укрінформу міський голова" → "міський"). */
  pastAudience(b: Block, pos: number): number {
    let j = lowerBound(b.tokens, pos, (t) => t.start);
    while (j < b.tokens.length && b.tokens[j]!.start === pos && b.tokens[j]!.cap && this.around.audienceAt(b, j) && j + 1 < b.tokens.length) pos = b.tokens[++j]!.start;
    return pos;
  }

  /**
   * Whether tokens [a, z) are only a known outlet the speech was told to: in an oblique case ("řekla Deníku
   * starostka") or right after a told cue ("uvedl pro Deník ředitel").
   */
  private toldOutlet(b: Block, a: number, z: number): boolean {
    const rest = this.doc.text.slice(b.tokens[a]!.start, b.end);
    const len = obliqueOutletLengthAt(this.c, rest) || (this.around.afterTold(b, a) ? outletLengthAt(rest) : 0);
    return len > 0 && b.tokens[a]!.start + len === b.tokens[z - 1]!.end;
  }

  /**
   * Whether tokens [a, z) open a quotation of the language's marks and fill it, up to capitalised words
   * or abbreviations only («Оскар», "Ъ", «Лерман ЛЛС»): the name of a title, an organisation or an award.
   */
  private fillsQuotation(b: Block, a: number, z: number): boolean {
    const text = this.doc.text;
    const open = text[b.tokens[a]!.start - 1];
    if (open === undefined) return false;
    const pair = this.c.lex.quotePairs.find(([o]) => o === open);
    if (!pair) return false;
    const rest = text.slice(b.tokens[z - 1]!.end, b.tokens[z - 1]!.end + QUOTED_NAME_TAIL);
    const close = rest.indexOf(pair[1]);
    return close >= 0 && !/[\p{Ll}.!?,;:\n]/u.test(rest.slice(0, close).replace(/(?<!\p{L})\p{Lu}[\p{L}\p{M}'’-]*/gu, ''));
  }

  /** A word that joins a role to its organisation or place ("de", "del", "der", "of", "the"). */
  /** Whether no sentence end stands between a title word and the capitalised word after it (the dot of "Sen." does not end one). */
  private titleGapBefore(title: Token, next: Token): boolean {
    const gap = this.doc.text.slice(title.end, next.start);
    if (!/[.!?…]/u.test(gap)) return true;
    return /^\.[\s\u00a0]+$/u.test(gap) && (this.c.abbreviations.has(title.low + '.') || isTitleWord(this.c, title.low + '.'));
  }

  isLinkWord(low: string): boolean {
    return this.c.particles.has(low) || this.c.placePrepositions.has(low) || (this.c.nonNames.has(low) && low.length <= MAX_ARTICLE_LENGTH);
  }

  private isOrgWord(low: string): boolean {
    return this.c.orgWords.has(low) || nameCores(this.c, low).some((x) => this.c.orgStems.has(x));
  }

  /**
   * Splits a part before a first name that follows non-name words: "Металлоинвеста Андрей Варичев",
   * "Talk Talk Марк Холлис", "Петра Чайковского Даниил Трифонов" (unless a patronymic follows: "Иванов Иван Иванович").
   */
  private splitAtFirstNames(b: Block, from: number, infos: TokInfo[], parts: Array<[number, number]>): void {
    for (let i = 0; i < parts.length; i++) {
      const [a, z] = parts[i]!;
      for (let k = a + 1; k < z; k++) {
        // "MySQL Майкл Видениус": a change of script between words ends one name.
        if (this.phrased && scriptOf(b.tokens[k]!.raw) !== scriptOf(b.tokens[k - 1]!.raw)) {
          parts.splice(i, 1, [a, k], [k, z]);
          break;
        }
        const prevKind = infos[k - 1 - from]!.kind;
        if (infos[k - from]!.kind !== 'first' || prevKind === 'first' || prevKind === 'init') continue;
        if (k + 1 < z && infos[k + 1 - from]!.kind === 'patr') continue;
        parts.splice(i, 1, [a, k], [k, z]);
        break;
      }
    }
  }

  private loneComplement(role: Token, t: Token, person: () => boolean): boolean {
    // A genitive after a role in the nominative may be a name ("Премьер-министр Берлускони"); after an oblique role it is
    // its complement ("президента России"), unless the language's model reads the word as a person ("президента Обамы").
    if (this.c.morph.genitiveRe.test(t.low) && !this.c.morph.nominativeRoleRe.test(role.low)) return !(role.low.length > 0 && this.c.morph.genitiveRe.test(role.low) && person());
    // "с президентом Обамой": a word agreeing with the role in the instrumental is its apposition, not its genitive complement.
    if (this.c.morph.instrumentalRe.test(role.low) && !isPluralRole(this.c, role.low) && this.c.morph.instrumentalRe.test(t.low) && !this.c.morph.genitiveRe.test(t.low)) return false;
    if (this.c.morph.instrumentalRe.test(role.low) || isPluralRole(this.c, role.low)) return true;
    // "Худрук Большого": an adjective's genitive ("Большого", "Белого") belongs to the noun it leaves out.
    if (endsWithAny(t.low, this.c.adjectiveLike, 2) && this.c.morph.genitiveAdjectiveRe.test(t.low)) return true;
    return scriptOf(t.raw) !== scriptOf(role.raw);
  }

  /** Whether the language's entity model reads token a of block b as a person, clear of the other kinds. */
  private personByModel(b: Block, a: number): boolean {
    const model = entityModel(this.c.lex.code);
    if (!model) return false;
    return kindOf(model, (this.kindDoc ??= kindText(this.doc.text)), b.tokens, a, a + 1).margin < -PERSON_LEAD;
  }

  /** A lowercase genitive adjective right after token a ("Меджлиса крымско-татарского народа"): a name does not govern one. */
  private genitiveRunsOn(b: Block, a: number): boolean {
    const t = b.tokens[a]!;
    const next = b.tokens[a + 1];
    if (!next || next.cap || !/^[\s\u00a0]+$/u.test(this.doc.text.slice(t.end, next.start))) return false;
    return this.c.morph.genitiveAdjectiveRe.test(next.low) && endsWithAny(next.low, this.c.adjectiveLike, 2) !== null && !isVerbLike(this.c, next.low);
  }

  /** A capitalised word before an abbreviation ("Вінницька ОВА") or before a lowercase word ending in the same letter ("Вінницька обласна"). */
  private placeAdjective(b: Block, a: number): boolean {
    const t = b.tokens[a]!;
    const next = b.tokens[a + 1];
    if (!next || !/^[\s\u00a0]+$/u.test(this.doc.text.slice(t.end, next.start))) return false;
    if (next.cap) return next.raw.length >= 2 && next.raw === next.raw.toUpperCase() && /^\p{Lu}+$/u.test(next.raw);
    // Agreement in the final vowel (the morphology table's): "-ька обласна", "-ські аграрії", not "Тоқаевпен өткен".
    return next.low.length > 3 && next.low.slice(-1) === t.low.slice(-1) && this.c.morph.finalVowelRe.test(t.low) && endsWithAny(next.low, this.c.adjectiveLike, 2) === null && !isVerbLike(this.c, next.low) && !this.c.nonNames.has(next.low) && this.c.morph.genitiveAdjectiveRe.test(next.low) === false;
  }

  /** A lone adjective-looking capitalised word before a lowercase noun ("Белого дома", "Курской области"). */
  private modifiesNextWord(b: Block, a: number): boolean {
    const t = b.tokens[a]!;
    const next = b.tokens[a + 1];
    if (!next || next.cap || !endsWithAny(t.low, this.c.adjectiveLike, 2)) return false;
    if (!/^[\s\u00a0]+$/u.test(this.doc.text.slice(t.end, next.start))) return false;
    return !isVerbLike(this.c, next.low) && !this.c.nonNames.has(next.low);
  }

  /**
   * Tokens [from, to) between a role phrase and its name: none, words about the person ("30-летнего"),
   * another name the role is about ("Адвокат Александра Кокорина Андрей Ромашов") or a role
   * predicate ("Главой Рособрнадзора назначен Сергей Кравцов").
   */
  bridgesToName(b: Block, from: number, to: number): boolean {
    const toks = b.tokens;
    for (let j = from; j < to; j++) {
      const w = toks[j]!.low;
      if (this.c.personCues.has(w) || this.c.personCueEndings.some((e) => w.endsWith(e.slice(1)))) continue;
      if (this.isNameToken(b, j) || isRoleVerb(this.c, w)) continue;
      return false;
    }
    return true;
  }

  /** Whether a role phrase ends right before token a ("раввин синагоги" before "Исорел Голстайн"). */
  private roleBeforeCovers(b: Block, a: number): boolean {
    const toks = b.tokens;
    for (let k = a - 1; k >= Math.max(0, a - PHRASED_TITLE_REACH); k--) {
      const t = toks[k]!;
      if (!/^[\s\u00a0]+$/u.test(this.doc.text.slice(t.end, toks[k + 1]!.start))) return false;
      // Capitalised words inside the role are its organisation or place ("министр финансов Новой Зеландии").
      if (t.cap && roleHeadKind(this.c, t.low) !== 2) continue;
      if (roleHeadKind(this.c, t.low) === 2) {
        const phrase = phraseAround(this.c, this.doc.text, toks, k, k, a, () => false);
        return phrase.last === a - 1 && k < a - 1;
      }
    }
    return false;
  }

  /** The index of a title token within reach before token index a, with only capitalised words or abbreviations between (-1: none). */
  private titleShortlyBefore(b: Block, a: number): number {
    for (let k = a - 1; k >= Math.max(0, a - 4); k--) {
      const t = b.tokens[k]!;
      const gap = this.doc.text.slice(t.end, b.tokens[k + 1]!.start);
      // Not across a line ("…уничтожена полицейскими\nЛоготип AlphaBay") nor a sentence end ("воин. Желаю"):
      // a dot only after an abbreviated title ("ген. Иванов").
      if (!/^\.?[ \t\u00a0]+$/u.test(gap)) return -1;
      if (gap.startsWith('.') ? isTitleWord(this.c, t.low + '.') : isTitleWord(this.c, t.low)) return k;
      if (!t.cap && !this.c.abbreviations.has(t.low + '.')) return -1;
    }
    return -1;
  }

  private cores(t: Token): readonly string[] {
    return nameCores(this.c, t.low);
  }

  /** Finds the person a run names: same surname core, and a compatible first name when both have one. */
  match(r: Run): PersonRec | null {
    const last = r.tokens[r.tokens.length - 1]!;
    const lastCores = this.cores(last);
    let found: PersonRec | null = null;
    const pool = new Set<PersonRec>();
    for (const x of lastCores) {
      for (const p of this.bySurname.get(x) ?? []) pool.add(p);
      for (const p of this.byFirst.get(x) ?? []) pool.add(p);
    }
    for (const p of [...pool].sort((a, b2) => a.id - b2.id)) {
      if (lastCores.some((x) => p.surnameCores.has(x))) {
        if (r.tokens.length > 1) {
          const firstCores = this.cores(r.tokens[0]!);
          const pf = p.firstCores;
          // A capitalised sentence opener is not a first name ("Семья Обамы").
          const opener = r.tokens[0]!.sentStart && !r.evidence;
          if (pf.size && !r.tokens[0]!.initial && !opener && !firstCores.some((x) => pf.has(x)) && !this.sameNameTail(r, p)) continue;
          if (pf.size && r.tokens[0]!.initial && ![...pf].some((x) => x[0] === r.tokens[0]!.low[0])) continue;
        }
        found = p;
      } else if (r.tokens.length === 1 && p.firstCores.size && lastCores.some((x) => p.firstCores.has(x)) && p.best.tokens.length > 1) {
        found ??= p;
      }
    }
    return found;
  }

  /**
   * "Hernández Luna" after "Roberto Hernández Luna" (or before it): the shorter name is the end of the
   * longer one and does not open with a first name, so both surnames of one person, not a namesake.
   */
  private sameNameTail(r: Run, p: PersonRec): boolean {
    const words = r.tokens.map((t) => t.low);
    if (p.tails.has(words.join(' '))) return !this.isFirstName(r.tokens[0]!.low);
    const best = p.best.tokens;
    if (best.length < 2 || best.length >= words.length || this.isFirstName(best[0]!.low)) return false;
    return words.slice(-best.length).join(' ') === best.map((t) => t.low).join(' ');
  }

  private isFirstName(low: string): boolean {
    return firstNameBase(this.c, low, null) !== null;
  }

  /** Adds a run to a known person, or (unless `onlyKnown`) makes a new person of it. */
  attach(r: Run, onlyKnown = false): PersonRec | null {
    if (r.personId >= 0) return this.persons[r.personId] ?? null;
    if (r.notPerson) return null;
    // "пишет The Times", "сообщает Daily Mirror": where the language has another script, Latin words that
    // only a speaker position makes a name are an outlet.
    // One unknown word that only a speaker position makes a name is a noun or a body more often than a person
    // ("sagte die Gewerkschaft", "Initiatoren", "England", "Стрічка"), unless a title stands a few words before it
    // ("Secretary of State Tillerson said"): a person named once by surname alone is rare.
    if (r.evidence === 'speaker' && ((r.tokens.length === 1 && !this.titleWithin(r)) || scriptOf(r.tokens[0]!.raw) !== scriptOf(this.c.lex.speechVerbs[0] ?? ''))) {
      r.evidence = null;
      return null;
    }
    let p = this.match(r);
    if (!p) {
      if (onlyKnown || r.complement) return null;
      p = this.newPerson(r);
    }
    r.personId = p.id;
    this.addRun(p, r);
    if (r.tokens.length > p.best.tokens.length || (r.tokens.length === p.best.tokens.length && r.nominative > p.best.nominative)) p.best = r;
    for (const x of this.cores(r.tokens[r.tokens.length - 1]!)) {
      p.surnameCores.add(x);
      this.indexCore(this.bySurname, x, p);
    }
    if (r.tokens.length > 1 && !r.tokens[0]!.initial) {
      for (const x of this.cores(r.tokens[0]!)) {
        p.firstCores.add(x);
        this.indexCore(this.byFirst, x, p);
      }
    }
    if (r.gender) p.votes[r.gender] += 2;
    this.addTimeline(r.start, p.id);
    // Roles found here were already checked for number (a plural one only for a list or a shared predicate).
    for (const role of this.around.rolesFor(r)) this.addRole(p, role.text, role.sentenceInitial, true);
    return p;
  }

  /**
   * Moves a one-word run to a person of its own: "Досаева сообщила" after "Ерболат Досаев" is
   * another person (the verb's gender says so), not him.
   */
  detach(r: Run): PersonRec | null {
    const old = this.persons[r.personId];
    if (!old || r.tokens.length !== 1 || old.best === r) return old ?? null;
    old.runs = old.runs.filter((x) => x !== r);
    old.runStarts = old.runs.map((x) => x.start);
    old.startsSorted = false;
    r.personId = -1;
    const fresh = this.persons.length;
    this.attachNew(r);
    return this.persons[fresh] ?? null;
  }

  /** A new, empty person whose best name so far is `r`, registered under the next id. */
  private newPerson(r: Run): PersonRec {
    const p: PersonRec = {
      id: this.persons.length,
      best: r,
      runs: [],
      runStarts: [],
      startsSorted: true,
      lastWords: new Set(),
      tails: new Set(),
      cores: new Set(),
      firstCores: new Set(),
      surnameCores: new Set(),
      roles: [],
      organizations: [],
      votes: { male: 0, female: 0 },
      mentions: [],
      mentionStarts: new Set(),
      titleWords: new Set(),
      isOfficial: false,
    };
    this.persons.push(p);
    return p;
  }

  private attachNew(r: Run): void {
    const p = this.newPerson(r);
    r.personId = p.id;
    this.addRun(p, r);
    for (const x of this.cores(r.tokens[0]!)) {
      p.surnameCores.add(x);
      this.indexCore(this.bySurname, x, p);
    }
    this.addTimeline(r.start, p.id);
  }

  private addRun(p: PersonRec, r: Run): void {
    p.runs.push(r);
    // Ends of a full name, two words or more ("hernández luna" of "Roberto Hernández Luna").
    for (let k = 1; k + 2 <= r.tokens.length; k++) p.tails.add(r.tokens.slice(k).map((t) => t.low).join(' '));
    p.lastWords.add(r.tokens[r.tokens.length - 1]!.low);
    // The second pass adds bare surnames between full names: sorted when next asked for, not on every insert.
    const starts = p.runStarts;
    if (starts.length > 0 && starts[starts.length - 1]! > r.start) p.startsSorted = false;
    starts.push(r.start);
  }

  /** Whether the person was named before `pos` (constant time: the earliest run start). */
  personNamedBefore(p: PersonRec, pos: number): boolean {
    const starts = this.startsOf(p);
    return starts.length > 0 && starts[0]! < pos;
  }

  /** Starts of a person's runs, sorted. */
  private startsOf(p: PersonRec): number[] {
    if (!p.startsSorted) {
      p.runStarts.sort((a, b2) => a - b2);
      p.startsSorted = true;
    }
    return p.runStarts;
  }

  private addTimeline(pos: number, id: number): void {
    this.timeline.insert(pos, id);
  }

  /** Adds a role string to a person, with its organisations (capitalised words of the role). */
  addRole(p: PersonRec, raw: string, sentenceInitial = false, pluralChecked = false): void {
    let text = raw.replace(/[\s\u00a0]+/g, ' ').replace(/^[,\s]+|[,\s]+$/g, '');
    if (!text) return;
    // Role phrases only: "Скончался основатель группы" → "основатель группы"; debris without a role word goes.
    if (this.phrased) {
      const clean = cleanRole(this.c, text, (lw) => this.isNameWord(p, lw));
      if (!clean) return;
      // "эксперты", "представителями" next to one speaker name other people.
      if (!pluralChecked && isPluralRole(this.c, lower(clean.split(' ').find((w) => roleHeadKind(this.c, lower(w)) === 2) ?? ''))) return;
      if (clean !== text) sentenceInitial = false;
      text = clean;
    } else {
      text = dictionaryForm(this.c, trimRole(this.c, withoutArticle(this.c, text)));
      // A role holds no speech verb: "prosecutor Daniel Hughes told the court that" is a clause, not a role.
      if ((text.match(/[\p{L}’'-]+/gu) ?? []).some((w) => w === lower(w) && this.c.verbRe.isWord(w) && !isTitleWord(this.c, w))) return;
    }
    // Sentence-initial capital on a title ("Депутат Мажилиса") is grammar, not part of the role.
    if (sentenceInitial && !this.c.lex.capitalisedNouns && /^\p{Lu}\p{Ll}+(?:\s|$)/u.test(text) && isTitleWord(this.c, lower(text.split(/\s/)[0]!))) text = text[0]!.toLowerCase() + text.slice(1);
    // Keep the fullest wording of a role ("Алматы қаласының әкімі" over "әкімі").
    const low = text.toLowerCase();
    if (!p.roles.some((x) => x.toLowerCase().includes(low))) {
      p.roles = p.roles.filter((x) => !low.includes(x.toLowerCase()));
      p.roles.push(text);
      for (const w of low.split(/[\s,]+/)) this.indexCore(this.byRoleKey, linkKey(lower(w)), p);
    }
    const words = text.split(' ');
    for (const w of words) {
      const lw = lower(w.replace(/[^\p{L}\p{N}.-]/gu, ''));
      if (isTitleWord(this.c, lw)) {
        p.titleWords.add(lw);
        if (this.c.titleRe.isWord(lw)) p.isOfficial = true;
      }
    }
    const orgs = text.match(ORG_NAME_RE) ?? [];
    for (const o of orgs) {
      const lo = lower(o);
      if (isTitleWord(this.c, lo) || this.isSelfName(p, lo)) continue;
      if (!p.organizations.includes(o)) p.organizations.push(o);
    }
  }

  /** A word that starts a name: a known first name or part of this person's name. */
  private isNameWord(p: PersonRec, lw: string): boolean {
    const cores = nameCores(this.c, lw);
    return cores.some((x) => this.c.firstMale.has(x) || this.c.firstFemale.has(x) || p.surnameCores.has(x) || p.firstCores.has(x));
  }

  private isSelfName(p: PersonRec, lo: string): boolean {
    return lo.split(/\s+/).some((w) => this.cores({ low: w } as Token).some((x) => p.surnameCores.has(x) || p.firstCores.has(x)));
  }

  /** Whether the lexicon describes role phrases (then roles are cut to a role noun phrase). */
  get phrased(): boolean {
    return !!this.c.lex.rolePhrases;
  }

  /** Token indices of a block that lie in a name (a run with evidence or a known person), for stopping role phrases. */
  private readonly nameTokens = new Map<number, Set<number>>();

  isNameToken(b: Block, k: number): boolean {
    let set = this.nameTokens.get(b.index);
    if (!set) {
      set = new Set();
      for (const r of this.runsByBlock.get(b.index) ?? []) if (r.evidence || r.personId >= 0) for (let i = 0; i < r.tokens.length; i++) set.add(r.at + i);
      this.nameTokens.set(b.index, set);
    }
    return set.has(k);
  }

  namedBefore(b: Block, t: Token, pos: number): boolean {
    const run = this.runAt(b.index, t.start, t.end);
    if (!run) return false;
    const p = run.personId >= 0 ? this.persons[run.personId] : this.match(run);
    return !!p && this.personNamedBefore(p, pos);
  }

  /** Multiword titles ("глава государства") ending at token t. */
  titleEndsAt(b: Block, t: Token): boolean {
    // Most words end no title: a set lookup before the phrase matcher.
    if (!titleEndings(this.c).has(t.low.slice(0, TITLE_END_PREFIX))) return false;
    if (isNotRole(this.c, t.low)) return false;
    const from = Math.max(b.start, t.start - 40);
    for (const m of this.c.titleRe.allIn(this.doc.words, from, t.end)) if (m.index + m[0].length === t.end) return true;
    return false;
  }

  titleStartsAt(b: Block, t: Token, titleTok: Token): boolean {
    // A lexicon title or role phrase ("regional officer", "head coach") opening at t and reaching the title word.
    for (const re of [this.c.titleRe, this.c.roleRe]) {
      const m = re.at(this.doc.words, t.start, titleTok.end + 1);
      if (m && m[0].length >= titleTok.end - t.start) return true;
    }
    return false;
  }

  /** The first run (if any) overlapping [start, end) in block. */
  runAt(block: number, start: number, end: number): Run | null {
    // Runs of a block are in text order and do not overlap, so their ends rise too: a binary search.
    const runs = this.runsByBlock.get(block) ?? [];
    const r = runs[upperBound(runs, start, (x) => x.end)];
    return r && r.start < end ? r : null;
  }

  /** Nearest earlier person (matching gender when known) for a pronoun at pos. */
  antecedent(pos: number, gender: 'male' | 'female' | null): PersonRec | null {
    let walked = 0;
    for (const m of this.timeline.before(pos)) {
      // A pronoun does not reach past hundreds of mentions of other people: a bounded walk.
      if (walked++ >= ANTECEDENT_REACH) break;
      const p = this.persons[m.id]!;
      const g = genderOf(p);
      if (!gender || !g || g === gender) return p;
    }
    return null;
  }

  /** A person whose role shares the title word ("мажилисмен" → the "депутат Мажилиса"), latest mentioned before pos. */
  byTitle(title: string, pos: number): PersonRec | null {
    const named = this.namedRightAfter(title, pos);
    if (named) return named;
    let best: PersonRec | null = null;
    let bestPos = -1;
    for (const p of this.titleHolders(title)) {
      const starts = this.startsOf(p);
      const i = lowerBound(starts, pos, (x) => x);
      const last = i > 0 ? starts[i - 1]! : -1;
      if (last > bestPos) {
        best = p;
        bestPos = last;
      }
    }
    return best ?? this.describedLast(title, pos);
  }

  /** Persons whose roles share a word of the title ("мажилисмен" ~ "депутат Мажилиса"), in id order. */
  titleHolders(title: string): PersonRec[] {
    const words = lower(title).split(/\s+/).filter((w) => w.length >= 3);
    // Only persons whose roles hold a word with the same link key: a few lookups, not a scan of everyone.
    const pool = new Set<PersonRec>();
    for (const w of words) for (const p of this.byRoleKey.get(linkKey(w)) ?? []) pool.add(p);
    // German compounds end with the title ("Kultusminister" for "der Minister"): a few persons, a scan.
    if (this.c.lex.capitalisedNouns) for (const p of this.persons) if (this.roleWordsOf(p).some((rw) => words.some((w) => compoundHead(rw, w)))) pool.add(p);
    return [...pool]
      .sort((a, b2) => a.id - b2.id)
      .filter((p) => {
        const roleWords = this.roleWordsOf(p);
        return words.some((w) => roleWords.some((rw) => (commonPrefix(w, rw) >= Math.min(STEM_LINK, w.length, rw.length) && (commonPrefix(w, rw) >= STEM_LINK || w === rw)) || (this.c.lex.capitalisedNouns && compoundHead(rw, w))));
      });
  }

  /** Whether p was named in [from, to) (a run of p starts there). */
  namedIn(p: PersonRec, from: number, to: number): boolean {
    const starts = this.startsOf(p);
    const i = lowerBound(starts, from, (x) => x);
    return i < starts.length && starts[i]! < to;
  }

  /**
   * The person named right after a title, in apposition or directly: "El alcalde, José Antonio Ortega,
   * aseguró", "Бапкер Владимир Ковальчук … айтты". `title` is the article text at `pos`.
   */
  namedRightAfter(title: string, pos: number): PersonRec | null {
    const end = pos + title.length;
    if (this.doc.text.slice(pos, end) !== title) return null;
    const b = this.blockAt(pos);
    if (!b) return null;
    const gap = /^[\s\u00a0]*(?:,[\s\u00a0]*)?/u.exec(this.doc.text.slice(end, end + 4))![0];
    let at = end + gap.length;
    // "El presidente del jurado, el actor Marcos Gil": a second title may stand before the name.
    const toks = b.tokens;
    let k = lowerBound(toks, at, (x) => x.start);
    // "Son avocat, Me Laurent Vidal": an honorific too.
    for (let n = 0; n < APPOSITION_TITLE_WORDS && toks[k]?.start === at && ((!toks[k]!.cap && (this.isLinkWord(toks[k]!.low) || isTitleWord(this.c, toks[k]!.low))) || this.c.honorificGender.has(toks[k]!.low)); n++) {
      const next = toks[k + 1];
      if (!next || !/^[\s\u00a0]+$/u.test(this.doc.text.slice(toks[k]!.end, next.start))) break;
      at = next.start;
      k++;
    }
    const runs = this.runsByBlock.get(b.index) ?? [];
    const r = runs[lowerBound(runs, at, (x) => x.start)];
    if (!r || r.start !== at || r.personId < 0) return null;
    return this.persons[r.personId] ?? null;
  }

  /**
   * A definite singular description standing for the person named last ("el funcionario", "la
   * especialista", "der Rückraumspieler", "посадовця"): the latest person mentioned in this block or
   * the one before, when the head is a lexicon title or role, not a group. Languages with articles
   * need one ("el", "der", "the"): a bare title word there is a role, not a reference.
   */
  describedLast(title: string, pos: number): PersonRec | null {
    // "l’entraîneur": an elided article is a word of its own.
    const words = lower(title).split(/[\s\u00a0]+|(?<=^\p{L}['’])/u).filter(Boolean);
    const at = words.findIndex((w) => isTitleWord(this.c, w) || this.c.roleRe.isWord(w) || descriptionNouns(this.c).has(w));
    const head = words[at];
    if (!head || at > DESCRIPTION_HEAD_AT) return null;
    if (this.c.collectiveRe.isWord(head) || isPluralRole(this.c, head) || this.pluralOfLexicon(head)) return null;
    const articles = this.c.lex.names.definiteArticles;
    if (articles?.length && !articles.includes(words[0]!.replace(/’/gu, "'"))) return null;
    const b = this.blockAt(pos);
    // "Jean-Marc Ayrault, the foreign minister of France,": an apposition describes the word before its comma.
    if (!b || /,[\s\u00a0]*$/u.test(this.doc.text.slice(Math.max(b.start, pos - 3), pos))) return null;
    // The one person named in this paragraph before the description, or else in the paragraph before:
    // with two candidates ("whether Sanders … hatred of Clinton …, the Vermont senator") nothing is sure.
    const prev = this.doc.blocks[upperBound(this.doc.blocks, pos, (x) => x.start) - 2];
    for (const from of [b.start, prev?.start]) {
      if (from === undefined) return null;
      const id = this.timeline.soleIn(from, pos);
      if (id === SEVERAL) return this.soleOfGender(from, pos, descriptionGender(this.c, title));
      if (id >= 0) return this.persons[id] ?? null;
    }
    return null;
  }

  /**
   * "Marc Duval a rencontré Sophie Lambert. « Q », a assuré l'élue.": of the persons named in [from, pos), the one
   * of the description's gender, when every one of them has a known gender and exactly one has that one.
   */
  private soleOfGender(from: number, pos: number, gender: 'male' | 'female' | null): PersonRec | null {
    if (!gender) return null;
    const ids = new Set<number>();
    for (const m of this.timeline.before(pos)) {
      if (m.pos < from) break;
      ids.add(m.id);
    }
    const persons = [...ids].map((id) => this.persons[id]!);
    if (persons.some((p) => !genderOf(p))) return null;
    const same = persons.filter((p) => genderOf(p) === gender);
    return same.length === 1 ? same[0]! : null;
  }

  /** A plural of a lexicon title in languages that add -s/-es/-en ("concejales", "ministres", "Experten"). */
  pluralOfLexicon(low: string): boolean {
    const bases = roleWordSet(this.c);
    return ['s', 'es', 'en', 'n'].some((e) => low.length > e.length + 3 && low.endsWith(e) && bases.has(low.slice(0, -e.length)));
  }

  /** The block holding position pos. */
  private blockAt(pos: number): Block | undefined {
    const blocks = this.doc.blocks;
    const i = upperBound(blocks, pos, (x) => x.start) - 1;
    const b = blocks[i];
    return b && pos < b.end ? b : undefined;
  }

  private readonly roleWordCache = new Map<PersonRec, { n: number; words: string[] }>();
  /** Persons by the link key of each word of their roles (a superset: byTitle checks the words again). */
  private readonly byRoleKey = new Map<string, Set<PersonRec>>();

  private roleWordsOf(p: PersonRec): string[] {
    const hit = this.roleWordCache.get(p);
    if (hit && hit.n === p.roles.length && hit.words.length) return hit.words;
    const words = p.roles.flatMap((r) => lower(r).split(/[\s,]+/));
    this.roleWordCache.set(p, { n: p.roles.length, words });
    return words;
  }

  addMention(p: PersonRec, kind: Mention['kind'], rule: string, block: number, start: number, end: number, timeline = true): void {
    if (p.mentionStarts.has(start)) return;
    p.mentionStarts.add(start);
    p.mentions.push({ ...makeSpan(this.doc, start, end, block), kind, rule });
    if (timeline) this.addTimeline(start, p.id);
  }

  private readonly nameCache = new Map<PersonRec, { best: Run; gender: 'male' | 'female' | null; name: string }>();

  /**
   * Canonical display name: the best run with each word in its base form ("режисерки Оксани Литвин" →
   * "Оксана Литвин", "Айжан Касымовой" → "Айжан Касымова"), possessive endings removed.
   */
  nameOf(p: PersonRec): string {
    const gender = genderOf(p);
    const hit = this.nameCache.get(p);
    if (hit && hit.best === p.best && hit.gender === gender) return hit.name;
    const r = p.best;
    let raw = this.doc.text.slice(r.start, r.end);
    // Replace words from the last, so earlier offsets stay valid.
    // Without verbs that show it, the first name tells the gender the surname's ending must agree with.
    const lead = r.tokens[0]!;
    const firstGender = r.tokens.length > 1 && !lead.initial ? (firstNameBase(this.c, lead.low, gender)?.gender ?? null) : null;
    const g = gender ?? firstGender;
    const bases = r.tokens.map((t, i) => this.baseForm(p, t, i === 0, g));
    // A man's name in the genitive or instrumental: words the rules left alone drop the same ending ("Роберта Мюллера").
    const agreeing = g === 'male' ? r.tokens.map((t, i) => this.c.morph.table.names.agreeingCases[t.low.slice(commonPrefix(t.low, bases[i]!))]).find((x) => x && bases.some((b2, i) => b2 !== r.tokens[i]!.low)) : undefined;
    for (let i = r.tokens.length - 1; i >= 0; i--) {
      const t = r.tokens[i]!;
      let base = bases[i]!;
      if (agreeing && base === t.low && !t.initial && t.low.length > agreeing.length + 2 && t.low.endsWith(agreeing) && this.c.morph.consonantEndRe.test(t.low.slice(0, -agreeing.length))) base = t.low.slice(0, -agreeing.length);
      if (base === t.low) continue;
      // Keep the spelling as written for the shared stem ("Мар’яни" → "Мар’яна").
      const word = t.raw.slice(0, commonPrefix(t.low, base)) + base.slice(commonPrefix(t.low, base));
      raw = raw.slice(0, t.start - r.start) + word + raw.slice(t.end - r.start);
    }
    const name = raw.replace(/['’]s?$/u, '').replace(/[\s\u00a0]+/g, ' ');
    this.nameCache.set(p, { best: r, gender, name });
    return name;
  }

  /** The base form (lowercase) of one word of a person's name: first names by the lists, surnames by their suffixes or other mentions. */
  private baseForm(p: PersonRec, t: Token, leading: boolean, gender: 'male' | 'female' | null): string {
    if (t.initial) return t.low;
    const low = t.low;
    const first = firstNameBase(this.c, low, gender);
    if (first && (leading || first.base === low)) return first.base;
    const bySuffix = gender ? surnameBase(this.c, low, gender) : null;
    if (bySuffix) return bySuffix;
    // "Клишаса" after "Клишас" was seen on its own: the bare form is the base.
    for (const e of this.c.morph.table.names.obliqueEndings) if (low.length > e.length + 2 && low.endsWith(e) && p.lastWords.has(low.slice(0, -e.length))) return low.slice(0, -e.length);
    return low;
  }

  /** Passes 2 and 3: candidate runs of the document and the registry built from those with evidence. */
  static fromCandidates(c: Compiled, doc: Doc): People {
    const people = new People(c, doc);
    people.build();
    return people;
  }

  /** A speech verb's form shows the person's gender ("сказала"): one vote for it. */
  vote(p: PersonRec, gender: 'male' | 'female'): void {
    p.votes[gender] += 1;
  }

  /** Final Person records (people with at least one run). */
  /** Roles read off descriptions standing for a person (resolution), added when the links are made: see roleByDescription. */
  private readonly describedRoleTexts: Array<[PersonRec, string, boolean]> = [];

  /**
   * A role a speaker's description gives the person it stands for ("raconte le viticulteur de 58 ans"). It joins the
   * person's roles at the end, after title mentions are linked: as a title of its holder it would link later bare
   * uses of the word too, which measured below the other holders' links (NEREL train, sole-holder).
   */
  roleByDescription(p: PersonRec, raw: string, sentenceInitial = false): void {
    this.describedRoleTexts.push([p, raw, sentenceInitial]);
  }

  finish(): Person[] {
    // "Král dodal": a surname that is also a title word describes nobody.
    for (const [p, raw, initial] of this.describedRoleTexts) if (!this.isSelfName(p, lower(raw))) this.addRole(p, raw, initial);
    return this.persons.map((p) => {
      // Runs are on the timeline already (attach): no pronoun is resolved after this.
      for (const r of p.runs) this.addMention(p, r.tokens.length > 1 ? 'name' : 'surname', `mention.name.${r.evidence ?? 'known'}`, r.block, r.start, r.end, false);
      p.mentions.sort((a, b) => a.start - b.start);
      return {
        name: this.nameOf(p),
        roles: p.roles,
        organizations: p.organizations,
        gender: genderOf(p),
        isOfficial: p.isOfficial,
        mentions: p.mentions.length,
        mentionSpans: p.mentions,
      };
    });
  }
}

/** Prefixes of the last words of multiword titles and roles (their inflected forms share them). */
const titleEndings = lexiconMemo(
  (c) => new Set([...c.lex.titles, ...c.lex.roles].map((t) => lower(t.split(/[\s]+/).pop()!).slice(0, TITLE_END_PREFIX))),
);

/** Letters a compound's head may add to the title it ends with ("Innenministerin" for "Minister"). */
const COMPOUND_INFLECTION = 2;

/** Whether role word rw is a compound ending in title word w, maybe inflected ("kultusminister", "innenministerin" ~ "minister"). */
function compoundHead(rw: string, w: string): boolean {
  if (w.length < MIN_COMPOUND_HEAD) return false;
  const at = rw.lastIndexOf(w);
  return at > 0 && rw.length - at - w.length <= COMPOUND_INFLECTION;
}

/** The key under which a title word links to a role word: its first STEM_LINK letters, or the whole short word. */
function linkKey(w: string): string {
  return w.length >= STEM_LINK ? w.slice(0, STEM_LINK) : `=${w}`;
}


