// Hijri (Umm al-Qura) <-> Gregorian through Node's built-in Intl 'islamic-umalqura' calendar.
// Gregorian -> Hijri reads the calendar fields; Hijri -> Gregorian estimates with the mean lunar
// month and then searches the few neighbouring days, because Intl only converts one way.
import { dayNumber, fromDayNumber, type YMD } from './calendar';

const FORMAT = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
  timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric',
});
const MS_PER_DAY = 86400000;
/** Day number of 1 Muharram 1 AH (16 July 622, Julian = 19 July 622 proleptic Gregorian). */
const EPOCH = dayNumber(622, 7, 19);
const MEAN_MONTH = 29.530588853;

/** Intl formatting costs microseconds: conversions are memoized (dates in news repeat a lot). */
const HIJRI_OF_DAY = new Map<number, YMD>();
const DAY_OF_HIJRI = new Map<number, number | undefined>();
const MEMO_LIMIT = 20000;

function hijriOfDayNumber(n: number): YMD {
  let ymd = HIJRI_OF_DAY.get(n);
  if (ymd === undefined) {
    ymd = formatHijri(n);
    if (HIJRI_OF_DAY.size >= MEMO_LIMIT) HIJRI_OF_DAY.clear();
    HIJRI_OF_DAY.set(n, ymd);
  }
  return { year: ymd.year, month: ymd.month, day: ymd.day };
}

function formatHijri(n: number): YMD {
  const parts = FORMAT.formatToParts(new Date(n * MS_PER_DAY));
  let year = 0;
  let month = 0;
  let day = 0;
  for (const p of parts) {
    if (p.type === 'year') year = parseInt(p.value, 10);
    else if (p.type === 'month') month = parseInt(p.value, 10);
    else if (p.type === 'day') day = parseInt(p.value, 10);
  }
  return { year, month, day };
}

export function gregorianToHijri(year: number, month: number, day: number): YMD {
  return hijriOfDayNumber(dayNumber(year, month, day));
}

function compareYmd(a: YMD, b: YMD): number {
  return a.year !== b.year ? a.year - b.year : a.month !== b.month ? a.month - b.month : a.day - b.day;
}

/** Day number of a Hijri date, or undefined when that day does not exist (30 of a 29-day month). */
export function hijriDayNumber(year: number, month: number, day: number): number | undefined {
  const key = (year * 100 + month) * 100 + day;
  if (DAY_OF_HIJRI.has(key)) return DAY_OF_HIJRI.get(key);
  const n = searchHijriDay(year, month, day);
  if (DAY_OF_HIJRI.size >= MEMO_LIMIT) DAY_OF_HIJRI.clear();
  DAY_OF_HIJRI.set(key, n);
  return n;
}

function searchHijriDay(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 30) return undefined;
  const target = { year, month, day };
  let n = EPOCH + Math.round(((year - 1) * 12 + (month - 1)) * MEAN_MONTH) + day - 1;
  for (let step = 0; step < 40; step++) {
    const got = hijriOfDayNumber(n);
    if (compareYmd(target, got) === 0) return n;
    // move by whole months when far off, by days when close
    const monthGap = (target.year - got.year) * 12 + (target.month - got.month);
    n += monthGap !== 0 ? Math.round(monthGap * MEAN_MONTH) + (target.day - got.day) : target.day - got.day;
    if (monthGap === 0 && hijriOfDayNumber(n).month !== target.month) return undefined;
  }
  return undefined;
}

export function hijriToGregorian(year: number, month: number, day: number): YMD | undefined {
  const n = hijriDayNumber(year, month, day);
  return n === undefined ? undefined : fromDayNumber(n);
}

/** Number of days in a Hijri month (29 or 30). */
export function hijriMonthLength(year: number, month: number): number {
  return hijriDayNumber(year, month, 30) === undefined ? 29 : 30;
}

export { hijriOfDayNumber };
