// Character classes for the tokenizer, precompiled once into a 64K table so that the hot loop is a
// single array read per UTF-16 code unit (no per-character regexes).

export enum CharClass {
  /** whitespace and line breaks: separate tokens, never part of one */
  Space = 0,
  /** bidi controls, BOM, other format/control characters: invisible, skipped, never part of a token */
  Invisible = 1,
  /** Arabic letters */
  ArabicLetter = 2,
  /** marks that live inside an Arabic word: tashkeel, Quranic marks, superscript alef, tatweel */
  ArabicMark = 3,
  /** ZWNJ / ZWJ: part of an Arabic word only between word characters */
  Joiner = 4,
  /** ASCII, Arabic-Indic and Persian digits */
  Digit = 5,
  /** Latin (and other non-Arabic) letters, with their combining marks */
  OtherLetter = 6,
  OtherMark = 7,
  Punct = 8,
  Symbol = 9,
  HighSurrogate = 10,
  LowSurrogate = 11,
}

function fillRange(table: Uint8Array, from: number, to: number, cls: CharClass): void {
  table.fill(cls, from, to + 1);
}

/** Not classified yet: the class is looked up from Unicode properties on first use. */
const UNKNOWN = 255;

const PROPERTY_CLASSES: Array<[RegExp, CharClass]> = [
  [/\s/u, CharClass.Space],
  [/[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/u, CharClass.Invisible],
  [/\p{M}/u, CharClass.OtherMark],
  [/[\p{L}\p{N}]/u, CharClass.OtherLetter],
  [/\p{P}/u, CharClass.Punct],
];

/** Generic class of a code unit outside the ranges we set by hand (Latin, Cyrillic, CJK, symbols ...). */
function classifyByUnicodeProperties(code: number): CharClass {
  const ch = String.fromCharCode(code);
  for (const [pattern, cls] of PROPERTY_CLASSES) if (pattern.test(ch)) return cls;
  return CharClass.Symbol;
}

function fillArabic(table: Uint8Array): void {
  // Letters of the Arabic blocks, then the non-letters inside them on top.
  fillRange(table, 0x0600, 0x06ff, CharClass.ArabicLetter);
  fillRange(table, 0x0750, 0x077f, CharClass.ArabicLetter);
  fillRange(table, 0x08a0, 0x08c9, CharClass.ArabicLetter);
  fillRange(table, 0x08ca, 0x08ff, CharClass.ArabicMark);
  fillRange(table, 0xfb50, 0xfdff, CharClass.ArabicLetter);
  fillRange(table, 0xfe70, 0xfefe, CharClass.ArabicLetter); // U+FEFF is the BOM: invisible, set below
  fillRange(table, 0x0600, 0x0605, CharClass.Invisible); // number signs (format characters)
  fillRange(table, 0x0606, 0x060b, CharClass.Symbol); // cube root, per mille, afghani ...
  fillRange(table, 0x060c, 0x060d, CharClass.Punct); // comma, date separator
  fillRange(table, 0x060e, 0x060f, CharClass.Symbol);
  fillRange(table, 0x0610, 0x061a, CharClass.ArabicMark); // small honorific signs
  fillRange(table, 0x061b, 0x061b, CharClass.Punct);
  fillRange(table, 0x061c, 0x061c, CharClass.Invisible); // ALM
  fillRange(table, 0x061d, 0x061f, CharClass.Punct);
  fillRange(table, 0x0640, 0x0640, CharClass.ArabicMark); // tatweel
  fillRange(table, 0x064b, 0x065f, CharClass.ArabicMark);
  fillRange(table, 0x0660, 0x0669, CharClass.Digit);
  fillRange(table, 0x066a, 0x066d, CharClass.Punct); // percent, decimal and thousands separators, star
  fillRange(table, 0x0670, 0x0670, CharClass.ArabicMark);
  fillRange(table, 0x06d4, 0x06d4, CharClass.Punct); // full stop
  fillRange(table, 0x06d6, 0x06ed, CharClass.ArabicMark);
  fillRange(table, 0x06f0, 0x06f9, CharClass.Digit);
  fillRange(table, 0x06fd, 0x06fe, CharClass.Symbol);
  fillRange(table, 0xfd3e, 0xfd3f, CharClass.Punct); // ornate parentheses
  fillRange(table, 0xfdfc, 0xfdfc, CharClass.Symbol); // rial sign
}

function buildCharClassTable(): Uint8Array {
  // Classifying all 64K code units from Unicode properties up front costs tens of milliseconds at
  // start-up; most never occur, so they are classified lazily (see charClassOf).
  const table = new Uint8Array(0x10000).fill(UNKNOWN);
  fillArabic(table);
  fillRange(table, 0x0030, 0x0039, CharClass.Digit);
  fillRange(table, 0xd800, 0xdbff, CharClass.HighSurrogate);
  fillRange(table, 0xdc00, 0xdfff, CharClass.LowSurrogate);
  fillRange(table, 0x200c, 0x200d, CharClass.Joiner);
  // bidi marks and embeddings/isolates, BOM, word joiner: invisible (Unicode calls some of them Cf already)
  for (const c of [0x200b, 0x200e, 0x200f, 0x061c, 0x2060, 0xfeff, 0x00ad]) table[c] = CharClass.Invisible;
  fillRange(table, 0x202a, 0x202e, CharClass.Invisible);
  fillRange(table, 0x2066, 0x2069, CharClass.Invisible);
  // whitespace that JavaScript's \s misses or that must never be a token
  for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x2028, 0x2029]) table[c] = CharClass.Space;
  return table;
}

const CHAR_CLASS: Uint8Array = buildCharClassTable();

/** The class of one UTF-16 code unit. */
export function charClassOf(code: number): CharClass {
  const cls = CHAR_CLASS[code];
  if (cls !== UNKNOWN) return cls;
  const computed = classifyByUnicodeProperties(code);
  CHAR_CLASS[code] = computed;
  return computed;
}

/** True for the characters that end a line (sentence breaks at them). */
export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c || code === 0x2028 || code === 0x2029 || code === 0x85;
}
