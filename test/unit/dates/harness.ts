// Runs the real pipeline pieces (core/text tokenizer and sentence splitter, the dates recognizer) over a
// snippet, as the analyzer does, and returns the temporal suggestions.
import { splitSentences, tokenize } from '../../../server/src/core/text';
import { createTemporalRecognizer } from '../../../server/src/core/dates';
import type { DocumentDate, Suggestion } from '../../../server/src/core/types';

const recognizer = createTemporalRecognizer();

export function temporalIn(text: string, dct: string | undefined): Suggestion[] {
  const tokens = tokenize(text);
  const date: DocumentDate = dct === undefined ? { value: '', origin: 'none' } : { value: dct, origin: 'option' };
  const out: Suggestion[] = [];
  for (const sentence of splitSentences(text, tokens)) {
    const input = { text, sentence, tokens: tokens.slice(sentence.tokenStart, sentence.tokenEnd) };
    out.push(...recognizer.recognize(input, date));
  }
  return out;
}

export function documentDateOf(text: string): DocumentDate | undefined {
  return recognizer.findDocumentDate(text);
}

/** [article date, text, expected span text, label, value] ; value '!' = recognized but unresolved. */
export type DateCase = [dct: string, text: string, span: string, label: 'DATE' | 'TIME' | 'DURATION' | 'SET', value: string];
/** [text, a span that must not be found as a temporal expression] */
export type NegativeCase = [text: string, notSpan: string];

export const DCT = '2024-05-12'; // a Sunday, ISO week 2024-W19
