// The `why` of a model suggestion, cheap enough to compute for every entity: gazetteer names that
// coincide with the span, a trigger word just before it, and which words pushed its first token hardest
// towards its label rather than O (read from the per-word scores the tagger already summed).
// This runs for every entity at tagging time (about a tenth of tagging new text when it built its lists
// with spreads, a Set and a sort per span), so it works with plain loops: reasons in the order found,
// each once, and the two strongest pushes picked in one pass.
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

/** Reasons for each span of the sentence the tagger tagged last (each reason once, in the order found). */
export function explainSpans(tagger: SequenceTagger, tokens: readonly Token[], spans: readonly SpanRef[]): string[][] {
  if (spans.length === 0) return [];
  const matches = tagger.matches;
  const out = new Array<string[]>(spans.length);
  for (let s = 0; s < spans.length; s++) {
    const why: string[] = [];
    gazetteerReasons(tagger, tokens, spans[s], matches, why);
    strongest(tagger, tokens, spans[s], why);
    out[s] = why;
  }
  return out;
}

function addOnce(why: string[], reason: string): void {
  if (!why.includes(reason)) why.push(reason);
}

function gazetteerReasons(tagger: SequenceTagger, tokens: readonly Token[], span: SpanRef, matches: readonly GazetteerMatch[], why: string[]): void {
  const gazetteer = tagger.model.gazetteer;
  if (!gazetteer) return;
  const { categories, categoryLabels } = gazetteer;
  for (const m of matches) {
    // a sentence has many matches (trigger words everywhere); only two kinds concern this span
    const same = m.start === span.start && m.end === span.end;
    if (!same && m.end !== span.start) continue;
    for (let bit = 0; bit < categories.length; bit++) {
      if ((m.mask & (1 << bit)) === 0) continue;
      const c = categories[bit];
      const trigger = categoryLabels[c] === 'TRIGGER';
      if (same && !trigger) addOnce(why, `gazetteer: ${c}`);
      else if (!same && trigger) addOnce(why, `after ${c}: ${tokens.slice(m.start, m.end).map((t) => t.text).join(' ')}`);
    }
  }
}

/** The two sources that pushed hardest (positive pushes only; on a tie the earlier source first). */
function strongest(tagger: SequenceTagger, tokens: readonly Token[], span: SpanRef, why: string[]): void {
  const pushes = tagger.contributions(span.start, tagger.beginTagOf(span.label));
  let first = -1;
  let second = -1;
  for (let k = 0; k < pushes.length; k++) {
    const push = pushes[k];
    if (!(push > 0)) continue;
    if (first < 0 || push > pushes[first]) {
      second = first;
      first = k;
    } else if (second < 0 || push > pushes[second]) second = k;
  }
  if (first >= 0) addOnce(why, sourceName(tokens, span, first));
  if (second >= 0) addOnce(why, sourceName(tokens, span, second));
}

function sourceName(tokens: readonly Token[], span: SpanRef, k: number): string {
  const [name, offset] = SOURCES[k];
  const token = offset === undefined ? undefined : tokens[span.start + offset];
  return token ? `${name}: ${token.text}` : name;
}
