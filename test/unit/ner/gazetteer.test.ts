import { strict as assert } from 'node:assert';
import { gazetteerMasks } from '../../../server/src/core/ner/gazetteer';
import { tokenize } from '../../../server/src/core/text';
import { tinyGazetteer } from './helpers';

describe('ner gazetteer', () => {
  const gazetteer = tinyGazetteer();

  it('matches multi-token names over normalized tokens (ة/ه, أ/ا)', () => {
    const matches = gazetteer.match(tokenize('وصل إلى الولايات المتحدة أمس'));
    assert.deepEqual(matches, [{ start: 2, end: 4, mask: 2 }]);
    assert.deepEqual(gazetteer.categoryNames(2), ['countries']);
  });

  it('matches a name on the stem of a token with proclitics', () => {
    const matches = gazetteer.match(tokenize('من بغداد ولبغداد وسوريا'));
    assert.deepEqual(matches.map((m) => [m.start, m.mask]), [[1, 1], [2, 1], [3, 2]]);
  });

  it('finds the same names from cached per-word lookups as from scratch', () => {
    const tokens = tokenize('من بغداد ولبغداد إلى الولايات المتحدة وسوريا والولايات المتحدة');
    const starts = tokens.map((t) => gazetteer.nameStart(t.norm));
    const stemStarts = tokens.map((t) => (t.stemNorm !== t.norm ? gazetteer.nameStart(t.stemNorm) : undefined));
    assert.deepEqual(gazetteer.matchFromStarts(tokens, starts, stemStarts), gazetteer.match(tokens));
    assert.equal(gazetteer.match(tokens).length, 5);
  });

  it('does not match part of a longer token', () => {
    assert.deepEqual(gazetteer.match(tokenize('البغدادي')), []);
  });

  it('spreads matches into begin and inside masks per token', () => {
    const begin = new Int32Array(5);
    const inside = new Int32Array(5);
    gazetteerMasks(gazetteer.match(tokenize('وصل إلى الولايات المتحدة أمس')), 5, begin, inside);
    assert.deepEqual(Array.from(begin), [0, 0, 2, 0, 0]);
    assert.deepEqual(Array.from(inside), [0, 0, 0, 2, 0]);
  });
});
