import { strict as assert } from 'node:assert';
import { alignWords, wordTagsFromSuggestions } from '../../../server/src/core/ner/corpus';
import type { Suggestion } from '../../../server/src/core/types';

describe('ner corpus alignment', () => {
  it('projects word tags onto tokens, leaving split-off punctuation outside the entity', () => {
    const aligned = alignWords(['(بيروت)', 'مدينة'], ['B-LOC', 'O']);
    assert.deepEqual(aligned.tokens.map((t) => t.text), ['(', 'بيروت', ')', 'مدينة']);
    assert.deepEqual(aligned.tokenTags, ['O', 'B-LOC', 'O', 'O']);
  });

  it('normalizes I- starts while projecting', () => {
    const aligned = alignWords(['الأمم', 'المتحدة'], ['I-ORG', 'I-ORG']);
    assert.deepEqual(aligned.tokenTags, ['B-ORG', 'I-ORG']);
  });

  it('reads suggestions back onto words, even when narrowed inside a word', () => {
    const aligned = alignWords(['زار', 'وسوريا', 'الشمري', 'محمد'], ['O', 'B-LOC', 'B-PER', 'I-PER']);
    const span = (text: string, label: 'LOC' | 'PER'): Suggestion => {
      const start = aligned.text.indexOf(text);
      return { start, end: start + text.length, text, label, source: 'model', confidence: 1 };
    };
    const tags = wordTagsFromSuggestions(aligned, [span('الشمري محمد', 'PER'), span('سوريا', 'LOC')]);
    assert.deepEqual(tags, ['O', 'B-LOC', 'B-PER', 'I-PER']);
  });
});
