// The document step that labels repeats of a tagged name, through the Analyzer: a tiny recognizer tags
// «فولكسفاغن» only right after «شركة», as a real model tags the easy first mention; the step must label
// the bare repeats elsewhere in the article, narrowed past proclitics, and nothing next to other names.
import * as assert from 'node:assert/strict';
import { Analyzer } from '../../../server/src/core/pipeline';
import type { EntityRecognizer, SentenceInput, TemporalRecognizer } from '../../../server/src/core/recognizers';
import { RepeatedNames } from '../../../server/src/core/ner/repeatedNames';
import type { Suggestion } from '../../../server/src/core/types';
import { evaluateAsArticles } from '../../../server/src/core/ner/articleEval';
import type { ConllSentence } from '../../../server/src/core/ner/conll';

const NAME = 'فولكسفاغن';

class AfterTriggerFinder implements EntityRecognizer {
  constructor(private readonly confidence = 0.8) {}
  recognize({ text, sentence, tokens }: SentenceInput): Suggestion[] {
    const out: Suggestion[] = [];
    for (let i = 1; i < tokens.length; i++) {
      if (tokens[i - 1].text === 'شركة' && tokens[i].text === NAME) {
        out.push({ start: tokens[i].start, end: tokens[i].end, text: NAME, label: 'ORG', source: 'model', confidence: this.confidence });
      }
      if (tokens[i - 1].text === 'سيارات' && tokens[i].text === NAME) {
        out.push({ start: tokens[i].start, end: tokens[i].end, text: NAME, label: 'MISC', source: 'model', confidence: 0.4 });
      }
      if (tokens[i - 1].text === 'الرئيس' && tokens[i].text === 'جورج' && tokens[i + 1]?.text === 'بوش') {
        out.push({ start: tokens[i].start, end: tokens[i + 1].end, text: 'جورج بوش', label: 'PER', source: 'model', confidence: this.confidence });
      }
      if (tokens[i].text === 'ألمانيا' && tokens[i].start < sentence.end) {
        out.push({ start: tokens[i].start, end: tokens[i].end, text: text.slice(tokens[i].start, tokens[i].end), label: 'LOC', source: 'model', confidence: 0.9 });
      }
    }
    return out;
  }
}

const ARTICLE = [
  'أعلنت شركة فولكسفاغن أمس عن خطة جديدة.',
  'وقال متحدث إن فولكسفاغن ستغلق مصنعين.',
  'وتراجعت أسهم وفولكسفاغن في السوق.',
].join('\n');

const analyze = (text: string, confidence?: number) =>
  new Analyzer({ entities: new AfterTriggerFinder(confidence), document: new RepeatedNames() }).analyze(text).suggestions;

describe('Repeated names (document step)', () => {
  it('labels untagged repeats of a name tagged elsewhere in the article, with the same label', () => {
    const found = analyze(ARTICLE).filter((s) => s.label === 'ORG');
    assert.deepEqual(found.map((s) => [s.text, ARTICLE.slice(s.start, s.end)]), [[NAME, NAME], [NAME, NAME], [NAME, NAME]]);
    const repeat = found[1];
    assert.equal(repeat.source, 'model');
    assert.ok(repeat.why?.some((w) => w.includes('elsewhere in this article') && w.includes(NAME)));
  });

  it('starts a repeat after its proclitics (وفولكسفاغن -> فولكسفاغن)', () => {
    const last = analyze(ARTICLE).filter((s) => s.label === 'ORG')[2];
    assert.equal(ARTICLE.slice(last.start - 1, last.end), 'و' + NAME);
  });

  it('gives a repeat no more confidence than the share of repeats that were right on dev', () => {
    const found = analyze(ARTICLE, 0.95).filter((s) => s.label === 'ORG');
    assert.equal(found[0].confidence, 0.95);
    assert.equal(found[1].confidence, 0.6);
  });

  it('does not spread a name the model was unsure of', () => {
    assert.equal(analyze(ARTICLE, 0.2).filter((s) => s.label === 'ORG').length, 1);
  });

  it('finds a person named in full by family name alone later on', () => {
    const text = 'استقبل الرئيس جورج بوش الوفد.\nوقال بوش إن المحادثات مثمرة.';
    const per = analyze(text).filter((s) => s.label === 'PER');
    assert.deepEqual(per.map((s) => text.slice(s.start, s.end)), ['جورج بوش', 'بوش']);
  });

  it('relabels a mention the model read otherwise to the label the article agrees on', () => {
    const text = 'أعلنت شركة فولكسفاغن أمس.\nوارتفعت مبيعات سيارات فولكسفاغن في الصين.';
    const found = analyze(text);
    assert.deepEqual(found.map((s) => [text.slice(s.start, s.end), s.label]), [[NAME, 'ORG'], [NAME, 'ORG']]);
    assert.equal(found[1].confidence, 0.4);
    assert.ok(found[1].why?.some((w) => w.includes('the model read MISC here')));
  });

  it('never relabels a date away: a name read as a date keeps the date', () => {
    const months: TemporalRecognizer = {
      findDocumentDate: () => undefined,
      recognize: ({ tokens }) => tokens.filter((t, i) => t.text === NAME && tokens[i - 1]?.text === 'سيارات').map((t) => ({ start: t.start, end: t.end, text: NAME, label: 'DATE', source: 'rule', confidence: 0.9 })),
    };
    const text = 'أعلنت شركة فولكسفاغن أمس.\nوارتفعت مبيعات سيارات فولكسفاغن في الصين.';
    const found = new Analyzer({ entities: new AfterTriggerFinder(), temporal: months, document: new RepeatedNames() }).analyze(text).suggestions;
    assert.deepEqual(found.map((s) => s.label), ['ORG', 'DATE']);
  });

  it('leaves a repeat that touches another suggestion alone', () => {
    const text = 'أعلنت شركة فولكسفاغن أمس.\nوزار الوفد فولكسفاغن ألمانيا.';
    const org = analyze(text).filter((s) => s.label === 'ORG');
    assert.equal(org.length, 1);
  });

  it('drops the repeats when the first mention is edited away, and finds them again in an edited article', () => {
    const analyzer = new Analyzer({ entities: new AfterTriggerFinder(), document: new RepeatedNames() });
    assert.equal(analyzer.analyze(ARTICLE).suggestions.length, 3);
    const withoutTrigger = ARTICLE.replace('شركة فولكسفاغن', 'فولكسفاغن');
    assert.equal(analyzer.analyze(withoutTrigger).suggestions.length, 0);
    const edited = ARTICLE + '\nوأكدت فولكسفاغن ذلك.';
    assert.equal(analyzer.analyze(edited).suggestions.length, 4);
  });
});

describe('Scoring gold sentences as articles', () => {
  const gold: ConllSentence[] = [
    { tokens: ['أعلنت', 'شركة', NAME, 'خطة'], tags: ['O', 'O', 'B-ORG', 'O'] },
    { tokens: ['وقال', 'متحدث', 'إن', NAME, 'ستغلق', 'مصنعين'], tags: ['O', 'O', 'O', 'B-ORG', 'O', 'O'] },
  ];
  const score = (perArticle: number) =>
    evaluateAsArticles(new Analyzer({ entities: new AfterTriggerFinder(), document: new RepeatedNames() }), gold, perArticle);

  it('counts the repeats a document step finds when sentences share an article', () => {
    const together = score(2);
    assert.equal(together.tokens, 10);
    assert.deepEqual([together.score.overall.correct, together.score.overall.gold], [2, 2]);
  });

  it('maps each line back to its own sentence (one sentence per article finds only the first mention)', () => {
    const apart = score(1);
    assert.deepEqual([apart.score.overall.correct, apart.score.overall.predicted, apart.score.overall.gold], [1, 1, 2]);
  });
});
