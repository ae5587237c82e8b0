// Bridges CoNLL sentences (whitespace words with whole-word tags) and the product's tokens. Training and
// evaluation run our own tokenizer over the sentence text, so the model sees exactly what it will see in
// the editor; tags are projected from words onto tokens, and predictions are read back onto words.
import type { Sentence, Suggestion, Token } from '../types';
import { tokenize } from '../text';
import { normalizeIob2 } from './labels';

export interface AlignedSentence {
  /** the words joined by single spaces */
  text: string;
  tokens: Token[];
  /** one whole sentence covering all tokens */
  sentence: Sentence;
  /** [start, end) offsets of each word in text */
  wordStarts: number[];
  wordEnds: number[];
  /** IOB2 tags projected onto tokens (B- on the first token of an entity) */
  tokenTags: string[];
}

export function alignWords(words: readonly string[], wordTags: readonly string[]): AlignedSentence {
  const wordStarts: number[] = [];
  const wordEnds: number[] = [];
  let text = '';
  for (const word of words) {
    if (text.length > 0) text += ' ';
    wordStarts.push(text.length);
    text += word;
    wordEnds.push(text.length);
  }
  const tokens = tokenize(text);
  return {
    text,
    tokens,
    sentence: { start: 0, end: text.length, tokenStart: 0, tokenEnd: tokens.length },
    wordStarts,
    wordEnds,
    tokenTags: projectTags(tokens, wordStarts, wordEnds, wordTags),
  };
}

/**
 * A word's tag goes to its tokens; punctuation split off the edges of a word stays O (`بيروت)` is a
 * location followed by a bracket). Inner tokens continue the entity.
 */
function projectTags(tokens: Token[], wordStarts: number[], wordEnds: number[], wordTags: readonly string[]): string[] {
  const tags: string[] = new Array(tokens.length).fill('O');
  let w = 0;
  for (let w0 = 0; w0 < wordStarts.length; w0++) {
    const tag = wordTags[w0];
    const inWord: number[] = [];
    for (; w < tokens.length && tokens[w].start < wordEnds[w0]; w++) if (tokens[w].end > wordStarts[w0]) inWord.push(w);
    if (tag === 'O' || inWord.length === 0) continue;
    let first = 0;
    let last = inWord.length - 1;
    while (first < last && isPunct(tokens[inWord[first]])) first++;
    while (last > first && isPunct(tokens[inWord[last]])) last--;
    const label = tag.slice(2);
    for (let k = first; k <= last; k++) tags[inWord[k]] = k === first ? tag : `I-${label}`;
  }
  return normalizeIob2(tags);
}

function isPunct(token: Token): boolean {
  return token.kind === 'punct' || token.kind === 'symbol';
}

/** Word-level IOB2 tags from suggestions: every word a span touches is part of it; the first gets B-. */
export function wordTagsFromSuggestions(aligned: AlignedSentence, suggestions: readonly Suggestion[]): string[] {
  const tags: string[] = new Array(aligned.wordStarts.length).fill('O');
  const sorted = [...suggestions].sort((a, b) => a.start - b.start);
  for (const s of sorted) {
    let first = true;
    for (let w = 0; w < tags.length; w++) {
      if (aligned.wordEnds[w] <= s.start || aligned.wordStarts[w] >= s.end) continue;
      if (tags[w] !== 'O') continue; // an earlier span already owns this word
      tags[w] = `${first ? 'B' : 'I'}-${s.label}`;
      first = false;
    }
  }
  return tags;
}
