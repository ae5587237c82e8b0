// Self-training data: sentences of unlabeled news tagged by a trained model, kept only where the model is
// sure of every token (each token's chosen tag has marginal >= minConfidence) and finds at least one
// entity. They go back into training with small updates, so names that recur in news the model has
// tagged confidently become features it can use elsewhere.
import type { EntityModel } from '../../server/src/core/ner/model';
import type { TrainingSentence } from '../../server/src/core/ner/trainingSet';
import { SequenceTagger } from '../../server/src/core/ner/tagger';
import { splitSentences, tokenize } from '../../server/src/core/text';

export interface SelfTrainingOptions {
  minConfidence: number;
  maxSentences: number;
  weight: number;
}

export function selfTrainingSentences(model: EntityModel, documents: readonly string[], options: SelfTrainingOptions): TrainingSentence[] {
  const tagger = new SequenceTagger(model);
  const T = tagger.numTags;
  const kept: TrainingSentence[] = [];
  for (const document of documents) {
    const tokens = tokenize(document);
    for (const sentence of splitSentences(document, tokens)) {
      const sentenceTokens = tokens.slice(sentence.tokenStart, sentence.tokenEnd);
      if (sentenceTokens.length < 4 || sentenceTokens.length > 80) continue;
      const tagged = tagger.tag(sentenceTokens);
      const tags = Array.from(tagged.tags.subarray(0, tagged.n));
      if (!tags.some((t) => t !== 0)) continue;
      const marginals = tagger.marginals(tagged);
      let sure = true;
      for (let i = 0; i < tagged.n && sure; i++) sure = marginals[i * T + tags[i]] >= options.minConfidence;
      if (!sure) continue;
      kept.push({ tokens: sentenceTokens, tags, weight: options.weight });
      if (kept.length >= options.maxSentences) return kept;
    }
  }
  return kept;
}
