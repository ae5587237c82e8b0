// Linear-chain CRF (Lafferty et al. 2001) over the same features and training set as the perceptron, trained
// by stochastic gradient on the L2-regularized conditional log-likelihood, one sentence at a time:
//   maximize Σ_s weight_s · log p(gold_s | s) − (l2 / 2) ‖θ‖².
// The gradient of a sentence is its gold feature counts minus their expectation under the model
// (forward-backward with the BIO mask). L2 shrinks every weight at every step; rather than touching all of
// them, the parameters are kept as scale × v and a step multiplies the one scale (Bottou's SGD trick), so a
// step costs O(features of the sentence). The weights shipped are the average of the iterates
// (averaged SGD), which settles SGD's noise as averaging does the perceptron's. The result
// is an EntityModel like the perceptron's: tagging, the file format and speed do not change.
import type { EntityModel } from './model';
import { ForwardBackward } from './forwardBackward';
import { ScaledParameters, type ParameterArrays } from './scaledParameters';
import { mulberry32, SentenceTrainer, shuffle, type EncodedSentence } from './trainingSet';
import { bioConstraints } from './viterbi';

export interface CrfOptions {
  epochs: number;
  seed: number;
  /** features seen fewer times than this in training get no weights */
  minFeatureCount?: number;
  /** L2 penalty on the whole training objective (default 0.3) */
  l2?: number;
  /** initial step size η0; the step at example t is η0 / (1 + η0 · l2 · t / N) (default 0.1) */
  learningRate?: number;
  /** average the iterates from this epoch on (default 1; 0 = ship the last iterate) */
  averageFrom?: number;
  /** CRFs trained over different orders (seeds seed, seed+1, ...) and averaged (default 1) */
  members?: number;
  /**
   * rows whose weights span less than this are left out of the model (default 0.01: half of a CRF's rows
   * are nearly flat, since L2 leaves every feature seen some weight; leaving them out changed no dev tag)
   */
  minSpread?: number;
  /** called after each epoch with the model so far; return a score to keep the best epoch */
  onEpoch?: (epoch: number, model: EntityModel) => number;
}

/** Parameters and their scale; a gradient target: arrays that receive step × the gradient. */
export interface ScoredParameters {
  arrays: ParameterArrays;
  scale: number;
}
export interface GradientTarget {
  arrays: ParameterArrays;
  step: number;
}

export class CrfTrainer extends SentenceTrainer {
  /** Trains and returns the model of the best epoch (by onEpoch's score; the last if none). */
  train(options: CrfOptions): { model: EntityModel; epoch: number; score: number } {
    const encoded = this.encode(options.minFeatureCount ?? 1);
    const objective = new CrfObjective(this.tags);
    const schedule = { l2: options.l2 ?? 0.3, rate0: options.learningRate ?? 0.1, N: Math.max(1, encoded.length) };
    // like the perceptron's ensemble: members see different orders, learn in lockstep, and are averaged
    const members = Array.from({ length: options.members ?? 1 }, (_, k) => new CrfLearner(this.keys.length, this.tags.length, options.seed + k, encoded.length));
    let best: { model: EntityModel; epoch: number; score: number } | undefined;
    for (let epoch = 1; epoch <= options.epochs; epoch++) {
      for (const member of members) member.epoch(encoded, objective, schedule, epoch === (options.averageFrom ?? 1));
      const model = this.modelFrom(averageOf(members.map((m) => m.parameters.current())), options.minSpread ?? 0.01);
      const score = options.onEpoch ? options.onEpoch(epoch, model) : epoch;
      if (!best || score > best.score) best = { model, epoch, score };
    }
    if (!best) throw new Error('training needs at least one epoch');
    return best;
  }
}

/** One CRF learning by SGD over its own order of the sentences. */
class CrfLearner {
  readonly parameters: ScaledParameters;
  private readonly random: () => number;
  private readonly order: number[];
  private readonly iterate: GradientTarget;
  private readonly sum: GradientTarget;
  private step = 0;

  constructor(rows: number, numTags: number, seed: number, sentences: number) {
    this.parameters = new ScaledParameters(rows, numTags);
    this.random = mulberry32(seed);
    this.order = Array.from({ length: sentences }, (_, i) => i);
    this.iterate = { arrays: this.parameters.v, step: 0 };
    this.sum = { arrays: this.parameters.u, step: 0 };
  }

  /** One pass over the sentences in a new order; the step at example t is rate0 / (1 + rate0 · l2 · t / N). */
  epoch(encoded: readonly EncodedSentence[], objective: CrfObjective, schedule: { l2: number; rate0: number; N: number }, startAveraging: boolean): void {
    const { l2, rate0, N } = schedule;
    const p = this.parameters;
    if (startAveraging) p.startAveraging();
    shuffle(this.order, this.random);
    for (const index of this.order) {
      const rate = rate0 / (1 + (rate0 * l2 * this.step++) / N);
      p.shrink(1 - (rate * l2) / N);
      this.iterate.step = rate / p.scale;
      this.sum.step = this.iterate.step * p.uFactor;
      objective.addGradient(encoded[index], { arrays: p.v, scale: p.scale }, this.sum.step === 0 ? [this.iterate] : [this.iterate, this.sum]);
      p.endStep();
    }
  }
}

type DenseModel = { weights: Float32Array; transitions: Float32Array; start: Float32Array };

function averageOf(models: DenseModel[]): DenseModel {
  const [first, ...rest] = models;
  for (const name of ['weights', 'transitions', 'start'] as const) {
    const target = first[name];
    for (const other of rest) for (let k = 0; k < target.length; k++) target[k] += other[name][k];
    for (let k = 0; k < target.length; k++) target[k] /= models.length;
  }
  return first;
}

/** One sentence's weighted log-likelihood and its gradient. */
export class CrfObjective {
  private readonly T: number;
  private readonly mask: { transitions: Float32Array; start: Float32Array };
  private readonly chain: ForwardBackward;
  private readonly transitions: Float64Array;
  private readonly start: Float64Array;
  private readonly expected: Float64Array;
  private emissions = new Float64Array(0);

  constructor(tags: readonly string[]) {
    this.T = tags.length;
    this.mask = bioConstraints(tags);
    this.chain = new ForwardBackward(this.T);
    this.transitions = new Float64Array(this.T * this.T);
    this.start = new Float64Array(this.T);
    this.expected = new Float64Array(this.T * this.T);
  }

  /**
   * Adds step × ∇θ [weight · log p(gold | sentence)] to each target's arrays (which may be the parameter
   * arrays themselves: every score is read before anything is written); returns weight · log p(gold | sentence).
   */
  addGradient(s: EncodedSentence, parameters: ScoredParameters, targets: readonly GradientTarget[]): number {
    const n = s.gold.length;
    this.score(s, parameters);
    this.expected.fill(0);
    const logZ = this.chain.run(this.emissions, n, this.transitions, this.start, this.expected);
    const logLikelihood = s.weight * (this.goldScore(s) - logZ);
    for (const target of targets) this.addScaled(s, target.arrays, target.step * s.weight);
    return logLikelihood;
  }

  /** into += g × (gold counts − expected counts), with the marginals of the last run. */
  private addScaled(s: EncodedSentence, into: ParameterArrays, g: number): void {
    const T = this.T;
    const n = s.gold.length;
    const marginals = this.chain.marginals;
    for (let i = 0; i < n; i++) {
      const gold = s.gold[i];
      for (let f = s.offsets[i]; f < s.offsets[i + 1]; f++) {
        if (s.rows[f] < 0) continue;
        const r = s.rows[f] * T;
        for (let t = 0; t < T; t++) into.weights[r + t] -= g * marginals[i * T + t];
        into.weights[r + gold] += g;
      }
    }
    for (let t = 0; t < T; t++) into.start[t] -= g * marginals[t];
    into.start[s.gold[0]] += g;
    for (let k = 0; k < T * T; k++) into.transitions[k] -= g * this.expected[k];
    for (let i = 1; i < n; i++) into.transitions[s.gold[i - 1] * T + s.gold[i]] += g;
  }

  /** Emission, transition and start scores of the sentence under the parameters (mask included). */
  private score(s: EncodedSentence, { arrays: p, scale }: ScoredParameters): void {
    const T = this.T;
    const n = s.gold.length;
    if (this.emissions.length < n * T) this.emissions = new Float64Array(Math.max(n * T, this.emissions.length * 2));
    const e = this.emissions;
    e.fill(0, 0, n * T);
    for (let i = 0; i < n; i++) {
      for (let f = s.offsets[i]; f < s.offsets[i + 1]; f++) {
        if (s.rows[f] < 0) continue;
        const r = s.rows[f] * T;
        for (let t = 0; t < T; t++) e[i * T + t] += p.weights[r + t];
      }
      for (let t = 0; t < T; t++) e[i * T + t] *= scale;
    }
    for (let k = 0; k < T * T; k++) this.transitions[k] = this.mask.transitions[k] + scale * p.transitions[k];
    for (let t = 0; t < T; t++) this.start[t] = this.mask.start[t] + scale * p.start[t];
  }

  private goldScore(s: EncodedSentence): number {
    const T = this.T;
    let total = this.start[s.gold[0]];
    for (let i = 0; i < s.gold.length; i++) {
      total += this.emissions[i * T + s.gold[i]];
      if (i > 0) total += this.transitions[s.gold[i - 1] * T + s.gold[i]];
    }
    return total;
  }
}
