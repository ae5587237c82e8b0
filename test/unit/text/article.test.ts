// A short article as an annotator would open it: dateline, headline with an RLM and a flag, body with
// diacritics, quotes, an agency in parentheses, a Latin name glued to لـ and Arabic-Indic digits.
import * as assert from 'assert';
import { splitSentences, tokenize } from '../../../server/src/core/text';

const ARTICLE =
  '2024.05.12 | 12:52 دمشق\r\n' +
  '\u200Fوزير الخارجية يصل إلى القـــاهرة 🇪🇬\r\n' +
  'قال وزيرُ الخارجيةِ إنّ «المحادثات» مع نظيره المصري (رويترز) كانت مثمرة، وأضاف لـCNN: "سنعود في ١٥ أيار".';

describe('text: a whole article', () => {
  const tokens = tokenize(ARTICLE);

  it('tokenizes every line with exact offsets and kinds', () => {
    assert.deepStrictEqual(tokens.map((t) => [t.text, t.kind, t.start]), [
      ['2024', 'number', 0], ['.', 'punct', 4], ['05', 'number', 5], ['.', 'punct', 7], ['12', 'number', 8],
      ['|', 'symbol', 11], ['12', 'number', 13], [':', 'punct', 15], ['52', 'number', 16], ['دمشق', 'word', 19],
      ['وزير', 'word', 26], ['الخارجية', 'word', 31], ['يصل', 'word', 40], ['إلى', 'word', 44],
      ['القـــاهرة', 'word', 48], ['🇪🇬', 'symbol', 59],
      ['قال', 'word', 65], ['وزيرُ', 'word', 69], ['الخارجيةِ', 'word', 75], ['إنّ', 'word', 85],
      ['«', 'punct', 89], ['المحادثات', 'word', 90], ['»', 'punct', 99], ['مع', 'word', 101],
      ['نظيره', 'word', 104], ['المصري', 'word', 110], ['(', 'punct', 117], ['رويترز', 'word', 118],
      [')', 'punct', 124], ['كانت', 'word', 126], ['مثمرة', 'word', 131], ['،', 'punct', 136],
      ['وأضاف', 'word', 138], ['لـ', 'word', 144], ['CNN', 'latin', 146], [':', 'punct', 149],
      ['"', 'punct', 151], ['سنعود', 'word', 152], ['في', 'word', 158], ['١٥', 'number', 161],
      ['أيار', 'word', 164], ['"', 'punct', 168], ['.', 'punct', 169],
    ]);
    for (const t of tokens) assert.strictEqual(ARTICLE.slice(t.start, t.end), t.text);
  });

  it('normalizes words for matching without touching the text', () => {
    const norms = Object.fromEntries(tokens.map((t) => [t.text, t.norm]));
    assert.strictEqual(norms['القـــاهرة'], 'القاهره');
    assert.strictEqual(norms['وزيرُ'], 'وزير');
    assert.strictEqual(norms['إلى'], 'الي');
    assert.strictEqual(norms['١٥'], '15');
    assert.strictEqual(norms['CNN'], 'cnn');
  });

  it('peels clitics where a name or word could start inside the token', () => {
    const peeled = tokens
      .filter((t) => t.proclitics.length > 0 || t.enclitic)
      .map((t) => [t.text, t.proclitics.join('+'), ARTICLE.slice(t.stemStart, t.stemEnd), t.enclitic ?? '']);
    assert.deepStrictEqual(peeled, [['نظيره', '', 'نظير', 'ه'], ['وأضاف', 'و', 'أضاف', ''], ['سنعود', 'س', 'نعود', '']]);
  });

  it('splits the dateline, the headline and the body into sentences', () => {
    const sentences = splitSentences(ARTICLE, tokens).map((s) => ARTICLE.slice(s.start, s.end));
    assert.deepStrictEqual(sentences, [
      '2024.05.12 | 12:52 دمشق',
      'وزير الخارجية يصل إلى القـــاهرة 🇪🇬',
      'قال وزيرُ الخارجيةِ إنّ «المحادثات» مع نظيره المصري (رويترز) كانت مثمرة، وأضاف لـCNN: "سنعود في ١٥ أيار".',
    ]);
  });
});
