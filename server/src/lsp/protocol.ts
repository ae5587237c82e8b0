// Custom messages between the extension and the server, declared once here. Both sides import this
// file; it uses only plain types so that the client bundle does not pull server code.

export const DocumentStatusNotification = 'arabicNews/documentStatus';

/** Sent when the server decides whether it serves a document, and why not when it does not. */
export interface DocumentStatusParams {
  uri: string;
  served: boolean;
  /** 'empty' | 'binary' | 'not-arabic' | 'too-large' when not served */
  reason?: string;
  message?: string;
  suggestions: number;
  /** the article date used to resolve relative dates, and where it came from */
  dct?: { value: string; origin: string };
}

export const DocumentStatsRequest = 'arabicNews/documentStats';

export interface DocumentStatsParams {
  uri: string;
}

export interface DocumentStats {
  served: boolean;
  suggestions: number;
  byLabel: Record<string, number>;
}

/** Settings the server reads, under `arabicNews.*` in VS Code. */
export interface ServerSettings {
  minArabicRatio: number;
  minConfidence: number;
  maxArticleLength: number;
  /** YYYY-MM-DD used when an article has no dateline; empty means none */
  articleDate: string;
}

export const DEFAULT_SETTINGS: ServerSettings = {
  minArabicRatio: 0.5,
  minConfidence: 0,
  maxArticleLength: 2_000_000,
  articleDate: '',
};
