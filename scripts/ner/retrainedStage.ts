// Measurement only (see documentStageCv.ts, NER_RETRAINED_STAGE=1): Krishnan & Manning's own form of the
// second stage. Not a few weights on top of a frozen first stage, but a whole second tagger trained by the
// shipped recipe with the document features (documentFeatures.ts) among its own, computed from the first
// stage's jackknifed output; its epoch and tag biases are chosen on ANERcorp dev with dev's document
// features from the first stage that will feed it. Document features depend on the article, not the word,
// so the per-word score cache (wordScores.ts) cannot hold them: they are added to a sentence's scores after.
import { FeatureExtractor, type SentenceFeatures } from '../../server/src/core/ner/features';
import { featureKey, hashString } from '../../server/src/core/ner/hash';
import type { EntityModel } from '../../server/src/core/ner/model';
import { createEntityRecognizer, type EmissionAdjustment } from '../../server/src/core/ner/recognizer';
import type { EntityRecognizer } from '../../server/src/core/recognizers';
import type { Token } from '../../server/src/core/types';

/** A template id of their own for the document features (well past the local templates). */
const DOCUMENT_TEMPLATE = 250;

/** Document features per sentence, by the sentence's words (token texts joined by spaces). */
export type DocumentFeaturesByText = Map<string, string[][]>;

export function sentenceKey(tokens: readonly Pick<Token, 'text'>[]): string {
  return tokens.map((t) => t.text).join(' ');
}

function documentKey(feature: string): number {
  return featureKey(DOCUMENT_TEMPLATE, hashString(feature));
}

/** An extractor that adds each known sentence's document features to its own (training only). */
export function withDocumentFeatures(extractor: FeatureExtractor, byText: DocumentFeaturesByText): FeatureExtractor {
  const wrapped = Object.create(extractor) as FeatureExtractor;
  wrapped.extract = (tokens): SentenceFeatures => {
    const local = extractor.extract(tokens);
    const document = byText.get(sentenceKey(tokens));
    if (document === undefined || document.length !== tokens.length) return local;
    const n = tokens.length;
    const extra = document.reduce((sum, f) => sum + f.length, 0);
    const keys = new Int32Array(local.count + extra);
    const templates = new Uint8Array(local.count + extra);
    const offsets = new Int32Array(n + 1);
    let at = 0;
    for (let i = 0; i < n; i++) {
      offsets[i] = at;
      for (let f = local.offsets[i]; f < local.offsets[i + 1]; f++) {
        keys[at] = local.keys[f];
        templates[at++] = local.templates[f];
      }
      for (const feature of document[i]) {
        keys[at] = documentKey(feature);
        templates[at++] = DOCUMENT_TEMPLATE;
      }
    }
    offsets[n] = at;
    return { keys, templates, offsets, count: at };
  };
  return wrapped;
}

/** Adds the weights of a sentence's document features (as the tagger's cache leaves them out). */
export function documentKeyAdjustment(model: EntityModel, features: readonly string[][]): EmissionAdjustment {
  const T = model.tags.length;
  return (emissions, n) => {
    let changed = false;
    for (let i = 0; i < n && i < features.length; i++) {
      for (const feature of features[i]) {
        const row = model.table.row(documentKey(feature));
        if (row < 0) continue;
        for (let t = 0; t < T; t++) emissions[i * T + t] += model.weights[row * T + t];
        changed = true;
      }
    }
    return changed;
  };
}

/** The recognizer training scores dev with: each dev sentence with its document features (by its words). */
export function recognizerWithDocumentFeatures(model: EntityModel, byText: DocumentFeaturesByText): EntityRecognizer {
  const recognizer = createEntityRecognizer(model, { explain: false });
  return {
    recognize: (input) => {
      const features = byText.get(sentenceKey(input.tokens));
      return recognizer.recognizeAdjusted(input, features && documentKeyAdjustment(model, features));
    },
  };
}
