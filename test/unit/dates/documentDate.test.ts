// The article date found in the article itself, and what happens without one.
import * as assert from 'assert';
import { documentDateOf, temporalIn } from './harness';

describe('dates: article date (DCT) from the text', () => {
  it('reads a dateline with a time', () => {
    const text = '2024.05.12 | 12:52 دمشق\nقال الوزير اليوم إن الاتفاق قريب.';
    const d = documentDateOf(text);
    assert.deepStrictEqual(d && { value: d.value, origin: d.origin }, { value: '2024-05-12T12:52', origin: 'dateline' });
    assert.strictEqual(text.slice(d!.span!.start, d!.span!.end), '2024.05.12 | 12:52');
  });

  it('reads a worded date near the top', () => {
    const text = 'عاجل\nدمشق - 12 أيار 2024 (وكالات)\nأعلنت الحكومة أمس عن خطة.';
    const d = documentDateOf(text);
    assert.strictEqual(d?.value, '2024-05-12');
    assert.strictEqual(d?.origin, 'dateline');
    assert.strictEqual(text.slice(d!.span!.start, d!.span!.end), '12 أيار 2024');
  });

  it('reads a header line', () => {
    const text = 'العنوان: قمة في الرياض\nالتاريخ: 3/1/2023\nانطلقت القمة.';
    const d = documentDateOf(text);
    assert.strictEqual(d?.value, '2023-01-03');
    assert.strictEqual(d?.origin, 'header');
  });

  it('reads a Hijri dateline as its Gregorian day', () => {
    assert.strictEqual(documentDateOf('الرياض في 5 ذو القعدة 1445 هـ\nنص الخبر.')?.value, '2024-05-13');
  });

  it('ignores relative words, partial dates and dates further down', () => {
    assert.strictEqual(documentDateOf('أعلنت الحكومة أمس عن خطة جديدة.'), undefined);
    assert.strictEqual(documentDateOf('في تموز المقبل تبدأ الخطة.'), undefined);
    const late = 'سطر أول.\nسطر ثان.\nسطر ثالث.\nوفي 12 أيار 2024 وقع الحادث.';
    assert.strictEqual(documentDateOf(late), undefined);
  });
});

describe('dates: without an article date', () => {
  it('still highlights relative expressions but says they could not be normalized', () => {
    const found = temporalIn('وصل أمس وسيغادر الأسبوع المقبل في 22 من تموز.', undefined);
    assert.deepStrictEqual(found.map((s) => s.text), ['أمس', 'الأسبوع المقبل', '22 من تموز']);
    for (const s of found) {
      assert.strictEqual(s.value, undefined);
      assert.ok(s.unresolved);
    }
  });

  it('normalizes absolute dates all the same', () => {
    const [s] = temporalIn('في 14 شباط 2005 اغتيل', undefined);
    assert.strictEqual(s.value, '2005-02-14');
    assert.strictEqual(s.anchored, false);
  });

  it('marks anchored values as anchored', () => {
    const [today, absolute] = temporalIn('اليوم، وفي 14 شباط 2005', '2024-05-12');
    assert.strictEqual(today.anchored, true);
    assert.strictEqual(absolute.anchored, false);
    assert.strictEqual(today.source, 'rule');
    assert.ok(today.why && today.why.length > 0);
  });
});

describe('dates: article date header forms', () => {
  it('reads "نشر في: date - time" as a header with its time', () => {
    const d = documentDateOf('نشر في: 12/05/2024 - 10:30\nالنص.');
    assert.deepStrictEqual(d && { value: d.value, origin: d.origin }, { value: '2024-05-12T10:30', origin: 'header' });
  });

  it('reads an English header label too', () => {
    assert.strictEqual(documentDateOf('Date: 2024-05-12\nالنص.')?.origin, 'header');
  });
});
