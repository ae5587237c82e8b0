// Expressions anchored on the article date: اليوم، أمس، أول أمس، غدا، بعد غد، اليوم الأحد،
// الأحد الماضي/المقبل، الأسبوع/الشهر/العام الماضي/الجاري/المقبل، هذا الأسبوع، قبل ثلاثة أيام، منذ عامين، بعد شهر.
import { addMonths, isoWeekday } from './calendar';
import { put, mk, unanchored, type Ctx, type Found } from './found';
import { foldArabic } from './fold';
import { countAt } from './counts';
import { parseNumberWords } from './numberWords';
import { matchAt, matchBareAt } from './stream';
import { dayValue, monthValue, offsetValue, weekValue, yearValue } from './values';
import { CYCLES, GENERAL_NOUNS, NOT_TODAY_AFTER, OFFSET_PREPOSITIONS, RELATIVE_DAYS, RELATIVE_MODIFIERS, THIS_WORDS, WEEKDAYS, type Direction, type Unit } from './words';

const DAY = foldArabic('يوم');
const TODAY = foldArabic('اليوم');
/** Future markers that make a bare weekday point forward (سيعقد الأحد). */
const FUTURE_WORDS = new Set(['سوف', 'المقرر', 'المرتقب', 'المنتظر', 'يعتزم', 'تعتزم', 'يتوقع', 'يرتقب'].map(foldArabic));
/**
 * Imperfect verbs after the future prefix س that news uses with a coming weekday. A list, not a pattern:
 * س + ي/ت starts many nouns too (سيارة، سياسة، سينما، سنوات).
 */
const FUTURE_VERBS = new Set(['عقد', 'زور', 'لتقي', 'صل', 'بدأ', 'جتمع', 'لقي', 'تم', 'كون', 'قام', 'نطلق', 'علن', 'شارك', 'توجه',
  'نظم', 'غادر', 'حل', 'خوض', 'واجه', 'ستضيف', 'صدر', 'فتتح', 'ختتم', 'جري', 'عود', 'صوت', 'وقع', 'ناقش', 'بحث', 'شهد', 'لعب']
  .flatMap((stem) => ['سي' + stem, 'ست' + stem, 'سن' + stem]).map(foldArabic));

export function relativeDayRule(ctx: Ctx, i: number): Found | undefined {
  const hit = matchAt(ctx.lex, i, RELATIVE_DAYS);
  if (hit === undefined) return undefined;
  const next = ctx.lex[hit.end];
  if (ctx.lex[i].key === TODAY && hit.end === i + 1 && next !== undefined && NOT_TODAY_AFTER.has(next.norm)) return undefined;
  const wd = matchBareAt(ctx.lex, hit.end, WEEKDAYS);
  const to = wd?.end ?? hit.end;
  const why = [wd ? 'rule: relative day with its weekday (news idiom)' : 'rule: relative day'];
  if (ctx.anchor === undefined) return unanchored(i, to, 'DATE', 'day', why[0]);
  const n = ctx.anchor.day + hit.value;
  let confidence = 0.9;
  if (wd !== undefined && isoWeekday(n) !== wd.value.value) {
    why.push('the weekday written does not match the article date');
    confidence = 0.6;
  }
  return put(mk(i, to, 'DATE', 'day', true, confidence, why), dayValue(n));
}

/** [يوم] الأحد [الماضي|المقبل]: a bare weekday is the closest one, forward only with a future marker. */
export function weekdayRule(ctx: Ctx, i: number): Found | undefined {
  let j = i;
  const withDay = ctx.lex[j]?.key === DAY && ctx.lex[j].proclitic === '';
  if (withDay) j++;
  const wd = matchAt(ctx.lex, j, WEEKDAYS);
  if (wd === undefined) return undefined;
  if (!withDay && !wd.value.key.startsWith('ال')) return undefined;
  // القصائد الاثنين والعشرين: twenty-two, not Monday
  if ((parseNumberWords(ctx.lex[j].key, ctx.lex[j + 1]?.norm)?.words ?? 1) > 1) return undefined;
  const rel = matchBareAt(ctx.lex, wd.end, RELATIVE_MODIFIERS);
  const to = rel?.end ?? wd.end;
  const dir: Direction | undefined = rel?.value.dir ?? (hasFutureMarker(ctx, i) ? 'next' : undefined);
  const why = [rel ? `rule: weekday, ${rel.value.dir}` : dir ? 'rule: weekday, future tense' : 'rule: weekday, nearest past'];
  if (ctx.anchor === undefined) return unanchored(i, to, 'DATE', 'day', why[0]);
  const today = ctx.anchor.day;
  const delta = wd.value.value - isoWeekday(today);
  let n: number;
  if (dir === 'next') n = today + (delta > 0 ? delta : delta + 7);
  else if (dir === 'past') n = today + (delta < 0 ? delta : delta - 7);
  else if (dir === 'this') n = today + delta;
  else n = today + (delta <= 0 ? delta : delta - 7);
  const confidence = rel ? (rel.value.narrative ? 0.75 : 0.9) : 0.75;
  return put(mk(i, to, 'DATE', 'day', true, confidence, why), dayValue(n));
}

function hasFutureMarker(ctx: Ctx, i: number): boolean {
  for (let k = Math.max(0, i - 6); k < i; k++) {
    const w = ctx.lex[k];
    if (FUTURE_WORDS.has(w.key) || FUTURE_VERBS.has(w.key)) return true;
  }
  return false;
}

/** هذا الأسبوع، الأسبوع الماضي، الشهر الجاري، العام المقبل، السنة الماضية. */
export function cycleRule(ctx: Ctx, i: number): Found | undefined {
  const hasThis = THIS_WORDS.has(ctx.lex[i]?.key) && ctx.lex[i].proclitic === '';
  const j = hasThis ? i + 1 : i;
  const cycle = hasThis ? matchBareAt(ctx.lex, j, CYCLES) : matchAt(ctx.lex, j, CYCLES);
  if (cycle === undefined) return undefined;
  const rel = matchBareAt(ctx.lex, cycle.end, RELATIVE_MODIFIERS);
  if (!hasThis && rel === undefined) return undefined;
  if (!hasThis && cycle.value.unit === 'Y' && i > 0 && GENERAL_NOUNS.has(ctx.lex[i - 1].key)) return undefined;
  const dir = rel?.value.dir ?? 'this';
  const found = cycleValue(ctx, i, rel?.end ?? cycle.end, cycle.value.unit, dir);
  if (rel?.value.narrative) found.confidence -= 0.15;
  return found;
}

/** The week/month/year one step in a direction from the article date. */
export function cycleValue(ctx: Ctx, from: number, to: number, unit: Unit, dir: Direction): Found {
  const why = [`rule: ${unit === 'W' ? 'week' : unit === 'M' ? 'month' : 'year'}, ${dir}`];
  const grain = unit === 'W' ? 'week' : unit === 'M' ? 'month' : 'year';
  if (ctx.anchor === undefined) return unanchored(from, to, 'DATE', grain, why[0]);
  const step = dir === 'past' ? -1 : dir === 'next' ? 1 : 0;
  const a = ctx.anchor;
  let v;
  if (unit === 'W') v = weekValue(a.day + 7 * step);
  else if (unit === 'M') {
    const m = addMonths(a.year, a.month, step);
    v = monthValue(m.year, m.month);
  } else v = yearValue(a.year + step);
  return put(mk(from, to, 'DATE', grain, true, 0.9, why), v);
}

/** قبل/منذ/بعد + count + unit: a point that many units from the article date. */
export function offsetRule(ctx: Ctx, i: number): Found | undefined {
  const prep = matchAt(ctx.lex, i, OFFSET_PREPOSITIONS);
  if (prep === undefined) return undefined;
  const count = countAt(ctx, prep.end);
  if (count === undefined) return undefined;
  if (!count.explicit && count.count === 1 && (ctx.lex[count.end]?.num ?? -1) >= 0) return undefined;
  const why = [`rule: ${count.count} ${count.unit} ${prep.value < 0 ? 'before' : 'after'} the article date`];
  const grain = count.unit === 'D' ? 'day' : count.unit === 'W' ? 'week' : count.unit === 'M' ? 'month' : count.unit === 'H' || count.unit === 'MIN' ? 'minute' : 'year';
  const label = count.unit === 'H' || count.unit === 'MIN' ? 'TIME' : 'DATE';
  if (ctx.anchor === undefined) return unanchored(i, count.end, label, grain, why[0]);
  const v = offsetValue(ctx.anchor, count.unit, prep.value * count.count);
  if (v.grain === 'day' && label === 'TIME') why.push('the article has no time of day: resolved to its day');
  return put(mk(i, count.end, label, grain, true, 0.85, why), v);
}
