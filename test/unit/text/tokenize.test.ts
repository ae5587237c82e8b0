import * as assert from 'assert';
import { tokenize } from '../../../server/src/core/text';
import type { Token } from '../../../server/src/core/types';

/** [text, kind, start] for each token: what a user would see. */
function view(tokens: Token[]): Array<[string, string, number]> {
  return tokens.map((t) => [t.text, t.kind, t.start]);
}

describe('text/tokenize', () => {
  it('splits a dateline into numbers, separators and the city', () => {
    const text = '2024.05.12 | 12:52 دمشق';
    assert.deepStrictEqual(view(tokenize(text)), [
      ['2024', 'number', 0], ['.', 'punct', 4], ['05', 'number', 5], ['.', 'punct', 7], ['12', 'number', 8],
      ['|', 'symbol', 11], ['12', 'number', 13], [':', 'punct', 15], ['52', 'number', 16], ['دمشق', 'word', 19],
    ]);
  });
  it('keeps quotes and a parenthesised agency as separate punctuation', () => {
    const text = 'قال «نعم» (د ب أ)';
    assert.deepStrictEqual(view(tokenize(text)), [
      ['قال', 'word', 0], ['«', 'punct', 4], ['نعم', 'word', 5], ['»', 'punct', 8],
      ['(', 'punct', 10], ['د', 'word', 11], ['ب', 'word', 13], ['أ', 'word', 15], [')', 'punct', 16],
    ]);
  });
  it('reads Arabic-Indic and Persian digit runs as numbers, normalized to ASCII', () => {
    const tokens = tokenize('في ١٢/٥/٢٠٢٤ و۱۴۰۳');
    assert.deepStrictEqual(view(tokens), [
      ['في', 'word', 0], ['١٢', 'number', 3], ['/', 'punct', 5], ['٥', 'number', 6], ['/', 'punct', 7],
      ['٢٠٢٤', 'number', 8], ['و', 'word', 13], ['۱۴۰۳', 'number', 14],
    ]);
    assert.deepStrictEqual(tokens.filter((t) => t.kind === 'number').map((t) => t.norm), ['12', '5', '2024', '1403']);
  });
  it('keeps diacritics, tatweel and ZWNJ inside words', () => {
    const text = 'مُحَمَّدٌ في القـــاهرة می‌خواهم';
    const tokens = tokenize(text);
    assert.deepStrictEqual(view(tokens), [['مُحَمَّدٌ', 'word', 0], ['في', 'word', 10], ['القـــاهرة', 'word', 13], ['می‌خواهم', 'word', 24]]);
    assert.deepStrictEqual(tokens.map((t) => t.norm), ['محمد', 'في', 'القاهره', 'ميخواهم']);
  });
  it('skips bidi marks: they are neither tokens nor part of tokens', () => {
    const text = '\u200Fدمشق\u200F \u200E2024\u061C \u202Bبيروت\u202C';
    assert.deepStrictEqual(view(tokenize(text)), [['دمشق', 'word', 1], ['2024', 'number', 8], ['بيروت', 'word', 15]]);
  });
  it('skips CRLF, tabs and no-break spaces', () => {
    const text = 'دمشق\r\nبيروت\u00A0عمان\tبغداد\r\n';
    assert.deepStrictEqual(view(tokenize(text)), [['دمشق', 'word', 0], ['بيروت', 'word', 6], ['عمان', 'word', 12], ['بغداد', 'word', 17]]);
  });
  it('keeps emoji whole, with skin tones and ZWJ sequences, and lone surrogates as symbols', () => {
    const text = 'رائع😀 👍🏽 👨‍👩‍👧 \uD83D!';
    assert.deepStrictEqual(view(tokenize(text)), [
      ['رائع', 'word', 0], ['😀', 'symbol', 4], ['👍🏽', 'symbol', 7], ['👨‍👩‍👧', 'symbol', 12], ['\uD83D', 'symbol', 21], ['!', 'punct', 22],
    ]);
    assert.deepStrictEqual(view(tokenize('🇸🇾🇪🇬 1️⃣')), [['🇸🇾', 'symbol', 0], ['🇪🇬', 'symbol', 4], ['1', 'number', 9], ['️⃣', 'symbol', 10]]);
  });
  it('reads Latin runs, lowercased in norm', () => {
    const tokens = tokenize('وكالة Reuters وCNN');
    assert.deepStrictEqual(view(tokens), [['وكالة', 'word', 0], ['Reuters', 'latin', 6], ['و', 'word', 14], ['CNN', 'latin', 15]]);
    assert.strictEqual(tokens[1].norm, 'reuters');
  });
  it('gives each punctuation character its own token', () => {
    const text = 'قال: نعم، لا؛ لماذا؟! "حسنا" - 3.5%';
    const puncts = tokenize(text).filter((t) => t.kind === 'punct').map((t) => t.text);
    assert.deepStrictEqual(puncts, [':', '،', '؛', '؟', '!', '"', '"', '-', '.', '%']);
  });
  it('fills the clitic analysis with document offsets', () => {
    const text = 'التقى والشمري بالعاصمة';
    const [, shammari, capital] = tokenize(text);
    assert.deepStrictEqual([shammari.proclitics, shammari.article, text.slice(shammari.stemStart, shammari.stemEnd), shammari.stemNorm],
      [['و'], true, 'الشمري', 'الشمري']);
    assert.deepStrictEqual([capital.proclitics, text.slice(capital.stemStart, capital.stemEnd), capital.stemNorm],
      [['ب'], 'العاصمة', 'العاصمه']);
  });
  it('uses isKnownStem when given', () => {
    const text = 'بنسلفانيا';
    assert.deepStrictEqual(tokenize(text)[0].proclitics, ['ب']);
    assert.deepStrictEqual(tokenize(text, { isKnownStem: (s) => s === 'بنسلفانيا' })[0].proclitics, []);
  });
  it('sets stem offsets to the token offsets for non-words', () => {
    for (const t of tokenize('2024 Reuters « 😀')) {
      assert.deepStrictEqual([t.stemStart, t.stemEnd, t.proclitics, t.article], [t.start, t.end, [], false]);
    }
  });
  it('returns no tokens for empty or blank text', () => {
    assert.deepStrictEqual(tokenize(''), []);
    assert.deepStrictEqual(tokenize(' \r\n\u200F\t'), []);
  });
});
