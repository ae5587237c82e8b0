// What counts as a valid TIMEX3-style value in our output (ISO-8601 dates, weeks, times, periods and
// the TIMEX3 extensions for seasons, quarters, halves, decades, centuries, parts of day and sets).
import { daysInMonth } from '../../../server/src/core/dates/calendar';

function validCalendarDate(v: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  if (!m) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  return m[3] === undefined || (Number(m[3]) >= 1 && Number(m[3]) <= daysInMonth(Number(m[1]), month));
}

function validPoint(v: string): boolean {
  if (validCalendarDate(v)) return true;
  const week = /^\d{4}-W(\d{2})(-WE)?$/.exec(v);
  if (week) return Number(week[1]) >= 1 && Number(week[1]) <= 53;
  if (/^\d{4}-(SP|SU|FA|WI|Q[1-4]|H[12])$/.test(v) || /^\d{2,3}$/.test(v) || /^BC\d{4}$/.test(v)) return true;
  const time = /^(\d{4}-\d{2}-\d{2}|XXXX-XX-XX)T(?:(\d{2}):(\d{2})|MO|MI|AF|EV|NI)(Z|[+-]\d{2}:\d{2})?$/.exec(v);
  if (!time) return false;
  if (time[1] !== 'XXXX-XX-XX' && !validCalendarDate(time[1])) return false;
  return time[2] === undefined || (Number(time[2]) <= 24 && Number(time[3]) <= 59);
}

export function isValidTimexValue(v: string): boolean {
  if (/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?)?$/.test(v) || /^XXXX-WXX-[1-7]$/.test(v)) return true;
  const parts = v.split('/');
  if (parts.length === 2) return validPoint(parts[0]) && validPoint(parts[1]) && parts[0] <= parts[1];
  return parts.length === 1 && validPoint(v);
}
