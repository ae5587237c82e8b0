// Entity labels and BIO tags. Corpora spell labels differently (ANERcorp PERS, AQMAR MIS); they are mapped
// to our data model's PER/ORG/LOC/MISC once, on reading, so everything after the reader speaks one language.
import type { EntityLabel } from '../types';

const CORPUS_LABELS: Record<string, EntityLabel> = {
  PER: 'PER',
  PERS: 'PER',
  PERSON: 'PER',
  ORG: 'ORG',
  ORGANIZATION: 'ORG',
  LOC: 'LOC',
  LOCATION: 'LOC',
  GPE: 'LOC',
  MISC: 'MISC',
  MIS: 'MISC',
};

/** Maps a corpus label (PERS, MIS, GPE ...) to ours; undefined when it is not an entity label we know. */
export function mapCorpusLabel(raw: string): EntityLabel | undefined {
  return CORPUS_LABELS[raw.toUpperCase()];
}

/**
 * Maps one corpus tag (`B-PERS`, `I-MIS`, `O`, `B_LOC`) to our IOB2 spelling (`B-PER`, `I-MISC`, `O`).
 * Unknown labels become `O` so that a stray tag never invents a label the model cannot produce.
 */
export function mapCorpusTag(raw: string): string {
  const tag = raw.trim();
  if (tag === '' || tag === 'O' || tag === 'o') return 'O';
  const prefix = tag.charAt(0).toUpperCase();
  const sep = tag.charAt(1);
  if ((prefix === 'B' || prefix === 'I') && (sep === '-' || sep === '_')) {
    const label = mapCorpusLabel(tag.slice(2));
    return label ? `${prefix}-${label}` : 'O';
  }
  return 'O';
}

/** A labelled run of tokens: [start, end) token indices. */
export interface TokenSpan {
  start: number;
  end: number;
  label: string;
}

/** Splits `B-PER` into its prefix and label; `O` gives prefix 'O' and an empty label. */
function splitTag(tag: string): { prefix: string; label: string } {
  if (tag.length > 2 && tag.charAt(1) === '-') return { prefix: tag.charAt(0), label: tag.slice(2) };
  return { prefix: 'O', label: '' };
}

/**
 * Reads entities from a tag sequence the way conlleval does: a chunk starts at B-X, and also at an I-X that
 * follows O or a different label (such I- starts are entities, not errors); it continues over I-X of the
 * same label.
 */
export function spansFromTags(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let current: TokenSpan | undefined;
  for (let i = 0; i < tags.length; i++) {
    const { prefix, label } = splitTag(tags[i]);
    const continues = current !== undefined && prefix === 'I' && label === current.label;
    if (continues) {
      current!.end = i + 1;
      continue;
    }
    if (current) spans.push(current);
    current = prefix === 'O' ? undefined : { start: i, end: i + 1, label };
  }
  if (current) spans.push(current);
  return spans;
}

/** Rewrites tags so that every entity starts with B- (I- starts become B-), keeping the same entities. */
export function normalizeIob2(tags: readonly string[]): string[] {
  const out: string[] = new Array(tags.length).fill('O');
  for (const span of spansFromTags(tags)) {
    out[span.start] = `B-${span.label}`;
    for (let i = span.start + 1; i < span.end; i++) out[i] = `I-${span.label}`;
  }
  return out;
}

/** The BIO tag set for a label set, O first: O, B-L1, I-L1, B-L2, I-L2 ... */
export function bioTagSet(labels: readonly string[]): string[] {
  const tags = ['O'];
  for (const label of labels) tags.push(`B-${label}`, `I-${label}`);
  return tags;
}
