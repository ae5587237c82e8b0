// Feature key -> weight row, as an open-addressing hash table over one typed array: a lookup is a multiply,
// a mask and usually one probe, with no strings and no Map overhead on the tagging path. A slot keeps its
// key and its row side by side, so a probe touches one cache line, not one in each of two arrays (the
// table is megabytes: on text never seen before, each lookup is a cache miss).
import { mix } from './hash';

export class FeatureTable {
  /** slot s holds [key, row index + 1] at 2s and 2s+1; row 0 marks an empty slot (keys may be any int32) */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** keys[r] is the feature key of weight row r; keys must be distinct. */
  constructor(readonly keys: Int32Array) {
    let size = 16;
    while (size < keys.length * 2) size *= 2;
    this.slots = new Int32Array(2 * size);
    this.mask = size - 1;
    for (let r = 0; r < keys.length; r++) this.insert(keys[r], r);
  }

  get size(): number {
    return this.keys.length;
  }

  /** The row of a key, or -1 when the model has no weights for it. */
  row(key: number): number {
    const slots = this.slots;
    let slot = mix(key) & this.mask;
    while (true) {
      const stored = slots[2 * slot + 1];
      if (stored === 0) return -1;
      if (slots[2 * slot] === key) return stored - 1;
      slot = (slot + 1) & this.mask;
    }
  }

  private insert(key: number, row: number): void {
    let slot = mix(key) & this.mask;
    while (this.slots[2 * slot + 1] !== 0) {
      if (this.slots[2 * slot] === key) throw new Error(`duplicate feature key ${key}`);
      slot = (slot + 1) & this.mask;
    }
    this.slots[2 * slot] = key;
    this.slots[2 * slot + 1] = row + 1;
  }
}
