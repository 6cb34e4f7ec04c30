/**
 * The entity-kind model as shipped: an averaged perceptron over the common features of the examples,
 * quantised, packed, and written as stable JSON (the same examples give the same bytes).
 */
import { ENTITY_KINDS, type EntityModelData } from '../../lib/analyze/attribution/people/entity-kind';
import { packModel, trainPerceptron, withCommonFeatures, type Example } from './perceptron';

const SEED = 15;
/** Integer weights are the averaged weights times this (halved: a smaller file, the same decisions on held-out tokens). */
const SCALE = 0.5;
/** Features seen in fewer training tokens are left out (most are one-off words: size, not accuracy). */
const MIN_COUNT = 3;
export const EPOCH_GRID = [3, 6, 10];

function modelData(language: string, source: string, weights: string, epochs: number, margin: number): EntityModelData {
  return { language, classes: [...ENTITY_KINDS], scale: SCALE, margin: Number.isFinite(margin) ? margin : null, epochs, source, weights };
}

/** Margin Infinity (no margin helped) is written as null: the model then keeps every candidate. */
export function trainModel(language: string, source: string, examples: readonly Example[], epochs: number, margin: number): EntityModelData {
  return modelData(language, source, packModel(trainPerceptron(withCommonFeatures(examples, MIN_COUNT), ENTITY_KINDS.length, epochs, SEED), SCALE), epochs, margin);
}

export function serialiseModel(model: EntityModelData): string {
  return `${JSON.stringify(model, null, 1)}\n`;
}
