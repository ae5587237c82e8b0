// Years, seasons, quarters, halves, decades and centuries: عام 2023، العام 2024، 1445 هـ، صيف 2024،
// الصيف الماضي، الربع الأول من العام الجاري، النصف الثاني من 2023، الثمانينيات، القرن الماضي.
import { hijriDayNumber } from './hijri';
import { mk, put, unanchored, unresolvedAs, type Ctx, type Found } from './found';
import { foldArabic } from './fold';
import { parseNumberWords } from './numberWords';
import { matchAt, matchBareAt, touching } from './stream';
import { intervalValue, yearValue } from './values';
import { CYCLES, GENERAL_NOUNS, ERA_MARKERS, RELATIVE_MODIFIERS, SEASONS, THIS_WORDS, YEAR_WORDS, type Era } from './words';
import { dayNumber, pad } from './calendar';

const QUARTER = foldArabic('الربع');
const HALF = foldArabic('النصف');

const OF = foldArabic('من');
const LAST = foldArabic('الأخير');
/** Words before a bare four-digit number that make it a year (في 2023، منذ 2011). */
const YEAR_PREPOSITIONS = new Set(['في', 'منذ', 'حتى', 'خلال', 'مطلع', 'منتصف', 'أواخر', 'نهاية', 'بداية', 'وفي', 'ومنذ', 'وحتى', 'لغاية', 'أوائل'].map(foldArabic));

/** Words after a bare year that end the phrase (منذ 2011 وحتى الآن، في 2023 و...). */
export const PAUSE_WORDS = new Set(['و', 'وحتى', 'حتى', 'إلى', 'الى', 'وإلى', 'لغاية', 'ولغاية', 'ثم'].map(foldArabic));

function yearFound(from: number, to: number, year: number, era: Era | undefined, confidence: number): Found {
  const f = mk(from, to, 'DATE', 'year', false, confidence, ['rule: year']);
  if (era === 'AH') {
    const first = hijriDayNumber(year, 1, 1);
    const next = hijriDayNumber(year + 1, 1, 1);
    if (first === undefined || next === undefined) return unresolvedAs(f, `Hijri year out of range: ${year}`, confidence);
    f.why.push(`Hijri year ${year}`);
    return put(f, intervalValue(first, next - 1, 'year'));
  }
  if (era === 'BC') return put(f, { value: 'BC' + pad(year, 4), grain: 'year' });
  return put(f, yearValue(year));
}

/** عام 2023 / العام 2024 / سنة 1948 م / 1445 هـ / في 2023 (bare numbers only after a preposition, before a pause). */
export function yearRule(ctx: Ctx, i: number): Found | undefined {
  const lex = ctx.lex;
  const word = matchAt(lex, i, YEAR_WORDS);
  const j = word ? word.end : i;
  const w = lex[j];
  if (w === undefined || w.num < 0 || w.digits < 3 || w.digits > 4 || w.num === 0) return undefined;
  const sep = lex[j + 1];
  if (sep !== undefined && sep.punct !== 0 && touching(ctx.tokens, j, j + 1) && (lex[j + 2]?.num ?? -1) >= 0 && touching(ctx.tokens, j + 1, j + 2)) return undefined;
  const era = matchBareAt(lex, j + 1, ERA_MARKERS);
  const to = era ? era.end : j + 1;
  if (word !== undefined) return yearFound(i, to, w.num, era?.value, 0.9);
  if (era !== undefined) return yearFound(i, to, w.num, era.value, 0.85);
  const prev = i > 0 ? lex[i - 1] : undefined;
  const after = lex[i + 1];
  const pause = after === undefined || after.punct !== 0 || after.proclitic === 'و' || PAUSE_WORDS.has(after.norm);
  if (w.digits === 4 && w.num >= 1900 && w.num <= 2100 && prev !== undefined && YEAR_PREPOSITIONS.has(prev.key) && pause) return yearFound(i, to, w.num, undefined, 0.6);
  return undefined;
}

export interface YearExpr { year: number; end: number; anchored: boolean; explicit: boolean }

/** A year as written or relative: 2024، عام 2024، العام الماضي، هذا العام، العام (the current one). */
export function yearExprAt(ctx: Ctx, i: number, allowBareCycle: boolean): YearExpr | undefined {
  const lex = ctx.lex;
  let j = i;
  if (lex[j]?.norm === OF) j++;
  const word = matchAt(lex, j, YEAR_WORDS);
  const k = word ? word.end : j;
  if (lex[k] !== undefined && lex[k].num >= 0 && lex[k].digits === 4) return { year: lex[k].num, end: k + 1, anchored: false, explicit: true };
  const hasThis = THIS_WORDS.has(lex[j]?.key);
  const cycle = matchAt(lex, hasThis ? j + 1 : j, CYCLES);
  if (cycle === undefined || cycle.value.unit !== 'Y' || ctx.anchor === undefined) return undefined;
  if (!hasThis && j > 0 && GENERAL_NOUNS.has(lex[j - 1].key)) return undefined;
  const rel = matchBareAt(lex, cycle.end, RELATIVE_MODIFIERS);
  if (rel === undefined && !hasThis && !allowBareCycle) return undefined;
  const step = rel?.value.dir === 'past' ? -1 : rel?.value.dir === 'next' ? 1 : 0;
  return { year: ctx.anchor.year + step, end: rel?.end ?? cycle.end, anchored: true, explicit: false };
}

/** صيف 2024، الصيف الماضي، هذا الشتاء، ربيع العام المقبل. */
export function seasonRule(ctx: Ctx, i: number): Found | undefined {
  const hasThis = THIS_WORDS.has(ctx.lex[i]?.key);
  const season = matchAt(ctx.lex, hasThis ? i + 1 : i, SEASONS);
  if (season === undefined) return undefined;
  const rel = matchBareAt(ctx.lex, season.end, RELATIVE_MODIFIERS);
  const year = rel === undefined ? yearExprAt(ctx, season.end, false) : undefined;
  if (year === undefined && rel === undefined && !hasThis) return undefined;
  const to = year?.end ?? rel?.end ?? season.end;
  if (year === undefined && ctx.anchor === undefined) return unanchored(i, to, 'DATE', 'season', 'rule: season');
  const y = year?.year ?? (ctx.anchor?.year ?? 0) + (rel?.value.dir === 'past' ? -1 : rel?.value.dir === 'next' ? 1 : 0);
  return put(mk(i, to, 'DATE', 'season', year?.anchored ?? true, 0.85, ['rule: season']), { value: `${pad(y, 4)}-${season.value}`, grain: 'season' });
}

/** الربع الأول من العام الجاري، النصف الثاني من 2023، الربع الثالث لعام 2024. */
export function quarterRule(ctx: Ctx, i: number): Found | undefined {
  const w = ctx.lex[i];
  const kind = w?.key === QUARTER ? 'Q' : w?.key === HALF ? 'H' : undefined;
  if (kind === undefined) return undefined;
  const last = ctx.lex[i + 1]?.key === LAST;
  const ord = last ? { value: kind === 'Q' ? 4 : 2, ordinal: true } : parseNumberWords(ctx.lex[i + 1]?.key ?? '', undefined);
  if (ord === undefined || !ord.ordinal || ord.value > (kind === 'Q' ? 4 : 2)) return undefined;
  const year = yearExprAt(ctx, i + 2, true);
  if (year === undefined) return undefined;
  const firstMonth = kind === 'Q' ? (ord.value - 1) * 3 + 1 : (ord.value - 1) * 6 + 1;
  const months = kind === 'Q' ? 3 : 6;
  const firstDay = dayNumber(year.year, firstMonth, 1);
  const lastDay = dayNumber(year.year + (firstMonth + months > 12 ? 1 : 0), ((firstMonth + months - 1) % 12) + 1, 1) - 1;
  const f = mk(i, year.end, 'DATE', 'quarter', year.anchored, 0.85, [`rule: ${kind === 'Q' ? 'quarter' : 'half'} of a year`]);
  return put(f, { value: `${pad(year.year, 4)}-${kind}${ord.value}`, grain: 'quarter', firstDay, lastDay });
}

