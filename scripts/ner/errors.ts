// `node scripts/out/ner/errors.js MODELS_DIR GOLD_FILE [--sentences]`: the most frequent missed and false
// entities of a model on a gold CoNLL file, read through the editor's pipeline (articles of 16 sentences, as
// `eval` reads them), or with --sentences through the sentence recognizer alone. Then every suggested name
// where the gold has no name at all, in context, to tell the tagger's errors from names the gold left out.
// Error analysis for tuning on dev; never for held-out test data.
import * as fs from 'node:fs';
import { parseArgs } from '../../server/src/cli/args';
import { evaluateAsArticles, SENTENCES_PER_ARTICLE } from '../../server/src/core/ner/articleEval';
import { parseConll, type ConllSentence } from '../../server/src/core/ner/conll';
import { evaluateRecognizer } from '../../server/src/core/ner/evaluate';
import { spansFromTags, type TokenSpan } from '../../server/src/core/ner/labels';
import { RepeatedNames } from '../../server/src/core/ner/repeatedNames';
import { Analyzer } from '../../server/src/core/pipeline';
import { loadEntityRecognizer } from '../../server/src/entityModel';

const CONTEXT_WORDS = 4;

class ErrorTally {
  readonly missed = new Map<string, number>();
  readonly wrong = new Map<string, number>();
  /** suggested names over words the gold leaves wholly untagged, with their context */
  readonly unannotated: string[] = [];

  add(sentence: ConllSentence, predicted: readonly string[]): void {
    const words = sentence.tokens;
    const text = (s: TokenSpan): string => `${s.label} ${words.slice(s.start, s.end).join(' ')}`;
    const byPosition = (spans: TokenSpan[]): Map<string, TokenSpan> => new Map(spans.map((s) => [`${s.start}:${s.end}`, s]));
    const gold = byPosition(spansFromTags(sentence.tags));
    const guessed = byPosition(spansFromTags(predicted));
    for (const [at, g] of gold) {
      const p = guessed.get(at);
      if (p?.label !== g.label) bump(this.missed, `${text(g)}  -> ${p ? text(p) : 'nothing'}`);
    }
    for (const [at, p] of guessed) {
      const g = gold.get(at);
      if (g?.label === p.label) continue;
      bump(this.wrong, `${text(p)}  (gold ${g ? text(g) : 'none'})`);
      if (sentence.tags.slice(p.start, p.end).every((t) => t === 'O')) {
        const before = words.slice(Math.max(0, p.start - CONTEXT_WORDS), p.start).join(' ');
        this.unannotated.push(`${p.label}\t${before} [${words.slice(p.start, p.end).join(' ')}] ${words.slice(p.end, p.end + CONTEXT_WORDS).join(' ')}`);
      }
    }
  }
}

function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function top(counts: Map<string, number>, heading: string): string {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const lines = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 60).map(([k, n]) => `${n}\t${k}`);
  return `${heading} ${total}\n${lines.join('\n')}\n`;
}

function main(argv: string[]): number {
  const args = parseArgs(argv, []);
  const [modelsDir, goldFile] = args.positional;
  if (!modelsDir || !goldFile) {
    process.stderr.write('errors: give MODELS_DIR GOLD_FILE [--sentences]\n');
    return 2;
  }
  const recognizer = loadEntityRecognizer(modelsDir, { explain: false });
  const sentences = parseConll(fs.readFileSync(goldFile, 'utf8'));
  const tally = new ErrorTally();
  const observe = (gold: ConllSentence, predicted: readonly string[]): void => tally.add(gold, predicted);
  if (args.options.has('sentences')) evaluateRecognizer(recognizer, sentences, { observe });
  else evaluateAsArticles(new Analyzer({ entities: recognizer, document: new RepeatedNames() }), sentences, SENTENCES_PER_ARTICLE, { observe });
  process.stdout.write(`${top(tally.missed, 'missed')}\n${top(tally.wrong, 'false')}\n`);
  process.stdout.write(`suggested where the gold has no name ${tally.unannotated.length}\n${tally.unannotated.join('\n')}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
