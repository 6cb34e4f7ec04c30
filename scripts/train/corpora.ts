/**
 * The annotated training data of the entity-kind classifier, per language, read with the eval's readers.
 * Only data whose licence lets the weights ship in an MIT extension:
 *   ru  factRuEval-2016 devset (MIT). NEREL (no licence upstream: internal evaluation only) is never
 *       read here, so NEREL train and dev both stay unseen: the eval reports them. factRuEval's own
 *       figures in the eval are then in-sample.
 *   kk  KazNERD (CC BY 4.0): only its validation file is here, and the eval reports it, so the
 *       pseudo-documents from KAZNERD_HELD_OUT on train and the first KAZNERD_HELD_OUT stay unseen
 *       (`npm run eval:attribution -- --corpus kaznerd --limit 280` scores only those).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSpans, readFactRuEval } from '../eval/attribution/factrueval';
import { buildDocuments, parseIob2 } from '../eval/attribution/kaznerd';
import type { Range } from '../eval/attribution/text';
import type { EntityKind } from '../../lib/analyze/attribution/people/entity-kind';
import type { LabelledDoc } from './examples';

export interface TrainingDoc extends LabelledDoc {
  /** Gold PERSON entities (ranges of each), for scoring the engine in cross-validation. */
  persons: Range[][];
}

/** KazNERD pseudo-documents (of the eval's size) kept for measurement: the first this many. */
export const KAZNERD_HELD_OUT = 280;
/** Sentences per KazNERD pseudo-document, as in scripts/eval/attribution.ts. */
const KAZNERD_SENTENCES_PER_DOC = 20;

/** factRuEval span types (the first layer: each names its own words, so a person's name inside an organisation's is a person). */
const FACTRUEVAL_KINDS: Readonly<Record<string, EntityKind>> = {
  name: 'person',
  surname: 'person',
  patronymic: 'person',
  nickname: 'person',
  org_name: 'organisation',
  org_descr: 'organisation',
  loc_name: 'place',
  loc_descr: 'place',
  geo_adj: 'place',
};

const KAZNERD_KINDS: Readonly<Record<string, EntityKind>> = {
  PERSON: 'person',
  ORGANISATION: 'organisation',
  GPE: 'place',
  LOCATION: 'place',
  FACILITY: 'place',
};

export const LANGUAGES = ['ru', 'kk'] as const;
export type TrainLanguage = (typeof LANGUAGES)[number];

export const SOURCES: Readonly<Record<TrainLanguage, string>> = {
  ru: 'factRuEval-2016 devset (122 documents), MIT',
  kk: `KazNERD IOB2_valid.txt, pseudo-documents ${KAZNERD_HELD_OUT} on (of ${KAZNERD_SENTENCES_PER_DOC} sentences); the first ${KAZNERD_HELD_OUT} held out; CC BY 4.0`,
};

export function readTrainingDocs(language: TrainLanguage, datasets: string): TrainingDoc[] {
  return language === 'ru' ? readFactRuEvalDocs(path.join(datasets, 'factrueval', 'devset')) : readKaznerdTrain(path.join(datasets, 'kaznerd', 'IOB2_valid.txt'));
}

function readFactRuEvalDocs(dir: string): TrainingDoc[] {
  if (!existsSync(dir)) throw new Error(`factRuEval devset not found: ${dir}`);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.spans'))
    .map((f) => f.replace(/\.spans$/, ''))
    .sort()
    .map((base) => {
      const read = (ext: string) => {
        const p = path.join(dir, `${base}.${ext}`);
        return existsSync(p) ? readFileSync(p, 'utf8') : '';
      };
      const files = { txt: read('txt'), spans: read('spans'), objects: read('objects'), coref: read('coref'), facts: read('facts') };
      const spans = [...parseSpans(files.spans).values()].flatMap((s) => {
        const kind = FACTRUEVAL_KINDS[s.type];
        return kind ? [{ kind, start: s.range[0], end: s.range[1] }] : [];
      });
      return { name: base, text: files.txt, spans, persons: readFactRuEval(files).persons };
    });
}
function readKaznerdTrain(file: string): TrainingDoc[] {
  if (!existsSync(file)) throw new Error(`KazNERD not found: ${file}`);
  return buildDocuments(parseIob2(readFileSync(file, 'utf8')), KAZNERD_SENTENCES_PER_DOC)
    .map((d, i) => ({ d, i }))
    .slice(KAZNERD_HELD_OUT)
    .map(({ d, i }) => ({
      name: `kaznerd-${i}`,
      text: d.text,
      spans: d.entities.flatMap((e) => {
        const kind = KAZNERD_KINDS[e.type];
        return kind ? [{ kind, start: e.range[0], end: e.range[1] }] : [];
      }),
      persons: d.entities.filter((e) => e.type === 'PERSON').map((e) => [e.range]),
    }));
}
