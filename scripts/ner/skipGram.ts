// Word vectors by skip-gram with negative sampling (Mikolov et al. 2013), an alternative to random indexing
// for the word clusters (wordClusters.ts, option `method`). A word's vector is trained to predict the words
// around it against random words drawn by frequency^0.75; frequent words are subsampled. Single-threaded and
// seeded, so a run is deterministic for a given input and options.
import { mulberry32 } from '../../server/src/core/ner/perceptron';

export interface SkipGramOptions {
  dimensions: number;
  /** the largest window; each position draws its own window from 1 to this (nearer words count more) */
  window: number;
  negatives: number;
  epochs: number;
  /** frequent words are kept with probability sqrt(subsample / share) */
  subsample: number;
  learningRate: number;
  seed: number;
}

/** Corpus as word ids (-1 marks a document boundary), and each id's count. */
export interface IdCorpus {
  sequence: Int32Array;
  length: number;
  counts: readonly number[];
}

const NEGATIVE_TABLE = 1 << 22;

/**
 * Vectors of `vocabulary` (ids, row r = vocabulary[r]); every vocabulary word is both a target and a context.
 * Rows come back length-normalized.
 */
export function skipGramVectors(corpus: IdCorpus, vocabulary: readonly number[], o: SkipGramOptions): Float32Array {
  const D = o.dimensions;
  const V = vocabulary.length;
  const random = mulberry32(o.seed);
  const row = new Int32Array(corpus.counts.length).fill(-1);
  vocabulary.forEach((id, r) => (row[id] = r));
  let total = 0;
  for (const id of vocabulary) total += corpus.counts[id];
  const keep = new Float32Array(V);
  for (let r = 0; r < V; r++) {
    const share = corpus.counts[vocabulary[r]] / total;
    keep[r] = Math.min(1, Math.sqrt(o.subsample / share) + o.subsample / share);
  }
  const negatives = negativeTable(corpus, vocabulary);
  const input = new Float32Array(V * D);
  for (let i = 0; i < input.length; i++) input[i] = (random() - 0.5) / D;
  const output = new Float32Array(V * D);
  const gradient = new Float32Array(D);
  // the corpus as rows, frequent words subsampled once per epoch, boundaries kept as -1
  const rows = new Int32Array(corpus.length);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    let n = 0;
    for (let i = 0; i < corpus.length; i++) {
      const id = corpus.sequence[i];
      if (id < 0) rows[n++] = -1;
      else if (row[id] >= 0 && random() < keep[row[id]]) rows[n++] = row[id];
    }
    for (let i = 0; i < n; i++) {
      const target = rows[i];
      if (target < 0) continue;
      // the step falls linearly over all epochs
      const rate = o.learningRate * Math.max(1e-4, 1 - (epoch + i / n) / o.epochs);
      const window = 1 + Math.floor(random() * o.window);
      // outwards on each side, stopping at a document boundary (-1): the words beyond it are another article's
      for (let d = 1; d <= window && i - d >= 0 && rows[i - d] >= 0; d++) train(input, output, gradient, target, rows[i - d], negatives, o.negatives, rate, D, random);
      for (let d = 1; d <= window && i + d < n && rows[i + d] >= 0; d++) train(input, output, gradient, target, rows[i + d], negatives, o.negatives, rate, D, random);
    }
  }
  for (let r = 0; r < V; r++) {
    let norm = 0;
    for (let k = 0; k < D; k++) norm += input[r * D + k] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < D; k++) input[r * D + k] /= norm;
  }
  return input;
}

/** One positive pair and its negatives: logistic loss on the dot products, SGD on both tables. */
function train(
  input: Float32Array, output: Float32Array, gradient: Float32Array, target: number, context: number,
  negatives: Int32Array, k: number, rate: number, D: number, random: () => number,
): void {
  gradient.fill(0);
  const t = target * D;
  for (let s = 0; s <= k; s++) {
    const other = s === 0 ? context : negatives[Math.floor(random() * negatives.length)];
    if (s > 0 && other === context) continue;
    const c = other * D;
    let dot = 0;
    for (let x = 0; x < D; x++) dot += input[t + x] * output[c + x];
    const label = s === 0 ? 1 : 0;
    const g = rate * (label - 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, dot)))));
    for (let x = 0; x < D; x++) {
      gradient[x] += g * output[c + x];
      output[c + x] += g * input[t + x];
    }
  }
  for (let x = 0; x < D; x++) input[t + x] += gradient[x];
}

/** Rows repeated in proportion to count^0.75: a uniform draw from it is a negative sample. */
function negativeTable(corpus: IdCorpus, vocabulary: readonly number[]): Int32Array {
  const weights = vocabulary.map((id) => corpus.counts[id] ** 0.75);
  const sum = weights.reduce((a, b) => a + b, 0);
  const table = new Int32Array(NEGATIVE_TABLE);
  let r = 0;
  let reached = weights[0] / sum;
  for (let i = 0; i < NEGATIVE_TABLE; i++) {
    table[i] = r;
    if ((i + 1) / NEGATIVE_TABLE > reached && r < vocabulary.length - 1) reached += weights[++r] / sum;
  }
  return table;
}
