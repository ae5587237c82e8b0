import { strict as assert } from 'node:assert';
import { alignWords } from '../../../server/src/core/ner/corpus';
import { evaluateRecognizer } from '../../../server/src/core/ner/evaluate';
import { FEATURE_VERSION, FeatureExtractor } from '../../../server/src/core/ner/features';
import { bioTagSet } from '../../../server/src/core/ner/labels';
import { PerceptronTrainer } from '../../../server/src/core/ner/perceptron';
import { createEntityRecognizer } from '../../../server/src/core/ner/recognizer';
import { ENTITY_LABELS } from '../../../server/src/core/types';
import { TRAINING, tinyGazetteer } from './helpers';

const tags = bioTagSet(ENTITY_LABELS);

function trainingSentences(otherDomain = false) {
  return TRAINING.map(([w, t]) => {
    const a = alignWords(w.split(' '), t.split(' '));
    return { tokens: a.tokens, tags: a.tokenTags.map((x) => tags.indexOf(x)), otherDomain };
  });
}

function trainer(): PerceptronTrainer {
  const gazetteer = tinyGazetteer();
  return new PerceptronTrainer(tags, new FeatureExtractor(gazetteer, undefined), { featureVersion: FEATURE_VERSION, gazetteer });
}

function trained(options: { margin?: number; recallCost?: number; wordDropout?: number }) {
  const t = trainer();
  t.addSentences(trainingSentences());
  return t.train({ epochs: 8, seed: 3, ...options }).model;
}

describe('perceptron training', () => {
  const gold = TRAINING.map(([w, t]) => ({ tokens: w.split(' '), tags: t.split(' ') }));
  for (const options of [{}, { margin: 3 }, { recallCost: 3 }, { wordDropout: 0.3 }]) {
    it(`learns the training sentences' entities (${JSON.stringify(options)})`, () => {
      const recognizer = createEntityRecognizer(trained(options), { explain: false, gazetteerFallback: false });
      assert.equal(evaluateRecognizer(recognizer, gold).score.overall.f1, 100);
    });
  }

  it('learns from another domain\'s sentences but ships none of their own feature copies', () => {
    const mainOnly = trainer();
    mainOnly.addSentences(trainingSentences());
    const both = trainer();
    both.addSentences(trainingSentences());
    both.addSentences(trainingSentences(true));
    assert.equal(both.featureCount, 2 * mainOnly.featureCount);
    const model = both.train({ epochs: 8, seed: 3 }).model;
    assert.ok(model.table.size <= mainOnly.featureCount);
    const recognizer = createEntityRecognizer(model, { explain: false, gazetteerFallback: false });
    assert.equal(evaluateRecognizer(recognizer, gold).score.overall.f1, 100);
  });

  it('gives the same model for the same seed with word dropout', () => {
    const a = trained({ wordDropout: 0.3 });
    const b = trained({ wordDropout: 0.3 });
    assert.deepEqual(Array.from(a.weights), Array.from(b.weights));
  });
});
