// Forward-backward over a linear chain: the log partition function, per-token tag marginals (the tagger's
// confidence) and the expected transition counts (CRF training). Scaled probabilities (each forward column
// normalized, Rabiner's scaling) instead of log-sum-exp: exact, no underflow on long sentences, and no
// log/exp in the T² loop. Forbidden transitions (the BIO mask, -Infinity) get probability 0 and so never
// carry mass. Scores may be tempered: p(y) ∝ exp(score(y) / temperature).

export class ForwardBackward {
  private alpha = new Float64Array(0);
  private beta = new Float64Array(0);
  private expEmit = new Float64Array(0);
  private norms = new Float64Array(0);
  private readonly expTransitions: Float64Array;
  private readonly expStart: Float64Array;
  /** scratch of the backward pass: the next token's emission × backward score per tag */
  private readonly nextProduct: Float64Array;
  private inverseTemperature = 1;
  /** marginals[i * T + t] = p(y_i = t), after compute or run; reused by the next call */
  marginals = new Float64Array(0);

  constructor(readonly numTags: number) {
    this.expTransitions = new Float64Array(numTags * numTags);
    this.expStart = new Float64Array(numTags);
    this.nextProduct = new Float64Array(numTags);
  }

  /** Sets the chain's transition and start scores (mask included) and the temperature the scores are read at. */
  prepare(transitions: ArrayLike<number>, start: ArrayLike<number>, temperature = 1): void {
    const T = this.numTags;
    this.inverseTemperature = 1 / temperature;
    for (let k = 0; k < T * T; k++) this.expTransitions[k] = Math.exp(transitions[k] * this.inverseTemperature);
    for (let t = 0; t < T; t++) this.expStart[t] = Math.exp(start[t] * this.inverseTemperature);
  }

  /**
   * Runs over n tokens with emissions[i * T + t] and the prepared chain; fills marginals, adds each
   * transition's expected count times `scale` to expectedTransitions[from * T + to] (when given) and returns
   * log Z (of the tempered scores).
   */
  compute(emissions: ArrayLike<number>, n: number, expectedTransitions?: Float64Array, scale = 1): number {
    const T = this.numTags;
    if (n === 0) return 0;
    this.ensure(n);
    let logZ = this.exponentiate(emissions, n);
    logZ += this.forward(n);
    this.backward(n);
    const a = this.alpha;
    const b = this.beta;
    for (let k = 0; k < n * T; k++) this.marginals[k] = a[k] * b[k];
    if (expectedTransitions) this.addPairMarginals(n, expectedTransitions, scale);
    return logZ;
  }

  /** prepare (at temperature 1) then compute: a CRF in training, whose scores change at every step. */
  run(emissions: ArrayLike<number>, n: number, transitions: ArrayLike<number>, start: ArrayLike<number>, expectedTransitions?: Float64Array, scale = 1): number {
    this.prepare(transitions, start);
    return this.compute(emissions, n, expectedTransitions, scale);
  }

  /** expEmit = exp(emission − the token's largest emission); returns the sum of the subtracted maxima. */
  private exponentiate(emissions: ArrayLike<number>, n: number): number {
    const T = this.numTags;
    let shift = 0;
    for (let i = 0; i < n; i++) {
      let max = -Infinity;
      for (let t = 0; t < T; t++) if (emissions[i * T + t] > max) max = emissions[i * T + t];
      for (let t = 0; t < T; t++) this.expEmit[i * T + t] = Math.exp((emissions[i * T + t] - max) * this.inverseTemperature);
      shift += max * this.inverseTemperature;
    }
    return shift;
  }

  /** Normalized forward columns; norms[i] is column i's sum before normalizing. Returns Σ log norms. */
  private forward(n: number): number {
    const T = this.numTags;
    const a = this.alpha;
    const e = this.expEmit;
    const M = this.expTransitions;
    let logSum = 0;
    for (let i = 0; i < n; i++) {
      let norm = 0;
      for (let t = 0; t < T; t++) {
        let sum = 0;
        if (i === 0) sum = this.expStart[t];
        else for (let s = 0; s < T; s++) sum += a[(i - 1) * T + s] * M[s * T + t];
        norm += a[i * T + t] = sum * e[i * T + t];
      }
      const inverse = 1 / norm;
      for (let t = 0; t < T; t++) a[i * T + t] *= inverse;
      this.norms[i] = norm;
      logSum += Math.log(norm);
    }
    return logSum;
  }

  /** Backward columns scaled by the forward norms, so that alpha * beta is the marginal. */
  private backward(n: number): void {
    const T = this.numTags;
    const b = this.beta;
    const e = this.expEmit;
    const M = this.expTransitions;
    const next = this.nextProduct;
    for (let t = 0; t < T; t++) b[(n - 1) * T + t] = 1;
    for (let i = n - 2; i >= 0; i--) {
      const inverse = 1 / this.norms[i + 1];
      // the next token's emission times its backward score, once per tag rather than once per pair
      for (let t = 0; t < T; t++) next[t] = e[(i + 1) * T + t] * b[(i + 1) * T + t];
      for (let s = 0; s < T; s++) {
        let sum = 0;
        for (let t = 0; t < T; t++) sum += M[s * T + t] * next[t];
        b[i * T + s] = sum * inverse;
      }
    }
  }

  /** p(y_{i-1} = s, y_i = t) = alpha_{i-1}(s) M(s,t) e_i(t) beta_i(t) / norm_i, summed over i. */
  private addPairMarginals(n: number, out: Float64Array, scale: number): void {
    const T = this.numTags;
    const a = this.alpha;
    const b = this.beta;
    const e = this.expEmit;
    const M = this.expTransitions;
    for (let i = 1; i < n; i++) {
      const factor = scale / this.norms[i];
      for (let t = 0; t < T; t++) {
        const right = e[i * T + t] * b[i * T + t] * factor;
        if (right === 0) continue;
        for (let s = 0; s < T; s++) out[s * T + t] += a[(i - 1) * T + s] * M[s * T + t] * right;
      }
    }
  }

  private ensure(n: number): void {
    const size = n * this.numTags;
    if (this.alpha.length >= size) return;
    const grown = Math.max(size, this.alpha.length * 2);
    this.alpha = new Float64Array(grown);
    this.beta = new Float64Array(grown);
    this.expEmit = new Float64Array(grown);
    this.marginals = new Float64Array(grown);
    this.norms = new Float64Array(Math.ceil(grown / this.numTags));
  }
}
