// Lines of a document as [start, end) ranges without their line break (LF, CRLF or CR), skipping
// lines that hold only whitespace: no token, sentence or entity ever spans a line break.
import type { Span } from './types';

export function paragraphRanges(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  let blank = true;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c === 10 || c === 13) {
      if (!blank) out.push({ start, end: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
      blank = true;
    } else if (blank && c !== 32 && c !== 9 && c !== 0xa0) blank = false;
  }
  return out;
}
