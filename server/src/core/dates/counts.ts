// "N units" as written: 3 أيام، ثلاثة أيام، يومين، شهر (one), عشرة أعوام، 15 يوما.
import type { Ctx } from './found';
import { foldArabic } from './fold';
import { parseNumberWords } from './numberWords';
import { matchAt, matchBareAt } from './stream';
import { UNITS, type Unit } from './words';

const ONE = new Set(['واحد', 'واحدة'].map(foldArabic));

export interface Count { count: number; unit: Unit; end: number; /** true when a number was written */ explicit: boolean }

export function countAt(ctx: Ctx, i: number): Count | undefined {
  const w = ctx.lex[i];
  if (w === undefined) return undefined;
  const direct = matchAt(ctx.lex, i, UNITS);
  if (direct !== undefined) {
    if (direct.value.count === 'n') return undefined;
    // يوم واحد، ساعة واحدة: the number word follows a singular unit
    const one = direct.value.count === 1 && ONE.has(ctx.lex[direct.end]?.norm ?? '');
    return { count: direct.value.count, unit: direct.value.unit, end: one ? direct.end + 1 : direct.end, explicit: direct.value.count === 2 || one };
  }
  let n: number | undefined;
  let next = i + 1;
  if (w.num >= 0) n = w.digits <= 4 ? w.num : undefined;
  else {
    const parsed = parseNumberWords(w.key, ctx.lex[i + 1]?.norm);
    if (parsed !== undefined && !parsed.ordinal) {
      n = parsed.value;
      next = i + parsed.words;
    }
  }
  if (n === undefined || n === 0) return undefined;
  const unit = matchBareAt(ctx.lex, next, UNITS);
  if (unit === undefined || unit.value.count === 2) return undefined;
  return { count: n, unit: unit.value.unit, end: unit.end, explicit: true };
}
