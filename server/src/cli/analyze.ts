// `analyze [--dct D] [--min-confidence N] [FILE|-]`: one JSON object with the article date and the
// suggestions, offsets in UTF-16 code units of the decoded input.
import * as fs from 'node:fs';
import { createAnalyzer } from '../engine';
import { shouldServe } from '../core/documentGate';
import { parseArgs } from './args';
import { decodeArticle } from './readArticle';
import { fileModifiedDay } from '../fileDate';

const DCT_PATTERN = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/;

export async function runAnalyze(argv: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const args = parseArgs(argv, ['dct', 'min-confidence', 'models']);
  const dct = args.options.get('dct')?.at(-1);
  if (dct !== undefined && !DCT_PATTERN.test(dct)) {
    err.write(`analyze: --dct must be YYYY-MM-DD or YYYY-MM-DDTHH:MM, got "${dct}"\n`);
    return 2;
  }
  const minConfidence = Number(args.options.get('min-confidence')?.at(-1) ?? 0);
  const file = args.positional[0] ?? '-';
  const bytes = file === '-' ? await readStdin() : fs.readFileSync(file);
  const article = decodeArticle(bytes);
  if (article.problem) {
    err.write(`analyze: ${file}: ${article.problem}\n`);
    if (article.binary) return 1;
  }
  // The editor skips such documents; on the command line the user asked explicitly, so we analyze and warn.
  const verdict = shouldServe(article.text, { minArabicRatio: 0.5, maxLength: Number.MAX_SAFE_INTEGER });
  if (!verdict.serve && verdict.reason === 'not-arabic') {
    err.write(`analyze: ${file}: only ${Math.round(verdict.arabicRatio * 100)}% of the letters are Arabic; expect few suggestions\n`);
  }
  const analyzer = createAnalyzer(args.options.get('models')?.at(-1));
  const fromFile = file === '-' ? undefined : fileModifiedDay(file);
  const analysis = analyzer.analyze(article.text, { dct, minConfidence, fallbackDct: fromFile ? { value: fromFile, origin: 'file' } : undefined });
  const suggestions = analysis.suggestions.map((s) => ({
    start: s.start,
    end: s.end,
    text: s.text,
    label: s.label,
    source: s.source,
    confidence: Math.round(s.confidence * 1000) / 1000,
    ...(s.value !== undefined ? { value: s.value } : {}),
    ...(s.grain !== undefined ? { grain: s.grain } : {}),
    ...(s.unresolved !== undefined ? { unresolved: s.unresolved } : {}),
  }));
  const result = { dct: analysis.dct.value || null, dctOrigin: analysis.dct.origin, suggestions };
  out.write(JSON.stringify(result) + '\n');
  return 0;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
