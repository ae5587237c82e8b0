// Word statistics from unlabeled text (scripts/ner/wordStats.ts computes them): per bare stem (the
// normalized stem without its article), how the word behaves in running text. Arabic has no capitals, so
// these stand in for them: common nouns and adjectives take the article ال and enclitic pronouns and
// inflect (ـات ـون ـين), verbs follow قد لم لن سوف or take the future س; given names and foreign names do
// none of that; and a word found inside longer gazetteer names in running text is a name part. Each statistic is a small bucket, packed into one number per stem (a field of 0 means the
// statistic was not computed, so a file can carry any subset of them).
import type { FeatureToken } from './features';
import { hashRange, hashString, mix } from './hash';

/**
 * Bare stem -> packed statistics code (see packWordStats), looked up by the stem's 32-bit hash: the tagger
 * has that hash already (its "stem without article" feature), so a new word costs no substring and no
 * string hashing. Two stems of 100,000 sharing a hash would share statistics; rare enough not to matter.
 */
export class WordStats {
  /** open addressing: slot i holds [stem hash, code + 1] at 2i and 2i+1; 0 marks an empty slot */
  private slots: Int32Array;
  private mask: number;
  private count = 0;

  constructor(entries: Iterable<readonly [string, number]>, expected = 16) {
    let size = 16;
    while (size < expected * 2) size *= 2;
    this.slots = new Int32Array(2 * size);
    this.mask = size - 1;
    for (const [stem, code] of entries) this.add(hashString(stem), code);
  }

  /**
   * From the shipped file's text (`#` comment lines, then `stem<TAB>code` lines), hashing each stem where it
   * stands into a typed table: no substrings and no Map, since this runs at every model load (100,000 lines).
   */
  static fromFile(text: string): WordStats {
    let lines = 1;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
    const stats = new WordStats([], lines);
    let at = 0;
    while (at < text.length) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      const tab = text.indexOf('\t', at);
      if (text.charCodeAt(at) !== 0x23 && tab > at && tab < end) {
        let code = 0;
        for (let i = tab + 1; i < end; i++) {
          const digit = text.charCodeAt(i) - 0x30;
          if (digit >= 0 && digit <= 9) code = code * 10 + digit;
        }
        stats.add(hashRange(text, at, tab), code);
      }
      at = end + 1;
    }
    return stats;
  }

  get size(): number {
    return this.count;
  }

  /** The code of the stem s[from, to), or UNKNOWN_STATS. */
  codeOf(s: string, from: number, to: number): number {
    const key = hashRange(s, from, to);
    const slots = this.slots;
    for (let slot = mix(key) & this.mask; ; slot = (slot + 1) & this.mask) {
      const stored = slots[2 * slot + 1];
      if (stored === 0) return UNKNOWN_STATS;
      if (slots[2 * slot] === key) return stored - 1;
    }
  }

  /** Keeps the first code of a hash (two stems sharing a 32-bit hash share statistics). */
  private add(key: number, code: number): void {
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    let slot = mix(key) & this.mask;
    while (this.slots[2 * slot + 1] !== 0) {
      if (this.slots[2 * slot] === key) return;
      slot = (slot + 1) & this.mask;
    }
    this.slots[2 * slot] = key;
    this.slots[2 * slot + 1] = code + 1;
    this.count++;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = old.length - 1;
    this.count = 0;
    for (let i = 0; i < old.length; i += 2) if (old[i + 1] !== 0) this.add(old[i], old[i + 1] - 1);
  }
}

/**
 * The packed fields, in bit order (4 bits each): eight fill 32 bits. A field holds its bucket + 1 (at most 8
 * for frequency, 6 for a share), so the last field stays below 8 and a code is never negative: negative codes
 * are the sentinels UNKNOWN_STATS and NO_STATS.
 */
export const WORD_STAT_FIELDS = ['frequency', 'article', 'enclitic', 'verb', 'inflection', 'gazetteer', 'afterTitle', 'afterOrgTrigger'] as const;
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
