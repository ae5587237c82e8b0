// Turning resolved calendar positions into TIMEX3-style values plus the first/last day they cover.
import { addMonths, dayNumber, daysInMonth, formatDay, formatMonth, formatWeek, isoWeekday, pad, type Anchor } from './calendar';
import type { Found, ValueFields } from './found';
import type { Mod, Unit } from './words';

export function dayValue(n: number): ValueFields {
  return { value: formatDay(n), grain: 'day', firstDay: n, lastDay: n };
}

export function monthValue(year: number, month: number): ValueFields {
  const first = dayNumber(year, month, 1);
  return { value: formatMonth(year, month), grain: 'month', firstDay: first, lastDay: first + daysInMonth(year, month) - 1 };
}

export function yearValue(year: number): ValueFields {
  return { value: pad(year, 4), grain: 'year', firstDay: dayNumber(year, 1, 1), lastDay: dayNumber(year, 12, 31) };
}

export function weekValue(n: number): ValueFields {
  const monday = n - isoWeekday(n) + 1;
  return { value: formatWeek(n), grain: 'week', firstDay: monday, lastDay: monday + 6 };
}

export function intervalValue(firstDay: number, lastDay: number, grain: Found['grain']): ValueFields {
  return { value: `${formatDay(firstDay)}/${formatDay(lastDay)}`, grain, firstDay, lastDay };
}

/** First/last day of the part a modifier names (thirds: Duckling's أوائل = days 1-10). */
export function applyMod(f: ValueFields, mod: Mod): Pick<Found, 'firstDay' | 'lastDay'> {
  if (f.firstDay === undefined || f.lastDay === undefined) return { firstDay: f.firstDay, lastDay: f.lastDay };
  const third = Math.floor((f.lastDay - f.firstDay + 1) / 3);
  if (mod === 'START') return { firstDay: f.firstDay, lastDay: f.firstDay + third - 1 };
  if (mod === 'END') return { firstDay: f.lastDay - third + 1, lastDay: f.lastDay };
  return { firstDay: f.firstDay + third, lastDay: f.lastDay - third };
}

/** The value of the unit `count` steps away from the anchor (قبل ثلاثة أيام, بعد شهر, منذ عامين). */
export function offsetValue(anchor: Anchor, unit: Unit, count: number): ValueFields {
  switch (unit) {
    case 'D': return dayValue(anchor.day + count);
    case 'W': return weekValue(anchor.day + 7 * count);
    case 'M': {
      const m = addMonths(anchor.year, anchor.month, count);
      return monthValue(m.year, m.month);
    }
    case 'Y': return yearValue(anchor.year + count);
    case 'DEC': return yearValue(anchor.year + 10 * count);
    default: return timeOffset(anchor, unit === 'H' ? 60 * count : count);
  }
}

/** Minutes from the article time; without one, the article day (the caller says so in `why`). */
function timeOffset(anchor: Anchor, minutes: number): ValueFields {
  if (anchor.minutes === undefined) return dayValue(anchor.day);
  const total = anchor.day * 1440 + anchor.minutes + minutes;
  const day = Math.floor(total / 1440);
  const inDay = total - day * 1440;
  return { value: `${formatDay(day)}T${pad(Math.floor(inDay / 60), 2)}:${pad(inDay % 60, 2)}`, grain: 'minute', firstDay: day, lastDay: day };
}

/** ISO-8601 duration for a count of units: P3D, P2W, PT2H, P20Y (decades as years). */
export function durationValue(unit: Unit, count: number): string {
  switch (unit) {
    case 'H': return `PT${count}H`;
    case 'MIN': return `PT${count}M`;
    case 'DEC': return `P${count * 10}Y`;
    default: return `P${count}${unit}`;
  }
}
