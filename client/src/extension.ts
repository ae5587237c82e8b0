// The extension: starts the language server, switches Arabic .txt articles to the arabic-news language,
// and shows in the status bar what the server did with the current article.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { shouldServe } from '../../server/src/core/documentGate';
import { DocumentStatusNotification, type DocumentStatusParams } from '../../server/src/lsp/protocol';
import { StatusBar } from './statusBar';

const LANGUAGE_ID = 'arabic-news';
let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const status = new StatusBar();
  context.subscriptions.push(status);
  client = createClient(context);
  client.onNotification(DocumentStatusNotification, (params: DocumentStatusParams) => status.update(params));
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor((editor) => status.show(editor?.document.uri.toString())),
    vscode.workspace.onDidOpenTextDocument(switchLanguageIfArabic),
    vscode.commands.registerCommand('arabicNews.restartServer', () => client?.restart()),
  );
  vscode.workspace.textDocuments.forEach(switchLanguageIfArabic);
  await client.start();
  status.show(vscode.window.activeTextEditor?.document.uri.toString());
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('server/out/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'plaintext' },
      { language: LANGUAGE_ID },
    ],
    synchronize: { configurationSection: 'arabicNews' },
    initializationOptions: vscode.workspace.getConfiguration('arabicNews'),
  };
  return new LanguageClient('arabicNews', 'Arabic News Annotator', serverOptions, clientOptions);
}

/** A plain-text article that is mostly Arabic gets the arabic-news language (grammar, editor defaults). */
function switchLanguageIfArabic(doc: vscode.TextDocument): void {
  if (doc.languageId !== 'plaintext') return;
  const config = vscode.workspace.getConfiguration('arabicNews', doc.uri);
  if (!config.get<boolean>('switchLanguageOnOpen', true)) return;
  const verdict = shouldServe(doc.getText(), {
    minArabicRatio: config.get<number>('minArabicRatio', 0.5),
    maxLength: Number.MAX_SAFE_INTEGER,
  });
  if (verdict.serve) void vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
}
