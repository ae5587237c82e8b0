// analyze(text) -> tokens, sentences, suggestions.
//
// Why paragraphs: sentences never cross a line break, so each line (paragraph) can be tokenized, split
// and recognized on its own. The analyzer caches that work per paragraph, keyed by the paragraph's text
// and the article date; after a one-character edit only the touched paragraph is analyzed again, and the
// rest is reused with its offsets moved. Tokens and sentences of the whole document are built only when
// someone asks for them (the editor's highlighting needs only the suggestions).
import type { DocumentStep, EntityRecognizer, TemporalRecognizer } from './recognizers';
import type { Analysis, AnalyzeOptions, DocumentDate, Sentence, Suggestion, Token } from './types';
import { splitSentences, tokenize } from './text';
import { isTemporal, resolveOverlaps } from './suggestions';
import { LruCache } from './lruCache';
import { paragraphRanges } from './paragraphs';

export interface Recognizers {
  entities?: EntityRecognizer;
  temporal?: TemporalRecognizer;
  /** runs over the whole article after the sentence recognizers (e.g. repeats of a tagged name) */
  document?: DocumentStep;
}

/** One paragraph's analysis, offsets relative to the paragraph start. */
interface ParagraphAnalysis {
  tokens: Token[];
  sentences: Sentence[];
  suggestions: Suggestion[];
}

const NO_DATE: DocumentDate = { value: '', origin: 'none' };
/**
 * The article date is looked for at the top only: the date recognizer reads at most the first three lines
 * within 400 characters (core/dates/documentDate.ts), so only a little more is tokenized for it (the
 * margin keeps a word that crosses character 400 whole, so that it is not mistaken for a shorter one).
 */
const HEAD_LENGTH = 480;

export class Analyzer {
  private readonly cache: LruCache<ParagraphAnalysis>;
  /** the last head looked at and what it gave: the top of an article rarely changes while it is edited */
  private lastHead?: { head: string; found: DocumentDate | undefined };

  constructor(
    private readonly recognizers: Recognizers,
    cacheSize = 20000,
  ) {
    this.cache = new LruCache(cacheSize);
  }

  analyze(text: string, options: AnalyzeOptions = {}): Analysis {
    const dct = this.documentDate(text, options);
    const minConfidence = options.minConfidence ?? 0;
    const parts: { start: number; paragraph: string; analysis: ParagraphAnalysis }[] = [];
    const missed: { key: string; paragraph: string; analysis: ParagraphAnalysis }[] = [];
    for (const range of paragraphRanges(text)) {
      const paragraph = text.slice(range.start, range.end);
      const key = dct.value + '\u0000' + paragraph;
      let analysis = this.cache.get(key);
      if (!analysis) {
        const tokens = tokenize(paragraph);
        analysis = { tokens, sentences: splitSentences(paragraph, tokens), suggestions: [] };
        missed.push({ key, paragraph, analysis });
      }
      parts.push({ start: range.start, paragraph, analysis });
    }
    this.recognize(missed, dct);
    const found: Suggestion[] = [];
    for (const { start, analysis } of parts) {
      for (const s of analysis.suggestions) {
        if (s.confidence >= minConfidence) found.push({ ...s, start: s.start + start, end: s.end + start });
      }
    }
    const { document } = this.recognizers;
    if (document) {
      const views = parts.map(({ start, paragraph, analysis }) => ({ start, text: paragraph, tokens: analysis.tokens, suggestions: analysis.suggestions }));
      return new DocumentAnalysis(parts, resolveOverlaps(withDocumentStep(found, document.complete(views), minConfidence)), dct);
    }
    return new DocumentAnalysis(parts, resolveOverlaps(found), dct);
  }

  /** The article date: an explicit option wins, then the text itself, then the fallback. */
  private documentDate(text: string, options: AnalyzeOptions): DocumentDate {
    if (options.dct) return { value: options.dct, origin: 'option' };
    const head = text.length > HEAD_LENGTH ? text.slice(0, HEAD_LENGTH) : text;
    if (this.lastHead?.head !== head) {
      this.lastHead = { head, found: this.recognizers.temporal?.findDocumentDate(head) };
    }
    const fromText = this.lastHead.found;
    if (fromText) return fromText;
    if (options.fallbackDct) return { ...options.fallbackDct };
    return NO_DATE;
  }

  /**
   * Runs each recognizer over all new paragraphs before the next one starts: interleaving them sentence by
   * sentence measurably slows both (they evict each other's caches), see BENCHMARKS.md.
   */
  private recognize(missed: { key: string; paragraph: string; analysis: ParagraphAnalysis }[], dct: DocumentDate): void {
    const { temporal, entities } = this.recognizers;
    const inputsOf = ({ paragraph, analysis }: { paragraph: string; analysis: ParagraphAnalysis }) =>
      analysis.sentences.map((sentence) => ({ text: paragraph, sentence, tokens: analysis.tokens.slice(sentence.tokenStart, sentence.tokenEnd) }));
    const inputs = missed.map(inputsOf);
    if (temporal) {
      missed.forEach((m, i) => {
        for (const input of inputs[i]) for (const s of temporal.recognize(input, dct)) m.analysis.suggestions.push(s);
      });
    }
    if (entities) {
      missed.forEach((m, i) => {
        for (const input of inputs[i]) for (const s of entities.recognize(input)) m.analysis.suggestions.push(s);
      });
    }
    for (const m of missed) this.cache.set(m.key, m.analysis);
  }
}

/**
 * A document step's suggestion replaces a sentence recognizer's entity suggestion of exactly the same span
 * (a relabel); a date or time keeps its place and wins the overlap as usual.
 */
function withDocumentStep(found: Suggestion[], extra: readonly Suggestion[], minConfidence: number): Suggestion[] {
  if (extra.length === 0) return found;
  // a document step's suggestions do not overlap one another, so a start identifies one
  const endByStart = new Map(extra.map((s) => [s.start, s.end]));
  const out = found.filter((s) => endByStart.get(s.start) !== s.end || isTemporal(s));
  for (const s of extra) if (s.confidence >= minConfidence) out.push(s);
  return out;
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
