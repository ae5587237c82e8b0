// Suggestions -> LSP semantic tokens (relative line/char encoding). A span never crosses a line in
// LSP's encoding, so a multi-line span is split per line.
import type { Span, Suggestion } from '../core/types';
import { LineIndex } from './lineIndex';
import { SUGGESTED_MODIFIER, tokenTypeOf } from './legend';

export interface TokenSink {
  push(line: number, char: number, length: number, tokenType: number, tokenModifiers: number): void;
}

export function pushSemanticTokens(text: string, suggestions: readonly Suggestion[], sink: TokenSink, range?: Span): void {
  const lines = new LineIndex(text);
  for (const s of suggestions) {
    if (range && (s.end <= range.start || s.start >= range.end)) continue;
    const type = tokenTypeOf(s.label);
    let line = lines.lineOf(s.start);
    let from = s.start;
    while (from < s.end) {
      const nextLineStart = line + 1 < lines.lineCount ? lines.lineStart(line + 1) : Infinity;
      const to = Math.min(s.end, nextLineStart);
      const visibleEnd = trimLineBreak(text, from, to);
      if (visibleEnd > from) sink.push(line, from - lines.lineStart(line), visibleEnd - from, type, SUGGESTED_MODIFIER);
      from = to;
      line++;
    }
  }
}

function trimLineBreak(text: string, from: number, to: number): number {
  while (to > from && (text.charCodeAt(to - 1) === 10 || text.charCodeAt(to - 1) === 13)) to--;
  return to;
}
