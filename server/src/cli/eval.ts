// `eval --gold FILE [--gold FILE...] [--models DIR] [--article-sentences N] [--min-confidence C]`: tags CoNLL
// files (ANERcorp/AQMAR conventions) with the shipped model through the same pipeline as the editor, and
// prints a per-label table per file and overall, then one JSON line with the overall scores (0..100), words
// and seconds. --min-confidence scores what the editor shows with its minimum-confidence setting at C, so
// the trade of recall for precision of each setting can be read off before choosing it.
// The files have no article boundaries: every N sentences (default 16, ANERcorp's average article length)
// are analyzed as one article, so that document steps (repeats of a tagged name) count; N = 0 scores
// one sentence at a time with the recognizer alone, as training does.
import * as fs from 'node:fs';
import { defaultModelsDir } from '../engine';
import { loadEntityRecognizer } from '../entityModel';
import { parseConll } from '../core/ner/conll';
import { evaluateRecognizer, formatScoreTable } from '../core/ner/evaluate';
import { evaluateAsArticles, SENTENCES_PER_ARTICLE } from '../core/ner/articleEval';
import { RepeatedNames } from '../core/ner/repeatedNames';
import { Analyzer } from '../core/pipeline';
import { EntityScorer } from '../core/ner/scorer';
import { parseArgs } from './args';

export async function runEval(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const args = parseArgs(argv, ['gold', 'models', 'article-sentences', 'min-confidence']);
  const goldFiles = args.options.get('gold') ?? [];
  if (goldFiles.length === 0) {
    out.write('eval: give at least one --gold FILE (CoNLL "token TAG" lines)\n');
    return 2;
  }
  const missing = goldFiles.filter((f) => !fs.existsSync(f));
  if (missing.length > 0) {
    out.write(`eval: no such file: ${missing.join(', ')}\n`);
    return 2;
  }
  const perArticle = Number(args.options.get('article-sentences')?.at(-1) ?? SENTENCES_PER_ARTICLE);
  if (!Number.isInteger(perArticle) || perArticle < 0) {
    out.write('eval: --article-sentences takes a whole number (0 = one sentence at a time)\n');
    return 2;
  }
  const minConfidence = Number(args.options.get('min-confidence')?.at(-1) ?? 0);
  if (!(minConfidence >= 0 && minConfidence <= 1)) {
    out.write('eval: --min-confidence takes a number from 0 to 1 (the editor\'s minimum-confidence setting)\n');
    return 2;
  }
  const recognizer = loadEntityRecognizer(args.options.get('models')?.at(-1) ?? defaultModelsDir());
  const sentences = goldFiles.map((f) => parseConll(fs.readFileSync(f, 'utf8')));
  const total = new EntityScorer();
  let tokens = 0;
  let seconds = 0;
  for (let i = 0; i < goldFiles.length; i++) {
    const result = perArticle === 0
      ? evaluateRecognizer(recognizer, sentences[i], { minConfidence })
      : evaluateAsArticles(new Analyzer({ entities: recognizer, document: new RepeatedNames() }), sentences[i], perArticle, { minConfidence });
    out.write(`${goldFiles[i]} (${result.tokens} tokens${minConfidence > 0 ? `, suggestions of confidence ${minConfidence} or more` : ''})\n${formatScoreTable(result.score)}\n\n`);
    total.merge(result.score);
    tokens += result.tokens;
    seconds += result.seconds;
  }
  const overall = total.score();
  if (goldFiles.length > 1) out.write(`all files (${tokens} tokens)\n${formatScoreTable(overall)}\n\n`);
  const round = (x: number): number => Math.round(x * 100) / 100;
  const o = overall.overall;
  out.write(JSON.stringify({ precision: round(o.precision), recall: round(o.recall), f1: round(o.f1), tokens, seconds: Math.round(seconds * 1000) / 1000 }) + '\n');
  return 0;
}
