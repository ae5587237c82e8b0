// `npm run train -- --data ../shared/data --cross-validate K [training options]`: K-fold cross-validation
// on ANERcorp train, so that a change to the tagger is judged on about 4,000 sentences instead of ANERcorp
// dev's 411 (about 1,000 names, where one seed against another moves F1 by ±0.6). Fold k is the k-th
// contiguous block of the corpus, which is in article order, so a name repeated within one article does not
// leak from training into testing. Each fold's tagger is trained on the other folds (plus AQMAR as the
// options say), with its epoch, tag biases and temperature chosen on ANERcorp dev exactly as a shipped model's
// are, then scored on its block sentence by sentence and through the pipeline (articles of 16 sentences, as
// `eval` reads them). Nothing is written; the scores of all folds are pooled.
import { evaluateAsArticles, SENTENCES_PER_ARTICLE } from '../../server/src/core/ner/articleEval';
import { evaluateRecognizer, formatScoreTable } from '../../server/src/core/ner/evaluate';
import { createEntityRecognizer } from '../../server/src/core/ner/recognizer';
import { RepeatedNames } from '../../server/src/core/ner/repeatedNames';
import { EntityScorer } from '../../server/src/core/ner/scorer';
import { Analyzer } from '../../server/src/core/pipeline';
import { readTrainingInputs, trainTagger, type TrainOptions } from './trainModel';

export interface CrossValidation {
  recognizer: ReturnType<EntityScorer['score']>;
  pipeline: ReturnType<EntityScorer['score']>;
}

export function crossValidate(options: TrainOptions, folds: number): CrossValidation {
  const began = Date.now();
  const inputs = readTrainingInputs(options);
  const recognizerTotal = new EntityScorer();
  const pipelineTotal = new EntityScorer();
  for (let k = 0; k < folds; k++) {
    const { held, rest } = foldOf(inputs.train, k, folds);
    const { model } = trainTagger({ ...options, log: () => undefined }, inputs, rest, began);
    const recognizer = createEntityRecognizer(model, { explain: false });
    const alone = evaluateRecognizer(recognizer, held).score;
    const piped = evaluateAsArticles(new Analyzer({ entities: recognizer, document: new RepeatedNames() }), held, SENTENCES_PER_ARTICLE).score;
    recognizerTotal.merge(alone);
    pipelineTotal.merge(piped);
    options.log(`fold ${k + 1} of ${folds}: ${held.length} sentences, F1 ${alone.overall.f1.toFixed(2)} sentence by sentence, ${piped.overall.f1.toFixed(2)} through the pipeline (${((Date.now() - began) / 1000).toFixed(0)} s)`);
  }
  const result = { recognizer: recognizerTotal.score(), pipeline: pipelineTotal.score() };
  options.log(`all folds, sentence by sentence:\n${formatScoreTable(result.recognizer)}`);
  options.log(`all folds, through the pipeline:\n${formatScoreTable(result.pipeline)}`);
  options.log(`cross-validation F1: ${result.recognizer.overall.f1.toFixed(2)} sentence by sentence, ${result.pipeline.overall.f1.toFixed(2)} through the pipeline`);
  return result;
}

/** The k-th of `folds` contiguous blocks, and the sentences before and after it. */
export function foldOf<T>(sentences: readonly T[], k: number, folds: number): { held: T[]; rest: T[] } {
  const size = Math.ceil(sentences.length / folds);
  return { held: sentences.slice(k * size, (k + 1) * size), rest: [...sentences.slice(0, k * size), ...sentences.slice((k + 1) * size)] };
}
