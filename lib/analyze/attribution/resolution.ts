/**
 * Resolution pass: turns the quotes found (speaker phrases as written) into the output's quotes, linking
 * each speaker to a person of the registry (a name, a pronoun's antecedent, a title's holder) and
 * recording the mention; then links title-only mentions ("мажилисмен", "the minister") to the one person
 * holding that title. Every change to the people list goes through the registry's methods.
 */
import type { Quote } from '../../schema';
import { type Compiled, matchesIn, verbGender } from './compile';
import { genderOf } from './people/records';
import type { People } from './people/registry';
import type { QuoteRec } from './quotes/records';
import { type Doc, makeSpan, sentenceAt } from './text';
import { speakerTitleHolder, titleHolder } from './title-holders';

const DROPPED_SUBJECT = 'speaker.dropped-subject';

/** The output quotes, in order, with their speakers resolved. */
export function resolveSpeakers(c: Compiled, doc: Doc, people: People, found: readonly QuoteRec[]): Quote[] {
  return found.map((q) => toQuote(doc, people, c, q));
}

/** Resolves a speaker to a canonical name or an unnamed reference, and records the mention. */
function toQuote(doc: Doc, people: People, c: Compiled, q: QuoteRec): Quote {
  let speaker: string | null = null;
  let speakerRef: string | null = null;
  const s = q.speaker;
  /** How the speaker phrase was resolved to a person, appended to the speaker rule's id. */
  let resolution = '';
  /** A dropped subject has no words of its own: the verb is not a mention of the person. */
  const dropped = s?.rule === DROPPED_SUBJECT;
  if (s) {
    const gender = q.cue ? verbGender(c, q.cue.text) : null;
    let person = null;
    if (s.kind === 'person') {
      person = s.person;
      // A bare surname whose verb disagrees with the person's known gender names someone else.
      const known = genderOf(person);
      const run = people.runAt(q.cueBlock ?? q.block, s.start, s.end);
      if (gender && known && gender !== known && run && run.tokens.length === 1 && !q.inherited) {
        person = people.detach(run);
        resolution = '+detached';
      }
    }
    else if (s.kind === 'pronoun') {
      person = people.antecedent(s.start, s.gender ?? gender);
      resolution = person ? '+antecedent' : '+unresolved';
    } else if (s.kind === 'title') {
      const held = speakerTitleHolder(c, doc, people, q.cueBlock ?? q.block, s.start, s.end);
      person = held?.person ?? null;
      // The evidence names the resolution, so each kind is measured (and rated) apart.
      resolution = held?.person ? (held.evidence === 'name' ? '+title-apposition' : `+title-${held.evidence}`) : '+unresolved';
      // "raconte le viticulteur de 58 ans", "sagte die Händlerin aus Radebeul": a description of the one person named
      // last says what that person is (a role given after the name, in a sentence of its own).
      if (held?.person && held.evidence === 'described' && !q.inherited) {
        // "Қария былай дейді": a description opening its sentence has a capital of grammar only.
        const block = doc.blocks[q.cueBlock ?? q.block];
        people.roleByDescription(held.person, s.text, !!block && sentenceAt(block, s.start).start === s.start);
      }
    }
    if (person) {
      speaker = people.nameOf(person);
      if (gender && !q.inherited) people.vote(person, gender);
      if (!q.inherited) {
        const kind = s.kind === 'person' ? (s.end - s.start > (person.best.end - person.best.start) / 2 ? 'name' : 'surname') : s.kind === 'pronoun' ? 'pronoun' : 'title';
        if (s.kind !== 'person' && !dropped) people.addMention(person, kind, `mention.${kind}.speaker`, q.cueBlock ?? q.block, s.start, s.end);
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
    speakerSpan: s && !q.inherited && !dropped ? makeSpan(doc, s.start, s.end, q.cueBlock ?? q.block) : null,
    cueSpan: q.cue ? makeSpan(doc, q.cue.start, q.cue.end, q.cueBlock ?? q.block) : null,
    rule: q.rule,
    ...(s && (speaker || speakerRef) ? { speakerRule: (q.inherited ? (q.inheritedRule ?? 'speaker.inherited') : (s.rule ?? `speaker.${s.kind}`)) + resolution } : {}),
  };
}

/**
 * Title words standing alone ("Мажилисмен отметил") count as mentions of a person only with evidence
 * (title-holders.ts); the evidence is the rule id's last part ("mention.title.same-sentence").
 */
export function linkTitleMentions(c: Compiled, doc: Doc, people: People): void {
  if (people.persons.length === 0) return;
  for (const b of doc.blocks) {
    for (const h of matchesIn(c.titleRe, doc.words, b.start, b.end)) {
      const held = titleHolder(c, doc, people, b, h.start, h.end);
      if (held?.person && held.evidence !== 'name') people.addMention(held.person, 'title', `mention.title.${held.evidence}`, b.index, h.start, h.end);
    }
  }
}
