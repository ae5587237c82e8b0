import * as assert from 'node:assert/strict';
import { pushSemanticTokens, type TokenSink } from '../../../server/src/lsp/semanticTokens';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Label, Suggestion } from '../../../server/src/core/types';

const docOf = (text: string) => TextDocument.create('file:///article.txt', 'arabic-news', 1, text);

class Collect implements TokenSink {
  readonly tokens: number[][] = [];
  push(line: number, char: number, length: number, type: number, modifiers: number): void {
    this.tokens.push([line, char, length, type, modifiers]);
  }
}

function spanOf(text: string, needle: string, label: Label): Suggestion {
  const start = text.indexOf(needle);
  return { start, end: start + needle.length, text: needle, label, source: 'model', confidence: 0.9 };
}

describe('semantic token encoding', () => {
  it('places spans by line and UTF-16 column, with CRLF line ends and emoji before them', () => {
    const text = 'سطر أول 🙂 بغداد\r\nالثاني: دمشق في 12:52';
    const sink = new Collect();
    pushSemanticTokens(docOf(text), [spanOf(text, 'بغداد', 'LOC'), spanOf(text, 'دمشق', 'LOC'), spanOf(text, '12:52', 'TIME')], sink);
    assert.deepEqual(sink.tokens, [
      [0, 11, 5, 2, 1],
      [1, 8, 4, 2, 1],
      [1, 16, 5, 5, 1],
    ]);
  });

  it('splits a span that crosses a line break, without the break itself', () => {
    const text = 'الأمم\nالمتحدة';
    const sink = new Collect();
    pushSemanticTokens(docOf(text), [{ start: 0, end: text.length, text, label: 'ORG', source: 'model', confidence: 1 }], sink);
    assert.deepEqual(sink.tokens, [[0, 0, 5, 1, 1], [1, 0, 7, 1, 1]]);
  });

  it('keeps only spans inside a requested range', () => {
    const text = 'بغداد ودمشق والقاهرة';
    const spans = [spanOf(text, 'بغداد', 'LOC'), spanOf(text, 'دمشق', 'LOC'), spanOf(text, 'القاهرة', 'LOC')];
    const sink = new Collect();
    pushSemanticTokens(docOf(text), spans, sink, { start: 6, end: 11 });
    assert.deepEqual(sink.tokens.map((t) => t[1]), [7]);
  });
});
