import * as assert from 'node:assert/strict';
import { shouldServe } from '../../../server/src/core/documentGate';

describe('which documents are served', () => {
  const options = { minArabicRatio: 0.5, maxLength: 10_000 };

  it('serves an Arabic article with some English in it', () => {
    const verdict = shouldServe('قال المتحدث باسم Reuters إن الوفد وصل إلى بغداد صباح اليوم.', options);
    assert.equal(verdict.serve, true);
  });

  it('leaves English notes, empty files, binary content and huge articles alone, saying why', () => {
    const cases: [string, string][] = [
      ['Call the Baghdad desk on Monday about the schedule.', 'not-arabic'],
      ['', 'empty'],
      ['  \n\t ', 'empty'],
      ['PK\u0003\u0004\u0000\u0000بغداد', 'binary'],
      ['بغداد '.repeat(3000), 'too-large'],
      ['\ufffd'.repeat(50) + 'بغداد', 'binary'],
    ];
    for (const [text, reason] of cases) {
      const verdict = shouldServe(text, options);
      assert.equal(verdict.serve, false, reason);
      if (!verdict.serve) {
        assert.equal(verdict.reason, reason);
        assert.ok(verdict.message.length > 10);
      }
    }
  });

  it('follows the ratio setting', () => {
    const text = 'بغداد دمشق English words here and more words';
    assert.equal(shouldServe(text, { ...options, minArabicRatio: 0.2 }).serve, true);
    assert.equal(shouldServe(text, { ...options, minArabicRatio: 0.8 }).serve, false);
  });
});
