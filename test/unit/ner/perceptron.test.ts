import { strict as assert } from 'node:assert';
import { alignWords } from '../../../server/src/core/ner/corpus';
import { evaluateRecognizer } from '../../../server/src/core/ner/evaluate';
import { FEATURE_VERSION, FeatureExtractor } from '../../../server/src/core/ner/features';
import { bioTagSet } from '../../../server/src/core/ner/labels';
import { PerceptronTrainer } from '../../../server/src/core/ner/perceptron';
import { createEntityRecognizer } from '../../../server/src/core/ner/recognizer';
import { ENTITY_LABELS } from '../../../server/src/core/types';
import { TRAINING, tinyGazetteer } from './helpers';

function trained(margin: number) {
  const tags = bioTagSet(ENTITY_LABELS);
  const gazetteer = tinyGazetteer();
  const trainer = new PerceptronTrainer(tags, new FeatureExtractor(gazetteer, undefined), { featureVersion: FEATURE_VERSION, gazetteer });
  trainer.addSentences(TRAINING.map(([w, t]) => {
    const a = alignWords(w.split(' '), t.split(' '));
    return { tokens: a.tokens, tags: a.tokenTags.map((x) => tags.indexOf(x)) };
  }));
  return trainer.train({ epochs: 8, seed: 3, margin }).model;
}

describe('perceptron training', () => {
  const gold = TRAINING.map(([w, t]) => ({ tokens: w.split(' '), tags: t.split(' ') }));
  for (const margin of [0, 3]) {
    it(`learns the training sentences' entities (margin ${margin})`, () => {
      const recognizer = createEntityRecognizer(trained(margin), { explain: false, gazetteerFallback: false });
      assert.equal(evaluateRecognizer(recognizer, gold).score.overall.f1, 100);
    });
  }
});
