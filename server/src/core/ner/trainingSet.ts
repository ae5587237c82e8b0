// What every entity-tagger trainer shares: the training sentences after feature extraction (with the other
// domain's feature copies), the map from feature keys to dense weight rows, and the step from dense weights
// back to a model (rows that change no decision and the other domain's copies are left out). The perceptron
// and the CRF differ only in how they learn the weights.
import { FeatureExtractor, T as Template, type FeatureToken } from './features';
import { mix } from './hash';
import { FeatureTable } from './featureTable';
import type { EntityModel } from './model';

export interface TrainingSentence {
  tokens: FeatureToken[];
  /** gold tag indices into the tag set */
  tags: number[];
  /** size of this sentence's updates (default 1): lets out-of-domain data count less */
  weight?: number;
  /**
   * another domain than the one tagged (Wikipedia for a news tagger): every feature also gets a copy of
   * its own for this sentence, which soaks up the domain's conventions; tagging uses the shared copies only
   * (feature augmentation, Daumé 2007)
   */
  otherDomain?: boolean;
}

/** A training set after feature extraction: rows[offsets[i] .. offsets[i+1]) are token i's weight rows. */
export interface EncodedSentence {
  /** weight row per feature, -1 for a feature left out (too rare) */
  rows: Int32Array;
  /** 1 where the feature names the token's own word (dropped together by word dropout) */
  lexical: Uint8Array;
  offsets: Int32Array;
  gold: Int32Array;
  weight: number;
}

/** Dense learned parameters: weights[row * T + tag], transitions[from * T + to], start[tag] (no BIO mask). */
export interface DenseParameters {
  weights: ArrayLike<number>;
  transitions: ArrayLike<number>;
  start: ArrayLike<number>;
}

type ModelBase = Pick<EntityModel, 'featureVersion' | 'gazetteer' | 'clusters' | 'labelDictionary' | 'wordStats'>;

export abstract class SentenceTrainer {
  private readonly keyToRow = new Map<number, number>();
  private readonly keyCounts = new Map<number, number>();
  /** keys of the other domain's own feature copies (never extracted when tagging, so not shipped) */
  private readonly domainKeys = new Set<number>();
  private readonly sentences: Array<{ keys: Int32Array; lexical: Uint8Array; offsets: Int32Array; gold: Int32Array; weight: number }> = [];
  /** feature key of each weight row, after encode */
  protected keys: number[] = [];

  constructor(
    protected readonly tags: string[],
    private readonly extractor: FeatureExtractor,
    private readonly base: ModelBase,
  ) {}

  /**
   * Extracts and encodes the training sentences (call before train). An extractor of their own lets a fold
   * of the training set see a label dictionary built from the other folds.
   */
  addSentences(sentences: readonly TrainingSentence[], extractor: FeatureExtractor = this.extractor): void {
    for (const sentence of sentences) {
      const n = sentence.tokens.length;
      if (n === 0) continue;
      const features = extractor.extract(sentence.tokens);
      let keys: Int32Array = features.keys.slice(0, features.count);
      let lexical: Uint8Array = Uint8Array.from(features.templates.subarray(0, features.count), (t) => (LEXICAL_TEMPLATES.has(t) ? 1 : 0));
      let offsets: Int32Array = features.offsets.slice(0, n + 1);
      if (sentence.otherDomain) ({ keys, lexical, offsets } = this.withDomainCopies(keys, lexical, offsets));
      for (const key of keys) this.keyCounts.set(key, (this.keyCounts.get(key) ?? 0) + 1);
      this.sentences.push({ keys, lexical, offsets, gold: Int32Array.from(sentence.tags), weight: sentence.weight ?? 1 });
    }
  }

  /** Distinct features seen in training. */
  get featureCount(): number {
    return this.keyCounts.size;
  }

  /** Maps keys to weight rows (this.keys), leaving out rare features (row -1). */
  protected encode(minCount: number): EncodedSentence[] {
    this.keyToRow.clear();
    this.keys = [];
    return this.sentences.map((s) => {
      const rows = new Int32Array(s.keys.length);
      for (let f = 0; f < s.keys.length; f++) rows[f] = (this.keyCounts.get(s.keys[f]) ?? 0) >= minCount ? this.rowOf(s.keys[f]) : -1;
      return { rows, lexical: s.lexical, offsets: s.offsets, gold: s.gold, weight: s.weight };
    });
  }

  /**
   * The model of dense parameters over this.keys. A row is kept when its weights span more than minSpread
   * (adding the same amount to every tag of a row changes no decision, so a flat row is as good as none)
   * and it is not another domain's copy.
   */
  protected modelFrom(parameters: DenseParameters, minSpread = 0): EntityModel {
    const T = this.tags.length;
    const keptKeys: number[] = [];
    const keptWeights: number[] = [];
    for (let r = 0; r < this.keys.length; r++) {
      if (this.domainKeys.has(this.keys[r])) continue;
      let low = Infinity;
      let high = -Infinity;
      let any = false;
      for (let t = 0; t < T; t++) {
        const w = parameters.weights[r * T + t];
        if (w !== 0) any = true;
        if (w < low) low = w;
        if (w > high) high = w;
      }
      if (!any || (minSpread > 0 && high - low < minSpread)) continue;
      keptKeys.push(this.keys[r]);
      for (let t = 0; t < T; t++) keptWeights.push(parameters.weights[r * T + t]);
    }
    return {
      ...this.base,
      tags: this.tags,
      table: new FeatureTable(Int32Array.from(keptKeys)),
      weights: Float32Array.from(keptWeights),
      transitions: Float32Array.from(parameters.transitions),
      start: Float32Array.from(parameters.start),
      temperature: 1,
      tagBias: new Float32Array(T),
    };
  }

  /** Every token's features followed by their other-domain copies. */
  private withDomainCopies(keys: Int32Array, lexical: Uint8Array, offsets: Int32Array): { keys: Int32Array; lexical: Uint8Array; offsets: Int32Array } {
    const doubledKeys = new Int32Array(keys.length * 2);
    const doubledLexical = new Uint8Array(keys.length * 2);
    const doubledOffsets = offsets.map((o) => o * 2);
    for (let i = 0; i + 1 < offsets.length; i++) {
      const width = offsets[i + 1] - offsets[i];
      for (let f = offsets[i]; f < offsets[i + 1]; f++) {
        const copy = mix(keys[f] ^ DOMAIN_SALT);
        this.domainKeys.add(copy);
        doubledKeys[f + offsets[i]] = keys[f];
        doubledKeys[f + offsets[i] + width] = copy;
        doubledLexical[f + offsets[i]] = doubledLexical[f + offsets[i] + width] = lexical[f];
      }
    }
    return { keys: doubledKeys, lexical: doubledLexical, offsets: doubledOffsets };
  }

  private rowOf(key: number): number {
    let row = this.keyToRow.get(key);
    if (row === undefined) {
      row = this.keys.length;
      this.keyToRow.set(key, row);
      this.keys.push(key);
    }
    return row;
  }
}

const DOMAIN_SALT = 0x5bd1e995;

/** Templates of features that name the token's own word, left out together by word dropout. */
const LEXICAL_TEMPLATES: ReadonlySet<number> = new Set<number>([
  Template.Word, Template.Stem, Template.Bare, Template.BigramPrev, Template.BigramNext, Template.GazBeginWord,
]);

/** Small seeded PRNG, so that training is reproducible. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
}
