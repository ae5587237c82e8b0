import { strict as assert } from 'node:assert';
import { tokenize } from '../../../server/src/core/text';
import type { EntityLabel } from '../../../server/src/core/types';
import { documentFeatures, type StageOneSentence } from '../../../scripts/ner/documentFeatures';

/** A sentence with the first stage's entities given by token index: [start, end, label, confidence]. */
function sentence(text: string, entities: Array<[number, number, EntityLabel, number]> = []): StageOneSentence {
  return { tokens: tokenize(text), entities: entities.map(([start, end, label, confidence]) => ({ start, end, label, confidence })) };
}

describe('document features of the second stage (measurement)', () => {
  // the bank is tagged where its trigger word stands, and met bare (with a proclitic) two sentences later
  const article = [
    sentence('أعلن البنك التجاري أرباحه', [[1, 3, 'ORG', 0.92]]),
    sentence('قال جورج بوش إن الاتفاق جيد', [[1, 3, 'PER', 0.7]]),
    sentence('وارتفعت أسهم البنك التجاري وقال بوش كلمة'),
  ];
  const features = documentFeatures(article);
  const tokenOf = (s: number, text: string): number => article[s].tokens.findIndex((t) => t.text === text);

  it('tells an untagged mention which label the article gave the same word elsewhere, and how surely', () => {
    const bank = features[2][tokenOf(2, 'البنك')];
    for (const key of ['label:ORG', 'label:ORG:B', 'label:ORG:c9', 'label:ORG:n1', 'label:ORG:own:O', 'span:ORG:B:c9']) assert.ok(bank.includes(key), key);
    assert.ok(features[2][tokenOf(2, 'التجاري')].includes('span:ORG:I:c9'));
  });

  it('finds a person by family name alone after the full name was tagged', () => {
    assert.ok(features[2][tokenOf(2, 'بوش')].includes('family:c6'));
    assert.ok(features[2][tokenOf(2, 'بوش')].includes('family:own:O'));
  });

  it('tells a tagged mention that the other mentions were left untagged', () => {
    assert.ok(features[0][tokenOf(0, 'البنك')].includes('label:ORG') === false);
    assert.ok(features[0][tokenOf(0, 'البنك')].includes('untagged:n1'));
  });

  it('gives no features to words met once in the article, so the first stage alone decides there', () => {
    assert.deepEqual(features[0][tokenOf(0, 'أعلن')], []);
    assert.deepEqual(features[1][tokenOf(1, 'الاتفاق')], []);
  });
});
