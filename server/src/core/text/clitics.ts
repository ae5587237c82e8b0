// Clitic analysis of one Arabic word: which proclitics (و ف ب ل ك س) and which enclitic pronoun can be
// peeled off, so that an entity may start inside a token (و|الشمري, ب|العاصمة, ل|بغداد).
//
// Conservative by design: a wrong split cuts a name (بيروت -> ب+يروت), which is worse for NER than a
// missed split. A proclitic is peeled only with evidence that the remainder is a word (proclitics.ts);
// an enclitic only when the remainder is long enough and the ending is not a known word ending
// (enclitics.ts). Both run on the normalized word, so diacritics and tatweel never break them, and are
// mapped back to offsets in the original word.
//
// Spans: stemStart..stemEnd is the original text of the stem, article included. For ل + elided article
// (للرئيس) the stem span is the text after the first ل ("لرئيس"), article is true, and stemNorm restores
// the article ("الرييس", i.e. normalized الرئيس) so that it matches gazetteers; for ل + a word that starts
// with ل (للبنان, when لبنان is a known word) article is false and stemNorm is "لبنان".
// A word with the article never gets an enclitic (Arabic does not combine them).
import { encliticLength } from './enclitics';
import { keepsOffsets, normalizeForMatch, normalizeWithMap } from './normalize';
import { analyzeProclitics, type KnownStem } from './proclitics';

export type { KnownStem } from './proclitics';

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

const PROCLITIC_LETTERS = 'وفبلكس';
const ENCLITIC_LAST_LETTERS = 'اهمنك'; // last letters of ها هما نا، ه، هم كم، هن كن، ك
const never: KnownStem = () => false;

/**
 * Splits an Arabic word into proclitics, stem and enclitic. Offsets are relative to `word` (UTF-16).
 * isKnownStem, when given, is asked about normalized candidate stems (a gazetteer or a word list).
 */
export function analyzeClitics(word: string, isKnownStem: KnownStem = never): CliticAnalysis {
  return analyzeNormalizedWord(word, normalizeForMatch(word), isKnownStem);
}

/** analyzeClitics for a caller that already has normalizeForMatch(word). */
export function analyzeNormalizedWord(word: string, norm: string, isKnownStem: KnownStem = never): CliticAnalysis {
  const startsWithArticle = norm.length >= 4 && norm.startsWith('ال');
  // every result has the same shape (enclitic always present): callers read these in hot loops
  const result: CliticAnalysis = {
    proclitics: [], article: startsWithArticle, enclitic: undefined, stemStart: 0, stemEnd: word.length, stemNorm: norm,
  };
  if (norm.length < 3 || !mayCarryClitics(norm, startsWithArticle)) return result;
  // most words have no diacritics or tatweel: then offsets agree and no map is needed
  const map = keepsOffsets(word) ? undefined : normalizeWithMap(word).map;
  const offset = (i: number): number => (map ? map[i] : i);
  const original = (i: number): number => word.charCodeAt(offset(i));
  const parse = analyzeProclitics({ norm, original, isKnownStem, hasLexicon: isKnownStem !== never });
  if (parse.length > 0 && splitsOneCharacter(map, parse.length)) return result; // inside a ligature (ﻻ)
  result.proclitics = parse.proclitics;
  result.article = parse.article;
  result.stemStart = parse.length === 0 ? 0 : offset(parse.length);
  result.stemNorm = parse.stemNorm;
  if (!parse.article) {
    const stem = norm.slice(parse.length);
    const cut = encliticLength(stem, parse.length, original, isKnownStem);
    if (cut > 0 && !splitsOneCharacter(map, norm.length - cut)) {
      result.enclitic = stem.slice(stem.length - cut);
      result.stemEnd = offset(norm.length - cut);
      result.stemNorm = parse.stemNorm.slice(0, parse.stemNorm.length - cut);
    }
  }
  return result;
}

/** True when normalized letters i-1 and i come from one original character (a presentation-form ligature). */
function splitsOneCharacter(map: number[] | undefined, i: number): boolean {
  return map !== undefined && map[i] === map[i - 1];
}

/** Cheap pre-check: most words neither start with a proclitic letter nor end like a pronoun. */
function mayCarryClitics(norm: string, startsWithArticle: boolean): boolean {
  if (PROCLITIC_LETTERS.includes(norm[0])) return true;
  return !startsWithArticle && ENCLITIC_LAST_LETTERS.includes(norm[norm.length - 1]);
}
