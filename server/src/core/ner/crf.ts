// Linear-chain CRF (Lafferty et al. 2001) over the same features and training set as the perceptron, trained
// by stochastic gradient on the L2-regularized conditional log-likelihood, one sentence at a time:
//   maximize Σ_s weight_s · log p(gold_s | s) − (l2 / 2) ‖θ‖².
// The gradient of a sentence is its gold feature counts minus their expectation under the model
// (forward-backward with the BIO mask). L2 shrinks every weight at every step; rather than touching all of
// them, the parameters are kept as scale × v and a step multiplies the one scale (Bottou's SGD trick), so a
// step costs O(features of the sentence). The weights shipped are the average of the iterates from the
// second epoch on (averaged SGD), which settles SGD's noise as averaging does the perceptron's. The result
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
  /** L2 penalty on the whole training objective (default 1) */
  l2?: number;
  /** initial step size η0; the step at example t is η0 / (1 + η0 · l2 · t / N) (default 0.1) */
  learningRate?: number;
  /** average the iterates from this epoch on (default 2; 0 = ship the last iterate) */
  averageFrom?: number;
  /** rows whose weights span less than this are left out of the model (smaller file and table; default 0) */
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
    const T = this.tags.length;
    const l2 = options.l2 ?? 1;
    const rate0 = options.learningRate ?? 0.1;
    const parameters = new ScaledParameters(this.keys.length, T);
    const averageFrom = options.averageFrom ?? 2;
    const objective = new CrfObjective(this.tags);
    const random = mulberry32(options.seed);
    const order = encoded.map((_, i) => i);
    const N = Math.max(1, encoded.length);
    const iterate: GradientTarget = { arrays: parameters.v, step: 0 };
    const sum: GradientTarget = { arrays: parameters.u, step: 0 };
    let step = 0;
    let best: { model: EntityModel; epoch: number; score: number } | undefined;
    for (let epoch = 1; epoch <= options.epochs; epoch++) {
      if (epoch === averageFrom) parameters.startAveraging();
      shuffle(order, random);
      for (const index of order) {
        const rate = rate0 / (1 + (rate0 * l2 * step++) / N);
        parameters.shrink(1 - (rate * l2) / N);
        iterate.step = rate / parameters.scale;
        sum.step = iterate.step * parameters.uFactor;
        objective.addGradient(encoded[index], { arrays: parameters.v, scale: parameters.scale }, sum.step === 0 ? [iterate] : [iterate, sum]);
        parameters.endStep();
      }
      const model = this.modelFrom(parameters.current(), options.minSpread ?? 0);
      const score = options.onEpoch ? options.onEpoch(epoch, model) : epoch;
      if (!best || score > best.score) best = { model, epoch, score };
    }
    if (!best) throw new Error('training needs at least one epoch');
    return best;
  }
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
