// Per-label score offsets chosen by coordinate ascent on F1: the tagger's tag biases (trainModel.ts) and a
// document stage's offsets (documentStage.ts) are both tuned this way.
import { ENTITY_LABELS } from '../../server/src/core/types';

/**
 * For each entity label in turn, two rounds over all labels, tries every value on the label's B- and I- tags
 * together and keeps the one with the best F1 (the current value on ties). Changes `offsets` in place and
 * returns the best F1 reached; `f1` scores with whatever `offsets` holds when it is called.
 */
export function tuneLabelOffsets(tags: readonly string[], values: readonly number[], offsets: Float32Array, f1: () => number): number {
  let best = f1();
  for (let round = 0; round < 2; round++) {
    for (const label of ENTITY_LABELS) {
      const pair = [tags.indexOf(`B-${label}`), tags.indexOf(`I-${label}`)];
      let chosen = offsets[pair[0]];
      for (const value of values) {
        for (const t of pair) offsets[t] = value;
        const score = f1();
        if (score > best + 1e-9) {
          best = score;
          chosen = value;
        }
      }
      for (const t of pair) offsets[t] = chosen;
    }
  }
  return best;
}
