// The entity recognizer the pipeline calls per sentence: tag whole tokens, read entities from the tags,
// narrow each entity's start past attached proclitics (والشمري -> الشمري), and attach a confidence from
// the tag marginals and a short explanation.
import type { EntityRecognizer, SentenceInput } from '../recognizers';
import type { EntityLabel, Suggestion, Token } from '../types';
import type { EntityModel } from './model';
import { SequenceTagger } from './tagger';
import { explainSpans } from './explain';
import { gazetteerFallback } from './gazetteerFallback';

export interface EntityRecognizerOptions {
  /** start spans at the stem when the first token carries proclitics (default true) */
  narrowProclitics?: boolean;
  /** add `why` strings (gazetteer entries, strongest features); default true */
  explain?: boolean;
  /** also suggest names from curated lists that the model missed (source 'gazetteer'); default true */
  gazetteerFallback?: boolean;
}

/** A decoded entity over whole tokens: [start, end) token indices within the sentence. */
export interface DecodedEntity {
  start: number;
  end: number;
  label: EntityLabel;
  confidence: number;
}

/**
 * The recognizer, which can also tag a sentence with its emission scores changed: the seam a trained
 * document stage needs (measured offline by scripts/ner/documentStageCv.ts, not shipped; DESIGN-NOTE round 5).
 */
export interface AdjustableRecognizer extends EntityRecognizer {
  recognizeAdjusted(input: SentenceInput, adjust: EmissionAdjustment | undefined): Suggestion[];
  readonly tagger: SequenceTagger;
}

export function createEntityRecognizer(model: EntityModel, options: EntityRecognizerOptions = {}): AdjustableRecognizer {
  const tagger = new SequenceTagger(model);
  const narrow = options.narrowProclitics ?? true;
  const explain = options.explain ?? true;
  const fallback = (options.gazetteerFallback ?? true) && model.gazetteer !== undefined;
  const recognizeAdjusted = (input: SentenceInput, adjust: EmissionAdjustment | undefined): Suggestion[] => {
    const entities = decodeEntities(tagger, input.tokens, adjust);
    const reasons = explain ? explainSpans(tagger, input.tokens, entities) : [];
    const suggestions = entities.map((entity, k) => toSuggestion(input, entity, narrow, reasons[k]));
    if (!fallback || input.tokens.length === 0) return suggestions;
    for (const extra of gazetteerFallback(model.gazetteer!, tagger.matches, entities)) {
      const suggestion = toSuggestion(input, extra, narrow, [`gazetteer: ${extra.category}`]);
      suggestion.source = 'gazetteer';
      suggestions.push(suggestion);
    }
    return suggestions;
  };
  return { tagger, recognizeAdjusted, recognize: (input) => recognizeAdjusted(input, undefined) };
}

/**
 * Changes a sentence's emission scores ([i * T + t], the tagger's scale) before they are decoded again;
 * returns false when it changed nothing. A second, document-level stage adds its evidence this way.
 */
export type EmissionAdjustment = (emissions: Float32Array, n: number) => boolean;

/** Tags tokens and returns the entities, each with its confidence. */
export function decodeEntities(tagger: SequenceTagger, tokens: readonly Token[], adjust?: EmissionAdjustment): DecodedEntity[] {
  if (tokens.length === 0) return [];
  const { labelOf, isInside } = tagger.tagInfo;
  let tagged = tagger.tag(tokens);
  if (adjust?.(tagged.emissions, tagged.n)) tagged = tagger.redecode(tagged);
  const entities: DecodedEntity[] = [];
  let last: DecodedEntity | undefined;
  for (let i = 0; i < tagged.n; i++) {
    const tag = tagged.tags[i];
    if (tag === 0) continue; // O
    const label = labelOf[tag];
    if (isInside[tag] && last && last.end === i && last.label === label) last.end = i + 1;
    else entities.push((last = { start: i, end: i + 1, label, confidence: 0 }));
  }
  if (entities.length === 0) return entities;
  const marginals = tagger.marginals(tagged);
  for (const entity of entities) {
    const tag = tagged.tags[entity.start];
    entity.confidence = spanConfidence(tagger.numTags, tagger.tagInfo.beginOf[tag], tagger.tagInfo.insideOf[tag], marginals, entity, tagged.n);
  }
  return entities;
}

/**
 * How sure the model is of this exact span: the least of the marginals of its B- and I- tags and of the
 * token after it not continuing the span.
 */
function spanConfidence(T: number, begin: number, inside: number, marginals: Float64Array, entity: DecodedEntity, n: number): number {
  let confidence = marginals[entity.start * T + begin];
  for (let i = entity.start + 1; i < entity.end; i++) confidence = Math.min(confidence, marginals[i * T + inside]);
  if (entity.end < n) confidence = Math.min(confidence, 1 - marginals[entity.end * T + inside]);
  return Math.max(0, Math.min(1, confidence));
}

function toSuggestion(input: SentenceInput, entity: DecodedEntity, narrow: boolean, why: string[] | undefined): Suggestion {
  const first = input.tokens[entity.start];
  const last = input.tokens[entity.end - 1];
  const start = narrow ? narrowedStart(first) : first.start;
  const suggestion: Suggestion = {
    start,
    end: last.end,
    text: input.text.slice(start, last.end),
    label: entity.label,
    source: 'model',
    confidence: Math.round(entity.confidence * 1000) / 1000,
  };
  if (why) suggestion.why = why;
  return suggestion;
}

/**
 * Where an entity starting on this token begins: after its proclitics (و، ف، ب، ل، ك), at the stem. When the
 * last proclitic is ل and the stem had its article merged into it (ل + ال written لل, as in للأمم), the
 * stem alone («لأمم») is not a word, so the span keeps that ل: للأمم stays whole, وللأمم becomes للأمم.
 */
export function narrowedStart(token: Token): number {
  if (token.proclitics.length === 0 || token.stemStart <= token.start || token.stemStart >= token.end) return token.start;
  const lam = 0x0644;
  const before = token.stemStart - token.start - 1;
  const mergedArticle = token.article && token.proclitics[token.proclitics.length - 1] === 'ل' && token.text.charCodeAt(before) === lam && token.text.charCodeAt(before + 1) === lam;
  return mergedArticle ? token.stemStart - 1 : token.stemStart;
}
