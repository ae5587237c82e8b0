// Offset-preserving tokenizer: every token's text is exactly text.slice(start, end). One pass over UTF-16
// code units with a precompiled class table; clitic analysis is cached per distinct word string.
import type { Token, TokenKind } from '../types';
import { CharClass, charClassOf } from './charClass';
import { analyzeNormalizedWord, type CliticAnalysis, type KnownStem } from './clitics';
import { normalizeForMatch } from './normalize';

export interface TokenizeOptions {
  /** asked about normalized candidate stems during clitic analysis (e.g. a gazetteer lookup) */
  isKnownStem?: KnownStem;
}

/** Shared by all tokens without proclitics (most of them): saves an allocation per token. Read-only. */
const NO_PROCLITICS: string[] = Object.freeze([]) as unknown as string[];

/** The per-spelling part of a word token, flattened into one object (one memory access per token). */
interface WordEntry {
  norm: string;
  proclitics: string[];
  article: boolean;
  enclitic: string | undefined;
  stemStart: number;
  stemEnd: number;
  stemNorm: string;
}

function wordEntry(word: string, isKnownStem: KnownStem | undefined): WordEntry {
  const norm = normalizeForMatch(word);
  const c: CliticAnalysis = analyzeNormalizedWord(word, norm, isKnownStem);
  return {
    norm,
    proclitics: c.proclitics.length === 0 ? NO_PROCLITICS : c.proclitics,
    article: c.article,
    enclitic: c.enclitic,
    stemStart: c.stemStart,
    stemEnd: c.stemEnd,
    stemNorm: c.stemNorm,
  };
}

const MAX_CACHE_ENTRIES = 200_000;
const MAX_CACHED_WORD = 64;
const defaultCache = new Map<string, WordEntry>();
const cachesByLexicon = new WeakMap<KnownStem, Map<string, WordEntry>>();

function cacheFor(isKnownStem: KnownStem | undefined): Map<string, WordEntry> {
  if (!isKnownStem) return defaultCache;
  let cache = cachesByLexicon.get(isKnownStem);
  if (!cache) {
    cache = new Map();
    cachesByLexicon.set(isKnownStem, cache);
  }
  return cache;
}

/** Clitic analysis of a word, computed once per distinct spelling. Results are shared: treat as read-only. */
function analyzeWord(word: string, cache: Map<string, WordEntry>, isKnownStem: KnownStem | undefined): WordEntry {
  if (word.length > MAX_CACHED_WORD) return wordEntry(word, isKnownStem); // junk runs: not worth keeping
  let entry = cache.get(word);
  if (!entry) {
    if (cache.size >= MAX_CACHE_ENTRIES) cache.clear();
    const key = detachedCopy(word);
    entry = wordEntry(key, isKnownStem);
    cache.set(key, entry);
  }
  return entry;
}

/**
 * A copy of a slice that does not keep the whole document alive: V8 represents longer slices as views
 * into their parent string, and a cache that outlives the document must not pin every version of it.
 */
function detachedCopy(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

const isArabicWordClass = (cls: number): boolean => cls === CharClass.ArabicLetter || cls === CharClass.ArabicMark;

/** Set by arabicWordEnd: whether the run it scanned has a letter (not only marks or tatweel). */
let scannedRunHasLetter = false;

/** End of an Arabic word starting at i: letters and marks, plus ZWNJ/ZWJ only between them. */
function arabicWordEnd(text: string, i: number): number {
  const n = text.length;
  let j = i;
  scannedRunHasLetter = false;
  while (j < n) {
    const cls = charClassOf(text.charCodeAt(j));
    if (cls === CharClass.ArabicLetter) {
      scannedRunHasLetter = true;
      j++;
    } else if (cls === CharClass.ArabicMark) j++;
    else if (cls === CharClass.Joiner) {
      let k = j + 1;
      while (k < n && charClassOf(text.charCodeAt(k)) === CharClass.Joiner) k++;
      if (k < n && isArabicWordClass(charClassOf(text.charCodeAt(k)))) j = k;
      else break;
    } else break;
  }
  return j;
}

function runEnd(text: string, i: number, a: number, b: number): number {
  let j = i;
  while (j < text.length) {
    const cls = charClassOf(text.charCodeAt(j));
    if (cls !== a && cls !== b) break;
    j++;
  }
  return j;
}

/** Length of one symbol code point at i: a surrogate pair or a single unit (lone surrogates included). */
function codePointLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** U+1F3FB..U+1F3FF */
function isSkinToneModifier(text: string, i: number): boolean {
  const d = text.charCodeAt(i + 1);
  return text.charCodeAt(i) === 0xd83c && d >= 0xdffb && d <= 0xdfff;
}

/** U+1F1E6..U+1F1FF: two of them make a flag */
function isRegionalIndicator(text: string, i: number): boolean {
  const d = text.charCodeAt(i + 1);
  return text.charCodeAt(i) === 0xd83c && d >= 0xdde6 && d <= 0xddff;
}

/** U+E0020..U+E007F: tag characters of subdivision flags */
function isTagCharacter(text: string, i: number): boolean {
  const d = text.charCodeAt(i + 1);
  return text.charCodeAt(i) === 0xdb40 && d >= 0xdc20 && d <= 0xdc7f;
}

/** End of a symbol: one code point plus variation selectors, combining marks, skin tones, flag halves,
 * tags and ZWJ links, so that an emoji as the reader sees it is one token. */
function symbolEnd(text: string, i: number): number {
  const n = text.length;
  let j = i + codePointLength(text, i);
  if (isRegionalIndicator(text, i) && isRegionalIndicator(text, j)) j += 2;
  while (j < n) {
    const c = text.charCodeAt(j);
    const cls = charClassOf(c);
    if (cls === CharClass.OtherMark) j++;
    else if (isSkinToneModifier(text, j) || isTagCharacter(text, j)) j += 2;
    else if (c === 0x200d && j + 1 < n && isLinkableSymbol(text, j + 1)) j += 1 + codePointLength(text, j + 1);
    else break;
  }
  return j;
}

function isLinkableSymbol(text: string, i: number): boolean {
  const cls = charClassOf(text.charCodeAt(i));
  return cls === CharClass.Symbol || (cls === CharClass.HighSurrogate && codePointLength(text, i) === 2);
}

function plainToken(text: string, start: number, end: number, kind: TokenKind): Token {
  const s = text.slice(start, end);
  const norm = normalizeForMatch(s);
  return {
    start, end, text: s, norm, kind,
    proclitics: NO_PROCLITICS, article: false, enclitic: undefined,
    stemStart: start, stemEnd: end, stemNorm: norm,
  };
}

function wordToken(word: string, start: number, end: number, e: WordEntry): Token {
  return {
    start, end, text: word, norm: e.norm, kind: 'word',
    proclitics: e.proclitics, article: e.article, enclitic: e.enclitic,
    stemStart: start + e.stemStart, stemEnd: start + e.stemEnd, stemNorm: e.stemNorm,
  };
}

/**
 * Splits text into tokens with original offsets. Kinds: 'word' (Arabic letters with their internal
 * diacritics, tatweel and ZWNJ), 'number' (a run of ASCII, Arabic-Indic or Persian digits), 'latin'
 * (a run of non-Arabic letters), 'punct' (one punctuation character), 'symbol' (emoji and other
 * symbols, surrogate pairs whole). Whitespace, bidi controls and other invisible characters are skipped.
 */
export function tokenize(text: string, options: TokenizeOptions = {}): Token[] {
  const tokens: Token[] = [];
  const isKnownStem = options.isKnownStem;
  const cache = cacheFor(isKnownStem);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cls = charClassOf(text.charCodeAt(i));
    let end: number;
    switch (cls) {
      case CharClass.Space:
      case CharClass.Invisible:
      case CharClass.Joiner:
        i++;
        continue;
      case CharClass.ArabicLetter:
      case CharClass.ArabicMark:
        end = arabicWordEnd(text, i);
        if (scannedRunHasLetter) {
          const word = text.slice(i, end);
          tokens.push(wordToken(word, i, end, analyzeWord(word, cache, isKnownStem)));
        } else tokens.push(plainToken(text, i, end, 'symbol')); // marks or tatweel with no letter
        i = end;
        continue;
      case CharClass.Digit:
        end = runEnd(text, i, CharClass.Digit, CharClass.Digit);
        tokens.push(plainToken(text, i, end, 'number'));
        break;
      case CharClass.OtherLetter:
        end = runEnd(text, i, CharClass.OtherLetter, CharClass.OtherMark);
        tokens.push(plainToken(text, i, end, 'latin'));
        break;
      case CharClass.Punct:
        end = i + 1;
        tokens.push(plainToken(text, i, end, 'punct'));
        break;
      default: // symbols, stray combining marks, surrogates
        end = symbolEnd(text, i);
        tokens.push(plainToken(text, i, end, 'symbol'));
    }
    i = end;
  }
  return tokens;
}
