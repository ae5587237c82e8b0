// `node scripts/out/train.js --data ../shared/data --cross-validate 5 --document-stage [--seed S] [--dev-models DIR]`:
// an offline measurement, not product code. Does a trained document-level second stage (Krishnan & Manning
// 2006 stacking; documentFeatures.ts, documentStage.ts) beat the rule-based document
// step (core/ner/repeatedNames.ts)? The folds, seed and first-stage taggers are exactly those of
// `--cross-validate` (crossValidate.ts). Fold k's tagger, trained on the other folds, tags fold k: that is
// both the held-out first stage scored for fold k and the jackknifed first-stage output the second stage
// learns from. The second stage scored on fold k is trained on the other folds' jackknifed output only. (Their
// taggers did train on fold k's text, but the second stage never sees fold k's gold: it learns only a few
// hundred weights from the other folds' gold, so the leak is through the first stage's general quality.)
// Articles are blocks of 16 sentences, as in `eval`. Prints pooled F1 for: the first stage alone, the rule
// step (the shipped pipeline), the second stage instead of it, and both; then ANERcorp and AQMAR dev with the
// model in --dev-models (default server/models) as the first stage and a second stage learned from all folds.
// Also the rule step with a learned filter, and with an oracle filter (ruleStepFilter.ts); with
// NER_RETRAINED_STAGE=1 also a whole second tagger retrained with the document features (retrainedStage.ts).
// Environment: NER_STAGE_TWO='{"trainer":"perceptron",...}' changes the second stage's options (StageTwoOptions
// in documentStage.ts); NER_STAGE_ONE_CACHE=DIR keeps the five first-stage taggers between runs (stageOneCache.ts).
import { paragraphRanges } from '../../server/src/core/paragraphs';
import type { ConllSentence } from '../../server/src/core/ner/conll';
import { alignWords } from '../../server/src/core/ner/corpus';
import { evaluateAsArticles, SENTENCES_PER_ARTICLE } from '../../server/src/core/ner/articleEval';
import { evaluateRecognizer, formatScoreTable } from '../../server/src/core/ner/evaluate';
import type { EntityModel } from '../../server/src/core/ner/model';
import { createEntityRecognizer, decodeEntities, type AdjustableRecognizer } from '../../server/src/core/ner/recognizer';
import { RepeatedNames } from '../../server/src/core/ner/repeatedNames';
import { EntityScorer, type EntityScore } from '../../server/src/core/ner/scorer';
import { Analyzer } from '../../server/src/core/pipeline';
import type { EntityRecognizer, SentenceInput } from '../../server/src/core/recognizers';
import { splitSentences, tokenize } from '../../server/src/core/text';
import type { Suggestion } from '../../server/src/core/types';
import { loadEntityModel } from '../../server/src/entityModel';
import { foldOf } from './crossValidate';
import { documentFeatures, type StageOneSentence } from './documentFeatures';
import { cachedStageOne } from './stageOneCache';
import { documentKeyAdjustment, recognizerWithDocumentFeatures, sentenceKey, withDocumentFeatures, type DocumentFeaturesByText } from './retrainedStage';
import { filteredRules, oracleRules, ruleCandidates, trainFilter, type Candidate } from './ruleStepFilter';
import { documentAdjustment, trainDocumentStage, STAGE_TWO_DEFAULTS, type DocumentStageModel, type StageTwoExample, type StageTwoOptions } from './documentStage';
import { readTrainingInputs, trainTagger, type TrainingInputs, type TrainOptions } from './trainModel';

const VARIANTS = ['sentence', 'rules', 'stage2', 'stage2+rules', 'oracle-rules@0.3', 'oracle-rules@0.1', 'filtered-rules@0.4', 'filtered-rules@0.3', 'filtered-rules@0.5'] as const;
type Variant = (typeof VARIANTS)[number];

export function crossValidateDocumentStage(options: TrainOptions, folds: number, devModelsDir: string, stageTwo: StageTwoOptions = { ...STAGE_TWO_DEFAULTS, seed: options.seed, ...(JSON.parse(process.env.NER_STAGE_TWO ?? '{}') as Partial<StageTwoOptions>) }): void {
  const began = Date.now();
  const seconds = (): string => `${((Date.now() - began) / 1000).toFixed(0)} s`;
  const inputs = readTrainingInputs(options);
  const { tags } = inputs;
  const models: EntityModel[] = [];
  const examples: StageTwoExample[][] = [];
  const candidates: Candidate[][] = [];
  for (let k = 0; k < folds; k++) {
    const { held, rest } = foldOf(inputs.train, k, folds);
    const extras = { gazetteer: inputs.gazetteer, clusters: inputs.clusters, wordStats: inputs.wordStats };
    const model = cachedStageOne(process.env.NER_STAGE_ONE_CACHE, `seed${options.seed}-fold${k + 1}of${folds}`, extras, () => trainTagger({ ...options, log: () => undefined }, inputs, rest, began).model);
    models.push(model);
    examples.push(stageTwoExamples(model, held, tags, k, stageTwo.unbiased));
    candidates.push(ruleCandidates(model, held));
    options.log(`fold ${k + 1}: first stage trained (${seconds()})`);
  }
  const devModel = loadEntityModel(devModelsDir);
  // tag biases are tuned on ANERcorp dev for each fold's first stage; the second stage's offsets likewise
  const devExamples = [...models, devModel].map((m, k) => (stageTwo.tuneOffsets === 'dev' ? stageTwoExamples(m, inputs.anerDev, tags, k, stageTwo.unbiased) : undefined));
  const totals = new Map<Variant, EntityScorer>(VARIANTS.map((v) => [v, new EntityScorer()]));
  for (let k = 0; k < folds; k++) {
    const { held } = foldOf(inputs.train, k, folds);
    const stage = trainDocumentStage(tags, examples.filter((_, j) => j !== k).flat(), [...models, devModel], stageTwo, devExamples[k]);
    const filter = trainFilter(candidates.filter((_, j) => j !== k).flat(), options.seed);
    const scores = scoreVariants(models[k], stage, held, filter);
    for (const v of VARIANTS) totals.get(v)!.merge(scores[v]);
    options.log(`fold ${k + 1}: ${VARIANTS.map((v) => `${v} ${scores[v].overall.f1.toFixed(2)}`).join(', ')} (${stage.weights.size} document features, ${seconds()})`);
  }
  if (process.env.NER_RETRAINED_STAGE === '1') {
    const retrained = { alone: new EntityScorer(), withRules: new EntityScorer() };
    for (let k = 0; k < folds; k++) {
      const { held, rest } = foldOf(inputs.train, k, folds);
      const dev = stageTwoExamples(models[k], inputs.anerDev, tags, k, false);
      const model = retrainedStage(options, inputs, rest, examples.filter((_, j) => j !== k).flat(), dev, began);
      const scores = retrainedScores(models[k], model, held);
      retrained.alone.merge(scores.alone);
      retrained.withRules.merge(scores.withRules);
      options.log(`fold ${k + 1}: retrained second stage ${scores.alone.overall.f1.toFixed(2)}, then rules ${scores.withRules.overall.f1.toFixed(2)} (${seconds()})`);
    }
    options.log(`all folds, retrained second stage:\n${formatScoreTable(retrained.alone.score())}`);
    options.log(`all folds, retrained second stage then rules:\n${formatScoreTable(retrained.withRules.score())}`);
    options.log(`cross-validation F1 (seed ${options.seed}), retrained second stage: ${retrained.alone.score().overall.f1.toFixed(2)}, then rules ${retrained.withRules.score().overall.f1.toFixed(2)}`);
    const model = retrainedStage(options, inputs, inputs.train, examples.flat(), stageTwoExamples(devModel, inputs.anerDev, tags, folds, false), began);
    for (const [name, sentences] of [['ANERcorp dev', inputs.anerDev], ['AQMAR dev', inputs.aqmarDev]] as const) {
      const scores = retrainedScores(devModel, model, sentences);
      options.log(`${name} (first stage ${devModelsDir}), retrained second stage: ${scores.alone.overall.f1.toFixed(2)}, then rules ${scores.withRules.overall.f1.toFixed(2)}`);
    }
  }
  for (const v of VARIANTS) options.log(`all folds, ${v}:\n${formatScoreTable(totals.get(v)!.score())}`);
  options.log(`cross-validation F1 (seed ${options.seed}): ${VARIANTS.map((v) => `${v} ${totals.get(v)!.score().overall.f1.toFixed(2)}`).join(', ')}`);

  const stage = trainDocumentStage(tags, examples.flat(), [...models, devModel], stageTwo, devExamples[folds]);
  logWeights(stage, options.log);
  const allFilter = trainFilter(candidates.flat(), options.seed);
  const all = candidates.flat();
  options.log(`rule-step suggestions on the folds: ${all.length}, right ${all.filter((c) => c.right).length}; filter weights: ${[...allFilter].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 20).map(([f, x]) => `${f} ${x.toFixed(2)}`).join(', ')}`);
  for (const [name, sentences] of [['ANERcorp dev', inputs.anerDev], ['AQMAR dev', inputs.aqmarDev]] as const) {
    const scores = scoreVariants(devModel, stage, sentences, allFilter);
    options.log(`${name} (first stage ${devModelsDir}): ${VARIANTS.map((v) => `${v} ${scores[v].overall.f1.toFixed(2)}`).join(', ')}`);
  }
  options.log(`second stage options ${JSON.stringify(stageTwo)}; done (${seconds()})`);
}

/** A whole second tagger trained with document features from the first stage's jackknifed output. */
function retrainedStage(options: TrainOptions, inputs: TrainingInputs, train: readonly ConllSentence[], jackknifed: readonly StageTwoExample[], dev: readonly StageTwoExample[], began: number): EntityModel {
  const byText = (examples: readonly StageTwoExample[]): DocumentFeaturesByText => new Map(examples.map((e) => [e.text, e.features]));
  const training = byText(jackknifed);
  const devFeatures = byText(dev);
  return trainTagger({ ...options, log: () => undefined, extraFeatures: { wrap: (e) => withDocumentFeatures(e, training), recognizerFor: (m) => recognizerWithDocumentFeatures(m, devFeatures) } }, inputs, train, began).model;
}

/** Pipeline scores of the retrained second stage fed by this first stage. */
function retrainedScores(stageOne: EntityModel, stageTwo: EntityModel, sentences: readonly ConllSentence[]): { alone: EntityScore; withRules: EntityScore } {
  const second = createEntityRecognizer(stageTwo, { explain: false });
  const staged = new StagedRecognizer(createEntityRecognizer(stageOne, { explain: false }), (input, features) => second.recognizeAdjusted(input, features && documentKeyAdjustment(stageTwo, features)));
  return stagedScores(staged, sentences);
}

/** The first stage's scores and entities for each sentence of a held-out fold, read in articles of 16. */
function stageTwoExamples(model: EntityModel, held: readonly ConllSentence[], tags: readonly string[], chain: number, unbiased: boolean): StageTwoExample[] {
  const recognizer = createEntityRecognizer(model, { explain: false, gazetteerFallback: false });
  const T = tags.length;
  const out: StageTwoExample[] = [];
  for (let first = 0; first < held.length; first += SENTENCES_PER_ARTICLE) {
    const article = held.slice(first, first + SENTENCES_PER_ARTICLE).map((s) => alignWords(s.tokens, s.tags));
    const stageOne: StageOneSentence[] = [];
    const ownTags: string[][] = [];
    const emissions: Float32Array[] = [];
    for (const a of article) {
      const tagged = recognizer.tagger.tag(a.tokens);
      const scores = tagged.emissions.slice(0, tagged.n * T);
      if (unbiased) for (let k = 0; k < scores.length; k++) scores[k] -= model.tagBias[k % T];
      emissions.push(scores);
      const entities = decodeEntities(recognizer.tagger, a.tokens);
      stageOne.push({ tokens: a.tokens, entities });
      const own = a.tokens.map(() => 'O');
      for (const e of entities) for (let i = e.start; i < e.end; i++) own[i] = `${i === e.start ? 'B' : 'I'}-${e.label}`;
      ownTags.push(own);
    }
    const features = documentFeatures(stageOne);
    article.forEach((a, s) => {
      const gold = Int32Array.from(a.tokenTags, (t) => Math.max(0, tags.indexOf(t)));
      out.push({ emissions: emissions[s], n: a.tokens.length, gold, features: features[s], stageOneTags: ownTags[s], text: sentenceKey(a.tokens), chain });
    });
  }
  return out;
}

/** Pooled scores of one first stage on these sentences, alone, with the rule step, the second stage, both. */
function scoreVariants(model: EntityModel, stage: DocumentStageModel, sentences: readonly ConllSentence[], filter: Map<string, number>): Record<Variant, EntityScore> {
  const recognizer = createEntityRecognizer(model, { explain: false });
  const staged = new StagedRecognizer(recognizer, (input, features) => recognizer.recognizeAdjusted(input, features && documentAdjustment(stage, features, model.temperature)));
  const stacked = stagedScores(staged, sentences);
  const rulesAfter = (): RepeatedNames => new RepeatedNames();
  const rules = evaluateAsArticles({ analyze: (text, o) => new Analyzer({ entities: recognizer, document: rulesAfter() }).analyze(text, o) }, sentences, SENTENCES_PER_ARTICLE).score;
  return {
    sentence: evaluateRecognizer(recognizer, sentences).score,
    rules,
    stage2: stacked.alone,
    'stage2+rules': stacked.withRules,
    'oracle-rules@0.3': oracleRules(model, sentences, 0.3),
    'oracle-rules@0.1': oracleRules(model, sentences, 0.1),
    'filtered-rules@0.4': filteredRules(model, sentences, filter, 0.4),
    'filtered-rules@0.3': filteredRules(model, sentences, filter, 0.3),
    'filtered-rules@0.5': filteredRules(model, sentences, filter, 0.5),
  };
}

/**
 * A second stage seen through the pipeline's sentence seam, for measuring only: before an article is
 * analyzed, `prepare` runs the first stage over all of its sentences (split as the pipeline splits them)
 * and computes every sentence's document features; `recognize` then tags a sentence with them.
 */
export class StagedRecognizer implements EntityRecognizer {
  private features = new Map<string, string[][]>();

  constructor(
    private readonly stageOne: AdjustableRecognizer,
    private readonly tagWith: (input: SentenceInput, features: string[][] | undefined) => Suggestion[],
  ) {}

  prepare(text: string): void {
    const keys: string[] = [];
    const article: StageOneSentence[] = [];
    for (const range of paragraphRanges(text)) {
      const paragraph = text.slice(range.start, range.end);
      const tokens = tokenize(paragraph);
      for (const sentence of splitSentences(paragraph, tokens)) {
        const own = tokens.slice(sentence.tokenStart, sentence.tokenEnd);
        keys.push(keyOf(paragraph, sentence.start));
        article.push({ tokens: own, entities: decodeEntities(this.stageOne.tagger, own) });
      }
    }
    const features = documentFeatures(article);
    this.features = new Map(keys.map((key, s) => [key, features[s]]));
  }

  recognize(input: SentenceInput): Suggestion[] {
    return this.tagWith(input, this.features.get(keyOf(input.text, input.sentence.start)));
  }
}

/** Pooled pipeline scores of a staged recognizer, alone and with the rule step after it. */
export function stagedScores(staged: StagedRecognizer, sentences: readonly ConllSentence[]): { alone: EntityScore; withRules: EntityScore } {
  const through = (rules: boolean) => ({
    analyze: (text: string, o: { minConfidence?: number }) => {
      staged.prepare(text);
      return new Analyzer({ entities: staged, document: rules ? new RepeatedNames() : undefined }).analyze(text, o);
    },
  });
  return { alone: evaluateAsArticles(through(false), sentences, SENTENCES_PER_ARTICLE).score, withRules: evaluateAsArticles(through(true), sentences, SENTENCES_PER_ARTICLE).score };
}

function keyOf(paragraph: string, start: number): string {
  return `${start}\u0000${paragraph}`;
}

/** The strongest weights, to see what the second stage learned. */
function logWeights(stage: DocumentStageModel, log: (line: string) => void): void {
  const rows = [...stage.weights].map(([key, w]) => ({ key, w, spread: Math.max(...w) - Math.min(...w) })).sort((a, b) => b.spread - a.spread);
  log(`second stage on all folds: ${rows.length} features; strongest:`);
  for (const r of rows.slice(0, Number(process.env.NER_STAGE_TWO_SHOW ?? 25))) log(`  ${r.key.padEnd(28)} ${[...r.w].map((x, t) => `${stage.tags[t]} ${x.toFixed(2)}`).join(' ')}`);
}

