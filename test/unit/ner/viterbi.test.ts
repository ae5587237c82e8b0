import { strict as assert } from 'node:assert';
import { ForwardBackward } from '../../../server/src/core/ner/forwardBackward';
import { bioConstraints, SequenceDecoder } from '../../../server/src/core/ner/viterbi';
import { mulberry32 } from '../../../server/src/core/ner/perceptron';

const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC'];

interface Problem {
  n: number;
  emissions: Float32Array;
  transitions: Float32Array;
  start: Float32Array;
}

function randomProblem(random: () => number, n: number): Problem {
  const T = TAGS.length;
  const mask = bioConstraints(TAGS);
  const emissions = Float32Array.from({ length: n * T }, () => random() * 4 - 2);
  const transitions = Float32Array.from(mask.transitions, (m) => m + random() * 2 - 1);
  const start = Float32Array.from(mask.start, (m) => m + random() - 0.5);
  return { n, emissions, transitions, start };
}

/** Every tag sequence with its score (forbidden ones score -Infinity). */
function allSequences(p: Problem): Array<{ tags: number[]; score: number }> {
  const T = TAGS.length;
  const out: Array<{ tags: number[]; score: number }> = [];
  const total = T ** p.n;
  for (let code = 0; code < total; code++) {
    const tags: number[] = [];
    for (let i = 0, c = code; i < p.n; i++, c = Math.floor(c / T)) tags.push(c % T);
    let score = p.start[tags[0]] + p.emissions[tags[0]];
    for (let i = 1; i < p.n; i++) score += p.transitions[tags[i - 1] * T + tags[i]] + p.emissions[i * T + tags[i]];
    out.push({ tags, score });
  }
  return out;
}

describe('sequence decoding', () => {
  it('Viterbi finds the best sequence that brute force finds, on random short inputs', () => {
    const random = mulberry32(42);
    for (let trial = 0; trial < 60; trial++) {
      const p = randomProblem(random, 1 + (trial % 5));
      const decoder = new SequenceDecoder(TAGS.length, p.transitions, p.start);
      const out = new Int32Array(p.n);
      decoder.decode(p.emissions, p.n, out);
      const best = allSequences(p).reduce((a, b) => (b.score > a.score ? b : a));
      assert.deepEqual(Array.from(out), best.tags, `trial ${trial}`);
    }
  });

  it('never decodes an I- tag that does not continue its own label', () => {
    const p = randomProblem(mulberry32(7), 6);
    p.emissions.fill(0);
    for (let i = 0; i < p.n; i++) p.emissions[i * TAGS.length + 2] = 50; // I-PER everywhere
    const out = new Int32Array(p.n);
    new SequenceDecoder(TAGS.length, p.transitions, p.start).decode(p.emissions, p.n, out);
    const tags = Array.from(out, (t) => TAGS[t]);
    assert.equal(tags[0], 'B-PER');
    assert.deepEqual(tags.slice(1), new Array(p.n - 1).fill('I-PER'));
  });

  it('forward-backward marginals match brute-force marginals', () => {
    const random = mulberry32(3);
    const temperature = 1.7;
    for (let trial = 0; trial < 20; trial++) {
      const p = randomProblem(random, 1 + (trial % 4));
      const T = TAGS.length;
      const chain = new ForwardBackward(T);
      chain.prepare(p.transitions, p.start, temperature);
      chain.compute(p.emissions, p.n);
      const marginals = chain.marginals;
      const expected = new Float64Array(p.n * T);
      let z = 0;
      for (const s of allSequences(p)) {
        const weight = Math.exp(s.score / temperature);
        z += weight;
        s.tags.forEach((t, i) => (expected[i * T + t] += weight));
      }
      for (let k = 0; k < expected.length; k++) {
        assert.ok(Math.abs(marginals[k] - expected[k] / z) < 1e-6, `trial ${trial}, cell ${k}: ${marginals[k]} vs ${expected[k] / z}`);
      }
    }
  });
});
