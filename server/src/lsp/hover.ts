// The hover over a highlighted span: what it is, where it came from, how sure we are; for dates the
// normalized value, the weekday, the other calendar and the anchor it was resolved against.
import type { Analysis, Label, Suggestion } from '../core/types';
import { suggestionAt } from '../core/suggestions';

export interface TemporalDescription {
  weekday?: string;
  otherCalendar?: string;
}

export type DescribeTemporal = (value: string) => TemporalDescription;

const LABEL_NAMES: Record<Label, string> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'location',
  MISC: 'other name',
  DATE: 'date',
  TIME: 'time',
  DURATION: 'duration',
  SET: 'recurring time',
};

const ORIGIN_NAMES: Record<string, string> = {
  dateline: 'the dateline',
  header: 'a header line',
  option: 'the configured article date (setting or --dct)',
  file: "the file's last-modified date",
};

export interface HoverResult {
  markdown: string;
  suggestion: Suggestion;
}

export function hoverAt(analysis: Analysis, offset: number, describe?: DescribeTemporal): HoverResult | undefined {
  const suggestion = suggestionAt(analysis.suggestions, offset);
  if (!suggestion) return undefined;
  return { markdown: describeSuggestion(suggestion, analysis, describe), suggestion };
}

function describeSuggestion(s: Suggestion, analysis: Analysis, describe?: DescribeTemporal): string {
  const lines = [`**${s.label}** · ${LABEL_NAMES[s.label]} — suggested: «${s.text}»`];
  if (s.value) lines.push(...describeValue(s, analysis, describe));
  if (s.unresolved) lines.push(`could not be normalized: ${s.unresolved}`);
  lines.push(`source: ${s.source} · confidence ${Math.round(s.confidence * 100)}%`);
  if (s.why && s.why.length > 0) lines.push(`why: ${s.why.join('; ')}`);
  return lines.join('  \n');
}

function describeValue(s: Suggestion, analysis: Analysis, describe?: DescribeTemporal): string[] {
  const out: string[] = [];
  const grain = s.grain ? ` (${s.grain})` : '';
  out.push(`value: \`${s.value}\`${grain}`);
  const extra = describe && s.value ? describe(s.value) : {};
  if (extra.weekday) out.push(`weekday: ${extra.weekday}`);
  if (extra.otherCalendar) out.push(`other calendar: ${extra.otherCalendar}`);
  if (s.anchored) {
    const dct = analysis.dct;
    const origin = ORIGIN_NAMES[dct.origin] ?? dct.origin;
    out.push(dct.value ? `anchored on the article date ${dct.value} (from ${origin})` : 'anchored, but the article has no date');
  }
  return out;
}
