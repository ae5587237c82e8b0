// One status bar item for the active article: how many suggestions, or why it is not analyzed.
import * as vscode from 'vscode';
import type { DocumentStatusParams } from '../../server/src/lsp/protocol';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);
  private readonly byUri = new Map<string, DocumentStatusParams>();
  private readonly warned = new Set<string>();

  update(params: DocumentStatusParams): void {
    this.byUri.set(params.uri, params);
    if (!params.served && params.message && (params.reason === 'binary' || params.reason === 'too-large') && !this.warned.has(params.uri)) {
      this.warned.add(params.uri);
      void vscode.window.showWarningMessage(`Arabic News: ${params.message}`);
    }
    if (vscode.window.activeTextEditor?.document.uri.toString() === params.uri) this.show(params.uri);
  }

  show(uri: string | undefined): void {
    const params = uri ? this.byUri.get(uri) : undefined;
    if (!params) {
      this.item.hide();
      return;
    }
    if (params.served) {
      this.item.text = `$(tag) ${params.suggestions} suggestions`;
      const date = params.dct?.value ? `Article date ${params.dct.value} (${params.dct.origin})` : 'No article date found';
      this.item.tooltip = `Arabic News Annotator\n${date}`;
    } else {
      this.item.text = '$(circle-slash) Arabic News: off';
      this.item.tooltip = params.message ?? 'Not analyzed';
    }
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
