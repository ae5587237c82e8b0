// The temporal recognizer: runs the grammar rules over one sentence, keeps the longest match at each
// position, and turns matches into Suggestions. A sentence with no digit and no trigger word costs one
// cached Map lookup per token and nothing else.
import type { TemporalRecognizer, SentenceInput } from '../recognizers';
import type { DocumentDate, Suggestion, Token } from '../types';
import { parseAnchor } from './calendar';
import { clockRule, partOfDayRule } from './clock';
import { centuryRule, decadeRule } from './decades';
import { findDocumentDate } from './documentDate';
import { durationRule, setRule } from './durations';
import type { Ctx, Found, Rule } from './found';
import { modRule, untilRule } from './mods';
import { numericDateRule } from './numeric';
import { quarterRule, seasonRule, yearRule } from './periods';
import { rangeRule } from './ranges';
import { cycleRule, offsetRule, relativeDayRule, weekdayRule } from './relative';
import { LexiconIndex, type Lex } from './stream';
import { knownWords, triggerWords } from './vocabulary';
import { wordedDateRule } from './worded';

const BASE_RULES: Rule[] = [
  numericDateRule, wordedDateRule, modRule, yearRule, relativeDayRule, weekdayRule, cycleRule, offsetRule, seasonRule,
  quarterRule, decadeRule, centuryRule, partOfDayRule, clockRule, setRule, durationRule,
];
const ALL_RULES: Rule[] = [rangeRule(BASE_RULES), untilRule(BASE_RULES), ...BASE_RULES];

/** Longest match at lex[i] over all rules; on equal length the earlier rule wins. */
function bestAt(ctx: Ctx, i: number, rules: readonly Rule[]): Found | undefined {
  let best: Found | undefined;
  for (const rule of rules) {
    const f = rule(ctx, i);
    if (f !== undefined && f.to > i && (best === undefined || f.to > best.to)) best = f;
  }
  return best;
}

/** All non-overlapping matches in a token run, left to right. */
export function findAll(ctx: Ctx): Found[] {
  const out: Found[] = [];
  let i = 0;
  while (i < ctx.lex.length) {
    let f = bestAt(ctx, i, ALL_RULES);
    // a rule that skipped a signal word (لمدة شهر) must not hide a longer match where it starts (خلال شهر رمضان)
    if (f !== undefined && f.from > i) {
      const there = bestAt(ctx, f.from, ALL_RULES);
      if (there !== undefined && there.to > f.to) f = there;
    }
    if (f === undefined) {
      i++;
      continue;
    }
    out.push(f);
    i = f.to;
  }
  return out;
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
  readonly index = new LexiconIndex(knownWords(), triggerWords());

  findDocumentDate(text: string, tokens: Token[]): DocumentDate | undefined {
    return findDocumentDate(text, tokens, (lex) => findAll({ lex }), this.index);
  }

  recognize(input: SentenceInput, dct: DocumentDate): Suggestion[] {
    if (!this.index.mayContainTemporal(input.tokens)) return [];
    const lex = this.index.toLex(input.tokens);
    const ctx: Ctx = { lex, anchor: dct.value ? parseAnchor(dct.value) : undefined };
    return findAll(ctx).map((f) => toSuggestion(input.text, lex, f));
  }
}
