/**
 * The annotated training data of the entity-kind classifier, per language, read with the eval's readers:
 *   ru  NEREL v1.1 train (BRAT). NEREL dev and factRuEval stay unseen: the eval reports them.
 *   kk  KazNERD: only its validation file is here, and the eval reports it, so the pseudo-documents
 *       from KAZNERD_HELD_OUT on train and the first KAZNERD_HELD_OUT stay unseen
 *       (`npm run eval:attribution -- --corpus kaznerd --limit 280` scores only those).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseBrat, type BratDocument } from '../eval/attribution/brat';
import { buildDocuments, parseIob2 } from '../eval/attribution/kaznerd';
import type { Range } from '../eval/attribution/text';
import type { EntityKind } from '../../lib/analyze/attribution/people/entity-kind';
import type { LabelledDoc } from './examples';

export interface TrainingDoc extends LabelledDoc {
  /** Gold PERSON entities (ranges of each), for scoring the engine in cross-validation. */
  persons: Range[][];
  /** The BRAT annotation, when the corpus has one (then mention precision can judge "same person"). */
  brat: BratDocument | null;
}

/** KazNERD pseudo-documents (of the eval's size) kept for measurement: the first this many. */
export const KAZNERD_HELD_OUT = 280;
/** Sentences per KazNERD pseudo-document, as in scripts/eval/attribution.ts. */
const KAZNERD_SENTENCES_PER_DOC = 20;

const NEREL_KINDS: Readonly<Record<string, EntityKind>> = {
  PERSON: 'person',
  ORGANIZATION: 'organisation',
  COUNTRY: 'place',
  CITY: 'place',
  STATE_OR_PROVINCE: 'place',
  LOCATION: 'place',
  DISTRICT: 'place',
  FACILITY: 'place',
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
  ru: 'NEREL v1.1 train (746 documents)',
  kk: `KazNERD IOB2_valid.txt, pseudo-documents ${KAZNERD_HELD_OUT} on (of ${KAZNERD_SENTENCES_PER_DOC} sentences); the first ${KAZNERD_HELD_OUT} held out`,
};

export function readTrainingDocs(language: TrainLanguage, datasets: string): TrainingDoc[] {
  return language === 'ru' ? readNerelTrain(path.join(datasets, 'nerel', 'NEREL-v1.1', 'train')) : readKaznerdTrain(path.join(datasets, 'kaznerd', 'IOB2_valid.txt'));
}

function readNerelTrain(dir: string): TrainingDoc[] {
  if (!existsSync(dir)) throw new Error(`NEREL train not found: ${dir}`);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ann') && existsSync(path.join(dir, f.replace(/\.ann$/, '.txt'))))
    .sort()
    .map((f) => {
      const text = readFileSync(path.join(dir, f.replace(/\.ann$/, '.txt')), 'utf8');
      const brat = parseBrat(readFileSync(path.join(dir, f), 'utf8'));
      const entities = [...brat.entities.values()];
      const spans = entities.flatMap((e) => {
        const kind = NEREL_KINDS[e.type];
        return kind ? e.ranges.map(([start, end]) => ({ kind, start, end })) : [];
      });
      return { name: f, text, spans, persons: entities.filter((e) => e.type === 'PERSON').map((e) => e.ranges), brat };
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
      brat: null,
    }));
}
