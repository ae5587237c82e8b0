import * as assert from 'node:assert/strict';
import { resolveOverlaps, suggestionAt } from '../../../server/src/core/suggestions';
import type { Label, Suggestion } from '../../../server/src/core/types';

const s = (start: number, end: number, label: Label, confidence = 0.5): Suggestion => ({ start, end, label, confidence, text: 'x'.repeat(end - start), source: 'model' });

describe('overlapping suggestions', () => {
  it('keeps dates over entities, then the more confident, then the longer', () => {
    const kept = resolveOverlaps([s(0, 5, 'LOC', 0.99), s(3, 10, 'DATE', 0.6), s(12, 20, 'ORG', 0.7), s(12, 15, 'PER', 0.9), s(30, 34, 'PER'), s(30, 38, 'PER')]);
    assert.deepEqual(kept.map((k) => [k.start, k.end, k.label]), [[3, 10, 'DATE'], [12, 15, 'PER'], [30, 38, 'PER']]);
  });

  it('finds the suggestion under the cursor, including right after its last letter', () => {
    const list = [s(2, 6, 'LOC'), s(10, 14, 'PER')];
    assert.equal(suggestionAt(list, 2)?.label, 'LOC');
    assert.equal(suggestionAt(list, 6)?.label, 'LOC');
    assert.equal(suggestionAt(list, 8), undefined);
    assert.equal(suggestionAt(list, 12)?.label, 'PER');
    assert.equal(suggestionAt([], 0), undefined);
  });
});
