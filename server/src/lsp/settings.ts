// Settings arrive as untyped JSON from the client (or not at all from other editors): keep what is
// valid, fall back to defaults for the rest.
import { DEFAULT_SETTINGS, type ServerSettings } from './protocol';

function numberIn(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : fallback;
}

export function readSettings(raw: unknown): ServerSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const date = typeof r.articleDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r.articleDate) ? r.articleDate : '';
  return {
    minArabicRatio: numberIn(r.minArabicRatio, 0, 1, DEFAULT_SETTINGS.minArabicRatio),
    minConfidence: numberIn(r.minConfidence, 0, 1, DEFAULT_SETTINGS.minConfidence),
    maxArticleLength: numberIn(r.maxArticleLength, 1000, 100_000_000, DEFAULT_SETTINGS.maxArticleLength),
    articleDate: date,
  };
}
