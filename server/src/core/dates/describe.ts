// What the hover shows about a temporal value: the weekday and the same day in the other calendar.
import { dayNumber, daysInMonth, fromDayNumber, isoWeekday, isValidDate } from './calendar';
import { gregorianToHijri } from './hijri';

export const WEEKDAY_NAMES = ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد'];
export const HIJRI_MONTH_NAMES = ['محرم', 'صفر', 'ربيع الأول', 'ربيع الآخر', 'جمادى الأولى', 'جمادى الآخرة', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو القعدة', 'ذو الحجة'];
export const GREGORIAN_MONTH_NAMES = ['كانون الثاني/يناير', 'شباط/فبراير', 'آذار/مارس', 'نيسان/أبريل', 'أيار/مايو', 'حزيران/يونيو',
  'تموز/يوليو', 'آب/أغسطس', 'أيلول/سبتمبر', 'تشرين الأول/أكتوبر', 'تشرين الثاني/نوفمبر', 'كانون الأول/ديسمبر'];

export interface TemporalDescription {
  weekday?: string;
  otherCalendar?: string;
  gregorian?: string;
}

function dayOf(value: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(y, mo, d) ? dayNumber(y, mo, d) : undefined;
}

/** "5 ذو القعدة 1445 هـ" for a day number. */
export function hijriText(n: number): string {
  const g = fromDayNumber(n);
  const h = gregorianToHijri(g.year, g.month, g.day);
  return `${h.day} ${HIJRI_MONTH_NAMES[h.month - 1]} ${h.year} هـ`;
}

export function gregorianText(n: number): string {
  const g = fromDayNumber(n);
  return `${g.day} ${GREGORIAN_MONTH_NAMES[g.month - 1]} ${g.year}`;
}

/** "شوال – ذو القعدة 1445 هـ": the Hijri months a Gregorian month overlaps. */
function hijriMonthsOf(year: number, month: number): string {
  const a = gregorianToHijri(year, month, 1);
  const b = gregorianToHijri(year, month, daysInMonth(year, month));
  const first = HIJRI_MONTH_NAMES[a.month - 1] + (a.year !== b.year ? ` ${a.year} هـ` : '');
  return `${first} – ${HIJRI_MONTH_NAMES[b.month - 1]} ${b.year} هـ`;
}

/** Weekday and other-calendar day for a day value, or for both ends of a day interval; Hijri months for a month. */
export function describeTemporalValue(value: string): TemporalDescription {
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) {
    const [y, m] = [Number(month[1]), Number(month[2])];
    return m >= 1 && m <= 12 ? { otherCalendar: hijriMonthsOf(y, m), gregorian: `${GREGORIAN_MONTH_NAMES[m - 1]} ${y}` } : {};
  }
  const [startPart, endPart] = value.split('/');
  const start = dayOf(startPart);
  if (start === undefined) return {};
  const end = endPart === undefined ? undefined : dayOf(endPart);
  if (endPart !== undefined && end === undefined) return {};
  if (end === undefined) {
    return { weekday: WEEKDAY_NAMES[isoWeekday(start) - 1], otherCalendar: hijriText(start), gregorian: gregorianText(start) };
  }
  return {
    weekday: `${WEEKDAY_NAMES[isoWeekday(start) - 1]} – ${WEEKDAY_NAMES[isoWeekday(end) - 1]}`,
    otherCalendar: `${hijriText(start)} – ${hijriText(end)}`,
    gregorian: `${gregorianText(start)} – ${gregorianText(end)}`,
  };
}
