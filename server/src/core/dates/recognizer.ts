// The temporal recognizer: runs the grammar rules over one sentence, keeps the longest match at each
// position, and turns matches into Suggestions. A sentence with no digit and no trigger word costs one
// cached Map lookup per token and nothing else.
import type { TemporalRecognizer, SentenceInput } from '../recognizers';
import type { DocumentDate, Suggestion } from '../types';
import { parseAnchor, type Anchor } from './calendar';
import { findDocumentDate } from './documentDate';
import type { Ctx, Found } from './found';
import { joinNeighbours } from './merge';
import { ALL_RULES } from './rules';
import { keyStart, LexiconIndex } from './stream';
import { knownWords, triggerWords } from './vocabulary';

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
  return joinNeighbours(ctx, out);
}


export function toSuggestion(text: string, ctx: Ctx, f: Found): Suggestion {
  const start = keyStart(ctx.tokens, ctx.lex, f.from);
  const end = ctx.tokens[f.to - 1].end;
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

  findDocumentDate(top: string): DocumentDate | undefined {
    return findDocumentDate(top, findAll, this.index);
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
    const ctx: Ctx = { tokens: input.tokens, lex, anchor: this.anchorOf(dct.value) };
    return findAll(ctx).map((f) => toSuggestion(input.text, ctx, f));
  }
}
