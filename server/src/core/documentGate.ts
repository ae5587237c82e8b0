// Which documents the engine serves: enough Arabic letters among all letters, not binary, not huge.
// The client uses the same test to switch a plain .txt article to the arabic-news language.

export interface GateOptions {
  /** share of letters that must be Arabic (0..1) */
  minArabicRatio: number;
  /** documents longer than this (UTF-16 code units) are not analyzed */
  maxLength: number;
}

export const DEFAULT_GATE: GateOptions = { minArabicRatio: 0.5, maxLength: 2_000_000 };

export type GateVerdict =
  | { serve: true; arabicRatio: number }
  | { serve: false; reason: 'empty' | 'binary' | 'not-arabic' | 'too-large'; message: string; arabicRatio: number };

const SAMPLE = 20_000;

function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || c === 0x06d5 || (c >= 0x06fa && c <= 0x06ff) ||
    (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)
  );
}

function isOtherLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x52f);
}

/** Measures a sample from the start, middle and end, so that a huge file costs no more than a small one. */
export function arabicShare(text: string): { arabic: number; letters: number; nul: number; replacement: number } {
  const counts = { arabic: 0, letters: 0, nul: 0, replacement: 0 };
  const windows = text.length <= SAMPLE * 3 ? [[0, text.length]] : [[0, SAMPLE], [(text.length >> 1) - SAMPLE / 2, (text.length >> 1) + SAMPLE / 2], [text.length - SAMPLE, text.length]];
  for (const [from, to] of windows) {
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === 0) counts.nul++;
      else if (c === 0xfffd) counts.replacement++;
      else if (isArabicLetter(c)) { counts.arabic++; counts.letters++; }
      else if (isOtherLetter(c)) counts.letters++;
    }
  }
  return counts;
}

export function shouldServe(text: string, options: GateOptions = DEFAULT_GATE): GateVerdict {
  const c = arabicShare(text);
  const arabicRatio = c.letters === 0 ? 0 : c.arabic / c.letters;
  if (text.trim().length === 0) return { serve: false, reason: 'empty', message: 'The article is empty.', arabicRatio };
  if (c.nul > 0 || c.replacement > Math.max(8, c.letters / 10)) {
    return { serve: false, reason: 'binary', message: 'This file looks binary or is not valid UTF-8 text; it is not analyzed.', arabicRatio };
  }
  if (arabicRatio < options.minArabicRatio) {
    const pct = Math.round(arabicRatio * 100);
    return { serve: false, reason: 'not-arabic', message: `Only ${pct}% of the letters are Arabic; the article is not analyzed.`, arabicRatio };
  }
  if (text.length > options.maxLength) {
    const mb = (text.length / 1_000_000).toFixed(1);
    return { serve: false, reason: 'too-large', message: `The article has ${mb} million characters, over the limit set by arabicNews.maxArticleLength; it is not highlighted.`, arabicRatio };
  }
  return { serve: true, arabicRatio };
}
