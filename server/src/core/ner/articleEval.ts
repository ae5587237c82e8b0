// Scores gold CoNLL sentences through the whole pipeline, as the editor runs it: the sentences are laid
// out one per line as articles, analyzed, and the suggestions mapped back onto each sentence's words.
// Unlike evaluateRecognizer (one sentence at a time, used by training), this counts what document steps
// add, such as repeats of a name tagged elsewhere in the article. The CoNLL files carry no article
// boundaries, so every `sentencesPerArticle` consecutive sentences are read as one article.
import type { Analyzer } from '../pipeline';
import type { Suggestion } from '../types';
import type { ConllSentence } from './conll';
import { alignWords, wordTagsFromSuggestions } from './corpus';
import type { EvaluationOptions, EvaluationResult } from './evaluate';
import { EntityScorer } from './scorer';

/**
 * Sentences read as one article when a corpus carries no article boundaries (eval's default, training's
 * cross-validation and the error analysis alike): ANERcorp's average, 316 articles in about 4,900 sentences.
 */
export const SENTENCES_PER_ARTICLE = 16;

export function evaluateAsArticles(analyzer: Pick<Analyzer, 'analyze'>, sentences: readonly ConllSentence[], sentencesPerArticle: number, options: EvaluationOptions = {}): EvaluationResult {
  const scorer = new EntityScorer();
  let tokens = 0;
  let elapsed = 0;
  const perArticle = Math.max(1, Math.floor(sentencesPerArticle));
  for (let first = 0; first < sentences.length; first += perArticle) {
    const gold = sentences.slice(first, first + perArticle);
    const began = performance.now();
    const aligned = gold.map((s) => alignWords(s.tokens, s.tags));
    const lineStarts: number[] = [];
    let text = '';
    for (const a of aligned) {
      if (text.length > 0) text += '\n';
      lineStarts.push(text.length);
      text += a.text;
    }
    const byLine = suggestionsByLine(analyzer.analyze(text, { minConfidence: options.minConfidence ?? 0 }).suggestions, lineStarts);
    elapsed += performance.now() - began;
    gold.forEach((s, k) => {
      const predicted = wordTagsFromSuggestions(aligned[k], byLine[k]);
      scorer.add(s.tags, predicted);
      options.observe?.(s, predicted);
      tokens += s.tokens.length;
    });
  }
  return { score: scorer.score(), tokens, seconds: elapsed / 1000 };
}

/** Entity suggestions per line, with offsets relative to the line (suggestions never cross a line). */
function suggestionsByLine(suggestions: readonly Suggestion[], lineStarts: readonly number[]): Suggestion[][] {
  const out: Suggestion[][] = lineStarts.map(() => []);
  let line = 0;
  for (const s of suggestions) {
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= s.start) line++;
    out[line].push({ ...s, start: s.start - lineStarts[line], end: s.end - lineStarts[line] });
  }
  return out;
}
