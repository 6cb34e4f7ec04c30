/**
 * Weights of the entity-kind classifier (person / organisation / place / other) per language, as
 * written by `npm run train` (scripts/train/entity-kind.ts). Only the attribution engine imports this
 * file, so the weights ship in the background worker and the CLI, not in the content or probe scripts.
 * A language without a file keeps every candidate name.
 */
import kk from './kk.json';
import ru from './ru.json';

export interface EntityModelData {
  language: string;
  /** Class order of each weight vector. */
  classes: string[];
  /** Weights are integers: the model's weight times `scale`. */
  scale: number;
  /** A run is dropped when another class leads "person" by more than this (chosen by cross-validation); null: never. */
  margin: number | null;
  /** Training passes, chosen by cross-validation too. */
  epochs: number;
  /** The data the weights were learned from. */
  source: string;
  /** "key:w0,w1,w2,w3" entries separated by spaces; an empty weight is 0. Keys: featureKey() of a feature. */
  weights: string;
}

export const ENTITY_MODELS: Readonly<Record<string, EntityModelData>> = { kk, ru };
