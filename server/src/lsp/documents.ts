// Per-document analysis, computed lazily on the first request after a change and reused until the next
// change. The gate decides once per version whether a document is served at all.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/types';
import type { Analyzer } from '../core/pipeline';
import { shouldServe, type GateVerdict } from '../core/documentGate';
import type { ServerSettings } from './protocol';

/** Where a document's fallback article date comes from when its text has none (file metadata). */
export type FileDateLookup = (uri: string) => string | undefined;

interface Entry {
  version: number;
  verdict: GateVerdict;
  analysis?: Analysis;
}

export class AnalyzedDocuments {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly analyzer: Analyzer,
    private settings: ServerSettings,
    private readonly fileDate: FileDateLookup = () => undefined,
  ) {}

  updateSettings(settings: ServerSettings): void {
    this.settings = settings;
    this.entries.clear();
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }

  verdict(doc: TextDocument): GateVerdict {
    return this.entry(doc).verdict;
  }

  /** The analysis of a served document, or undefined when the gate turned it away. */
  analysis(doc: TextDocument): Analysis | undefined {
    const entry = this.entry(doc);
    if (!entry.verdict.serve) return undefined;
    if (!entry.analysis) {
      const { articleDate, minConfidence } = this.settings;
      const fromFile = articleDate ? undefined : this.fileDate(doc.uri);
      entry.analysis = this.analyzer.analyze(doc.getText(), {
        minConfidence,
        fallbackDct: articleDate ? { value: articleDate, origin: 'option' } : fromFile ? { value: fromFile, origin: 'file' } : undefined,
      });
    }
    return entry.analysis;
  }

  private entry(doc: TextDocument): Entry {
    const known = this.entries.get(doc.uri);
    if (known && known.version === doc.version) return known;
    const verdict = shouldServe(doc.getText(), {
      minArabicRatio: this.settings.minArabicRatio,
      maxLength: this.settings.maxArticleLength,
    });
    const entry: Entry = { version: doc.version, verdict };
    this.entries.set(doc.uri, entry);
    return entry;
  }
}
