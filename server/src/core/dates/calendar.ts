// Proleptic Gregorian day arithmetic on plain integers ("day numbers": days since 1970-01-01),
// so that no Date objects or time zones are involved in resolving relative expressions.

export interface YMD {
  year: number;
  month: number;
  day: number;
}

/** Days since 1970-01-01 for a Gregorian date (works for any year, no Date object). */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of dayNumber. */
export function fromDayNumber(n: number): YMD {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** ISO weekday: 1 = Monday .. 7 = Sunday. */
export function isoWeekday(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** ISO-8601 week of a day number. */
export function isoWeek(n: number): { year: number; week: number } {
  const thursday = n - isoWeekday(n) + 4;
  const year = fromDayNumber(thursday).year;
  const week = Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1;
  return { year, week };
}

/** Adds months to a (year, month) pair. */
export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

export function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

export function formatDay(n: number): string {
  const d = fromDayNumber(n);
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

export function formatWeek(n: number): string {
  const w = isoWeek(n);
  return `${pad(w.year, 4)}-W${pad(w.week, 2)}`;
}

/** An article date (DCT) parsed from YYYY-MM-DD or YYYY-MM-DDTHH:MM. */
export interface Anchor {
  day: number;
  year: number;
  month: number;
  dayOfMonth: number;
  /** minutes after midnight, when the article date carries a time */
  minutes?: number;
}

/**
 * Reads YYYY-MM-DD at the start of `value`, then an optional THH:MM or " HH:MM" (anything after is ignored).
 * By hand rather than with a RegExp: it runs once per article, where a cold RegExp costs microseconds.
 */
export function parseAnchor(value: string): Anchor | undefined {
  const year = asciiNumber(value, 0, 4);
  const month = asciiNumber(value, 5, 2);
  const dayOfMonth = asciiNumber(value, 8, 2);
  if (year < 0 || month < 0 || dayOfMonth < 0 || value.charCodeAt(4) !== 0x2d || value.charCodeAt(7) !== 0x2d) return undefined;
  if (!isValidDate(year, month, dayOfMonth)) return undefined;
  const anchor: Anchor = { day: dayNumber(year, month, dayOfMonth), year, month, dayOfMonth };
  const sep = value.charCodeAt(10);
  const hours = asciiNumber(value, 11, 2);
  const minutes = asciiNumber(value, 14, 2);
  if ((sep === 0x54 || sep === 0x20) && hours >= 0 && value.charCodeAt(13) === 0x3a && minutes >= 0) anchor.minutes = hours * 60 + minutes;
  return anchor;
}

/** The number written by exactly `width` ASCII digits at `from`, or -1. */
function asciiNumber(s: string, from: number, width: number): number {
  if (s.length < from + width) return -1;
  let v = 0;
  for (let i = from; i < from + width; i++) {
    const d = s.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}
