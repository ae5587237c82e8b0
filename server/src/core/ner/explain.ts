// The `why` of a model suggestion, cheap enough to compute for every entity: gazetteer names that
// coincide with the span, a trigger word just before it, and which words pushed its first token hardest
// towards its label rather than O (read from the per-word scores the tagger already summed).
import type { Token } from '../types';
import type { GazetteerMatch } from './gazetteer';
import type { SequenceTagger } from './tagger';

interface SpanRef {
  start: number;
  end: number;
  label: string;
}

/** Sources in WordScores.contributions order: what they are called and which token they point at. */
const SOURCES: Array<[string, number | undefined]> = [
  ['word', 0], ['previous word', -1], ['next word', 1], ['word before previous', -2], ['word after next', 2],
  ['context (word pairs, gazetteer)', undefined],
];
const STRONGEST = 2;

/** Reasons for each span of the sentence the tagger tagged last. */
export function explainSpans(tagger: SequenceTagger, tokens: readonly Token[], spans: readonly SpanRef[]): string[][] {
  if (spans.length === 0) return [];
  const matches = tagger.matches;
  return spans.map((span) => [...new Set([...gazetteerReasons(tagger, tokens, span, matches), ...strongest(tagger, tokens, span)])]);
}

function gazetteerReasons(tagger: SequenceTagger, tokens: readonly Token[], span: SpanRef, matches: readonly GazetteerMatch[]): string[] {
  const gazetteer = tagger.model.gazetteer;
  const why: string[] = [];
  if (!gazetteer) return why;
  for (const m of matches) {
    const names = gazetteer.categoryNames(m.mask);
    const isTrigger = (c: string): boolean => gazetteer.categoryLabels[c] === 'TRIGGER';
    if (m.start === span.start && m.end === span.end) {
      for (const c of names) if (!isTrigger(c)) why.push(`gazetteer: ${c}`);
    } else if (m.end === span.start) {
      const words = tokens.slice(m.start, m.end).map((t) => t.text).join(' ');
      for (const c of names) if (isTrigger(c)) why.push(`after ${c}: ${words}`);
    }
  }
  return why;
}

function strongest(tagger: SequenceTagger, tokens: readonly Token[], span: SpanRef): string[] {
  const tag = tagger.model.tags.indexOf(`B-${span.label}`);
  const pushes = tagger.contributions(span.start, tag);
  const ranked = pushes.map((push, k) => ({ push, k })).filter((x) => x.push > 0).sort((a, b) => b.push - a.push);
  return ranked.slice(0, STRONGEST).map(({ k }) => {
    const [name, offset] = SOURCES[k];
    const token = offset === undefined ? undefined : tokens[span.start + offset];
    return token ? `${name}: ${token.text}` : name;
  });
}
