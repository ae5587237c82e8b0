import * as assert from 'node:assert/strict';
import { paragraphRanges } from '../../../server/src/core/paragraphs';
import { Analyzer } from '../../../server/src/core/pipeline';
import { splitSentences, tokenize } from '../../../server/src/core/text';

describe('paragraphs', () => {
  it('cuts at LF, CRLF and CR and skips blank lines', () => {
    const text = 'سطر أول\r\n\r\n  \nسطر ثان\rثالث\n';
    assert.deepEqual(paragraphRanges(text).map((r) => text.slice(r.start, r.end)), ['سطر أول', 'سطر ثان', 'ثالث']);
    assert.deepEqual(paragraphRanges(''), []);
  });

  it('gives the analyzer the same tokens and sentences as a whole-document pass', () => {
    const text = '2024.05.12 | 12:52 دمشق\r\nعنوان الخبر\n\nقال الوزير: «سنعود». ثم غادر إلى بغداد؟ نعم!\n🙂 آخر سطر';
    const analysis = new Analyzer({}).analyze(text);
    const tokens = tokenize(text);
    assert.deepEqual(analysis.tokens, tokens);
    assert.deepEqual(analysis.sentences, splitSentences(text, tokens));
  });
});
