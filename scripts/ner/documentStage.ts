// Measurement only (see documentStageCv.ts): a second stage and how its weights are learned. The first stage is frozen: its emission
// scores, transitions and temperature are fixed inputs, and only one weight per document feature and tag
// is learned, by SGD on the L2-regularized likelihood of the gold tags under
//   p(y) ∝ exp((first-stage score(y) + temperature × document score(y)) / temperature),
// a CRF whose emissions carry the first stage's scores as an offset. Likelihood (not the perceptron) because
// the first stage's scores have a fixed scale: the CRF learns on that scale through the temperature, where
// a perceptron's step size would be one more thing to tune. The first stage's scores on training text must
// come from a tagger that did not train on that text (jackknifed), or they would be overconfident and the
// document evidence would look useless.
import { EntityScorer } from '../../server/src/core/ner/scorer';
import { ForwardBackward } from '../../server/src/core/ner/forwardBackward';
import type { EntityModel } from '../../server/src/core/ner/model';
import type { EmissionAdjustment } from '../../server/src/core/ner/recognizer';
import { mulberry32, shuffle } from '../../server/src/core/ner/trainingSet';
import { bioConstraints, SequenceDecoder } from '../../server/src/core/ner/viterbi';
import { tuneLabelOffsets } from './labelOffsets';

/** One training sentence: the first stage's scores for it, the gold tags, and its document features. */
export interface StageTwoExample {
  /** the first stage's emission scores, [i * T + t] */
  emissions: Float32Array;
  n: number;
  gold: Int32Array;
  features: string[][];
  /** per token, the first stage's own tag there (for the calibration features) */
  stageOneTags: string[];
  /** the sentence's words (retrainedStage.ts finds its document features by them) */
  text: string;
  /** which first-stage model scored it (its transitions and temperature) */
  chain: number;
}

export interface StageTwoOptions {
  /** likelihood (CRF, the default) or mistake-driven updates (averaged perceptron, steps of learningRate) */
  trainer: 'crf' | 'perceptron';
  epochs: number;
  /** L2 penalty on the summed log-likelihood */
  l2: number;
  learningRate: number;
  seed: number;
  /**
   * Also learn per-tag weights that fire on every token (bias, and the first stage's own tag there), and
   * drop them after training. The first stage's scores are not calibrated probabilities (its tag biases are
   * tuned for F1, ORG and MISC +26): without these, the likelihood spends the document weights on
   * recalibrating every token that has any, instead of on what the document says.
   */
  calibration: boolean;
  /** leave out the features of words whose other mentions are all untagged */
  dropUntagged: boolean;
  /**
   * After training, choose a score offset per label for tokens with document evidence (feature `evidence`)
   * by F1, on the training sentences themselves ('train') or on ANERcorp dev as tagged by the same first
   * stage ('dev', where the first stage's tag biases are tuned). Likelihood and Viterbi add a name when it is
   * likelier than not, but F1 gains from a name right more than about 40% of the time.
   */
  tuneOffsets: 'off' | 'train' | 'dev';
  /**
   * Learn against the first stage's scores without its tag biases (added back when tagging): the biases
   * are a decision threshold tuned for F1, which the likelihood would otherwise spend document weights undoing.
   */
  unbiased: boolean;
}

const CALIBRATION = 'calibration:';

export const STAGE_TWO_DEFAULTS: StageTwoOptions = { trainer: 'crf', epochs: 6, l2: 1, learningRate: 0.05, seed: 7, calibration: false, dropUntagged: false, tuneOffsets: 'off', unbiased: false };

/** A first-stage model's transitions and start scores with the BIO mask. */
function maskedChain(model: EntityModel): { transitions: Float32Array; start: Float32Array } {
  const T = model.tags.length;
  const mask = bioConstraints(model.tags);
  const transitions = new Float32Array(T * T);
  for (let k = 0; k < transitions.length; k++) transitions[k] = mask.transitions[k] + model.transitions[k];
  const start = new Float32Array(T);
  for (let t = 0; t < T; t++) start[t] = mask.start[t] + model.start[t];
  return { transitions, start };
}

/** A first-stage model's chain at its temperature, for the likelihood. */
function stageOneChain(model: EntityModel): ForwardBackward {
  const { transitions, start } = maskedChain(model);
  const chain = new ForwardBackward(model.tags.length);
  chain.prepare(transitions, start, model.temperature);
  return chain;
}

/** A first-stage model's Viterbi decoder, for the perceptron. */
function stageOneDecoder(model: EntityModel): SequenceDecoder {
  const { transitions, start } = maskedChain(model);
  return new SequenceDecoder(model.tags.length, transitions, start);
}

export function trainDocumentStage(tags: readonly string[], examples: readonly StageTwoExample[], stageOne: readonly EntityModel[], options: StageTwoOptions = STAGE_TWO_DEFAULTS, tuning?: readonly StageTwoExample[]): DocumentStageModel {
  const chains = stageOne.map(stageOneChain);
  const decoders = stageOne.map(stageOneDecoder);
  const temperatures = stageOne.map((m) => m.temperature);
  let best = new Int32Array(0);
  const T = tags.length;
  // sentences without document features have no gradient
  const keep = (key: string): boolean => !(options.dropUntagged && key.startsWith('untagged:'));
  const featuresOf = (e: StageTwoExample): string[][] =>
    e.features.map((f, i) => [...f.filter(keep), ...(options.calibration ? [`${CALIBRATION}bias`, `${CALIBRATION}own:${e.stageOneTags[i]}`] : [])]);
  const used = examples.filter((e) => e.features.some((f) => f.some(keep)));
  const index = new Map<string, number>();
  for (const e of used) for (const f of featuresOf(e)) for (const key of f) if (!index.has(key)) index.set(key, index.size);
  const F = index.size;
  const w = new Float64Array(F * T);
  const sum = new Float64Array(F * T);
  let averaged = 0;
  const order = used.map((_, k) => k);
  const random = mulberry32(options.seed);
  let scores = new Float32Array(0);
  const shrinkPerExample = options.l2 / Math.max(1, used.length);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, random);
    const rate = options.learningRate / (1 + (epoch - 1) * 0.5);
    let logLikelihood = 0;
    for (const k of order) {
      const e = used[k];
      const tau = temperatures[e.chain];
      if (scores.length < e.n * T) {
        scores = new Float32Array(e.n * T);
        best = new Int32Array(e.n);
      }
      scores.set(e.emissions.subarray(0, e.n * T));
      const rows = featuresOf(e).map((f) => f.map((key) => index.get(key)!));
      rows.forEach((r, i) => {
        for (const f of r) for (let t = 0; t < T; t++) scores[i * T + t] += tau * w[f * T + t];
      });
      if (options.trainer === 'perceptron') {
        decoders[e.chain].decode(scores, e.n, best);
        rows.forEach((r, i) => {
          const gold = e.gold[i], got = best[i];
          if (gold === got) return;
          for (const f of r) {
            w[f * T + gold] += options.learningRate;
            w[f * T + got] -= options.learningRate;
          }
        });
        for (let j = 0; j < w.length; j++) sum[j] += w[j];
        averaged++;
        continue;
      }
      const chain = chains[e.chain];
      const logZ = chain.compute(scores, e.n);
      logLikelihood -= logZ;
      const p = chain.marginals;
      const factor = 1 - rate * shrinkPerExample;
      for (let j = 0; j < w.length; j++) w[j] *= factor;
      rows.forEach((r, i) => {
        for (const f of r) {
          for (let t = 0; t < T; t++) w[f * T + t] += rate * ((e.gold[i] === t ? 1 : 0) - p[i * T + t]);
        }
      });
      if (epoch > 1) {
        for (let j = 0; j < w.length; j++) sum[j] += w[j];
        averaged++;
      }
    }
    void logLikelihood;
  }
  const weights = new Map<string, Float32Array>();
  for (const [key, f] of index) {
    if (key.startsWith(CALIBRATION)) continue;
    const row = new Float32Array(T);
    for (let t = 0; t < T; t++) row[t] = averaged > 0 ? sum[f * T + t] / averaged : w[f * T + t];
    weights.set(key, row);
  }
  const stage = { tags: [...tags], weights };
  if (options.tuneOffsets !== 'off') weights.set(EVIDENCE, tuneEvidenceOffsets(stage, tuning ?? used, stageOne, decoders));
  return stage;
}

const OFFSETS = [-1, -0.5, -0.25, 0, 0.25, 0.5, 0.75, 1, 1.5, 2, 3];

/** Per-label offsets (natural units, on B- and I-) for tokens with document evidence, by coordinate ascent on F1. */
function tuneEvidenceOffsets(stage: DocumentStageModel, examples: readonly StageTwoExample[], stageOne: readonly EntityModel[], decoders: readonly SequenceDecoder[]): Float32Array {
  const T = stage.tags.length;
  const offsets = new Float32Array(T);
  const withEvidence = { ...stage, weights: new Map([...stage.weights, [EVIDENCE, offsets]]) };
  const prepared = examples.map((e) => ({ e, features: e.features }));
  let scores = new Float32Array(0);
  let best = new Int32Array(0);
  const f1 = (): number => {
    const scorer = new EntityScorer();
    for (const { e, features } of prepared) {
      if (scores.length < e.n * T) {
        scores = new Float32Array(e.n * T);
        best = new Int32Array(e.n);
      }
      scores.set(e.emissions.subarray(0, e.n * T));
      addDocumentScores(withEvidence, features, scores, e.n, stageOne[e.chain].temperature);
      decoders[e.chain].decode(scores, e.n, best);
      scorer.add(Array.from(e.gold, (t) => stage.tags[t]), Array.from(best.subarray(0, e.n), (t) => stage.tags[t]));
    }
    return scorer.score().overall.f1;
  };
  tuneLabelOffsets(stage.tags, OFFSETS, offsets, f1);
  return offsets;
}

// The second stage's weights: one score per document feature (documentFeatures.ts) and tag, added to the
// first stage's emission scores of a sentence before it is decoded again. The first stage's weights,
// transitions and temperature stay as they are; the second stage's weights are log-potentials at the first
// stage's temperature, so a token's scores become emission + temperature × weight.
export interface DocumentStageModel {
  /** the tags the weights are laid out by (the first stage's, O first) */
  tags: readonly string[];
  /** per feature key: one weight per tag */
  weights: ReadonlyMap<string, Float32Array>;
}

/** The adjustment adding a sentence's document evidence to its first-stage scores (undefined if none). */
export function documentAdjustment(stage: DocumentStageModel, features: readonly string[][], temperature: number): EmissionAdjustment | undefined {
  if (!features.some((f) => f.some((key) => stage.weights.has(key)))) return undefined;
  return (emissions, n) => addDocumentScores(stage, features, emissions, n, temperature);
}

/**
 * The weights of this key go to every token with any known document feature: per-label offsets chosen for
 * F1 (a name is worth suggesting when it is right about 40% of the time, not only when it is likelier than not).
 */
export const EVIDENCE = 'evidence';

/** emissions[i * T + t] += temperature × the weights of token i's features; false when none is known. */
export function addDocumentScores(stage: DocumentStageModel, features: readonly string[][], emissions: Float32Array, n: number, temperature: number): boolean {
  const T = stage.tags.length;
  const evidence = stage.weights.get(EVIDENCE);
  let changed = false;
  for (let i = 0; i < n && i < features.length; i++) {
    let known = false;
    for (const key of features[i]) {
      const w = stage.weights.get(key);
      if (w === undefined || key === EVIDENCE) continue;
      for (let t = 0; t < T; t++) emissions[i * T + t] += temperature * w[t];
      known = true;
    }
    if (known && evidence) for (let t = 0; t < T; t++) emissions[i * T + t] += temperature * evidence[t];
    changed ||= known;
  }
  return changed;
}
