// Durations (لمدة ثلاثة أيام، خلال أسبوعين، عامين) and sets (يوميا، كل أسبوع، كل يوم جمعة).
// A duration is not anchored: its value is an ISO-8601 period (P3D, P2W, PT2H).
import type { Ctx, Found } from './found';
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
  return {
    from, to: half ? count.end + 1 : count.end, label: 'DURATION', value, grain: 'duration',
    anchored: false, confidence: prep ? 0.85 : 0.7, why: ['rule: duration'],
  };
}

export function setRule(ctx: Ctx, i: number): Found | undefined {
  const lex = ctx.lex;
  if (lex[i]?.key === EVERY && lex[i].proclitic === '') {
    const j = lex[i + 1]?.key === DAY ? i + 2 : i + 1;
    const wd = matchBareAt(lex, j, WEEKDAYS);
    if (wd !== undefined) {
      return { from: i, to: wd.end, label: 'SET', value: `XXXX-WXX-${wd.value.value}`, grain: 'set', anchored: false, confidence: 0.85, why: ['rule: every weekday'] };
    }
  }
  // كل ثلاثة أشهر: every N units
  if (lex[i]?.key === EVERY && lex[i].proclitic === '') {
    const count = countAt(ctx, i + 1);
    if (count !== undefined && count.explicit) {
      return { from: i, to: count.end, label: 'SET', value: durationValue(count.unit, count.count), grain: 'set', anchored: false, confidence: 0.85, why: ['rule: every N units'] };
    }
  }
  const hit = matchAt(lex, i, SET_WORDS);
  if (hit === undefined) return undefined;
  return { from: i, to: hit.end, label: 'SET', value: hit.value, grain: 'set', anchored: false, confidence: 0.85, why: ['rule: recurrence'] };
}
