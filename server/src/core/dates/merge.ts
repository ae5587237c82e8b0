// Joining neighbouring matches of one sentence: a weekday or relative day before a written date is part of
// it, and a clock time takes its day from a written day next to it.
import { foldArabic } from './fold';
import { clone, type Ctx, type Found } from './found';

const COMMAS = new Set([0x060c, 0x2c]);

export function joinNeighbours(ctx: Ctx, found: Found[]): Found[] {
  if (found.length < 2) return found; // nothing to join (most sentences)
  return rebaseTimes(ctx, mergeWeekdayPrefixes(ctx, found));
}

/**
 * A weekday or a relative day right before a full day date is part of it, and the written date decides the
 * value: "الخميس 8-2-2024"، "اليوم الاثنين 5 ديسمبر 2016"، "مساء يوم الخميس 18 ماي 2017".
 */
function mergeWeekdayPrefixes(ctx: Ctx, found: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const prev = out[out.length - 1];
    const gap = prev === undefined ? -1 : f.from - prev.to;
    const adjacent = gap === 0 || (gap === 1 && COMMAS.has(ctx.lex[prev!.to].punct));
    if (prev !== undefined && adjacent && isDayPrefix(prev) && f.label === 'DATE' && f.grain === 'day') {
      const merged = clone(f);
      merged.from = prev.from;
      merged.why = [...f.why, 'with its weekday'];
      if (prev.label === 'TIME' && f.value !== undefined && prev.value !== undefined) {
        merged.label = 'TIME';
        merged.grain = 'part-of-day';
        merged.value = f.value + prev.value.slice(prev.value.indexOf('T'));
      }
      out[out.length - 1] = merged;
    } else out.push(f);
  }
  return out;
}

/** A weekday, a relative day (اليوم الاثنين) or a part of such a day (مساء الخميس). */
function isDayPrefix(f: Found): boolean {
  const why = f.why[0] ?? '';
  return why.startsWith('rule: weekday') || why.startsWith('rule: relative day') || (why === 'rule: part of day' && f.grain === 'part-of-day');
}

/** How many tokens may separate a clock time from the written day it belongs to (الساعة 10 من صباح يوم 5 أيار). */
const TIME_DATE_GAP = 4;
const LINK_WORDS = new Set(['من', 'في', 'يوم', 'عند', 'على', 'تمام', 'حوالي', 'نحو', 'صباح', 'مساء', 'ظهر', 'عصر', 'فجر', 'ليلة'].map(foldArabic));

/**
 * A clock time takes its day from a written day date next to it in the sentence ("في 5 أيار 2024 الساعة
 * 10:30"), not from the article date.
 */
function rebaseTimes(ctx: Ctx, found: Found[]): Found[] {
  for (let k = 0; k < found.length; k++) {
    const t = found[k];
    if (t.label !== 'TIME' || t.value === undefined || t.grain !== 'minute' || !t.why[0]?.endsWith('time')) continue;
    const day = nearestDayDate(ctx, found, k);
    if (day?.value === undefined) continue;
    t.value = day.value + t.value.slice(t.value.indexOf('T'));
    t.anchored = day.anchored;
    t.why = [...t.why, 'day from the date written next to it'];
  }
  return found;
}

function nearestDayDate(ctx: Ctx, found: Found[], k: number): Found | undefined {
  const t = found[k];
  const before = found[k - 1];
  const after = found[k + 1];
  if (isDayDate(before) && linked(ctx, before!.to, t.from)) return before;
  if (isDayDate(after) && linked(ctx, t.to, after!.from)) return after;
  return undefined;
}

function isDayDate(f: Found | undefined): boolean {
  return f !== undefined && f.label === 'DATE' && f.grain === 'day' && f.value !== undefined && !f.value.includes('/');
}

/** Only small linking words between a time and its day: "الساعة 10 من صباح يوم 5 أيار", not "9:15 وغادر غدا". */
function linked(ctx: Ctx, from: number, to: number): boolean {
  if (to - from > TIME_DATE_GAP) return false;
  for (let k = from; k < to; k++) {
    const w = ctx.lex[k];
    if (w.punct === 0 && !LINK_WORDS.has(w.key)) return false;
    if (w.punct !== 0 && !COMMAS.has(w.punct)) return false;
  }
  return true;
}
