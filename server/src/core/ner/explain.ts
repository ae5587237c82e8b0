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
    // a sentence has many matches (trigger words everywhere); only two kinds concern this span
    const same = m.start === span.start && m.end === span.end;
    if (!same && m.end !== span.start) continue;
    for (const c of gazetteer.categoryNames(m.mask)) {
      const trigger = gazetteer.categoryLabels[c] === 'TRIGGER';
      if (same && !trigger) why.push(`gazetteer: ${c}`);
      else if (!same && trigger) why.push(`after ${c}: ${tokens.slice(m.start, m.end).map((t) => t.text).join(' ')}`);
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
