// Inside the real editor: opening an article starts the extension and the .txt becomes an Arabic News
// document; an English note next to it is left alone.
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  ARABIC_NEWS, EXTENSION_ID, decodedSemanticTokens, describeSpans, hoverMarkdown, offsetOf, openDocument,
  sampleUri, showFile, waitFor, waitForLanguage, waitForTokens,
} from './helpers';

const ARTICLE = '2024-05-12-damascus-politics.txt';
const ENGLISH_NOTE = 'notes-en.txt';

describe('activation in the real extension host (code-server)', () => {
  it('runs in a real VS Code 1.100 extension host, not a mock', () => {
    assert.strictEqual(vscode.env.appName, 'code-server');
    assert.match(vscode.version, /^1\.100\./);
  });

  it('opening a sample article activates the extension and switches the .txt to arabic-news', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is loaded`);
    const uri = sampleUri(ARTICLE);
    await showFile(uri);
    await waitFor('the extension to activate', () => extension.isActive);
    const doc = await waitForLanguage(uri, ARABIC_NEWS);
    assert.strictEqual(doc.languageId, ARABIC_NEWS);
    const spans = await waitForTokens(uri);
    const city = spans.find((s) => s.text === 'دمشق' && s.type === 'location');
    assert.ok(city, `دمشق is highlighted as a location; got ${describeSpans(spans)}`);
  });

  it('an English note stays plaintext: no highlights, no hover', async () => {
    const englishUri = sampleUri(ENGLISH_NOTE);
    await showFile(englishUri);
    // Open an Arabic article after it: the extension handles documents in the order they open, so once
    // this one has switched, a (wrong) switch of the English note would have happened already.
    const arabicUri = sampleUri('2024-03-03-cairo-economy.txt');
    await showFile(arabicUri);
    await waitForLanguage(arabicUri, ARABIC_NEWS);
    await waitForTokens(arabicUri);
    const english = openDocument(englishUri);
    assert.ok(english, 'the English note is still open');
    assert.strictEqual(english.languageId, 'plaintext');
    const spans = await decodedSemanticTokens(english);
    assert.deepStrictEqual(spans, [], `no semantic tokens in the English note; got ${describeSpans(spans)}`);
    const hover = await hoverMarkdown(english, offsetOf(english, '12 May 2024') + 1);
    assert.strictEqual(hover, '', 'no hover over an English date');
  });
});
