// Feature key -> weight row, as an open-addressing hash table over typed arrays: a lookup is a multiply,
// a mask and usually one probe, with no strings and no Map overhead on the tagging path.
import { mix } from './hash';

export class FeatureTable {
  private readonly slotKeys: Int32Array;
  /** row index + 1; 0 marks an empty slot (keys may be any int32, including 0) */
  private readonly slotRows: Int32Array;
  private readonly mask: number;

  /** keys[r] is the feature key of weight row r; keys must be distinct. */
  constructor(readonly keys: Int32Array) {
    let size = 16;
    while (size < keys.length * 2) size *= 2;
    this.slotKeys = new Int32Array(size);
    this.slotRows = new Int32Array(size);
    this.mask = size - 1;
    for (let r = 0; r < keys.length; r++) this.insert(keys[r], r);
  }

  get size(): number {
    return this.keys.length;
  }

  /** The row of a key, or -1 when the model has no weights for it. */
  row(key: number): number {
    let slot = mix(key) & this.mask;
    while (true) {
      const stored = this.slotRows[slot];
      if (stored === 0) return -1;
      if (this.slotKeys[slot] === key) return stored - 1;
      slot = (slot + 1) & this.mask;
    }
  }

  private insert(key: number, row: number): void {
    let slot = mix(key) & this.mask;
    while (this.slotRows[slot] !== 0) {
      if (this.slotKeys[slot] === key) throw new Error(`duplicate feature key ${key}`);
      slot = (slot + 1) & this.mask;
    }
    this.slotKeys[slot] = key;
    this.slotRows[slot] = row + 1;
  }
}
