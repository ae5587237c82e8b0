import * as assert from 'node:assert/strict';
import { hoverAt } from '../../../server/src/lsp/hover';
import type { Analysis } from '../../../server/src/core/types';

const analysis: Analysis = {
  tokens: [],
  sentences: [],
  dct: { value: '2024-05-12', origin: 'dateline' },
  suggestions: [
    { start: 0, end: 5, text: 'بغداد', label: 'LOC', source: 'gazetteer', confidence: 0.87, why: ['gazetteer: capitals'] },
    { start: 10, end: 27, text: '22 من تموز المقبل', label: 'DATE', source: 'rule', confidence: 0.95, value: '2024-07-22', grain: 'day', anchored: true },
    { start: 30, end: 37, text: '31 شباط', label: 'DATE', source: 'rule', confidence: 0.6, unresolved: 'February has no 31st day' },
  ],
};

describe('hover', () => {
  it('says label, source, confidence and why for an entity', () => {
    const hover = hoverAt(analysis, 2);
    assert.ok(hover);
    assert.match(hover.markdown, /\*\*LOC\*\* · location/);
    assert.match(hover.markdown, /source: gazetteer · confidence 87%/);
    assert.match(hover.markdown, /why: gazetteer: capitals/);
  });

  it('shows a date value, its weekday, the other calendar and the anchor', () => {
    const hover = hoverAt(analysis, 12, (value) => ({ weekday: value === '2024-07-22' ? 'الاثنين' : undefined, otherCalendar: '16 محرم 1446 هـ' }));
    assert.ok(hover);
    assert.match(hover.markdown, /value: `2024-07-22` \(day\)/);
    assert.match(hover.markdown, /weekday: الاثنين/);
    assert.match(hover.markdown, /other calendar: 16 محرم 1446 هـ/);
    assert.match(hover.markdown, /anchored on the article date 2024-05-12 \(from the dateline\)/);
  });

  it('says when a date could not be normalized, and nothing off the spans', () => {
    assert.match(hoverAt(analysis, 33)?.markdown ?? '', /could not be normalized: February has no 31st day/);
    assert.equal(hoverAt(analysis, 8), undefined);
  });
});
