// Enclitic pronouns at the end of a normalized Arabic stem. See clitics.ts for the contract.
import { isEncliticLookalike } from './cliticLexicon';
import type { KnownStem } from './proclitics';

interface EncliticRule {
  pronoun: string;
  /** remainder length bounds (normalized letters) */
  minStem: number;
  maxStem: number;
  /** letters after which this ending is usually part of the word, not a pronoun */
  notAfter: string;
  /** peeled only when isKnownStem confirms the remainder (ك: ملك، بنك، مبارك are whole words) */
  needsKnownStem: boolean;
}

// Longest first. ي is not listed: in news it is far more often the nisba ending (مصري، العراقي) or part
// of a name (علي، الشمري) than the pronoun "my", and peeling it would make مصر a stem inside مصري.
// After ا the ending usually belongs to the word (اتجاه، أحيانا، أماكن، محاكم); ـينا and ـيها are mostly
// names and accusatives (مارينا، جنيها); ـيه is mostly a noun pattern (نزيه، توجيه).
const ENCLITICS: EncliticRule[] = [
  { pronoun: 'هما', minStem: 3, maxStem: 8, notAfter: 'ا', needsKnownStem: false },
  { pronoun: 'ها', minStem: 3, maxStem: 8, notAfter: 'اي', needsKnownStem: false },
  { pronoun: 'هم', minStem: 3, maxStem: 8, notAfter: 'ا', needsKnownStem: false },
  { pronoun: 'هن', minStem: 3, maxStem: 8, notAfter: 'ا', needsKnownStem: false },
  { pronoun: 'كم', minStem: 3, maxStem: 8, notAfter: 'اح', needsKnownStem: false }, // يتحكم
  { pronoun: 'كن', minStem: 3, maxStem: 8, notAfter: 'ام', needsKnownStem: false }, // يمكن، نتمكن
  { pronoun: 'نا', minStem: 3, maxStem: 8, notAfter: 'اي', needsKnownStem: false },
  { pronoun: 'ه', minStem: 4, maxStem: 6, notAfter: 'اي', needsKnownStem: false },
  { pronoun: 'ك', minStem: 3, maxStem: 8, notAfter: 'ا', needsKnownStem: true },
];

/** How many normalized letters at the end of the stem are an enclitic pronoun (0 when none). */
export function encliticLength(stem: string, stemAt: number, original: (i: number) => number, isKnownStem: KnownStem): number {
  if (isKnownStem(stem) || isEncliticLookalike(stem)) return 0;
  for (const rule of ENCLITICS) {
    const rest = stem.length - rule.pronoun.length;
    if (rest < rule.minStem || rest > rule.maxStem || !stem.endsWith(rule.pronoun)) continue;
    // a real ه, not a taa marbuta that normalization turned into ه
    if (rule.pronoun[0] === 'ه' && original(stemAt + rest) !== 0x0647) continue;
    if (rule.notAfter.includes(stem[rest - 1])) continue;
    if (rule.pronoun === 'ه' && stem.endsWith('الله')) continue; // عبدالله، نصرالله
    if (rule.needsKnownStem && !isKnownStem(stem.slice(0, rest))) continue;
    return rule.pronoun.length;
  }
  return 0;
}
