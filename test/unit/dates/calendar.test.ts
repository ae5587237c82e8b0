// Calendar properties: Hijri <-> Gregorian round trips, day arithmetic, ISO weeks, and the hover text.
import * as assert from 'assert';
import { describeTemporalValue, gregorianToHijri, hijriToGregorian } from '../../../server/src/core/dates';
import { dayNumber, formatWeek, fromDayNumber, isoWeekday } from '../../../server/src/core/dates/calendar';
import { hijriMonthLength } from '../../../server/src/core/dates/hijri';

describe('dates: Hijri calendar', () => {
  it('round-trips every day of 1400-1500 AH through Gregorian', () => {
    let days = 0;
    for (let y = 1400; y <= 1500; y++) {
      for (let m = 1; m <= 12; m++) {
        const length = hijriMonthLength(y, m);
        assert.ok(length === 29 || length === 30, `${y}/${m} has ${length} days`);
        for (let d = 1; d <= length; d++) {
          const g = hijriToGregorian(y, m, d);
          assert.ok(g, `no Gregorian day for ${d}/${m}/${y}`);
          assert.deepStrictEqual(gregorianToHijri(g.year, g.month, g.day), { year: y, month: m, day: d });
          days++;
        }
      }
    }
    assert.ok(days > 35000);
  });

  it('consecutive Hijri days are consecutive Gregorian days', () => {
    let prev = dayNumber(1979, 11, 20); // the day before 1 Muharram 1400
    for (let y = 1400; y <= 1402; y++) {
      for (let m = 1; m <= 12; m++) {
        for (let d = 1; d <= hijriMonthLength(y, m); d++) {
          const g = hijriToGregorian(y, m, d)!;
          const n = dayNumber(g.year, g.month, g.day);
          assert.strictEqual(n, prev + 1, `${d}/${m}/${y}`);
          prev = n;
        }
      }
    }
  });

  it('knows well-known days and refuses days that do not exist', () => {
    assert.deepStrictEqual(hijriToGregorian(1445, 11, 5), { year: 2024, month: 5, day: 13 });
    assert.deepStrictEqual(gregorianToHijri(2024, 3, 11), { year: 1445, month: 9, day: 1 });
    assert.strictEqual(hijriToGregorian(1445, 8, 30), undefined);
    assert.strictEqual(hijriToGregorian(1445, 13, 1), undefined);
  });
});

describe('dates: Gregorian day arithmetic', () => {
  it('day numbers round-trip and weekdays advance by one', () => {
    for (let n = dayNumber(1899, 12, 25); n < dayNumber(2101, 1, 5); n += 1) {
      const d = fromDayNumber(n);
      assert.strictEqual(dayNumber(d.year, d.month, d.day), n);
      assert.strictEqual(isoWeekday(n + 1), (isoWeekday(n) % 7) + 1);
    }
    assert.strictEqual(isoWeekday(dayNumber(2024, 5, 12)), 7);
  });

  it('ISO weeks cross years the ISO way', () => {
    assert.strictEqual(formatWeek(dayNumber(2024, 12, 30)), '2025-W01');
    assert.strictEqual(formatWeek(dayNumber(2021, 1, 3)), '2020-W53');
    assert.strictEqual(formatWeek(dayNumber(2024, 5, 12)), '2024-W19');
  });
});

describe('dates: hover description', () => {
  it('gives the weekday and the Hijri day of a Gregorian day', () => {
    const d = describeTemporalValue('2024-05-13');
    assert.strictEqual(d.weekday, 'الاثنين');
    assert.strictEqual(d.otherCalendar, '5 ذو القعدة 1445 هـ');
    assert.strictEqual(d.gregorian, '13 أيار/مايو 2024');
  });

  it('describes a time by its day and both ends of a day interval', () => {
    assert.strictEqual(describeTemporalValue('2024-05-12T12:52').weekday, 'الأحد');
    const range = describeTemporalValue('2024-03-11/2024-04-09');
    assert.strictEqual(range.otherCalendar, '1 رمضان 1445 هـ – 30 رمضان 1445 هـ');
  });

  it('gives the Hijri months a Gregorian month overlaps', () => {
    assert.deepStrictEqual(describeTemporalValue('2024-05'), { otherCalendar: 'شوال – ذو القعدة 1445 هـ', gregorian: 'أيار/مايو 2024' });
  });

  it('says nothing for values that are not days or months', () => {
    assert.deepStrictEqual(describeTemporalValue('2024-W19'), {});
    assert.deepStrictEqual(describeTemporalValue('P3D'), {});
    assert.deepStrictEqual(describeTemporalValue('2024'), {});
  });
});
