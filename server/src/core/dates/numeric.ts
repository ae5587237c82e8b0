// Numeric dates: 2024.05.12, 12/5/2024, 2024-05-12, ١٢/٥/٢٠٢٤ (digits of any script), 12/5 (year
// from the article date), and 5/11/1445 هـ (Hijri). Parts must touch: "12 / 5" is not a date.
import { dayNumber, isValidDate } from './calendar';
import { NO_ANCHOR, mk, put, unresolvedAs, type Ctx, type Found } from './found';
import { hijriDayNumber } from './hijri';
import type { Token } from '../types';
import { matchBareAt, touching, type Lex } from './stream';
import { dayValue } from './values';
import { ERA_MARKERS, type Era } from './words';

const SEPARATORS = new Set([0x2e, 0x2f, 0x2d]); // . / -
const SLASH = 0x2f;

interface NumericParts { parts: Lex[]; sep: number; end: number }

/** Reads up to three touching digit runs joined by one repeated separator (a fourth run: not a date). */
function readParts(tokens: readonly Token[], lex: readonly Lex[], i: number): NumericParts | undefined {
  const parts = [lex[i]];
  let sep = 0;
  let j = i + 1;
  while (j + 1 < lex.length) {
    const s = lex[j];
    const n = lex[j + 1];
    if (!SEPARATORS.has(s.punct) || (sep !== 0 && s.punct !== sep)) break;
    if (!touching(tokens, j - 1, j) || n.num < 0 || !touching(tokens, j, j + 1)) break;
    sep = s.punct;
    parts.push(n);
    j += 2;
    if (parts.length > 3) return undefined;
  }
  if (parts.length < 2) return undefined;
  return { parts, sep, end: j };
}

function eraAt(ctx: Ctx, i: number): { era: Era; end: number } | undefined {
  const hit = matchBareAt(ctx.lex, i, ERA_MARKERS);
  return hit === undefined ? undefined : { era: hit.value, end: hit.end };
}

export function numericDateRule(ctx: Ctx, i: number): Found | undefined {
  const first = ctx.lex[i];
  if (first.num < 0) return undefined;
  const prev = i > 0 ? ctx.lex[i - 1] : undefined;
  if (prev !== undefined && (prev.punct !== 0 || prev.num >= 0) && touching(ctx.tokens, i - 1, i)) return undefined;
  const read = readParts(ctx.tokens, ctx.lex, i);
  if (read === undefined) return undefined;
  return read.parts.length === 3 ? fullDate(ctx, i, read) : dayMonth(ctx, i, read);
}

function fullDate(ctx: Ctx, i: number, read: NumericParts): Found | undefined {
  const a = read.parts[0];
  const b = read.parts[1];
  const c = read.parts[2];
  let year: number; let month: number; let day: number;
  if (a.digits === 4) [year, month, day] = [a.num, b.num, c.num];
  else if (c.digits === 4 || (c.digits === 2 && a.digits <= 2)) [day, month, year] = [a.num, b.num, c.digits === 2 ? 2000 + c.num : c.num];
  else return undefined;
  if (b.digits > 2 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const era = eraAt(ctx, read.end);
  const to = era ? era.end : read.end;
  const why = [`rule: numeric date (${String.fromCharCode(read.sep)})`];
  const f = mk(i, to, 'DATE', 'day', false, a.digits === 4 || c.digits === 4 ? 0.95 : 0.75, why);
  f.parts = { day, month, year, calendar: era?.era === 'AH' ? 'hijri' : 'gregorian' };
  if (era?.era === 'AH') {
    const n = hijriDayNumber(year, month, day);
    if (n === undefined) return unresolvedAs(f, `no such Hijri day: ${day}/${month}/${year}`, 0.7);
    why.push('Hijri, converted');
    f.confidence = 0.9;
    return put(f, dayValue(n));
  }
  if (!isValidDate(year, month, day)) return unresolvedAs(f, `no such day: ${day}/${month}/${year}`, 0.7);
  return put(f, dayValue(dayNumber(year, month, day)));
}

/** 12/5: day and month only, with a slash; the year comes from the article date. */
function dayMonth(ctx: Ctx, i: number, read: NumericParts): Found | undefined {
  const a = read.parts[0];
  const b = read.parts[1];
  if (read.sep !== SLASH || a.digits > 2 || b.digits > 2 || a.num < 1 || a.num > 31 || b.num < 1 || b.num > 12) return undefined;
  const why = ['rule: numeric day/month, year from the article date'];
  const f = mk(i, read.end, 'DATE', 'day', true, 0.6, why);
  f.parts = { day: a.num, month: b.num, calendar: 'gregorian' };
  if (ctx.anchor === undefined) return unresolvedAs(f, NO_ANCHOR, 0.5);
  const year = ctx.anchor.year;
  if (!isValidDate(year, b.num, a.num)) return unresolvedAs(f, `no such day: ${a.num}/${b.num}/${year}`, 0.5);
  return put(f, dayValue(dayNumber(year, b.num, a.num)));
}
