/**
 * Sources: the outlets, agencies, press services and photo credits an article relies on, from
 * citation cues ("со ссылкой на X", "сообщает корреспондент X", "X-ке сілтеме жасап", "told Reuters",
 * "(Reuters) -", "Фото: orda.kz"), with the citation chain (cited source → the one citing it).
 */
import type { Source, Span } from '../../schema';
import { OUTLETS, SITE_TLDS } from '../../lang/outlets';
import { PHOTO_CREDIT_WORDS } from '../../lang/shared';
import { type Compiled, matchesIn } from './compile';
import type { People } from './people/registry';
import { type Block, type Doc, makeSpan, sentenceAt } from './text';

/** Longest source name we read after a cue, in words ("пресс-служба акимата Восточно-Казахстанской области"). */
const MAX_NAME_WORDS = 6;

const aliasToOutlet = new Map<string, (typeof OUTLETS)[number]>();
for (const o of OUTLETS) for (const a of o.aliases) aliasToOutlet.set(a.toLowerCase(), o);
const OUTLET_ALT = [...aliasToOutlet.keys()]
  .sort((a, b) => b.length - a.length)
  .map((a) => a.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
  .join('|');
/** A known outlet at the start of a string. */
const OUTLET_START_RE = new RegExp(`^(?:${OUTLET_ALT})(?![\\p{L}\\p{N}])`, 'iu');
/** A known outlet ending a string (source before a postposed cue). */
const OUTLET_END_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${OUTLET_ALT})$`, 'iu');
const SITE_SRC = `[\\p{L}\\p{N}][\\p{L}\\p{N}-]*(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:${SITE_TLDS.join('|')})(?![\\p{L}\\p{N}])`;
const SITE_START_RE = new RegExp(`^${SITE_SRC}`, 'iu');
const SITE_END_RE = new RegExp(`${SITE_SRC}$`, 'iu');
const SITE_ANY_RE = new RegExp(`(?<![\\p{L}\\p{N}.@/])${SITE_SRC}`, 'giu');
/** "(Reuters) -" / "ALMATY (AP) —" datelines at the start of a block. */
const DATELINE_RE = /^[\p{Lu}\p{N}\s,./'-]{0,60}\(([\p{L} .-]{2,40})\)\s*[-–—]/u;
/** "(AP Photo/Evan Vucci)", "Photo: Reuters/…": the credited agency before the slash. */
const PHOTO_SLASH_RE = new RegExp(`\\(([\\p{L}\\p{N} .&-]{2,40}?)\\s+(?:${PHOTO_CREDIT_WORDS.join('|')})\\s*\\/\\s*[^)]*\\)`, 'giu');
/** A name in quotation marks after a cue: «Казинформ», "Egemen Qazaqstan". */
const QUOTED_NAME_RE = /^[«"“„]([^«»"“”„]{2,60})[»"”“]/u;
/** A capitalised name of up to six words ("The New York Post", "Минздрав РК"). */
const CAP_NAME_RE = /^(?:The\s+)?\p{Lu}[\p{L}\p{M}\p{N}.&'’-]*(?:[\s\u00a0]+(?:of|the|and|de|la|du|des|der|\p{Lu}[\p{L}\p{M}\p{N}.&'’-]*)){0,5}/u;

export function outletByName(raw: string): { name: string; kind: 'agency' | 'outlet' } | null {
  const o = aliasToOutlet.get(raw.toLowerCase());
  if (o) return { name: o.name, kind: o.kind };
  if (SITE_START_RE.test(raw) && SITE_START_RE.exec(raw)![0].length === raw.length) return { name: raw, kind: 'outlet' };
  return null;
}

/** Whether a capitalised word sequence names an outlet or site rather than a person. */
export function isOutletName(raw: string): boolean {
  return OUTLET_START_RE.test(raw) || SITE_START_RE.test(raw);
}

interface Found {
  name: string;
  kind: Source['kind'];
  start: number;
  end: number;
}

export class SourceFinder {
  private readonly out = new Map<string, Source>();

  constructor(
    private readonly c: Compiled,
    private readonly doc: Doc,
    /** Whether [start, end) names a person (persons are speakers, not sources). */
    private readonly isPerson: (block: number, start: number, end: number) => boolean = () => false,
  ) {}

  run(): Source[] {
    for (const b of this.doc.blocks) this.block(b);
    return [...this.out.values()];
  }

  private block(b: Block): void {
    const norm = this.doc.norm;
    const text = this.doc.text;
    const c = this.c;
    const perSentence = new Map<number, { reporter: string | null; cited: Source[] }>();
    const note = (rule: string, f: Found | null, cueStart: number, role: 'reporter' | 'cited' | 'plain', citedByFallback: string | null = null, shown?: string) => {
      if (!f) return;
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

    // Photo credits: "Фото: orda.kz", "Photo: Reuters", "(AP Photo/Evan Vucci)".
    for (const h of matchesIn(c.photoRe, this.doc.words, b.start, b.end)) {
      const m = /^[\s\u00a0]*[:：][\s\u00a0]*/u.exec(norm.slice(h.end, h.end + 4));
      if (!m) continue;
      const f = this.nameAt(h.end + m[0].length, b.end);
      if (f) note('source.photo-credit', { ...f, kind: 'photo' }, h.start, 'plain');
    }
    PHOTO_SLASH_RE.lastIndex = 0;
    // Cheap check first: a "(X Photo / …)" credit needs a slash in the block.
    const slash = text.indexOf('/', b.start);
    const photoCredits = slash >= 0 && slash < b.end ? text.slice(b.start, b.end).matchAll(PHOTO_SLASH_RE) : [];
    for (const m of photoCredits) {
      const start = b.start + m.index + 1;
      const name = m[1]!.trim();
      note('source.photo-slash', { name: outletByName(name)?.name ?? name, kind: 'photo', start, end: start + name.length }, b.start + m.index, 'plain', null, m[0]);
    }
    // Datelines: "WASHINGTON (Reuters) -".
    if (b.index === this.doc.blocks[0]?.index || b.index <= 2) {
      const d = DATELINE_RE.exec(text.slice(b.start, b.end));
      if (d) {
        const o = outletByName(d[1]!.trim());
        if (o) {
          const start = b.start + d.index + d[0].indexOf('(') + 1;
          note('source.dateline', { name: o.name, kind: o.kind, start, end: start + d[1]!.trim().length }, start, 'reporter');
        }
      }
    }
    // "сообщает корреспондент X", "передает X", "reported by X": the reporter follows.
    for (const h of matchesIn(c.reportsRe, this.doc.words, b.start, b.end)) note('source.reports-before', this.nameAt(h.end, b.end, true), h.start, 'reporter');
    // "X reported", "X хабарлайды": the reporter precedes (known outlets and sites only: persons report too).
    for (const h of matchesIn(c.reportsAfterRe, this.doc.words, b.start, b.end)) note('source.reports-after', this.nameBefore(b.start, h.start, false), h.start, 'reporter');
    // "со ссылкой на X", "citing X": cited, and cited by this sentence's reporter.
    for (const h of matchesIn(c.citingRe, this.doc.words, b.start, b.end)) note('source.citing-before', this.nameAt(h.end, b.end, true), h.start, 'cited');
    for (const h of matchesIn(c.citingAfterRe, this.doc.words, b.start, b.end)) note('source.citing-after', this.nameBefore(b.start, h.start, true), h.start, 'cited');
    // "по данным X", "according to X", "X мәліметінше".
    for (const h of matchesIn(c.accordingSourceRe, this.doc.words, b.start, b.end)) {
      let f = this.nameAt(h.end, b.end, true);
      if (f && f.kind === 'other') {
        // "по данным Бюро национальной статистики": the name runs to the clause end.
        const rest = text.slice(f.start, b.end);
        const stop = rest.search(/[,;:!?()«»"“”]|\.(?:\s|$)|[\s\u00a0][-–—][\s\u00a0]/u);
        const name = (stop >= 0 ? rest.slice(0, stop) : rest).split(/\s+/).slice(0, MAX_NAME_WORDS).join(' ');
        f = { ...f, name, end: f.start + name.length, kind: 'official' };
      }
      const honorific = f && c.honorificGender.has(f.name.split(/\s/)[0]!.toLowerCase() + (text[f.start + f.name.split(/\s/)[0]!.length] === '.' ? '.' : ''));
      if (f && !honorific && !(f.kind === 'official' && this.isPerson(b.index, f.start, f.end + 40))) note('source.according-before', f, h.start, 'cited');
    }
    // Postposed: only known outlets and sites ("Experten zufolge" names no source).
    for (const h of matchesIn(c.accordingSourceAfterRe, this.doc.words, b.start, b.end)) note('source.according-after', this.nameBefore(b.start, h.start, false), h.start, 'cited');
    // "told Reuters", "рассказал Tengrinews".
    for (const h of matchesIn(c.toldRe, this.doc.words, b.start, b.end)) {
      const f = this.nameAt(h.end, b.end, false);
      if (f && (f.kind === 'agency' || f.kind === 'outlet')) note('source.told', f, h.start, 'cited');
    }
    // "пресс-служба акимата", wherever it appears.
    for (const h of matchesIn(c.pressRe, this.doc.words, b.start, b.end)) {
      const f = this.pressAt(h.start, b.end);
      if (f) note('source.press-service', f, h.start, 'plain');
    }
    // Chain: in one sentence, whatever is cited is cited by the reporter ("корреспондент Altaynews.kz со ссылкой на Zakon.kz").
    for (const slot of perSentence.values()) {
      for (const s of slot.cited) if (slot.reporter && s.name !== slot.reporter) s.citedBy = slot.reporter;
    }
  }

  /** Merges by name (case-insensitive), keeping the first kind found, adding spans. */
  private add(f: Found, evidence: string, span: Span, rule: string): Source {
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

  /** The source named at pos: a correspondent of X, a known outlet, a site, a quoted name, or a capitalised name. */
  private nameAt(pos: number, limit: number, allowCap = false): Found | null {
    const norm = this.doc.norm;
    const text = this.doc.text;
    let p = pos;
    while (p < limit && /[\s\u00a0]/.test(norm[p]!)) p++;
    const seg = text.slice(p, Math.min(limit, p + 200));
    const re = this.c.correspondentRe;
    if (re) {
      const m = re.at(this.doc.words, p, Math.min(limit, p + 60));
      if (m) {
        const inner = this.nameAt(p + m[0].length, limit, true);
        return inner ? { ...inner, kind: 'correspondent' } : null;
      }
    }
    const press = this.pressAt(p, limit);
    if (press) return press;
    const site = SITE_START_RE.exec(seg);
    if (site) return this.withCorrespondent({ name: site[0], kind: outletByName(site[0])?.kind ?? 'outlet', start: p, end: p + site[0].length }, limit);
    const known = OUTLET_START_RE.exec(seg);
    if (known) {
      const o = outletByName(known[0])!;
      return this.withCorrespondent({ name: o.name, kind: o.kind, start: p, end: p + known[0].length }, limit);
    }
    const quoted = QUOTED_NAME_RE.exec(seg);
    if (quoted) return { name: quoted[1]!.trim(), kind: 'outlet', start: p + 1, end: p + 1 + quoted[1]!.trim().length };
    if (allowCap) {
      const cap = CAP_NAME_RE.exec(seg);
      if (cap && cap[0].split(/\s+/).length <= MAX_NAME_WORDS) {
        const name = cap[0].replace(/[.\s]+$/u, '');
        return { name, kind: 'other', start: p, end: p + name.length };
      }
    }
    return null;
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

  /** The source named just before pos: "Zakon.kz-ке сілтеме жасап", "Reuters reported", "ҚазАқпарат мәліметінше". */
  private nameBefore(from: number, pos: number, allowCap: boolean): Found | null {
    const text = this.doc.text;
    let e = pos;
    while (e > from && /[\s\u00a0]/.test(text[e - 1]!)) e--;
    const seg = text.slice(Math.max(from, e - 80), e);
    const base = e - seg.length;
    // Strip a case ending joined by hyphen or directly ("Zakon.kz-ке", "Тенгриньюсқа").
    const bare = seg.replace(/-[\p{L}]{1,5}$/u, '');
    const site = SITE_END_RE.exec(bare);
    if (site) return { name: site[0], kind: outletByName(site[0])?.kind ?? 'outlet', start: base + site.index, end: base + site.index + site[0].length };
    const known = OUTLET_END_RE.exec(bare) ?? OUTLET_END_RE.exec(bare.replace(/[\p{Ll}]{1,4}$/u, ''));
    if (known) {
      const o = outletByName(known[0])!;
      return { name: o.name, kind: o.kind, start: base + known.index, end: base + known.index + known[0].length };
    }
    if (allowCap) {
      const cap = /\p{Lu}[\p{L}\p{M}\p{N}.&'’-]*(?:[\s\u00a0]+\p{Lu}[\p{L}\p{M}\p{N}.&'’-]*){0,4}$/u.exec(bare);
      if (cap) {
        const name = cap[0].replace(this.c.morph.sourceCaseRe, '');
        return { name, kind: 'other', start: base + cap.index, end: base + cap.index + name.length };
      }
    }
    return null;
  }

  /** "пресс-служба акимата области" up to the next punctuation. */
  private pressAt(pos: number, limit: number): Found | null {
    const re = this.c.pressRe;
    if (!re) return null;
    const m = re.at(this.doc.words, pos, Math.min(limit, pos + 40));
    if (!m) return null;
    const rest = this.doc.text.slice(pos, Math.min(limit, pos + 160));
    const stop = rest.search(/[,;:!?()«»"“”]|\.(?:\s|$)|[\s\u00a0][-–—][\s\u00a0]/u);
    let phrase = (stop >= 0 ? rest.slice(0, stop) : rest).trim();
    phrase = phrase.split(/\s+/).slice(0, MAX_NAME_WORDS).join(' ');
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
export function findSources(c: Compiled, doc: Doc, people: People, publisher: string | null): Source[] {
  const sources = new SourceFinder(c, doc, (block, start, end) => {
    const r = people.runAt(block, start, end);
    return !!r && r.personId >= 0;
  }).run();
  for (const s of sources) if (s.citedBy === null && s.kind !== 'photo' && s.kind !== 'correspondent' && publisher && s.name !== publisher) s.citedBy = publisher;
  return sources;
}
