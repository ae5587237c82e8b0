// Measurement only (see documentStageCv.ts): another trained document step, and a ceiling for it. The rule
// step (core/ner/repeatedNames.ts) proposes repeats, family names and relabels; a logistic regression,
// trained on the rule step's suggestions over jackknifed first-stage output (each fold tagged by the tagger
// trained without it), keeps those it gives at least a threshold. A suggestion right with probability p
// raises F1 when p is above about F1 / 2 (≈ 0.38 here), hence the thresholds around 0.4. The oracle keeps
// exactly the suggestions the gold agrees with: no filter of these suggestions can do better.
import type { ConllSentence } from '../../server/src/core/ner/conll';
import { alignWords, wordTagsFromSuggestions } from '../../server/src/core/ner/corpus';
import { evaluateAsArticles, SENTENCES_PER_ARTICLE } from '../../server/src/core/ner/articleEval';
import type { EntityModel } from '../../server/src/core/ner/model';
import { createEntityRecognizer } from '../../server/src/core/ner/recognizer';
import { RepeatedNames } from '../../server/src/core/ner/repeatedNames';
import type { EntityScore } from '../../server/src/core/ner/scorer';
import { mulberry32, shuffle } from '../../server/src/core/ner/trainingSet';
import { Analyzer } from '../../server/src/core/pipeline';
import type { EntityRecognizer, ParagraphView } from '../../server/src/core/recognizers';
import type { Suggestion } from '../../server/src/core/types';

/** One suggestion of the rule step, described for the learned filter, and whether the gold agrees. */
export interface Candidate {
  features: string[];
  right: boolean;
}

/** What the filter knows of a rule-step suggestion: its kind, label, source confidence, shape of its words. */
function candidateFeatures(sg: Suggestion, views: readonly ParagraphView[], model: EntityModel): string[] {
  const relabel = (sg.why?.[0] ?? '').includes('as elsewhere in this article');
  const source = /«(.*)»/.exec(sg.why?.[0] ?? '')?.[1] ?? '';
  const view = views.find((v) => v.start <= sg.start && sg.start < v.start + v.text.length)!;
  const tokens = view.tokens.filter((t) => t.end + view.start > sg.start && t.start + view.start < sg.end && t.kind === 'word');
  const words = tokens.length;
  const kind = relabel ? 'relabel' : source.split(' ').length > words ? 'family' : source === sg.text ? 'exact' : 'repeat';
  const c = sg.confidence;
  const dictionary = tokens.map((t) => model.labelDictionary?.get(t.stemNorm));
  const out = [
    'bias', `kind:${kind}`, `conf:${c >= 0.6 ? 6 : c >= 0.5 ? 5 : c >= 0.4 ? 4 : 3}`, `words:${Math.min(words, 3)}`,
    `article:${tokens[0]?.article ?? false}`, `stemLength:${Math.min(6, Math.floor((tokens[0]?.stemNorm.length ?? 0) / 2))}`,
    `dictionary:${dictionary[0] === undefined ? 'unknown' : dictionary[0] & 7}`,
    `prev:${sg.start > view.start && /[^\s]/.test(view.text[sg.start - view.start - 1] ?? ' ') ? 'attached' : 'free'}`,
  ];
  return [...out, ...out.map((f) => `${sg.label}|${f}`), `${sg.label}|${kind}|conf${c >= 0.6 ? 6 : 3}`];
}

/** The rule step over these sentences (articles of 16) with a hook that sees each of its suggestions. */
function withRuleStep(recognizer: EntityRecognizer, sentences: readonly ConllSentence[], decide: (sg: Suggestion, views: readonly ParagraphView[], right: () => boolean) => boolean, minSourceConfidence = 0.3): EntityScore {
  let first = 0;
  const analyzer = {
    analyze: (text: string, o: { minConfidence?: number }) => {
      const gold = sentences.slice(first, first + SENTENCES_PER_ARTICLE);
      first += SENTENCES_PER_ARTICLE;
      const aligned = gold.map((g) => alignWords(g.tokens, g.tags));
      const lineStarts: number[] = [];
      let at = 0;
      for (const a of aligned) {
        lineStarts.push(at);
        at += a.text.length + 1;
      }
      const right = (sg: Suggestion): boolean => {
        let line = 0;
        while (line + 1 < lineStarts.length && lineStarts[line + 1] <= sg.start) line++;
        const tags = wordTagsFromSuggestions(aligned[line], [{ ...sg, start: sg.start - lineStarts[line], end: sg.end - lineStarts[line] }]);
        const words = tags.flatMap((t, w) => (t === 'O' ? [] : [w]));
        if (words.length === 0) return false;
        const g = gold[line].tags;
        const w0 = words[0], w1 = words[words.length - 1];
        return g[w0] === `B-${sg.label}` && words.every((w) => w === w0 || g[w] === `I-${sg.label}`) && g[w1 + 1] !== `I-${sg.label}`;
      };
      const rules = new RepeatedNames({ minSourceConfidence });
      const document = { complete: (views: readonly ParagraphView[]) => rules.complete(views).filter((sg) => decide(sg, views, () => right(sg))) };
      return new Analyzer({ entities: recognizer, document }).analyze(text, o);
    },
  };
  return evaluateAsArticles(analyzer, sentences, SENTENCES_PER_ARTICLE).score;
}

/** The rule step's suggestions on a held-out fold, described and judged against the gold. */
export function ruleCandidates(model: EntityModel, held: readonly ConllSentence[]): Candidate[] {
  const out: Candidate[] = [];
  withRuleStep(createEntityRecognizer(model, { explain: false }), held, (sg, views, right) => {
    out.push({ features: candidateFeatures(sg, views, model), right: right() });
    return true;
  });
  return out;
}

/** Logistic regression over the candidates' features (SGD, L2), as a map of weights. */
export function trainFilter(candidates: readonly Candidate[], seed: number): Map<string, number> {
  const w = new Map<string, number>();
  const order = candidates.map((_, k) => k);
  const random = mulberry32(seed);
  for (let epoch = 0; epoch < 20; epoch++) {
    shuffle(order, random);
    const rate = 0.1 / (1 + epoch * 0.3);
    for (const k of order) {
      const c = candidates[k];
      const z = c.features.reduce((sum, f) => sum + (w.get(f) ?? 0), 0);
      const g = (c.right ? 1 : 0) - 1 / (1 + Math.exp(-z));
      for (const f of c.features) w.set(f, (w.get(f) ?? 0) * (1 - rate * 0.01) + rate * g);
    }
  }
  return w;
}

/** The rule step keeping only suggestions the filter gives at least `threshold`. */
export function filteredRules(model: EntityModel, sentences: readonly ConllSentence[], filter: Map<string, number>, threshold: number): EntityScore {
  return withRuleStep(createEntityRecognizer(model, { explain: false }), sentences, (sg, views) => {
    const z = candidateFeatures(sg, views, model).reduce((sum, f) => sum + (filter.get(f) ?? 0), 0);
    return 1 / (1 + Math.exp(-z)) >= threshold;
  });
}

/** The rule step keeping only the suggestions the gold agrees with (names taken from spans this sure). */
export function oracleRules(model: EntityModel, sentences: readonly ConllSentence[], minSourceConfidence: number): EntityScore {
  return withRuleStep(createEntityRecognizer(model, { explain: false }), sentences, (_sg, _views, right) => right(), minSourceConfidence);
}
