// The sentence as the date grammar sees it: one Lex per token with its folded form, the key it
// matches under (a proclitic و/ف/ب/ل/ك peeled off when that reveals a known word) and its number value.
// Token analyses are cached by token text, so re-analysing a sentence on a keystroke is mostly Map hits.
import type { Token } from '../types';
import { foldArabic, offsetOfKeptChar, parseDigits } from './fold';
import type { PhraseMap } from './phrases';
import { afterNumberBits } from './numberStarts';
import { answerOf, answersFor } from './wordTables';

/**
 * What a token's folded form means to the grammar. One object per distinct form, shared by every token
 * with that form: a sentence's view is an array of these, and what belongs to one token (its offsets and
 * kind) is read from the sentence's tokens (Ctx.tokens) by index. Nothing is copied per token: inside
 * analyze(), where the entity tagger leaves the date layer's data cold, copying ten fields into pooled
 * per-token objects cost about a tenth of the layer's time.
 * Read-only: every field is set once, always in this order (one hidden class for all).
 */
export interface Lex {
  /** folded whole token */
  readonly norm: string;
  /** folded token minus a proclitic that hid a known word (equal to norm otherwise) */
  readonly key: string;
  /** the peeled proclitic letters, '' when none */
  readonly proclitic: string;
  /** folded letters peeled off the front; the key starts after this many kept characters (see keyStart) */
  readonly peelChars: number;
  /** value of a digit run, else -1 */
  readonly num: number;
  readonly digits: number;
  /** true when some rule can start at this token (a number or a starter word) */
  readonly starts: boolean;
  /** true when the sentence may hold a date (a number or a trigger word) */
  readonly trigger: boolean;
  /** char code of a one-character punctuation/symbol token, else 0 */
  readonly punct: number;
  /** true for a word the grammar knows, a number or a one-character punctuation: anything but a plain word */
  readonly dateish: boolean;
  /** which rules starting at a number this token can continue, right after it (bits of numberStarts.ts) */
  readonly afterNumber: number;
  /** what each phrase map and rule set holds under `key`, by table id (see wordTables.ts) */
  readonly answers: readonly unknown[];
}

const PROCLITICS = new Set([0x0648, 0x0641, 0x0628, 0x0644, 0x0643]); // و ف ب ل ك
const SECOND_PROCLITICS = new Set([0x0628, 0x0644, 0x0643]); // ب ل ك after و/ف
const CACHE_LIMIT = 50000;
/** One-character tokens below this code (ASCII, Latin, Arabic) are looked up in an array. */
const SINGLE_LIMIT = 0x0700;

export class LexiconIndex {
  private readonly cache = new Map<string, Lex>();

  constructor(
    /** every word the grammar knows (peeling stops at these) */
    private readonly known: ReadonlySet<string>,
    /** words that can carry a temporal expression without a digit */
    private readonly triggers: ReadonlySet<string>,
    /** words a rule can start at */
    private readonly starters: ReadonlySet<string>,
  ) {}

  private readonly single: Array<Lex | undefined> = new Array<Lex | undefined>(SINGLE_LIMIT).fill(undefined);

  /** The sentence's word analyses, one per token, or undefined when it has no digit and no trigger word. */
  lexOf(tokens: readonly Token[]): Lex[] | undefined {
    // a fresh array: resizing a reused one (out.length = n) is a runtime call that cost more than this
    const out = new Array<Lex>(tokens.length);
    // one pass: note a trigger on the way (most news sentences have one)
    let trigger = false;
    for (let i = 0; i < tokens.length; i++) {
      const info = this.info(tokens[i]);
      if (info.trigger) trigger = true;
      out[i] = info;
    }
    return trigger ? out : undefined;
  }

  /** Keyed by the token's normalized form: core/text has usually hashed that string already. */
  private info(tok: Token): Lex {
    const norm = tok.norm;
    // one-character tokens (، . ( و) are a third of news text: an array slot is cheaper than a Map lookup
    if (norm.length === 1 && norm.charCodeAt(0) < SINGLE_LIMIT) {
      const c = norm.charCodeAt(0);
      return (this.single[c] ??= this.analyse(norm));
    }
    let info = this.cache.get(norm);
    if (info !== undefined) return info;
    info = this.analyse(tok.norm);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(tok.norm, info);
    return info;
  }

  /** Always builds the same object shape (keeps property access in lexOf monomorphic). */
  private make(norm: string, key: string, proclitic: string, peelChars: number, num: number): Lex {
    const starts = num >= 0 || this.starters.has(key);
    const trigger = num >= 0 || this.triggers.has(key);
    const punct = norm.length === 1 && !isWordChar(norm.charCodeAt(0)) ? norm.charCodeAt(0) : 0;
    const dateish = num >= 0 || punct !== 0 || this.known.has(key);
    const afterNumber = afterNumberBits(norm, key, proclitic, punct, num);
    return { norm, key, proclitic, peelChars, num, digits: num >= 0 ? norm.length : 0, starts, trigger, punct, dateish, afterNumber, answers: answersFor(key) };
  }

  private analyse(tokenNorm: string): Lex {
    const norm = foldArabic(tokenNorm);
    const num = parseDigits(norm);
    if (num >= 0 || this.known.has(norm) || norm.length < 3 || !PROCLITICS.has(norm.charCodeAt(0))) return this.make(norm, norm, '', 0, num);
    const one = norm.slice(1);
    if (this.known.has(one)) return this.make(norm, one, norm[0], 1, num);
    // ل + ال writes للعام: the key is العام, the span keeps the whole token (لعام would read oddly)
    if (norm.startsWith('لل') && this.known.has('ا' + one)) return this.make(norm, 'ا' + one, 'ل', 0, num);
    if (norm.length > 3 && SECOND_PROCLITICS.has(norm.charCodeAt(1))) {
      const two = norm.slice(2);
      if (this.known.has(two)) return this.make(norm, two, norm.slice(0, 2), 2, num);
    }
    return this.make(norm, norm, '', 0, num);
  }
}

/** Letters and digits (Arabic, Latin): a one-character token of anything else is punctuation. */
function isWordChar(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}

/** True when token j starts exactly where token i ends (2024.05.12 is five touching tokens). */
export function touching(tokens: readonly Token[], i: number, j: number): boolean {
  const b = tokens[j];
  return b !== undefined && tokens[i].end === b.start;
}

/** Document offset where the key of token i starts (after a peeled proclitic). */
export function keyStart(tokens: readonly Token[], lex: readonly Lex[], i: number): number {
  const tok = tokens[i];
  const peel = lex[i].peelChars;
  return peel === 0 ? tok.start : tok.start + offsetOfKeptChar(tok.text, peel);
}

export interface PhraseHit<T> { value: T; end: number }

/** Matches a phrase of `map` at lex[i]: the first word by its peeled key, the others as written. */
export function matchAt<T>(lex: readonly Lex[], i: number, map: PhraseMap<T>): PhraseHit<T> | undefined {
  const first = lex[i];
  if (first === undefined || first.num >= 0) return undefined;
  const list = answerOf(first.answers, first.key, map);
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
