// Choosing among overlapping suggestions. Temporal rules are precise about their own spans, so they
// win over entities; among entities the more confident (then the longer) span wins.
import { TEMPORAL_LABELS, type Label, type Suggestion } from './types';

const TEMPORAL: ReadonlySet<Label> = new Set<Label>(TEMPORAL_LABELS);

/** DATE, TIME, DURATION or SET. */
export function isTemporal(s: Suggestion): boolean {
  return TEMPORAL.has(s.label);
}

function outranks(a: Suggestion, b: Suggestion): boolean {
  const at = isTemporal(a), bt = isTemporal(b);
  if (at !== bt) return at;
  if (a.confidence !== b.confidence) return a.confidence > b.confidence;
  return a.end - a.start > b.end - b.start;
}

/**
 * Returns non-overlapping suggestions sorted by start. Overlaps are local, so the suggestions are cut
 * into clusters of mutually chained overlaps (one sweep by start) and ranked only within a cluster.
 */
export function resolveOverlaps(suggestions: Suggestion[]): Suggestion[] {
  const byStart = suggestions.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: Suggestion[] = [];
  let cluster: Suggestion[] = [];
  let clusterEnd = -1;
  for (const s of byStart) {
    if (s.start >= clusterEnd && cluster.length > 0) {
      keepBestOf(cluster, kept);
      cluster = [];
    }
    cluster.push(s);
    clusterEnd = Math.max(clusterEnd, s.end);
  }
  if (cluster.length > 0) keepBestOf(cluster, kept);
  return kept;
}

function keepBestOf(cluster: Suggestion[], kept: Suggestion[]): void {
  if (cluster.length === 1) {
    kept.push(cluster[0]);
    return;
  }
  const chosen: Suggestion[] = [];
  for (const candidate of [...cluster].sort((a, b) => (outranks(a, b) ? -1 : outranks(b, a) ? 1 : a.start - b.start))) {
    if (!chosen.some((k) => k.start < candidate.end && candidate.start < k.end)) chosen.push(candidate);
  }
  kept.push(...chosen.sort((a, b) => a.start - b.start));
}

/** The suggestion covering a UTF-16 offset (end-inclusive, so a cursor right after a word still hits it). */
export function suggestionAt(suggestions: readonly Suggestion[], offset: number): Suggestion | undefined {
  let lo = 0, hi = suggestions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = suggestions[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset > s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
