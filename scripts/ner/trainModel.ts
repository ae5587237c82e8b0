// Training, end to end: compile the gazetteer, read and align the corpora, train the averaged perceptron
// or the CRF (best epoch by ANERcorp dev F1), calibrate confidences, write the model files and their manifest.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseConll, type ConllSentence } from '../../server/src/core/ner/conll';
import { alignWords } from '../../server/src/core/ner/corpus';
import { calibrateTemperature } from '../../server/src/core/ner/calibrate';
import { evaluateRecognizer } from '../../server/src/core/ner/evaluate';
import { FEATURE_VERSION, FeatureExtractor, formatClustersFile, parseClustersFile, type LabelDictionary, type WordClusters } from '../../server/src/core/ner/features';
import { formatGazetteerFile, Gazetteer, type CompiledGazetteer } from '../../server/src/core/ner/gazetteer';
import { bioTagSet } from '../../server/src/core/ner/labels';
import { serializeModel, type EntityModel } from '../../server/src/core/ner/model';
import { CrfTrainer } from '../../server/src/core/ner/crf';
import { PerceptronTrainer } from '../../server/src/core/ner/perceptron';
import type { TrainingSentence } from '../../server/src/core/ner/trainingSet';
import { createEntityRecognizer } from '../../server/src/core/ner/recognizer';
import type { EntityRecognizer } from '../../server/src/core/recognizers';
import { ENTITY_LABELS } from '../../server/src/core/types';
import * as files from '../../server/src/entityModel';
import { clustersFor } from './clusterStep';
import { wordStatsFor, wordStatsOptions } from './statsStep';
import type { TriggerPhrases } from './wordStats';
import { WordStats } from '../../server/src/core/ner/wordStats';
import { addJackknifed } from './jackknife';
import { selfTrainingSentences, type SelfTrainingOptions } from './selfTraining';
import { compileGazetteer, readGazetteerSources } from './gazetteerSources';
import { readUnlabeledDocuments, recordDigests } from './unlabeled';
import { tuneLabelOffsets } from './labelOffsets';

/** The news part of the unlabeled text, which self-training tags. */
const SELF_TRAINING_FILE = 'unlabeled/jawharafm/ant_jawharafm_v1.1.txt.xz';

export interface TrainOptions {
  dataDir: string;
  listsDir: string;
  outDir: string;
  epochs: number;
  seed: number;
  /** how the weights are learned: averaged perceptron, or CRF by SGD on the L2-regularized likelihood */
  trainer: 'perceptron' | 'crf';
  /** CRF only: L2 penalty, initial step size, first averaged epoch, CRFs averaged, least spread of a shipped row */
  crf: { l2: number; learningRate: number; averageFrom: number; members: number; minSpread: number };
  /** also train on AQMAR train (Wikipedia), with updates of this size (0 = leave it out) */
  aqmarWeight: number;
  /** features seen fewer times in training get no weight */
  minFeatureCount: number;
  /** perceptrons averaged (different example orders) */
  ensemble: number;
  /** compute word clusters from ../shared/data/unlabeled and use them as features */
  clusters: boolean;
  /** compute word statistics (article, pronouns, verb use, inflection, frequency) from the unlabeled text */
  wordStats: boolean;
  /** folds of the jackknifed label dictionary (0 = no dictionary features) */
  dictionaryFolds: number;
  /** cost-augmented training margin (0 = plain perceptron updates) */
  margin: number;
  /** recall-oriented training cost of a missed name (0 = off; see perceptron.ts) */
  recallCost: number;
  /** probability of leaving out a token's own-word features at an update (0 = off; see perceptron.ts) */
  wordDropout: number;
  /** AQMAR's features get copies of their own (domain adaptation by feature augmentation; see perceptron.ts) */
  domainCopies: boolean;
  /** retrain with confidently tagged news sentences (weight 0 = off) */
  selfTraining: SelfTrainingOptions;
  cacheDir: string;
  log: (line: string) => void;
  /**
   * Measurement only (scripts/ner/retrainedStage.ts): extra features per training sentence, and the
   * recognizer that sees them, for epoch selection and the tag biases. Absent in every product training.
   */
  extraFeatures?: { wrap: (extractor: FeatureExtractor) => FeatureExtractor; recognizerFor: (model: EntityModel) => EntityRecognizer };
}

const sha256 = (bytes: Buffer | Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

function readCorpus(dataDir: string, relative: string, hashes: Record<string, string>): ConllSentence[] {
  const bytes = fs.readFileSync(path.join(dataDir, relative));
  hashes[relative] = sha256(bytes);
  return parseConll(bytes.toString('utf8'));
}

function toTrainingSentences(sentences: readonly ConllSentence[], tags: string[], weight: number, otherDomain = false): TrainingSentence[] {
  return sentences.map((s) => {
    const aligned = alignWords(s.tokens, s.tags);
    return { tokens: aligned.tokens, tags: aligned.tokenTags.map((t) => Math.max(0, tags.indexOf(t))), weight, otherDomain };
  });
}

/** Our person titles and organization words (data/lists), for the word statistics' trigger contexts. */
function readTriggerPhrases(listsDir: string): TriggerPhrases {
  const read = (name: string): string[] =>
    fs.readFileSync(path.join(listsDir, name), 'utf8').split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
  return { personTitles: read('person-titles.txt'), orgTriggers: read('org-triggers.txt') };
}

/** Compiles the gazetteer, recording every list it read (with its hash) in dataHashes. */
function buildGazetteer(options: TrainOptions, dataHashes: Record<string, string>): CompiledGazetteer {
  const sources = readGazetteerSources(options.dataDir, options.listsDir);
  for (const s of sources) {
    const root = s.file.startsWith('data/lists/') ? path.dirname(path.dirname(options.listsDir)) : options.dataDir;
    dataHashes[s.file] = sha256(fs.readFileSync(path.join(root, s.file)));
  }
  const compiled = compileGazetteer(sources);
  options.log(`gazetteer: ${compiled.entries.length} names in ${compiled.categories.length} categories`);
  return compiled;
}

/** Everything training reads: the compiled gazetteer, the corpora, the word clusters, and their hashes. */
export interface TrainingInputs {
  dataHashes: Record<string, string>;
  compiled: CompiledGazetteer;
  gazetteer: Gazetteer;
  tags: string[];
  train: ConllSentence[];
  aqmarTrain: ConllSentence[];
  anerDev: ConllSentence[];
  aqmarDev: ConllSentence[];
  clustersTable: string | undefined;
  clusters: WordClusters | undefined;
  statsTable: string | undefined;
  wordStats: WordStats | undefined;
}

export function readTrainingInputs(options: TrainOptions): TrainingInputs {
  const dataHashes: Record<string, string> = {};
  const compiled = buildGazetteer(options, dataHashes);
  const train = readCorpus(options.dataDir, 'anercorp/train.txt', dataHashes);
  const aqmarTrain = readCorpus(options.dataDir, 'aqmar/train.txt', dataHashes);
  const trainText = [...train, ...aqmarTrain].map((s) => s.tokens.join(' '));
  const clustersTable = options.clusters ? clustersFor(options.dataDir, trainText, options.cacheDir, dataHashes, options.log) : undefined;
  const statsTable = options.wordStats ? wordStatsFor(options.dataDir, wordStatsOptions(), compiled, options.cacheDir, dataHashes, options.log, readTriggerPhrases(options.listsDir)) : undefined;
  return {
    dataHashes,
    compiled,
    gazetteer: new Gazetteer(compiled),
    tags: bioTagSet(ENTITY_LABELS),
    train,
    aqmarTrain,
    anerDev: readCorpus(options.dataDir, 'anercorp/dev.txt', dataHashes),
    aqmarDev: readCorpus(options.dataDir, 'aqmar/dev.txt', dataHashes),
    clustersTable,
    clusters: clustersTable ? parseClustersFile(clustersTable) : undefined,
    statsTable,
    wordStats: statsTable ? WordStats.fromFile(statsTable) : undefined,
  };
}

export function trainModel(options: TrainOptions): void {
  const began = Date.now();
  const inputs = readTrainingInputs(options);
  const { model, bestEpoch, labelDictionary } = trainTagger(options, inputs, inputs.train, began);
  const { compiled, clustersTable, statsTable, dataHashes } = inputs;
  writeModelFiles(options, model, compiled, { clustersTable, statsTable, labelDictionary }, dataHashes, {
    seconds: Math.round((Date.now() - began) / 100) / 10,
    epochs: options.epochs,
    bestEpoch,
    seed: options.seed,
    trainer: options.trainer === 'crf' ? { name: 'crf', ...options.crf } : 'averaged perceptron',
    corpora: options.aqmarWeight > 0 ? ['anercorp/train.txt', `aqmar/train.txt (weight ${options.aqmarWeight}${options.domainCopies ? ', own feature copies' : ''})`] : ['anercorp/train.txt'],
    minFeatureCount: options.minFeatureCount,
    dictionaryFolds: options.dictionaryFolds,
    margin: options.margin,
    recallCost: options.recallCost,
    wordDropout: options.wordDropout,
    domainCopies: options.domainCopies,
    wordStats: options.wordStats ? wordStatsOptions() : 'off',
    selfTraining: options.selfTraining.weight > 0 ? { file: SELF_TRAINING_FILE, ...options.selfTraining } : 'off',
    features: model.table.size,
    temperature: model.temperature,
    tagBias: Object.fromEntries(model.tags.map((t, k) => [t, model.tagBias[k]])),
    command: 'npm run train -- --data ../shared/data',
  });
  scoreShippedModel(options.outDir, { anercorp: inputs.anerDev, aqmar: inputs.aqmarDev }, options.log);
}

/**
 * Trains one tagger on these ANERcorp sentences (plus AQMAR train as the options say): the best epoch by
 * ANERcorp dev F1, its tag biases and confidence temperature.
 */
export function trainTagger(options: TrainOptions, inputs: TrainingInputs, train: readonly ConllSentence[], began: number): { model: EntityModel; bestEpoch: number; labelDictionary?: LabelDictionary } {
  const { log } = options;
  const { gazetteer, clusters, wordStats, tags, aqmarTrain, anerDev, dataHashes } = inputs;
  const base: { featureVersion: string; gazetteer: Gazetteer; clusters?: WordClusters; labelDictionary?: LabelDictionary; wordStats?: WordStats } = { featureVersion: FEATURE_VERSION, gazetteer, clusters, wordStats };
  const wrap = options.extraFeatures?.wrap ?? ((e: FeatureExtractor) => e);
  const extractor = wrap(new FeatureExtractor(gazetteer, clusters, undefined, wordStats));
  const trainer = options.trainer === 'crf' ? new CrfTrainer(tags, extractor, base) : new PerceptronTrainer(tags, extractor, base);
  const corpora = [toTrainingSentences(train, tags, 1)];
  if (options.aqmarWeight > 0) corpora.push(toTrainingSentences(aqmarTrain, tags, options.aqmarWeight, options.domainCopies));
  if (options.dictionaryFolds > 1) {
    // the trainer reads base when it builds models, so the shipped dictionary goes in before training
    base.labelDictionary = addJackknifed(trainer, corpora, tags, options.dictionaryFolds, { gazetteer, clusters, wordStats }, wrap);
  } else {
    for (const sentences of corpora) trainer.addSentences(sentences);
  }
  log(`${train.length} + ${options.aqmarWeight > 0 ? aqmarTrain.length : 0} training sentences, ${trainer.featureCount} features (${((Date.now() - began) / 1000).toFixed(1)} s)`);

  let { best, tagBias } = trainBest(trainer, options, anerDev, began);
  if (options.selfTraining.weight > 0) {
    recordDigests(options.dataDir, [SELF_TRAINING_FILE], dataHashes);
    const documents = readUnlabeledDocuments(options.dataDir, [SELF_TRAINING_FILE]);
    const tagged = selfTrainingSentences({ ...best.model, tagBias }, documents, options.selfTraining);
    log(`self-training: ${tagged.length} confidently tagged sentences from ${documents.length} documents`);
    trainer.addSentences(tagged, new FeatureExtractor(gazetteer, clusters, base.labelDictionary, wordStats));
    ({ best, tagBias } = trainBest(trainer, options, anerDev, began));
  }
  const calibration = calibrateTemperature({ ...best.model, tagBias }, anerDev);
  log(`temperature ${calibration.temperature}, log loss ${calibration.logLoss.toFixed(3)}`);
  return { model: { ...best.model, tagBias, temperature: calibration.temperature }, bestEpoch: best.epoch, labelDictionary: base.labelDictionary };
}

/** Trains, keeps the best epoch by ANERcorp dev F1, and tunes the per-label score offsets. */
function trainBest(trainer: PerceptronTrainer | CrfTrainer, options: TrainOptions, anerDev: ConllSentence[], began: number): { best: { model: EntityModel; epoch: number }; tagBias: Float32Array } {
  const { log } = options;
  const onEpoch = (epoch: number, model: EntityModel): number => {
    const f1 = evaluateRecognizer(recognizerFor(model, options), anerDev).score.overall.f1;
    log(`epoch ${epoch}: ANERcorp dev F1 ${f1.toFixed(2)} (${model.table.size} rows, ${((Date.now() - began) / 1000).toFixed(1)} s)`);
    return f1;
  };
  const common = { epochs: options.epochs, seed: options.seed, minFeatureCount: options.minFeatureCount, onEpoch };
  const best =
    trainer instanceof CrfTrainer
      ? trainer.train({ ...common, ...options.crf })
      : trainer.train({ ...common, ensemble: options.ensemble, margin: options.margin, recallCost: options.recallCost, wordDropout: options.wordDropout });
  log(`best epoch ${best.epoch} (F1 ${best.score.toFixed(2)})`);
  // a CRF's scores are log-probabilities, a perceptron's grow with its updates: offsets on their own scale
  const offsets = trainer instanceof CrfTrainer ? CRF_TAG_OFFSETS : PERCEPTRON_TAG_OFFSETS;
  return { best, tagBias: tuneTagBias(best.model, anerDev, offsets, log, options) };
}

/** The recognizer dev scores are measured with while training (the product's, unless measuring extra features). */
function recognizerFor(model: EntityModel, options: TrainOptions): EntityRecognizer {
  return options.extraFeatures?.recognizerFor(model) ?? createEntityRecognizer(model, { explain: false });
}

const PERCEPTRON_TAG_OFFSETS = [-2, -1, 0, 1, 2, 3, 4, 6, 8, 11, 15, 20, 26, 34];
const CRF_TAG_OFFSETS = [-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 2.5, 3, 4, 5, 6];

/**
 * The perceptron is conservative (precision well above recall, most for ORG and MISC): choose a score
 * offset per entity label (on its B- and I- tags) by coordinate ascent on ANERcorp dev F1.
 */
function tuneTagBias(model: EntityModel, dev: ConllSentence[], offsets: readonly number[], log: (line: string) => void, options: TrainOptions): Float32Array {
  const bias = new Float32Array(model.tags.length);
  const f1 = (): number => evaluateRecognizer(recognizerFor({ ...model, tagBias: bias }, options), dev).score.overall.f1;
  const best = tuneLabelOffsets(model.tags, offsets, bias, f1);
  log(`tag biases ${model.tags.map((t, k) => `${t} ${bias[k]}`).join(', ')}: ANERcorp dev F1 ${best.toFixed(2)}`);
  return bias;
}

function writeModelFiles(
  options: TrainOptions,
  model: EntityModel,
  compiled: CompiledGazetteer,
  extras: { clustersTable: string | undefined; statsTable: string | undefined; labelDictionary: LabelDictionary | undefined },
  data: Record<string, string>,
  training: Record<string, unknown>,
): void {
  fs.mkdirSync(options.outDir, { recursive: true });
  const written: Record<string, Buffer> = {
    [files.MODEL_FILE]: Buffer.from(serializeModel(model)),
    [files.GAZETTEER_FILE]: Buffer.from(formatGazetteerFile(compiled)),
  };
  const { clustersTable, statsTable, labelDictionary } = extras;
  if (clustersTable) written[files.CLUSTERS_FILE] = Buffer.from(clustersTable);
  if (statsTable) written[files.WORD_STATS_FILE] = Buffer.from(statsTable);
  if (labelDictionary) {
    written[files.LABEL_DICTIONARY_FILE] = Buffer.from(formatClustersFile(Object.fromEntries(labelDictionary), 'label dictionary: stem<TAB>code (see core/ner/labelDictionary.ts), from the training corpora'));
  }
  // files of earlier formats or runs that this model does not use
  const unused = [
    ...(clustersTable ? [] : [files.CLUSTERS_FILE]),
    ...(statsTable ? [] : [files.WORD_STATS_FILE]),
    ...(labelDictionary ? [] : [files.LABEL_DICTIONARY_FILE]),
  ];
  for (const stale of ['gazetteer.json', 'clusters.json', ...unused]) {
    if (fs.existsSync(path.join(options.outDir, stale))) fs.unlinkSync(path.join(options.outDir, stale));
  }
  const fileInfo: Record<string, files.ModelFileInfo> = {};
  for (const [name, bytes] of Object.entries(written)) {
    fs.writeFileSync(path.join(options.outDir, name), bytes);
    fileInfo[name] = { sha256: sha256(bytes), bytes: bytes.length };
  }
  const manifest: files.EntityModelManifest = {
    name: `arabic-news-annotator entity tagger (${options.trainer === 'crf' ? 'CRF' : 'averaged perceptron'})`,
    featureVersion: model.featureVersion,
    labels: [...ENTITY_LABELS],
    tags: model.tags,
    files: fileInfo,
    data,
    training,
    dev: {},
  };
  fs.writeFileSync(path.join(options.outDir, files.MANIFEST_FILE), JSON.stringify(manifest, null, 2) + '\n');
}

/** Loads the files just written, as the server will, and records their dev scores in the manifest. */
function scoreShippedModel(outDir: string, devSets: Record<string, ConllSentence[]>, log: (line: string) => void): void {
  const recognizer = files.loadEntityRecognizer(outDir);
  const manifest = files.entityModelInfo(outDir);
  for (const [name, sentences] of Object.entries(devSets)) {
    const { precision, recall, f1 } = evaluateRecognizer(recognizer, sentences).score.overall;
    const round = (x: number): number => Math.round(x * 100) / 100;
    manifest.dev[`${name}/dev.txt`] = { precision: round(precision), recall: round(recall), f1: round(f1) };
    log(`shipped model, ${name} dev: P ${precision.toFixed(2)} R ${recall.toFixed(2)} F1 ${f1.toFixed(2)}`);
  }
  fs.writeFileSync(path.join(outDir, files.MANIFEST_FILE), JSON.stringify(manifest, null, 2) + '\n');
}
