// The seams where recognizers plug into the pipeline. Each works one sentence at a time so that the
// pipeline can cache per sentence and re-run only what an edit touched.
import type { DocumentDate, Sentence, Suggestion, Token } from './types';

/** What a recognizer sees of one sentence. Offsets in tokens and returned spans are document offsets. */
export interface SentenceInput {
  /** the whole document text (read only the sentence's range; other ranges may be stale in a cache) */
  text: string;
  sentence: Sentence;
  /** the tokens of this sentence only */
  tokens: Token[];
}

/** Finds PER/ORG/LOC/MISC (model and gazetteer). Must not depend on anything outside the sentence. */
export interface EntityRecognizer {
  recognize(input: SentenceInput): Suggestion[];
}

/** Finds DATE/TIME/DURATION/SET expressions in a sentence, normalized against the article date. */
export interface TemporalRecognizer {
  /** Looks for the article date (dateline, header line, worded date) in the top of the article. */
  findDocumentDate(top: string): DocumentDate | undefined;
  recognize(input: SentenceInput, dct: DocumentDate): Suggestion[];
}

/** One paragraph as a document step sees it: offsets in tokens and suggestions are relative to `start`. */
export interface ParagraphView {
  start: number;
  /** the paragraph's text */
  text: string;
  tokens: readonly Token[];
  /** what the sentence recognizers found in this paragraph */
  suggestions: readonly Suggestion[];
}

/**
 * A step over the whole article after every sentence was recognized, for what one sentence cannot tell
 * (a name tagged in one paragraph labels its untagged repeats in another). Returns extra suggestions with
 * document offsets; one with exactly the span of a sentence recognizer's suggestion replaces it (a relabel),
 * and the pipeline resolves the other overlaps as usual.
 */
export interface DocumentStep {
  complete(paragraphs: readonly ParagraphView[]): Suggestion[];
}
