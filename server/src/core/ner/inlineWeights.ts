// The model's weights laid out for tagging new text: each feature key in one hash-table slot together with
// its T weights, so that finding a key and reading its weights touch one place in memory instead of two (the
// slot in FeatureTable, then the row in model.weights). On text never seen before nearly every lookup is a
// cache miss, and these misses were the largest single cost of tagging it. Built once per weights array and
// shared by every tagger of that model (a trained model's weights are never changed in place).
import type { FeatureTable } from './featureTable';
import { mix } from './hash';

export class InlineWeights {
  /** slot s: the key at ints[s * stride] (`empty` when none), its T weights in floats after it */
  readonly ints: Int32Array;
  readonly floats: Float32Array;
  readonly stride: number;
  /** a value no key of the model has, marking empty slots */
  private readonly empty: number;
  private readonly mask: number;

  constructor(
    /** its Bloom filter answers first for the many keys the model does not have */
    private readonly table: FeatureTable,
    weights: Float32Array,
    T: number,
  ) {
    const keys = table.keys;
    // at most three quarters full: with the weights inline a slot is T + 1 words, and a table this full
    // (0.70 for our model, 10 MB) measured faster than one twice its size
    let size = 16;
    while (size * 3 < keys.length * 4) size *= 2;
    this.stride = T + 1;
    const buffer = new ArrayBuffer(size * this.stride * 4);
    this.ints = new Int32Array(buffer);
    this.floats = new Float32Array(buffer);
    this.mask = size - 1;
    this.empty = unusedValue(table);
    if (this.empty !== 0) for (let s = 0; s < size; s++) this.ints[s * this.stride] = this.empty;
    for (let r = 0; r < keys.length; r++) {
      const key = keys[r];
      let slot = mix(key) & this.mask;
      while (this.ints[slot * this.stride] !== this.empty) slot = (slot + 1) & this.mask;
      const at = slot * this.stride;
      this.ints[at] = key;
      for (let t = 0; t < T; t++) this.floats[at + 1 + t] = weights[r * T + t];
    }
  }

  /** Where the key's weights start in `floats`, or -1 when the model has none for it. */
  weightsAt(key: number): number {
    const h = mix(key);
    if (!this.table.mayContain(key, h)) return -1;
    const ints = this.ints;
    const stride = this.stride;
    const empty = this.empty;
    let slot = h & this.mask;
    while (true) {
      const at = slot * stride;
      const stored = ints[at];
      if (stored === empty) return -1;
      if (stored === key) return at + 1;
      slot = (slot + 1) & this.mask;
    }
  }
}

/** The smallest value from 0 up that is not a key. */
function unusedValue(table: FeatureTable): number {
  let v = 0;
  while (table.row(v) >= 0) v++;
  return v;
}

const built = new WeakMap<FeatureTable, { weights: Float32Array; inline: InlineWeights }>();

/**
 * The inline table of a model's keys and weights, built when the model's first tagger is made, which the
 * loader does: about 40 ms of the model load for our model (BENCHMARKS.md, round 5).
 */
export function inlineWeightsOf(table: FeatureTable, weights: Float32Array, T: number): InlineWeights {
  let known = built.get(table);
  if (known === undefined || known.weights !== weights) {
    known = { weights, inline: new InlineWeights(table, weights, T) };
    built.set(table, known);
  }
  return known.inline;
}
