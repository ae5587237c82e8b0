// Ranges: من 13 إلى 15 تموز، بين 13 و15 تموز، 13-15 تموز، من أيار إلى تموز 2024، بين عامي 2011 و2014،
// من عام 2011 حتى عام 2014. The left side inherits the month and year the right side writes.
import { formatDay } from './calendar';
import { clone, mk, put, unresolvedAs, type RuleSet, type Ctx, type DateParts, type Found, type Rule } from './found';
import { foldArabic } from './fold';
import { resolveMonthDate } from './resolveMonth';
import { matchAt, touching } from './stream';
import { RANGE_JOINERS, RANGE_OPENERS, YEAR_WORDS } from './words';
import { yearValue } from './values';
import { PAUSE_WORDS } from './periods';
import { monthAt } from './worded';

const AND = foldArabic('و');
const DAY_WORD = foldArabic('يوم');
const DASH = 0x2d;

interface Side { found?: Found; bareNumber?: number; end: number }

function sideAt(ctx: Ctx, at: number, base: RuleSet): Side | undefined {
  // من يوم 13 ... إلى يوم 15 ...: يوم before a day number is part of the side
  const i = ctx.lex[at]?.key === DAY_WORD && (ctx.lex[at + 1]?.num ?? -1) >= 0 ? at + 1 : at;
  const best = base.longestAt(ctx, i);
  if (best !== undefined) return { found: best, end: best.to };
  // من أيار إلى تموز: a bare month reads as a date here, whatever else the name can mean
  const month = monthAt(ctx, i);
  if (month !== undefined) {
    const parts: DateParts = { month: month.word.month, calendar: month.word.calendar };
    const resolved = resolveMonthDate(parts, ctx.anchor);
    const found = mk(i, month.end, 'DATE', 'month', true, 0.8, []);
    found.parts = parts;
    if (typeof resolved !== 'string' && ctx.anchor !== undefined) put(found, resolved);
    return { found, end: month.end };
  }
  const w = ctx.lex[i];
  if (w !== undefined && w.num >= 0) return { bareNumber: w.num, end: i + 1 };
  // عامي 2011 و2014: the year word covers both numbers
  const yw = matchAt(ctx.lex, i, YEAR_WORDS);
  const n = yw ? ctx.lex[yw.end] : undefined;
  if (n !== undefined && n.num >= 1000 && n.digits === 4) return { bareNumber: n.num, end: yw!.end + 1 };
  return undefined;
}

/** Where the right side starts after a joiner: إلى / حتى / و (a token or a proclitic) / -. */
function joinerEnd(ctx: Ctx, i: number, opener: 'from' | 'between' | 'dash'): number | undefined {
  const w = ctx.lex[i];
  if (w === undefined) return undefined;
  if (opener === 'dash') return w.punct === DASH ? i + 1 : undefined;
  if (opener === 'from') return matchAt(ctx.lex, i, RANGE_JOINERS)?.end;
  if (w.norm === AND) return i + 1;
  if (w.proclitic === 'و') return i; // وعام 2014، و15 (the right side starts inside this token)
  return undefined;
}

export function rangeRule(base: RuleSet): Rule {
  return (ctx, i) => {
    const opener = matchAt(ctx.lex, i, RANGE_OPENERS);
    if (opener !== undefined) return rangeFrom(ctx, i, opener.end, opener.value, base);
    const w = ctx.lex[i];
    if (w.num >= 1 && w.digits <= 2 && ctx.lex[i + 1]?.punct === DASH && touching(ctx.tokens, i, i + 1)) return rangeFrom(ctx, i, i, 'dash', base);
    return undefined;
  };
}

function rangeFrom(ctx: Ctx, from: number, i: number, opener: 'from' | 'between' | 'dash', base: RuleSet): Found | undefined {
  const left = sideAt(ctx, i, base);
  if (left === undefined) return undefined;
  const j = joinerEnd(ctx, left.end, opener);
  if (j === undefined) return undefined;
  const right = sideAt(ctx, j, base);
  if (right === undefined) return undefined;
  const r = right.found ?? rightYear(ctx, j, right, left);
  if (r === undefined || r.label !== 'DATE') return undefined;
  const l = left.found ?? leftFromNumber(ctx, left.bareNumber, r);
  if (l === undefined || l.label !== 'DATE') return undefined;
  return combine(ctx, from, right.end, l, r);
}

/** 2014 in "بين عامي 2011 و2014" / "من 2011 إلى 2014": a bare year only after a year on the left, before a pause. */
function rightYear(ctx: Ctx, j: number, right: Side, left: Side): Found | undefined {
  const n = right.bareNumber;
  if (n === undefined || n < 1800 || n > 2100) return undefined;
  const leftYear = left.found?.grain === 'year' || (left.bareNumber !== undefined && left.bareNumber >= 1800 && left.bareNumber <= 2100);
  const after = ctx.lex[right.end];
  const pause = after === undefined || after.punct !== 0 || after.proclitic === 'و' || PAUSE_WORDS.has(after.norm);
  // after "عامي 2011" the right year needs nothing more; after a bare 2011 it must end the phrase
  if (!leftYear || (left.found === undefined && !pause)) return undefined;
  return put(mk(j, right.end, 'DATE', 'year', false, 0.8, ['rule: year']), yearValue(n));
}

/** The bare left side of a range: a day (13 in "من 13 إلى 15 تموز") or a year (2011 in "بين عامي 2011 و2014"). */
function leftFromNumber(ctx: Ctx, n: number | undefined, right: Found): Found | undefined {
  if (n === undefined) return undefined;
  if (right.grain === 'year' && n >= 1000 && n <= 2200) return put(mk(0, 0, 'DATE', 'year', false, 0.8, []), yearValue(n));
  if (right.parts?.day === undefined || n < 1 || n > 31) return undefined;
  const parts: DateParts = { day: n, month: right.parts.month, year: right.parts.year, calendar: right.parts.calendar };
  const resolved = right.value === undefined ? undefined : resolveMonthDate(parts, ctx.anchor);
  const f = mk(0, 0, 'DATE', 'day', right.anchored, 0.9, []);
  f.parts = parts;
  if (resolved === undefined || typeof resolved === 'string') return unresolvedAs(f, resolved ?? right.unresolved ?? 'no value', 0.7);
  return put(f, resolved);
}

/** The side without a written year, resolved again with the other side's year. */
function withYearOf(ctx: Ctx, side: Found, other: Found): Found {
  if (!side.parts || !other.parts || side.parts.year !== undefined || other.parts.year === undefined || !side.anchored) return side;
  const parts: DateParts = { day: side.parts.day, month: side.parts.month, year: other.parts.year, calendar: side.parts.calendar };
  const resolved = resolveMonthDate(parts, ctx.anchor);
  if (typeof resolved === 'string') return side;
  const f = put(clone(side), resolved);
  f.anchored = other.anchored;
  f.parts = parts;
  return f;
}

function combine(ctx: Ctx, from: number, to: number, l: Found, r0: Found): Found {
  // من أيار إلى تموز 2024 / من 2 فيفري 2017 إلى 5 فيفري: a side without a year takes the other side's
  const left = withYearOf(ctx, l, r0);
  const r = withYearOf(ctx, r0, left);
  const f = mk(from, to, 'DATE', r.grain, left.anchored || r.anchored, Math.min(left.confidence, r.confidence), ['rule: range', ...r.why]);
  const unresolved = left.unresolved ?? r.unresolved;
  if (unresolved !== undefined || left.firstDay === undefined || r.lastDay === undefined) return unresolvedAs(f, unresolved ?? 'range ends could not be normalized', f.confidence);
  if (left.firstDay > r.lastDay) return unresolvedAs(f, 'the range ends before it starts', f.confidence);
  const simple = left.grain === r.grain && left.value !== undefined && r.value !== undefined && !left.value.includes('/') && !r.value.includes('/');
  const value = simple ? `${left.value}/${r.value}` : `${formatDay(left.firstDay)}/${formatDay(r.lastDay)}`;
  return put(f, { value, grain: r.grain, firstDay: left.firstDay, lastDay: r.lastDay });
}
