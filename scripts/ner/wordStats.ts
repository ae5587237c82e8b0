// Word statistics from raw text (see core/ner/wordStats.ts for what they are for and how they are packed).
// One pass over the tokenized documents counts, per bare stem (normalized stem without the article), its
// occurrences, those with the article, with an enclitic pronoun, and in a verb position (after قد لم لن
// سوف, or with the future prefix س); then each stem's inflected forms (stem + ات ون ين) are looked up.
import { tokenize } from '../../server/src/core/text';
import {
  frequencyBucket, packWordStats, shareBucket, statsKey, WORD_STAT_FIELDS, type WordStatField,
} from '../../server/src/core/ner/wordStats';

export interface WordStatsOptions {
  /** stems seen fewer times are left out (they read as unknown) */
  minCount: number;
  /** the most frequent stems kept */
  vocabulary: number;
  /** statistics written into the codes */
  fields: WordStatField[];
}

export const DEFAULT_WORD_STATS_OPTIONS: WordStatsOptions = { minCount: 2, vocabulary: 150000, fields: [...WORD_STAT_FIELDS] };

/** Words after which a verb follows (normalized): قد لم لن سوف. */
const VERB_PARTICLES = new Set(['قد', 'لم', 'لن', 'سوف']);
/** Suffixes of sound plurals: a stem that takes them is a common noun or adjective. */
const PLURAL_SUFFIXES = ['ات', 'ون', 'ين'];

/** Occurrence counts of one stem: total, with article, with enclitic, in a verb position. */
type Counts = [number, number, number, number];

function isArabicLetter(code: number): boolean {
  return code >= 0x0621 && code <= 0x064a;
}

/** Counts per bare stem over the documents. */
export function countStems(documents: Iterable<string>): Map<string, Counts> {
  const counts = new Map<string, Counts>();
  for (const document of documents) {
    let previous = '';
    for (const token of tokenize(document)) {
      const norm = token.norm;
      if (token.kind !== 'word' || !isArabicLetter(token.stemNorm.charCodeAt(0))) {
        previous = norm;
        continue;
      }
      const key = statsKey(token);
      let row = counts.get(key);
      if (!row) counts.set(key, (row = [0, 0, 0, 0]));
      row[0]++;
      if (token.article) row[1]++;
      if (token.enclitic) row[2]++;
      if (VERB_PARTICLES.has(previous) || token.proclitics.includes('س')) row[3]++;
      previous = norm;
    }
  }
  return counts;
}

/** Packed statistics of the documents' stems: bare stem -> code (core/ner/wordStats.ts). */
export function computeWordStats(documents: Iterable<string>, o: WordStatsOptions = DEFAULT_WORD_STATS_OPTIONS): Record<string, number> {
  const counts = countStems(documents);
  const kept = [...counts.entries()]
    .filter(([key, row]) => row[0] >= o.minCount && key.length >= 2)
    .sort((a, b) => b[1][0] - a[1][0] || (a[0] < b[0] ? -1 : 1))
    .slice(0, o.vocabulary);
  const wanted = new Set(o.fields);
  const result: Record<string, number> = {};
  for (const [key, [total, article, enclitic, verb]] of kept) {
    let inflected = 0;
    for (const suffix of PLURAL_SUFFIXES) inflected += counts.get(key + suffix)?.[0] ?? 0;
    const buckets: Partial<Record<WordStatField, number>> = {
      frequency: frequencyBucket(total),
      article: shareBucket(article, total),
      enclitic: shareBucket(enclitic, total),
      verb: shareBucket(verb, total),
      // inflected forms are counted against the stem's own uses: a share above 1 is possible and means "often"
      inflection: shareBucket(Math.min(inflected, total), total),
    };
    for (const field of WORD_STAT_FIELDS) if (!wanted.has(field)) delete buckets[field];
    result[key] = packWordStats(buckets);
  }
  return result;
}
