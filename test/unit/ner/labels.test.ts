import { strict as assert } from 'node:assert';
import { bioTagSet, mapCorpusLabel, mapCorpusTag, normalizeIob2, spansFromTags } from '../../../server/src/core/ner/labels';

describe('ner labels', () => {
  it('maps corpus labels to ours (ANERcorp PERS, AQMAR MIS)', () => {
    assert.equal(mapCorpusLabel('PERS'), 'PER');
    assert.equal(mapCorpusLabel('MIS'), 'MISC');
    assert.equal(mapCorpusLabel('org'), 'ORG');
    assert.equal(mapCorpusLabel('DATE'), undefined);
  });

  it('maps whole tags, keeping B-/I- and dropping unknown labels to O', () => {
    assert.equal(mapCorpusTag('B-PERS'), 'B-PER');
    assert.equal(mapCorpusTag('I-MIS'), 'I-MISC');
    assert.equal(mapCorpusTag('B_LOC'), 'B-LOC');
    assert.equal(mapCorpusTag(' O '), 'O');
    assert.equal(mapCorpusTag('B-DATE'), 'O');
    assert.equal(mapCorpusTag('garbage'), 'O');
  });

  it('reads an I- after O as the start of an entity, as conlleval does', () => {
    assert.deepEqual(spansFromTags(['O', 'I-LOC', 'I-LOC', 'O']), [{ start: 1, end: 3, label: 'LOC' }]);
  });

  it('separates adjacent entities of one type at B-', () => {
    assert.deepEqual(spansFromTags(['B-PER', 'B-PER', 'I-PER']), [
      { start: 0, end: 1, label: 'PER' },
      { start: 1, end: 3, label: 'PER' },
    ]);
  });

  it('starts a new entity at an I- of a different type', () => {
    assert.deepEqual(spansFromTags(['B-PER', 'I-ORG', 'I-ORG']), [
      { start: 0, end: 1, label: 'PER' },
      { start: 1, end: 3, label: 'ORG' },
    ]);
  });

  it('normalizes I- starts to B- without changing the entities', () => {
    const tags = ['I-ORG', 'I-ORG', 'O', 'I-PER', 'B-PER'];
    assert.deepEqual(normalizeIob2(tags), ['B-ORG', 'I-ORG', 'O', 'B-PER', 'B-PER']);
    assert.deepEqual(spansFromTags(normalizeIob2(tags)), spansFromTags(tags));
  });

  it('builds the BIO tag set with O first', () => {
    assert.deepEqual(bioTagSet(['PER', 'LOC']), ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC']);
  });
});
