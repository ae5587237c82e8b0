// Fast emission scores for tagging. Most features of a token depend on one word only (the token itself,
// or one neighbour seen from it), so their summed weights are computed once per distinct word and cached:
// five vectors per word (itself, as previous, as next, as two before, as two after). A token then costs
// five vector additions plus table lookups for the few features that pair words (bigrams, neighbours'
// shapes, position, gazetteer). Gives the same scores as summing every feature (see the unit test).
import type { GazetteerMatch, NameStart } from './gazetteer';
import type { EntityModel } from './model';
import { inlineWeightsOf, type InlineWeights } from './inlineWeights';
import {
  KeySink, localFeatures, nextWordFeatures, previousWordFeatures, secondNextWordFeatures, secondPreviousWordFeatures,
  sentenceFeatures, sentenceGazetteerMasks, SENTENCE_END, SENTENCE_START, wordHashes,
  type FeatureToken, type GazetteerMasks, type WordHashes,
} from './features';

const ROLES = 5; // local, as previous, as next, as two before, as two after
const MAX_CACHED_WORDS = 60000;
/** words whose scores share one Float32Array (see WordRecord.scores) */
const WORDS_PER_CHUNK = 1024;

interface WordRecord {
  hashes: WordHashes;
  /** gazetteer lookups of the word and of its stem (undefined: no name is or starts with it) */
  nameStart: NameStart | undefined;
  stemNameStart: NameStart | undefined;
  /**
   * ROLES × T summed weights at scores[at ..]. Many words share one array: on new text a typed array per
   * word was a measurable part of the time (allocation and garbage collection).
   */
  scores: Float32Array;
  at: number;
}

export class WordScores {
  private readonly T: number;
  private readonly withClusters: boolean;
  private readonly cache = new Map<string, WordRecord>();
  private readonly sink = new KeySink();
  /** the roles of the sentence edges: [as previous of the first token, as next of the last, two before, two after] */
  private readonly edges: Float32Array;
  private masks: GazetteerMasks = { begin: new Int32Array(64), inside: new Int32Array(64) };
  private records: WordRecord[] = [];
  private starts: (NameStart | undefined)[] = [];
  private stemStarts: (NameStart | undefined)[] = [];
  /** gazetteer names found in the sentence last scored */
  matches: GazetteerMatch[] = [];
  private hashes: WordHashes[] = [];
  /** drainInto's scratch: where each key's weights start in the inline table (-1: none) */
  private weightsAt = new Int32Array(256);
  /** the chunk new words' scores go to, and where the next word's go */
  private chunk = new Float32Array(0);
  private chunkUsed = 0;

  /** the model's keys and weights side by side (see inlineWeights.ts) */
  private readonly inline: InlineWeights;

  constructor(private readonly model: EntityModel) {
    this.T = model.tags.length;
    this.inline = inlineWeightsOf(model.table, model.weights, this.T);
    this.withClusters = model.clusters !== undefined;
    this.edges = new Float32Array(4 * this.T);
    previousWordFeatures(SENTENCE_START, this.withClusters, this.sink);
    this.drainInto(this.edges, 0);
    nextWordFeatures(SENTENCE_END, this.withClusters, this.sink);
    this.drainInto(this.edges, this.T);
    secondPreviousWordFeatures(SENTENCE_START, this.sink);
    this.drainInto(this.edges, 2 * this.T);
    secondNextWordFeatures(SENTENCE_END, this.sink);
    this.drainInto(this.edges, 3 * this.T);
  }

  /** emissions[i * T + t] for the tokens of one sentence. */
  score(tokens: readonly FeatureToken[], emissions: Float32Array): void {
    const n = tokens.length;
    const T = this.T;
    const records = this.records;
    const hashes = this.hashes;
    records.length = n;
    hashes.length = n;
    this.starts.length = n;
    this.stemStarts.length = n;
    for (let i = 0; i < n; i++) {
      records[i] = this.recordOf(tokens[i]);
      hashes[i] = records[i].hashes;
      this.starts[i] = records[i].nameStart;
      this.stemStarts[i] = records[i].stemNameStart;
    }
    const gazetteer = sentenceGazetteerMasks(this.model.gazetteer, tokens, this.masks, (g) => g.matchFromStarts(tokens, this.starts, this.stemStarts));
    this.masks = gazetteer.masks;
    this.matches = gazetteer.matches;
    const edges = this.edges;
    for (let i = 0; i < n; i++) {
      const base = i * T;
      const own = records[i].scores;
      const ownAt = records[i].at;
      const prev = i > 0 ? records[i - 1].scores : edges;
      const prevAt = i > 0 ? records[i - 1].at + T : 0;
      const next = i < n - 1 ? records[i + 1].scores : edges;
      const nextAt = i < n - 1 ? records[i + 1].at + 2 * T : T;
      const prev2 = i > 1 ? records[i - 2].scores : edges;
      const prev2At = i > 1 ? records[i - 2].at + 3 * T : 2 * T;
      const next2 = i < n - 2 ? records[i + 2].scores : edges;
      const next2At = i < n - 2 ? records[i + 2].at + 4 * T : 3 * T;
      const bias = this.model.tagBias;
      for (let t = 0; t < T; t++) {
        emissions[base + t] = bias[t] + own[ownAt + t] + prev[prevAt + t] + next[nextAt + t] + prev2[prev2At + t] + next2[next2At + t];
      }
      sentenceFeatures(hashes, i, n, this.masks, this.sink);
      this.drainInto(emissions, base);
    }
  }

  /**
   * How much each source pushed token i of the sentence last scored towards `tag` rather than O:
   * [the word itself, the previous word, the next word, two before, two after, sentence features].
   */
  contributions(i: number, tag: number, emissions: Float32Array): number[] {
    const T = this.T;
    const n = this.records.length;
    const push = (scores: Float32Array, at: number): number => scores[at + tag] - scores[at];
    const role = (j: number, r: number): number => push(this.records[j].scores, this.records[j].at + r * T);
    const own = role(i, 0);
    const prev = i > 0 ? role(i - 1, 1) : push(this.edges, 0);
    const next = i < n - 1 ? role(i + 1, 2) : push(this.edges, T);
    const prev2 = i > 1 ? role(i - 2, 3) : push(this.edges, 2 * T);
    const next2 = i < n - 2 ? role(i + 2, 4) : push(this.edges, 3 * T);
    const bias = this.model.tagBias;
    const total = emissions[i * T + tag] - bias[tag] - (emissions[i * T] - bias[0]);
    return [own, prev, next, prev2, next2, total - own - prev - next - prev2 - next2];
  }

  private recordOf(token: FeatureToken): WordRecord {
    // a word's analysis is a function of its text; other kinds are keyed with their kind to be safe
    const key = token.kind === 'word' ? token.text : `${token.kind}\u0000${token.text}`;
    let record = this.cache.get(key);
    if (record) return record;
    const T = this.T;
    const hashes = wordHashes(token, this.model.clusters, this.model.labelDictionary, this.model.wordStats);
    if (this.chunkUsed === this.chunk.length) {
      this.chunk = new Float32Array(WORDS_PER_CHUNK * ROLES * T);
      this.chunkUsed = 0;
    }
    const scores = this.chunk;
    const at = this.chunkUsed;
    this.chunkUsed += ROLES * T;
    // one feature group after another into the sink, each drained into its role (no closures: this runs
    // once per new word, the hot path on text never seen before)
    const sink = this.sink;
    localFeatures(token, hashes, this.withClusters, sink);
    this.drainInto(scores, at);
    previousWordFeatures(hashes, this.withClusters, sink);
    this.drainInto(scores, at + T);
    nextWordFeatures(hashes, this.withClusters, sink);
    this.drainInto(scores, at + 2 * T);
    secondPreviousWordFeatures(hashes, sink);
    this.drainInto(scores, at + 3 * T);
    secondNextWordFeatures(hashes, sink);
    this.drainInto(scores, at + 4 * T);
    const gazetteer = this.model.gazetteer;
    const nameStart = gazetteer?.nameStart(token.norm);
    const stemNameStart = gazetteer && token.stemNorm !== token.norm ? gazetteer.nameStart(token.stemNorm) : undefined;
    record = { hashes, scores, at, nameStart, stemNameStart };
    if (this.cache.size >= MAX_CACHED_WORDS) this.cache.clear();
    this.cache.set(key, record);
    return record;
  }

  /** Adds the weights of the features in the sink to out[at .. at+T) and empties the sink for the next group. */
  private drainInto(out: Float32Array, at: number): void {
    const T = this.T;
    const inline = this.inline;
    const weights = inline.floats;
    const keys = this.sink.keys;
    const count = this.sink.count;
    if (this.weightsAt.length < count) this.weightsAt = new Int32Array(keys.length);
    const found = this.weightsAt;
    // all probes first, then all additions: the probes do not depend on one another, so the processor
    // can have several of their cache misses in flight instead of waiting for each row's weights in turn
    for (let k = 0; k < count; k++) found[k] = inline.weightsAt(keys[k]);
    for (let k = 0; k < count; k++) {
      const w = found[k];
      if (w < 0) continue;
      for (let t = 0; t < T; t++) out[at + t] += weights[w + t];
    }
    this.sink.count = 0;
  }
}
