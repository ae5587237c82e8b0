// The temporal recognizer: runs the grammar rules over one sentence, keeps the longest match at each
// position, and turns matches into Suggestions. A sentence with no digit and no trigger word costs one
// cached Map lookup per token and nothing else.
import type { TemporalRecognizer, SentenceInput } from '../recognizers';
import type { DocumentDate, Suggestion, Token } from '../types';
import { parseAnchor, type Anchor } from './calendar';
import { findDocumentDate } from './documentDate';
import { clone, type Ctx, type Found } from './found';
import { ALL_RULES } from './rules';
import { LexiconIndex, type Lex } from './stream';
import { foldArabic } from './fold';
import { knownWords, triggerWords } from './vocabulary';

const COMMAS = new Set([0x060c, 0x2c]);

/** All non-overlapping matches in a token run, left to right. */
export function findAll(ctx: Ctx): Found[] {
  const out: Found[] = [];
  let i = 0;
  const n = ctx.lex.length;
  while (i < n) {
    if (!ctx.lex[i].starts) {
      i++;
      continue;
    }
    let f = ALL_RULES.longestAt(ctx, i);
    // a rule that skipped a signal word (لمدة شهر) must not hide a longer match where it starts (خلال شهر رمضان)
    if (f !== undefined && f.from > i) {
      const there = ALL_RULES.longestAt(ctx, f.from);
      if (there !== undefined && there.to > f.to) f = there;
    }
    if (f === undefined) {
      i++;
      continue;
    }
    out.push(f);
    i = f.to;
  }
  return rebaseTimes(ctx, mergeWeekdayPrefixes(ctx, out));
}

/** How many tokens may separate a clock time from the written day it belongs to (الساعة 10 من صباح يوم 5 أيار). */
const TIME_DATE_GAP = 4;
const LINK_WORDS = new Set(['من', 'في', 'يوم', 'عند', 'على', 'تمام', 'حوالي', 'نحو', 'صباح', 'مساء', 'ظهر', 'عصر', 'فجر', 'ليلة'].map(foldArabic));

/**
 * A clock time takes its day from a written day date next to it in the sentence ("في 5 أيار 2024 الساعة
 * 10:30"), not from the article date.
 */
function rebaseTimes(ctx: Ctx, found: Found[]): Found[] {
  for (let k = 0; k < found.length; k++) {
    const t = found[k];
    if (t.label !== 'TIME' || t.value === undefined || t.grain !== 'minute' || !t.why[0]?.endsWith('time')) continue;
    const day = nearestDayDate(ctx, found, k);
    if (day?.value === undefined) continue;
    t.value = day.value + t.value.slice(t.value.indexOf('T'));
    t.anchored = day.anchored;
    t.why = [...t.why, 'day from the date written next to it'];
  }
  return found;
}

function nearestDayDate(ctx: Ctx, found: Found[], k: number): Found | undefined {
  const t = found[k];
  const before = found[k - 1];
  const after = found[k + 1];
  if (isDayDate(before) && linked(ctx, before!.to, t.from)) return before;
  if (isDayDate(after) && linked(ctx, t.to, after!.from)) return after;
  return undefined;
}

function isDayDate(f: Found | undefined): boolean {
  return f !== undefined && f.label === 'DATE' && f.grain === 'day' && f.value !== undefined && !f.value.includes('/');
}

/** Only small linking words between a time and its day: "الساعة 10 من صباح يوم 5 أيار", not "9:15 وغادر غدا". */
function linked(ctx: Ctx, from: number, to: number): boolean {
  if (to - from > TIME_DATE_GAP) return false;
  for (let k = from; k < to; k++) {
    const w = ctx.lex[k];
    if (w.punct === 0 && !LINK_WORDS.has(w.key)) return false;
    if (w.punct !== 0 && !COMMAS.has(w.punct)) return false;
  }
  return true;
}

/**
 * A weekday or a relative day right before a full day date is part of it, and the written date decides the
 * value: "الخميس 8-2-2024"، "اليوم الاثنين 5 ديسمبر 2016"، "مساء يوم الخميس 18 ماي 2017".
 */
function mergeWeekdayPrefixes(ctx: Ctx, found: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const prev = out[out.length - 1];
    const gap = prev === undefined ? -1 : f.from - prev.to;
    const adjacent = gap === 0 || (gap === 1 && COMMAS.has(ctx.lex[prev!.to].punct));
    if (prev !== undefined && adjacent && isDayPrefix(prev) && f.label === 'DATE' && f.grain === 'day') {
      const merged = clone(f);
      merged.from = prev.from;
      merged.why = [...f.why, 'with its weekday'];
      if (prev.label === 'TIME' && f.value !== undefined && prev.value !== undefined) {
        merged.label = 'TIME';
        merged.grain = 'part-of-day';
        merged.value = f.value + prev.value.slice(prev.value.indexOf('T'));
      }
      out[out.length - 1] = merged;
    } else out.push(f);
  }
  return out;
}

/** A weekday, a relative day (اليوم الاثنين) or a part of such a day (مساء الخميس). */
function isDayPrefix(f: Found): boolean {
  const why = f.why[0] ?? '';
  return why.startsWith('rule: weekday') || why.startsWith('rule: relative day') || (why === 'rule: part of day' && f.grain === 'part-of-day');
}

export function toSuggestion(text: string, lex: readonly Lex[], f: Found): Suggestion {
  const start = lex[f.from].start;
  const end = lex[f.to - 1].tok.end;
  const s: Suggestion = {
    start, end, text: text.slice(start, end), label: f.label, source: 'rule',
    confidence: Math.max(0.05, Math.min(1, Math.round(f.confidence * 100) / 100)), grain: f.grain, anchored: f.anchored, why: f.why,
  };
  if (f.unresolved !== undefined) s.unresolved = f.unresolved;
  else if (f.value !== undefined) s.value = f.value;
  return s;
}

export class ArabicTemporalRecognizer implements TemporalRecognizer {
  readonly index = new LexiconIndex(knownWords(), triggerWords(), new Set(ALL_RULES.starterWords()));

  findDocumentDate(text: string, tokens: Token[]): DocumentDate | undefined {
    return findDocumentDate(text, tokens, (lex) => findAll({ lex }), this.index);
  }

  private lastDct = '';
  private lastAnchor: Anchor | undefined;

  /** The article date parsed once per document, not once per sentence. */
  private anchorOf(value: string): Anchor | undefined {
    if (value !== this.lastDct) {
      this.lastDct = value;
      this.lastAnchor = value ? parseAnchor(value) : undefined;
    }
    return this.lastAnchor;
  }

  recognize(input: SentenceInput, dct: DocumentDate): Suggestion[] {
    const lex = this.index.lexOf(input.tokens);
    if (lex === undefined) return [];
    const ctx: Ctx = { lex, anchor: this.anchorOf(dct.value) };
    return findAll(ctx).map((f) => toSuggestion(input.text, lex, f));
  }
}
