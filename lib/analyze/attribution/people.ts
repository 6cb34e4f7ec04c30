/**
 * People: finds person names among capitalised word runs (by first-name lists, surname and
 * patronymic morphology, initials, a title or honorific before them, or a speaker position), merges
 * inflected and partial mentions into one person with a canonical nominative name, and collects
 * roles, organisations, gender and mention spans.
 */
import type { Mention, Person } from '../../schema';
import { type Compiled, nameCores } from './compile';
import { type Block, type Doc, type Token, makeSpan, lower } from './text';

/** Longest name we accept ("Мария Ивановна Петрова-Водкина", "Martin Luther King Jr"). */
const MAX_NAME_TOKENS = 4;
/** How far back (in tokens) a title may sit before the name it belongs to ("министр иностранных дел РК Мурат Нуртлеу"). */
const TITLE_REACH = 7;
/** Apposition after a name: how many tokens may follow the comma ("Габит Сыздыкбеков, аким г. Алматы,"). */
const APPOSITION_REACH = 9;
/** Shared prefix that links a title to a role word ("мажилисмен" ~ "Мажилиса", "senator" ~ "Senate"). */
const STEM_LINK = 5;
/** Where a token that is followed by ".kz" etc. is a domain, not a name. */
const DOMAIN_AFTER_RE = /^\.[a-z]{2,6}\b/i;

export type Evidence = 'internal' | 'title' | 'honorific' | 'cue' | 'speaker' | null;

export interface Run {
  block: number;
  start: number;
  end: number;
  tokens: Token[];
  evidence: Evidence;
  gender: 'male' | 'female' | null;
  /** Token index (in block.tokens) of the first token. */
  at: number;
  /** A title directly before or in apposition. */
  role: { text: string; start: number; end: number } | null;
  personId: number;
  /** Name form quality: nominative-looking tokens score higher. */
  nominative: number;
}

export interface PersonRec {
  id: number;
  best: Run;
  runs: Run[];
  cores: Set<string>;
  firstCores: Set<string>;
  surnameCores: Set<string>;
  roles: string[];
  organizations: string[];
  votes: { male: number; female: number };
  mentions: Mention[];
  titleWords: Set<string>;
  isOfficial: boolean;
}

type Kind = 'first' | 'patr' | 'sur' | 'init' | 'unk' | 'break';

interface TokInfo {
  kind: Kind;
  gender: 'male' | 'female' | null;
}

function endsWithAny(low: string, suffixes: string[], minStem = 2): string | null {
  // Long suffixes need a longer stem: "Әбішұлы" is a name, "Атаулы" an adjective.
  for (const s of suffixes) if (low.length - s.length >= minStem + (s.length >= 3 ? 1 : 0) && low.endsWith(s)) return s;
  return null;
}

/** What one capitalised token looks like, case endings considered. */
function classify(c: Compiled, doc: Doc, t: Token): TokInfo {
  const low = t.low;
  if (t.initial) return { kind: 'init', gender: null };
  if (c.nonNames.has(low)) return { kind: 'break', gender: null };
  if (t.raw.length >= 2 && t.raw === t.raw.toUpperCase() && /\p{Lu}{2}/u.test(t.raw)) return { kind: 'break', gender: null };
  if (DOMAIN_AFTER_RE.test(doc.text.slice(t.end, t.end + 8))) return { kind: 'break', gender: null };
  const cores = nameCores(c, low);
  for (const core of cores) {
    if (c.firstFemale.has(core)) return { kind: 'first', gender: 'female' };
    if (c.firstMale.has(core)) return { kind: 'first', gender: 'male' };
  }
  for (const core of cores) if (c.orgStems.has(core)) return { kind: 'break', gender: null };
  if (isTitleWord(c, low)) return { kind: 'break', gender: null };
  if (endsWithAny(low, c.patrFemale, 3)) return { kind: 'patr', gender: 'female' };
  if (endsWithAny(low, c.patrMale, 3)) return { kind: 'patr', gender: 'male' };
  for (const core of cores) {
    if (endsWithAny(core, c.surFemale, 3) && core === low) return { kind: 'sur', gender: 'female' };
    if (endsWithAny(core, c.surMale, 3)) return { kind: 'sur', gender: core === low ? 'male' : null };
  }
  return { kind: 'unk', gender: null };
}

const titleWordCache = new WeakMap<Compiled, Map<string, boolean>>();

/** Whether a single word is a title or role word in some inflected form. */
export function isTitleWord(c: Compiled, low: string): boolean {
  let m = titleWordCache.get(c);
  if (!m) titleWordCache.set(c, (m = new Map()));
  const hit = m.get(low);
  if (hit !== undefined) return hit;
  const yes = c.titleRe.isWord(low) || c.roleRe.isWord(low);
  m.set(low, yes);
  return yes;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

export class People {
  readonly persons: PersonRec[] = [];
  /** Every run (candidate name) in text order, per block. */
  readonly runsByBlock = new Map<number, Run[]>();
  /** Mentions of persons in text order (names, pronouns, titles), for pronoun resolution. */
  private timeline: Array<{ pos: number; id: number }> = [];

  constructor(
    private readonly c: Compiled,
    private readonly doc: Doc,
  ) {}

  private readonly blockByIndex = new Map<number, Block>();
  /** Persons by surname core, so matching a run costs a few lookups, not a scan of everyone. */
  private readonly bySurname = new Map<string, PersonRec[]>();
  private readonly byFirst = new Map<string, PersonRec[]>();

  private blockOf(index: number): Block | undefined {
    if (this.blockByIndex.size === 0) for (const b of this.doc.blocks) this.blockByIndex.set(b.index, b);
    return this.blockByIndex.get(index);
  }

  private indexCore(map: Map<string, PersonRec[]>, core: string, p: PersonRec): void {
    const list = map.get(core) ?? [];
    if (!list.includes(p)) list.push(p);
    map.set(core, list);
  }

  /** Step 1: candidate runs in every block, and persons from runs with evidence. */
  build(): void {
    for (const b of this.doc.blocks) this.runsByBlock.set(b.index, this.findRuns(b));
    for (const runs of this.runsByBlock.values()) for (const r of runs) if (r.evidence) this.attach(r);
    // Second pass: bare surnames and first names of known persons ("Башимова", "Trump").
    for (const runs of this.runsByBlock.values()) for (const r of runs) if (r.personId < 0) this.attach(r, true);
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
        if (gap.startsWith('.') && !toks[j - 1]!.initial) break;
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
      if (k === to || infos[k - from]!.kind === 'break') {
        if (k > s) parts.push([s, k]);
        s = k + 1;
      }
    }
    const hasInternal = (p: [number, number]) => infos.slice(p[0] - from, p[1] - from).some((x) => x.kind !== 'unk');
    const anyInternal = parts.some(hasInternal);
    parts.forEach((p, idx) => {
      let [a, z] = p;
      const internal = hasInternal(p);
      const first = b.tokens[a]!;
      // A sentence-initial word alone with nothing name-like about it stays a bare candidate (no evidence):
      // only a speaker position or an earlier full name makes it a person.
      if (z - a > MAX_NAME_TOKENS) {
        if (!internal) return;
        a = z - MAX_NAME_TOKENS;
      }
      let evidence: Evidence = internal ? 'internal' : null;
      // A title a few capitalised words back ("Госсекретарь США Рекс Тиллерсон", "президентом Аргентины Маурисио Макри").
      if (!internal && !anyInternal && this.titleShortlyBefore(b, a)) evidence = 'title';
      const prev = b.tokens[a - 1];
      const before = prev ? lower(this.doc.text.slice(prev.start, b.tokens[a]!.start)).trim() : '';
      if (!internal && (idx === 0 || !anyInternal)) {
        if (prev && this.c.honorificGender.has(before)) evidence = 'honorific';
        else if (prev && isTitleWord(this.c, prev.low) && !anyInternal) evidence = 'title';
      }
      // "жена Мишель", "51-летний Габриэл Уортман": a person noun right before.
      if (!evidence && prev && (this.c.personCues.has(prev.low) || this.c.personCueEndings.some((e) => prev.low.endsWith(e)))) evidence = 'cue';
      // A lone word with an adjective's ending ("Московский", "Бывший") is not a surname by itself.
      if (evidence === 'internal' && z - a === 1 && infos[a - from]!.kind === 'sur' && endsWithAny(b.tokens[a]!.low, this.c.adjectiveLike, 2)) evidence = null;
      // A lone surname-looking word after "в"/"in" is a place ("в Ростове").
      if (evidence === 'internal' && z - a === 1 && infos[a - from]!.kind === 'sur' && prev && this.c.placePrepositions.has(prev.low)) evidence = null;
      if (evidence === 'internal' && z - a === 1 && infos[a - from]!.kind === 'sur' && first.sentStart && b.tokens[a + 1] === undefined) evidence = null;
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
      });
    });
  }

  /** A title token within reach before token index a, with only capitalised words or abbreviations between. */
  private titleShortlyBefore(b: Block, a: number): boolean {
    for (let k = a - 1; k >= Math.max(0, a - 4); k--) {
      const t = b.tokens[k]!;
      const gap = this.doc.text.slice(t.end, b.tokens[k + 1]!.start);
      if (!/^\.?[\s\u00a0]+$/u.test(gap)) return false;
      if (isTitleWord(this.c, t.low) || isTitleWord(this.c, t.low + '.')) return true;
      if (!t.cap && !this.c.abbreviations.has(t.low + '.')) return false;
    }
    return false;
  }

  private cores(t: Token): string[] {
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
          if (pf.size && !r.tokens[0]!.initial && !opener && !firstCores.some((x) => pf.has(x))) continue;
          if (pf.size && r.tokens[0]!.initial && ![...pf].some((x) => x[0] === r.tokens[0]!.low[0])) continue;
        }
        found = p;
      } else if (r.tokens.length === 1 && p.firstCores.size && lastCores.some((x) => p.firstCores.has(x)) && p.best.tokens.length > 1) {
        found ??= p;
      }
    }
    return found;
  }

  /** Adds a run to a known person, or (unless `onlyKnown`) makes a new person of it. */
  attach(r: Run, onlyKnown = false): PersonRec | null {
    if (r.personId >= 0) return this.persons[r.personId] ?? null;
    let p = this.match(r);
    if (!p) {
      if (onlyKnown) return null;
      p = {
        id: this.persons.length,
        best: r,
        runs: [],
        cores: new Set(),
        firstCores: new Set(),
        surnameCores: new Set(),
        roles: [],
        organizations: [],
        votes: { male: 0, female: 0 },
        mentions: [],
        titleWords: new Set(),
        isOfficial: false,
      };
      this.persons.push(p);
    }
    r.personId = p.id;
    p.runs.push(r);
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
    const role = this.roleFor(r);
    if (role) this.addRole(p, role.text, role.sentenceInitial);
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
    r.personId = -1;
    const fresh = this.persons.length;
    this.attachNew(r);
    return this.persons[fresh] ?? null;
  }

  private attachNew(r: Run): void {
    const p: PersonRec = {
      id: this.persons.length,
      best: r,
      runs: [],
      cores: new Set(),
      firstCores: new Set(),
      surnameCores: new Set(),
      roles: [],
      organizations: [],
      votes: { male: 0, female: 0 },
      mentions: [],
      titleWords: new Set(),
      isOfficial: false,
    };
    this.persons.push(p);
    r.personId = p.id;
    p.runs.push(r);
    for (const x of this.cores(r.tokens[0]!)) {
      p.surnameCores.add(x);
      this.indexCore(this.bySurname, x, p);
    }
    this.addTimeline(r.start, p.id);
  }

  private addTimeline(pos: number, id: number): void {
    const tl = this.timeline;
    let i = tl.length;
    while (i > 0 && tl[i - 1]!.pos > pos) i--;
    tl.splice(i, 0, { pos, id });
  }

  /** Adds a role string to a person, with its organisations (capitalised words of the role). */
  addRole(p: PersonRec, raw: string, sentenceInitial = false): void {
    let text = raw.replace(/[\s\u00a0]+/g, ' ').replace(/^[,\s]+|[,\s]+$/g, '');
    if (!text) return;
    // Sentence-initial capital on a title ("Депутат Мажилиса") is grammar, not part of the role.
    if (sentenceInitial && !this.c.lex.capitalisedNouns && /^\p{Lu}\p{Ll}+(?:\s|$)/u.test(text) && isTitleWord(this.c, lower(text.split(/\s/)[0]!))) text = text[0]!.toLowerCase() + text.slice(1);
    // Keep the fullest wording of a role ("Алматы қаласының әкімі" over "әкімі").
    const low = text.toLowerCase();
    if (!p.roles.some((x) => x.toLowerCase().includes(low))) {
      p.roles = p.roles.filter((x) => !low.includes(x.toLowerCase()));
      p.roles.push(text);
    }
    const words = text.split(' ');
    for (const w of words) {
      const lw = lower(w.replace(/[^\p{L}\p{N}.-]/gu, ''));
      if (isTitleWord(this.c, lw)) {
        p.titleWords.add(lw);
        if (this.c.titleRe.isWord(lw)) p.isOfficial = true;
      }
    }
    const orgs = text.match(/(?:\p{Lu}[\p{L}\p{M}.'’-]*|\p{Lu}{2,})(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|of|the|and|де|дер))*/gu) ?? [];
    for (const o of orgs) {
      const lo = lower(o);
      if (isTitleWord(this.c, lo) || this.isSelfName(p, lo)) continue;
      if (!p.organizations.includes(o)) p.organizations.push(o);
    }
  }

  private isSelfName(p: PersonRec, lo: string): boolean {
    return lo.split(/\s+/).some((w) => this.cores({ low: w } as Token).some((x) => p.surnameCores.has(x) || p.firstCores.has(x)));
  }

  /** A title phrase right before the name ("Депутат Мажилиса Парламента РК") or in apposition after it. */
  private roleFor(r: Run): { text: string; sentenceInitial: boolean } | null {
    const b = this.blockOf(r.block);
    if (!b) return null;
    const toks = b.tokens;
    // Before: nearest title word within reach, no clause punctuation between it and the name.
    const sentStart = b.sentences.find((x) => x.end > r.start)?.start ?? b.start;
    for (let k = r.at - 1; k >= Math.max(0, r.at - TITLE_REACH); k--) {
      const t = toks[k]!;
      if (t.start < sentStart) break;
      const between = this.doc.text.slice(t.end, r.start);
      if (/[,;:!?()«»"“”—–]/u.test(between) || /\s[-–—]\s/.test(between)) break;
      const dotted = this.doc.text[t.end] === '.' ? t.low + '.' : t.low;
      if (isTitleWord(this.c, t.low) || isTitleWord(this.c, dotted) || this.titleEndsAt(b, t)) {
        let a = k;
        // Capitalised modifiers before the title ("Transportation Secretary", "Hillary Clinton's campaign manager").
        while (a > 0 && toks[a - 1]!.cap && toks[a - 1]!.start >= sentStart && !this.c.nonNames.has(toks[a - 1]!.low) && /^[\s\u00a0]$/.test(this.doc.text.slice(toks[a - 1]!.end, toks[a]!.start))) a--;
        while (a > 0 && /^[\s\u00a0]$/.test(this.doc.text.slice(toks[a - 1]!.end, toks[a]!.start)) && this.titleStartsAt(b, toks[a - 1]!, t)) a--;
        const text = this.doc.text.slice(toks[a]!.start, r.start);
        return { text, sentenceInitial: toks[a]!.sentStart };
      }
      if (t.cap && k < r.at - 1 && t.sentStart) break;
    }
    // After: ", title …," apposition.
    const after = this.doc.text.slice(r.end, Math.min(b.end, r.end + 3));
    if (/^,\s/.test(after)) {
      let k = r.at + r.tokens.length;
      const stop = Math.min(toks.length, k + APPOSITION_REACH);
      let titleAt = -1;
      for (; k < stop; k++) {
        const t = toks[k]!;
        const between = this.doc.text.slice(r.end + 1, t.start);
        if (/[;:!?()«»"“”]|,\s/.test(between.slice(1)) || t.start >= (b.sentences.find((x) => x.end > r.end)?.end ?? b.end)) break;
        if (this.c.relativizers.has(t.low)) break;
        if (titleAt < 0 && k < r.at + r.tokens.length + 4 && isTitleWord(this.c, t.low)) titleAt = k;
      }
      if (titleAt >= 0) {
        const startTok = toks[r.at + r.tokens.length]!;
        let end = toks[k - 1]!.end;
        // Up to the clause end; the sentence end knows abbreviations ("аким г. Алматы").
        const sentEnd = (b.sentences.find((x) => x.end > startTok.start)?.end ?? b.end);
        const tail = /^[^,;:!?()«»"“”]*?(?=[,;:!?()«»"“”]|\s[-–—]\s|$)/u.exec(this.doc.text.slice(startTok.start, sentEnd));
        if (tail) end = Math.min(end, startTok.start + tail[0].length);
        if (end > startTok.start) return { text: this.doc.text.slice(startTok.start, end).replace(/\.$/, ''), sentenceInitial: false };
      }
    }
    return null;
  }

  /** Multiword titles ("глава государства") ending at token t. */
  private titleEndsAt(b: Block, t: Token): boolean {
    const from = Math.max(b.start, t.start - 40);
    for (const m of this.c.titleRe.allIn(this.doc.norm, from, t.end)) if (m.index + m[0].length === t.end) return true;
    return false;
  }

  private titleStartsAt(b: Block, t: Token, titleTok: Token): boolean {
    const m = this.c.titleRe.at(this.doc.norm, t.start, titleTok.end + 1);
    return !!m && m[0].length >= titleTok.end - t.start;
  }

  /** The run (if any) covering position pos in block. */
  runAt(block: number, start: number, end: number): Run | null {
    for (const r of this.runsByBlock.get(block) ?? []) if (r.start < end && r.end > start) return r;
    return null;
  }

  /** Nearest earlier person (matching gender when known) for a pronoun at pos. */
  antecedent(pos: number, gender: 'male' | 'female' | null): PersonRec | null {
    const tl = this.timeline;
    let lo = 0;
    let hi = tl.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tl[mid]!.pos < pos) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0; i--) {
      const p = this.persons[tl[i]!.id]!;
      const g = genderOf(p);
      if (!gender || !g || g === gender) return p;
    }
    return null;
  }

  /** A person whose role shares the title word ("мажилисмен" → the "депутат Мажилиса"), latest mentioned before pos. */
  byTitle(title: string, pos: number): PersonRec | null {
    const words = lower(title).split(/\s+/).filter((w) => w.length >= 3);
    let best: PersonRec | null = null;
    let bestPos = -1;
    for (const p of this.persons) {
      if (p.roles.length === 0) continue;
      const roleWords = this.roleWordsOf(p);
      const linked = words.some((w) => roleWords.some((rw) => commonPrefix(w, rw) >= Math.min(STEM_LINK, w.length, rw.length) && (commonPrefix(w, rw) >= STEM_LINK || w === rw)));
      if (!linked) continue;
      const last = Math.max(-1, ...p.runs.filter((r) => r.start < pos).map((r) => r.start));
      if (last > bestPos) {
        best = p;
        bestPos = last;
      }
    }
    return best;
  }

  private readonly roleWordCache = new Map<PersonRec, { n: number; words: string[] }>();

  private roleWordsOf(p: PersonRec): string[] {
    const hit = this.roleWordCache.get(p);
    if (hit && hit.n === p.roles.length && hit.words.length) return hit.words;
    const words = p.roles.flatMap((r) => lower(r).split(/[\s,]+/));
    this.roleWordCache.set(p, { n: p.roles.length, words });
    return words;
  }

  addMention(p: PersonRec, kind: Mention['kind'], block: number, start: number, end: number): void {
    if (p.mentions.some((m) => m.start === start)) return;
    p.mentions.push({ ...makeSpan(this.doc, start, end, block), kind });
    this.addTimeline(start, p.id);
  }

  /** Canonical display name: the best run, possessive endings removed. */
  nameOf(p: PersonRec): string {
    const r = p.best;
    const raw = this.doc.text.slice(r.start, r.end);
    return raw.replace(/['’]s?$/u, '').replace(/[\s\u00a0]+/g, ' ');
  }

  /** Final Person records (people with at least one run). */
  finish(): Person[] {
    return this.persons.map((p) => {
      for (const r of p.runs) this.addMention(p, r.tokens.length > 1 ? 'name' : 'surname', r.block, r.start, r.end);
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

export function genderOf(p: PersonRec): 'male' | 'female' | null {
  if (p.votes.male > p.votes.female) return 'male';
  if (p.votes.female > p.votes.male) return 'female';
  return null;
}
