// What a digit run must have right after it (or be itself) for each rule that can start at it. Numbers
// are the commonest starting point in news text (433 of the 793 rule calls of a pass over the samples,
// 82 with these bits) and most are prices, scores and counts: «ارتفع 70 بالمئة» or «قتل 12 شخصا» can start
// no rule at all. Each token's bits are computed once per spelling (stream.ts), so a number costs one field
// read before its rules are skipped. Every bit is a necessary condition read off the rule it names:
// skipping a rule whose bit is missing never changes what is found.
import { foldArabic } from './fold';
import { MONTHS, UNITS } from './words';

/** . / - : a numeric date (12/5/2024) or a day range (13-15 تموز), see numeric.ts and ranges.ts */
export const AFTER_SEPARATOR = 1;
/** : a clock time (12:52), see numericClock in clock.ts */
export const AFTER_COLON = 2;
/** a month name or من: a worded date (22 تموز، 22 من الشهر المقبل), see dayAt and monthAt in worded.ts */
export const AFTER_MONTH_OR_OF = 4;
/** a unit with no proclitic: a duration (3 أيام), see countAt in counts.ts */
export const AFTER_UNIT = 8;
/** the number itself has three or four digits and is not 0: a year (1445 هـ، في 2023), see yearRule */
export const YEAR_DIGITS = 16;

const SLASH = 0x2f;
const DOT = 0x2e;
const DASH = 0x2d;
const COLON = 0x3a;
const OF = foldArabic('من');

/** The bits a token sets when it follows a number (from its folded form, key, proclitic and punctuation). */
export function afterNumberBits(norm: string, key: string, proclitic: string, punct: number, num: number): number {
  if (punct === SLASH || punct === DOT || punct === DASH) return AFTER_SEPARATOR;
  if (punct === COLON) return AFTER_COLON;
  if (num >= 0) return 0; // a phrase never starts with a digit run
  let bits = 0;
  if (norm === OF || MONTHS.lookup(key) !== undefined) bits |= AFTER_MONTH_OR_OF;
  if (proclitic === '' && UNITS.lookup(key) !== undefined) bits |= AFTER_UNIT;
  return bits;
}

/** The bits of the number at position i: what follows it, and whether it can be a year. */
export function numberStartBits(num: { digits: number; num: number }, next: { afterNumber: number } | undefined): number {
  const year = num.digits >= 3 && num.digits <= 4 && num.num !== 0 ? YEAR_DIGITS : 0;
  return (next === undefined ? 0 : next.afterNumber) | year;
}
