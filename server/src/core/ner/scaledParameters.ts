// SGD parameters with L2 shrinkage and iterate averaging, both lazy, so that a step costs O(features of the
// example) rather than O(all weights):
// - the parameters are scale × v: shrinking every weight by (1 − ηλ/N) multiplies one number;
// - the running sum of the iterates is S·v − u, where S sums the scales so far and u sums S_before × each
//   change of v (the perceptron's averaging trick, carried over to a scaled vector).
// When the scale nears underflow it is folded into v and the sum so far is set aside in `base`.

/** The parameter arrays (transitions and start without the BIO mask). */
export interface ParameterArrays {
  weights: Float64Array;
  transitions: Float64Array;
  start: Float64Array;
}

export class ScaledParameters {
  readonly v: ParameterArrays;
  /** Σ S_before × Δv since the averaging began (or the last fold) */
  readonly u: ParameterArrays;
  /** the iterates' sum set aside at folds, in natural units (allocated at the first fold) */
  private base: ParameterArrays | undefined;
  scale = 1;
  /** Σ of the scales of the iterates averaged since the last fold */
  private scaleSum = 0;
  /** iterates averaged so far (0 = not averaging yet) */
  private averaged = 0;
  private averaging = false;
  private readonly newArrays: () => ParameterArrays;

  constructor(rows: number, numTags: number) {
    const arrays = (): ParameterArrays => ({ weights: new Float64Array(rows * numTags), transitions: new Float64Array(numTags * numTags), start: new Float64Array(numTags) });
    this.v = arrays();
    this.u = arrays();
    this.newArrays = arrays;
  }

  /** Starts (or restarts) the running average at the current iterate. */
  startAveraging(): void {
    this.averaging = true;
    this.averaged = 0;
    this.scaleSum = 0;
    this.base = undefined;
    for (const name of PARTS) this.u[name].fill(0);
  }

  /** Multiplies every parameter by factor (the L2 step); call once per example, before its gradient. */
  shrink(factor: number): void {
    this.scale *= factor;
    if (this.scale < 1e-6) this.fold();
  }

  /** The change to give to u alongside a change Δ of v (u += uFactor × Δ). */
  get uFactor(): number {
    return this.scaleSum;
  }

  /** Call after each example's gradient: the current iterate joins the average. */
  endStep(): void {
    if (!this.averaging) return;
    this.scaleSum += this.scale;
    this.averaged++;
  }

  /** The current iterate, or the average of the iterates when averaging, in natural units. */
  current(): { weights: Float32Array; transitions: Float32Array; start: Float32Array } {
    const out = { weights: new Float32Array(this.v.weights.length), transitions: new Float32Array(this.v.transitions.length), start: new Float32Array(this.v.start.length) };
    for (const name of PARTS) {
      const v = this.v[name];
      const target = out[name];
      if (!this.averaging || this.averaged === 0) {
        for (let k = 0; k < v.length; k++) target[k] = this.scale * v[k];
        continue;
      }
      const u = this.u[name];
      const base = this.base?.[name];
      for (let k = 0; k < v.length; k++) target[k] = ((base ? base[k] : 0) + this.scaleSum * v[k] - u[k]) / this.averaged;
    }
    return out;
  }

  private fold(): void {
    if (this.averaging) this.base ??= this.newArrays();
    for (const name of PARTS) {
      const v = this.v[name];
      const u = this.u[name];
      const base = this.base?.[name];
      for (let k = 0; k < v.length; k++) {
        if (base) base[k] += this.scaleSum * v[k] - u[k];
        v[k] *= this.scale;
        u[k] = 0;
      }
    }
    this.scale = 1;
    this.scaleSum = 0;
  }
}

const PARTS = ['weights', 'transitions', 'start'] as const;
