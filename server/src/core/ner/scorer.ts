// Entity-level exact-match scoring, conlleval-compatible: an entity counts as found only when its label and
// both boundaries match a gold entity. Chunks are read with spansFromTags (I- after O starts an entity).
import { spansFromTags } from './labels';

export interface LabelCounts {
  gold: number;
  predicted: number;
  correct: number;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface EntityScore {
  overall: LabelCounts & PRF;
  byLabel: Record<string, LabelCounts & PRF>;
}

/** Precision, recall and F1 in percent (0..100); zero when undefined. */
export function prf(counts: LabelCounts): PRF {
  const precision = counts.predicted > 0 ? (100 * counts.correct) / counts.predicted : 0;
  const recall = counts.gold > 0 ? (100 * counts.correct) / counts.gold : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Accumulates counts sentence by sentence; call score() at the end. */
export class EntityScorer {
  private readonly counts = new Map<string, LabelCounts>();

  add(goldTags: readonly string[], predictedTags: readonly string[]): void {
    if (goldTags.length !== predictedTags.length) {
      throw new Error(`gold has ${goldTags.length} tags, prediction ${predictedTags.length}`);
    }
    const gold = spansFromTags(goldTags);
    const predicted = spansFromTags(predictedTags);
    const goldKeys = new Set(gold.map((s) => `${s.start}:${s.end}:${s.label}`));
    for (const s of gold) this.countsFor(s.label).gold++;
    for (const s of predicted) {
      const c = this.countsFor(s.label);
      c.predicted++;
      if (goldKeys.has(`${s.start}:${s.end}:${s.label}`)) c.correct++;
    }
  }

  /** Adds the counts of a score computed elsewhere (to total several files). */
  merge(other: EntityScore): void {
    for (const [label, c] of Object.entries(other.byLabel)) {
      const mine = this.countsFor(label);
      mine.gold += c.gold;
      mine.predicted += c.predicted;
      mine.correct += c.correct;
    }
  }

  score(): EntityScore {
    const total: LabelCounts = { gold: 0, predicted: 0, correct: 0 };
    const byLabel: Record<string, LabelCounts & PRF> = {};
    for (const label of [...this.counts.keys()].sort()) {
      const c = this.counts.get(label)!;
      total.gold += c.gold;
      total.predicted += c.predicted;
      total.correct += c.correct;
      byLabel[label] = { ...c, ...prf(c) };
    }
    return { overall: { ...total, ...prf(total) }, byLabel };
  }

  private countsFor(label: string): LabelCounts {
    let c = this.counts.get(label);
    if (!c) {
      c = { gold: 0, predicted: 0, correct: 0 };
      this.counts.set(label, c);
    }
    return c;
  }
}

/** Scores whole corpora at once: parallel arrays of sentences' gold and predicted tags. */
export function scoreEntities(gold: readonly string[][], predicted: readonly string[][]): EntityScore {
  const scorer = new EntityScorer();
  for (let i = 0; i < gold.length; i++) scorer.add(gold[i], predicted[i]);
  return scorer.score();
}
