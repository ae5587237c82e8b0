// Durations (لمدة ثلاثة أيام، خلال أسبوعين، عامين) and sets (يوميا، كل أسبوع، كل يوم جمعة).
// A duration is not anchored: its value is an ISO-8601 period (P3D, P2W, PT2H).
import { mk, put, type Ctx, type Found } from './found';
import { countAt } from './counts';
import { foldArabic } from './fold';
import { matchAt, matchBareAt } from './stream';
import { durationValue } from './values';
import { DURATION_PREPOSITIONS, SET_WORDS, WEEKDAYS } from './words';

const EVERY = foldArabic('كل');
const DAY = foldArabic('يوم');
const AND_HALF = foldArabic('ونصف');

export function durationRule(ctx: Ctx, i: number): Found | undefined {
  const prep = matchAt(ctx.lex, i, DURATION_PREPOSITIONS);
  const j = prep ? prep.end : i;
  const count = countAt(ctx, j);
  if (count === undefined) return undefined;
  // without a preposition only a written number (3 أيام، ثلاثة أيام، يومين) makes a duration
  if (prep === undefined && !count.explicit) return undefined;
  // the preposition (لمدة، خلال) is a signal, not part of the duration: the span is "ثلاثة أيام"
  const from = j;
  // ساعة ونصف، ثلاث ساعات ونصف
  const half = count.unit === 'H' && ctx.lex[count.end]?.norm === AND_HALF;
  const value = half ? `PT${count.count}H30M` : durationValue(count.unit, count.count);
  return put(mk(from, half ? count.end + 1 : count.end, 'DURATION', 'duration', false, prep ? 0.85 : 0.7, ['rule: duration']), { value, grain: 'duration' });
}

export function setRule(ctx: Ctx, i: number): Found | undefined {
  const lex = ctx.lex;
  if (lex[i]?.key === EVERY && lex[i].proclitic === '') {
    const j = lex[i + 1]?.key === DAY ? i + 2 : i + 1;
    const wd = matchBareAt(lex, j, WEEKDAYS);
    if (wd !== undefined) {
      return put(mk(i, wd.end, 'SET', 'set', false, 0.85, ['rule: every weekday']), { value: `XXXX-WXX-${wd.value.value}`, grain: 'set' });
    }
  }
  // كل ثلاثة أشهر: every N units
  if (lex[i]?.key === EVERY && lex[i].proclitic === '') {
    const count = countAt(ctx, i + 1);
    if (count !== undefined && count.explicit) {
      return put(mk(i, count.end, 'SET', 'set', false, 0.85, ['rule: every N units']), { value: durationValue(count.unit, count.count), grain: 'set' });
    }
  }
  const hit = matchAt(lex, i, SET_WORDS);
  if (hit === undefined) return undefined;
  return put(mk(i, hit.end, 'SET', 'set', false, 0.85, ['rule: recurrence']), { value: hit.value, grain: 'set' });
}
