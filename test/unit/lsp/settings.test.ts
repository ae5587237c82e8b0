import * as assert from 'node:assert/strict';
import { readSettings } from '../../../server/src/lsp/settings';
import { DEFAULT_SETTINGS } from '../../../server/src/lsp/protocol';

describe('settings from the client', () => {
  it('keeps valid values and falls back for broken ones', () => {
    assert.deepEqual(readSettings(undefined), DEFAULT_SETTINGS);
    assert.deepEqual(readSettings({ minArabicRatio: 0.3, minConfidence: 0.6, articleDate: '2024-05-12', maxArticleLength: 5000 }), {
      minArabicRatio: 0.3, minConfidence: 0.6, articleDate: '2024-05-12', maxArticleLength: 5000,
    });
    assert.deepEqual(readSettings({ minArabicRatio: 7, minConfidence: 'high', articleDate: '12/5/2024', maxArticleLength: -1 }), DEFAULT_SETTINGS);
  });
});
