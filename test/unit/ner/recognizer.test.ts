import { strict as assert } from 'node:assert';
import { createEntityRecognizer, narrowedStart } from '../../../server/src/core/ner/recognizer';
import { deserializeModel, serializeModel } from '../../../server/src/core/ner/model';
import { tokenize } from '../../../server/src/core/text';
import type { Suggestion } from '../../../server/src/core/types';
import { Gazetteer } from '../../../server/src/core/ner/gazetteer';
import { tinyGazetteer, tinyModel } from './helpers';

function recognize(text: string, model = tinyModel()): Suggestion[] {
  const tokens = tokenize(text);
  return createEntityRecognizer(model).recognize({
    text,
    sentence: { start: 0, end: text.length, tokenStart: 0, tokenEnd: tokens.length },
    tokens,
  });
}

describe('entity recognizer', () => {
  const model = tinyModel();

  it('narrows a span past attached proclitics: والشمري -> الشمري, لبغداد -> بغداد, وسوريا -> سوريا', () => {
    const spans = recognize('زار والشمري لبغداد وسوريا', model).map((s) => [s.text, s.label]);
    assert.deepEqual(spans, [['الشمري', 'PER'], ['بغداد', 'LOC'], ['سوريا', 'LOC']]);
  });

  it('keeps whole tokens when asked not to narrow', () => {
    const text = 'عاد وسوريا';
    const tokens = tokenize(text);
    const recognizer = createEntityRecognizer(model, { narrowProclitics: false });
    const [s] = recognizer.recognize({ text, sentence: { start: 0, end: text.length, tokenStart: 0, tokenEnd: 2 }, tokens });
    assert.equal(s.text, 'وسوريا');
  });

  it('reports document offsets, source, a confidence in 0..1 and reasons', () => {
    const text = 'مقدمة. زار الشمري بغداد';
    const all = tokenize(text);
    const tokens = all.slice(2);
    const suggestions = createEntityRecognizer(model).recognize({
      text,
      sentence: { start: 7, end: text.length, tokenStart: 2, tokenEnd: all.length },
      tokens,
    });
    const baghdad = suggestions.find((s) => s.label === 'LOC');
    assert.ok(baghdad);
    assert.equal(text.slice(baghdad.start, baghdad.end), 'بغداد');
    assert.equal(baghdad.source, 'model');
    assert.ok(baghdad.confidence > 0 && baghdad.confidence <= 1);
    assert.ok(baghdad.why?.includes('gazetteer: cities'), JSON.stringify(baghdad.why));
  });

  it('narrowedStart leaves tokens without proclitics alone', () => {
    const [plain, withWaw] = tokenize('الشمري والشمري');
    assert.equal(narrowedStart(plain), plain.start);
    assert.equal(narrowedStart(withWaw), withWaw.start + 1);
  });

  it('keeps the ل of a merged article (ل + ال written لل) in the span: للأمم stays whole, وللأمم -> للأمم', () => {
    const text = 'دعا للأمم وللأمم';
    const [, lil, walil] = tokenize(text);
    assert.equal(text.slice(narrowedStart(lil), lil.end), 'للأمم');
    assert.equal(text.slice(narrowedStart(walil), walil.end), 'للأمم');
    const [li, wali] = tokenize('لبغداد وللعراق');
    assert.equal(narrowedStart(li), li.start + 1);
    assert.equal(narrowedStart(wali), wali.start + 1);
  });

  it('returns nothing for an empty sentence', () => {
    assert.deepEqual(recognize('', model), []);
  });

  it('trains reproducibly: the same data and seed give byte-identical models', () => {
    assert.deepEqual(Buffer.from(serializeModel(tinyModel())), Buffer.from(serializeModel(tinyModel())));
  });

  it('tags the same after a binary round trip of the model', () => {
    const copy = deserializeModel(serializeModel(model), { gazetteer: tinyGazetteer() });
    const text = 'عاد الشمري من بغداد إلى سوريا';
    const strip = (s: Suggestion[]): string[] => s.map((x) => `${x.start}:${x.end}:${x.label}`);
    assert.deepEqual(strip(recognize(text, copy)), strip(recognize(text, model)));
    assert.ok(strip(recognize(text, model)).length >= 2);
  });
});

describe('gazetteer fallback', () => {
  const text = 'نقلت وكالة الأنباء الألمانية الخبر عن الشمري';
  const key = tokenize('وكالة الأنباء الألمانية').map((t) => t.norm).join(' ');
  const base = tinyModel();
  // a model that finds nothing (all weights zero), so every name is left to the fallback
  const model = {
    ...base,
    weights: new Float32Array(base.weights.length),
    transitions: new Float32Array(base.transitions.length),
    start: new Float32Array(base.start.length),
    gazetteer: new Gazetteer({
      version: 1,
      categories: ['agencies', 'cities'],
      categoryLabels: { agencies: 'ORG', cities: 'LOC' },
      entries: [[key, 1], ['الخبر', 2]],
    }),
  };

  it('suggests a curated-list name the model missed, with source gazetteer', () => {
    const found = recognize(text, model);
    const agency = found.find((s) => s.source === 'gazetteer');
    assert.ok(agency, JSON.stringify(found));
    assert.equal(agency.text, 'وكالة الأنباء الألمانية');
    assert.equal(agency.label, 'ORG');
    assert.deepEqual(agency.why, ['gazetteer: agencies']);
  });

  it('leaves a name to the model when the model found something overlapping it', () => {
    const found = recognize(text, { ...base, gazetteer: model.gazetteer });
    for (const s of found.filter((x) => x.source === 'gazetteer')) {
      assert.ok(!found.some((m) => m.source === 'model' && m.start < s.end && s.start < m.end));
    }
  });

  it('does not suggest names from lists outside the curated set, nor when switched off', () => {
    assert.ok(!recognize(text, model).some((s) => s.text === 'الخبر'));
    const tokens = tokenize(text);
    const off = createEntityRecognizer(model, { gazetteerFallback: false }).recognize({
      text,
      sentence: { start: 0, end: text.length, tokenStart: 0, tokenEnd: tokens.length },
      tokens,
    });
    assert.ok(!off.some((s) => s.source === 'gazetteer'));
  });
});
