// Exact first-order decoding over BIO tags: Viterbi for the best sequence (the marginals behind the
// confidence are forwardBackward.ts). Scores are laid out flat: emissions[i * T + t], transitions[from * T + to],
// start[t]. Buffers are reused between calls to keep the hot path allocation-free.

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

  /**
   * @param transitions T*T learned transition scores plus constraint mask (-Infinity where forbidden)
   * @param start T start scores plus constraint mask
   */
  constructor(
    readonly numTags: number,
    private readonly transitions: Float32Array,
    private readonly start: Float32Array,
  ) {}

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

  private ensure(n: number): void {
    const size = n * this.numTags;
    if (this.scores.length >= size) return;
    const grown = Math.max(size, this.scores.length * 2);
    this.scores = new Float64Array(grown);
    this.backpointers = new Int32Array(grown);
  }
}
