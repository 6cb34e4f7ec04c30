/**
 * The catalogue of rule ids the engine writes into its output (quote.rule, quote.speakerRule,
 * mention.rule, source.rule, reference.rule): one row per rule with the stage that runs it and an
 * example. `npm run eval:attribution` counts and scores every id; a test fails when the engine emits
 * an id that is not listed here.
 */
export type Stage = 'quotes' | 'speakers' | 'resolution' | 'people' | 'references' | 'sources';

export interface Rule {
  id: string;
  stage: Stage;
  example: string;
}

export const RULES: readonly Rule[] = [
  // Direct quotes in marks.
  { id: 'quote.marked.signature', stage: 'quotes', example: '"Q." - Pamela Padilla' },
  { id: 'quote.marked.cue-after', stage: 'quotes', example: '"Q," the minister said.' },
  { id: 'quote.marked.post-marker', stage: 'quotes', example: '"Q", so Scholz.' },
  { id: 'quote.marked.continued', stage: 'quotes', example: '"A," Mr. Obama said, "B."' },
  { id: 'quote.marked.cue-before', stage: 'quotes', example: 'Trump said: "Q"' },
  { id: 'quote.marked.colon-intro', stage: 'quotes', example: 'Sanders made the following comment: "Q"' },
  { id: 'quote.marked.floating', stage: 'quotes', example: 'a quoted paragraph right after an attributed quote' },
  { id: 'quote.marked.embedded', stage: 'quotes', example: 'Moore thanked him for "stepping up when Congress won\'t."' },
  { id: 'quote.marked.inciso', stage: 'quotes', example: '"A, the mayor said, B" (the attribution inside one pair of marks)' },
  { id: 'quote.marked.unattributed', stage: 'quotes', example: 'a quoted sentence of five words or more, no cue' },
  // Unmarked direct speech.
  { id: 'quote.dash', stage: 'quotes', example: 'Q, - said the minister.' },
  { id: 'quote.dash.dialogue', stage: 'quotes', example: 'a dialogue line continuing a dash quote' },
  // Indirect speech.
  { id: 'quote.indirect.closer', stage: 'quotes', example: 'CONTENT, the minister said.' },
  { id: 'quote.indirect.subject-before-closer', stage: 'quotes', example: 'CONTENT, the minister added (subject before the cue)' },
  { id: 'quote.indirect.complementizer', stage: 'quotes', example: 'The minister said that CONTENT' },
  { id: 'quote.indirect.promise', stage: 'quotes', example: 'The mayor promised to rebuild the bridge (an infinitive clause)' },
  { id: 'quote.indirect.first-person', stage: 'quotes', example: 'I believe that CONTENT (speaker left open)' },
  { id: 'quote.indirect.after-verb', stage: 'quotes', example: 'The minister said CONTENT (no complementizer)' },
  { id: 'quote.indirect.back-reference', stage: 'quotes', example: 'CONTENT. The minister said this on Monday.' },
  { id: 'quote.indirect.participle-complementizer', stage: 'quotes', example: 'X said Y, adding that CONTENT' },
  { id: 'quote.indirect.participle', stage: 'quotes', example: 'X tweeted, saying CONTENT' },
  { id: 'quote.indirect.tail', stage: 'quotes', example: 'CONTENT, a source said.' },
  { id: 'quote.indirect.tail-joined', stage: 'quotes', example: 'CONTENT, said X, who ... (content around the cue)' },
  { id: 'quote.indirect.mood-continued', stage: 'quotes', example: 'X sagte, CONTENT. CONTENT-in-Konjunktiv-I (no cue of its own)' },
  { id: 'quote.according.before', stage: 'quotes', example: 'According to X, CONTENT' },
  { id: 'quote.according.pronoun', stage: 'quotes', example: 'By his words, CONTENT' },
  { id: 'quote.according.after', stage: 'quotes', example: 'X zufolge CONTENT' },
  { id: 'quote.according.as-cue', stage: 'quotes', example: 'As X said, CONTENT / Kak skazal X, CONTENT' },
  { id: 'quote.colon', stage: 'quotes', example: 'X said the following: CONTENT (no quote marks)' },
  // Speakers (the phrase that names who speaks).
  { id: 'speaker.after-cue', stage: 'speakers', example: 'said Marat Bashimov' },
  { id: 'speaker.after-cue-phrase', stage: 'speakers', example: '"Q," said one Republican involved in the planning' },
  { id: 'speaker.after-circumstance', stage: 'speakers', example: 'said in an interview with RBC finance minister X' },
  { id: 'speaker.before-cue', stage: 'speakers', example: 'Marat Bashimov said' },
  { id: 'speaker.before-unlisted-cue', stage: 'speakers', example: '"Q," Rubio continued. (a word the lexicon does not list ends the clause after the speaker)' },
  { id: 'speaker.before-cue-apposition', stage: 'speakers', example: '"Q," the party’s spokesman, Jan Novak, said' },
  { id: 'speaker.embedding-subject', stage: 'speakers', example: 'Moore (the person opening the sentence that holds the quote)' },
  { id: 'speaker.dropped-subject', stage: 'speakers', example: '"Q," uvedla. (a language that drops subjects: the person named last of that gender)' },
  { id: 'speaker.pronoun-in-cue', stage: 'speakers', example: 'a-t-il dit' },
  { id: 'speaker.sentence-subject', stage: 'speakers', example: 'Minister X ... dep atap otti (the subject opening a verb-final sentence)' },
  { id: 'speaker.clause-subject', stage: 'speakers', example: 'Trump tweeted Friday, saying ...' },
  { id: 'speaker.colon-intro', stage: 'speakers', example: 'The New York Times reports: "Q"' },
  { id: 'speaker.signature', stage: 'speakers', example: '"Q." - Pamela Padilla' },
  { id: 'speaker.post-marker', stage: 'speakers', example: '"Q", so Scholz.' },
  { id: 'speaker.according-phrase', stage: 'speakers', example: 'according to a new poll' },
  { id: 'speaker.according-pronoun', stage: 'speakers', example: 'by his words' },
  { id: 'speaker.back-reference', stage: 'speakers', example: 'said this on Monday (the phrase after the cue)' },
  { id: 'speaker.title-antecedent', stage: 'speakers', example: '"Q", the coach admitted (the person quoted last)' },
  { id: 'speaker.inherited', stage: 'speakers', example: 'a floating or continued quote keeps the speaker before it' },
  { id: 'speaker.mood-continued', stage: 'speakers', example: 'X sagte, … . Man werde … (Konjunktiv I keeps X)' },
  // People: name mentions by the evidence that made a run a name, and title/pronoun mentions.
  { id: 'mention.name.internal', stage: 'people', example: 'first-name, patronymic or surname morphology' },
  { id: 'mention.name.title', stage: 'people', example: 'a title right before the name: minister X' },
  { id: 'mention.name.honorific', stage: 'people', example: 'Mr. X, Frau X' },
  { id: 'mention.name.cue', stage: 'people', example: 'a person cue before the name' },
  { id: 'mention.name.speaker', stage: 'people', example: 'the name stands as a speaker' },
  { id: 'mention.name.known', stage: 'people', example: 'a later mention of a person already known' },
  { id: 'mention.title.apposition', stage: 'resolution', example: 'President of Russia Vladimir Putin (the title before its holder\'s name, with a complement)' },
  { id: 'mention.title.same-sentence', stage: 'resolution', example: 'Mugabe remained president (the one holder named earlier in the sentence)' },
  { id: 'mention.title.sole-holder', stage: 'resolution', example: 'the deputy (the one person of the article holding that title, named before)' },
  { id: 'mention.title.speaker', stage: 'resolution', example: 'the minister said (a title speaker linked to its holder)' },
  { id: 'mention.pronoun.speaker', stage: 'resolution', example: 'he said (a pronoun speaker linked to its antecedent)' },
  // References: unnamed speakers and officials.
  { id: 'reference.unnamed-speaker', stage: 'references', example: 'experts believe' },
  { id: 'reference.title-speaker', stage: 'references', example: 'the minister said (no holder named)' },
  { id: 'reference.title-phrase', stage: 'references', example: 'head of state (multiword title, no name)' },
  // Sources.
  { id: 'source.photo-credit', stage: 'sources', example: 'Photo: Reuters' },
  { id: 'source.photo-slash', stage: 'sources', example: '(AP Photo/Evan Vucci)' },
  { id: 'source.dateline', stage: 'sources', example: 'WASHINGTON (Reuters) -' },
  { id: 'source.reports-before', stage: 'sources', example: 'reported by X' },
  { id: 'source.reports-after', stage: 'sources', example: 'X reported' },
  { id: 'source.citing-before', stage: 'sources', example: 'citing X' },
  { id: 'source.citing-after', stage: 'sources', example: 'X-ke silteme jasap (cue after the name)' },
  { id: 'source.according-before', stage: 'sources', example: 'according to X' },
  { id: 'source.according-after', stage: 'sources', example: 'X zufolge' },
  { id: 'source.told', stage: 'sources', example: 'told Reuters' },
  { id: 'source.source-line', stage: 'sources', example: 'Source: Reuters / Quelle: Statistisches Bundesamt' },
  { id: 'source.correspondent', stage: 'sources', example: 'said to a correspondent of X' },
  { id: 'source.press-service', stage: 'sources', example: 'the press service of the akimat' },
  { id: 'source.told-after-cue', stage: 'sources', example: 'a affirme le maire sur France Bleu Isere' },
  { id: 'source.speaking-organisation', stage: 'sources', example: 'the Bureau of Reclamation said' },
  { id: 'source.according-body', stage: 'sources', example: 'Podle Ceskeho statistickeho uradu (a body after a cue that also takes persons)' },
  { id: 'source.body-said', stage: 'sources', example: 'U Cherkaskii OVA zaiavyly, shcho (in the body they said that)' },
];

/** Resolution suffixes a speaker rule id may carry ("speaker.before-cue+antecedent"). */
export const SPEAKER_RESOLUTIONS = ['', '+detached', '+antecedent', '+title-apposition', '+title-same-sentence', '+title-sole-holder', '+title-described', '+unresolved'] as const;

/** Whether an id from the output is a catalogued rule (speaker ids may carry a resolution suffix). */
export function isKnownRule(id: string): boolean {
  const base = id.replace(/\+[a-z-]+$/, '');
  return RULES.some((r) => r.id === base);
}
