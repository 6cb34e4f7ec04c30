/**
 * A multiclass averaged perceptron, deterministic: examples are visited in an order shuffled by a
 * seeded generator, ties go to the lower class, and the averaged weights are integers divided once.
 * Then quantised, pruned and packed into the weights string of lib/lang/classifier/<code>.json.
 */
import { packWeights } from '../../lib/analyze/attribution/people/entity-kind';

export interface Example {
  /** Feature keys (featureKey of each feature). */
  keys: string[];
  label: number;
}

/** mulberry32: a small seeded generator, the same sequence on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The examples with only the features seen in at least minCount of them (rare ones would only add size). */
export function withCommonFeatures(examples: readonly Example[], minCount: number): Example[] {
  const counts = new Map<string, number>();
  for (const ex of examples) for (const k of ex.keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return examples.map((ex) => ({ keys: ex.keys.filter((k) => counts.get(k)! >= minCount), label: ex.label }));
}

/** Fisher-Yates with the seeded generator. */
function shuffled(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** Averaged weights per feature key (class order as the labels). */
export function trainPerceptron(examples: readonly Example[], classes: number, epochs: number, seed: number): Map<string, number[]> {
  const w = new Map<string, Float64Array>();
  // Sum of (step × update), for averaging without copying the weights at every step.
  const u = new Map<string, Float64Array>();
  const random = seededRandom(seed);
  let step = 1;
  const vec = (m: Map<string, Float64Array>, k: string) => {
    let v = m.get(k);
    if (!v) m.set(k, (v = new Float64Array(classes)));
    return v;
  };
  const scores = new Float64Array(classes);
  for (let e = 0; e < epochs; e++) {
    for (const i of shuffled(examples.length, random)) {
      const ex = examples[i]!;
      scores.fill(0);
      for (const k of ex.keys) {
        const v = w.get(k);
        if (v) for (let c = 0; c < classes; c++) scores[c]! += v[c]!;
      }
      let best = 0;
      for (let c = 1; c < classes; c++) if (scores[c]! > scores[best]!) best = c;
      if (best !== ex.label) {
        for (const k of ex.keys) {
          const v = vec(w, k);
          const s = vec(u, k);
          v[ex.label]! += 1;
          v[best]! -= 1;
          s[ex.label]! += step;
          s[best]! -= step;
        }
      }
      step++;
    }
  }
  const out = new Map<string, number[]>();
  for (const [k, v] of w) {
    const s = u.get(k)!;
    out.set(k, Array.from(v, (x, c) => x - s[c]! / step));
  }
  return out;
}

/** Integer weights (× scale, rounded), features whose every weight rounds to 0 dropped, keys sorted. */
export function packModel(weights: Map<string, number[]>, scale: number): string {
  const kept: Array<[string, number[]]> = [];
  for (const k of [...weights.keys()].sort()) {
    const q = weights.get(k)!.map((x) => Math.round(x * scale) || 0);
    if (q.some((x) => x !== 0)) kept.push([k, q]);
  }
  return packWeights(kept);
}
