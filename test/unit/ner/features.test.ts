import { strict as assert } from 'node:assert';
import { CLUSTER_BASE, FeatureExtractor, TEMPLATE_NAMES, wordHashes } from '../../../server/src/core/ner/features';
import { tokenize } from '../../../server/src/core/text';
import { tinyGazetteer } from './helpers';

function featuresOf(extractor: FeatureExtractor, text: string, index: number): { keys: number[]; templates: string[] } {
  const f = extractor.extract(tokenize(text));
  const keys: number[] = [];
  const templates: string[] = [];
  for (let k = f.offsets[index]; k < f.offsets[index + 1]; k++) {
    keys.push(f.keys[k]);
    templates.push(TEMPLATE_NAMES[f.templates[k]]);
  }
  return { keys, templates };
}

describe('ner feature extraction', () => {
  const extractor = new FeatureExtractor(tinyGazetteer(), undefined);

  it('gives the same features to the same word in the same context, and is repeatable', () => {
    const a = featuresOf(extractor, 'وصل الوفد إلى بغداد أمس', 3);
    const b = featuresOf(extractor, 'وصل الوفد إلى بغداد أمس', 3);
    assert.deepEqual(a, b);
    assert.ok(a.keys.length > 20, `only ${a.keys.length} features`);
  });

  it('changes context features, and only those, when a neighbour changes', () => {
    const a = featuresOf(extractor, 'وصل الوفد إلى بغداد أمس', 3);
    const b = featuresOf(extractor, 'وصل الوفد إلى بغداد اليوم', 3);
    const changed = a.templates.filter((_, k) => a.keys[k] !== b.keys[k]);
    assert.ok(changed.includes('next word'));
    assert.ok(!changed.includes('word'));
    assert.ok(!changed.includes('stem'));
  });

  it('sees the stem behind proclitics: لبغداد shares its stem feature with بغداد', () => {
    const plain = featuresOf(extractor, 'بغداد', 0);
    const withClitic = featuresOf(extractor, 'لبغداد', 0);
    const stemOf = (f: { keys: number[]; templates: string[] }): number => f.keys[f.templates.indexOf('stem')];
    assert.equal(stemOf(plain), stemOf(withClitic));
    const wordOf = (f: { keys: number[]; templates: string[] }): number => f.keys[f.templates.indexOf('word')];
    assert.notEqual(wordOf(plain), wordOf(withClitic));
  });

  it('marks gazetteer membership on the name and on its neighbours', () => {
    const inside = featuresOf(extractor, 'زار الوفد الولايات المتحدة أمس', 3).templates;
    assert.ok(inside.includes('gazetteer inside'));
    const start = featuresOf(extractor, 'زار الوفد لبغداد أمس', 2).templates;
    assert.ok(start.includes('gazetteer start'), 'لبغداد should match the city بغداد through its stem');
    const after = featuresOf(extractor, 'قال الرئيس الشمري', 2).templates;
    assert.ok(after.includes('gazetteer before'), 'a trigger word before the name is a feature');
  });

  it('handles sentences of one token and empty sentences', () => {
    assert.equal(extractor.extract([]).count, 0);
    assert.ok(featuresOf(extractor, 'بغداد', 0).templates.includes('sentence position'));
  });

  it('reads up to three clusterings packed into one cluster id', () => {
    const [token] = tokenize('بغداد');
    const packed = wordHashes(token, new Map([[token.stemNorm, 37 + CLUSTER_BASE * (5 + 1) + CLUSTER_BASE ** 2 * (900 + 1)]]));
    assert.deepEqual([packed.cluster, packed.cluster2, packed.cluster3], [37, 5, 900]);
    const single = wordHashes(token, new Map([[token.stemNorm, 37]]));
    assert.deepEqual([single.cluster, single.cluster2, single.cluster3], [37, -1, -1]);
    const unknown = wordHashes(token, new Map());
    assert.deepEqual([unknown.cluster, unknown.cluster2, unknown.cluster3], [-1, -1, -1]);
  });
});
