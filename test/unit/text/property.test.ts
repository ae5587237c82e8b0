// Property test over random strings drawn from everything an Arabic news file can contain, and some
// things it should not (lone surrogates). A seeded PRNG keeps failures reproducible.
import * as assert from 'assert';
import { MAX_SENTENCE_TOKENS, normalizeForMatch, normalizeWithMap, splitSentences, tokenize } from '../../../server/src/core/text';

/** mulberry32: a tiny deterministic PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const POOLS: string[][] = [
  [...'ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئةىٱکیپچگ'], // letters, incl. hamza forms and Persian
  [...'والبلكفس'], // clitic letters, often
  ['\u064B', '\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u0670', '\u06D6', '\u06ED', '\u0615'], // marks
  ['\u0640'], // tatweel
  [...'0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹'],
  ['\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\uFEFF'],
  ['\u200C', '\u200D'],
  ['\r', '\n', '\r\n', ' ', ' ', ' ', '\u00A0', '\t'],
  [...'abcXYZéÉ'],
  [...'.،؛؟!:()«»"\'-/,;?…٫٬%|+='],
  ['😀', '👍', '🏽', '👨‍👩‍👧', '❤️', '\uFEFB', '\uFDF2'],
  ['\uD83D', '\uDE00', '\uDBFF'], // lone surrogates
];
const WEIGHTS = [30, 10, 8, 2, 8, 3, 2, 14, 5, 8, 2, 1];

function randomText(rand: () => number, length: number): string {
  const total = WEIGHTS.reduce((a, b) => a + b, 0);
  let out = '';
  for (let i = 0; i < length; i++) {
    let r = rand() * total;
    let p = 0;
    while (r >= WEIGHTS[p]) r -= WEIGHTS[p++];
    const pool = POOLS[p];
    out += pool[Math.floor(rand() * pool.length)];
  }
  return out;
}

/** What the tokenizer may skip: whitespace, bidi controls, joiners and other invisible format characters. */
const SKIPPABLE = /^[\s\u200B-\u200F\u061C\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u00AD]*$/;
const KIND_SHAPES: Record<string, RegExp> = {
  number: /^[0-9\u0660-\u0669\u06F0-\u06F9]+$/,
  latin: /^[a-zA-Z\u00C0-\u024F\p{M}]+$/u,
  punct: /^.$/su,
  word: /[\u0620-\u064A\u0671-\u06D3\uFB50-\uFEFC]/,
};

function checkTokens(text: string): void {
  const tokens = tokenize(text);
  let prevEnd = 0;
  for (const t of tokens) {
    assert.ok(SKIPPABLE.test(text.slice(prevEnd, t.start)), 'only whitespace and invisible characters are skipped');
    if (KIND_SHAPES[t.kind]) assert.ok(KIND_SHAPES[t.kind].test(t.text), `a ${t.kind} looks like one`);
    assert.strictEqual(t.text, text.slice(t.start, t.end));
    assert.ok(t.start >= prevEnd && t.end > t.start, 'ordered, non-empty, non-overlapping');
    assert.ok(t.start <= t.stemStart && t.stemStart <= t.stemEnd && t.stemEnd <= t.end, 'stem inside token');
    assert.strictEqual(t.norm, normalizeForMatch(t.text));
    const stemText = normalizeForMatch(text.slice(t.stemStart, t.stemEnd));
    // the stem text normalizes to stemNorm, except that ل + elided article restores the alef (للرئيس)
    assert.ok(stemText === t.stemNorm || (t.article && 'ا' + stemText === t.stemNorm), 'stemNorm is the stem');
    const first = t.text.charCodeAt(0);
    assert.ok(!(first >= 0xdc00 && first <= 0xdfff && t.start > 0 && /[\uD800-\uDBFF]/.test(text[t.start - 1])), 'pairs whole');
    assert.ok(!/[\s\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/.test(t.text), 'no whitespace or bidi marks inside');
    prevEnd = t.end;
  }
  assert.ok(SKIPPABLE.test(text.slice(prevEnd)), 'nothing visible dropped at the end');
  const sentences = splitSentences(text, tokens);
  let expected = 0;
  for (const s of sentences) {
    assert.strictEqual(s.tokenStart, expected, 'sentences cover all tokens in order');
    assert.ok(s.tokenEnd > s.tokenStart && s.tokenEnd - s.tokenStart <= MAX_SENTENCE_TOKENS, 'sentence size');
    assert.strictEqual(s.start, tokens[s.tokenStart].start);
    assert.strictEqual(s.end, tokens[s.tokenEnd - 1].end);
    expected = s.tokenEnd;
  }
  assert.strictEqual(expected, tokens.length);
}

function checkNormalizeMap(text: string): void {
  const { text: norm, map } = normalizeWithMap(text);
  assert.strictEqual(norm, normalizeForMatch(text));
  assert.strictEqual(map.length, norm.length + 1);
  assert.strictEqual(map[norm.length], text.length);
  for (let i = 0; i < norm.length; i++) {
    assert.ok(map[i] <= map[i + 1], 'monotonic');
    assert.ok(map[i] < text.length);
    assert.ok(normalizeForMatch(text[map[i]]).includes(norm[i]), 'maps back to a character that normalizes to it');
  }
}

describe('text/property: random strings', () => {
  it('keeps offsets exact in tokens, stems and sentences (3000 strings)', () => {
    const rand = prng(20240512);
    for (let k = 0; k < 3000; k++) {
      const text = randomText(rand, 1 + Math.floor(rand() * 80));
      try {
        checkTokens(text);
      } catch (e) {
        throw new Error(`case ${k}: ${JSON.stringify(text)}: ${(e as Error).message}`);
      }
    }
  });
  it('keeps sentences within the size limit on long texts (60 strings of 3000 characters)', () => {
    const rand = prng(7);
    const longLines = (t: string): string => t.replace(/[\r\n.؟?!؛;…]/g, ' '); // few ends: exercises the cuts
    for (let k = 0; k < 60; k++) {
      const raw = randomText(rand, 3000);
      const text = k % 2 ? longLines(raw) : raw;
      try {
        checkTokens(text);
      } catch (e) {
        throw new Error(`case ${k}: ${(e as Error).message}`);
      }
    }
  });
  it('keeps the normalization map monotonic and faithful (3000 strings)', () => {
    const rand = prng(1403);
    for (let k = 0; k < 3000; k++) {
      const text = randomText(rand, Math.floor(rand() * 80));
      try {
        checkNormalizeMap(text);
      } catch (e) {
        throw new Error(`case ${k}: ${JSON.stringify(text)}: ${(e as Error).message}`);
      }
    }
  });
});
