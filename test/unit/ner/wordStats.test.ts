import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FeatureExtractor, formatClustersFile, parseClustersFile, TEMPLATE_NAMES } from '../../../server/src/core/ner/features';
import { serializeModel } from '../../../server/src/core/ner/model';
import {
  frequencyBucket, packWordStats, shareBucket, statBucket, statsKey, tokenStatsCodes, UNKNOWN_BUCKET, UNKNOWN_STATS, WordStats,
} from '../../../server/src/core/ner/wordStats';
import { loadEntityModel } from '../../../server/src/entityModel';
import { tokenize } from '../../../server/src/core/text';
import { computeWordStats } from '../../../scripts/ner/wordStats';
import { tinyGazetteer, tinyModel } from './helpers';

/** A common noun (مشروع) with the article, pronouns and plural; a name (سليم) bare; a verb (يعمل) after قد. */
const CORPUS = [
  'أعلن سليم أن المشروع الجديد بدأ وقال سليم إن مشروعه سيكتمل',
  'زار سليم المشروع قد يعمل الفريق على المشروع ومشروعها والمشروعات',
  'لم يعمل سليم في المشروع لن يعمل أحد قد يعمل',
];

function stats(fields?: Array<'frequency' | 'article' | 'enclitic' | 'verb' | 'inflection'>): Record<string, number> {
  return computeWordStats(CORPUS, { minCount: 2, vocabulary: 1000, fields: fields ?? ['frequency', 'article', 'enclitic', 'verb', 'inflection'] });
}

describe('word statistics from raw text', () => {
  it('tells a common noun (article, pronouns, plural) from a name that never takes them', () => {
    const s = stats();
    // مشروع: 6 uses, 4 with the article, 2 with a pronoun, and المشروعات once (a sixth of its uses)
    assert.equal(statBucket(s['مشروع'], 'article'), 4);
    assert.equal(statBucket(s['مشروع'], 'enclitic'), 3);
    assert.equal(statBucket(s['مشروع'], 'inflection'), 3);
    assert.equal(statBucket(s['سليم'], 'article'), 0);
    assert.equal(statBucket(s['سليم'], 'enclitic'), 0);
    assert.equal(statBucket(s['سليم'], 'inflection'), 0);
    assert.equal(statBucket(s['سليم'], 'frequency'), 2);
  });

  it('counts verb positions after قد لم لن', () => {
    const s = stats();
    assert.equal(statBucket(s['يعمل'], 'verb'), 4);
    assert.equal(statBucket(s['سليم'], 'verb'), 0);
  });

  it('leaves out stems seen fewer than minCount times, and fields not asked for', () => {
    const s = stats(['article']);
    assert.equal(s['الفريق'], undefined);
    assert.equal(s['فريق'], undefined);
    assert.equal(statBucket(s['مشروع'], 'article'), 4);
    assert.equal(statBucket(s['مشروع'], 'frequency'), -1);
    assert.equal(statBucket(s['مشروع'], 'enclitic'), -1);
  });

  it('counts uses right after a person title or an organization word, whole phrases included', () => {
    const corpus = [
      'وقال الرئيس سليم إن شركة فولكسفاغن ستبني مصنعا',
      'واستقبل رئيس الوزراء سليم وفدا من شركة فولكسفاغن',
      'زار سليم المصنع وقال سليم إن فولكسفاغن رابحة وشكر سليم العمال',
    ];
    const triggers = { personTitles: ['الرئيس', 'رئيس الوزراء'], orgTriggers: ['شركة'] };
    const s = computeWordStats(corpus, { minCount: 2, vocabulary: 1000, fields: ['afterTitle', 'afterOrgTrigger'] }, undefined, triggers);
    // سليم: 5 uses, 2 after a title (one of them after the two-word «رئيس الوزراء»): a share under a half;
    // فولكسفاغن: 3 uses, 2 after شركة
    assert.equal(statBucket(s['سليم'], 'afterTitle'), 3);
    assert.equal(statBucket(s['سليم'], 'afterOrgTrigger'), 0);
    assert.equal(statBucket(s['فولكسفاغن'], 'afterOrgTrigger'), 4);
    assert.equal(statBucket(s['فولكسفاغن'], 'afterTitle'), 0);
  });

  it('counts uses inside gazetteer names of two or more tokens, not one-token names', () => {
    const corpus = ['زار الوفد الولايات المتحدة', 'غادر الولايات المتحدة', 'في الولايات المتحدة', 'بغداد بغداد بغداد'];
    const s = computeWordStats(corpus, { minCount: 2, vocabulary: 1000, fields: ['gazetteer'] }, tinyGazetteer());
    assert.equal(statBucket(s['متحده'], 'gazetteer'), 4);
    assert.equal(statBucket(s['بغداد'], 'gazetteer'), 0);
    assert.equal(statBucket(s['بغداد'], 'article'), -1);
  });

  it('buckets shares and frequencies at their edges', () => {
    assert.equal(shareBucket(0, 2), 5, 'too few uses to tell');
    assert.equal(shareBucket(0, 3), 0);
    assert.equal(shareBucket(1, 100), 1);
    assert.equal(shareBucket(10, 100), 2);
    assert.equal(shareBucket(49, 100), 3);
    assert.equal(shareBucket(50, 100), 4);
    assert.deepEqual([1, 3, 4, 15, 16, 4095, 4096, 1e6].map(frequencyBucket), [1, 1, 2, 2, 3, 6, 7, 7]);
    const code = packWordStats({ article: 0, verb: 5 });
    assert.equal(statBucket(code, 'article'), 0);
    assert.equal(statBucket(code, 'verb'), 5);
    assert.equal(statBucket(code, 'frequency'), -1);
  });

  it('keys a token by its stem without proclitics, article or pronoun', () => {
    const [a, b, c] = tokenize('والمشروع لمشروعه مشروع');
    assert.equal(statsKey(a), 'مشروع');
    assert.equal(statsKey(b), 'مشروع');
    assert.equal(statsKey(c), 'مشروع');
  });
});

function statFeatures(extractor: FeatureExtractor, text: string, index: number): Map<string, number> {
  const f = extractor.extract(tokenize(text));
  const fired = new Map<string, number>();
  for (let k = f.offsets[index]; k < f.offsets[index + 1]; k++) {
    const name = TEMPLATE_NAMES[f.templates[k]];
    if (/raw text|takes the article|used as a verb/.test(name)) fired.set(name, f.keys[k]);
  }
  return fired;
}

describe('word statistics as features', () => {
  const table = new WordStats(Object.entries(stats()));
  const extractor = new FeatureExtractor(undefined, undefined, undefined, table);

  it('fire nothing when the model has no statistics', () => {
    assert.equal(statFeatures(new FeatureExtractor(undefined, undefined), 'زار سليم المشروع', 1).size, 0);
  });

  it('give a name and a common noun different values, and the same to a word with and without the article', () => {
    const name = statFeatures(extractor, 'زار سليم المشروع', 1);
    const noun = statFeatures(extractor, 'زار مشروع سليم', 1);
    const withArticle = statFeatures(extractor, 'زار المشروع سليم', 1);
    assert.ok(name.has('takes the article in raw text'));
    assert.notEqual(name.get('takes the article in raw text'), noun.get('takes the article in raw text'));
    assert.equal(withArticle.get('takes the article in raw text'), noun.get('takes the article in raw text'));
  });

  it('tell the word before a common noun that a common noun follows', () => {
    const beforeNoun = statFeatures(extractor, 'زار سليم المشروع', 1);
    const beforeName = statFeatures(extractor, 'زار سليم سليم', 1);
    assert.notEqual(beforeNoun.get('next word takes the article'), beforeName.get('next word takes the article'));
    assert.ok(statFeatures(extractor, 'زار سليم المشروع', 2).has('previous word takes the article'));
  });

  it('mark a word the statistics do not know, unlike a known one', () => {
    const unknown = statFeatures(extractor, 'زار كوبنهاغن', 1);
    const unknownAgain = statFeatures(extractor, 'زار فولكسفاغن', 1);
    assert.equal(unknown.get('frequency in raw text'), unknownAgain.get('frequency in raw text'));
    assert.notEqual(unknown.get('frequency in raw text'), statFeatures(extractor, 'زار سليم', 1).get('frequency in raw text'));
    assert.equal(UNKNOWN_BUCKET, 15);
  });

  it('read the base of an accusative ـا form: مشروعا is a common noun because مشروع is', () => {
    const accusative = statFeatures(extractor, 'أطلق مشروعا', 1);
    assert.ok(accusative.has('base (without ـا/ـو) takes the article'));
    assert.ok(!statFeatures(extractor, 'أطلق مشروع', 1).has('base (without ـا/ـو) takes the article'));
  });
});

describe('word statistics file', () => {
  it('round-trips through its text form and loads with the model named by a manifest', () => {
    const table = stats();
    const text = formatClustersFile(table, 'word statistics for a test');
    assert.deepEqual(Object.fromEntries(parseClustersFile(text)), table);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ner-word-stats-'));
    try {
      const model = serializeModel(tinyModel(2));
      fs.writeFileSync(path.join(dir, 'model.bin'), model);
      fs.writeFileSync(path.join(dir, 'word-stats.tsv'), text);
      const files = { 'model.bin': { sha256: '', bytes: model.length }, 'word-stats.tsv': { sha256: '', bytes: text.length } };
      fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ featureVersion: tinyModel(2).featureVersion, files }));
      const loaded = loadEntityModel(dir);
      assert.equal(loaded.wordStats?.size, Object.keys(table).length);
      const [noun, name, unseen] = tokenize('المشروع سليم كوبنهاغن');
      assert.equal(tokenStatsCodes(noun, loaded.wordStats!).own, table['مشروع']);
      assert.equal(tokenStatsCodes(name, loaded.wordStats!).own, table['سليم']);
      assert.equal(tokenStatsCodes(unseen, loaded.wordStats!).own, UNKNOWN_STATS);
      const stale = serializeModel({ ...tinyModel(2), featureVersion: 'ner-features-3' });
      fs.writeFileSync(path.join(dir, 'model.bin'), stale);
      fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ featureVersion: 'ner-features-3', files }));
      assert.throws(() => loadEntityModel(dir), /ner-features-3 is not the one this build computes/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
