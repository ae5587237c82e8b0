// The cost of the dates layer inside analyze(), measured the way a loaded machine still allows:
// CPU time (not wall time), configurations interleaved, the minimum of N runs each.
//   npx tsc -p . && node test/out/scripts/dates/benchDates.js [runs] [words]
import * as path from 'node:path';
import { Analyzer, type Recognizers } from '../../server/src/core/pipeline';
import { createTemporalRecognizer } from '../../server/src/core/dates';
import type { TemporalRecognizer } from '../../server/src/core/recognizers';
import { loadEntityRecognizer } from '../../server/src/entityModel';
import { tokenize } from '../../server/src/core/text';
import { articleOfWords, readSamples } from '../bench/corpus';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** A temporal recognizer that adds up the CPU time spent in it. */
function timed(inner: TemporalRecognizer, spent: { ms: number }): TemporalRecognizer {
  return {
    findDocumentDate: (top) => inner.findDocumentDate(top),
    recognize: (input, dct) => {
      const t = cpuMs();
      const out = inner.recognize(input, dct);
      spent.ms += cpuMs() - t;
      return out;
    },
  };
}

function main(): void {
  const runs = Number(process.argv[2] ?? 20);
  const text = articleOfWords(readSamples(path.join(ROOT, 'samples')), Number(process.argv[3] ?? 20000));
  const entities = loadEntityRecognizer(path.join(ROOT, 'server', 'models'));
  const spent = { ms: 0 };
  const temporal = timed(createTemporalRecognizer(), spent);
  const configs: Record<string, Recognizers> = { none: {}, datesOnly: { temporal }, noDates: { entities }, full: { entities, temporal } };
  const best: Record<string, number> = { none: Infinity, datesOnly: Infinity, noDates: Infinity, full: Infinity, recognizeInFull: Infinity };
  for (let r = 0; r < runs; r++) {
    for (const [name, recognizers] of Object.entries(configs)) {
      spent.ms = 0;
      const t = cpuMs();
      new Analyzer(recognizers).analyze(text, { dct: '2024-05-12' });
      best[name] = Math.min(best[name], cpuMs() - t);
      if (name === 'full') best.recognizeInFull = Math.min(best.recognizeInFull, spent.ms);
    }
  }
  const round = (x: number): number => Math.round(x * 10) / 10;
  console.log(JSON.stringify({
    tokens: tokenize(text).length, runs, cpuMs: Object.fromEntries(Object.entries(best).map(([k, v]) => [k, round(v)])),
    datesShareOfAnalyze: round((best.full - best.noDates) / best.noDates * 1000) / 1000,
    recognizeShareOfAnalyze: round(best.recognizeInFull / best.noDates * 1000) / 1000,
  }));
}

main();
