// The table-driven cases: for each snippet and article date, the expected span, label and value.
import * as assert from 'assert';
import { CLOCK_CASES, HIJRI_CASES, NUMERIC_CASES, WORDED_CASES } from './cases';
import { DURATION_CASES, NEGATIVE_CASES, PERIOD_CASES, RANGE_CASES, RELATIVE_CASES } from './cases2';
import { temporalIn, type DateCase } from './harness';
import { isValidTimexValue } from './timexValidity';

export const ALL_CASES: Array<[string, DateCase[]]> = [
  ['numeric dates', NUMERIC_CASES], ['clock times', CLOCK_CASES], ['worded dates', WORDED_CASES],
  ['Hijri dates', HIJRI_CASES], ['relative expressions', RELATIVE_CASES], ['periods', PERIOD_CASES],
  ['ranges', RANGE_CASES], ['durations and sets', DURATION_CASES],
];

describe('dates: table-driven cases', () => {
  it('has at least 200 positive cases and 20 negative ones', () => {
    const total = ALL_CASES.reduce((n, [, list]) => n + list.length, 0);
    assert.ok(total >= 200, `only ${total} cases`);
    assert.ok(NEGATIVE_CASES.length >= 20);
  });

  for (const [group, list] of ALL_CASES) {
    describe(group, () => {
      for (const [dct, text, span, label, value] of list) {
        it(`${text}  [${dct}] -> ${span} = ${value}`, () => {
          const found = temporalIn(text, dct);
          const hit = found.find((s) => s.text === span);
          const seen = found.map((s) => `${s.text}=${s.value ?? '!' + s.unresolved}`).join(' | ');
          assert.ok(hit, `no span "${span}"; found: ${seen}`);
          assert.strictEqual(hit.label, label);
          assert.strictEqual(text.slice(hit.start, hit.end), span);
          if (value === '!') {
            assert.ok(hit.unresolved, `expected unresolved, got ${hit.value}`);
            assert.strictEqual(hit.value, undefined);
          } else {
            assert.strictEqual(hit.value, value, seen);
            assert.strictEqual(hit.unresolved, undefined);
          }
        });
      }
    });
  }

  describe('words that only look like dates', () => {
    for (const [text, notSpan] of NEGATIVE_CASES) {
      it(`${text}: "${notSpan}" is not temporal`, () => {
        const found = temporalIn(text, '2024-05-12');
        const bad = found.filter((s) => s.text.includes(notSpan) || notSpan.includes(s.text));
        assert.deepStrictEqual(bad.map((s) => s.text), []);
      });
    }
  });
});

describe('dates: every produced value is valid ISO-8601/TIMEX3', () => {
  it('holds for every suggestion over all case texts and several article dates', () => {
    const dcts = ['2024-05-12', '2024-01-01', '2023-12-31', '2024-02-29', '2000-03-01T23:30'];
    let checked = 0;
    for (const [, list] of ALL_CASES) {
      for (const [, text] of list) {
        for (const dct of dcts) {
          for (const s of temporalIn(text, dct)) {
            if (s.value === undefined) {
              assert.ok(s.unresolved, `no value and no reason for "${s.text}"`);
              continue;
            }
            assert.ok(isValidTimexValue(s.value), `invalid value ${s.value} for "${s.text}" [${dct}]`);
            checked++;
          }
        }
      }
    }
    assert.ok(checked > 1000);
  });
});
