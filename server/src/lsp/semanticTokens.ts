// Suggestions -> LSP semantic tokens (relative line/char encoding). A span never crosses a line in
// LSP's encoding, so a multi-line span is split per line. Positions come from the TextDocument's own
// line table, which it keeps up to date across incremental edits.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Span, Suggestion } from '../core/types';
import { SUGGESTED_MODIFIER, tokenTypeOf } from './legend';

export interface TokenSink {
  push(line: number, char: number, length: number, tokenType: number, tokenModifiers: number): void;
}

export function pushSemanticTokens(doc: TextDocument, suggestions: readonly Suggestion[], sink: TokenSink, range?: Span): void {
  const text = doc.getText();
  for (const s of suggestions) {
    if (range && (s.end <= range.start || s.start >= range.end)) continue;
    const type = tokenTypeOf(s.label);
    let { line, character } = doc.positionAt(s.start);
    let from = s.start;
    while (from < s.end) {
      const to = Math.min(s.end, doc.offsetAt({ line: line + 1, character: 0 }));
      const visibleEnd = trimLineBreak(text, from, to);
      if (visibleEnd > from) sink.push(line, character, visibleEnd - from, type, SUGGESTED_MODIFIER);
      if (to <= from) break; // last line: offsetAt clamps to the end of the text
      from = to;
      line++;
      character = 0;
    }
  }
}

function trimLineBreak(text: string, from: number, to: number): number {
  while (to > from && (text.charCodeAt(to - 1) === 10 || text.charCodeAt(to - 1) === 13)) to--;
  return to;
}
