// Small models built in the tests themselves: a gazetteer and a perceptron trained on sentences we write,
// so recognizer behaviour can be checked without depending on the shipped model's accuracy.
import { alignWords } from '../../../server/src/core/ner/corpus';
import { FEATURE_VERSION, FeatureExtractor } from '../../../server/src/core/ner/features';
import { Gazetteer } from '../../../server/src/core/ner/gazetteer';
import { bioTagSet } from '../../../server/src/core/ner/labels';
import type { EntityModel } from '../../../server/src/core/ner/model';
import { PerceptronTrainer } from '../../../server/src/core/ner/perceptron';
import { ENTITY_LABELS } from '../../../server/src/core/types';

export function tinyGazetteer(): Gazetteer {
  return new Gazetteer({
    version: 1,
    categories: ['cities', 'countries', 'triggers-per'],
    categoryLabels: { cities: 'LOC', countries: 'LOC', 'triggers-per': 'TRIGGER' },
    entries: [['بغداد', 1], ['سوريا', 2], ['الولايات المتحده', 2], ['الرييس', 4]],
  });
}

/** Word-tagged sentences in ANERcorp's whole-token style. */
export const TRAINING: Array<[string, string]> = [
  ['قال الرئيس الشمري إن الوفد وصل إلى بغداد', 'O O B-PER O O O O B-LOC'],
  ['زار الشمري سوريا أمس', 'O B-PER B-LOC O'],
  ['وصل الوفد إلى سوريا والتقى الرئيس الشمري', 'O O O B-LOC O O B-PER'],
  ['أعلن الشمري أن بغداد ستستضيف القمة', 'O B-PER O B-LOC O O'],
  ['عاد الشمري من بغداد إلى سوريا', 'O B-PER O B-LOC O B-LOC'],
  ['قال الوزير إن الاجتماع عقد في بغداد', 'O O O O O O B-LOC'],
];

export function tinyModel(epochs = 8): EntityModel {
  const tags = bioTagSet(ENTITY_LABELS);
  const gazetteer = tinyGazetteer();
  const base = { featureVersion: FEATURE_VERSION, gazetteer, clusters: undefined };
  const trainer = new PerceptronTrainer(tags, new FeatureExtractor(gazetteer, undefined), base);
  trainer.addSentences(
    TRAINING.map(([words, wordTags]) => {
      const aligned = alignWords(words.split(' '), wordTags.split(' '));
      return { tokens: aligned.tokens, tags: aligned.tokenTags.map((t) => tags.indexOf(t)) };
    }),
  );
  return trainer.train({ epochs, seed: 1 }).model;
}
