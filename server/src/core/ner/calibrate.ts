// Picks the temperature that turns perceptron scores into confidences: the one that minimizes the log
// loss of "this suggested span is exactly right" on dev data. A perceptron's scores have no natural scale,
// so without this a confidence of 0.9 would mean nothing in particular.
import type { ConllSentence } from './conll';
import { alignWords, wordTagsFromSuggestions } from './corpus';
import { spansFromTags } from './labels';
import type { EntityModel } from './model';
import { createEntityRecognizer } from './recognizer';

const CANDIDATES = [0.5, 1, 2, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128];

export function calibrateTemperature(model: EntityModel, dev: readonly ConllSentence[]): { temperature: number; logLoss: number } {
  const aligned = dev.map((s) => ({ gold: s, aligned: alignWords(s.tokens, s.tags) }));
  let best = { temperature: 1, logLoss: Infinity };
  for (const temperature of CANDIDATES) {
    const recognizer = createEntityRecognizer({ ...model, temperature }, { explain: false });
    let loss = 0;
    let count = 0;
    for (const { gold, aligned: a } of aligned) {
      const goldKeys = new Set(spansFromTags(gold.tags).map((s) => `${s.start}:${s.end}:${s.label}`));
      const suggestions = recognizer.recognize({ text: a.text, sentence: a.sentence, tokens: a.tokens });
      const predicted = spansFromTags(wordTagsFromSuggestions(a, suggestions));
      // suggestions and predicted spans come in the same (document) order, one span per suggestion
      const sorted = [...suggestions].sort((x, y) => x.start - y.start);
      for (let k = 0; k < predicted.length && k < sorted.length; k++) {
        const p = Math.min(1 - 1e-6, Math.max(1e-6, sorted[k].confidence));
        const right = goldKeys.has(`${predicted[k].start}:${predicted[k].end}:${predicted[k].label}`);
        loss -= Math.log(right ? p : 1 - p);
        count++;
      }
    }
    const mean = count > 0 ? loss / count : Infinity;
    if (mean < best.logLoss) best = { temperature, logLoss: mean };
  }
  return best;
}
