import * as assert from 'node:assert/strict';
import { skipGramVectors } from '../../../scripts/ner/skipGram';

describe('skip-gram word vectors', () => {
  // ids 0..3 are two pairs of words used in the same places: 0 and 1 between 4 and 5, 2 and 3 between 6 and 7
  const sentences: number[][] = [];
  for (let i = 0; i < 400; i++) sentences.push(i % 2 === 0 ? [4, i % 4 === 0 ? 0 : 1, 5] : [6, i % 4 === 1 ? 2 : 3, 7]);
  const ids = sentences.flatMap((s) => [...s, -1]);
  const counts = new Array<number>(8).fill(0);
  for (const id of ids) if (id >= 0) counts[id]++;
  const corpus = { sequence: Int32Array.from(ids), length: ids.length, counts };
  const options = { dimensions: 16, window: 1, negatives: 3, epochs: 5, subsample: 1, learningRate: 0.05, seed: 3 };
  const cosine = (v: Float32Array, a: number, b: number): number => {
    let dot = 0;
    for (let k = 0; k < options.dimensions; k++) dot += v[a * options.dimensions + k] * v[b * options.dimensions + k];
    return dot;
  };

  it('puts words that share their neighbours closer than words that do not', () => {
    const v = skipGramVectors(corpus, [0, 1, 2, 3, 4, 5, 6, 7], options);
    assert.ok(cosine(v, 0, 1) > cosine(v, 0, 2) + 0.2, `${cosine(v, 0, 1)} vs ${cosine(v, 0, 2)}`);
    assert.ok(cosine(v, 2, 3) > cosine(v, 1, 3) + 0.2, `${cosine(v, 2, 3)} vs ${cosine(v, 1, 3)}`);
  });

  it('returns unit rows, the same for the same seed', () => {
    const v = skipGramVectors(corpus, [0, 1, 2, 3, 4, 5, 6, 7], options);
    for (let r = 0; r < 8; r++) assert.ok(Math.abs(cosine(v, r, r) - 1) < 1e-4);
    assert.deepEqual(skipGramVectors(corpus, [0, 1, 2, 3, 4, 5, 6, 7], options), v);
  });
});
