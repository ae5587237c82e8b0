// Averaged structured perceptron (Collins 2002) over the tagger's features, with exact Viterbi decoding
// during training. Features are mapped to dense weight rows by a dictionary built from the training set;
// the weights are averaged with the usual lazy trick (w - u / c) so that every update costs O(features).
import type { EntityModel } from './model';
import { mulberry32, SentenceTrainer, shuffle, type EncodedSentence } from './trainingSet';
import { bioConstraints, SequenceDecoder } from './viterbi';

export { mulberry32 } from './trainingSet';
export type { TrainingSentence } from './trainingSet';

export interface PerceptronOptions {
  epochs: number;
  seed: number;
  /** features seen fewer times than this in training get no weights (rare features mostly overfit) */
  minFeatureCount?: number;
  /** train this many perceptrons on different orders (seeds seed, seed+1, ...) and average them (default 1) */
  ensemble?: number;
  /**
   * cost-augmented decoding in training: every wrong tag gets this much extra score, so the perceptron also
   * updates on right answers won by less than a margin (a structured hinge, like MIRA; default 0 = plain)
   */
  margin?: number;
  /**
   * recall-oriented cost (Mohit et al. 2012): in training, O gets this much extra score at tokens whose gold
   * tag is an entity's, so the perceptron also updates when a name wins over O by less than that (default 0)
   */
  recallCost?: number;
  /**
   * word dropout: at each update, each token's own-word features (word, stem, bigrams, gazetteer entry +
   * word) are left out with this probability, so that the model learns to tag names it has not memorized
   * from their affixes, clusters, gazetteer matches and context, as it must on new text (default 0)
   */
  wordDropout?: number;
  /** called after each epoch with the averaged model so far; return a score to keep the best epoch */
  onEpoch?: (epoch: number, model: EntityModel) => number;
}

export class PerceptronTrainer extends SentenceTrainer {
  /** Trains and returns the averaged model of the best epoch (by onEpoch's score; the last if none). */
  train(options: PerceptronOptions): { model: EntityModel; epoch: number; score: number } {
    const encoded = this.encode(options.minFeatureCount ?? 1);
    // members learn in lockstep, one epoch each in turn, so that the best epoch is chosen for the average
    const members = Array.from({ length: options.ensemble ?? 1 }, (_, k) => ({
      state: new PerceptronState(this.keys.length, this.tags, {
        margin: options.margin ?? 0,
        recallCost: options.recallCost ?? 0,
        wordDropout: options.wordDropout ?? 0,
        random: mulberry32(options.seed + 1000 + k),
      }),
      random: mulberry32(options.seed + k),
      order: encoded.map((_, i) => i),
    }));
    let best: { model: EntityModel; epoch: number; score: number } | undefined;
    for (let epoch = 1; epoch <= options.epochs; epoch++) {
      for (const member of members) {
        shuffle(member.order, member.random);
        for (const index of member.order) member.state.learn(encoded[index]);
      }
      const model = this.averagedModel(members.map((m) => m.state));
      const score = options.onEpoch ? options.onEpoch(epoch, model) : epoch;
      if (!best || score > best.score) best = { model, epoch, score };
    }
    if (!best) throw new Error('training needs at least one epoch');
    return best;
  }

  private averagedModel(states: PerceptronState[]): EntityModel {
    const averaged = states[0].averaged();
    for (let k = 1; k < states.length; k++) {
      const other = states[k].averaged();
      for (let i = 0; i < averaged.weights.length; i++) averaged.weights[i] += other.weights[i];
      for (let i = 0; i < averaged.transitions.length; i++) averaged.transitions[i] += other.transitions[i];
      for (let i = 0; i < averaged.start.length; i++) averaged.start[i] += other.start[i];
    }
    // a sum scores like the mean; dividing keeps weights on the scale the O/tag biases are tuned for
    const scale = 1 / states.length;
    for (const part of [averaged.weights, averaged.transitions, averaged.start]) for (let i = 0; i < part.length; i++) part[i] *= scale;
    return this.modelFrom(averaged);
  }
}

/** Weights, their running sums for averaging, and the decoder used to find the current best guess. */
class PerceptronState {
  private readonly T: number;
  private readonly w: Float64Array;
  private readonly u: Float64Array;
  /** transitions T*T then start T, learned part only */
  private readonly tw: Float64Array;
  private readonly tu: Float64Array;
  private readonly mask: { transitions: Float32Array; start: Float32Array };
  private readonly decodeTransitions: Float32Array;
  private readonly decodeStart: Float32Array;
  private readonly decoder: SequenceDecoder;
  private emissions = new Float32Array(0);
  private guess = new Int32Array(0);
  private c = 1;

  private readonly margin: number;
  private readonly recallCost: number;
  private readonly wordDropout: number;
  private readonly random: () => number;
  /** per token of the sentence being learned: its own-word features are left out */
  private dropped = new Uint8Array(0);

  constructor(rows: number, tags: string[], costs: { margin: number; recallCost: number; wordDropout: number; random: () => number }) {
    ({ margin: this.margin, recallCost: this.recallCost, wordDropout: this.wordDropout, random: this.random } = costs);
    this.T = tags.length;
    this.w = new Float64Array(rows * this.T);
    this.u = new Float64Array(rows * this.T);
    this.tw = new Float64Array(this.T * this.T + this.T);
    this.tu = new Float64Array(this.T * this.T + this.T);
    this.mask = bioConstraints(tags);
    this.decodeTransitions = Float32Array.from(this.mask.transitions);
    this.decodeStart = Float32Array.from(this.mask.start);
    this.decoder = new SequenceDecoder(this.T, this.decodeTransitions, this.decodeStart);
  }

  learn(s: EncodedSentence): void {
    const n = s.gold.length;
    const T = this.T;
    if (this.guess.length < n) {
      this.guess = new Int32Array(n * 2);
      this.emissions = new Float32Array(n * 2 * T);
      this.dropped = new Uint8Array(n * 2);
    }
    this.emissions.fill(0, 0, n * T);
    const dropped = this.dropped;
    for (let i = 0; i < n; i++) dropped[i] = this.wordDropout > 0 && this.random() < this.wordDropout ? 1 : 0;
    for (let i = 0; i < n; i++) {
      for (let f = s.offsets[i]; f < s.offsets[i + 1]; f++) {
        if (s.rows[f] < 0 || (dropped[i] && s.lexical[f])) continue;
        const r = s.rows[f] * T;
        for (let t = 0; t < T; t++) this.emissions[i * T + t] += this.w[r + t];
      }
    }
    if (this.margin > 0) {
      for (let i = 0; i < n; i++) for (let t = 0; t < T; t++) if (t !== s.gold[i]) this.emissions[i * T + t] += this.margin;
    }
    if (this.recallCost > 0) {
      for (let i = 0; i < n; i++) if (s.gold[i] !== 0) this.emissions[i * T] += this.recallCost;
    }
    this.decoder.decode(this.emissions, n, this.guess);
    for (let i = 0; i < n; i++) {
      const gold = s.gold[i];
      const guess = this.guess[i];
      if (gold !== guess) {
        for (let f = s.offsets[i]; f < s.offsets[i + 1]; f++) {
          if (s.rows[f] < 0 || (dropped[i] && s.lexical[f])) continue;
          this.update(this.w, this.u, s.rows[f] * T + gold, s.weight);
          this.update(this.w, this.u, s.rows[f] * T + guess, -s.weight);
        }
      }
      const goldPrev = i === 0 ? -1 : s.gold[i - 1];
      const guessPrev = i === 0 ? -1 : this.guess[i - 1];
      if (gold !== guess || goldPrev !== guessPrev) {
        this.updateTransition(goldPrev, gold, s.weight);
        this.updateTransition(guessPrev, guess, -s.weight);
      }
    }
    this.c++;
  }

  averaged(): { weights: Float32Array; transitions: Float32Array; start: Float32Array } {
    const weights = new Float32Array(this.w.length);
    for (let k = 0; k < weights.length; k++) weights[k] = this.w[k] - this.u[k] / this.c;
    const TT = this.T * this.T;
    const transitions = new Float32Array(TT);
    const start = new Float32Array(this.T);
    for (let k = 0; k < TT; k++) transitions[k] = this.tw[k] - this.tu[k] / this.c;
    for (let t = 0; t < this.T; t++) start[t] = this.tw[TT + t] - this.tu[TT + t] / this.c;
    return { weights, transitions, start };
  }

  private update(w: Float64Array, u: Float64Array, index: number, delta: number): void {
    w[index] += delta;
    u[index] += this.c * delta;
  }

  private updateTransition(from: number, to: number, delta: number): void {
    const T = this.T;
    const index = from < 0 ? T * T + to : from * T + to;
    this.update(this.tw, this.tu, index, delta);
    if (from < 0) this.decodeStart[to] = this.mask.start[to] + this.tw[index];
    else this.decodeTransitions[index] = this.mask.transitions[index] + this.tw[index];
  }
}
