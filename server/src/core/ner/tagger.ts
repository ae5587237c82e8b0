// Tags one sentence with a trained model: features -> emission scores -> Viterbi, and on request the
// tag marginals (confidence). One instance owns its scratch buffers; use one per thread of work.
import type { EntityLabel } from '../types';
import type { GazetteerMatch } from './gazetteer';
import type { EntityModel } from './model';
import { FeatureExtractor, type FeatureToken, type SentenceFeatures } from './features';
import { ForwardBackward } from './forwardBackward';
import { WordScores } from './wordScores';
import { bioConstraints, SequenceDecoder } from './viterbi';

export interface TaggedSentence {
  /** best tag index per token (into model.tags) */
  tags: Int32Array;
  /** emission scores, [i * T + t] */
  emissions: Float32Array;
  n: number;
}

export class SequenceTagger {
  readonly numTags: number;
  /** per tag index: its entity label ('' for O), whether it is an I- tag, and its label's B- and I- tags */
  readonly tagInfo: { labelOf: EntityLabel[]; isInside: boolean[]; beginOf: number[]; insideOf: number[] };
  private readonly extractor: FeatureExtractor;
  private readonly decoder: SequenceDecoder;
  /** the chain at the model's temperature, for the marginals */
  private readonly chain: ForwardBackward;
  private emissions = new Float32Array(0);
  private best = new Int32Array(0);
  private readonly wordScores: WordScores;
  /** the B- tag of each label, as model.tags.indexOf(`B-${label}`) gives it */
  private readonly beginTags = new Map<string, number>();

  constructor(readonly model: EntityModel) {
    this.numTags = model.tags.length;
    if (model.tags[0] !== 'O') throw new Error('the first tag of an entity model must be O');
    this.tagInfo = {
      labelOf: model.tags.map((t) => (t === 'O' ? '' : t.slice(2)) as EntityLabel),
      isInside: model.tags.map((t) => t.startsWith('I-')),
      beginOf: model.tags.map((t) => model.tags.indexOf(`B-${t.slice(2)}`)),
      insideOf: model.tags.map((t) => model.tags.indexOf(`I-${t.slice(2)}`)),
    };
    this.extractor = new FeatureExtractor(model.gazetteer, model.clusters, model.labelDictionary, model.wordStats);
    const mask = bioConstraints(model.tags);
    const transitions = new Float32Array(mask.transitions.length);
    for (let k = 0; k < transitions.length; k++) transitions[k] = mask.transitions[k] + model.transitions[k];
    const start = new Float32Array(this.numTags);
    for (let t = 0; t < start.length; t++) start[t] = mask.start[t] + model.start[t];
    this.decoder = new SequenceDecoder(this.numTags, transitions, start);
    this.chain = new ForwardBackward(this.numTags);
    this.chain.prepare(transitions, start, model.temperature);
    this.wordScores = new WordScores(model);
    model.tags.forEach((t, k) => {
      if (t.startsWith('B-') && !this.beginTags.has(t.slice(2))) this.beginTags.set(t.slice(2), k);
    });
  }

  /** Index of the label's B- tag, -1 when the model has none. */
  beginTagOf(label: string): number {
    return this.beginTags.get(label) ?? -1;
  }

  /** Best tags of a sentence. The result's arrays are reused by the next call. */
  tag(tokens: readonly FeatureToken[]): TaggedSentence {
    const n = tokens.length;
    const T = this.numTags;
    if (this.best.length < n) {
      this.best = new Int32Array(Math.max(n, this.best.length * 2));
      this.emissions = new Float32Array(this.best.length * T);
    }
    this.wordScores.score(tokens, this.emissions);
    this.decoder.decode(this.emissions, n, this.best);
    return { tags: this.best, emissions: this.emissions, n };
  }

  /**
   * Decodes the sentence last tagged again after its emission scores were changed in place (the document
   * stage of scripts/ner/documentStage.ts adds its scores to the tagger's). The result's arrays are reused by the next call.
   */
  redecode(tagged: TaggedSentence): TaggedSentence {
    this.decoder.decode(tagged.emissions, tagged.n, tagged.tags);
    return tagged;
  }

  /** Gazetteer names in the sentence last tagged. */
  get matches(): readonly GazetteerMatch[] {
    return this.wordScores.matches;
  }

  /** See WordScores.contributions: valid for the sentence last tagged. */
  contributions(i: number, tag: number): number[] {
    return this.wordScores.contributions(i, tag, this.emissions);
  }

  /** Every feature of every token (for explanations; slower than tagging). Reused by the next call. */
  features(tokens: readonly FeatureToken[]): SentenceFeatures {
    return this.extractor.extract(tokens);
  }

  /** Tag marginals of the sentence last tagged: [i * T + t]. Reused by the next call. */
  marginals(tagged: TaggedSentence): Float64Array {
    this.chain.compute(tagged.emissions, tagged.n);
    return this.chain.marginals;
  }
}

/** emissions[i * T + t] = sum of the weights of token i's features for tag t (unknown features add 0): the
 * plain way, which WordScores must agree with. */
export function scoreEmissions(model: EntityModel, features: SentenceFeatures, n: number, emissions: Float32Array): void {
  const T = model.tags.length;
  const weights = model.weights;
  const table = model.table;
  emissions.fill(0, 0, n * T);
  for (let i = 0; i < n; i++) {
    const base = i * T;
    for (let t = 0; t < T; t++) emissions[base + t] = model.tagBias[t];
    for (let f = features.offsets[i]; f < features.offsets[i + 1]; f++) {
      const row = table.row(features.keys[f]);
      if (row < 0) continue;
      const w = row * T;
      for (let t = 0; t < T; t++) emissions[base + t] += weights[w + t];
    }
  }
}
