// Exact first-order decoding over BIO tags: Viterbi for the best sequence and forward-backward for
// per-token tag marginals (the confidence). Scores are laid out flat: emissions[i * T + t],
// transitions[from * T + to], start[t]. Buffers are reused between calls to keep the hot path allocation-free.

/** Transition mask for BIO tags: I-X may only follow B-X or I-X (and may not start a sentence). */
export function bioConstraints(tags: readonly string[]): { transitions: Float32Array; start: Float32Array } {
  const T = tags.length;
  const transitions = new Float32Array(T * T);
  const start = new Float32Array(T);
  for (let to = 0; to < T; to++) {
    const tag = tags[to];
    if (!tag.startsWith('I-')) continue;
    const label = tag.slice(2);
    start[to] = -Infinity;
    for (let from = 0; from < T; from++) {
      if (tags[from] !== `B-${label}` && tags[from] !== `I-${label}`) transitions[from * T + to] = -Infinity;
    }
  }
  return { transitions, start };
}

export class SequenceDecoder {
  private scores = new Float64Array(0);
  private backpointers = new Int32Array(0);
  private alpha = new Float64Array(0);
  private beta = new Float64Array(0);
  private expEmit = new Float64Array(0);
  /** scratch of the backward pass: the next token's emission × backward score per tag */
  private readonly nextProduct: Float64Array;

  /**
   * @param transitions T*T learned transition scores plus constraint mask (-Infinity where forbidden)
   * @param start T start scores plus constraint mask
   */
  constructor(
    readonly numTags: number,
    private readonly transitions: Float32Array,
    private readonly start: Float32Array,
  ) {
    this.nextProduct = new Float64Array(numTags);
  }

  /** Writes the best tag sequence for n tokens into out[0..n). */
  decode(emissions: Float32Array, n: number, out: Int32Array): void {
    const T = this.numTags;
    if (n === 0) return;
    this.ensure(n);
    const score = this.scores;
    const back = this.backpointers;
    const trans = this.transitions;
    for (let t = 0; t < T; t++) score[t] = this.start[t] + emissions[t];
    for (let i = 1; i < n; i++) {
      const prev = (i - 1) * T;
      const cur = i * T;
      for (let t = 0; t < T; t++) {
        let best = -Infinity;
        let arg = 0;
        for (let s = 0; s < T; s++) {
          const v = score[prev + s] + trans[s * T + t];
          if (v > best) {
            best = v;
            arg = s;
          }
        }
        score[cur + t] = best + emissions[cur + t];
        back[cur + t] = arg;
      }
    }
    let bestLast = 0;
    const last = (n - 1) * T;
    for (let t = 1; t < T; t++) if (score[last + t] > score[last + bestLast]) bestLast = t;
    out[n - 1] = bestLast;
    for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * T + out[i]];
  }

  /**
   * Per-token tag marginals under p(y) ∝ exp(score(y) / temperature), written to out[i * T + t].
   * Each position is renormalized as it goes, so long sentences cannot underflow.
   */
  marginals(emissions: Float32Array, n: number, temperature: number, expTransitions: Float64Array, out: Float64Array): void {
    const T = this.numTags;
    if (n === 0) return;
    this.ensure(n);
    const a = this.alpha;
    const b = this.beta;
    const e = this.expEmit;
    const inverse = 1 / temperature;
    for (let i = 0; i < n; i++) {
      const row = i * T;
      let max = -Infinity;
      for (let t = 0; t < T; t++) if (emissions[row + t] > max) max = emissions[row + t];
      for (let t = 0; t < T; t++) e[row + t] = Math.exp((emissions[row + t] - max) * inverse);
    }
    let norm = 0;
    for (let t = 0; t < T; t++) norm += a[t] = e[t] * Math.exp(this.start[t] / temperature);
    for (let t = 0; t < T; t++) a[t] /= norm;
    for (let i = 1; i < n; i++) {
      norm = 0;
      for (let t = 0; t < T; t++) {
        let sum = 0;
        for (let s = 0; s < T; s++) sum += a[(i - 1) * T + s] * expTransitions[s * T + t];
        norm += a[i * T + t] = sum * e[i * T + t];
      }
      for (let t = 0; t < T; t++) a[i * T + t] /= norm;
    }
    for (let t = 0; t < T; t++) b[(n - 1) * T + t] = 1;
    const next = this.nextProduct;
    for (let i = n - 2; i >= 0; i--) {
      // the next token's emission times its backward score, once per tag rather than once per pair
      for (let t = 0; t < T; t++) next[t] = e[(i + 1) * T + t] * b[(i + 1) * T + t];
      norm = 0;
      for (let s = 0; s < T; s++) {
        let sum = 0;
        for (let t = 0; t < T; t++) sum += expTransitions[s * T + t] * next[t];
        norm += b[i * T + s] = sum;
      }
      const inverseNorm = 1 / norm;
      for (let s = 0; s < T; s++) b[i * T + s] *= inverseNorm;
    }
    for (let i = 0; i < n; i++) {
      let z = 0;
      for (let t = 0; t < T; t++) z += out[i * T + t] = a[i * T + t] * b[i * T + t];
      const inverseZ = 1 / z;
      for (let t = 0; t < T; t++) out[i * T + t] *= inverseZ;
    }
  }

  /** exp(transition / temperature), with forbidden transitions at 0; computed once per model. */
  expTransitions(temperature: number): Float64Array {
    const out = new Float64Array(this.transitions.length);
    for (let k = 0; k < out.length; k++) out[k] = Math.exp(this.transitions[k] / temperature);
    return out;
  }

  private ensure(n: number): void {
    const size = n * this.numTags;
    if (this.scores.length >= size) return;
    const grown = Math.max(size, this.scores.length * 2);
    this.scores = new Float64Array(grown);
    this.backpointers = new Int32Array(grown);
    this.alpha = new Float64Array(grown);
    this.beta = new Float64Array(grown);
    this.expEmit = new Float64Array(grown);
  }
}
