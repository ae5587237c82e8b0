// Feature extraction for the tagger. Each token gets a list of 32-bit feature keys (template × value,
// see hash.ts). Features come in groups by what they depend on, which is what lets the fast scorer
// (wordScores.ts) precompute and cache most of a word's score: the word alone (local), the word seen
// from its neighbours (previous, next, two before, two after), and per-sentence features (bigrams,
// neighbours' shapes, position, gazetteer matches). Training and tagging share these functions, which
// keeps them consistent; FEATURE_VERSION changes whenever the keys would.
import type { TokenKind } from '../types';
import { Gazetteer, gazetteerMasks, type GazetteerMatch } from './gazetteer';
import { featureKey, featureKey2, hashRange, hashString } from './hash';
import { NO_STATS, statBucket, statValue, tokenStatsCodes, UNKNOWN_STATS, type WordStats } from './wordStats';

export const FEATURE_VERSION = 'ner-features-5';

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

/**
 * Word clusters: normalized stem (or form) -> packed cluster ids of up to three clusterings:
 * c1 + CLUSTER_BASE * (c2 + 1) + CLUSTER_BASE² * (c3 + 1), a missing clustering's part being 0. In each
 * clustering, id >> 4 is the coarse group.
 */
export type WordClusters = Map<string, number>;

/** The shipped file form: `#` comment lines, then `word<TAB>id` lines. */
export function parseClustersFile(text: string): WordClusters {
  const clusters: WordClusters = new Map();
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (text.charCodeAt(at) !== 0x23) {
      const tab = text.indexOf('\t', at);
      if (tab > at && tab < end) clusters.set(text.slice(at, tab), Number(text.slice(tab + 1, end)));
    }
    at = end + 1;
  }
  return clusters;
}

export function formatClustersFile(clusters: Record<string, number>, comment: string): string {
  const lines = Object.entries(clusters).sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).map(([w, id]) => `${w}\t${id}`);
  return `# ${comment}\n${lines.join('\n')}\n`;
}

/** Feature templates; the order is part of FEATURE_VERSION. */
export const enum T {
  Bias, Word, Stem, Bare, WordPrev, WordNext, WordPrev2, WordNext2, StemPrev, StemNext, Clitics,
  Suffix1, Suffix2, Suffix3, Prefix2, Prefix3, Shape, ShapeContext, BigramPrev, BigramNext,
  GazBegin, GazInside, GazPrev, GazNext, GazPrev2, GazNext2, Cluster, ClusterPrev, ClusterNext,
  Position, SuffixPrev2, GazBeginWord, StemPrev2, ClusterCoarse, Dictionary, DictionaryLabel, DictionaryPrev,
  DictionaryNext, Cluster2, Cluster2Coarse, Cluster3, Cluster3Coarse, Cluster2Prev, Cluster2Next, Cluster3Prev,
  Cluster3Next, StatFrequency, StatArticle, StatEnclitic, StatVerb, StatInflection, StatBaseArticle, StatShape,
  StatArticlePrev, StatArticleNext, StatVerbNext, StatGazetteer, StatAfterTitle, StatAfterOrgTrigger,
}

/** Human names of templates, for the `why` of a suggestion (index = template). */
export const TEMPLATE_NAMES = [
  'bias', 'word', 'stem', 'stem without article', 'previous word', 'next word', 'word before previous',
  'word after next', 'previous stem', 'next stem', 'clitics', 'last letter', 'last 2 letters', 'last 3 letters',
  'first 2 letters', 'first 3 letters', 'shape', 'neighbours\' shapes', 'previous word + word', 'word + next word',
  'gazetteer start', 'gazetteer inside', 'gazetteer before', 'gazetteer after', 'gazetteer 2 before',
  'gazetteer 2 after', 'word cluster', 'previous word cluster', 'next word cluster', 'sentence position',
  'previous word ending', 'gazetteer entry + word', 'stem 2 before', 'coarse word cluster',
  'labels in training', 'main label in training', 'previous word\'s label in training', 'next word\'s label in training',
  'word cluster (2nd clustering)', 'coarse word cluster (2nd clustering)', 'word cluster (3rd clustering)',
  'coarse word cluster (3rd clustering)', 'previous word cluster (2nd)', 'next word cluster (2nd)',
  'previous word cluster (3rd)', 'next word cluster (3rd)', 'frequency in raw text', 'takes the article in raw text',
  'takes pronoun suffixes in raw text', 'used as a verb in raw text', 'inflects in raw text',
  'base (without ـا/ـو) takes the article', 'article × pronoun × frequency in raw text',
  'previous word takes the article', 'next word takes the article', 'next word used as a verb',
  'inside longer gazetteer names in raw text', 'after a person title in raw text', 'after an organization word in raw text',
];

const KIND_CODES: Record<TokenKind, number> = { word: 1, number: 2, punct: 3, symbol: 4, latin: 5 };
const NONE = 0x2545f491;
const BOS = 0x1b873593;
const EOS = 0x0e6546b6;
/** cluster id of a word the clusters do not know, and of a position outside the sentence */
const NO_CLUSTER = -1;
const EDGE_CLUSTER = -2;
/** packing of several clusterings' ids into one number (see WordClusters) */
export const CLUSTER_BASE = 2048;

/** What a token contributes to features, computed once per word. */
export interface WordHashes {
  word: number;
  stem: number;
  bare: number;
  shape: number;
  cluster: number;
  /** ids in the second and third clusterings (NO_CLUSTER when the model has fewer) */
  cluster2: number;
  cluster3: number;
  /** last two letters of the stem, or NONE */
  suffix2: number;
  /** label dictionary code (see labelDictionary.ts), UNSEEN_WORD, or NO_DICTIONARY when the model has none */
  dict: number;
  /** word statistics code (wordStats.ts), UNKNOWN_STATS, or NO_STATS when the model has none */
  stats: number;
  /** statistics of the stem's base without a final ـا/ـو (NO_STATS when it has none) */
  statsBase: number;
}

/** dictionary code of a word the label dictionary does not hold */
export const UNSEEN_WORD = -1;
/** dictionary code when the model has no label dictionary (and of the sentence edges) */
export const NO_DICTIONARY = -3;

/** A sentence edge seen as a neighbour (before the first or after the last token). */
export const SENTENCE_START: WordHashes = { word: BOS, stem: BOS, bare: BOS, shape: BOS, cluster: EDGE_CLUSTER, cluster2: EDGE_CLUSTER, cluster3: EDGE_CLUSTER, suffix2: NONE, dict: NO_DICTIONARY, stats: NO_STATS, statsBase: NO_STATS };
export const SENTENCE_END: WordHashes = { word: EOS, stem: EOS, bare: EOS, shape: EOS, cluster: EDGE_CLUSTER, cluster2: EDGE_CLUSTER, cluster3: EDGE_CLUSTER, suffix2: NONE, dict: NO_DICTIONARY, stats: NO_STATS, statsBase: NO_STATS };

/**
 * Label dictionary: normalized stem -> code of the labels it had in training (labelDictionary.ts). Training
 * builds it for each fold from the other folds, so that its features generalize like they will on new text.
 */
export type LabelDictionary = Map<string, number>;

export function wordHashes(t: FeatureToken, clusters: WordClusters | undefined, dictionary?: LabelDictionary, stats?: WordStats): WordHashes {
  const s = t.stemNorm;
  const statsCodes = stats && t.kind === 'word' ? tokenStatsCodes(t, stats) : undefined;
  const bareStart = t.article && s.length > 3 ? 2 : 0;
  const packed = clusters ? (clusters.get(s) ?? clusters.get(t.norm) ?? NO_CLUSTER) : NO_CLUSTER;
  const higher = packed < 0 ? 0 : Math.floor(packed / CLUSTER_BASE);
  return {
    word: hashString(t.norm),
    stem: hashString(s),
    bare: hashRange(s, bareStart, s.length),
    shape: shapeCode(t),
    cluster: packed < 0 ? packed : packed % CLUSTER_BASE,
    cluster2: (higher % CLUSTER_BASE) - 1,
    cluster3: Math.floor(higher / CLUSTER_BASE) - 1,
    suffix2: s.length > 2 ? hashRange(s, s.length - 2, s.length) : NONE,
    dict: dictionary ? (dictionary.get(s) ?? UNSEEN_WORD) : NO_DICTIONARY,
    stats: statsCodes ? statsCodes.own : NO_STATS,
    statsBase: statsCodes ? statsCodes.base : NO_STATS,
  };
}

/** The label a dictionary code stands for (its main label, 0 = O), or the code itself when unseen. */
export function dictionaryLabel(code: number): number {
  return code < 0 ? code : code % 8;
}

/** Where feature keys go: keys and their templates, appended at `count`. */
export class KeySink {
  keys = new Int32Array(256);
  templates = new Uint8Array(256);
  count = 0;

  add(template: number, value: number): void {
    this.push(template, featureKey(template, value));
  }

  add2(template: number, a: number, b: number): void {
    this.push(template, featureKey2(template, a, b));
  }

  private push(template: number, key: number): void {
    if (this.count === this.keys.length) this.grow();
    this.templates[this.count] = template;
    this.keys[this.count++] = key;
  }

  private grow(): void {
    const keys = new Int32Array(this.keys.length * 2);
    keys.set(this.keys);
    this.keys = keys;
    const templates = new Uint8Array(this.keys.length);
    templates.set(this.templates);
    this.templates = templates;
  }
}

/** Features of the word itself, whatever its context. */
export function localFeatures(t: FeatureToken, h: WordHashes, withClusters: boolean, out: KeySink): void {
  out.add(T.Bias, 0);
  out.add(T.Word, h.word);
  out.add(T.Stem, h.stem);
  out.add(T.Bare, h.bare);
  out.add(T.Clitics, cliticCode(t));
  const s = t.stemNorm;
  const from = t.article && s.length > 3 ? 2 : 0;
  const len = s.length - from;
  out.add(T.Suffix1, len >= 2 ? hashRange(s, s.length - 1, s.length) : NONE);
  out.add(T.Suffix2, len >= 3 ? hashRange(s, s.length - 2, s.length) : NONE);
  out.add(T.Suffix3, len >= 4 ? hashRange(s, s.length - 3, s.length) : NONE);
  out.add(T.Prefix2, len >= 3 ? hashRange(s, from, from + 2) : NONE);
  out.add(T.Prefix3, len >= 4 ? hashRange(s, from, from + 3) : NONE);
  out.add(T.Shape, h.shape);
  if (withClusters) {
    out.add(T.Cluster, h.cluster);
    out.add(T.ClusterCoarse, h.cluster >> 4);
    if (h.cluster2 >= 0) {
      out.add(T.Cluster2, h.cluster2);
      out.add(T.Cluster2Coarse, h.cluster2 >> 4);
    }
    if (h.cluster3 >= 0) {
      out.add(T.Cluster3, h.cluster3);
      out.add(T.Cluster3Coarse, h.cluster3 >> 4);
    }
  }
  if (h.dict !== NO_DICTIONARY) {
    out.add(T.Dictionary, h.dict);
    out.add(T.DictionaryLabel, dictionaryLabel(h.dict));
  }
  if (h.stats !== NO_STATS) wordStatFeatures(h, out);
}

/** The word's own statistics from raw text, each field the statistics carry, and their conjunction. */
function wordStatFeatures(h: WordHashes, out: KeySink): void {
  const frequency = statValue(h.stats, 'frequency');
  const article = statValue(h.stats, 'article');
  const enclitic = statValue(h.stats, 'enclitic');
  const verb = statValue(h.stats, 'verb');
  const inflection = statValue(h.stats, 'inflection');
  if (frequency >= 0) out.add(T.StatFrequency, frequency);
  if (article >= 0) out.add(T.StatArticle, article);
  if (enclitic >= 0) out.add(T.StatEnclitic, enclitic);
  if (verb >= 0) out.add(T.StatVerb, verb);
  if (inflection >= 0) out.add(T.StatInflection, inflection);
  const gazetteer = statValue(h.stats, 'gazetteer');
  if (gazetteer >= 0) out.add(T.StatGazetteer, gazetteer);
  // only for words the statistics know: "unknown in raw text" is said by the fields above, and an optional
  // field must not fire where the statistics do not carry it (that would change the models trained without it)
  if (h.stats !== UNKNOWN_STATS) {
    const afterTitle = statBucket(h.stats, 'afterTitle');
    if (afterTitle >= 0) out.add(T.StatAfterTitle, afterTitle);
    const afterOrgTrigger = statBucket(h.stats, 'afterOrgTrigger');
    if (afterOrgTrigger >= 0) out.add(T.StatAfterOrgTrigger, afterOrgTrigger);
  }
  // a rare word that never takes the article nor a pronoun is a different thing from a frequent one
  if (article >= 0 && enclitic >= 0) out.add(T.StatShape, (article * 16 + enclitic) * 16 + Math.max(frequency, 0));
  const base = statValue(h.statsBase, 'article');
  if (base >= 0) out.add(T.StatBaseArticle, base);
}

/** Features a token gets from the word just before it (h is SENTENCE_START at the first token). */
export function previousWordFeatures(h: WordHashes, withClusters: boolean, out: KeySink): void {
  out.add(T.WordPrev, h.word);
  out.add(T.StemPrev, h.stem);
  if (h !== SENTENCE_START) out.add(T.SuffixPrev2, h.suffix2);
  if (withClusters) {
    out.add(T.ClusterPrev, h.cluster);
    if (h.cluster2 >= 0) out.add(T.Cluster2Prev, h.cluster2);
    if (h.cluster3 >= 0) out.add(T.Cluster3Prev, h.cluster3);
  }
  if (h.dict !== NO_DICTIONARY) out.add(T.DictionaryPrev, dictionaryLabel(h.dict));
  const article = statValue(h.stats, 'article');
  if (article >= 0) out.add(T.StatArticlePrev, article);
}

/** Features a token gets from the word just after it (SENTENCE_END at the last token). */
export function nextWordFeatures(h: WordHashes, withClusters: boolean, out: KeySink): void {
  out.add(T.WordNext, h.word);
  out.add(T.StemNext, h.stem);
  if (withClusters) {
    out.add(T.ClusterNext, h.cluster);
    if (h.cluster2 >= 0) out.add(T.Cluster2Next, h.cluster2);
    if (h.cluster3 >= 0) out.add(T.Cluster3Next, h.cluster3);
  }
  if (h.dict !== NO_DICTIONARY) out.add(T.DictionaryNext, dictionaryLabel(h.dict));
  // a common word right after a name usually ends it («[طلعت زكريا] يتقمص»)
  const article = statValue(h.stats, 'article');
  if (article >= 0) out.add(T.StatArticleNext, article);
  const verb = statValue(h.stats, 'verb');
  if (verb >= 0) out.add(T.StatVerbNext, verb);
}

/** Features a token gets from the word two before it. */
export function secondPreviousWordFeatures(h: WordHashes, out: KeySink): void {
  out.add(T.WordPrev2, h.word);
  out.add(T.StemPrev2, h.stem);
}

/** Features a token gets from the word two after it. */
export function secondNextWordFeatures(h: WordHashes, out: KeySink): void {
  out.add(T.WordNext2, h.word);
}

/** Per-sentence gazetteer category masks: names starting at a token, names covering it without starting. */
export interface GazetteerMasks {
  begin: Int32Array;
  inside: Int32Array;
}

/** Features that depend on the token together with its neighbours, its position and the gazetteer. */
export function sentenceFeatures(h: readonly WordHashes[], i: number, n: number, gaz: GazetteerMasks, out: KeySink): void {
  const prev = i > 0 ? h[i - 1] : SENTENCE_START;
  const next = i < n - 1 ? h[i + 1] : SENTENCE_END;
  out.add2(T.ShapeContext, prev.shape, next.shape);
  out.add2(T.BigramPrev, prev.word, h[i].word);
  out.add2(T.BigramNext, h[i].word, next.word);
  out.add(T.Position, i === 0 ? 1 : i === n - 1 ? 2 : 0);
  const { begin, inside } = gaz;
  maskFeatures(T.GazBegin, begin[i], out);
  maskFeatures(T.GazInside, inside[i], out);
  if (i > 0) maskFeatures(T.GazPrev, begin[i - 1] | inside[i - 1], out);
  if (i < n - 1) maskFeatures(T.GazNext, begin[i + 1] | inside[i + 1], out);
  if (i > 1) maskFeatures(T.GazPrev2, begin[i - 2] | inside[i - 2], out);
  if (i < n - 2) maskFeatures(T.GazNext2, begin[i + 2], out);
  if (begin[i] !== 0) out.add2(T.GazBeginWord, begin[i], h[i].word);
}

/** One feature per category bit set in mask. */
function maskFeatures(template: number, mask: number, out: KeySink): void {
  for (let c = 0; mask !== 0; c++, mask >>>= 1) if (mask & 1) out.add(template, c + 1);
}

/** Gazetteer masks of a sentence, into reusable buffers (grown when too small), and the matches behind them. */
export function sentenceGazetteerMasks(
  gazetteer: Gazetteer | undefined,
  tokens: readonly FeatureToken[],
  masks: GazetteerMasks,
  findMatches: (g: Gazetteer) => GazetteerMatch[] = (g) => g.match(tokens),
): { masks: GazetteerMasks; matches: GazetteerMatch[] } {
  const n = tokens.length;
  if (masks.begin.length < n) masks = { begin: new Int32Array(n * 2), inside: new Int32Array(n * 2) };
  const matches = gazetteer ? findMatches(gazetteer) : [];
  gazetteerMasks(matches, n, masks.begin, masks.inside);
  return { masks, matches };
}

/** Extracted features of one sentence: keys of token i are keys[offsets[i] .. offsets[i+1]). */
export interface SentenceFeatures {
  keys: Int32Array;
  /** template of each key (a template index into TEMPLATE_NAMES), for explaining a decision */
  templates: Uint8Array;
  offsets: Int32Array;
  count: number;
}

/** All features of every token of a sentence (training and explanations; tagging uses WordScores). */
export class FeatureExtractor {
  private readonly sink = new KeySink();
  private masks: GazetteerMasks = { begin: new Int32Array(64), inside: new Int32Array(64) };

  constructor(
    readonly gazetteer: Gazetteer | undefined,
    readonly clusters: WordClusters | undefined,
    readonly dictionary?: LabelDictionary,
    readonly wordStats?: WordStats,
  ) {}

  /** Features of a sentence. The returned arrays are reused by the next call: copy what you keep. */
  extract(tokens: readonly FeatureToken[]): SentenceFeatures {
    const n = tokens.length;
    const withClusters = this.clusters !== undefined;
    const hashes = tokens.map((t) => wordHashes(t, this.clusters, this.dictionary, this.wordStats));
    this.masks = sentenceGazetteerMasks(this.gazetteer, tokens, this.masks).masks;
    const sink = this.sink;
    sink.count = 0;
    const offsets = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      offsets[i] = sink.count;
      localFeatures(tokens[i], hashes[i], withClusters, sink);
      previousWordFeatures(i > 0 ? hashes[i - 1] : SENTENCE_START, withClusters, sink);
      nextWordFeatures(i < n - 1 ? hashes[i + 1] : SENTENCE_END, withClusters, sink);
      secondPreviousWordFeatures(i > 1 ? hashes[i - 2] : SENTENCE_START, sink);
      secondNextWordFeatures(i < n - 2 ? hashes[i + 2] : SENTENCE_END, sink);
      sentenceFeatures(hashes, i, n, this.masks, sink);
    }
    offsets[n] = sink.count;
    return { keys: sink.keys, templates: sink.templates, offsets, count: sink.count };
  }
}

/** Proclitics, article and enclitic as one code (و+ال, ب, ...+ها). */
function cliticCode(t: FeatureToken): number {
  let h = t.article ? 7 : 3;
  for (const p of t.proclitics) h = Math.imul(h ^ p.charCodeAt(0), 0x01000193);
  if (t.enclitic) h = Math.imul(h ^ hashString(t.enclitic), 0x01000193);
  return h | 0;
}

/** Token kind, length bucket, and whether it holds digits. */
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
