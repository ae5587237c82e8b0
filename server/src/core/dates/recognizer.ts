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
  return mergeWeekdayPrefixes(ctx, out);
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
