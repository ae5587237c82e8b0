// analyze(text) -> tokens, sentences, suggestions.
//
// Why paragraphs: sentences never cross a line break, so each line (paragraph) can be tokenized, split
// and recognized on its own. The analyzer caches that work per paragraph, keyed by the paragraph's text
// and the article date; after a one-character edit only the touched paragraph is analyzed again, and the
// rest is reused with its offsets moved. Tokens and sentences of the whole document are built only when
// someone asks for them (the editor's highlighting needs only the suggestions).
import type { EntityRecognizer, TemporalRecognizer } from './recognizers';
import type { Analysis, AnalyzeOptions, DocumentDate, Sentence, Suggestion, Token } from './types';
import { splitSentences, tokenize } from './text';
import { resolveOverlaps } from './suggestions';
import { SentenceCache } from './sentenceCache';
import { paragraphRanges } from './paragraphs';

export interface Recognizers {
  entities?: EntityRecognizer;
  temporal?: TemporalRecognizer;
}

/** One paragraph's analysis, offsets relative to the paragraph start. */
interface ParagraphAnalysis {
  tokens: Token[];
  sentences: Sentence[];
  suggestions: Suggestion[];
}

const NO_DATE: DocumentDate = { value: '', origin: 'none' };
/** The article date is looked for in the first lines only; this is more than enough of them. */
const HEAD_LENGTH = 1200;

export class Analyzer {
  private readonly cache: SentenceCache<ParagraphAnalysis>;

  constructor(
    private readonly recognizers: Recognizers,
    cacheSize = 20000,
  ) {
    this.cache = new SentenceCache(cacheSize);
  }

  analyze(text: string, options: AnalyzeOptions = {}): Analysis {
    const dct = this.documentDate(text, options);
    const minConfidence = options.minConfidence ?? 0;
    const parts: { start: number; analysis: ParagraphAnalysis }[] = [];
    const found: Suggestion[] = [];
    for (const range of paragraphRanges(text)) {
      const analysis = this.analyzeParagraph(text.slice(range.start, range.end), dct);
      parts.push({ start: range.start, analysis });
      for (const s of analysis.suggestions) {
        if (s.confidence >= minConfidence) found.push({ ...s, start: s.start + range.start, end: s.end + range.start });
      }
    }
    return new DocumentAnalysis(parts, resolveOverlaps(found), dct);
  }

  /** The article date: an explicit option wins, then the text itself, then the fallback. */
  private documentDate(text: string, options: AnalyzeOptions): DocumentDate {
    if (options.dct) return { value: options.dct, origin: 'option' };
    const head = text.length > HEAD_LENGTH ? text.slice(0, HEAD_LENGTH) : text;
    const fromText = this.recognizers.temporal?.findDocumentDate(head, tokenize(head));
    if (fromText) return fromText;
    if (options.fallbackDct) return { ...options.fallbackDct };
    return NO_DATE;
  }

  private analyzeParagraph(paragraph: string, dct: DocumentDate): ParagraphAnalysis {
    const key = dct.value + '\u0000' + paragraph;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const tokens = tokenize(paragraph);
    const sentences = splitSentences(paragraph, tokens);
    const suggestions: Suggestion[] = [];
    for (const sentence of sentences) {
      const input = { text: paragraph, sentence, tokens: tokens.slice(sentence.tokenStart, sentence.tokenEnd) };
      for (const s of this.recognizers.temporal?.recognize(input, dct) ?? []) suggestions.push(s);
      for (const s of this.recognizers.entities?.recognize(input) ?? []) suggestions.push(s);
    }
    const analysis = { tokens, sentences, suggestions };
    this.cache.set(key, analysis);
    return analysis;
  }
}

/** An Analysis whose document-wide tokens and sentences are assembled on first use. */
class DocumentAnalysis implements Analysis {
  private allTokens?: Token[];
  private allSentences?: Sentence[];

  constructor(
    private readonly parts: { start: number; analysis: ParagraphAnalysis }[],
    readonly suggestions: Suggestion[],
    readonly dct: DocumentDate,
  ) {}

  get tokens(): Token[] {
    if (!this.allTokens) {
      this.allTokens = [];
      for (const { start, analysis } of this.parts) {
        for (const t of analysis.tokens) this.allTokens.push({ ...t, start: t.start + start, end: t.end + start, stemStart: t.stemStart + start, stemEnd: t.stemEnd + start });
      }
    }
    return this.allTokens;
  }

  get sentences(): Sentence[] {
    if (!this.allSentences) {
      this.allSentences = [];
      let tokenBase = 0;
      for (const { start, analysis } of this.parts) {
        for (const s of analysis.sentences) {
          this.allSentences.push({ start: s.start + start, end: s.end + start, tokenStart: s.tokenStart + tokenBase, tokenEnd: s.tokenEnd + tokenBase });
        }
        tokenBase += analysis.tokens.length;
      }
    }
    return this.allSentences;
  }
}
