// `npm run train -- --data ../shared/data [--epochs N] [--seed N] [--aqmar-weight W] [--min-count N] [--ensemble K] [--dictionary-folds K] [--self-training W] [--self-confidence C] [--self-sentences N] [--margin M] [--recall-cost C] [--word-dropout P] [--no-domain-copies] [--trainer perceptron|crf] [--l2 X] [--learning-rate X] [--min-spread X] [--average-from E] [--crf-members K] [--no-clusters] [--no-word-stats] [--out DIR] [--cross-validate K [--document-stage [--dev-models DIR]]]`
// With --cross-validate K nothing is written: K-fold scores on ANERcorp train instead (see ner/crossValidate.ts).
// Trains the entity tagger reproducibly and writes server/models (model, gazetteer, manifest).
import * as path from 'node:path';
import { parseArgs } from '../server/src/cli/args';
import { crossValidate } from './ner/crossValidate';
import { crossValidateDocumentStage } from './ner/documentStageCv';
import { trainModel, type TrainOptions } from './ner/trainModel';

const ROOT = path.resolve(__dirname, '..', '..');

function main(argv: string[]): number {
  const args = parseArgs(argv, ['data', 'epochs', 'seed', 'out', 'lists', 'aqmar-weight', 'min-count', 'ensemble', 'dictionary-folds', 'self-training', 'self-confidence', 'self-sentences', 'margin', 'recall-cost', 'word-dropout', 'trainer', 'l2', 'learning-rate', 'min-spread', 'average-from', 'crf-members', 'cross-validate', 'dev-models']);
  const last = (name: string): string | undefined => args.options.get(name)?.at(-1);
  const dataDir = last('data');
  if (!dataDir) {
    process.stderr.write('train: --data DIR is required (e.g. --data ../shared/data)\n');
    return 2;
  }
  const trainer = last('trainer') ?? 'perceptron';
  if (trainer !== 'perceptron' && trainer !== 'crf') {
    process.stderr.write(`train: --trainer is perceptron or crf, not ${trainer}\n`);
    return 2;
  }
  const options: TrainOptions = {
    dataDir: path.resolve(dataDir),
    listsDir: path.resolve(last('lists') ?? path.join(ROOT, 'data', 'lists')),
    outDir: path.resolve(last('out') ?? path.join(ROOT, 'server', 'models')),
    epochs: Number(last('epochs') ?? 12),
    seed: Number(last('seed') ?? 7),
    trainer,
    crf: { l2: Number(last('l2') ?? 0.3), learningRate: Number(last('learning-rate') ?? 0.1), averageFrom: Number(last('average-from') ?? 1), members: Number(last('crf-members') ?? 1), minSpread: Number(last('min-spread') ?? 0.01) },
    aqmarWeight: Number(last('aqmar-weight') ?? 1),
    minFeatureCount: Number(last('min-count') ?? 1),
    ensemble: Number(last('ensemble') ?? 4),
    clusters: !args.options.has('no-clusters'),
    wordStats: !args.options.has('no-word-stats'),
    dictionaryFolds: Number(last('dictionary-folds') ?? 5),
    margin: Number(last('margin') ?? 0),
    recallCost: Number(last('recall-cost') ?? 0),
    wordDropout: Number(last('word-dropout') ?? 0),
    domainCopies: !args.options.has('no-domain-copies'),
    selfTraining: {
      weight: Number(last('self-training') ?? 0),
      minConfidence: Number(last('self-confidence') ?? 0.9),
      maxSentences: Number(last('self-sentences') ?? 20000),
    },
    cacheDir: path.join(ROOT, '.cache'),
    log: (line) => process.stdout.write(`train: ${line}\n`),
  };
  const folds = Number(last('cross-validate') ?? 0);
  if (folds > 1 && args.options.has('document-stage')) crossValidateDocumentStage(options, folds, path.resolve(last('dev-models') ?? path.join(ROOT, 'server', 'models')));
  else if (folds > 1) crossValidate(options, folds);
  else trainModel(options);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
