// Clitic analysis of one Arabic word: which proclitics (و ف ب ل ك س) and which enclitic pronoun can be
// peeled off, so that an entity may start inside a token (و|الشمري, ب|العاصمة, ل|بغداد).
//
// Conservative by design: a wrong split cuts a name (بيروت -> ب+يروت), which is worse for NER than a
// missed split. A proclitic is peeled only with evidence about the remainder:
//   strong: it starts with the article ال (and has at least 2 more letters), or isKnownStem says so,
//           or it is ل before an elided article (للرئيس = ل + الرئيس);
//   weak:   it has at least 4 letters and neither the word nor the remainder is a known whole word
//           (see cliticLexicon.ts and isKnownStem) — weak evidence peels one proclitic only.
// The analysis runs on the normalized word, so diacritics and tatweel never break it, and is mapped back
// to offsets in the original word.
//
// Spans: stemStart..stemEnd is the original text of the stem, article included. For ل + elided article
// (للرئيس) the stem span is the text after the first ل ("لرئيس"), article is true, and stemNorm restores
// the article ("الرئيس") so that it matches gazetteers; for ل + a word starting with ل (للبنان, when
// لبنان is a known word) article is false and stemNorm is "لبنان".
import { isEncliticLookalike, isLexicalWord } from './cliticLexicon';
import { normalizeWithMap } from './normalize';

export interface CliticAnalysis {
  /** proclitics peeled off the front, in order (['و', 'ب']); the article ال is not among them */
  proclitics: string[];
  /** true when the stem carries the article ال (it stays inside the stem span) */
  article: boolean;
  /** enclitic pronoun peeled off the end ('ها'), if any */
  enclitic?: string;
  /** stem offsets relative to the word, UTF-16; 0 and word.length when nothing was peeled */
  stemStart: number;
  stemEnd: number;
  /** normalized stem (article kept; restored when elided after ل) */
  stemNorm: string;
}

export type KnownStem = (normStem: string) => boolean;

const CONJUNCTIONS = 'وف';
const PREPOSITIONS = 'بلك';
const IMPERFECT_PREFIXES = 'يتنا'; // ا stands for أ here: the original letter is checked separately
const MIN_WEAK_REMAINDER = 4;

interface ProcliticParse {
  /** normalized letters consumed by proclitics */
  length: number;
  proclitics: string[];
  article: boolean;
  stemNorm: string;
  /** 0 = none, 1 = weak, 2 = strong */
  evidence: number;
}

const never: KnownStem = () => false;

function isWholeWord(norm: string, isKnownStem: KnownStem): boolean {
  return isLexicalWord(norm) || isKnownStem(norm);
}

/** Evidence that `rest` (what follows the proclitics) is a word of its own. */
function remainderEvidence(rest: string, isKnownStem: KnownStem): number {
  if (isKnownStem(rest) || isLexicalWord(rest)) return 2;
  if (rest.length >= 4 && rest.charCodeAt(0) === 0x0627 && rest.charCodeAt(1) === 0x0644) return 2;
  return rest.length >= MIN_WEAK_REMAINDER ? 1 : 0;
}

/** The parse after a preposition ل when the rest starts with ل: ل + elided article, or ل + ل-word. */
function lamLamParse(prefix: string[], at: number, rest: string, isKnownStem: KnownStem): ProcliticParse {
  const proclitics = [...prefix, 'ل'];
  if (isWholeWord(rest, isKnownStem)) {
    return { length: at + 1, proclitics, article: false, stemNorm: rest, evidence: 2 };
  }
  const restored = 'ا' + rest;
  const evidence = rest.length >= 3 ? 2 : 0;
  return { length: at + 1, proclitics, article: true, stemNorm: restored, evidence };
}

function parseAt(prefix: string[], at: number, norm: string, isKnownStem: KnownStem): ProcliticParse {
  const rest = norm.slice(at);
  return {
    length: at,
    proclitics: prefix,
    article: rest.length >= 4 && rest.startsWith('ال'),
    stemNorm: rest,
    evidence: prefix.length === 0 ? 0 : remainderEvidence(rest, isKnownStem),
  };
}

/** All the ways to read the front of the word; the caller picks the best supported one. */
function procliticParses(norm: string, original: (i: number) => number, isKnownStem: KnownStem): ProcliticParse[] {
  const parses: ProcliticParse[] = [parseAt([], 0, norm, isKnownStem)];
  const starts: Array<{ prefix: string[]; at: number }> = [{ prefix: [], at: 0 }];
  if (CONJUNCTIONS.includes(norm[0]) && !isWholeWord(norm, isKnownStem)) {
    starts.push({ prefix: [norm[0]], at: 1 });
    parses.push(parseAt([norm[0]], 1, norm, isKnownStem));
  }
  for (const { prefix, at } of starts) {
    const rest = norm.slice(at);
    if (rest.length < 3 || isWholeWord(rest, isKnownStem)) continue;
    const letter = rest[0];
    if (letter === 'ل' && rest[1] === 'ل') {
      parses.push(lamLamParse(prefix, at, rest.slice(1), isKnownStem));
    } else if (PREPOSITIONS.includes(letter)) {
      parses.push(parseAt([...prefix, letter], at + 1, norm, isKnownStem));
    } else if (letter === 'س' && isFutureVerb(rest, at + 1, original)) {
      // the verb shape is the evidence: س + imperfect prefix + at least three more letters
      parses.push({ ...parseAt([...prefix, letter], at + 1, norm, isKnownStem), evidence: 2 });
    }
  }
  return parses;
}

/** س is the future prefix only before an imperfect verb (سيقول، ستعقد، سنعمل، سأذهب). */
function isFutureVerb(rest: string, stemAt: number, original: (i: number) => number): boolean {
  if (rest.length < 5 || !IMPERFECT_PREFIXES.includes(rest[1])) return false;
  if (rest[1] === 'ا' && original(stemAt) !== 0x0623) return false; // only أ, not a plain alef
  return original(stemAt + rest.length - 2) !== 0x0629; // verbs do not end in taa marbuta
}

function chooseParse(parses: ProcliticParse[]): ProcliticParse {
  let best = parses[0];
  for (const p of parses) {
    if (p.evidence === 0) continue;
    // weak evidence may peel one proclitic only; stronger evidence wins, then fewer peeled letters
    if (p.evidence === 1 && p.proclitics.length > 1) continue;
    if (best === parses[0] || p.evidence > best.evidence) best = p;
  }
  return best;
}

interface EncliticRule {
  pronoun: string;
  /** minimal remainder length (normalized letters) */
  minStem: number;
  /** peeled only when isKnownStem confirms the remainder (ي and ك: nisba adjectives, names, nouns) */
  needsKnownStem: boolean;
}

// Longest first. ي is not listed: in news it is far more often the nisba ending (مصري، العراقي) or part
// of a name (علي، الشمري) than the pronoun "my", and peeling it would make مصر a stem inside مصري.
const ENCLITICS: EncliticRule[] = [
  { pronoun: 'هما', minStem: 3, needsKnownStem: false },
  { pronoun: 'ها', minStem: 3, needsKnownStem: false },
  { pronoun: 'هم', minStem: 3, needsKnownStem: false },
  { pronoun: 'هن', minStem: 3, needsKnownStem: false },
  { pronoun: 'كم', minStem: 3, needsKnownStem: false },
  { pronoun: 'كن', minStem: 3, needsKnownStem: false },
  { pronoun: 'نا', minStem: 3, needsKnownStem: false },
  { pronoun: 'ه', minStem: 4, needsKnownStem: false },
  { pronoun: 'ك', minStem: 3, needsKnownStem: true },
];

/** How many normalized letters at the end of the stem are an enclitic pronoun (0 when none). */
function encliticLength(stem: string, stemAt: number, original: (i: number) => number, isKnownStem: KnownStem): number {
  if (isKnownStem(stem) || isEncliticLookalike(stem)) return 0;
  for (const rule of ENCLITICS) {
    const rest = stem.length - rule.pronoun.length;
    if (rest < rule.minStem || !stem.endsWith(rule.pronoun)) continue;
    // a real ه, not a taa marbuta that normalization turned into ه
    if (rule.pronoun[0] === 'ه' && original(stemAt + rest) !== 0x0647) continue;
    // after a long vowel the ending is usually part of the word (اتجاه، أحيانا، أماكن، نزيه)
    const before = stem[rest - 1];
    if (before === 'ا' || (before === 'ي' && rule.pronoun === 'ه')) continue;
    if (rule.needsKnownStem && !isKnownStem(stem.slice(0, rest))) continue;
    return rule.pronoun.length;
  }
  return 0;
}

/**
 * Splits an Arabic word into proclitics, stem and enclitic. Offsets are relative to `word` (UTF-16).
 * isKnownStem, when given, is asked about normalized candidate stems (a gazetteer or a word list).
 */
export function analyzeClitics(word: string, isKnownStem: KnownStem = never): CliticAnalysis {
  const { text: norm, map } = normalizeWithMap(word);
  const none: CliticAnalysis = { proclitics: [], article: false, stemStart: 0, stemEnd: word.length, stemNorm: norm };
  if (norm.length < 2) return none;
  const original = (i: number): number => word.charCodeAt(map[i]);
  const parse = chooseParse(procliticParses(norm, original, isKnownStem));
  const result: CliticAnalysis = {
    proclitics: parse.proclitics,
    article: parse.article,
    stemStart: parse.length === 0 ? 0 : map[parse.length],
    stemEnd: word.length,
    stemNorm: parse.stemNorm,
  };
  if (!parse.article) {
    const stem = norm.slice(parse.length);
    const cut = encliticLength(stem, parse.length, original, isKnownStem);
    if (cut > 0) {
      result.enclitic = stem.slice(stem.length - cut);
      result.stemEnd = map[norm.length - cut];
      result.stemNorm = parse.stemNorm.slice(0, parse.stemNorm.length - cut);
    }
  }
  return result;
}
