// `npm run bench`: figures as JSON on stdout (recorded in BENCHMARKS.md with the machine).
//   analyze() throughput on our articles; the cost of the date layer as a ratio in the same run;
//   semantic-token latency over JSON-RPC for 5,000- and 50,000-word articles (first request and after a
//   one-character edit); the server's resident memory after loading.
import * as os from 'node:os';
import * as path from 'node:path';
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Analyzer } from '../server/src/core/pipeline';
import { createTemporalRecognizer } from '../server/src/core/dates';
import { loadEntityRecognizer } from '../server/src/entityModel';
import { tokenize } from '../server/src/core/text';
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

function analyzeThroughput(samples: string[]) {
  const loadStart = performance.now();
  const entities = loadEntityRecognizer(MODELS);
  const modelLoadMs = performance.now() - loadStart;
  const temporal = createTemporalRecognizer();
  const text = articleOfWords(samples, 20000);
  const tokens = tokenize(text).length;
  // Fresh analyzers every run: no sentence cache help, this is the cold cost per token.
  const full = timeRepeated(() => new Analyzer({ entities, temporal }).analyze(text));
  const noDates = timeRepeated(() => new Analyzer({ entities }).analyze(text));
  const datesOnly = timeRepeated(() => new Analyzer({ temporal }).analyze(text));
  const tokenizeOnly = timeRepeated(() => tokenize(text));
  return {
    modelLoadMs: +modelLoadMs.toFixed(1),
    articleTokens: tokens,
    analyzeTokensPerSecond: Math.round(tokens / (full.msPerRun / 1000)),
    analyzeMsPerArticle: +full.msPerRun.toFixed(2),
    withoutDatesMs: +noDates.msPerRun.toFixed(2),
    datesOnlyMs: +datesOnly.msPerRun.toFixed(2),
    tokenizeMs: +tokenizeOnly.msPerRun.toFixed(2),
    datesShareOfAnalyze: +((full.msPerRun - noDates.msPerRun) / noDates.msPerRun).toFixed(3),
  };
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

async function main(): Promise<void> {
  const samples = readSamples(path.join(ROOT, 'samples'));
  const machine = { cpu: os.cpus()[0]?.model, cores: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` };
  const analyze = analyzeThroughput(samples);
  const server = await serverFigures(samples);
  process.stdout.write(JSON.stringify({ date: new Date().toISOString(), machine, analyze, server }, null, 2) + '\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
