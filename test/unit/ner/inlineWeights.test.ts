import { strict as assert } from 'node:assert';
import { FeatureTable } from '../../../server/src/core/ner/featureTable';
import { InlineWeights, inlineWeightsOf } from '../../../server/src/core/ner/inlineWeights';

describe('inline weights', () => {
  const T = 3;
  // 0 and 1 are keys, so the empty-slot marker must be another value; negative and extreme keys too
  const keys = Int32Array.from([0, 1, -1, 2147483647, -2147483648, 12345, ...Array.from({ length: 500 }, (_, k) => (k * 2654435761) | 0)]);
  const distinct = Int32Array.from(new Set(keys));
  const weights = Float32Array.from({ length: distinct.length * T }, (_, k) => (k % 7) - 3.25 + k / 1000);
  const table = new FeatureTable(distinct);
  const inline = new InlineWeights(table, weights, T);

  it('gives every key the weights of its row', () => {
    for (let r = 0; r < distinct.length; r++) {
      const at = inline.weightsAt(distinct[r]);
      assert.ok(at >= 0, `key ${distinct[r]} not found`);
      for (let t = 0; t < T; t++) assert.equal(inline.floats[at + t], weights[table.row(distinct[r]) * T + t]);
    }
  });

  it('finds no weights for keys the model does not have', () => {
    for (let k = 2; k < 3000; k++) {
      const key = (k * 40503 + 7) | 0;
      if (table.row(key) < 0) assert.equal(inline.weightsAt(key), -1, `key ${key}`);
    }
  });

  it('is built once per table and weights', () => {
    assert.equal(inlineWeightsOf(table, weights, T), inlineWeightsOf(table, weights, T));
    assert.notEqual(inlineWeightsOf(table, weights, T), inlineWeightsOf(table, Float32Array.from(weights), T));
  });
});
