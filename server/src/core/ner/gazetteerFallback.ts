// Names from our curated lists that the model left untagged: a news agency, ministry or capital the
// annotator would otherwise have to add by hand. Only lists written for the product (precise, checked)
// qualify, never the large mined ones; a name must be the longest match at its position and must not
// overlap anything the model found. These suggestions carry source 'gazetteer' and a fixed confidence.
import type { EntityLabel } from '../types';
import type { Gazetteer, GazetteerMatch } from './gazetteer';
import type { DecodedEntity } from './recognizer';

/**
 * Categories precise enough to suggest on their own (data/lists files); others only inform the model.
 * On ANERcorp dev these four add as many right as wrong spans; the place lists and the ministries list
 * cost precision (the model already finds most places), so they are not here.
 */
export const FALLBACK_CATEGORIES = ['agencies', 'international-orgs', 'newspapers-channels', 'parties-movements'];
export const FALLBACK_CONFIDENCE = 0.5;

export interface FallbackEntity extends DecodedEntity {
  category: string;
}

export function gazetteerFallback(gazetteer: Gazetteer, matches: readonly GazetteerMatch[], found: readonly DecodedEntity[]): FallbackEntity[] {
  const allowed = fallbackMask(gazetteer);
  if (allowed === 0) return [];
  const out: FallbackEntity[] = [];
  let coveredUntil = 0;
  for (const m of longestFirst(matches, allowed)) {
    if (m.start < coveredUntil) continue;
    if (found.some((e) => e.start < m.end && m.start < e.end)) continue;
    const category = gazetteer.categoryNames(m.mask & allowed)[0];
    const label = gazetteer.categoryLabels[category] as EntityLabel;
    out.push({ start: m.start, end: m.end, label, confidence: FALLBACK_CONFIDENCE, category });
    coveredUntil = m.end;
  }
  return out;
}

function fallbackMask(gazetteer: Gazetteer): number {
  let mask = 0;
  gazetteer.categories.forEach((c, bit) => {
    if (FALLBACK_CATEGORIES.includes(c)) mask |= 1 << bit;
  });
  return mask;
}

/** Matches in allowed categories, by start, the longest first at each start. */
function longestFirst(matches: readonly GazetteerMatch[], allowed: number): GazetteerMatch[] {
  return matches.filter((m) => (m.mask & allowed) !== 0).sort((a, b) => a.start - b.start || b.end - a.end);
}
