// Normalization for matching and features only: the document text is never changed. Every rule is a
// per-code-unit rewrite, precompiled into one table, so normalization is a single pass with no regexes
// and an offset map back to the original falls out for free.
//
// Rules (why each one: Arabic news spells the same word in several ways):
// - alef forms أ إ آ ٱ (and wavy-hamza ٲ ٳ) -> ا : hamza on alef is written inconsistently
// - alef maqsura ى -> ي and taa marbuta ة -> ه : both are routinely swapped in news text
// - hamza on carriers ؤ -> و and ئ -> ي : we drop the hamza and keep the carrier letter, the same choice
//   as for alef (the carrier is what a writer who omits the hamza types: مسؤول ~ مسئول ~ مسوول all -> مسوول,
//   and ئ -> ي makes رئيس and ريس meet)
// - diacritics (U+064B–U+065F, U+0670, Quranic marks U+06D6–U+06ED, plus the honorific marks
//   U+0610–U+061A and extended-Arabic marks U+08CA–U+08FF), tatweel U+0640, ZWNJ/ZWJ, bidi controls
//   (LRM, RLM, ALM, LRE..RLO, LRI..PDI), BOM, zero-width space, word joiner, soft hyphen: removed
// - Arabic-Indic ٠-٩ and Persian ۰-۹ digits -> ASCII 0-9 ; Persian ک -> ك and ی -> ي ; the Persian/Urdu
//   heh and taa-marbuta shapes ە ۀ ہ ۃ ھ -> ه and swash kaf ڪ -> ك (text typed on those keyboards)
// - Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC) -> their letters (NFKC, then the rules
//   above), which may expand one code unit into several (ﻻ -> لا)
// - Latin (and Greek, Cyrillic) letters lowercased when lowercasing keeps one code unit.

const REMOVED = -1;
const EXPANDED = -2;

const TABLE = new Int32Array(0x10000);
const EXPANSIONS = new Map<number, string>();

function setRange(from: number, to: number, value: number): void {
  TABLE.fill(value, from, to + 1);
}

function applyArabicRules(): void {
  for (const c of [0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673]) TABLE[c] = 0x0627;
  TABLE[0x0649] = 0x064a; // ى -> ي
  TABLE[0x0629] = 0x0647; // ة -> ه
  TABLE[0x0624] = 0x0648; // ؤ -> و
  TABLE[0x0626] = 0x064a; // ئ -> ي
  TABLE[0x06a9] = 0x0643; // Persian kaf
  TABLE[0x06cc] = 0x064a; // Persian yeh
  for (const c of [0x06be, 0x06c0, 0x06c1, 0x06c3, 0x06d5]) TABLE[c] = 0x0647; // heh shapes
  TABLE[0x06aa] = 0x0643; // swash kaf
  for (let d = 0; d < 10; d++) {
    TABLE[0x0660 + d] = 0x30 + d;
    TABLE[0x06f0 + d] = 0x30 + d;
  }
  setRange(0x064b, 0x065f, REMOVED);
  setRange(0x0610, 0x061a, REMOVED);
  setRange(0x06d6, 0x06ed, REMOVED);
  setRange(0x08ca, 0x08ff, REMOVED);
  for (const c of [0x0670, 0x0640, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x061c, 0x2060, 0xfeff, 0x00ad]) {
    TABLE[c] = REMOVED;
  }
  setRange(0x202a, 0x202e, REMOVED);
  setRange(0x2066, 0x2069, REMOVED);
}

function applyLowercase(): void {
  const ranges: Array<[number, number]> = [
    [0x41, 0x5a], [0xc0, 0x24f], [0x370, 0x4ff], [0x1e00, 0x1eff], [0xff21, 0xff3a],
  ];
  for (const [from, to] of ranges) {
    for (let c = from; c <= to; c++) {
      const lower = String.fromCharCode(c).toLowerCase();
      if (lower.length === 1 && lower.charCodeAt(0) !== c) TABLE[c] = lower.charCodeAt(0);
    }
  }
}

/** Presentation forms: NFKC gives the plain letters; the other rules then apply to those. */
function applyPresentationForms(): void {
  const decompose = (c: number): void => {
    const folded = String.fromCharCode(c).normalize('NFKC');
    let out = '';
    for (let i = 0; i < folded.length; i++) {
      const m = TABLE[folded.charCodeAt(i)];
      if (m >= 0 && m !== 0x20) out += String.fromCharCode(m);
    }
    if (out.length === 0) TABLE[c] = REMOVED;
    else if (out.length === 1) TABLE[c] = out.charCodeAt(0);
    else {
      TABLE[c] = EXPANDED;
      EXPANSIONS.set(c, out);
    }
  };
  for (let c = 0xfb50; c <= 0xfdff; c++) decompose(c);
  for (let c = 0xfe70; c <= 0xfefc; c++) decompose(c);
}

function buildTable(): void {
  for (let c = 0; c < 0x10000; c++) TABLE[c] = c;
  applyArabicRules();
  applyLowercase();
  applyPresentationForms();
}
buildTable();

/** The normalized form of one UTF-16 code unit: '' when it is removed. */
export function normalizeCodeUnit(code: number): string {
  const m = TABLE[code];
  if (m >= 0) return String.fromCharCode(m);
  return m === REMOVED ? '' : (EXPANSIONS.get(code) as string);
}

/** Normalized form of s, for matching and features only (see the rules at the top of this file). */
export function normalizeForMatch(s: string): string {
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (TABLE[c] !== c) break;
    i++;
  }
  if (i === n) return s; // nothing to change: the common case for already-plain words
  let out = s.slice(0, i);
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    const m = TABLE[c];
    if (m >= 0) out += String.fromCharCode(m);
    else if (m === EXPANDED) out += EXPANSIONS.get(c) as string;
  }
  return out;
}

/** True when normalizing s removes or expands nothing, so that offsets in s and its normal form agree. */
export function keepsOffsets(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (TABLE[s.charCodeAt(i)] < 0) return false;
  return true;
}

export interface NormalizedText {
  text: string;
  /** map[i] = original UTF-16 offset of text[i]; map[text.length] = original length */
  map: number[];
}

/**
 * normalizeForMatch plus an offset map back to the original. Removed characters are simply absent;
 * an expanded presentation form maps all its output characters to its own offset. Surrogate pairs are
 * left untouched, each unit mapped to itself.
 */
export function normalizeWithMap(s: string): NormalizedText {
  const map: number[] = [];
  const parts: string[] = [];
  let codes: number[] = [];
  const flush = (): void => {
    parts.push(String.fromCharCode.apply(null, codes));
    codes = [];
  };
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const m = TABLE[c];
    if (m >= 0) {
      codes.push(m);
      map.push(i);
    } else if (m === EXPANDED) {
      const expansion = EXPANSIONS.get(c) as string;
      for (let k = 0; k < expansion.length; k++) {
        codes.push(expansion.charCodeAt(k));
        map.push(i);
      }
    }
    if (codes.length >= 8192) flush(); // fromCharCode.apply has an argument-count limit
  }
  flush();
  map.push(s.length);
  return { text: parts.join(''), map };
}
