// What a grammar rule returns before it becomes a Suggestion: token range, label, value and the
// structured parts a range rule needs to inherit a month or a year (من 13 إلى 15 تموز).
import type { Grain, TemporalLabel, Token } from '../types';
import type { Anchor } from './calendar';
import type { Lex } from './stream';
import { numberStartBits } from './numberStarts';
import { answerOf, registerTable, type WordTable } from './wordTables';
import type { Mod } from './words';

export interface Ctx {
  /** the sentence's tokens, for offsets and kinds */
  tokens: readonly Token[];
  /** what each token means to the grammar (same indices as tokens) */
  lex: Lex[];
  /** the article date, when there is one */
  anchor?: Anchor;
}

/** Calendar parts of an absolute date as written, before defaults are filled in. */
export interface DateParts {
  day?: number;
  month?: number;
  year?: number;
  calendar: 'gregorian' | 'hijri';
}

export interface Found {
  /** token range in ctx.lex, half-open */
  from: number;
  to: number;
  label: TemporalLabel;
  value?: string;
  grain: Grain;
  anchored: boolean;
  confidence: number;
  why: string[];
  unresolved?: string;
  mod?: Mod;
  /** first and last day covered, as day numbers (for ranges and حتى) */
  firstDay?: number;
  lastDay?: number;
  parts?: DateParts;
}

/**
 * A Found with every field present, always in this order, so that every Found shares one hidden class
 * (object spreads of varying shapes made the hot paths several times slower).
 */
export function mk(from: number, to: number, label: TemporalLabel, grain: Grain, anchored: boolean, confidence: number, why: string[]): Found {
  return { from, to, label, value: undefined, grain, anchored, confidence, why, unresolved: undefined, mod: undefined, firstDay: undefined, lastDay: undefined, parts: undefined };
}

/** The value fields of a resolved position. */
export interface ValueFields { value?: string; grain: Grain; firstDay?: number; lastDay?: number }

/** Sets a value (in place) and returns the same Found. */
export function put(f: Found, v: ValueFields): Found {
  f.value = v.value;
  f.grain = v.grain;
  f.firstDay = v.firstDay;
  f.lastDay = v.lastDay;
  return f;
}

export function unresolvedAs(f: Found, message: string, confidence: number): Found {
  f.unresolved = message;
  f.confidence = confidence;
  return f;
}

export function clone(f: Found): Found {
  const c = mk(f.from, f.to, f.label, f.grain, f.anchored, f.confidence, f.why);
  c.value = f.value;
  c.unresolved = f.unresolved;
  c.mod = f.mod;
  c.firstDay = f.firstDay;
  c.lastDay = f.lastDay;
  c.parts = f.parts;
  return c;
}

export type Rule = (ctx: Ctx, i: number) => Found | undefined;

/** A rule and the tokens it can start at: folded words, and/or digit runs. */
export interface RuleSpec {
  rule: Rule;
  words: readonly string[];
  /**
   * 0: never at a digit run. Otherwise the bits of numberStarts.ts under which it can start at one (any of
   * them): the rule is not called at a number whose bits have none of these.
   */
  numbers: number;
}

interface NumberRule {
  rule: Rule;
  bits: number;
}

/**
 * Rules indexed by the token they can start at, so that at each token only the few rules that could
 * match there run (a sentence full of من and عام does not try eighteen rules at each of them).
 */
export class RuleSet implements WordTable<Rule[]> {
  private readonly byWord = new Map<string, Rule[]>();
  private readonly forNumbers: NumberRule[] = [];
  readonly tableId = registerTable(this);

  constructor(specs: readonly RuleSpec[]) {
    for (const spec of specs) {
      if (spec.numbers !== 0) this.forNumbers.push({ rule: spec.rule, bits: spec.numbers });
      for (const w of new Set(spec.words)) {
        const list = this.byWord.get(w) ?? [];
        list.push(spec.rule);
        this.byWord.set(w, list);
      }
    }
  }

  /** Longest match at lex[i] (on equal length the earlier rule wins). */
  longestAt(ctx: Ctx, i: number): Found | undefined {
    const w = ctx.lex[i];
    if (w === undefined || !w.starts) return undefined;
    if (w.num >= 0) return this.longestAtNumber(ctx, i);
    const rules = answerOf(w.answers, w.key, this);
    if (rules === undefined) return undefined;
    let best: Found | undefined;
    for (let r = 0; r < rules.length; r++) {
      const f = rules[r](ctx, i);
      if (f !== undefined && f.to > i && (best === undefined || f.to > best.to)) best = f;
    }
    return best;
  }

  /** longestAt for a digit run: only the rules its bits allow (most numbers in news allow none). */
  private longestAtNumber(ctx: Ctx, i: number): Found | undefined {
    const bits = numberStartBits(ctx.lex[i], ctx.lex[i + 1]);
    if (bits === 0 || !numberMayStart(ctx.lex, i)) return undefined;
    const rules = this.forNumbers;
    let best: Found | undefined;
    for (let r = 0; r < rules.length; r++) {
      if ((rules[r].bits & bits) === 0) continue;
      const f = rules[r].rule(ctx, i);
      if (f !== undefined && f.to > i && (best === undefined || f.to > best.to)) best = f;
    }
    return best;
  }

  /** Every word some rule can start at. */
  starterWords(): string[] {
    return [...this.byWord.keys()];
  }

  lookup(key: string): Rule[] | undefined {
    return this.byWord.get(key);
  }

  keys(): Iterable<string> {
    return this.byWord.keys();
  }
}

/** How far after a number the grammar looks for what makes it a date or a time (22 من شهر تموز، 3 أيام متتالية). */
const NUMBER_REACH = 3;

/**
 * A number starts a date or a time only with a grammar word, another number or a separator close after it
 * (12:52، 12/5، 22 من تموز، 3 أيام), or as a four-digit year. "ارتفع 70 بالمئة في ..." is neither: its rules
 * need not run. Numbers are the most frequent starting point in news text, and most are not dates.
 */
function numberMayStart(lex: readonly Lex[], i: number): boolean {
  if (lex[i].digits === 4) return true;
  const last = Math.min(lex.length - 1, i + NUMBER_REACH);
  for (let k = i + 1; k <= last; k++) if (lex[k].dateish) return true;
  return false;
}

export const NO_ANCHOR = 'no article date to resolve this against';

/** A found expression that needs the article date but there is none. */
export function unanchored(from: number, to: number, label: TemporalLabel, grain: Grain, why: string): Found {
  return unresolvedAs(mk(from, to, label, grain, true, 0.6, [why]), NO_ANCHOR, 0.6);
}
