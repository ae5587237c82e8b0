import { strict as assert } from 'node:assert';
import { EntityScorer, scoreEntities } from '../../../server/src/core/ner/scorer';

const near = (actual: number, expected: number): void => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} != ${expected}`);

describe('entity scorer', () => {
  it('counts exact matches only (label and both boundaries)', () => {
    // gold: PER[0,2) LOC[3,4); predicted: PER[0,1) (wrong end), LOC[3,4) (right)
    const score = scoreEntities([['B-PER', 'I-PER', 'O', 'B-LOC']], [['B-PER', 'O', 'O', 'B-LOC']]);
    assert.equal(score.overall.gold, 2);
    assert.equal(score.overall.predicted, 2);
    assert.equal(score.overall.correct, 1);
    near(score.overall.precision, 50);
    near(score.overall.recall, 50);
    near(score.overall.f1, 50);
    near(score.byLabel.LOC.f1, 100);
    near(score.byLabel.PER.f1, 0);
  });

  it('counts an I- start as an entity in gold and in predictions', () => {
    // gold I-ORG I-ORG is one ORG [0,2); predicted B-ORG I-ORG matches it
    const score = scoreEntities([['I-ORG', 'I-ORG', 'O']], [['B-ORG', 'I-ORG', 'O']]);
    assert.equal(score.overall.correct, 1);
    near(score.overall.f1, 100);
  });

  it('keeps adjacent entities of one type apart', () => {
    // gold: two persons [0,1) and [1,3); predicted one person [0,3): no match, P = 0, R = 0
    const score = scoreEntities([['B-PER', 'B-PER', 'I-PER']], [['B-PER', 'I-PER', 'I-PER']]);
    assert.equal(score.overall.gold, 2);
    assert.equal(score.overall.predicted, 1);
    assert.equal(score.overall.correct, 0);
    near(score.overall.f1, 0);
  });

  it('computes micro P/R/F1 over sentences and labels', () => {
    const scorer = new EntityScorer();
    scorer.add(['B-PER', 'O', 'B-LOC'], ['B-PER', 'O', 'B-ORG']); // 1 of 2 right
    scorer.add(['B-MISC', 'I-MISC'], ['B-MISC', 'I-MISC']); // right
    scorer.add(['O', 'O'], ['B-LOC', 'O']); // spurious
    const { overall } = scorer.score();
    assert.deepEqual([overall.gold, overall.predicted, overall.correct], [3, 4, 2]);
    near(overall.precision, 50);
    near(overall.recall, (200 / 3));
    near(overall.f1, (2 * 50 * (200 / 3)) / (50 + 200 / 3));
  });

  it('rejects sentences whose tag counts differ', () => {
    assert.throws(() => new EntityScorer().add(['O'], ['O', 'O']));
  });
});
