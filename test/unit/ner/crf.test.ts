import { strict as assert } from 'node:assert';
import { alignWords } from '../../../server/src/core/ner/corpus';
import { CrfObjective, CrfTrainer, type CrfOptions } from '../../../server/src/core/ner/crf';
import { evaluateRecognizer } from '../../../server/src/core/ner/evaluate';
import { FEATURE_VERSION, FeatureExtractor } from '../../../server/src/core/ner/features';
import { ForwardBackward } from '../../../server/src/core/ner/forwardBackward';
import { bioTagSet } from '../../../server/src/core/ner/labels';
import { createEntityRecognizer } from '../../../server/src/core/ner/recognizer';
import { ScaledParameters, type ParameterArrays } from '../../../server/src/core/ner/scaledParameters';
import { mulberry32, type EncodedSentence } from '../../../server/src/core/ner/trainingSet';
import { bioConstraints } from '../../../server/src/core/ner/viterbi';
import { ENTITY_LABELS } from '../../../server/src/core/types';
import { TRAINING, tinyGazetteer } from './helpers';

const SMALL_TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC'];

/** Every tag sequence of length n with its score under the masked scores. */
function allSequences(n: number, emissions: Float64Array, transitions: Float64Array, start: Float64Array): Array<{ tags: number[]; score: number }> {
  const T = SMALL_TAGS.length;
  const out: Array<{ tags: number[]; score: number }> = [];
  for (let code = 0; code < T ** n; code++) {
    const tags: number[] = [];
    for (let i = 0, c = code; i < n; i++, c = Math.floor(c / T)) tags.push(c % T);
    let score = start[tags[0]] + emissions[tags[0]];
    for (let i = 1; i < n; i++) score += transitions[tags[i - 1] * T + tags[i]] + emissions[i * T + tags[i]];
    out.push({ tags, score });
  }
  return out;
}

function randomScores(random: () => number, n: number) {
  const T = SMALL_TAGS.length;
  const mask = bioConstraints(SMALL_TAGS);
  return {
    emissions: Float64Array.from({ length: n * T }, () => random() * 8 - 4),
    transitions: Float64Array.from(mask.transitions, (m) => m + random() * 2 - 1),
    start: Float64Array.from(mask.start, (m) => m + random() - 0.5),
  };
}

/** A tiny encoded training set over `rows` weight rows: 2–5 tokens, a repeated row and a dropped one. */
function tinySentences(random: () => number, rows: number): EncodedSentence[] {
  const golds = [[1, 2, 0], [0, 3, 4, 4, 0], [3, 0], [1, 0, 1, 2]];
  return golds.map((gold, k) => {
    const features: number[] = [];
    const offsets = [0];
    for (let i = 0; i < gold.length; i++) {
      for (let f = 0; f < 3; f++) features.push(Math.floor(random() * rows));
      features.push(i === 0 ? -1 : features[features.length - 1]);
      offsets.push(features.length);
    }
    return { rows: Int32Array.from(features), lexical: new Uint8Array(features.length), offsets: Int32Array.from(offsets), gold: Int32Array.from(gold), weight: k === 1 ? 0.5 : 1 };
  });
}

function randomArrays(random: () => number, rows: number, T: number): ParameterArrays {
  const draw = (length: number): Float64Array => Float64Array.from({ length }, () => random() * 2 - 1);
  return { weights: draw(rows * T), transitions: draw(T * T), start: draw(T) };
}

const zeros = (p: ParameterArrays): ParameterArrays => ({ weights: new Float64Array(p.weights.length), transitions: new Float64Array(p.transitions.length), start: new Float64Array(p.start.length) });

describe('CRF forward-backward', () => {
  it('gives log Z, tag marginals and expected transitions equal to brute-force enumeration', () => {
    const random = mulberry32(5);
    const T = SMALL_TAGS.length;
    const chain = new ForwardBackward(T);
    for (let trial = 0; trial < 20; trial++) {
      const n = 1 + (trial % 5);
      const p = randomScores(random, n);
      const pairs = new Float64Array(T * T);
      const logZ = chain.run(p.emissions, n, p.transitions, p.start, pairs);
      const sequences = allSequences(n, p.emissions, p.transitions, p.start);
      const z = sequences.reduce((sum, s) => sum + Math.exp(s.score), 0);
      assert.ok(Math.abs(logZ - Math.log(z)) < 1e-9, `trial ${trial}: log Z ${logZ} vs ${Math.log(z)}`);
      const marginals = new Float64Array(n * T);
      const expectedPairs = new Float64Array(T * T);
      for (const s of sequences) {
        const p = Math.exp(s.score) / z;
        s.tags.forEach((t, i) => {
          marginals[i * T + t] += p;
          if (i > 0) expectedPairs[s.tags[i - 1] * T + t] += p;
        });
      }
      marginals.forEach((m, k) => assert.ok(Math.abs(chain.marginals[k] - m) < 1e-9, `trial ${trial}, marginal ${k}`));
      expectedPairs.forEach((m, k) => assert.ok(Math.abs(pairs[k] - m) < 1e-9, `trial ${trial}, pair ${k}`));
    }
  });
});

describe('CRF objective', () => {
  it('has the gradient that finite differences of its log-likelihood give', () => {
    const random = mulberry32(11);
    const T = SMALL_TAGS.length;
    const rows = 6;
    const sentences = tinySentences(random, rows);
    const objective = new CrfObjective(SMALL_TAGS);
    const arrays = randomArrays(random, rows, T);
    const logLikelihood = (): number => sentences.reduce((sum, s) => sum + objective.addGradient(s, { arrays, scale: 1 }, []), 0);
    const gradient = zeros(arrays);
    for (const s of sentences) objective.addGradient(s, { arrays, scale: 1 }, [{ arrays: gradient, step: 1 }]);
    const h = 1e-5;
    for (const part of ['weights', 'transitions', 'start'] as const) {
      for (let k = 0; k < arrays[part].length; k++) {
        const saved = arrays[part][k];
        arrays[part][k] = saved + h;
        const up = logLikelihood();
        arrays[part][k] = saved - h;
        const down = logLikelihood();
        arrays[part][k] = saved;
        const numeric = (up - down) / (2 * h);
        assert.ok(Math.abs(numeric - gradient[part][k]) < 1e-6, `${part}[${k}]: finite differences ${numeric}, computed ${gradient[part][k]}`);
      }
    }
  });

  it('scores parameters kept as scale × arrays like the same parameters unscaled', () => {
    const random = mulberry32(12);
    const arrays = randomArrays(random, 6, SMALL_TAGS.length);
    const halved: ParameterArrays = { weights: arrays.weights.map((x) => x / 2), transitions: arrays.transitions.map((x) => x / 2), start: arrays.start.map((x) => x / 2) };
    const objective = new CrfObjective(SMALL_TAGS);
    for (const s of tinySentences(random, 6)) {
      const plain = objective.addGradient(s, { arrays, scale: 1 }, []);
      assert.ok(Math.abs(plain - objective.addGradient(s, { arrays: halved, scale: 2 }, [])) < 1e-12);
    }
  });
});

describe('lazily scaled and averaged SGD parameters', () => {
  it('equal plain shrinking and averaging of every iterate, across a fold of the scale', () => {
    const random = mulberry32(13);
    const lazy = new ScaledParameters(3, 2);
    const dense = new Float64Array(6);
    const sum = new Float64Array(6);
    let averaged = 0;
    for (let step = 0; step < 40; step++) {
      if (step === 5) lazy.startAveraging();
      const factor = step === 20 ? 1e-7 : 0.9; // the tiny factor forces a fold
      lazy.shrink(factor);
      for (let k = 0; k < 6; k++) dense[k] *= factor;
      const k = Math.floor(random() * 6);
      const change = random() * 2 - 1;
      dense[k] += change;
      lazy.v.weights[k] += change / lazy.scale;
      lazy.u.weights[k] += lazy.uFactor * (change / lazy.scale);
      lazy.endStep();
      if (step >= 5) {
        for (let j = 0; j < 6; j++) sum[j] += dense[j];
        averaged++;
      }
    }
    const current = lazy.current().weights;
    for (let j = 0; j < 6; j++) assert.ok(Math.abs(current[j] - sum[j] / averaged) < 1e-5, `weight ${j}: ${current[j]} vs ${sum[j] / averaged}`);
  });
});

describe('CRF training', () => {
  const tags = bioTagSet(ENTITY_LABELS);
  const gold = TRAINING.map(([w, t]) => ({ tokens: w.split(' '), tags: t.split(' ') }));
  const sentences = (otherDomain = false) =>
    TRAINING.map(([w, t]) => {
      const a = alignWords(w.split(' '), t.split(' '));
      return { tokens: a.tokens, tags: a.tokenTags.map((x) => tags.indexOf(x)), otherDomain };
    });
  const trainer = (): CrfTrainer => {
    const gazetteer = tinyGazetteer();
    return new CrfTrainer(tags, new FeatureExtractor(gazetteer, undefined), { featureVersion: FEATURE_VERSION, gazetteer });
  };
  const options: CrfOptions = { epochs: 10, seed: 3, l2: 0.1, learningRate: 0.5 };

  for (const variant of [{}, { members: 3 }, { averageFrom: 0 }]) {
    it(`tags its hand-written training sentences back (${JSON.stringify(variant)})`, () => {
      const t = trainer();
      t.addSentences(sentences());
      const recognizer = createEntityRecognizer(t.train({ ...options, ...variant }).model, { explain: false, gazetteerFallback: false });
      assert.equal(evaluateRecognizer(recognizer, gold).score.overall.f1, 100);
    });
  }

  it("learns from another domain's sentences but ships none of their own feature copies", () => {
    const t = trainer();
    t.addSentences(sentences());
    const mainFeatures = t.featureCount;
    t.addSentences(sentences(true));
    const model = t.train(options).model;
    assert.ok(model.table.size <= mainFeatures);
    const recognizer = createEntityRecognizer(model, { explain: false, gazetteerFallback: false });
    assert.equal(evaluateRecognizer(recognizer, gold).score.overall.f1, 100);
  });

  it('gives the same model for the same seed, and another for another seed', () => {
    const train = (seed: number): number[] => {
      const t = trainer();
      t.addSentences(sentences());
      return Array.from(t.train({ ...options, seed }).model.weights);
    };
    assert.deepEqual(train(3), train(3));
    assert.notDeepEqual(train(3), train(4));
  });
});
