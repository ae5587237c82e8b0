// Word statistics from unlabeled text (scripts/ner/wordStats.ts computes them): per bare stem (the
// normalized stem without its article), how the word behaves in running text. Arabic has no capitals, so
// these stand in for them: common nouns and adjectives take the article ال and enclitic pronouns and
// inflect (ـات ـون ـين), verbs follow قد لم لن سوف or take the future س; given names and foreign names do
// none of that; and a word found inside longer gazetteer names in running text is a name part. Each statistic is a small bucket, packed into one number per stem (a field of 0 means the
// statistic was not computed, so a file can carry any subset of them).
import type { FeatureToken } from './features';
import { hashRange, hashString } from './hash';

/**
 * Bare stem -> packed statistics code (see packWordStats), looked up by the stem's 32-bit hash: the tagger
 * has that hash already (its "stem without article" feature), so a new word costs no substring and no
 * string hashing. Two stems of 100,000 sharing a hash would share statistics; rare enough not to matter.
 */
export class WordStats {
  private readonly codes = new Map<number, number>();

  constructor(entries: Iterable<readonly [string, number]>) {
    for (const [stem, code] of entries) this.codes.set(hashString(stem), code);
  }

  get size(): number {
    return this.codes.size;
  }

  /** The code of the stem s[from, to), or UNKNOWN_STATS. */
  codeOf(s: string, from: number, to: number): number {
    return this.codes.get(hashRange(s, from, to)) ?? UNKNOWN_STATS;
  }
}

/** The packed fields, in bit order (4 bits each). */
export const WORD_STAT_FIELDS = ['frequency', 'article', 'enclitic', 'verb', 'inflection', 'gazetteer'] as const;
export type WordStatField = (typeof WORD_STAT_FIELDS)[number];

const FIELD_BITS = 4;

/** A stem seen fewer times than this gets the share bucket TOO_FEW: its shares say little. */
export const MIN_SHARE_COUNT = 3;
const TOO_FEW = 5;

/** Share of a stem's occurrences with some property: 0 never, then < 3%, < 15%, < 50%, ≥ 50%; TOO_FEW when rare. */
export function shareBucket(hits: number, total: number): number {
  if (total < MIN_SHARE_COUNT) return TOO_FEW;
  if (hits === 0) return 0;
  const share = hits / total;
  return share < 0.03 ? 1 : share < 0.15 ? 2 : share < 0.5 ? 3 : 4;
}

/** Occurrences on a log-4 scale: 1-3 → 1, 4-15 → 2, ... 4096+ → 7. */
export function frequencyBucket(count: number): number {
  let bucket = 1;
  for (let n = count; n >= 4 && bucket < 7; n >>= 2) bucket++;
  return bucket;
}

/** One code from per-field buckets; a field left out stays 0 (not computed). */
export function packWordStats(buckets: Partial<Record<WordStatField, number>>): number {
  let code = 0;
  WORD_STAT_FIELDS.forEach((field, k) => {
    const bucket = buckets[field];
    if (bucket !== undefined) code |= (bucket + 1) << (FIELD_BITS * k);
  });
  return code;
}

/** The bucket of one field of a code, or -1 when the code does not carry it. */
export function statBucket(code: number, field: WordStatField): number {
  return ((code >>> (FIELD_BITS * WORD_STAT_FIELDS.indexOf(field))) & 0xf) - 1;
}

/** Where a token's bare stem (the key of its statistics) starts in its stemNorm: after the article. */
export function bareStemStart(t: Pick<FeatureToken, 'stemNorm' | 'article'>): number {
  return t.article && t.stemNorm.length > 3 ? 2 : 0;
}

/** The key a token's statistics are stored under: its normalized stem without the article. */
export function statsKey(t: Pick<FeatureToken, 'stemNorm' | 'article'>): string {
  return t.stemNorm.slice(bareStemStart(t));
}

/** The codes of a token's bare stem and of its base (see baseStatsCode). */
export function tokenStatsCodes(t: Pick<FeatureToken, 'stemNorm' | 'article'>, stats: WordStats): { own: number; base: number } {
  const s = t.stemNorm;
  const from = bareStemStart(t);
  return { own: stats.codeOf(s, from, s.length), base: baseStatsCode(s, from, stats) };
}

/** Code of a word the statistics do not know (never seen in the unlabeled text, or too rare to keep). */
export const UNKNOWN_STATS = -1;
/** Code when the model has no statistics, and of the sentence edges. */
export const NO_STATS = -2;
/** Feature value of a field for a word the statistics do not know. */
export const UNKNOWN_BUCKET = 15;

/** A field's feature value: its bucket, UNKNOWN_BUCKET for an unknown word, -1 when there is nothing to say. */
export function statValue(code: number, field: WordStatField): number {
  if (code === NO_STATS) return -1;
  if (code === UNKNOWN_STATS) return UNKNOWN_BUCKET;
  return statBucket(code, field);
}

/**
 * Code of the stem's base, for inflected forms that hide a common word: the accusative ـا (برنامجا) and the
 * construct plural ـو (موقعو) leave a stem that never takes the article itself, but its base does.
 */
function baseStatsCode(s: string, from: number, stats: WordStats): number {
  if (s.length - from < 4) return NO_STATS;
  const last = s.charCodeAt(s.length - 1);
  if (last !== 0x0627 && last !== 0x0648) return NO_STATS; // ا و
  return stats.codeOf(s, from, s.length - 1);
}
