// `npm run bench`: figures as JSON on stdout (recorded in BENCHMARKS.md with the machine).
//   analyze() throughput on our articles; the cost of the date layer as a ratio in the same run;
//   semantic-token latency over JSON-RPC for 5,000- and 50,000-word articles (first request and after a
//   one-character edit); the server's resident memory after loading.
import * as os from 'node:os';
import * as path from 'node:path';
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Analyzer } from '../server/src/core/pipeline';
import type { EntityRecognizer, TemporalRecognizer } from '../server/src/core/recognizers';
import { createTemporalRecognizer } from '../server/src/core/dates';
import { loadEntityModel, loadEntityRecognizer } from '../server/src/entityModel';
import { createEntityRecognizer } from '../server/src/core/ner/recognizer';
import { RepeatedNames } from '../server/src/core/ner/repeatedNames';
import { benchmarkTagger } from '../server/src/core/ner/benchmark';
import { splitSentences, tokenize } from '../server/src/core/text';
import { RpcClient } from '../test/lsp/rpcClient';
import { articleOfWords, readSamples, wordCount } from './bench/corpus';

const ROOT = path.resolve(__dirname, '..', '..');
const MODELS = path.join(ROOT, 'server', 'models');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

function timeRepeated(fn: () => void, minMs = 1500): { runs: number; msPerRun: number } {
  fn(); // warm-up
  const times: number[] = [];
  const t0 = performance.now();
  while (performance.now() - t0 < minMs || times.length < 5) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return { runs: times.length, msPerRun: median(times) };
}

/** Runs the variants in turn, round after round, so that load and JIT drift hit them all alike. */
function timeRounds(variants: Record<string, () => void>, rounds: number): Record<string, number[]> {
  const times: Record<string, number[]> = {};
  for (const [name, fn] of Object.entries(variants)) {
    fn(); // warm-up
    times[name] = [];
  }
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of Object.entries(variants)) {
      const t = performance.now();
      fn();
      times[name].push(performance.now() - t);
    }
  }
  return times;
}

function timeInterleaved(variants: Record<string, () => void>, rounds = 25): Record<string, number> {
  return Object.fromEntries(Object.entries(timeRounds(variants, rounds)).map(([name, xs]) => [name, +median(xs).toFixed(2)]));
}

/**
 * What `extra` adds over `base`, as the median of the ratios of each round (the two run back to back, so
 * a burst of load on the machine hits both alike), with the quartiles to show the spread.
 */
function addedShare(base: () => void, extra: () => void, rounds: number) {
  const times = timeRounds({ base, extra }, rounds);
  const shares = times.base.map((b, r) => (times.extra[r] - b) / b).sort((a, b) => a - b);
  const at = (q: number): number => +shares[Math.floor(q * (shares.length - 1))].toFixed(3);
  return { msBase: +median(times.base).toFixed(2), msWithDates: +median(times.extra).toFixed(2), share: at(0.5), quartiles: [at(0.25), at(0.75)] };
}

function analyzeThroughput(samples: string[]) {
  const loadStart = performance.now();
  const entities = loadEntityRecognizer(MODELS);
  const modelLoadMs = performance.now() - loadStart;
  const temporal = createTemporalRecognizer();
  const text = articleOfWords(samples, 20000);
  const tokens = tokenize(text).length;
  // Fresh analyzers (and document steps) every run: no cache help, this is the cost of a first analysis.
  const full = () => new Analyzer({ entities, temporal, document: new RepeatedNames() }).analyze(text);
  const withoutDates = () => new Analyzer({ entities, document: new RepeatedNames() }).analyze(text);
  const added = addedShare(withoutDates, full, 40);
  const layers = timeInterleaved({ datesOnly: () => new Analyzer({ temporal }).analyze(text), noRecognizers: () => new Analyzer({}).analyze(text) });
  return {
    modelLoadMs: +modelLoadMs.toFixed(1),
    articleTokens: tokens,
    analyzeTokensPerSecond: Math.round(tokens / (added.msWithDates / 1000)),
    msPerArticle: { full: added.msWithDates, withoutDates: added.msBase, ...layers },
    // two views of what dates add: full vs without dates (paired rounds), and the dates layer alone over bare tokenizing
    datesAddedShare: added.share,
    datesAddedQuartiles: added.quartiles,
    datesAloneShare: +((layers.datesOnly - layers.noRecognizers) / added.msBase).toFixed(3),
    samples: datesShareOnSamples(samples, entities, temporal),
  };
}

/** The issue's own measure: what dates add to analyze() on each of our sample articles, fresh analyzers. */
function datesShareOnSamples(samples: string[], entities: EntityRecognizer, temporal: TemporalRecognizer) {
  const added = addedShare(
    () => samples.forEach((t) => new Analyzer({ entities, document: new RepeatedNames() }).analyze(t)),
    () => samples.forEach((t) => new Analyzer({ entities, temporal, document: new RepeatedNames() }).analyze(t)),
    400,
  );
  return { articles: samples.length, msForAll: { full: added.msWithDates, withoutDates: added.msBase }, datesAddedShare: added.share, quartiles: added.quartiles };
}

function rssMb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
  return Math.round(kb / 1024);
}

async function semanticTokenLatency(samples: string[], words: number, client: RpcClient, id: number) {
  const text = articleOfWords(samples, words);
  const uri = `file:///bench/article-${id}.txt`;
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  const request = () => client.request<{ data: number[]; resultId?: string }>('textDocument/semanticTokens/full', { textDocument: { uri } });
  const t0 = performance.now();
  const first = await request();
  const firstMs = performance.now() - t0;
  const edits: number[] = [];
  const middleLine = Math.floor(text.split('\n').length / 2);
  for (let v = 2; v < 22; v++) {
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: v },
      contentChanges: [{ range: { start: { line: middleLine, character: 0 }, end: { line: middleLine, character: v === 2 ? 0 : 1 } }, text: v % 2 ? 'و' : 'ف' }],
    });
    const t = performance.now();
    await request();
    edits.push(performance.now() - t);
  }
  return { words: wordCount(text), tokens: first.data.length / 5, firstRequestMs: +firstMs.toFixed(1), afterEditMedianMs: +median(edits).toFixed(2), afterEditMaxMs: +Math.max(...edits).toFixed(2) };
}

async function serverFigures(samples: string[]) {
  const client = new RpcClient(path.join(ROOT, 'server', 'out', 'server.js'));
  await client.initialize();
  const t0 = performance.now();
  client.notify('textDocument/didOpen', { textDocument: { uri: 'file:///bench/warm.txt', languageId: 'plaintext', version: 1, text: samples[0] } });
  await client.request('textDocument/semanticTokens/full', { textDocument: { uri: 'file:///bench/warm.txt' } });
  const startToFirstTokensMs = performance.now() - t0;
  const rssAfterLoadMb = rssMb(client.pid);
  const words5k = await semanticTokenLatency(samples, 5000, client, 1);
  const words50k = await semanticTokenLatency(samples, 50000, client, 2);
  const rssAfterLargeMb = rssMb(client.pid);
  await client.shutdown();
  return { startToFirstTokensMs: +startToFirstTokensMs.toFixed(1), rssAfterLoadMb, rssAfter50kWordArticleMb: rssAfterLargeMb, semanticTokens5kWords: words5k, semanticTokens50kWords: words50k };
}

/**
 * Entity tagging alone (tokenize + features + decode + confidence): warm, as in an open editor where the
 * per-word score cache knows the words; cold, a fresh recognizer per run, as for text never seen before.
 */
function taggerThroughput(samples: string[], unseenText: string | undefined) {
  const text = articleOfWords(samples, 20000);
  const model = loadEntityModel(MODELS);
  const warm = benchmarkTagger(createEntityRecognizer(model), text);
  const coldTokensPerSecond = (input: string) => {
    const tokens = tokenize(input).length;
    const cold = timeRepeated(() => {
      const recognizer = createEntityRecognizer(model);
      const all = tokenize(input);
      for (const sentence of splitSentences(input, all)) recognizer.recognize({ text: input, sentence, tokens: all.slice(sentence.tokenStart, sentence.tokenEnd) });
    });
    return Math.round(tokens / (cold.msPerRun / 1000));
  };
  return {
    tokens: warm.tokens,
    warmTokensPerSecond: warm.tokensPerSecond,
    warmCpuTokensPerSecond: warm.cpuTokensPerSecond,
    // a fresh recognizer per run: its per-word cache starts empty
    coldOnSamplesTokensPerSecond: coldTokensPerSecond(text),
    ...(unseenText ? { coldOnAnercorpDevTokensPerSecond: coldTokensPerSecond(unseenText) } : {}),
  };
}

/** ANERcorp dev as running text (mostly words the samples never use), when ../shared/data is there. */
function anercorpDevText(): string | undefined {
  const file = path.join(ROOT, '..', 'shared', 'data', 'anercorp', 'dev.txt');
  if (!fs.existsSync(file)) return undefined;
  return fs.readFileSync(file, 'utf8').split(/\n\s*\n/).map((block) => block.split('\n').map((line) => line.split(' ')[0]).join(' ')).join('\n');
}

async function main(): Promise<void> {
  const samples = readSamples(path.join(ROOT, 'samples'));
  const machine = { cpu: os.cpus()[0]?.model, cores: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` };
  const analyze = analyzeThroughput(samples);
  const tagger = taggerThroughput(samples, anercorpDevText());
  const server = await serverFigures(samples);
  process.stdout.write(JSON.stringify({ date: new Date().toISOString(), machine, loadAverage: os.loadavg().map((x) => +x.toFixed(2)), analyze, tagger, server }, null, 2) + '\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
