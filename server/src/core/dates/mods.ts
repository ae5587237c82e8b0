// Parts of a period (مطلع/منتصف/أواخر الشهر، نهاية العام، مطلع تموز، منتصف 2023، نهاية الأسبوع) and
// open intervals up to a date (حتى نهاية العام). A part keeps its period's value (TIMEX3 mod) and says
// which part in `mod`; the first/last day are narrowed to the matching third.
import { formatWeek } from './calendar';
import { clone, mk, put, type RuleSet, type Ctx, type Found, type Rule } from './found';
import { foldArabic } from './fold';
import { cycleValue } from './relative';
import { matchAt, matchBareAt } from './stream';
import { applyMod, intervalValue, yearValue } from './values';
import { CYCLES, MODS, RELATIVE_MODIFIERS, UNTIL_WORDS } from './words';
import { wordedDateRule } from './worded';
import { yearRule } from './periods';
import { centuryRule, decadeRule } from './decades';

const WEEK = foldArabic('الأسبوع');

/** A period after a modifier: الشهر (current), الشهر المقبل, تموز, عام 2024, 2023. */
function periodAt(ctx: Ctx, i: number): Found | undefined {
  const cycle = matchBareAt(ctx.lex, i, CYCLES);
  if (cycle !== undefined) {
    const rel = matchBareAt(ctx.lex, cycle.end, RELATIVE_MODIFIERS);
    return cycleValue(ctx, i, rel?.end ?? cycle.end, cycle.value.unit, rel?.value.dir ?? 'this');
  }
  const worded = wordedDateRule(ctx, i);
  if (worded !== undefined && worded.grain === 'month') return worded;
  return bareNumberYear(ctx, i) ?? yearRule(ctx, i) ?? decadeRule(ctx, i) ?? centuryRule(ctx, i);
}

/** منتصف 2023: a four-digit year right after a modifier, even before more words. */
function bareNumberYear(ctx: Ctx, i: number): Found | undefined {
  const w = ctx.lex[i];
  if (w === undefined || w.num < 1000 || w.digits !== 4 || w.num > 2200) return undefined;
  return put(mk(i, i + 1, 'DATE', 'year', false, 0.8, ['rule: year after a modifier']), yearValue(w.num));
}

export function modRule(ctx: Ctx, i: number): Found | undefined {
  const mod = matchAt(ctx.lex, i, MODS);
  if (mod === undefined) return undefined;
  const base = periodAt(ctx, mod.end);
  if (base === undefined) return undefined;
  const found = clone(base);
  found.from = i;
  found.why = [...base.why, `mod=${mod.value}`];
  // نهاية الأسبوع is the weekend (TIMEX3 -WE), not the last third of the week
  if (mod.value === 'END' && ctx.lex[mod.end].key === WEEK && base.firstDay !== undefined && base.value !== undefined) {
    return put(found, { value: formatWeek(base.firstDay) + '-WE', grain: 'week', firstDay: base.firstDay + 5, lastDay: base.firstDay + 6 });
  }
  found.mod = mod.value;
  if (base.value === undefined) return found;
  const part = applyMod(base, mod.value);
  found.firstDay = part.firstDay;
  found.lastDay = part.lastDay;
  return found;
}

/** حتى نهاية العام: from the article date up to a later date (only when that date is after it). */
export function untilRule(base: RuleSet): Rule {
  return (ctx, i) => {
    const until = matchAt(ctx.lex, i, UNTIL_WORDS);
    if (until === undefined || ctx.anchor === undefined) return undefined;
    const target = base.longestAt(ctx, until.end);
    if (target === undefined || target.lastDay === undefined || target.firstDay === undefined || target.label !== 'DATE') return undefined;
    const end = target.mod === 'START' ? target.firstDay : target.lastDay;
    if (end <= ctx.anchor.day) return undefined;
    const f = put(clone(target), intervalValue(ctx.anchor.day, end, 'day'));
    [f.from, f.anchored, f.mod] = [i, true, undefined];
    f.why = [...target.why, 'rule: until, from the article date'];
    return f;
  };
}
