import { strict as assert } from 'node:assert';
import { FeatureExtractor, T, UNSEEN_WORD } from '../../../server/src/core/ner/features';
import { LabelCounts, labelCode } from '../../../server/src/core/ner/labelDictionary';
import { featureKey } from '../../../server/src/core/ner/hash';
import { tokenize } from '../../../server/src/core/text';

describe('label dictionary', () => {
  it('codes the main label, whether it is near-certain, and how often the word was seen', () => {
    // O, PER, ORG, LOC, MISC
    assert.equal(labelCode(Int32Array.from([0, 0, 0, 1, 0])), 3 + 8);
    assert.equal(labelCode(Int32Array.from([1, 3, 0, 0, 0])), 1 + 16);
    assert.equal(labelCode(Int32Array.from([0, 0, 9, 1, 0])), 2 + 8 + 32);
  });

  it('counts labels per stem, so clitics do not split a word (وبغداد counts for بغداد)', () => {
    const counts = new LabelCounts();
    counts.add(tokenize('زار بغداد'), ['O', 'B-LOC']);
    counts.add(tokenize('ومن وبغداد'), ['O', 'B-LOC']);
    const dictionary = counts.dictionary();
    assert.equal(dictionary.get('بغداد'), 3 + 8 + 16);
    assert.equal(dictionary.get('زار'), 0 + 8);
  });

  it('gives words the dictionary features only when the model has a dictionary', () => {
    const tokens = tokenize('زار بغداد');
    const withDictionary = new FeatureExtractor(undefined, undefined, new Map([['بغداد', 3 + 8]])).extract(tokens);
    const keys = Array.from(withDictionary.keys.slice(withDictionary.offsets[1], withDictionary.offsets[2]));
    assert.ok(keys.includes(featureKey(T.Dictionary, 3 + 8)));
    assert.ok(keys.includes(featureKey(T.DictionaryPrev, UNSEEN_WORD)), 'زار is not in the dictionary');
    const without = new FeatureExtractor(undefined, undefined).extract(tokens);
    const plain = Array.from(without.keys.slice(0, without.count));
    assert.ok(!plain.includes(featureKey(T.Dictionary, 3 + 8)));
  });
});
