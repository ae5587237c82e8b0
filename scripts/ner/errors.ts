// `node scripts/out/ner/errors.js MODELS_DIR GOLD_FILE`: the most frequent missed and false entities of a
// model on a gold CoNLL file (error analysis for tuning on dev; never for test data).
import * as fs from 'node:fs';
import { parseConll } from '../../server/src/core/ner/conll';
import { alignWords, wordTagsFromSuggestions } from '../../server/src/core/ner/corpus';
import { loadEntityRecognizer } from '../../server/src/entityModel';

function spans(words: readonly string[], tags: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  let start = -1;
  let label = '';
  const close = (end: number): void => {
    if (start >= 0) out.set(`${start}:${end}`, `${label} ${words.slice(start, end).join(' ')}`);
    start = -1;
  };
  tags.forEach((tag, i) => {
    const l = tag === 'O' ? '' : tag.slice(2);
    if (tag === 'O' || tag.startsWith('B-') || l !== label) close(i);
    if (tag !== 'O' && start < 0) [start, label] = [i, l];
  });
  close(tags.length);
  return out;
}

function main(): void {
  const [modelsDir, goldFile] = process.argv.slice(2);
  const recognizer = loadEntityRecognizer(modelsDir, { explain: false });
  const missed = new Map<string, number>();
  const wrong = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
  for (const gold of parseConll(fs.readFileSync(goldFile, 'utf8'))) {
    const aligned = alignWords(gold.tokens, gold.tags);
    const predicted = wordTagsFromSuggestions(aligned, recognizer.recognize({ text: aligned.text, sentence: aligned.sentence, tokens: aligned.tokens }));
    const g = spans(gold.tokens, gold.tags.map((t) => t.replace('PERS', 'PER')));
    const p = spans(gold.tokens, predicted);
    for (const [k, v] of g) if (p.get(k) !== v) bump(missed, `${v}  -> ${p.get(k) ?? 'nothing'}`);
    for (const [k, v] of p) if (g.get(k) !== v) bump(wrong, `${v}  (gold ${g.get(k) ?? 'none'})`);
  }
  const top = (m: Map<string, number>): string => [...m].sort((a, b) => b[1] - a[1]).slice(0, 60).map(([k, n]) => `${n}\t${k}`).join('\n');
  process.stdout.write(`missed ${[...missed.values()].reduce((a, b) => a + b, 0)}\n${top(missed)}\n\nfalse ${[...wrong.values()].reduce((a, b) => a + b, 0)}\n${top(wrong)}\n`);
}

main();
