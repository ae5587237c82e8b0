import * as assert from 'assert';
import { normalizeForMatch, normalizeWithMap } from '../../../server/src/core/text';

describe('text/normalize', () => {
  it('unifies alef forms أ إ آ ٱ to ا', () => {
    assert.strictEqual(normalizeForMatch('أحمد إبراهيم آمال ٱلله'), 'احمد ابراهيم امال الله');
  });
  it('maps alef maqsura to yaa and taa marbuta to haa', () => {
    assert.strictEqual(normalizeForMatch('مستشفى'), 'مستشفي');
    assert.strictEqual(normalizeForMatch('القاهرة'), 'القاهره');
  });
  it('drops the hamza of ؤ and ئ, keeping the carrier letter', () => {
    assert.strictEqual(normalizeForMatch('مسؤول'), 'مسوول');
    assert.strictEqual(normalizeForMatch('رئيس'), 'رييس');
  });
  it('strips tashkeel, superscript alef, Quranic marks and tatweel', () => {
    assert.strictEqual(normalizeForMatch('مُحَمَّدٌ'), 'محمد');
    assert.strictEqual(normalizeForMatch('هٰذا'), 'هذا');
    assert.strictEqual(normalizeForMatch('الرَّحِيمِۖ'), 'الرحيم');
    assert.strictEqual(normalizeForMatch('القـــاهرة'), 'القاهره');
  });
  it('removes ZWNJ, ZWJ and bidi controls', () => {
    assert.strictEqual(normalizeForMatch('می\u200Cخواهم'), 'ميخواهم');
    assert.strictEqual(normalizeForMatch('\u200Fدمشق\u200E\u061C\u202Bب\u202C\u2067ج\u2069\u200D'), 'دمشقبج');
  });
  it('maps Arabic-Indic and Persian digits to ASCII', () => {
    assert.strictEqual(normalizeForMatch('١٢/٥/٢٠٢٤'), '12/5/2024');
    assert.strictEqual(normalizeForMatch('۱۴۰۳'), '1403');
  });
  it('maps Persian kaf and yeh to Arabic', () => {
    assert.strictEqual(normalizeForMatch('کابل یک'), 'كابل يك');
    assert.strictEqual(normalizeForMatch('ہ ۃ ھ ە ڪ'), 'ه ه ه ه ك');
  });
  it('lowercases Latin and leaves other characters alone', () => {
    assert.strictEqual(normalizeForMatch('Reuters AFP Élysée'), 'reuters afp élysée');
    assert.strictEqual(normalizeForMatch('«، 😀»'), '«، 😀»');
  });
  it('folds Arabic presentation forms to letters', () => {
    assert.strictEqual(normalizeForMatch('\uFEFB'), 'لا'); // lam-alef ligature
    assert.strictEqual(normalizeForMatch('\uFE8D\uFEDF'), 'ال');
  });
  it('returns the same string when nothing changes', () => {
    const s = 'دمشق 2024';
    assert.strictEqual(normalizeForMatch(s), s);
  });

  describe('normalizeWithMap', () => {
    it('maps each normalized character to its original offset, skipping removed ones', () => {
      const s = 'وَالقـاهرة';
      const { text, map } = normalizeWithMap(s);
      assert.strictEqual(text, 'والقاهره');
      assert.deepStrictEqual(map, [0, 2, 3, 4, 6, 7, 8, 9, 10]);
      assert.strictEqual(map[text.length], s.length);
    });
    it('keeps surrogate pairs intact', () => {
      const s = 'أ😀ب';
      const { text, map } = normalizeWithMap(s);
      assert.strictEqual(text, 'ا😀ب');
      assert.deepStrictEqual(map, [0, 1, 2, 3, 4]);
    });
    it('maps every character of an expanded ligature to the ligature', () => {
      const { text, map } = normalizeWithMap('x\uFEFBy');
      assert.strictEqual(text, 'xلاy');
      assert.deepStrictEqual(map, [0, 1, 1, 2, 3]);
    });
    it('handles the empty string', () => {
      assert.deepStrictEqual(normalizeWithMap(''), { text: '', map: [0] });
    });
    it('gives the same text as normalizeForMatch on a long document', () => {
      const s = 'قالَ الرئيسُ ١٢٣ '.repeat(3000);
      const { text, map } = normalizeWithMap(s);
      assert.strictEqual(text, normalizeForMatch(s));
      assert.strictEqual(map.length, text.length + 1);
    });
  });
});
