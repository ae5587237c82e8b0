// The label dictionary: for each normalized stem, which entity labels it carried in training, as one small
// code (main label, whether that label is near-certain, how often the word was seen). A word's own weight
// only helps where that word recurs; "this word was a PER elsewhere in training" is one feature shared by
// all such words. Training builds the dictionary of each fold of the training set from the other folds
// (jackknifing), so the feature is as reliable in training as on new text.
import type { FeatureToken, LabelDictionary } from './features';

/** Label codes counted: O, then the entity labels in this order. */
const LABELS = ['O', 'PER', 'ORG', 'LOC', 'MISC'];

/** Label counts per stem; add sentences, then read codes with dictionaryOf. */
export class LabelCounts {
  private readonly counts = new Map<string, Int32Array>();

  /** tags are IOB tags of the tokens (PER, not PERS: read through the corpus' label mapping first). */
  add(tokens: readonly FeatureToken[], tags: readonly string[]): void {
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].kind !== 'word' && tokens[i].kind !== 'latin') continue;
      const label = tags[i] === 'O' ? 0 : LABELS.indexOf(tags[i].slice(2));
      if (label < 0) continue;
      let row = this.counts.get(tokens[i].stemNorm);
      if (!row) this.counts.set(tokens[i].stemNorm, (row = new Int32Array(LABELS.length)));
      row[label]++;
    }
  }

  /** Adds another table's counts into this one. */
  merge(other: LabelCounts): void {
    for (const [word, row] of other.counts) {
      let mine = this.counts.get(word);
      if (!mine) this.counts.set(word, (mine = new Int32Array(LABELS.length)));
      for (let k = 0; k < row.length; k++) mine[k] += row[k];
    }
  }

  /** The dictionary of these counts (every word seen: "never seen in training" is a signal too). */
  dictionary(): LabelDictionary {
    const out: LabelDictionary = new Map();
    for (const [word, row] of this.counts) out.set(word, labelCode(row));
    return out;
  }
}

/** main label (0..4) + 8 × (main label ≥ 80% of the word's uses) + 16 × count bucket (1, 2-4, 5+). */
export function labelCode(row: Int32Array): number {
  let total = 0;
  let main = 0;
  for (let k = 0; k < row.length; k++) {
    total += row[k];
    if (row[k] > row[main]) main = k;
  }
  const sure = row[main] * 5 >= total * 4 ? 1 : 0;
  const bucket = total <= 1 ? 0 : total <= 4 ? 1 : 2;
  return main + 8 * sure + 16 * bucket;
}
