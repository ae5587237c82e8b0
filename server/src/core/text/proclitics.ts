// Proclitics (و ف ب ل ك س) at the front of a normalized Arabic word. See clitics.ts for the contract.
//
// Evidence that what follows the proclitics is a word of its own:
//   strong (2): it starts with the article ال and has at least 2 more letters; or isKnownStem or the
//               built-in lexicon knows it; or ل + elided article (للرئيس); or س + an imperfect verb.
//   weak (1):   a shape heuristic, one proclitic only, checked by listing what it peels off entity and
//               non-entity tokens of ANERcorp train: و + at least 3 letters is nearly always right; ف before
//               a name almost never is (فرويد، فرانك، فيكتوريا), so ف needs strong evidence; ب ل ك + at
//               least 4 letters not starting with ا و ي (foreign names: باريرا، ليوناردو، بوداي) nor with
//               a letter listed in WEAK_BLOCKED_AFTER, and only
//               when no isKnownStem was given (with a gazetteer, names it knows are strong evidence, and
//               the shape heuristic mostly adds wrong splits of names it does not know).
import { isLexicalWord } from './cliticLexicon';

export type KnownStem = (normStem: string) => boolean;

export interface ProcliticParse {
  /** normalized letters consumed by proclitics */
  length: number;
  proclitics: string[];
  article: boolean;
  stemNorm: string;
  /** 0 = none, 1 = weak, 2 = strong */
  evidence: number;
}

export interface WordView {
  norm: string;
  /** original code unit of normalized letter i (to tell أ from ا, ه from ة) */
  original: (i: number) => number;
  isKnownStem: KnownStem;
  hasLexicon: boolean;
}

const PREPOSITIONS = 'بلك';
const IMPERFECT_PREFIXES = 'يتنا'; // ا stands for أ here: the original letter is checked separately
const LONG_VOWEL_STARTS = [0x0627, 0x0648, 0x064a]; // bare ا, و, ي
const MAX_FUTURE_VERB = 6;
/**
 * First letters of the remainder after which a weak ب ل ك peel is mostly wrong: on ANERcorp+AQMAR train,
 * fewer than half of such remainders occur as words of their own (برلسكوني، بلنسية، كريستوفر، كهذا),
 * against more than 80% for the other letters. ك is a rare preposition: weak only before م ع أ (كمدير).
 */
const WEAK_BLOCKED_AFTER: Record<string, string> = { 'ب': 'رلغبط', 'ل': 'ك' };
const WEAK_KAF_BEFORE = 'معا';
/** endings of names and nouns that the future-verb shape would otherwise catch (ستولمان، سيزيوم، سنويا) */
const NOT_VERB_ENDINGS = ['ان', 'يوم', 'ا'];

export function isWholeWord(norm: string, isKnownStem: KnownStem): boolean {
  return isLexicalWord(norm) || isKnownStem(norm);
}

function startsWithArticle(rest: string): boolean {
  return rest.length >= 4 && rest.charCodeAt(0) === 0x0627 && rest.charCodeAt(1) === 0x0644;
}

function weakEvidence(letter: string, at: number, w: WordView): number {
  const restLength = w.norm.length - at;
  // و + a bare-alef word of 3 letters is mostly a foreign name (واين، وانغ)
  if (letter === 'و') return restLength >= 4 || (restLength === 3 && w.original(at) !== 0x0627) ? 1 : 0;
  if (letter === 'ف' || w.hasLexicon || restLength < 4) return 0;
  if (LONG_VOWEL_STARTS.includes(w.original(at))) return 0;
  const next = w.norm[at];
  if (letter === 'ك') return WEAK_KAF_BEFORE.includes(next) ? 1 : 0;
  return WEAK_BLOCKED_AFTER[letter]?.includes(next) ? 0 : 1;
}

/** The parse that peels `prefix` (the last letter of which is `letter`) and leaves norm[at..]. */
function parseAt(prefix: string[], at: number, w: WordView): ProcliticParse {
  const rest = w.norm.slice(at);
  const article = startsWithArticle(rest);
  let evidence = 0;
  if (prefix.length > 0) {
    if (article || isWholeWord(rest, w.isKnownStem)) evidence = 2;
    else if (prefix.length === 1) evidence = weakEvidence(prefix[0], at, w);
  }
  return { length: at, proclitics: prefix, article, stemNorm: rest, evidence };
}

/** ل before a word starting with ل: ل + elided article (للرئيس), or ل + ل-word (للبنان). */
function lamLamParse(prefix: string[], at: number, w: WordView): ProcliticParse {
  const rest = w.norm.slice(at + 1);
  const proclitics = [...prefix, 'ل'];
  if (isWholeWord(rest, w.isKnownStem)) {
    return { length: at + 1, proclitics, article: false, stemNorm: rest, evidence: 2 };
  }
  return { length: at + 1, proclitics, article: true, stemNorm: 'ا' + rest, evidence: rest.length >= 3 ? 2 : 0 };
}

/** س is the future prefix only before an imperfect verb (سيقول، ستعقد، سنعمل، سأذهب). */
function isFutureVerb(stemAt: number, w: WordView): boolean {
  const length = w.norm.length - stemAt;
  if (length < 4 || length > MAX_FUTURE_VERB || !IMPERFECT_PREFIXES.includes(w.norm[stemAt])) return false;
  if (w.norm[stemAt] === 'ا' && w.original(stemAt) !== 0x0623) return false; // only أ, not a plain alef
  // after س a verb is indicative: it does not end in ا (سنويا is an adverb, سيرسا a name)
  if (NOT_VERB_ENDINGS.some((e) => w.norm.endsWith(e))) return false;
  return w.original(w.norm.length - 1) !== 0x0629; // verbs do not end in taa marbuta
}

/** All the readings of the front of the word that have some support; the first is "no proclitic". */
function procliticParses(w: WordView): ProcliticParse[] {
  const norm = w.norm;
  const parses: ProcliticParse[] = [parseAt([], 0, w)];
  const starts: Array<{ prefix: string[]; at: number }> = [{ prefix: [], at: 0 }];
  if ((norm[0] === 'و' || norm[0] === 'ف') && !isWholeWord(norm, w.isKnownStem)) {
    starts.push({ prefix: [norm[0]], at: 1 });
    parses.push(parseAt([norm[0]], 1, w));
  }
  for (const { prefix, at } of starts) {
    if (norm.length - at < 3 || isWholeWord(norm.slice(at), w.isKnownStem)) continue;
    const letter = norm[at];
    if (letter === 'ل' && norm[at + 1] === 'ل') parses.push(lamLamParse(prefix, at, w));
    else if (PREPOSITIONS.includes(letter)) parses.push(parseAt([...prefix, letter], at + 1, w));
    else if (letter === 'س' && isFutureVerb(at + 1, w)) {
      // the verb shape is the evidence
      parses.push({ ...parseAt([...prefix, letter], at + 1, w), evidence: 2 });
    }
  }
  return parses;
}

/** The best supported reading: stronger evidence first, then fewer proclitics. */
export function analyzeProclitics(w: WordView): ProcliticParse {
  const parses = procliticParses(w);
  let best = parses[0];
  for (const p of parses) {
    if (p.evidence > best.evidence) best = p;
  }
  return best;
}
