// The committed model is the one its manifest describes: same files, same hashes, our label set and
// feature version, and it loads and tags.
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { entityModelInfo, loadEntityModel, loadEntityRecognizer } from '../../../server/src/entityModel';
import { FEATURE_VERSION } from '../../../server/src/core/ner/features';
import { bioTagSet } from '../../../server/src/core/ner/labels';
import { ENTITY_LABELS } from '../../../server/src/core/types';
import { tokenize } from '../../../server/src/core/text';

const MODELS = path.resolve(__dirname, '..', '..', '..', '..', '..', 'server', 'models');

describe('shipped entity model', () => {
  const manifest = entityModelInfo(MODELS);

  it('has files whose hashes and sizes match the manifest', () => {
    assert.ok(Object.keys(manifest.files).includes('model.bin'));
    for (const [name, info] of Object.entries(manifest.files)) {
      const bytes = fs.readFileSync(path.join(MODELS, name));
      assert.equal(bytes.length, info.bytes, name);
      assert.equal(createHash('sha256').update(bytes).digest('hex'), info.sha256, name);
    }
  });

  it('declares our labels, tag set and feature version, and records data and dev scores', () => {
    assert.deepEqual(manifest.labels, [...ENTITY_LABELS]);
    assert.deepEqual(manifest.tags, bioTagSet(ENTITY_LABELS));
    assert.equal(manifest.featureVersion, FEATURE_VERSION);
    assert.ok(manifest.data['anercorp/train.txt']?.match(/^[0-9a-f]{64}$/));
    assert.ok(manifest.dev['anercorp/dev.txt'].f1 > 0);
  });

  it('loads into a model with the manifest tag set, whose size stays under 15 MB', () => {
    const model = loadEntityModel(MODELS);
    assert.deepEqual(model.tags, manifest.tags);
    const total = Object.values(manifest.files).reduce((sum, f) => sum + f.bytes, 0);
    assert.ok(total < 15 * 1024 * 1024, `${total} bytes`);
  });

  it('finds a person and a place in a sentence we wrote', () => {
    const text = 'وقال الرئيس الأمريكي جورج بوش في واشنطن إن المحادثات كانت مثمرة';
    const tokens = tokenize(text);
    const found = loadEntityRecognizer(MODELS).recognize({ text, sentence: { start: 0, end: text.length, tokenStart: 0, tokenEnd: tokens.length }, tokens });
    const labels = found.map((s) => `${s.label}:${s.text}`);
    assert.ok(labels.includes('PER:جورج بوش'), labels.join(', '));
    assert.ok(labels.includes('LOC:واشنطن'), labels.join(', '));
  });
});
