// Runs a recognizer over gold CoNLL sentences and scores it: the code behind `eval` and training's dev
// scores, so that both measure the same path as the editor (tokenizer + recognizer + narrowing).
import type { EntityRecognizer } from '../recognizers';
import type { ConllSentence } from './conll';
import { alignWords, wordTagsFromSuggestions } from './corpus';
import { EntityScorer, type EntityScore } from './scorer';

export interface EvaluationResult {
  score: EntityScore;
  /** words in the gold files */
  tokens: number;
  /** wall time spent tokenizing and recognizing */
  seconds: number;
}

export interface EvaluationOptions {
  /** suggestions below this confidence are left out, as the editor's setting does (default 0) */
  minConfidence?: number;
  /** sees each gold sentence with the word tags it was given (for error analysis) */
  observe?: (gold: ConllSentence, predicted: readonly string[]) => void;
}

/** Scores the recognizer alone, one sentence at a time. */
export function evaluateRecognizer(recognizer: EntityRecognizer, sentences: readonly ConllSentence[], options: EvaluationOptions = {}): EvaluationResult {
  const minConfidence = options.minConfidence ?? 0;
  const scorer = new EntityScorer();
  let tokens = 0;
  let elapsed = 0;
  for (const gold of sentences) {
    const began = performance.now();
    const aligned = alignWords(gold.tokens, gold.tags);
    const suggestions = recognizer.recognize({ text: aligned.text, sentence: aligned.sentence, tokens: aligned.tokens }).filter((s) => s.confidence >= minConfidence);
    elapsed += performance.now() - began;
    const predicted = wordTagsFromSuggestions(aligned, suggestions);
    scorer.add(gold.tags, predicted);
    options.observe?.(gold, predicted);
    tokens += gold.tokens.length;
  }
  return { score: scorer.score(), tokens, seconds: elapsed / 1000 };
}

/** The per-label table and the overall line, as printed by `eval` (scores 0..100, two decimals). */
export function formatScoreTable(score: EntityScore): string {
  const rows = [['label', 'gold', 'pred', 'correct', 'precision', 'recall', 'f1']];
  const line = (name: string, c: EntityScore['overall']): string[] => [
    name, String(c.gold), String(c.predicted), String(c.correct), c.precision.toFixed(2), c.recall.toFixed(2), c.f1.toFixed(2),
  ];
  for (const [label, c] of Object.entries(score.byLabel)) rows.push(line(label, c));
  rows.push(line('overall', score.overall));
  const widths = rows[0].map((_, col) => Math.max(...rows.map((r) => r[col].length)));
  return rows.map((r) => r.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col]))).join('  ')).join('\n');
}
