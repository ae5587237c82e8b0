// Feature extraction for the tagger. Each token gets a list of 32-bit feature keys (template × value,
// see hash.ts). Per-token value hashes are computed once, then context features reuse the neighbours'
// hashes, so a token costs a handful of string hashes and ~35 integer mixes. Training and tagging share
// this code, which is what keeps them consistent; FEATURE_VERSION changes whenever the keys would.
import type { TokenKind } from '../types';
import { Gazetteer, gazetteerMasks } from './gazetteer';
import { featureKey, featureKey2, hashRange, hashString } from './hash';

export const FEATURE_VERSION = 'ner-features-3';

/** The parts of a token the features read (a core/text Token satisfies it). */
export interface FeatureToken {
  text: string;
  norm: string;
  stemNorm: string;
  kind: TokenKind;
  proclitics: string[];
  article: boolean;
  enclitic?: string;
}

/** Word clusters: normalized word -> cluster ids at coarse and fine granularity. */
export type WordClusters = Map<string, number>;

/** Feature templates; the order is part of FEATURE_VERSION. */
export const enum T {
  Bias, Word, Stem, Bare, WordPrev, WordNext, WordPrev2, WordNext2, StemPrev, StemNext, Clitics,
  Suffix1, Suffix2, Suffix3, Prefix2, Prefix3, Shape, ShapeContext, BigramPrev, BigramNext,
  GazBegin, GazInside, GazPrev, GazNext, GazPrev2, GazNext2, Cluster, ClusterPrev, ClusterNext,
  Position, SuffixPrev2, GazBeginWord, StemPrev2, ClusterCoarse,
}

/** Human names of templates, for the `why` of a suggestion (index = template). */
export const TEMPLATE_NAMES = [
  'bias', 'word', 'stem', 'stem without article', 'previous word', 'next word', 'word before previous',
  'word after next', 'previous stem', 'next stem', 'clitics', 'last letter', 'last 2 letters', 'last 3 letters',
  'first 2 letters', 'first 3 letters', 'shape', 'neighbours\' shapes', 'previous word + word', 'word + next word',
  'gazetteer start', 'gazetteer inside', 'gazetteer before', 'gazetteer after', 'gazetteer 2 before',
  'gazetteer 2 after', 'word cluster', 'previous word cluster', 'next word cluster', 'sentence position',
  'previous word ending', 'gazetteer entry + word', 'stem 2 before', 'coarse word cluster',
];

const KIND_CODES: Record<TokenKind, number> = { word: 1, number: 2, punct: 3, symbol: 4, latin: 5 };
const NONE = 0x2545f491;
const BOS = 0x1b873593;
const EOS = 0x0e6546b6;

/** Extracted features of one sentence: keys of token i are keys[offsets[i] .. offsets[i+1]). */
export interface SentenceFeatures {
  keys: Int32Array;
  /** template of each key (a FeatureTemplate), for explaining a decision */
  templates: Uint8Array;
  offsets: Int32Array;
  count: number;
}

export class FeatureExtractor {
  private word = new Int32Array(0);
  private stem = new Int32Array(0);
  private bare = new Int32Array(0);
  private shape = new Int32Array(0);
  private cluster = new Int32Array(0);
  private gazBegin = new Int32Array(0);
  private gazInside = new Int32Array(0);
  private keys = new Int32Array(0);
  private templates = new Uint8Array(0);
  private offsets = new Int32Array(0);

  constructor(
    private readonly gazetteer: Gazetteer | undefined,
    private readonly clusters: WordClusters | undefined,
  ) {}

  /** Features of a sentence. The returned arrays are reused by the next call: copy what you keep. */
  extract(tokens: readonly FeatureToken[]): SentenceFeatures {
    const n = tokens.length;
    this.ensure(n);
    this.hashTokens(tokens);
    if (this.gazetteer) gazetteerMasks(this.gazetteer.match(tokens), n, this.gazBegin, this.gazInside);
    else {
      this.gazBegin.fill(0, 0, n);
      this.gazInside.fill(0, 0, n);
    }
    let k = 0;
    for (let i = 0; i < n; i++) {
      this.offsets[i] = k;
      if (this.keys.length < k + 128) this.growKeys(k + 128);
      k = this.tokenFeatures(tokens, i, k);
    }
    this.offsets[n] = k;
    return { keys: this.keys, templates: this.templates, offsets: this.offsets, count: k };
  }

  private hashTokens(tokens: readonly FeatureToken[]): void {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      this.word[i] = hashString(t.norm);
      this.stem[i] = hashString(t.stemNorm);
      const bareStart = t.article && t.stemNorm.length > 3 ? 2 : 0;
      this.bare[i] = hashRange(t.stemNorm, bareStart, t.stemNorm.length);
      this.shape[i] = shapeCode(t);
      const c = this.clusters?.get(t.stemNorm) ?? this.clusters?.get(t.norm);
      this.cluster[i] = c === undefined ? -1 : c;
    }
  }

  private tokenFeatures(tokens: readonly FeatureToken[], i: number, k: number): number {
    const n = tokens.length;
    const t = tokens[i];
    const w = this.word;
    const at = (arr: Int32Array, j: number): number => (j < 0 ? BOS : j >= n ? EOS : arr[j]);
    k = this.f1(k, T.Bias, 0);
    k = this.f1(k, T.Word, w[i]);
    k = this.f1(k, T.Stem, this.stem[i]);
    k = this.f1(k, T.Bare, this.bare[i]);
    k = this.f1(k, T.WordPrev, at(w, i - 1));
    k = this.f1(k, T.WordNext, at(w, i + 1));
    k = this.f1(k, T.WordPrev2, at(w, i - 2));
    k = this.f1(k, T.WordNext2, at(w, i + 2));
    k = this.f1(k, T.StemPrev, at(this.stem, i - 1));
    k = this.f1(k, T.StemNext, at(this.stem, i + 1));
    k = this.f1(k, T.StemPrev2, at(this.stem, i - 2));
    k = this.f1(k, T.Clitics, cliticCode(t));
    k = this.affixFeatures(t, k);
    k = this.f1(k, T.Shape, this.shape[i]);
    k = this.f2(k, T.ShapeContext, at(this.shape, i - 1), at(this.shape, i + 1));
    k = this.f2(k, T.BigramPrev, at(w, i - 1), w[i]);
    k = this.f2(k, T.BigramNext, w[i], at(w, i + 1));
    k = this.f1(k, T.Position, i === 0 ? 1 : i === n - 1 ? 2 : 0);
    if (i > 0) k = this.f1(k, T.SuffixPrev2, suffixHash(tokens[i - 1], 2));
    k = this.gazetteerFeatures(i, n, k);
    if (this.clusters) {
      k = this.f1(k, T.Cluster, this.cluster[i]);
      k = this.f1(k, T.ClusterCoarse, this.cluster[i] >> 4);
      k = this.f1(k, T.ClusterPrev, i > 0 ? this.cluster[i - 1] : -2);
      k = this.f1(k, T.ClusterNext, i < n - 1 ? this.cluster[i + 1] : -2);
    }
    return k;
  }

  private affixFeatures(t: FeatureToken, k: number): number {
    const s = t.stemNorm;
    const from = t.article && s.length > 3 ? 2 : 0;
    const len = s.length - from;
    k = this.f1(k, T.Suffix1, len >= 2 ? hashRange(s, s.length - 1, s.length) : NONE);
    k = this.f1(k, T.Suffix2, len >= 3 ? hashRange(s, s.length - 2, s.length) : NONE);
    k = this.f1(k, T.Suffix3, len >= 4 ? hashRange(s, s.length - 3, s.length) : NONE);
    k = this.f1(k, T.Prefix2, len >= 3 ? hashRange(s, from, from + 2) : NONE);
    k = this.f1(k, T.Prefix3, len >= 4 ? hashRange(s, from, from + 3) : NONE);
    return k;
  }

  private gazetteerFeatures(i: number, n: number, k: number): number {
    k = this.maskFeatures(k, T.GazBegin, this.gazBegin[i]);
    k = this.maskFeatures(k, T.GazInside, this.gazInside[i]);
    if (i > 0) k = this.maskFeatures(k, T.GazPrev, this.gazBegin[i - 1] | this.gazInside[i - 1]);
    if (i < n - 1) k = this.maskFeatures(k, T.GazNext, this.gazBegin[i + 1] | this.gazInside[i + 1]);
    if (i > 1) k = this.maskFeatures(k, T.GazPrev2, this.gazBegin[i - 2] | this.gazInside[i - 2]);
    if (i < n - 2) k = this.maskFeatures(k, T.GazNext2, this.gazBegin[i + 2]);
    if (this.gazBegin[i] !== 0) k = this.f2(k, T.GazBeginWord, this.gazBegin[i], this.word[i]);
    return k;
  }

  /** One feature per category bit set in mask. */
  private maskFeatures(k: number, template: number, mask: number): number {
    for (let c = 0; mask !== 0; c++, mask >>>= 1) if (mask & 1) k = this.f1(k, template, c + 1);
    return k;
  }

  private f1(k: number, template: number, value: number): number {
    this.templates[k] = template;
    this.keys[k] = featureKey(template, value);
    return k + 1;
  }

  private f2(k: number, template: number, a: number, b: number): number {
    this.templates[k] = template;
    this.keys[k] = featureKey2(template, a, b);
    return k + 1;
  }

  private ensure(n: number): void {
    if (this.word.length >= n + 1) return;
    const size = Math.max(n + 1, this.word.length * 2, 64);
    this.word = new Int32Array(size);
    this.stem = new Int32Array(size);
    this.bare = new Int32Array(size);
    this.shape = new Int32Array(size);
    this.cluster = new Int32Array(size);
    this.gazBegin = new Int32Array(size);
    this.gazInside = new Int32Array(size);
    this.offsets = new Int32Array(size + 1);
  }

  private growKeys(min: number): void {
    const size = Math.max(min, this.keys.length * 2);
    const keys = new Int32Array(size);
    keys.set(this.keys);
    this.keys = keys;
    const templates = new Uint8Array(size);
    templates.set(this.templates);
    this.templates = templates;
  }
}


function suffixHash(t: FeatureToken, size: number): number {
  const s = t.stemNorm;
  return s.length > size ? hashRange(s, s.length - size, s.length) : NONE;
}

/** Proclitics, article and enclitic as one code (و+ال, ب, ...+ها). */
function cliticCode(t: FeatureToken): number {
  let h = t.article ? 7 : 3;
  for (const p of t.proclitics) h = Math.imul(h ^ p.charCodeAt(0), 0x01000193);
  if (t.enclitic) h = Math.imul(h ^ hashString(t.enclitic), 0x01000193);
  return h | 0;
}

/** Token kind, length bucket, and whether it holds digits or Latin letters. */
function shapeCode(t: FeatureToken): number {
  const len = t.norm.length;
  const bucket = len <= 2 ? len : len <= 4 ? 3 : len <= 7 ? 4 : 5;
  let digits = 0;
  for (let i = 0; i < t.text.length; i++) {
    const c = t.text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9)) digits = 1;
  }
  return KIND_CODES[t.kind] * 64 + bucket * 4 + digits;
}
