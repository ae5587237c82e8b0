// Feature key -> weight row, as an open-addressing hash table over one typed array: a lookup is a multiply,
// a mask and usually one probe, with no strings and no Map overhead on the tagging path. A slot keeps its
// key and its row side by side, so a probe touches one cache line, not one in each of two arrays (the
// table is megabytes: on text never seen before, each lookup is a cache miss).
import { mix } from './hash';

export class FeatureTable {
  /** slot s holds [key, row index + 1] at 2s and 2s+1; row 0 marks an empty slot (keys may be any int32) */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /**
   * A Bloom filter of the keys: each key sets two bits of one 32-bit word, with at least 8 bits per key
   * (256 KB for our model, about 3% false positives). On new text most distinct keys looked up are not in the
   * model; the filter, small enough to stay in the processor's cache, answers for them without the miss
   * into the table that would otherwise be most of their cost.
   */
  private readonly filter: Int32Array;
  private readonly filterShift: number;

  /** keys[r] is the feature key of weight row r; keys must be distinct. */
  constructor(readonly keys: Int32Array) {
    let size = 16;
    while (size < keys.length * 2) size *= 2;
    this.slots = new Int32Array(2 * size);
    this.mask = size - 1;
    let words = 16;
    while (words * 4 < keys.length) words *= 2;
    this.filter = new Int32Array(words);
    this.filterShift = 32 - Math.log2(words);
    for (let r = 0; r < keys.length; r++) this.insert(keys[r], r);
  }

  get size(): number {
    return this.keys.length;
  }

  /** The row of a key, or -1 when the model has no weights for it. */
  row(key: number): number {
    const h = mix(key);
    if (!this.mayContain(key, h)) return -1;
    const slots = this.slots;
    let slot = h & this.mask;
    while (true) {
      const stored = slots[2 * slot + 1];
      if (stored === 0) return -1;
      if (slots[2 * slot] === key) return stored - 1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** False when the model surely has no weights for the key (the Bloom filter alone); h is mix(key). */
  mayContain(key: number, h: number): boolean {
    const bits = filterBits(key);
    return (this.filter[h >>> this.filterShift] & bits) === bits;
  }

  private insert(key: number, row: number): void {
    const h = mix(key);
    this.filter[h >>> this.filterShift] |= filterBits(key);
    let slot = h & this.mask;
    while (this.slots[2 * slot + 1] !== 0) {
      if (this.slots[2 * slot] === key) throw new Error(`duplicate feature key ${key}`);
      slot = (slot + 1) & this.mask;
    }
    this.slots[2 * slot] = key;
    this.slots[2 * slot + 1] = row + 1;
  }
}

/** The key's two bits in its filter word (the word is chosen by the high bits of the mixed key, the bits by the key's low bits). */
function filterBits(key: number): number {
  return (1 << (key & 31)) | (1 << ((key >>> 5) & 31));
}
