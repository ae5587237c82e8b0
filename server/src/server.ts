// Wiring only: the connection, the document store, and one adapter per LSP feature.
// createConnection picks the transport from argv: --node-ipc under VS Code, --stdio for other clients.
import {
  createConnection,
  ProposedFeatures,
  SemanticTokensBuilder,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createAnalyzer } from './engine';
import { fileModifiedDay } from './fileDate';
import { describeTemporalValue } from './core/dates';
import { AnalyzedDocuments } from './lsp/documents';
import { hoverAt } from './lsp/hover';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from './lsp/legend';
import { pushSemanticTokens } from './lsp/semanticTokens';
import { readSettings } from './lsp/settings';
import { DocumentStatsRequest, DocumentStatusNotification, DEFAULT_SETTINGS, type DocumentStats, type DocumentStatsParams, type DocumentStatusParams } from './lsp/protocol';

const connection = createConnection(ProposedFeatures.all);
const textDocuments = new TextDocuments(TextDocument);
const analyzed = new AnalyzedDocuments(createAnalyzer(), DEFAULT_SETTINGS, fileModifiedDay);
const builders = new Map<string, SemanticTokensBuilder>();
let pullsConfiguration = false;

connection.onInitialize((params): InitializeResult => {
  pullsConfiguration = params.capabilities.workspace?.configuration === true;
  analyzed.updateSettings(readSettings(params.initializationOptions));
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      semanticTokensProvider: {
        legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] },
        full: { delta: true },
        range: true,
      },
    },
    serverInfo: { name: 'arabic-news-annotator' },
  };
});

connection.onInitialized(() => void refreshSettings());
connection.onDidChangeConfiguration((change) => void refreshSettings(change.settings?.arabicNews));

async function refreshSettings(pushed?: unknown): Promise<void> {
  const raw = pushed ?? (pullsConfiguration ? await connection.workspace.getConfiguration('arabicNews') : undefined);
  if (raw === undefined) return;
  analyzed.updateSettings(readSettings(raw));
  builders.clear();
  connection.languages.semanticTokens.refresh();
}

const reportedCounts = new Map<string, number>();

/** Tells the client whether a document is served and how many suggestions it has (status bar). */
function reportStatus(doc: TextDocument): void {
  const verdict = analyzed.verdict(doc);
  const analysis = analyzed.analysis(doc);
  reportedCounts.set(doc.uri, analysis?.suggestions.length ?? -1);
  const params: DocumentStatusParams = verdict.serve
    ? { uri: doc.uri, served: true, suggestions: analysis?.suggestions.length ?? 0, dct: analysis && { value: analysis.dct.value, origin: analysis.dct.origin } }
    : { uri: doc.uri, served: false, reason: verdict.reason, message: verdict.message, suggestions: 0 };
  void connection.sendNotification(DocumentStatusNotification, params);
}

/** After an edit, the status only changes when the number of suggestions does. */
function reportStatusIfChanged(doc: TextDocument): void {
  const count = analyzed.analysis(doc)?.suggestions.length ?? -1;
  if (reportedCounts.get(doc.uri) !== count) reportStatus(doc);
}

textDocuments.onDidOpen((e) => reportStatus(e.document));
textDocuments.onDidClose((e) => {
  analyzed.forget(e.document.uri);
  builders.delete(e.document.uri);
  reportedCounts.delete(e.document.uri);
});

connection.languages.semanticTokens.on((params) => {
  const doc = textDocuments.get(params.textDocument.uri);
  const builder = new SemanticTokensBuilder();
  builders.set(params.textDocument.uri, builder);
  const analysis = doc && analyzed.analysis(doc);
  if (doc && analysis) pushSemanticTokens(doc, analysis.suggestions, builder);
  if (doc) reportStatusIfChanged(doc);
  return builder.build();
});

connection.languages.semanticTokens.onDelta((params) => {
  const uri = params.textDocument.uri;
  const doc = textDocuments.get(uri);
  let builder = builders.get(uri);
  if (!builder) {
    builder = new SemanticTokensBuilder();
    builders.set(uri, builder);
  } else builder.previousResult(params.previousResultId);
  const analysis = doc && analyzed.analysis(doc);
  if (doc && analysis) pushSemanticTokens(doc, analysis.suggestions, builder);
  if (doc) reportStatusIfChanged(doc);
  return builder.canBuildEdits() ? builder.buildEdits() : builder.build();
});

connection.languages.semanticTokens.onRange((params) => {
  const doc = textDocuments.get(params.textDocument.uri);
  const builder = new SemanticTokensBuilder();
  const analysis = doc && analyzed.analysis(doc);
  if (doc && analysis) {
    const range = { start: doc.offsetAt(params.range.start), end: doc.offsetAt(params.range.end) };
    pushSemanticTokens(doc, analysis.suggestions, builder, range);
  }
  return builder.build();
});

connection.onHover((params) => {
  const doc = textDocuments.get(params.textDocument.uri);
  const analysis = doc && analyzed.analysis(doc);
  if (!doc || !analysis) return null;
  const found = hoverAt(analysis, doc.offsetAt(params.position), describeTemporalValue);
  if (!found) return null;
  return {
    contents: { kind: 'markdown', value: found.markdown },
    range: { start: doc.positionAt(found.suggestion.start), end: doc.positionAt(found.suggestion.end) },
  };
});

connection.onRequest(DocumentStatsRequest, (params: DocumentStatsParams): DocumentStats => {
  const doc = textDocuments.get(params.uri);
  const analysis = doc && analyzed.analysis(doc);
  const byLabel: Record<string, number> = {};
  for (const s of analysis?.suggestions ?? []) byLabel[s.label] = (byLabel[s.label] ?? 0) + 1;
  return { served: analysis !== undefined, suggestions: analysis?.suggestions.length ?? 0, byLabel };
});

textDocuments.listen(connection);
connection.listen();
