// Orthographic folding for date matching. It is deliberately coarser than core/text's
// normalizeForMatch (hamza forms -> ا, ى -> ي, ة -> ه, Persian ی/ک, no tashkeel, no tatweel, no
// bidi marks) so that whatever form core/text hands us, folding it again lands on the same key.
// The compiled lexicon (lexicon.generated.ts) stores its forms already folded with this function.

const ALEF = 0x0627;

function foldCode(c: number): number {
  switch (c) {
    case 0x0623: case 0x0625: case 0x0622: case 0x0671: return ALEF; // أ إ آ ٱ
    case 0x0649: case 0x06cc: case 0x064a: return 0x064a; // ى ی ي -> ي
    case 0x0629: return 0x0647; // ة -> ه
    case 0x06a9: return 0x0643; // ک -> ك
    case 0x0624: return 0x0648; // ؤ -> و (as core/text does)
    case 0x0626: return 0x064a; // ئ -> ي (as core/text does)
    default: return c;
  }
}

/** true for characters that folding drops: tashkeel, superscript alef, tatweel, bidi marks. */
export function isIgnorableMark(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || c === 0x200e || c === 0x200f || c === 0x061c;
}

/** Folds one word (or a phrase; spaces are kept) into its matching key. */
export function foldArabic(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isIgnorableMark(c)) continue;
    out += String.fromCharCode(foldCode(c));
  }
  return out;
}

/** Value of one digit in ASCII, Arabic-Indic or Persian form, or -1. */
export function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660;
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0;
  return -1;
}

/** Parses a run made only of digits; -1 when s holds anything else. */
export function parseDigits(s: string): number {
  if (s.length === 0 || s.length > 9) return -1;
  let v = 0;
  for (let i = 0; i < s.length; i++) {
    const d = digitValue(s.charCodeAt(i));
    if (d < 0) return -1;
    v = v * 10 + d;
  }
  return v;
}

/**
 * Offset (in code units of `text`) of the n-th letter that folding keeps, so that a proclitic
 * peeled off a folded key maps back to the original text even when it carries a diacritic (وَأمس).
 */
export function offsetOfKeptChar(text: string, n: number): number {
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    if (isIgnorableMark(text.charCodeAt(i))) continue;
    if (kept === n) return i;
    kept++;
  }
  return text.length;
}
