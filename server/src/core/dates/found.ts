// What a grammar rule returns before it becomes a Suggestion: token range, label, value and the
// structured parts a range rule needs to inherit a month or a year (من 13 إلى 15 تموز).
import type { Grain, TemporalLabel } from '../types';
import type { Anchor } from './calendar';
import type { Lex } from './stream';
import type { Mod } from './words';

export interface Ctx {
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

export type Rule = (ctx: Ctx, i: number) => Found | undefined;

export const NO_ANCHOR = 'no article date to resolve this against';

/** A found expression that needs the article date but there is none. */
export function unanchored(from: number, to: number, label: TemporalLabel, grain: Grain, why: string): Found {
  return { from, to, label, grain, anchored: true, confidence: 0.6, why: [why], unresolved: NO_ANCHOR };
}
