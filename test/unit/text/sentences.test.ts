import * as assert from 'assert';
import { MAX_SENTENCE_TOKENS, splitSentences, tokenize } from '../../../server/src/core/text';

/** The text of each sentence, as a user would see it. */
function sentencesOf(text: string): string[] {
  return splitSentences(text, tokenize(text)).map((s) => text.slice(s.start, s.end));
}

describe('text/sentences', () => {
  it('puts the dateline and the headline on lines of their own', () => {
    const text = '2024.05.12 | 12:52 دمشق\r\nالرئيس يزور بغداد\r\nقال الوزير إن الزيارة مهمة. وأضاف أنها ستستمر يومين.';
    assert.deepStrictEqual(sentencesOf(text), [
      '2024.05.12 | 12:52 دمشق', 'الرئيس يزور بغداد', 'قال الوزير إن الزيارة مهمة.', 'وأضاف أنها ستستمر يومين.',
    ]);
  });
  it('ends at ؟ ? ! ؛ ; but not at the Arabic comma', () => {
    assert.deepStrictEqual(sentencesOf('هل وصل؟ نعم، وصل! ثم غادر؛ وانتهى? yes; ok'), [
      'هل وصل؟', 'نعم، وصل!', 'ثم غادر؛', 'وانتهى?', 'yes;', 'ok',
    ]);
  });
  it('does not end at a period between digits', () => {
    assert.deepStrictEqual(sentencesOf('ارتفع بنسبة 3.5 في المئة يوم 2024.05.12 الماضي. ثم تراجع.'), [
      'ارتفع بنسبة 3.5 في المئة يوم 2024.05.12 الماضي.', 'ثم تراجع.',
    ]);
  });
  it('does not end at a single-letter abbreviation', () => {
    assert.deepStrictEqual(sentencesOf('قال د. محمد إن أ.ف.ب نقلت الخبر. وانتهى'), ['قال د. محمد إن أ.ف.ب نقلت الخبر.', 'وانتهى']);
  });
  it('ends after an era letter following a year, and not after a Latin title', () => {
    assert.deepStrictEqual(sentencesOf('ولد عام 1950 م. وتوفي عام 1445 هـ. ثم'), ['ولد عام 1950 م.', 'وتوفي عام 1445 هـ.', 'ثم']);
    assert.deepStrictEqual(sentencesOf('التقى Mr. Smith الوزير. ثم'), ['التقى Mr. Smith الوزير.', 'ثم']);
  });
  it('keeps a list number with its item', () => {
    assert.deepStrictEqual(sentencesOf('أهم الدول:\n1. نيبال\n2. تيمور الشرقية. وبعدها\n٣. بنغلاديش'), [
      'أهم الدول:', '1. نيبال', '2. تيمور الشرقية.', 'وبعدها', '٣. بنغلاديش',
    ]);
  });
  it('keeps a closing quote or bracket with the sentence it ends', () => {
    assert.deepStrictEqual(sentencesOf('قال: «سنعود.» ثم غادر (وهذا مؤكد.) وبعدها "انتهى." وعاد'), [
      'قال: «سنعود.»', 'ثم غادر (وهذا مؤكد.)', 'وبعدها "انتهى."', 'وعاد',
    ]);
  });
  it('keeps a run of end punctuation together', () => {
    assert.deepStrictEqual(sentencesOf('حقا؟! نعم...'), ['حقا؟!', 'نعم...']);
  });
  it('covers all tokens in order with matching offsets', () => {
    const text = 'أولا. ثانيا\nثالثا؟ رابعا';
    const tokens = tokenize(text);
    const sentences = splitSentences(text, tokens);
    assert.deepStrictEqual(sentences.map((s) => [s.tokenStart, s.tokenEnd]), [[0, 2], [2, 3], [3, 5], [5, 6]]);
    for (const s of sentences) {
      assert.strictEqual(s.start, tokens[s.tokenStart].start);
      assert.strictEqual(s.end, tokens[s.tokenEnd - 1].end);
    }
  });
  it('cuts a very long sentence at its last comma within the limit', () => {
    const clause = 'وقال المتحدث إن الوفد وصل ';
    const text = Array.from({ length: 60 }, () => clause + '،').join(' ');
    const tokens = tokenize(text);
    const sentences = splitSentences(text, tokens);
    assert.ok(sentences.length > 1);
    for (const s of sentences) {
      assert.ok(s.tokenEnd - s.tokenStart <= MAX_SENTENCE_TOKENS);
      if (s.tokenEnd < tokens.length) assert.strictEqual(tokens[s.tokenEnd - 1].text, '،');
    }
    assert.strictEqual(sentences[sentences.length - 1].tokenEnd, tokens.length);
  });
  it('cuts at the limit when there is no comma', () => {
    const text = 'كلمة '.repeat(450);
    const sizes = splitSentences(text, tokenize(text)).map((s) => s.tokenEnd - s.tokenStart);
    assert.deepStrictEqual(sizes, [MAX_SENTENCE_TOKENS, MAX_SENTENCE_TOKENS, 50]);
  });
  it('gives no sentences for empty text', () => {
    assert.deepStrictEqual(splitSentences('', []), []);
    assert.deepStrictEqual(sentencesOf('\r\n \u200F'), []);
  });
});
