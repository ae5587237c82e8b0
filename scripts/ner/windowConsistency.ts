// `node test/out/scripts/ner/windowConsistency.js MODELS_DIR GOLD_FILE [WINDOW] [MIN_CONFIDENCE]`: an offline
// measurement, not product code. How much would document context add? Tags each sentence as the editor
// does, then labels untagged occurrences of a name (same stem sequence) that the model tagged, with at least
// MIN_CONFIDENCE, within WINDOW sentences (the CoNLL files have no article boundaries). Prints F1 before/after.
import * as fs from 'node:fs';
import { parseConll } from '../../server/src/core/ner/conll';
import { alignWords, wordTagsFromSuggestions, type AlignedSentence } from '../../server/src/core/ner/corpus';
import { EntityScorer } from '../../server/src/core/ner/scorer';
import { loadEntityRecognizer } from '../../server/src/entityModel';

interface Tagged { aligned: AlignedSentence; gold: string[]; tags: string[]; keys: string[]; names: Array<{ key: string; label: string; confidence: number }> }

/** A word's stem (clitics off) so وبغداد and بغداد match. */
function wordKeys(aligned: AlignedSentence): string[] {
  return aligned.wordStarts.map((start, w) => {
    const token = aligned.tokens.find((t) => t.start >= start && t.end <= aligned.wordEnds[w] && t.kind === 'word');
    return token ? token.stemNorm : aligned.text.slice(start, aligned.wordEnds[w]);
  });
}

function main(): void {
  const [modelsDir, goldFile, windowArg, confArg] = process.argv.slice(2);
  const window = Number(windowArg ?? 20);
  const minConfidence = Number(confArg ?? 0.5);
  const recognizer = loadEntityRecognizer(modelsDir, { explain: false });
  const tagged: Tagged[] = parseConll(fs.readFileSync(goldFile, 'utf8')).map((s) => {
    const aligned = alignWords(s.tokens, s.tags);
    const suggestions = recognizer.recognize({ text: aligned.text, sentence: aligned.sentence, tokens: aligned.tokens });
    const tags = wordTagsFromSuggestions(aligned, suggestions);
    const keys = wordKeys(aligned);
    const names = suggestions.map((sg) => {
      const words = keys.filter((_, w) => aligned.wordEnds[w] > sg.start && aligned.wordStarts[w] < sg.end);
      return { key: words.join(' '), label: sg.label, confidence: sg.confidence };
    });
    return { aligned, gold: s.tags, tags, keys, names };
  });
  const before = new EntityScorer();
  const after = new EntityScorer();
  tagged.forEach((s, k) => {
    before.add(s.gold, s.tags);
    const tags = [...s.tags];
    const known = new Map<string, string>();
    for (let j = Math.max(0, k - window); j <= Math.min(tagged.length - 1, k + window); j++) {
      for (const name of tagged[j].names) if (name.confidence >= minConfidence && !known.has(name.key)) known.set(name.key, name.label);
    }
    for (const [key, label] of known) {
      const words = key.split(' ');
      for (let w = 0; w + words.length <= tags.length; w++) {
        if (!words.every((x, d) => s.keys[w + d] === x && tags[w + d] === 'O')) continue;
        if ((w > 0 && tags[w - 1] !== 'O') || (w + words.length < tags.length && tags[w + words.length].startsWith('I-'))) continue;
        words.forEach((_, d) => (tags[w + d] = `${d === 0 ? 'B' : 'I'}-${label}`));
      }
    }
    after.add(s.gold, tags);
  });
  const f = (x: EntityScorer): string => JSON.stringify(x.score().overall);
  process.stdout.write(`window ${window}, min confidence ${minConfidence}\nbefore ${f(before)}\nafter  ${f(after)}\n`);
}

main();
