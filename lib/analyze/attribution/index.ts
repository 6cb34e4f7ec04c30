/**
 * Attribution: who said what, who the people are, and which sources an article relies on, from the
 * article's plain text with rules and a per-language lexicon (lib/lang). No model, no network.
 * Language-specific knowledge lives only in the lexicons; this engine is the same for every language.
 */
import type { ArticleText, Person, Quote, Reference, Source } from '../../schema';
import { getLexicon } from '../../lang';
import { compile, matchesIn, verbGender } from './compile';
import { People, genderOf } from './people';
import { type Marked, QuoteFinder, type QuoteRec, type Speaker, findMarked } from './quotes';
import { SourceFinder } from './sources';
import { type Doc, makeSpan, prepareDoc } from './text';

export interface Attribution {
  quotes: Quote[];
  people: Person[];
  references: Reference[];
  sources: Source[];
}

/** Fresh empty results (callers may mutate what they get). */
function empty(): Attribution {
  return { quotes: [], people: [], references: [], sources: [] };
}

/**
 * Analyses one article. `language` is an ISO 639-1 code from the language detector; an unknown
 * language or "und" gives empty results. Never throws: a failure gives empty results.
 */
export function analyzeAttribution(article: ArticleText, language: string): Attribution {
  const lex = getLexicon(language);
  if (!lex || !article.text || article.blocks.length === 0) return empty();
  try {
    const c = compile(lex);
    // 1. Quote marks per block, on raw text, before any sentence splitting.
    const marked = new Map<number, Marked[]>();
    const doc = prepareDoc(article, c, (index, from, to) => {
      const m = findMarked(c, article.text, from, to);
      marked.set(index, m);
      return m.map((x) => [x.open, x.close + 1] as [number, number]);
    });
    // 2. Names and persons; 3. quotes and their speakers (may add persons in speaker position).
    const people = new People(c, doc);
    people.build();
    const quoteRecs = new QuoteFinder(c, doc, people, marked).run();
    const quotes = quoteRecs.map((q) => toQuote(doc, people, c, q));
    // 4. Title-only mentions ("мажилисмен", "the minister") of persons who hold that title.
    addTitleMentions(doc, people, c);
    const persons = people.finish();
    // 5. References: unnamed speakers and unnamed officials; 6. sources.
    const references = findReferences(doc, c, people, quoteRecs);
    const sources = new SourceFinder(c, doc, (block, start, end) => {
      const r = people.runAt(block, start, end);
      return !!r && r.personId >= 0;
    }).run();
    for (const s of sources) if (s.citedBy === null && s.kind !== 'photo' && s.kind !== 'correspondent' && article.publisher && s.name !== article.publisher) s.citedBy = article.publisher;
    return { quotes, people: persons, references, sources };
  } catch {
    // Rules over arbitrary text: a bug must cost the reader this panel, never the page.
    return empty();
  }
}

/** Resolves a speaker to a canonical name or an unnamed reference, and records the mention. */
function toQuote(doc: Doc, people: People, c: ReturnType<typeof compile>, q: QuoteRec): Quote {
  let speaker: string | null = null;
  let speakerRef: string | null = null;
  const s = q.speaker;
  /** How the speaker phrase was resolved to a person, appended to the speaker rule's id. */
  let resolution = '';
  if (s) {
    const gender = q.cue ? verbGender(c, q.cue.text) : null;
    let person = null;
    if (s.kind === 'person') {
      person = s.person;
      // A bare surname whose verb disagrees with the person's known gender names someone else.
      const known = genderOf(person);
      const run = people.runAt(q.block, s.start, s.end);
      if (gender && known && gender !== known && run && run.tokens.length === 1 && !q.inherited) {
        person = people.detach(run);
        resolution = '+detached';
      }
    }
    else if (s.kind === 'pronoun') {
      person = people.antecedent(s.start, s.gender ?? gender);
      resolution = person ? '+antecedent' : '+unresolved';
    } else if (s.kind === 'title') {
      person = people.byTitle(s.text, s.start);
      resolution = person ? '+title-holder' : '+unresolved';
    }
    if (person) {
      speaker = people.nameOf(person);
      if (gender && !q.inherited) person.votes[gender] += 1;
      if (!q.inherited) {
        const kind = s.kind === 'person' ? (s.end - s.start > (person.best.end - person.best.start) / 2 ? 'name' : 'surname') : s.kind === 'pronoun' ? 'pronoun' : 'title';
        if (s.kind !== 'person') people.addMention(person, kind, `mention.${kind}.speaker`, q.block, s.start, s.end);
      }
    } else if (s.kind === 'title' || s.kind === 'ref' || s.kind === 'source') {
      speakerRef = s.text;
    } else if (s.kind === 'pronoun') {
      speakerRef = s.text;
    }
  }
  const span = makeSpan(doc, q.start, q.end, q.block);
  return {
    ...span,
    text: q.text,
    kind: q.kind,
    speaker,
    speakerRef,
    cue: q.cue ? doc.text.slice(q.cue.start, q.cue.end) : null,
    speakerSpan: s && !q.inherited ? makeSpan(doc, s.start, s.end, q.block) : null,
    cueSpan: q.cue ? makeSpan(doc, q.cue.start, q.cue.end, q.block) : null,
    rule: q.rule,
    ...(s && (speaker || speakerRef) ? { speakerRule: (q.inherited ? 'speaker.inherited' : (s.rule ?? `speaker.${s.kind}`)) + resolution } : {}),
  };
}

/** Title words standing alone ("Мажилисмен отметил") count as mentions of the one person holding that title. */
function addTitleMentions(doc: Doc, people: People, c: ReturnType<typeof compile>): void {
  if (people.persons.length === 0) return;
  for (const b of doc.blocks) {
    for (const h of matchesIn(c.titleRe, doc.words, b.start, b.end)) {
      // A title right before a name ("аким Ержан …") is that name's role, not a mention of its own.
      const r = people.runAt(b.index, h.end, h.end + 40);
      if (r && /^[\s\u00a0]*$/u.test(doc.norm.slice(h.end, r.start))) continue;
      const p = people.byTitle(h.text, h.start);
      if (p && people.personNamedBefore(p, h.start)) people.addMention(p, 'title', 'mention.title.holder', b.index, h.start, h.end);
    }
  }
}

/** Unnamed speakers ("эксперты", "a source") and officials named only by title ("глава государства"). */
function findReferences(doc: Doc, c: ReturnType<typeof compile>, people: People, quotes: QuoteRec[]): Reference[] {
  const out: Reference[] = [];
  const seen = new Set<number>();
  const add = (block: number, start: number, end: number, text: string, isOfficial: boolean, rule: string) => {
    if (seen.has(start)) return;
    seen.add(start);
    out.push({ ...makeSpan(doc, start, end, block), text, isOfficial, rule });
  };
  for (const q of quotes) {
    const s: Speaker | null = q.speaker;
    if (!s || q.inherited) continue;
    if (s.kind === 'ref') add(q.block, s.start, s.end, s.text, s.official, 'reference.unnamed-speaker');
    if (s.kind === 'title' && !people.byTitle(s.text, s.start)) add(q.block, s.start, s.end, s.text, true, 'reference.title-speaker');
  }
  // Multiword official titles without a name next to them ("глава государства", "Мемлекет басшысы").
  for (const b of doc.blocks) {
    for (const h of matchesIn(c.titleRe, doc.words, b.start, b.end)) {
      if (!/\s/.test(h.text.trim())) continue;
      const r = people.runAt(b.index, h.end, h.end + 3);
      if (r) continue;
      if (people.byTitle(h.text, h.start) && people.persons.some((p) => p.roles.some((x) => x.toLowerCase().includes(h.text.toLowerCase())))) continue;
      add(b.index, h.start, h.end, doc.text.slice(h.start, h.end), true, 'reference.title-phrase');
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
