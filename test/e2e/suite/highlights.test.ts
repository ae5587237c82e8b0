// Inside the real editor: what the annotator sees on a sample article, through the editor's own commands
// (the same providers that colour the text and fill the hover widget).
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  ARABIC_NEWS, DecodedSpan, describeSpans, hoverMarkdown, offsetOf, sampleUri, semanticTokenLegend, showFile,
  waitFor, waitForLanguage, waitForTokens,
} from './helpers';

// First line of this sample: "بغداد، 15/6/2024"; later "في ١٢/٥/٢٠٢٤" (Arabic-Indic digits).
const ARTICLE = '2024-06-15-baghdad-regional.txt';

function spanAt(spans: DecodedSpan[], start: number): DecodedSpan | undefined {
  return spans.find((s) => s.start === start);
}

describe('highlights and hover on a sample article', () => {
  const uri = sampleUri(ARTICLE);
  let doc: vscode.TextDocument;
  let spans: DecodedSpan[];

  before(async () => {
    await showFile(uri);
    doc = await waitForLanguage(uri, ARABIC_NEWS);
    spans = await waitForTokens(uri);
  });

  it('the legend has our own token types and modifiers', async () => {
    const legend = await semanticTokenLegend(doc.uri);
    assert.ok(legend, 'a semantic token legend is registered for arabic-news');
    for (const type of ['person', 'organization', 'location', 'misc', 'date', 'time']) {
      assert.ok(legend.tokenTypes.includes(type), `legend has token type ${type}: ${legend.tokenTypes.join(',')}`);
    }
    for (const modifier of ['suggested', 'accepted']) {
      assert.ok(legend.tokenModifiers.includes(modifier), `legend has modifier ${modifier}`);
    }
  });

  it('the dateline city بغداد is a suggested location over exactly its letters', () => {
    const start = offsetOf(doc, 'بغداد');
    const city = spanAt(spans, start);
    assert.ok(city, `a token starts at بغداد; got ${describeSpans(spans)}`);
    assert.deepStrictEqual([city.text, city.type], ['بغداد', 'location']);
    assert.ok(city.modifiers.includes('suggested'), `an unreviewed suggestion: ${city.modifiers.join(',')}`);
  });

  it('the dateline date 15/6/2024 is a date span', () => {
    const date = spanAt(spans, offsetOf(doc, '15/6/2024'));
    assert.ok(date, `a token starts at 15/6/2024; got ${describeSpans(spans)}`);
    assert.deepStrictEqual([date.text, date.type], ['15/6/2024', 'date']);
  });

  it('a date in Arabic-Indic digits (١٢/٥/٢٠٢٤) is a date span too', () => {
    const date = spanAt(spans, offsetOf(doc, '١٢/٥/٢٠٢٤'));
    assert.ok(date, `a token starts at ١٢/٥/٢٠٢٤; got ${describeSpans(spans)}`);
    assert.deepStrictEqual([date.text, date.type], ['١٢/٥/٢٠٢٤', 'date']);
  });

  it('hover on بغداد shows the label LOC, the source and the confidence', async () => {
    const text = await waitFor('a hover over بغداد', async () => (await hoverMarkdown(doc, offsetOf(doc, 'بغداد') + 2)) || undefined);
    assert.match(text, /\bLOC\b/);
    assert.match(text, /source/i);
    assert.match(text, /confidence[^\n]*\d/i);
  });

  it('hover on 15/6/2024 shows DATE and the normalized value 2024-06-15', async () => {
    const text = await waitFor('a hover over the date', async () => (await hoverMarkdown(doc, offsetOf(doc, '15/6/2024') + 3)) || undefined);
    assert.match(text, /\bDATE\b/);
    assert.match(text, /2024-06-15/);
  });

  it('typing before the city moves its highlight with the text', async () => {
    const prefix = 'عاجل: ';
    const cityStart = offsetOf(doc, 'بغداد');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(0, 0), prefix);
    assert.ok(await vscode.workspace.applyEdit(edit), 'the edit applies');
    try {
      const moved = await waitFor('the city token to move after the edit', async () => {
        const now = await waitForTokens(uri);
        const city = spanAt(now, cityStart + prefix.length);
        return city && city.text === 'بغداد' && city.type === 'location' ? city : undefined;
      });
      assert.strictEqual(moved.start, cityStart + prefix.length);
    } finally {
      const undo = new vscode.WorkspaceEdit();
      undo.delete(doc.uri, new vscode.Range(0, 0, 0, prefix.length));
      await vscode.workspace.applyEdit(undo);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });
});
