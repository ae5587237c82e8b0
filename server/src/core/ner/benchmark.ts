// Tagging throughput as the benchmark reports it: tokenize + sentence split + entity recognition of a
// text, repeated for at least minMs after one warm-up run (which fills the per-word score cache, as an
// open editor would). Wall-clock time; on a busy machine compare with `cpuTokensPerSecond`.
import type { EntityRecognizer } from '../recognizers';
import { splitSentences, tokenize } from '../text';

export interface TaggerBenchmark {
  tokens: number;
  entities: number;
  runs: number;
  /** median wall time of one run */
  msPerRun: number;
  tokensPerSecond: number;
  /** process CPU time per run (user + system), less sensitive to other load on the machine */
  cpuTokensPerSecond: number;
}

function tagText(recognizer: EntityRecognizer, text: string): { tokens: number; entities: number } {
  const tokens = tokenize(text);
  let entities = 0;
  for (const sentence of splitSentences(text, tokens)) {
    entities += recognizer.recognize({ text, sentence, tokens: tokens.slice(sentence.tokenStart, sentence.tokenEnd) }).length;
  }
  return { tokens: tokens.length, entities };
}

export function benchmarkTagger(recognizer: EntityRecognizer, text: string, minMs = 1500): TaggerBenchmark {
  const { tokens, entities } = tagText(recognizer, text);
  const times: number[] = [];
  const cpuStart = process.cpuUsage();
  const began = performance.now();
  while (performance.now() - began < minMs || times.length < 5) {
    const t = performance.now();
    tagText(recognizer, text);
    times.push(performance.now() - t);
  }
  const cpu = process.cpuUsage(cpuStart);
  const cpuMsPerRun = (cpu.user + cpu.system) / 1000 / times.length;
  const msPerRun = [...times].sort((a, b) => a - b)[times.length >> 1];
  return {
    tokens,
    entities,
    runs: times.length,
    msPerRun: Math.round(msPerRun * 100) / 100,
    tokensPerSecond: Math.round(tokens / (msPerRun / 1000)),
    cpuTokensPerSecond: Math.round(tokens / (cpuMsPerRun / 1000)),
  };
}
