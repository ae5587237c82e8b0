// Times of day: 12:52، ١٢:٥٢، الساعة 3 عصرا، الساعة الثالثة بعد الظهر، السادسة صباحا، الساعة العاشرة
// والنصف بتوقيت مكة المكرمة; and parts of days: صباح اليوم، مساء أمس، ليلة الأحد، الليلة.
import { formatDay, pad } from './calendar';
import { unresolvedAs, put, mk, NO_ANCHOR, clone, type Ctx, type Found } from './found';
import { foldArabic } from './fold';
import { parseNumberWords } from './numberWords';
import { matchAt, matchBareAt, touching } from './stream';
import { relativeDayRule, weekdayRule } from './relative';
import { wordedDateRule } from './worded';
import { HOUR_WORD, PARTS_OF_DAY, THIS_WORDS, ZONES, type PartOfDay } from './words';

const TONIGHT = foldArabic('الليلة');

const COLON = 0x3a;
const ZONE_WORD = foldArabic('توقيت');
const HALF = foldArabic('النصف');
const QUARTER = foldArabic('الربع');
const THIRD = foldArabic('الثلث');
const EXCEPT = new Set(['إلا', 'الا'].map(foldArabic));
const QUARTER_WORDS = new Set(['ربعا', 'ربع', 'الربع'].map(foldArabic));
const AM = foldArabic('ص');
const PM = foldArabic('م');

interface Clock { hour: number; minute: number; end: number; numeric: boolean }

function numericClock(ctx: Ctx, j: number): Clock | undefined {
  const [h, c, m] = [ctx.lex[j], ctx.lex[j + 1], ctx.lex[j + 2]];
  if (h === undefined || h.num < 0 || h.digits > 2 || h.num > 24) return undefined;
  if (c === undefined || c.punct !== COLON || m === undefined || m.num < 0 || m.digits !== 2 || m.num > 59) return undefined;
  if (!touching(ctx.tokens, j, j + 1) || !touching(ctx.tokens, j + 1, j + 2)) return undefined;
  let end = j + 3;
  const c2 = ctx.lex[end];
  const s = ctx.lex[end + 1];
  if (c2?.punct === COLON && s !== undefined && s.num >= 0 && s.digits === 2 && touching(ctx.tokens, end - 1, end) && touching(ctx.tokens, end, end + 1)) end += 2;
  return { hour: h.num, minute: m.num, end, numeric: true };
}

function wordedHour(ctx: Ctx, j: number, hasHourWord: boolean): Clock | undefined {
  const w = ctx.lex[j];
  if (w === undefined) return undefined;
  if (w.num >= 0) return w.digits <= 2 && w.num <= 24 ? { hour: w.num, minute: 0, end: j + 1, numeric: false } : undefined;
  const n = parseNumberWords(w.key, ctx.lex[j + 1]?.norm);
  if (n === undefined || n.value < 1 || n.value > 12) return undefined;
  // without الساعة an hour is a feminine ordinal (السادسة صباحا); عرضه الأول مساء is not one o'clock
  if (!hasHourWord && !(n.ordinal && n.fem)) return undefined;
  return { hour: n.value, minute: 0, end: j + n.words, numeric: false };
}

/** والنصف، والربع، والثلث، إلا ربعا after an hour. */
function minutesAfter(ctx: Ctx, clock: Clock): void {
  const w = ctx.lex[clock.end];
  if (w === undefined) return;
  const bare = w.proclitic === 'و' ? w.key : w.norm.startsWith('و') ? w.norm.slice(1) : '';
  if (EXCEPT.has(w.norm)) {
    const q = ctx.lex[clock.end + 1];
    if (q === undefined || !QUARTER_WORDS.has(q.norm)) return;
    clock.hour -= 1;
    clock.minute = 45;
    clock.end += 2;
    return;
  }
  if (bare === HALF) clock.minute = 30;
  else if (bare === QUARTER) clock.minute = 15;
  else if (bare === THIRD) clock.minute = 20;
  else return;
  clock.end++;
}

function adjustHour(hour: number, pod: PartOfDay | 'AM' | 'PM' | undefined): number {
  if (pod === 'AF' || pod === 'EV' || pod === 'PM') return hour < 12 ? hour + 12 : hour;
  if (pod === 'MI') return hour <= 6 ? hour + 12 : hour;
  if (pod === 'NI') return hour >= 6 && hour < 12 ? hour + 12 : hour === 12 ? 0 : hour;
  if (pod === 'AM') return hour === 12 ? 0 : hour;
  return hour;
}

export function clockRule(ctx: Ctx, i: number): Found | undefined {
  const hasHourWord = matchAt(ctx.lex, i, HOUR_WORD) !== undefined;
  const j = hasHourWord ? i + 1 : i;
  const clock = numericClock(ctx, j) ?? (hasHourWord || ctx.lex[j]?.num === -1 ? wordedHour(ctx, j, hasHourWord) : undefined);
  if (clock === undefined) return undefined;
  if (!clock.numeric) minutesAfter(ctx, clock);
  let pod: PartOfDay | 'AM' | 'PM' | undefined;
  const part = matchBareAt(ctx.lex, clock.end, PARTS_OF_DAY);
  let end = clock.end;
  if (part !== undefined) [pod, end] = [part.value, part.end];
  else if (clock.numeric && (ctx.lex[end]?.norm === AM || ctx.lex[end]?.norm === PM)) [pod, end] = [ctx.lex[end].norm === AM ? 'AM' : 'PM', end + 1];
  if (!clock.numeric && !hasHourWord && pod === undefined) return undefined;
  if (!clock.numeric && !hasHourWord && ctx.lex[j].num >= 0) return undefined;
  const zone = zoneAt(ctx, end);
  const hour = adjustHour(clock.hour, pod);
  const date = ctx.anchor ? formatDay(ctx.anchor.day) : 'XXXX-XX-XX';
  const value = `${date}T${pad(hour, 2)}:${pad(clock.minute, 2)}${zone?.offset ?? ''}`;
  const why = [clock.numeric ? 'rule: clock time' : 'rule: worded time'];
  if (zone !== undefined && zone.offset === '') why.push('time zone kept in the span, offset unknown');
  return put(mk(i, zone?.end ?? end, 'TIME', 'minute', ctx.anchor !== undefined, clock.numeric || hasHourWord ? 0.9 : 0.75, why), { value, grain: 'minute' });
}

/** بتوقيت غرينتش / بتوقيت مكة المكرمة (a known fixed offset) / بتوقيت القدس (one word, no offset). */
function zoneAt(ctx: Ctx, i: number): { offset: string; end: number } | undefined {
  if (ctx.lex[i]?.key !== ZONE_WORD) return undefined;
  const hit = matchAt(ctx.lex, i + 1, ZONES);
  if (hit !== undefined) return { offset: hit.value, end: hit.end };
  const w = ctx.lex[i + 1];
  return w !== undefined && ctx.tokens[i + 1].kind === 'word' ? { offset: '', end: i + 2 } : { offset: '', end: i + 1 };
}

/** صباح اليوم، مساء أمس، ليلة الأحد، فجر الجمعة الماضي، الليلة، هذا المساء. */
export function partOfDayRule(ctx: Ctx, i: number): Found | undefined {
  const hasThis = THIS_WORDS.has(ctx.lex[i]?.key);
  const part = matchAt(ctx.lex, hasThis ? i + 1 : i, PARTS_OF_DAY);
  if (part === undefined) return undefined;
  const tonight = ctx.lex[i].key === TONIGHT;
  const day = hasThis || tonight ? undefined : relativeDayRule(ctx, part.end) ?? weekdayRule(ctx, part.end) ?? wordedDateRule(ctx, part.end);
  if (day === undefined && !hasThis && !tonight) return undefined;
  if (day !== undefined && day.grain !== 'day') return undefined;
  const to = day?.to ?? part.end;
  const why = ['rule: part of day'];
  if (day === undefined && ctx.anchor === undefined) return unresolvedAs(mk(i, to, 'TIME', 'part-of-day', true, 0.6, why), NO_ANCHOR, 0.6);
  if (day !== undefined && day.value === undefined) {
    const c = clone(day);
    [c.from, c.to, c.label, c.grain] = [i, to, 'TIME', 'part-of-day'];
    return c;
  }
  const base = day?.value ?? formatDay(ctx.anchor?.day ?? 0);
  return put(mk(i, to, 'TIME', 'part-of-day', day?.anchored ?? true, 0.85, why), { value: `${base}T${part.value}`, grain: 'part-of-day' });
}
