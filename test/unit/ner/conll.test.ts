import { strict as assert } from 'node:assert';
import { parseConll } from '../../../server/src/core/ner/conll';

describe('CoNLL reader', () => {
  it('reads ANERcorp conventions: PERS is mapped to PER, blank lines end sentences', () => {
    const text = 'قال O\nمحمد B-PERS\nالشمري I-PERS\n.\tO\n\nفي O\nلبغداد B-LOC\n';
    const sentences = parseConll(text);
    assert.equal(sentences.length, 2);
    assert.deepEqual(sentences[0].tokens, ['قال', 'محمد', 'الشمري', '.']);
    assert.deepEqual(sentences[0].tags, ['O', 'B-PER', 'I-PER', 'O']);
    assert.deepEqual(sentences[1], { tokens: ['في', 'لبغداد'], tags: ['O', 'B-LOC'] });
  });

  it('reads AQMAR conventions: MIS is mapped to MISC', () => {
    const [s] = parseConll('كأس B-MIS\nالعالم I-MIS\n');
    assert.deepEqual(s.tags, ['B-MISC', 'I-MISC']);
  });

  it('tolerates CRLF, stray spaces, tabs, runs of blank lines and -DOCSTART-', () => {
    const text = '-DOCSTART- O\r\n\r\n  عمان   B-LOC  \r\n\t\r\n\r\n\r\nالأردن\tB-LOC\r\n';
    const sentences = parseConll(text);
    assert.deepEqual(sentences, [
      { tokens: ['عمان'], tags: ['B-LOC'] },
      { tokens: ['الأردن'], tags: ['B-LOC'] },
    ]);
  });

  it('keeps I- starts as written (the scorer counts them as entities)', () => {
    const [s] = parseConll('الأمم I-ORG\nالمتحدة I-ORG\n');
    assert.deepEqual(s.tags, ['I-ORG', 'I-ORG']);
  });

  it('takes the last column as the tag when there are more than two', () => {
    const [s] = parseConll('بيروت NNP B-LOC\n');
    assert.deepEqual(s, { tokens: ['بيروت'], tags: ['B-LOC'] });
  });
});
