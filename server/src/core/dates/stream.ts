// The sentence as the date grammar sees it: one Lex per token with its folded form, the key it
// matches under (a proclitic و/ف/ب/ل/ك peeled off when that reveals a known word) and its number value.
// Token analyses are cached by token text, so re-analysing a sentence on a keystroke is mostly Map hits.
import type { Token } from '../types';
import { foldArabic, offsetOfKeptChar, parseDigits } from './fold';
import type { PhraseMap } from './phrases';

export interface Lex {
  tok: Token;
  /** folded whole token */
  norm: string;
  /** folded token minus a proclitic that hid a known word (equal to norm otherwise) */
  key: string;
  /** the peeled proclitic letters, '' when none */
  proclitic: string;
  /** document offset where `key` starts (after the proclitic) */
  start: number;
  /** value of a digit run, else -1 */
  num: number;
  digits: number;
  /** char code of a one-character punctuation/symbol token, else 0 */
  punct: number;
}

interface WordInfo { norm: string; key: string; proclitic: string; peelOffset: number; num: number; digits: number }

const PROCLITICS = new Set([0x0648, 0x0641, 0x0628, 0x0644, 0x0643]); // و ف ب ل ك
const SECOND_PROCLITICS = new Set([0x0628, 0x0644, 0x0643]); // ب ل ك after و/ف
const CACHE_LIMIT = 50000;

export class LexiconIndex {
  private readonly cache = new Map<string, WordInfo>();

  constructor(
    /** every word the grammar knows (peeling stops at these) */
    private readonly known: ReadonlySet<string>,
    /** words that can carry a temporal expression without a digit */
    private readonly triggers: ReadonlySet<string>,
  ) {}

  /** Fast pre-check: a digit or a trigger word somewhere in the sentence. */
  mayContainTemporal(tokens: readonly Token[]): boolean {
    for (const tok of tokens) {
      if (tok.kind === 'number') return true;
      if (tok.kind !== 'word') continue;
      const info = this.info(tok);
      if (info.num >= 0 || this.triggers.has(info.key)) return true;
    }
    return false;
  }

  toLex(tokens: readonly Token[]): Lex[] {
    const out: Lex[] = [];
    for (const tok of tokens) {
      const info = this.info(tok);
      const punct = (tok.kind === 'punct' || tok.kind === 'symbol') && tok.text.length === 1 ? tok.text.charCodeAt(0) : 0;
      out.push({
        tok, norm: info.norm, key: info.key, proclitic: info.proclitic, start: tok.start + info.peelOffset,
        num: info.num, digits: info.digits, punct,
      });
    }
    return out;
  }

  private info(tok: Token): WordInfo {
    let info = this.cache.get(tok.text);
    if (info !== undefined) return info;
    info = this.analyse(tok.text);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(tok.text, info);
    return info;
  }

  private analyse(text: string): WordInfo {
    const norm = foldArabic(text);
    const num = parseDigits(norm);
    const base = { norm, key: norm, proclitic: '', peelOffset: 0, num, digits: num >= 0 ? norm.length : 0 };
    if (num >= 0 || this.known.has(norm) || norm.length < 3 || !PROCLITICS.has(norm.charCodeAt(0))) return base;
    const one = norm.slice(1);
    if (this.known.has(one)) return { ...base, key: one, proclitic: norm[0], peelOffset: offsetOfKeptChar(text, 1) };
    // ل + ال writes للعام: the key is العام, the span keeps the whole token (لعام would read oddly)
    if (norm.startsWith('لل') && this.known.has('ا' + one)) return { ...base, key: 'ا' + one, proclitic: 'ل' };
    if (norm.length > 3 && SECOND_PROCLITICS.has(norm.charCodeAt(1))) {
      const two = norm.slice(2);
      if (this.known.has(two)) return { ...base, key: two, proclitic: norm.slice(0, 2), peelOffset: offsetOfKeptChar(text, 2) };
    }
    return base;
  }
}

/** True when b starts exactly where a ends (2024.05.12 is five touching tokens). */
export function touching(a: Lex, b: Lex | undefined): boolean {
  return b !== undefined && a.tok.end === b.tok.start;
}

export interface PhraseHit<T> { value: T; end: number }

/** Matches a phrase of `map` at lex[i]: the first word by its peeled key, the others as written. */
export function matchAt<T>(lex: readonly Lex[], i: number, map: PhraseMap<T>): PhraseHit<T> | undefined {
  const first = lex[i];
  if (first === undefined || first.num >= 0) return undefined;
  const list = map.candidates(first.key);
  if (list === undefined) return undefined;
  for (const entry of list) {
    let ok = true;
    for (let k = 0; k < entry.rest.length && ok; k++) {
      const w = lex[i + 1 + k];
      ok = w !== undefined && w.norm === entry.rest[k];
    }
    if (ok) return { value: entry.value, end: i + 1 + entry.rest.length };
  }
  return undefined;
}

/** Like matchAt, but the first word must not carry a proclitic (for words inside a phrase). */
export function matchBareAt<T>(lex: readonly Lex[], i: number, map: PhraseMap<T>): PhraseHit<T> | undefined {
  const w = lex[i];
  return w !== undefined && w.proclitic === '' ? matchAt(lex, i, map) : undefined;
}
