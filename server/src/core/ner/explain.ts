// The `why` of a model suggestion, cheap enough to compute for every entity: gazetteer names that
// coincide with the span, a trigger word just before it, and the features that pushed its first token
// hardest towards its tag (relative to O).
import type { Token } from '../types';
import { TEMPLATE_NAMES } from './features';
import type { SequenceTagger } from './tagger';

interface SpanRef {
  start: number;
  end: number;
  label: string;
}

/** Templates whose value is a neighbouring token's word: template index -> token offset. */
const WORD_TEMPLATES: Record<number, number> = { 1: 0, 2: 0, 3: 0, 4: -1, 5: 1, 6: -2, 7: 2, 8: -1, 9: 1, 32: -2 };
const STRONGEST = 2;

/** Reasons for a span of the sentence the tagger tagged last. */
export function explainSpan(tagger: SequenceTagger, tokens: readonly Token[], span: SpanRef): string[] {
  const why: string[] = [];
  const gazetteer = tagger.model.gazetteer;
  if (gazetteer) {
    for (const m of gazetteer.match(tokens)) {
      if (m.start === span.start && m.end === span.end) {
        for (const c of gazetteer.categoryNames(m.mask)) if (gazetteer.categoryLabels[c] !== 'TRIGGER') why.push(`gazetteer: ${c}`);
      } else if (m.end === span.start && m.start < span.start) {
        for (const c of gazetteer.categoryNames(m.mask)) if (gazetteer.categoryLabels[c] === 'TRIGGER') why.push(`after ${c}: ${tokenText(tokens, m.start, m.end)}`);
      }
    }
  }
  for (const reason of strongestFeatures(tagger, tokens, span)) why.push(reason);
  return [...new Set(why)];
}

function strongestFeatures(tagger: SequenceTagger, tokens: readonly Token[], span: SpanRef): string[] {
  const model = tagger.model;
  const T = model.tags.length;
  const tag = model.tags.indexOf(`B-${span.label}`);
  const features = tagger.lastFeatures;
  if (!features) return [];
  const byTemplate = new Map<number, number>();
  for (let f = features.offsets[span.start]; f < features.offsets[span.start + 1]; f++) {
    const row = model.table.row(features.keys[f]);
    if (row < 0) continue;
    const template = features.templates[f];
    const push = model.weights[row * T + tag] - model.weights[row * T];
    byTemplate.set(template, (byTemplate.get(template) ?? 0) + push);
  }
  const ranked = [...byTemplate.entries()].filter(([t, v]) => t !== 0 && v > 0).sort((a, b) => b[1] - a[1]);
  return ranked.slice(0, STRONGEST).map(([template]) => describe(template, tokens, span.start));
}

function describe(template: number, tokens: readonly Token[], at: number): string {
  const name = TEMPLATE_NAMES[template] ?? `feature ${template}`;
  const offset = WORD_TEMPLATES[template];
  if (offset === undefined) return `feature: ${name}`;
  const token = tokens[at + offset];
  return token ? `feature: ${name} «${token.text}»` : `feature: ${name} (sentence edge)`;
}

function tokenText(tokens: readonly Token[], start: number, end: number): string {
  return tokens.slice(start, end).map((t) => t.text).join(' ');
}
