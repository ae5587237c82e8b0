// The article date (DCT) from the article itself: a dateline (2024.05.12 | 12:52 دمشق), a header line
// (التاريخ: 12 أيار 2024) or a worded date near the top (دمشق - 12 أيار 2024). Only the first few lines
// are read, and only a full day date (day, month and year written) counts; a time right after it is kept.
import type { DocumentDate, Token } from '../types';
import { tokenize } from '../text';
import { clockRule } from './clock';
import type { Ctx, Found } from './found';
import { foldArabic } from './fold';
import { keyStart, type LexiconIndex } from './stream';

const MAX_LINES = 3;
const MAX_CHARS = 400;
const HOUR = foldArabic('الساعة');
const HEADER_LABELS = ['التاريخ', 'تاريخ', 'تاريخ النشر', 'نشر', 'بتاريخ', 'نشر في', 'date', 'published'].map(foldArabic);

/** True when text[from, to) holds anything but spaces, tabs and carriage returns (stops at the first such). */
function hasText(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0d && c !== 0x09) return true;
  }
  return false;
}

/** A header line names what it holds: "التاريخ: ..." / "Date: ...". */
function isHeaderLine(text: string, start: number, dateStart: number): boolean {
  const before = text.slice(start, dateStart);
  const colon = before.search(/[:：]/);
  if (colon < 0) return false;
  return HEADER_LABELS.includes(foldArabic(before.slice(0, colon).trim().toLowerCase()));
}

/**
 * Reads the top line by line and stops at the first line that holds a full day date: a dateline is
 * usually the first line, so only a handful of tokens are made and matched rather than the whole top. A
 * date never spans a line break. `text` is the top of the article; a word crossing the end of the top
 * (400 characters) is not read.
 */
export function findDocumentDate(text: string, findAll: (ctx: Ctx) => Found[], index: LexiconIndex): DocumentDate | undefined {
  // the top ends after MAX_LINES lines with text, or at MAX_CHARS: counted line by line as they are read,
  // since the date is usually on the first line (a scan of the whole top first cost more than the rest)
  const cap = Math.min(text.length, MAX_CHARS);
  let linesWithText = 0;
  for (let start = 0; start < cap && linesWithText < MAX_LINES; ) {
    const nl = text.indexOf('\n', start);
    const lineEnd = nl < 0 ? text.length : nl;
    const tokens = tokenize(text.slice(start, lineEnd)).filter((t) => t.end <= cap - start);
    const found = tokens.length > 0 ? dateOnLine(text, start, tokens, findAll, index) : undefined;
    if (found !== undefined) return found;
    if (hasText(text, start, Math.min(lineEnd, cap))) linesWithText++;
    if (nl < 0) break;
    start = nl + 1;
  }
  return undefined;
}

/** The first full day date on the line at `lineStart` (tokens relative to it), with a time right after it. */
function dateOnLine(
  text: string, lineStart: number, tokens: readonly Token[], findAll: (ctx: Ctx) => Found[], index: LexiconIndex,
): DocumentDate | undefined {
  // no digit and no month, weekday or other temporal word: this line cannot hold a date
  const lex = index.lexOf(tokens);
  if (lex === undefined) return undefined;
  const ctx: Ctx = { tokens, lex };
  const date = findAll(ctx).find((f) => f.label === 'DATE' && f.grain === 'day' && !f.anchored && f.value !== undefined);
  if (date === undefined || date.value === undefined) return undefined;
  const start = lineStart + keyStart(tokens, lex, date.from);
  let spanEnd = lineStart + tokens[date.to - 1].end;
  let value = date.value;
  const time = timeAfter(ctx, date.to);
  if (time !== undefined && time.value !== undefined) {
    value += time.value.slice(time.value.indexOf('T'), time.value.indexOf('T') + 6);
    spanEnd = lineStart + tokens[time.to - 1].end;
  }
  const origin = isHeaderLine(text, lineStart, start) ? 'header' : 'dateline';
  return { value, origin, span: { start, end: spanEnd } };
}

/** A clock time within two tokens after the date (skipping a separator such as | or -). */
function timeAfter(ctx: Ctx, i: number): Found | undefined {
  for (let k = i; k < Math.min(ctx.lex.length, i + 3); k++) {
    const f = clockRule(ctx, k);
    if (f !== undefined) return f;
    if (ctx.tokens[k].kind === 'word' && ctx.lex[k].key !== HOUR) return undefined;
  }
  return undefined;
}
