// Measurement only (see documentStageCv.ts). Document features for a second stage (Krishnan & Manning 2006): what the first stage, the per-sentence
// tagger, said about the other mentions of a token's word in the same article. A bare «فولكسفاغن» far from
// any trigger is hard alone; that the article's first mention, «شركة فولكسفاغن», was tagged ORG with
// confidence 0.9 is evidence the sentence cannot see. Words match by normalized stem (clitics off), so
// «وفولكسفاغن» is a mention of «فولكسفاغن». A token with no other mention in the article gets no features,
// so the second stage leaves it to the first. Pure, like core/ner: a product version would move there.
import type { DecodedEntity } from '../../server/src/core/ner/recognizer';
import type { EntityLabel, Token } from '../../server/src/core/types';

/** One sentence as the first stage tagged it: its tokens and the entities over them (token indices). */
export interface StageOneSentence {
  tokens: readonly Token[];
  entities: readonly DecodedEntity[];
}

/** A mention of a stem somewhere in the article, and what the first stage made of it there. */
interface Occurrence {
  sentence: number;
  token: number;
  /** the entity's label, or '' when the token was left untagged */
  label: EntityLabel | '';
  /** inside an entity, not its first token */
  inside: boolean;
  confidence: number;
}

/** A multi-token entity the first stage tagged: its stems, for matching the same words elsewhere. */
interface TaggedSpan {
  sentence: number;
  start: number;
  stems: string[];
  label: EntityLabel;
  confidence: number;
}

/** Words shorter than this (one letter after the clitics) say nothing about a name. */
const MIN_STEM_LENGTH = 2;

/** Feature keys per sentence, per token: features[s][i]. Most tokens get none. */
export function documentFeatures(article: readonly StageOneSentence[]): string[][][] {
  const occurrences = new Map<string, Occurrence[]>();
  const spansByFirst = new Map<string, TaggedSpan[]>();
  const families = new Map<string, Array<{ sentence: number; token: number; confidence: number }>>();
  article.forEach((s, sentence) => {
    const labels = tokenLabels(s);
    s.tokens.forEach((t, token) => {
      if (!isWord(t)) return;
      const at = labels[token];
      const list = occurrences.get(t.stemNorm) ?? [];
      list.push({ sentence, token, label: at?.entity.label ?? '', inside: at !== undefined && at.entity.start < token, confidence: at?.entity.confidence ?? 0 });
      occurrences.set(t.stemNorm, list);
    });
    for (const e of s.entities) {
      if (e.end - e.start < 2) continue;
      const stems = s.tokens.slice(e.start, e.end).map((t) => t.stemNorm);
      const list = spansByFirst.get(stems[0]) ?? [];
      list.push({ sentence, start: e.start, stems, label: e.label, confidence: e.confidence });
      spansByFirst.set(stems[0], list);
      // news names a person in full once, then by family name alone: «جورج بوش» ... «وقال بوش»
      const last = s.tokens[e.end - 1];
      if (e.label === 'PER' && isWord(last)) {
        const fam = families.get(last.stemNorm) ?? [];
        fam.push({ sentence, token: e.end - 1, confidence: e.confidence });
        families.set(last.stemNorm, fam);
      }
    }
  });
  for (const list of spansByFirst.values()) list.sort((a, b) => b.stems.length - a.stems.length || b.confidence - a.confidence);

  return article.map((s, sentence) => {
    const labels = tokenLabels(s);
    const out: string[][] = s.tokens.map(() => []);
    s.tokens.forEach((t, token) => {
      if (!isWord(t)) return;
      const own = ownState(labels[token]?.entity.label ?? '');
      const others = (occurrences.get(t.stemNorm) ?? []).filter((o) => o.sentence !== sentence || o.token !== token);
      if (others.length > 0) addMentionFeatures(out[token], others, own);
      const family = (families.get(t.stemNorm) ?? []).filter((f) => f.sentence !== sentence || f.token !== token);
      if (family.length > 0) {
        const best = Math.max(...family.map((f) => f.confidence));
        out[token].push(`family:c${confidenceBucket(best)}`, `family:own:${own('PER')}`);
      }
    });
    addSpanFeatures(s, sentence, spansByFirst, out);
    return out;
  });
}

/** The label the first stage gave the other mentions, how surely, how often, and against this one. */
function addMentionFeatures(out: string[], others: readonly Occurrence[], own: (label: EntityLabel) => string): void {
  const tagged = others.filter((o) => o.label !== '');
  if (tagged.length === 0) {
    out.push(`untagged:n${countBucket(others.length)}`);
    return;
  }
  const votes = new Map<EntityLabel, number>();
  for (const o of tagged) votes.set(o.label as EntityLabel, (votes.get(o.label as EntityLabel) ?? 0) + o.confidence + 1e-6);
  const [label] = [...votes].reduce((best, next) => (next[1] > best[1] ? next : best));
  const agreeing = tagged.filter((o) => o.label === label);
  const best = Math.max(...agreeing.map((o) => o.confidence));
  const inside = agreeing.filter((o) => o.inside).length * 2 > agreeing.length;
  const share = tagged.length === others.length ? 'all' : tagged.length * 2 >= others.length ? 'most' : 'some';
  out.push(
    `label:${label}`,
    `label:${label}:${inside ? 'I' : 'B'}`,
    `label:${label}:c${confidenceBucket(best)}`,
    `label:${label}:n${countBucket(agreeing.length)}`,
    `label:${label}:share:${share}`,
    `label:${label}:own:${own(label)}`,
  );
  if (votes.size > 1) out.push('label:mixed');
}

/** Token runs whose stems repeat a multi-token name tagged elsewhere in the article (longest first). */
function addSpanFeatures(s: StageOneSentence, sentence: number, spansByFirst: Map<string, TaggedSpan[]>, out: string[][]): void {
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    if (!isWord(tokens[i])) continue;
    const spans = spansByFirst.get(tokens[i].stemNorm);
    const match = spans?.find((span) => !(span.sentence === sentence && span.start === i) && span.stems.every((stem, k) => tokens[i + k]?.stemNorm === stem));
    if (match === undefined) continue;
    const c = confidenceBucket(match.confidence);
    for (let k = 0; k < match.stems.length; k++) out[i + k].push(`span:${match.label}:${k === 0 ? 'B' : 'I'}:c${c}`);
    i += match.stems.length - 1;
  }
}

/** The entity covering each token, if any. */
function tokenLabels(s: StageOneSentence): Array<{ entity: DecodedEntity } | undefined> {
  const out: Array<{ entity: DecodedEntity } | undefined> = s.tokens.map(() => undefined);
  for (const entity of s.entities) for (let k = entity.start; k < entity.end; k++) out[k] = { entity };
  return out;
}

/** What the first stage read at this token, against a label: the same, another entity, or nothing. */
function ownState(ownLabel: EntityLabel | ''): (label: EntityLabel) => string {
  return (label) => (ownLabel === '' ? 'O' : ownLabel === label ? 'same' : 'other');
}

function isWord(t: Token): boolean {
  return t.kind === 'word' && t.stemNorm.length >= MIN_STEM_LENGTH;
}

function confidenceBucket(c: number): string {
  return c >= 0.9 ? '9' : c >= 0.6 ? '6' : c >= 0.3 ? '3' : '0';
}

function countBucket(n: number): string {
  return n >= 5 ? '5' : n >= 3 ? '3' : String(n);
}
