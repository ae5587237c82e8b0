// The data model shared by every part of the engine. Offsets are UTF-16 code units into the
// document's current text (the unit of JavaScript strings and LSP positions); spans are half-open.

export const ENTITY_LABELS = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export const TEMPORAL_LABELS = ['DATE', 'TIME', 'DURATION', 'SET'] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];
export type TemporalLabel = (typeof TEMPORAL_LABELS)[number];
export type Label = EntityLabel | TemporalLabel;

export type SuggestionSource = 'model' | 'gazetteer' | 'rule';

export interface Span {
  start: number;
  end: number;
}

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol' | 'latin';

/**
 * A token keeps its original offsets. For Arabic words the clitic analysis says where the stem
 * starts and ends inside the token, so that an entity can start inside it (و|الشمري).
 */
export interface Token extends Span {
  text: string;
  /** normalized form of the whole token, for matching and features only */
  norm: string;
  kind: TokenKind;
  /** proclitics peeled off the front, in order (e.g. ['و', 'ب']); the article ال is not among them */
  proclitics: string[];
  /** true when the stem carries the article ال (it stays part of the stem span) */
  article: boolean;
  /** enclitic pronoun peeled off the end (e.g. 'ها'), if any */
  enclitic?: string;
  /** offsets of the stem (token minus proclitics and enclitic); equal to start/end when none */
  stemStart: number;
  stemEnd: number;
  /** normalized stem, without proclitics, article kept */
  stemNorm: string;
}

export interface Sentence extends Span {
  /** index of the first token of the sentence, and one past the last */
  tokenStart: number;
  tokenEnd: number;
}

/** Temporal value grain: how precise a normalized value is. */
export type Grain = 'year' | 'quarter' | 'season' | 'month' | 'week' | 'day' | 'part-of-day' | 'hour' | 'minute' | 'decade' | 'century' | 'duration' | 'set';

export interface Suggestion extends Span {
  text: string;
  label: Label;
  source: SuggestionSource;
  /** 0..1 */
  confidence: number;
  /** TIMEX3-style value for temporal expressions (YYYY-MM-DD, YYYY-Www, P3D, start/end ...) */
  value?: string;
  grain?: Grain;
  /** true when the value was resolved against the article date */
  anchored?: boolean;
  /** short human reasons, e.g. "gazetteer: countries", "rule: numeric date" */
  why?: string[];
  /** set when a temporal expression was recognized but could not be normalized (31 شباط) */
  unresolved?: string;
}

/** The article date (document creation time) and where it came from. */
export interface DocumentDate {
  /** YYYY-MM-DD or YYYY-MM-DDTHH:MM */
  value: string;
  origin: 'dateline' | 'header' | 'option' | 'file' | 'none';
  /** the span of the text it was read from, when origin is dateline/header */
  span?: Span;
}

export interface AnalyzeOptions {
  /** overrides the article date found in the text (YYYY-MM-DD or YYYY-MM-DDTHH:MM) */
  dct?: string;
  /** a fallback article date when the text has none (setting or file metadata) */
  fallbackDct?: { value: string; origin: 'option' | 'file' };
  /** suggestions under this confidence are dropped (0..1) */
  minConfidence?: number;
}

export interface Analysis {
  tokens: Token[];
  sentences: Sentence[];
  suggestions: Suggestion[];
  dct: DocumentDate;
}
