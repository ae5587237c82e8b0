// Sentence splitting over tokens. Sentences end at . ؟ ? ! ؛ ; … ۔ and at line breaks (a news article's
// dateline and headline are lines of their own); the Arabic comma ، is not an end. Sentences cover every
// token in order, so recognizers that work one sentence at a time see the whole text.
import type { Sentence, Token } from '../types';
import { isLineBreak } from './charClass';

/** Longer sentences are cut (at the last comma when there is one) to bound the tagger's cost. */
export const MAX_SENTENCE_TOKENS = 200;

const SENTENCE_END = new Set(['.', '؟', '?', '!', '؛', ';', '…', '۔']);
const COMMAS = new Set(['،', ',']);
/** Closers that always close, so they belong to the sentence even after a space. */
const CLOSERS = new Set(['»', ')', ']', '}', '”', '’', '›']);
/** Quotes that open or close: they belong to the sentence only when glued to the end punctuation. */
const AMBIGUOUS_QUOTES = new Set(['"', "'"]);

function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isLineBreak(text.charCodeAt(k))) return true;
  return false;
}

function isWordish(t: Token): boolean {
  return t.kind === 'word' || t.kind === 'latin' || t.kind === 'number';
}

/** Latin abbreviations that are followed by a name rather than ending a sentence. */
const LATIN_ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'gen', 'col', 'lt', 'sgt', 'gov', 'sen', 'rep', 'vs', 'inc', 'ltd', 'co', 'corp', 'no']);
/** Era letters after a year (2024 م.، 1445 هـ.): the period after them usually does end the sentence. */
const ERA_LETTERS = new Set(['م', 'ه']);

/**
 * Is the period at index i an abbreviation or a separator rather than an end? It is not an end when a
 * word or number follows with no space (2024.05.12, 3.5, أ.ف.ب, example.com), after a single letter
 * written on its own (د. محمد, U.S.) unless it is an era letter after a year, or after a Latin title.
 */
function isNonFinalPeriod(tokens: Token[], i: number): boolean {
  const dot = tokens[i];
  const next = tokens[i + 1];
  if (next && next.start === dot.end && isWordish(next)) return true;
  const prev = tokens[i - 1];
  if (!prev || prev.end !== dot.start || (prev.kind !== 'word' && prev.kind !== 'latin')) return false;
  if (prev.kind === 'latin' && LATIN_ABBREVIATIONS.has(prev.norm)) return true;
  if (prev.norm.length !== 1) return false;
  const beforePrev = tokens[i - 2];
  if (!beforePrev) return true;
  if (beforePrev.kind === 'number' && ERA_LETTERS.has(prev.norm)) return false;
  return beforePrev.end < prev.start || !isWordish(beforePrev);
}

/** "1." opening a sentence numbers a list item: the item's text belongs with it. */
function isListMarker(tokens: Token[], from: number, i: number): boolean {
  return tokens[i].text === '.' && i - 1 === from && tokens[from].kind === 'number' && tokens[from].end === tokens[i].start;
}

function isSentenceEnd(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.kind !== 'punct' || !SENTENCE_END.has(t.text)) return false;
  return t.text !== '.' || !isNonFinalPeriod(tokens, i);
}

/** Index one past the end punctuation run and the closers that belong to it. */
function extendOverClosers(text: string, tokens: Token[], i: number): number {
  let j = i + 1;
  while (j < tokens.length) {
    const t = tokens[j];
    if (t.kind !== 'punct' || lineBreakBetween(text, tokens[j - 1].end, t.start)) break;
    const glued = t.start === tokens[j - 1].end;
    if (SENTENCE_END.has(t.text) || CLOSERS.has(t.text) || (glued && AMBIGUOUS_QUOTES.has(t.text))) j++;
    else break;
  }
  return j;
}

/** Where to cut a sentence that reached the size limit: after its last comma, or at the limit. */
function cutPoint(tokens: Token[], from: number): number {
  const limit = from + MAX_SENTENCE_TOKENS;
  for (let k = limit - 1; k > from + MAX_SENTENCE_TOKENS / 4; k--) {
    if (tokens[k].kind === 'punct' && COMMAS.has(tokens[k].text)) return k + 1;
  }
  return limit;
}

function makeSentence(tokens: Token[], from: number, to: number): Sentence {
  return { start: tokens[from].start, end: tokens[to - 1].end, tokenStart: from, tokenEnd: to };
}

/** Splits tokens into sentences; tokenEnd is exclusive and start/end are the first and last token offsets. */
export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  let i = 0;
  while (i < tokens.length) {
    if (i - from >= MAX_SENTENCE_TOKENS) {
      const cut = cutPoint(tokens, from);
      sentences.push(makeSentence(tokens, from, cut));
      from = cut;
      continue;
    }
    let next = i + 1;
    let ends = false;
    if (isSentenceEnd(tokens, i) && !isListMarker(tokens, from, i)) {
      // closers past the size limit start the next sentence (only after 200 tokens without an end)
      next = Math.min(extendOverClosers(text, tokens, i), from + MAX_SENTENCE_TOKENS);
      ends = true;
    }
    if (!ends && next < tokens.length && lineBreakBetween(text, tokens[i].end, tokens[next].start)) ends = true;
    if (ends) {
      sentences.push(makeSentence(tokens, from, next));
      from = next;
    }
    i = next;
  }
  if (from < tokens.length) sentences.push(makeSentence(tokens, from, tokens.length));
  return sentences;
}
