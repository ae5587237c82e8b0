// Word statistics from raw text (see core/ner/wordStats.ts for what they are for and how they are packed).
// One pass over the tokenized documents counts, per bare stem (normalized stem without the article), its
// occurrences, those with the article, with an enclitic pronoun, and in a verb position (after قد لم لن
// سوف, or with the future prefix س) and inside a gazetteer name of two or more tokens; then each stem's
// inflected forms (stem + ات ون ين) are looked up.
import type { Gazetteer } from '../../server/src/core/ner/gazetteer';
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

/** The article, pronoun and plural shares measured best (DESIGN-NOTE.md); the other fields are for experiments. */
export const DEFAULT_WORD_STATS_OPTIONS: WordStatsOptions = { minCount: 2, vocabulary: 150000, fields: ['article', 'enclitic', 'inflection'] };

/** Words after which a verb follows (normalized): قد لم لن سوف. */
const VERB_PARTICLES = new Set(['قد', 'لم', 'لن', 'سوف']);
/** Suffixes of sound plurals: a stem that takes them is a common noun or adjective. */
const PLURAL_SUFFIXES = ['ات', 'ون', 'ين'];

/**
 * Occurrence counts of one stem: total, with article, with enclitic, in a verb position, inside a longer name,
 * right after a person title, right after an organization word.
 */
type Counts = [number, number, number, number, number, number, number];

/** Trigger phrases whose next word is often a name: person titles (الرئيس، الوزير) and organization words (شركة، نادي). */
export interface TriggerPhrases {
  personTitles: readonly string[];
  orgTriggers: readonly string[];
}

/** Phrases as their tokens' normalized forms joined by spaces, and the longest phrase's length. */
class PhraseSet {
  readonly keys = new Set<string>();
  longest = 0;

  constructor(phrases: readonly string[]) {
    for (const phrase of phrases) {
      const norms = tokenize(phrase).filter((t) => t.kind === 'word').map((t) => t.norm);
      if (norms.length === 0) continue;
      this.keys.add(norms.join(' '));
      this.longest = Math.max(this.longest, norms.length);
    }
  }

  /** True when one of the phrases ends right before `at` (norms of the document's tokens). */
  endsBefore(norms: readonly string[], at: number): boolean {
    let key = '';
    for (let k = 1; k <= this.longest && at - k >= 0; k++) {
      key = k === 1 ? norms[at - 1] : `${norms[at - k]} ${key}`;
      if (this.keys.has(key)) return true;
    }
    return false;
  }
}

function isArabicLetter(code: number): boolean {
  return code >= 0x0621 && code <= 0x064a;
}

/** Mask of the gazetteer's name categories (not triggers). */
function nameCategories(gazetteer: Gazetteer): number {
  let mask = 0;
  gazetteer.categories.forEach((c, k) => {
    const label = gazetteer.categoryLabels[c];
    if (label !== 'TRIGGER' && label !== 'O') mask |= 1 << k;
  });
  return mask;
}

/** Which tokens lie inside a gazetteer name of two or more tokens. */
function insideLongerNames(tokens: ReturnType<typeof tokenize>, gazetteer: Gazetteer | undefined, names: number): Uint8Array {
  const inside = new Uint8Array(tokens.length);
  if (!gazetteer) return inside;
  for (const m of gazetteer.match(tokens)) if (m.end - m.start >= 2 && (m.mask & names) !== 0) inside.fill(1, m.start, m.end);
  return inside;
}

/** Counts per bare stem over the documents (inside-name counts only when a gazetteer is given). */
export function countStems(documents: Iterable<string>, gazetteer?: Gazetteer, triggers?: TriggerPhrases): Map<string, Counts> {
  const counts = new Map<string, Counts>();
  const names = gazetteer ? nameCategories(gazetteer) : 0;
  const titles = triggers ? new PhraseSet(triggers.personTitles) : undefined;
  const orgWords = triggers ? new PhraseSet(triggers.orgTriggers) : undefined;
  for (const document of documents) {
    let previous = '';
    const tokens = tokenize(document);
    const norms = titles ? tokens.map((t) => t.norm) : [];
    const inside = insideLongerNames(tokens, gazetteer, names);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      const norm = token.norm;
      if (token.kind !== 'word' || !isArabicLetter(token.stemNorm.charCodeAt(0))) {
        previous = norm;
        continue;
      }
      const key = statsKey(token);
      let row = counts.get(key);
      if (!row) counts.set(key, (row = [0, 0, 0, 0, 0, 0, 0]));
      row[0]++;
      if (token.article) row[1]++;
      if (token.enclitic) row[2]++;
      if (VERB_PARTICLES.has(previous) || token.proclitics.includes('س')) row[3]++;
      row[4] += inside[i];
      if (titles?.endsBefore(norms, i)) row[5]++;
      if (orgWords?.endsBefore(norms, i)) row[6]++;
      previous = norm;
    }
  }
  return counts;
}

/** Packed statistics of the documents' stems: bare stem -> code (core/ner/wordStats.ts). */
export function computeWordStats(documents: Iterable<string>, o: WordStatsOptions = DEFAULT_WORD_STATS_OPTIONS, gazetteer?: Gazetteer, triggers?: TriggerPhrases): Record<string, number> {
  const wanted = new Set(o.fields);
  const readsTriggers = wanted.has('afterTitle') || wanted.has('afterOrgTrigger');
  const counts = countStems(documents, wanted.has('gazetteer') ? gazetteer : undefined, readsTriggers ? triggers : undefined);
  const kept = [...counts.entries()]
    .filter(([key, row]) => row[0] >= o.minCount && key.length >= 2)
    .sort((a, b) => b[1][0] - a[1][0] || (a[0] < b[0] ? -1 : 1))
    .slice(0, o.vocabulary);
  const result: Record<string, number> = {};
  for (const [key, [total, article, enclitic, verb, inName, afterTitle, afterOrgTrigger]] of kept) {
    let inflected = 0;
    for (const suffix of PLURAL_SUFFIXES) inflected += counts.get(key + suffix)?.[0] ?? 0;
    const buckets: Partial<Record<WordStatField, number>> = {
      frequency: frequencyBucket(total),
      article: shareBucket(article, total),
      enclitic: shareBucket(enclitic, total),
      verb: shareBucket(verb, total),
      // inflected forms are counted against the stem's own uses: a share above 1 is possible and means "often"
      inflection: shareBucket(Math.min(inflected, total), total),
      gazetteer: shareBucket(inName, total),
      afterTitle: shareBucket(afterTitle, total),
      afterOrgTrigger: shareBucket(afterOrgTrigger, total),
    };
    for (const field of WORD_STAT_FIELDS) if (!wanted.has(field)) delete buckets[field];
    result[key] = packWordStats(buckets);
  }
  return result;
}
