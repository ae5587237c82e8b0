// Helpers for the suite that runs inside the real extension host (code-server): open a sample article the
// way a user does, wait for the extension's reaction with a deadline (never a fixed sleep), and decode what
// the editor's own commands return into spans a person can read.
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'arabic-news-annotator.arabic-news-annotator';
export const ARABIC_NEWS = 'arabic-news';

export interface DecodedSpan {
  text: string;
  type: string;
  modifiers: string[];
  start: number; // UTF-16 offset in the document
  end: number;
}

/** Calls probe until it returns a value (not undefined/false), or fails after timeoutMs with what was awaited. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 30000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (err) {
      lastError = err; // e.g. a provider not registered yet; try again until the deadline
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const reason = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${reason}`);
}

/** The samples/ folder: the workspace the runner opens (falls back to the repository's samples/). */
export function samplesFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder) return folder.uri;
  return vscode.Uri.file(path.resolve(__dirname, '../../../../../samples'));
}

export function sampleUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(samplesFolder(), name);
}

/** The live document for a URI: switching the language replaces the TextDocument object, so look it up anew. */
export function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
}

/** Opens a file in an editor as a user would (it starts as plaintext, like any .txt). */
export async function showFile(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** Waits until the document at uri has the given language id and returns the current document object. */
export function waitForLanguage(uri: vscode.Uri, languageId: string, timeoutMs = 30000): Promise<vscode.TextDocument> {
  return waitFor(`${path.basename(uri.fsPath)} to have language ${languageId}`, () => {
    const doc = openDocument(uri);
    return doc && doc.languageId === languageId ? doc : undefined;
  }, timeoutMs);
}

export async function semanticTokenLegend(uri: vscode.Uri): Promise<vscode.SemanticTokensLegend | undefined> {
  return vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>(
    'vscode.provideDocumentSemanticTokensLegend', uri);
}

/** Full semantic tokens of the document, decoded with its legend into spans with their text. */
export async function decodedSemanticTokens(doc: vscode.TextDocument): Promise<DecodedSpan[]> {
  const legend = await semanticTokenLegend(doc.uri);
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>(
    'vscode.provideDocumentSemanticTokens', doc.uri);
  if (!legend || !tokens) return [];
  return decodeTokens(doc, tokens.data, legend);
}

/** Undoes the relative encoding: each token is (deltaLine, deltaStartChar, length, typeIndex, modifierBits). */
export function decodeTokens(doc: vscode.TextDocument, data: Uint32Array, legend: vscode.SemanticTokensLegend): DecodedSpan[] {
  const spans: DecodedSpan[] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    const range = new vscode.Range(line, char, line, char + data[i + 2]);
    const modifiers = legend.tokenModifiers.filter((_, bit) => (data[i + 4] & (1 << bit)) !== 0);
    spans.push({
      text: doc.getText(range),
      type: legend.tokenTypes[data[i + 3]] ?? `#${data[i + 3]}`,
      modifiers,
      start: doc.offsetAt(range.start),
      end: doc.offsetAt(range.end),
    });
  }
  return spans;
}

/** Waits until the server has analysed the document and the editor gets a non-empty token set. */
export function waitForTokens(uri: vscode.Uri, timeoutMs = 30000): Promise<DecodedSpan[]> {
  return waitFor(`semantic tokens for ${path.basename(uri.fsPath)}`, async () => {
    const doc = openDocument(uri);
    if (!doc) return undefined;
    const spans = await decodedSemanticTokens(doc);
    return spans.length > 0 ? spans : undefined;
  }, timeoutMs);
}

/** The markdown of all hovers at an offset, as the hover widget would show it. */
export async function hoverMarkdown(doc: vscode.TextDocument, offset: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(offset));
  return (hovers ?? [])
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)))
    .join('\n');
}

/** Offset of the n-th (0-based) occurrence of text in the document; fails loudly if the sample changed. */
export function offsetOf(doc: vscode.TextDocument, text: string, occurrence = 0): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = doc.getText().indexOf(text, at + 1);
    if (at < 0) throw new Error(`"${text}" (occurrence ${occurrence}) not found in ${path.basename(doc.uri.fsPath)}`);
  }
  return at;
}

export function describeSpans(spans: DecodedSpan[]): string {
  return spans.map((s) => `${s.type}[${s.modifiers.join(',')}]«${s.text}»@${s.start}`).join(' ');
}
