import * as assert from 'node:assert/strict';
import { foldOf } from '../../../scripts/ner/crossValidate';

describe('cross-validation folds', () => {
  const sentences = Array.from({ length: 11 }, (_, i) => `s${i}`);

  it('holds out contiguous blocks that together cover every sentence once', () => {
    const held = [0, 1, 2].map((k) => foldOf(sentences, k, 3).held);
    assert.deepEqual(held, [['s0', 's1', 's2', 's3'], ['s4', 's5', 's6', 's7'], ['s8', 's9', 's10']]);
    assert.deepEqual(held.flat(), sentences);
  });

  it('trains each fold on the sentences before and after its block, in order', () => {
    const { held, rest } = foldOf(sentences, 1, 3);
    assert.deepEqual(rest, ['s0', 's1', 's2', 's3', 's8', 's9', 's10']);
    assert.equal(held.length + rest.length, sentences.length);
  });
});
