import { strict as assert } from 'node:assert';
import { FeatureExtractor } from '../../../server/src/core/ner/features';
import { PerceptronTrainer } from '../../../server/src/core/ner/perceptron';
import { scoreEmissions } from '../../../server/src/core/ner/tagger';
import { WordScores } from '../../../server/src/core/ner/wordScores';
import { alignWords } from '../../../server/src/core/ner/corpus';
import { bioTagSet } from '../../../server/src/core/ner/labels';
import { FEATURE_VERSION } from '../../../server/src/core/ner/features';
import { ENTITY_LABELS } from '../../../server/src/core/types';
import { tokenize } from '../../../server/src/core/text';
import { packWordStats, WordStats } from '../../../server/src/core/ner/wordStats';
import { TRAINING, tinyGazetteer, tinyModel } from './helpers';

const SENTENCES = [
  'بغداد',
  'زار الشمري بغداد',
  'قال الرئيس الشمري إن الوفد وصل إلى الولايات المتحدة أمس',
  'عاد الشمري من بغداد إلى سوريا، ثم سافر إلى القاهرة في 12 أيار.',
];

function clusteredModel(labelDictionary?: Map<string, number>, wordStats?: WordStats) {
  const tags = bioTagSet(ENTITY_LABELS);
  const gazetteer = tinyGazetteer();
  const clusters = new Map([['بغداد', 17], ['سوريا', 17], ['الشمري', 40], ['قال', 3]]);
  const trainer = new PerceptronTrainer(tags, new FeatureExtractor(gazetteer, clusters, labelDictionary, wordStats), { featureVersion: FEATURE_VERSION, gazetteer, clusters, labelDictionary, wordStats });
  trainer.addSentences(TRAINING.map(([w, t]) => {
    const a = alignWords(w.split(' '), t.split(' '));
    return { tokens: a.tokens, tags: a.tokenTags.map((x) => tags.indexOf(x)) };
  }));
  const model = trainer.train({ epochs: 5, seed: 2 }).model;
  return { ...model, tagBias: Float32Array.from(model.tags, (t) => (t === 'O' ? -0.5 : t.endsWith('ORG') ? 0.25 : 0)) };
}

describe('cached per-word scores', () => {
  const dictionary = new Map([['بغداد', 3 + 8 + 16], ['الشمري', 1 + 8], ['قال', 0 + 8 + 32]]);
  // packed word statistics (core/ner/wordStats.ts): a place that takes the article now and then, a name that never does
  const wordStats = new WordStats([['بغداد', packWordStats({ frequency: 4, article: 1, enclitic: 0 })], ['شمري', packWordStats({ frequency: 2, article: 4 })], ['وفد', packWordStats({ article: 4, verb: 0 })]]);
  const models = [
    ['without clusters', tinyModel()],
    ['with clusters and tag biases', clusteredModel()],
    ['with a label dictionary', clusteredModel(dictionary)],
    ['with word statistics', clusteredModel(undefined, wordStats)],
  ] as const;
  for (const [name, model] of models) {
    it(`give the same emissions as summing every feature (${name})`, () => {
      const fast = new WordScores(model);
      const extractor = new FeatureExtractor(model.gazetteer, model.clusters, model.labelDictionary, model.wordStats);
      const T = model.tags.length;
      // twice: the second pass reads words from the cache
      for (const pass of [1, 2]) {
        for (const text of SENTENCES) {
          const tokens = tokenize(text);
          const expected = new Float32Array(tokens.length * T);
          scoreEmissions(model, extractor.extract(tokens), tokens.length, expected);
          const actual = new Float32Array(tokens.length * T);
          fast.score(tokens, actual);
          for (let k = 0; k < expected.length; k++) {
            assert.ok(Math.abs(actual[k] - expected[k]) < 1e-3, `pass ${pass}, "${text}", cell ${k}: ${actual[k]} vs ${expected[k]}`);
          }
        }
      }
    });
  }
});
