// Decades and centuries: الثمانينيات، تسعينيات القرن الماضي، عقد السبعينات، القرن العشرين، القرن الماضي.
// TIMEX3 writes a decade as its first three digits (199) and a century as its first two (19).
import { put, mk, unanchored, type Ctx, type Found } from './found';
import { foldArabic } from './fold';
import { parseNumberWords } from './numberWords';
import { matchBareAt } from './stream';
import { RELATIVE_MODIFIERS } from './words';
import { dayNumber, pad } from './calendar';

const DECADES = new Map<string, number>();
const STEMS: Array<[number, string]> = [[2, 'عشرين'], [3, 'ثلاثين'], [4, 'أربعين'], [5, 'خمسين'], [6, 'ستين'], [7, 'سبعين'], [8, 'ثمانين'], [9, 'تسعين']];
for (const [tens, stem] of STEMS) {
  for (const suffix of ['يات', 'ات']) {
    DECADES.set(foldArabic(stem + suffix), tens);
    DECADES.set(foldArabic('ال' + stem + suffix), tens);
  }
}
const CENTURY = foldArabic('القرن');
const DECADE_WORD = foldArabic('عقد');
const OF = foldArabic('من');

interface CenturyHit { century: number; end: number; anchored: boolean }

/** القرن العشرين -> 19 (its first two digits), القرن الماضي -> the article's century minus one. */
function centuryAt(ctx: Ctx, i: number): CenturyHit | 'no-anchor' | undefined {
  if (ctx.lex[i]?.key !== CENTURY) return undefined;
  const ord = parseNumberWords(ctx.lex[i + 1]?.norm ?? '', ctx.lex[i + 2]?.norm);
  if (ord !== undefined && ord.ordinal) return { century: ord.value - 1, end: i + 1 + ord.words, anchored: false };
  const rel = matchBareAt(ctx.lex, i + 1, RELATIVE_MODIFIERS);
  if (rel === undefined || rel.value.narrative) return undefined;
  if (ctx.anchor === undefined) return 'no-anchor';
  const step = rel.value.dir === 'past' ? -1 : rel.value.dir === 'next' ? 1 : 0;
  return { century: Math.floor(ctx.anchor.year / 100) + step, end: rel.end, anchored: true };
}

export function centuryRule(ctx: Ctx, i: number): Found | undefined {
  const hit = centuryAt(ctx, i);
  if (hit === undefined) return undefined;
  if (hit === 'no-anchor') return unanchored(i, i + 2, 'DATE', 'century', 'rule: century');
  const first = hit.century * 100;
  const f = mk(i, hit.end, 'DATE', 'century', hit.anchored, 0.85, ['rule: century']);
  return put(f, { value: pad(hit.century, 2), grain: 'century', firstDay: dayNumber(first, 1, 1), lastDay: dayNumber(first + 99, 12, 31) });
}

export function decadeRule(ctx: Ctx, i: number): Found | undefined {
  const j = ctx.lex[i]?.key === DECADE_WORD ? i + 1 : i;
  const tens = DECADES.get(ctx.lex[j]?.key ?? '');
  if (tens === undefined) return undefined;
  let end = j + 1;
  let century = 19;
  let anchored = false;
  const why = ['rule: decade'];
  const k = ctx.lex[end]?.norm === OF ? end + 1 : end;
  const c = centuryAt(ctx, k);
  if (c !== undefined && c !== 'no-anchor') {
    century = c.century;
    anchored = c.anchored;
    end = c.end;
  } else why.push('century not written: 19xx assumed');
  const first = century * 100 + tens * 10;
  const f = mk(i, end, 'DATE', 'decade', anchored, c ? 0.9 : 0.75, why);
  return put(f, { value: `${pad(century, 2)}${tens}`, grain: 'decade', firstDay: dayNumber(first, 1, 1), lastDay: dayNumber(first + 9, 12, 31) });
}

export function decadeKeys(): string[] {
  return [...DECADES.keys(), CENTURY, DECADE_WORD];
}
