// Worded dates: [الأحد،] 22 (من) تموز/يوليو 2024, الثاني والعشرين من تموز المقبل, أيار 2024,
// شهر رمضان, 5 ذو القعدة 1445 هـ. Month names that are also ordinary words (آب "father", أيار as a
// name, صفر "zero") need a day, a year, شهر or a relative modifier to count as a date.
import { addMonths, isoWeekday } from './calendar';
import { NO_ANCHOR, mk, put, unresolvedAs, type Ctx, type DateParts, type Found } from './found';
import { parseNumberWords } from './numberWords';
import { matchAt, matchBareAt } from './stream';
import { CYCLES, MONTHS, MONTH_WORD, RELATIVE_MODIFIERS, THIS_WORDS, WEEKDAYS, YEAR_WORDS, ERA_MARKERS, type MonthWord, type Relative, type Era } from './words';
import { foldArabic } from './fold';
import { resolveMonthDate } from './resolveMonth';
import { yearExprAt } from './periods';

const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const SLASH = 0x2f;
const COMMA = new Set([0x060c, 0x2c]);
const OF = foldArabic('من');
const ZERO = foldArabic('صفر');
const DAY_WORD = foldArabic('يوم');
/** Words before a bare month name that make it read as a month (في تموز, منذ آذار, حتى أيلول). */
const MONTH_CONTEXT = new Set(['في', 'خلال', 'منذ', 'حتى', 'من', 'إلى', 'الى', 'قبل', 'بعد', 'لغاية', 'وفي', 'ومنذ', 'وحتى', 'طوال', 'طيلة'].map(foldArabic));
/** Words that make even an ambiguous month name (آب، أيار) read as a month: مطلع آب، شهري آب وأيلول. */
const STRONG_MONTH_CONTEXT = new Set(['مطلع', 'منتصف', 'أواخر', 'أوائل', 'بداية', 'نهاية', 'أواسط', 'مستهل', 'ختام', 'شهري'].map(foldArabic));

interface MonthHit { word: MonthWord; end: number }

/** A month name, with an optional second name for the same month: تموز/يوليو, يوليو (تموز). */
export function monthAt(ctx: Ctx, i: number): MonthHit | undefined {
  const hit = matchAt(ctx.lex, i, MONTHS);
  if (hit === undefined) return undefined;
  const lex = ctx.lex;
  const sep = lex[hit.end];
  if (sep !== undefined && (sep.punct === SLASH || sep.punct === OPEN_PAREN)) {
    const alt = matchAt(lex, hit.end + 1, MONTHS);
    if (alt !== undefined && alt.value.month === hit.value.month && alt.value.calendar === hit.value.calendar) {
      const close = lex[alt.end];
      if (sep.punct === SLASH) return { word: hit.value, end: alt.end };
      if (close !== undefined && close.punct === CLOSE_PAREN) return { word: hit.value, end: alt.end + 1 };
    }
  }
  return { word: hit.value, end: hit.end };
}

/** A day of the month as digits (1..31) or number words (الثاني والعشرين). */
export function dayAt(ctx: Ctx, i: number): { day: number; end: number } | undefined {
  const w = ctx.lex[i];
  if (w === undefined) return undefined;
  if (w.num >= 0) return w.digits <= 2 && w.num >= 1 && w.num <= 31 ? { day: w.num, end: i + 1 } : undefined;
  const parsed = parseNumberWords(w.key, ctx.lex[i + 1]?.norm);
  // a day of the month is a masculine ordinal (الخامس من أيار); الأولى/الثالثة are hours or other things
  if (parsed === undefined || parsed.value > 31 || !parsed.ordinal || parsed.fem) return undefined;
  return { day: parsed.value, end: i + parsed.words };
}

/** [من] [عام|سنة] 2024 [م|هـ] after a month. */
export function yearAt(ctx: Ctx, i: number): { year: number; era?: Era; end: number } | undefined {
  let j = i;
  if (ctx.lex[j]?.norm === OF) j++;
  if (matchAt(ctx.lex, j, YEAR_WORDS) !== undefined) j++;
  const w = ctx.lex[j];
  if (w === undefined || w.num < 0 || w.digits < 3 || w.digits > 4) return undefined;
  const era = matchBareAt(ctx.lex, j + 1, ERA_MARKERS);
  return era ? { year: w.num, era: era.value, end: era.end } : { year: w.num, end: j + 1 };
}

/** سبتمبر من العام الماضي / أيار من هذا العام: the year relative to the article date. */
function relativeYearAt(ctx: Ctx, i: number): { year: number; era?: Era; end: number } | undefined {
  const y = yearExprAt(ctx, i, false);
  return y === undefined ? undefined : { year: y.year, end: y.end };
}

interface Prefix { weekday?: number; start: number; next: number }

/** [يوم] الأحد[،] before a day number. */
function weekdayPrefix(ctx: Ctx, i: number): Prefix {
  let j = i;
  if (ctx.lex[j]?.key === DAY_WORD) j++;
  const wd = matchAt(ctx.lex, j, WEEKDAYS);
  if (wd === undefined) return { start: i, next: i };
  let next = wd.end;
  if (ctx.lex[next] !== undefined && COMMA.has(ctx.lex[next].punct)) next++;
  return { weekday: wd.value.value, start: i, next };
}

export function wordedDateRule(ctx: Ctx, i: number): Found | undefined {
  const prefix = weekdayPrefix(ctx, i);
  let j = prefix.next;
  const day = dayAt(ctx, j);
  if (day !== undefined) {
    j = day.end;
    if (ctx.lex[j]?.norm === OF) j++;
  } else if (prefix.weekday !== undefined) return undefined;
  const monthWordBefore = day === undefined && matchBareAt(ctx.lex, j, MONTH_WORD) !== undefined;
  if (monthWordBefore) j++;
  const month = monthAt(ctx, j);
  if (month === undefined) return day !== undefined && j > day.end ? dayOfRelativeMonth(ctx, prefix, day.day, j) : undefined;
  const writtenYear = yearAt(ctx, month.end);
  const year = writtenYear ?? relativeYearAt(ctx, month.end);
  const rel = year === undefined ? matchBareAt(ctx.lex, month.end, RELATIVE_MODIFIERS) : undefined;
  if (day === undefined && year === undefined && rel === undefined && !monthWordBefore && !bareMonthReads(ctx, i, month.word)) return undefined;
  // صفر is also "zero" (فاز 2 صفر): as a month it needs a year, هـ or شهر
  if (month.word.form.key === ZERO && year === undefined && !monthWordBefore) return undefined;
  const to = year?.end ?? rel?.end ?? month.end;
  const parts: DateParts = { day: day?.day, month: month.word.month, year: year?.year, calendar: month.word.calendar };
  const found = resolveWorded(ctx, parts, rel?.value, year?.era);
  if (writtenYear === undefined && year !== undefined) found.anchored = true;
  found.from = prefix.start;
  found.to = to;
  if (prefix.weekday !== undefined) checkWeekday(found, prefix.weekday);
  return found;
}

/** 22 من الشهر المقبل / الخامس من الشهر الجاري / 3 من هذا الشهر: a day of a month relative to the article date. */
function dayOfRelativeMonth(ctx: Ctx, prefix: Prefix, day: number, j: number): Found | undefined {
  const hasThis = THIS_WORDS.has(ctx.lex[j]?.key);
  const cycle = matchBareAt(ctx.lex, hasThis ? j + 1 : j, CYCLES);
  if (cycle === undefined || cycle.value.unit !== 'M') return undefined;
  const rel = matchBareAt(ctx.lex, cycle.end, RELATIVE_MODIFIERS);
  if (rel === undefined && !hasThis) return undefined;
  const to = rel?.end ?? cycle.end;
  const why = ['rule: day of a relative month'];
  const f = mk(prefix.start, to, 'DATE', 'day', true, 0.9, why);
  if (ctx.anchor === undefined) return unresolvedAs(f, NO_ANCHOR, 0.6);
  const step = rel?.value.dir === 'past' ? -1 : rel?.value.dir === 'next' ? 1 : 0;
  const m = addMonths(ctx.anchor.year, ctx.anchor.month, step);
  const parts: DateParts = { day, month: m.month, year: m.year, calendar: 'gregorian' };
  const resolved = resolveMonthDate(parts, ctx.anchor);
  f.parts = parts;
  if (typeof resolved === 'string') return unresolvedAs(f, resolved, 0.7);
  put(f, resolved);
  if (prefix.weekday !== undefined) checkWeekday(f, prefix.weekday);
  return f;
}

/** A month name alone: after a word that introduces a time (في تموز); an ambiguous one only after مطلع/منتصف... */
function bareMonthReads(ctx: Ctx, i: number, word: MonthWord): boolean {
  const prev = i > 0 ? ctx.lex[i - 1] : undefined;
  if (prev !== undefined && STRONG_MONTH_CONTEXT.has(prev.key)) return true;
  if (word.form.needsContext !== undefined) return false;
  const w = ctx.lex[i];
  if (w.proclitic.includes('ب') || w.proclitic.includes('ل')) return true;
  return prev !== undefined && MONTH_CONTEXT.has(prev.key);
}

function resolveWorded(ctx: Ctx, parts: DateParts, rel: Relative | undefined, era: Era | undefined): Found {
  const why = [`rule: worded ${parts.calendar} date`];
  if (era === 'AH') parts.calendar = 'hijri';
  const needsAnchor = parts.year === undefined;
  const f = mk(0, 0, 'DATE', parts.day ? 'day' : 'month', needsAnchor, 0.9, why);
  f.parts = parts;
  if (rel !== undefined) why.push(`relative: ${rel.dir}`);
  if (needsAnchor && ctx.anchor === undefined) return unresolvedAs(f, NO_ANCHOR, 0.6);
  const resolved = resolveMonthDate(parts, ctx.anchor, rel?.dir);
  if (typeof resolved === 'string') return unresolvedAs(f, resolved, 0.7);
  const confidence = parts.day !== undefined || parts.year !== undefined ? 0.95 : rel !== undefined ? 0.85 : 0.75;
  f.confidence = rel?.narrative ? confidence - 0.15 : confidence;
  return put(f, resolved);
}

function checkWeekday(found: Found, weekday: number): void {
  if (found.firstDay === undefined || found.grain !== 'day') return;
  if (isoWeekday(found.firstDay) !== weekday) {
    found.why.push('the weekday written does not match the date');
    found.confidence -= 0.2;
  }
}
