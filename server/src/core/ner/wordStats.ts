// Word statistics from unlabeled text (scripts/ner/wordStats.ts computes them): per bare stem (the
// normalized stem without its article), how the word behaves in running text. Arabic has no capitals, so
// these stand in for them: common nouns and adjectives take the article ال and enclitic pronouns and
// inflect (ـات ـون ـين), verbs follow قد لم لن سوف or take the future س; given names and foreign names do
// none of that; and a word found inside longer gazetteer names in running text is a name part. Each statistic is a small bucket, packed into one number per stem (a field of 0 means the
// statistic was not computed, so a file can carry any subset of them).
import type { FeatureToken } from './features';

/** Bare stem -> packed statistics code (see packWordStats). */
export type WordStats = Map<string, number>;

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

/** The key a token's statistics are stored under: its normalized stem without the article. */
export function statsKey(t: Pick<FeatureToken, 'stemNorm' | 'article'>): string {
  const s = t.stemNorm;
  return t.article && s.length > 3 ? s.slice(2) : s;
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
export function baseStatsCode(key: string, stats: WordStats): number {
  if (key.length < 4) return NO_STATS;
  const last = key.charCodeAt(key.length - 1);
  if (last !== 0x0627 && last !== 0x0648) return NO_STATS; // ا و
  return stats.get(key.slice(0, -1)) ?? UNKNOWN_STATS;
}
