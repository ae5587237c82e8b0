// Distributional word clusters from raw text, used as tagger features so that a name never seen in the
// annotated data still looks like the names it shares contexts with. Method (chosen for speed, no
// dependencies): each word's left/right neighbours are accumulated into a random-indexing vector
// (every context word has a fixed sparse random ±1 signature; frequent contexts are down-weighted by
// 1/sqrt(frequency)), the vectors are centred and length-normalized, then clustered with two-level
// spherical k-means (COARSE groups, each split into FINE). A word's cluster id is coarse * FINE + fine,
// so id >> 4 is its coarse group. Deterministic for a given seed and input.
import { tokenize } from '../../server/src/core/text';
import { mulberry32 } from '../../server/src/core/ner/perceptron';
import { skipGramVectors } from './skipGram';

export interface ClusterOptions {
  /** neighbours counted on each side (1 = adjacent words only; 2 adds the next ones at half weight) */
  window: number;
  vocabulary: number;
  minCount: number;
  dimensions: number;
  contexts: number;
  coarse: number;
  fine: number;
  iterations: number;
  seed: number;
  /** how word vectors are made: random indexing of neighbours (the default, when absent) or skip-gram */
  method?: 'skipgram';
}

/** Skip-gram settings when `method` is 'skipgram' (its window and dimensions are the options' own). */
const SKIPGRAM = { negatives: 5, epochs: 2, subsample: 1e-4, learningRate: 0.025 };

/**
 * Part of a skip-gram clustering's cache key (clusterStep.ts): change it with the skip-gram code or the
 * settings above, so that a cached clustering from other code is not reused. 2: windows stop at document
 * boundaries on the left too.
 */
export const SKIPGRAM_VERSION = `skipgram-2 ${JSON.stringify(SKIPGRAM)}`;

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  window: 1, vocabulary: 80000, minCount: 4, dimensions: 160, contexts: 4000, coarse: 64, fine: 16, iterations: 10, seed: 11,
};

const NONZEROS = 8;

/** Token keys as the tagger looks them up: the normalized stem of words, the normalized form otherwise. */
class CorpusIndex {
  readonly ids = new Map<string, number>();
  readonly keys: string[] = [];
  counts: number[] = [];
  sequence = new Int32Array(1 << 20);
  length = 0;

  add(document: string): void {
    for (const token of tokenize(document)) {
      const key = token.kind === 'word' ? token.stemNorm : token.kind === 'number' ? '<num>' : token.norm;
      this.push(this.idOf(key));
    }
    this.push(-1); // document boundary
  }

  private idOf(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
      this.counts.push(0);
    }
    this.counts[id]++;
    return id;
  }

  private push(id: number): void {
    if (this.length === this.sequence.length) {
      const grown = new Int32Array(this.sequence.length * 2);
      grown.set(this.sequence);
      this.sequence = grown;
    }
    this.sequence[this.length++] = id;
  }
}

function isArabicWord(key: string): boolean {
  const c = key.charCodeAt(0);
  return key.length >= 2 && c >= 0x0621 && c <= 0x064a;
}

/** Ids ranked by frequency, ties by key so the order is stable. */
function ranked(index: CorpusIndex, keep: (id: number) => boolean, limit: number): number[] {
  const ids: number[] = [];
  for (let id = 0; id < index.keys.length; id++) if (keep(id)) ids.push(id);
  ids.sort((a, b) => index.counts[b] - index.counts[a] || (index.keys[a] < index.keys[b] ? -1 : 1));
  return ids.slice(0, limit);
}

function contextVectors(index: CorpusIndex, words: number[], contexts: number[], o: ClusterOptions): Float32Array {
  const D = o.dimensions;
  const random = mulberry32(o.seed);
  const row = new Int32Array(index.keys.length).fill(-1);
  words.forEach((id, r) => (row[id] = r));
  // signature of (context id, side): NONZEROS positions with signs, weight folded in
  const ctxSlot = new Int32Array(index.keys.length).fill(-1);
  contexts.forEach((id, k) => (ctxSlot[id] = k));
  const sides = 2 * o.window;
  const sigPos = new Int32Array(contexts.length * sides * NONZEROS);
  const sigVal = new Float32Array(contexts.length * sides * NONZEROS);
  for (let k = 0; k < contexts.length * sides; k++) {
    const distance = 1 + ((k % sides) >> 1);
    const weight = 1 / Math.sqrt(index.counts[contexts[Math.floor(k / sides)]]) / distance;
    for (let z = 0; z < NONZEROS; z++) {
      sigPos[k * NONZEROS + z] = Math.floor(random() * D);
      sigVal[k * NONZEROS + z] = (random() < 0.5 ? -1 : 1) * weight;
    }
  }
  const vectors = new Float32Array(words.length * D);
  const seq = index.sequence;
  const addContext = (r: number, ctx: number, side: number): void => {
    if (ctx < 0 || ctxSlot[ctx] < 0) return;
    const k = (ctxSlot[ctx] * sides + side) * NONZEROS;
    for (let z = 0; z < NONZEROS; z++) vectors[r * D + sigPos[k + z]] += sigVal[k + z];
  };
  for (let i = 0; i < index.length; i++) {
    const r = seq[i] < 0 ? -1 : row[seq[i]];
    if (r < 0) continue;
    // side 2d-2 is d words to the left, 2d-1 d words to the right; a document boundary (-1) stops the window
    for (let d = 1; d <= o.window; d++) {
      if (i - d < 0 || seq[i - d] < 0) break;
      addContext(r, seq[i - d], 2 * d - 2);
    }
    for (let d = 1; d <= o.window; d++) {
      if (i + d >= index.length || seq[i + d] < 0) break;
      addContext(r, seq[i + d], 2 * d - 1);
    }
  }
  normalizeRows(vectors, words.length, D);
  const mean = new Float32Array(D);
  for (let r = 0; r < words.length; r++) for (let d = 0; d < D; d++) mean[d] += vectors[r * D + d] / words.length;
  for (let r = 0; r < words.length; r++) for (let d = 0; d < D; d++) vectors[r * D + d] -= mean[d];
  normalizeRows(vectors, words.length, D);
  return vectors;
}

/** Skip-gram vectors of the words, trained over a vocabulary twice as large (function words and punctuation are contexts too). */
function skipGramRows(index: CorpusIndex, words: number[], o: ClusterOptions): Float32Array {
  const vocabulary = ranked(index, (id) => index.counts[id] >= o.minCount, 2 * o.vocabulary);
  const rowOf = new Map(vocabulary.map((id, r) => [id, r]));
  for (const id of words) if (!rowOf.has(id)) rowOf.set(id, vocabulary.push(id) - 1);
  const all = skipGramVectors(index, vocabulary, { ...SKIPGRAM, dimensions: o.dimensions, window: o.window, seed: o.seed });
  const D = o.dimensions;
  const vectors = new Float32Array(words.length * D);
  words.forEach((id, r) => {
    const at = (rowOf.get(id) as number) * D;
    vectors.set(all.subarray(at, at + D), r * D);
  });
  return vectors;
}

function normalizeRows(v: Float32Array, rows: number, D: number): void {
  for (let r = 0; r < rows; r++) {
    let norm = 0;
    for (let d = 0; d < D; d++) norm += v[r * D + d] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < D; d++) v[r * D + d] /= norm;
  }
}

/** Spherical k-means over the given rows; returns the cluster of each row (in the order given). */
function kmeans(v: Float32Array, D: number, rows: number[], K: number, iterations: number, random: () => number): Int32Array {
  const assign = new Int32Array(rows.length);
  if (rows.length <= K) {
    rows.forEach((_, i) => (assign[i] = i));
    return assign;
  }
  const centroids = new Float32Array(K * D);
  const picked = new Set<number>();
  for (let k = 0; k < K; k++) {
    let i = Math.floor(random() * rows.length);
    while (picked.has(i)) i = (i + 1) % rows.length;
    picked.add(i);
    centroids.set(v.subarray(rows[i] * D, rows[i] * D + D), k * D);
  }
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < rows.length; i++) {
      const base = rows[i] * D;
      let best = 0;
      let bestDot = -Infinity;
      for (let k = 0; k < K; k++) {
        let dot = 0;
        for (let d = 0; d < D; d++) dot += v[base + d] * centroids[k * D + d];
        if (dot > bestDot) {
          bestDot = dot;
          best = k;
        }
      }
      assign[i] = best;
    }
    centroids.fill(0);
    for (let i = 0; i < rows.length; i++) for (let d = 0; d < D; d++) centroids[assign[i] * D + d] += v[rows[i] * D + d];
    normalizeRows(centroids, K, D);
  }
  return assign;
}

/** Word clusters of the documents: normalized stem -> coarse * fine + fine id. */
export function computeWordClusters(documents: Iterable<string>, o: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): Record<string, number> {
  const index = new CorpusIndex();
  for (const document of documents) index.add(document);
  const words = ranked(index, (id) => index.counts[id] >= o.minCount && isArabicWord(index.keys[id]), o.vocabulary);
  const vectors = o.method === 'skipgram' ? skipGramRows(index, words, o) : contextVectors(index, words, ranked(index, () => true, o.contexts), o);
  const random = mulberry32(o.seed + 1);
  const all = words.map((_, r) => r);
  const coarse = kmeans(vectors, o.dimensions, all, o.coarse, o.iterations, random);
  const result: Record<string, number> = {};
  for (let c = 0; c < o.coarse; c++) {
    const members = all.filter((r) => coarse[r] === c);
    const fine = kmeans(vectors, o.dimensions, members, o.fine, o.iterations, random);
    members.forEach((r, i) => (result[index.keys[words[r]]] = c * o.fine + fine[i]));
  }
  return result;
}
