// Jackknifed label dictionary for training: the training corpus is cut into k contiguous folds (ANERcorp
// is in article order, so a fold holds whole articles and a name repeated in one article does not leak
// into its own dictionary); each fold's sentences get features from a dictionary of the other folds.
import { FeatureExtractor, type LabelDictionary, type WordClusters } from '../../server/src/core/ner/features';
import type { Gazetteer } from '../../server/src/core/ner/gazetteer';
import { LabelCounts } from '../../server/src/core/ner/labelDictionary';
import type { SentenceTrainer, TrainingSentence } from '../../server/src/core/ner/trainingSet';
import type { WordStats } from '../../server/src/core/ner/wordStats';

/**
 * Adds the corpora's sentences to the trainer fold by fold (fold k holds the k-th block of every corpus);
 * returns the dictionary of all of them (to ship).
 */
export function addJackknifed(
  trainer: SentenceTrainer,
  corpora: ReadonlyArray<readonly TrainingSentence[]>,
  tagNames: readonly string[],
  folds: number,
  features: { gazetteer: Gazetteer; clusters: WordClusters | undefined; wordStats?: WordStats },
  wrap: (extractor: FeatureExtractor) => FeatureExtractor = (e) => e,
): LabelDictionary {
  const parts = Array.from({ length: folds }, (_, k) =>
    corpora.flatMap((sentences) => {
      const size = Math.ceil(sentences.length / folds);
      return sentences.slice(k * size, (k + 1) * size);
    }),
  );
  const counts = parts.map((part) => {
    const c = new LabelCounts();
    for (const s of part) c.add(s.tokens, s.tags.map((t) => tagNames[t]));
    return c;
  });
  for (let k = 0; k < folds; k++) {
    const others = new LabelCounts();
    counts.forEach((c, j) => j !== k && others.merge(c));
    trainer.addSentences(parts[k], wrap(new FeatureExtractor(features.gazetteer, features.clusters, others.dictionary(), features.wordStats)));
  }
  const all = new LabelCounts();
  for (const c of counts) all.merge(c);
  return all.dictionary();
}
