// analyze(text) -> tokens, sentences, suggestions. The analyzer caches recognizer output per sentence
// (keyed by the sentence's text and the article date), so that after a one-character edit only the
// touched sentence is recognized again: this is what keeps highlighting inside a keystroke's budget.
import type { EntityRecognizer, SentenceInput, TemporalRecognizer } from './recognizers';
import type { Analysis, AnalyzeOptions, DocumentDate, Sentence, Suggestion, Token } from './types';
import { splitSentences, tokenize } from './text';
import { resolveOverlaps } from './suggestions';
import { SentenceCache } from './sentenceCache';

export interface Recognizers {
  entities?: EntityRecognizer;
  temporal?: TemporalRecognizer;
}

const NO_DATE: DocumentDate = { value: '', origin: 'none' };

export class Analyzer {
  private readonly cache: SentenceCache<Suggestion[]>;

  constructor(
    private readonly recognizers: Recognizers,
    cacheSize = 20000,
  ) {
    this.cache = new SentenceCache(cacheSize);
  }

  analyze(text: string, options: AnalyzeOptions = {}): Analysis {
    const tokens = tokenize(text);
    const sentences = splitSentences(text, tokens);
    const dct = this.documentDate(text, tokens, options);
    const found: Suggestion[] = [];
    for (const sentence of sentences) {
      for (const s of this.recognizeSentence(text, tokens, sentence, dct)) found.push(s);
    }
    const minConfidence = options.minConfidence ?? 0;
    const kept = minConfidence > 0 ? found.filter((s) => s.confidence >= minConfidence) : found;
    return { tokens, sentences, suggestions: resolveOverlaps(kept), dct };
  }

  /** The article date: an explicit option wins, then the text itself, then the fallback. */
  private documentDate(text: string, tokens: Token[], options: AnalyzeOptions): DocumentDate {
    if (options.dct) return { value: options.dct, origin: 'option' };
    const fromText = this.recognizers.temporal?.findDocumentDate(text, tokens);
    if (fromText) return fromText;
    if (options.fallbackDct) return { ...options.fallbackDct };
    return NO_DATE;
  }

  private recognizeSentence(text: string, tokens: Token[], sentence: Sentence, dct: DocumentDate): Suggestion[] {
    const sentenceText = text.slice(sentence.start, sentence.end);
    const key = dct.value + '\u0000' + sentenceText;
    const cached = this.cache.get(key);
    if (cached) return shift(cached, sentence.start);

    const input: SentenceInput = { text, sentence, tokens: tokens.slice(sentence.tokenStart, sentence.tokenEnd) };
    const found: Suggestion[] = [];
    const temporal = this.recognizers.temporal?.recognize(input, dct) ?? [];
    const entities = this.recognizers.entities?.recognize(input) ?? [];
    for (const s of temporal) found.push(s);
    for (const s of entities) found.push(s);
    this.cache.set(key, shift(found, -sentence.start));
    return found;
  }
}

function shift(suggestions: Suggestion[], by: number): Suggestion[] {
  return suggestions.map((s) => ({ ...s, start: s.start + by, end: s.end + by }));
}
