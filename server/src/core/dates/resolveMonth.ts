// Filling in the year of a month-based date (Gregorian or Hijri) from the article date and a relative
// modifier: 22 من تموز المقبل is the next 22 July after the article date, أيار الماضي the last May.
import { dayNumber, isValidDate, type Anchor } from './calendar';
import type { DateParts, Found } from './found';
import { gregorianToHijri, hijriDayNumber, hijriMonthLength } from './hijri';
import { dayValue, intervalValue, monthValue } from './values';
import type { Direction } from './words';

type Resolved = Pick<Found, 'value' | 'grain' | 'firstDay' | 'lastDay'>;

/** Year for (month, day?) relative to a reference (month, day) in the same calendar. */
function pickYear(refYear: number, refMonth: number, refDay: number, month: number, day: number | undefined, dir?: Direction): number {
  if (dir === undefined || dir === 'this') return refYear;
  const after = day === undefined ? month > refMonth : month > refMonth || (month === refMonth && day > refDay);
  const before = day === undefined ? month < refMonth : month < refMonth || (month === refMonth && day < refDay);
  if (dir === 'next') return after ? refYear : refYear + 1;
  return before ? refYear : refYear - 1;
}

/** A value, or a message saying why there is none (31 شباط). */
export function resolveMonthDate(parts: DateParts, anchor: Anchor | undefined, dir?: Direction): Resolved | string {
  const month = parts.month ?? 1;
  if (parts.calendar === 'hijri') return resolveHijri(parts, month, anchor, dir);
  const year = parts.year ?? (anchor ? pickYear(anchor.year, anchor.month, anchor.dayOfMonth, month, parts.day, dir) : 0);
  if (parts.day === undefined) return monthValue(year, month);
  if (!isValidDate(year, month, parts.day)) return `no such day: ${parts.day}/${month}/${year}`;
  return dayValue(dayNumber(year, month, parts.day));
}

/** Above this a year written after a Hijri month is Gregorian (رمضان سنة 1996). */
const LAST_HIJRI_YEAR = 1600;

/** The Hijri year in which Hijri month `month` begins during Gregorian year `gYear`. */
function hijriYearInGregorian(gYear: number, month: number): number {
  const h = gregorianToHijri(gYear, 1, 1).year;
  const start = hijriDayNumber(h, month, 1);
  return start !== undefined && start >= dayNumber(gYear, 1, 1) ? h : h + 1;
}

function resolveHijri(parts: DateParts, month: number, anchor: Anchor | undefined, dir?: Direction): Resolved | string {
  let year = parts.year !== undefined && parts.year > LAST_HIJRI_YEAR ? hijriYearInGregorian(parts.year, month) : parts.year;
  if (year === undefined) {
    if (anchor === undefined) return 'no article date';
    const h = gregorianToHijri(anchor.year, anchor.month, anchor.dayOfMonth);
    year = pickYear(h.year, h.month, h.day, month, parts.day, dir);
  }
  if (parts.day !== undefined) {
    const n = hijriDayNumber(year, month, parts.day);
    return n === undefined ? `no such Hijri day: ${parts.day}/${month}/${year} AH` : dayValue(n);
  }
  const first = hijriDayNumber(year, month, 1);
  if (first === undefined) return `Hijri month out of range: ${month}/${year} AH`;
  return intervalValue(first, first + hijriMonthLength(year, month) - 1, 'month');
}
