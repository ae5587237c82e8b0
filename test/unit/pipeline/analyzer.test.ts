// The pipeline with small recognizers of our own, so that what is tested is the pipeline: offsets, the
// per-sentence cache, the article date and overlap resolution.
import * as assert from 'node:assert/strict';
import { Analyzer } from '../../../server/src/core/pipeline';
import type { EntityRecognizer, SentenceInput, TemporalRecognizer } from '../../../server/src/core/recognizers';
import type { DocumentDate, Suggestion } from '../../../server/src/core/types';

/** Marks every occurrence of a few city names as LOC, and counts how often it was asked. */
class CityFinder implements EntityRecognizer {
  calls = 0;
  recognize({ text, sentence }: SentenceInput): Suggestion[] {
    this.calls++;
    const out: Suggestion[] = [];
    for (const city of ['بغداد', 'دمشق', 'تموز']) {
      for (let i = text.indexOf(city, sentence.start); i >= 0 && i + city.length <= sentence.end; i = text.indexOf(city, i + 1)) {
        out.push({ start: i, end: i + city.length, text: city, label: 'LOC', source: 'gazetteer', confidence: 0.9 });
      }
    }
    return out;
  }
}

/** Marks "22 من تموز" as a DATE whose value depends on the article date, and reads a numeric dateline. */
class JulyFinder implements TemporalRecognizer {
  findDocumentDate(text: string): DocumentDate | undefined {
    const m = /^(\d{4})\.(\d{2})\.(\d{2})/.exec(text);
    return m ? { value: `${m[1]}-${m[2]}-${m[3]}`, origin: 'dateline', span: { start: 0, end: 10 } } : undefined;
  }
  recognize({ text, sentence }: SentenceInput, dct: DocumentDate): Suggestion[] {
    const i = text.indexOf('22 من تموز', sentence.start);
    if (i < 0 || i >= sentence.end) return [];
    const year = dct.value.slice(0, 4) || 'XXXX';
    return [{ start: i, end: i + 10, text: '22 من تموز', label: 'DATE', source: 'rule', confidence: 0.95, value: `${year}-07-22`, anchored: true }];
  }
}

const ARTICLE = '2024.05.12 | 12:52 دمشق\nيعقد الاجتماع في بغداد يوم 22 من تموز. ثم يعود الوفد إلى دمشق.';

describe('Analyzer', () => {
  it('finds spans at their exact UTF-16 offsets', () => {
    const analysis = new Analyzer({ entities: new CityFinder(), temporal: new JulyFinder() }).analyze(ARTICLE);
    for (const s of analysis.suggestions) assert.equal(ARTICLE.slice(s.start, s.end), s.text);
    assert.deepEqual(analysis.suggestions.map((s) => [s.text, s.label]), [['دمشق', 'LOC'], ['بغداد', 'LOC'], ['22 من تموز', 'DATE'], ['دمشق', 'LOC']]);
  });

  it('lets a temporal expression win over an entity inside it', () => {
    const analysis = new Analyzer({ entities: new CityFinder(), temporal: new JulyFinder() }).analyze(ARTICLE);
    assert.ok(!analysis.suggestions.some((s) => s.text === 'تموز'));
  });

  it('takes the article date from the dateline, an option, or the fallback, in that order', () => {
    const analyzer = new Analyzer({ temporal: new JulyFinder() });
    assert.equal(analyzer.analyze(ARTICLE).dct.origin, 'dateline');
    assert.equal(analyzer.analyze(ARTICLE).suggestions[0].value, '2024-07-22');
    const given = analyzer.analyze(ARTICLE, { dct: '2023-01-01' });
    assert.deepEqual([given.dct.origin, given.suggestions[0].value], ['option', '2023-07-22']);
    const noDateline = ARTICLE.split('\n')[1];
    const fallback = analyzer.analyze(noDateline, { fallbackDct: { value: '2025-03-01', origin: 'file' } });
    assert.deepEqual([fallback.dct.origin, fallback.suggestions[0].value], ['file', '2025-07-22']);
    assert.equal(analyzer.analyze(noDateline).dct.origin, 'none');
  });

  it('re-recognizes only the edited paragraph, and gives the same result as a fresh analysis', () => {
    const finder = new CityFinder();
    const analyzer = new Analyzer({ entities: finder });
    analyzer.analyze(ARTICLE);
    const before = finder.calls;
    const edited = ARTICLE.replace('ثم يعود', 'ثم يعود سريعا');
    const incremental = analyzer.analyze(edited);
    assert.equal(finder.calls - before, 2, 'the edited line has two sentences; the dateline is not looked at again');
    const fresh = new Analyzer({ entities: new CityFinder() }).analyze(edited);
    assert.deepEqual(incremental.suggestions, fresh.suggestions);
    const last = incremental.suggestions.at(-1);
    assert.ok(last);
    assert.equal(edited.slice(last.start, last.end), 'دمشق');
  });

  it('moves cached spans when text is inserted before them', () => {
    const analyzer = new Analyzer({ entities: new CityFinder() });
    analyzer.analyze(ARTICLE);
    const shifted = 'عاجل: ' + ARTICLE;
    for (const s of analyzer.analyze(shifted).suggestions) assert.equal(shifted.slice(s.start, s.end), s.text);
  });

  it('follows an edit of the dateline, and keeps the article date while the body is edited', () => {
    const analyzer = new Analyzer({ temporal: new JulyFinder() });
    assert.equal(analyzer.analyze(ARTICLE).dct.value, '2024-05-12');
    assert.equal(analyzer.analyze(ARTICLE.replace('ثم يعود', 'ثم يرجع')).dct.value, '2024-05-12');
    const redated = ARTICLE.replace('2024.05.12', '2023.01.09');
    const analysis = analyzer.analyze(redated);
    assert.deepEqual([analysis.dct.value, analysis.suggestions.find((x) => x.label === 'DATE')?.value], ['2023-01-09', '2023-07-22']);
  });

  it('drops suggestions under the minimum confidence', () => {
    const analysis = new Analyzer({ entities: new CityFinder(), temporal: new JulyFinder() }).analyze(ARTICLE, { minConfidence: 0.92 });
    assert.deepEqual(analysis.suggestions.map((s) => s.label), ['DATE']);
  });

  it('returns nothing for empty text', () => {
    const analysis = new Analyzer({ entities: new CityFinder(), temporal: new JulyFinder() }).analyze('');
    assert.deepEqual([analysis.tokens, analysis.sentences, analysis.suggestions], [[], [], []]);
  });
});
