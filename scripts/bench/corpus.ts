// Benchmark articles built from our samples: long articles of a given word count whose sentences all
// differ (a counter is woven into each), so that the per-sentence cache cannot flatter a first request.
import * as fs from 'node:fs';
import * as path from 'node:path';

export function readSamples(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && !f.startsWith('notes-'))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export function articleOfWords(samples: string[], words: number): string {
  const bodies = samples.map((s) => s.split('\n').slice(1).join('\n'));
  const parts: string[] = [samples[0].split('\n')[0]];
  let count = 0;
  for (let round = 1; count < words; round++) {
    for (const body of bodies) {
      const varied = body.replace(/([.؟!])(\s)/g, ` (${round})$1$2`);
      parts.push(varied);
      count += wordCount(varied);
      if (count >= words) break;
    }
  }
  return parts.join('\n');
}
